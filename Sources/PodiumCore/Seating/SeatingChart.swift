/// What the printed documents need to know about each seat: who sits there and in which group.
public struct SeatingChart: Sendable {
    public struct Entry: Sendable {
        public var seat: Seat
        public var delegate: Delegate?
        public var locked: Bool
        public var precedence: Int?
    }

    public let event: EventData
    public let layout: HallLayout
    /// One entry per seat of the layout, in layout order.
    public let entries: [Entry]
    /// Colours of the groups (`#rrggbb`), by key.
    public let colours: [String: String]

    public init(event: EventData, colours: [String: String]? = nil) {
        self.event = event
        layout = HallLayout(event.hall)
        let precedence = Precedence(event)
        let byID = Dictionary(event.delegates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var bySeat: [String: SeatAssignment] = [:]
        for assignment in event.seating.assignments where bySeat[assignment.seat.uppercased()] == nil {
            bySeat[assignment.seat.uppercased()] = assignment
        }
        entries = layout.seats.map { seat in
            let assignment = bySeat[seat.label.uppercased()]
            let delegate = assignment.flatMap { byID[$0.delegateID] }
            return Entry(
                seat: seat, delegate: delegate, locked: assignment?.locked ?? false,
                precedence: delegate.flatMap { precedence.position(of: $0.id) }
            )
        }
        self.colours = colours ?? Self.defaultColours(event.groups)
    }

    /// Print colours, light enough for black text, given to groups in their hall order.
    public static func defaultColours(_ groups: [ParticipantGroup]) -> [String: String] {
        let palette = ["#f4b6b6", "#f9dca0", "#fff2a8", "#bfe3f5", "#f2c6ef", "#c9e7b8", "#d9d2f5", "#cfd8dc"]
        var result: [String: String] = [:]
        for (index, group) in groups.sorted(by: { $0.order < $1.order }).enumerated() {
            result[group.key] = palette[index % palette.count]
        }
        return result
    }

    /// "Hà Thu Hoa" → "HTH"; what fits in a small seat box.
    public static func initials(_ name: String) -> String {
        // Upper-cased so that a place kept for a collective's representative ("Đại diện UBND
        // xã An Phú") reads "ĐDU" like a person's initials, not "ĐdU".
        let text = VietnameseText.normalize(name)
        guard VietnameseText.isPlainlyComposed(text) else {
            return String(text.split(separator: " ").compactMap(\.first)).uppercased()
        }
        // Composed text has one scalar per letter: each word's first scalar is its first letter,
        // read without breaking the name into characters (6,000 seats are drawn at opening).
        var result = ""
        var atWordStart = true
        for scalar in text.unicodeScalars {
            if scalar == " " {
                atWordStart = true
            } else if atWordStart {
                atWordStart = false
                if scalar.isASCII {
                    let value = UInt8(scalar.value)
                    result.unicodeScalars.append(Unicode.Scalar((97...122).contains(value) ? value - 32 : value))
                } else {
                    result += scalar.properties.uppercaseMapping
                }
            }
        }
        return result
    }
}
