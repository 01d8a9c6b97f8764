import PodiumCore

/// One CSV list per group, in precedence order, for the reception desks.
public enum SeatingLists {
    public struct File: Hashable, Sendable {
        public var groupKey: String
        public var fileName: String
        public var text: String
    }

    public static let header = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Ghế", "Thứ tự", "Đã đến", "Dự thay cho"]

    public static func render(_ event: EventData) -> [File] {
        let precedence = Precedence(event)
        let seatOf = Dictionary(event.seating.assignments.map { ($0.delegateID, $0.seat) }, uniquingKeysWith: { first, _ in first })
        let byID = Dictionary(event.delegates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = precedence.order.compactMap { byID[$0] }
        return event.groups.sorted { $0.order < $1.order }.compactMap { group in
            let members = ordered.filter { $0.groupKey == group.key }
            guard !members.isEmpty else { return nil }
            var rows = [header]
            for (index, delegate) in members.enumerated() {
                rows.append([
                    "\(index + 1)", delegate.name, delegate.title, delegate.unit, seatOf[delegate.id] ?? "",
                    precedence.position(of: delegate.id).map(String.init) ?? "", delegate.checkedIn ? "x" : "",
                    delegate.standInFor ?? "",
                ])
            }
            return File(groupKey: group.key, fileName: "\(group.order)-\(safeName(group.key)).csv", text: CSVWriter.document(rows, byteOrderMark: true))
        }
    }

    /// A group key fit for a file name: letters, digits, "-" and "_" only.
    static func safeName(_ key: String) -> String {
        let kept = VietnameseText.folded(key).map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }
        return kept.isEmpty ? "group" : String(kept)
    }
}
