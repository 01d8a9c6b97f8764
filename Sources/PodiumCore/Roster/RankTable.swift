/// Maps titles to ranks (lower is more senior), following DOMAIN.md §2: named delegates from a
/// higher level, then the Party, the People's Council, the People's Committee and the
/// Fatherland Front blocs; then the province's departments and the communes. Stored in the
/// event and editable; the order of rules is the order the protocol office reads them in.
public struct RankTable: Hashable, Sendable, Codable {
    public struct Rule: Hashable, Sendable, Codable {
        /// Words looked for in the title, compared without case or diacritics.
        public var pattern: String
        public var rank: Int
        public init(_ pattern: String, rank: Int) {
            self.pattern = pattern
            self.rank = rank
        }
    }

    public var rules: [Rule]
    /// The rank of a title no rule matches: after everyone a rule names.
    public var unmatchedRank: Int

    public init(rules: [Rule], unmatchedRank: Int = 900) {
        self.rules = rules
        self.unmatchedRank = unmatchedRank
    }

    /// The rank of a title: the longest matching pattern wins, so "Phó Chủ tịch UBND tỉnh"
    /// is not read as "Chủ tịch UBND tỉnh"; equal lengths take the more senior rank.
    public func rank(ofTitle title: String) -> Int {
        let folded = " " + VietnameseText.folded(title) + " "
        var best: (length: Int, rank: Int)?
        for rule in rules {
            let pattern = VietnameseText.folded(rule.pattern)
            guard !pattern.isEmpty, folded.contains(" " + pattern + " ") else { continue }
            if let current = best, current.length > pattern.count || (current.length == pattern.count && current.rank <= rule.rank) {
                continue
            }
            best = (pattern.count, rule.rank)
        }
        return best?.rank ?? unmatchedRank
    }

    /// The order of DOMAIN.md §2, with room between ranks for a protocol office's additions.
    public static let standard = RankTable(rules: [
        // Named delegates from a higher level.
        Rule("Ủy viên Bộ Chính trị", rank: 10),
        Rule("Ủy viên Trung ương Đảng", rank: 20),
        Rule("Bộ trưởng", rank: 30),
        Rule("Thứ trưởng", rank: 40),
        // The Party bloc.
        Rule("Bí thư Tỉnh ủy", rank: 100),
        Rule("Phó Bí thư Thường trực Tỉnh ủy", rank: 110),
        Rule("Phó Bí thư Tỉnh ủy", rank: 120),
        // The chairs of the People's Council and of the People's Committee, then their deputies:
        // a deputy never ranks above a chairman (DOMAIN.md §2).
        Rule("Chủ tịch HĐND tỉnh", rank: 200),
        Rule("Chủ tịch UBND tỉnh", rank: 210),
        Rule("Phó Chủ tịch HĐND tỉnh", rank: 300),
        Rule("Phó Chủ tịch UBND tỉnh", rank: 310),
        // The Fatherland Front bloc.
        Rule("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", rank: 400),
        Rule("Chủ tịch Ủy ban MTTQ tỉnh", rank: 400),
        Rule("Ủy viên Ban Thường vụ Tỉnh ủy", rank: 450),
        // Departments and the working bodies of the province.
        Rule("Giám đốc", rank: 500),
        Rule("Chánh Văn phòng", rank: 500),
        Rule("Chánh Thanh tra", rank: 500),
        Rule("Trưởng ban", rank: 500),
        Rule("Lãnh đạo", rank: 510),
        Rule("Phó Giám đốc", rank: 520),
        Rule("Phó Chánh Văn phòng", rank: 520),
        Rule("Thành viên Tổ Công tác", rank: 540),
        Rule("Thành viên Hội đồng", rank: 540),
        // Communes and wards.
        Rule("Bí thư Đảng ủy", rank: 600),
        Rule("Chủ tịch UBND", rank: 610),
        Rule("Phó Chủ tịch UBND", rank: 620),
        Rule("Chuyên viên", rank: 700),
        Rule("Công chức", rank: 710),
        Rule("Phóng viên", rank: 800),
    ])
}
