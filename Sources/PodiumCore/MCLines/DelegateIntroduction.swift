/// The introduction of delegates (DOMAIN.md §3): block by block in precedence order, the
/// senior delegates — those of the leaders' groups — by name and post, the other blocks
/// greeted together. Only delegates checked in are named, so it follows arrivals; a
/// stand-in is introduced as attending on behalf of the person they replace.
public enum DelegateIntroduction {
    public static func text(_ event: EventData) -> String {
        let precedence = Precedence(event)
        let leaderGroups = Set(event.seating.settings.leaderGroups)
        let present = event.delegates.filter(\.checkedIn)
        let groups = event.groups.sorted { $0.order < $1.order }
        var named: [String] = []
        var greeted: [String] = []
        for group in groups {
            let members = present.filter { $0.groupKey == group.key }
                .sorted { (precedence.position(of: $0.id) ?? .max) < (precedence.position(of: $1.id) ?? .max) }
            guard !members.isEmpty else { continue }
            if leaderGroups.contains(group.key) {
                let people = members.map(phrase(event)).joined(separator: "; ")
                named.append("Về phía \(VietnameseText.midSentence(group.name)) có \(people).")
            } else {
                greeted.append(greeting(group.name))
            }
        }
        guard !named.isEmpty || !greeted.isEmpty else {
            return "(Chưa có đại biểu nào điểm danh có mặt: giới thiệu khi đại biểu đã đến.)"
        }
        var sentences = ["Xin trân trọng giới thiệu các đồng chí lãnh đạo, đại biểu tới dự Hội nghị:"] + named
        if !greeted.isEmpty {
            sentences.append("Cùng dự Hội nghị có các đồng chí đại biểu \(greeted.joined(separator: "; ")).")
        }
        return sentences.joined(separator: " ")
    }

    /// A group greeted after "các đồng chí đại biểu": "Đại biểu điển hình tiên tiến" is said
    /// "điển hình tiên tiến", so the sentence never says "đại biểu Đại biểu".
    static func greeting(_ name: String) -> String {
        let lead = "Đại biểu "
        guard name.count > lead.count, VietnameseText.folded(String(name.prefix(lead.count))) == VietnameseText.folded(lead) else {
            return VietnameseText.midSentence(name)
        }
        return String(name.dropFirst(lead.count))
    }

    /// "đồng chí [Họ tên], [chức vụ]", and for a stand-in ", dự thay đồng chí [Họ tên]".
    private static func phrase(_ event: EventData) -> (Delegate) -> String {
        { delegate in
            var text = "đồng chí " + TitlePhrase.nameAndTitle(delegate.name, delegate.title)
            if let absent = delegate.standInFor, !absent.isEmpty {
                let principal = event.delegates.first { $0.name == absent && $0.id != delegate.id }
                text += ", dự thay đồng chí " + TitlePhrase.nameAndTitle(absent, principal?.title ?? "")
            }
            return text
        }
    }
}
