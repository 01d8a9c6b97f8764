/// What the MC says for a reveal step, in the protocol phrasing of an announcement:
/// "Đứng đầu khối sở, ban, ngành là Văn phòng UBND tỉnh với 92,53 điểm."
public enum IndexRevealScript {
    public static func sentence(_ step: IndexRevealStep, scheme: IndexScheme) -> String {
        let block = "khối " + lowercasedFirst(step.group.name)
        let names = list(step.units.map(\.unit))
        switch step.kind {
        case .place(let rank):
            let points = step.units.first.map { " với \($0.total.vietnamese) điểm" } ?? ""
            let tie = step.units.count > 1
            if rank == 1 { return (tie ? "Đồng đứng đầu \(block) là " : "Đứng đầu \(block) là ") + names + points + "." }
            return (tie ? "Đồng xếp thứ \(ordinal(rank)) \(block) là " : "Xếp thứ \(ordinal(rank)) \(block) là ") + names + points + "."
        case .tier(let tier):
            let name = scheme.tiers.indices.contains(tier) ? scheme.tiers[tier].name : ""
            return "\(name) (\(range(tier, scheme: scheme))) \(block) gồm \(step.units.count) đơn vị: \(names)."
        case .rest:
            let ranks = step.units.map(\.rank)
            return "Xếp từ thứ \(ordinal(ranks.min() ?? 4)) đến thứ \(ordinal(ranks.max() ?? 4)) \(block) là: \(names)."
        }
    }

    /// "từ 80 % đến dưới 90 %", "từ 90 % trở lên", "dưới 70 %".
    public static func range(_ tier: Int, scheme: IndexScheme) -> String {
        guard scheme.tiers.indices.contains(tier) else { return "" }
        let low = scheme.tiers[tier].minimumPercent
        let high = tier > 0 ? scheme.tiers[tier - 1].minimumPercent : nil
        switch (low, high) {
        case (0, let high?): return "dưới \(high) %"
        case (let low, nil): return "từ \(low) % trở lên"
        case (let low, let high?): return "từ \(low) % đến dưới \(high) %"
        }
    }

    /// "nhất" is said "đứng đầu"; then hai, ba, tư … mười, then the number.
    static func ordinal(_ rank: Int) -> String {
        let words = [1: "nhất", 2: "hai", 3: "ba", 4: "tư", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"]
        return words[rank] ?? "\(rank)"
    }

    static func list(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        // A name with a comma in it ("Sở Văn hóa, Thể thao và Du lịch") would blur a comma list.
        let separator = names.contains { $0.contains(",") } ? "; " : ", "
        return names.dropLast().joined(separator: separator) + (separator == "; " ? "; và " : " và ") + last
    }

    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
