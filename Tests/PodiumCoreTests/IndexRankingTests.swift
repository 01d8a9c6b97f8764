import PodiumCore
import Testing

/// Totals, ranks with ties, tiers at their cut-offs, change against last year, group figures,
/// the reveal order and the MC's sentences.
@Suite struct IndexRankingTests {
    static func points(_ text: String) -> IndexPoints { IndexPoints(text: text) ?? .zero }

    /// Two fields of 60 and 40 points; departments and communes.
    static func results(_ rows: [(String, String, String, String, String?)], reveal: IndexRevealMode = .lastToFirst) -> IndexResults {
        IndexResults(
            scheme: IndexScheme(
                title: "Chỉ số CCHC năm 2025",
                fields: [IndexField(name: "Thể chế", maximum: points("60")), IndexField(name: "Tác động", maximum: points("40"))],
                declaredTotal: points("100"),
                groups: [IndexGroup(key: "so", name: "Sở, ban, ngành"), IndexGroup(key: "xa", name: "Xã, phường")],
                reveal: reveal
            ),
            units: rows.map { unit, group, a, b, last in
                IndexUnitResult(unit: unit, groupKey: group, final: [points(a), points(b)], lastYearTotal: last.map(points))
            }
        )
    }

    @Test func pointsAreExactHundredths() {
        #expect(Self.points("9.23") + Self.points("8.7") == IndexPoints(hundredths: 1793))
        #expect(IndexPoints(text: "9,23") == IndexPoints(hundredths: 923))
        #expect(IndexPoints(text: "9.2300000000000004") == IndexPoints(hundredths: 923))
        #expect(IndexPoints(text: "-1.5") == IndexPoints(hundredths: -150))
        #expect(IndexPoints(text: "abc") == nil && IndexPoints(text: "") == nil && IndexPoints(text: "1.2.3") == nil)
        #expect(IndexPoints(hundredths: 870).text == "8.7" && IndexPoints(hundredths: 1400).text == "14")
        #expect(IndexPoints(hundredths: 905).vietnamese == "9,05" && IndexPoints(hundredths: 870).fixed == "8.70")
    }

    @Test func tiesShareARankAndTheNextIsSkipped() {
        let ranking = IndexRanking(Self.results([
            ("A", "so", "50", "40", nil), ("B", "so", "45", "40", nil), ("C", "so", "40", "45", nil),
            ("D", "so", "30", "30", nil), ("E", "xa", "10", "10", nil),
        ]))
        let departments = ranking.units(in: "so")
        #expect(departments.map(\.unit) == ["A", "B", "C", "D"])
        #expect(departments.map(\.rank) == [1, 2, 2, 4])
        // Communes are ranked on their own.
        #expect(ranking.units(in: "xa").map(\.rank) == [1])
        #expect(IndexRanking.competitionRanks([Self.points("5"), nil, Self.points("7"), Self.points("5")]) == [2, nil, 1, 2])
    }

    @Test func tiersAtTheirCutOffs() {
        let ranking = IndexRanking(Self.results([
            ("90", "so", "50", "40", nil), ("89.99", "so", "50", "39.99", nil), ("80", "so", "40", "40", nil),
            ("79.99", "so", "40", "39.99", nil), ("70", "so", "35", "35", nil), ("69.99", "so", "35", "34.99", nil),
            ("0", "so", "0", "0", nil),
        ]))
        let tiers = Dictionary(uniqueKeysWithValues: ranking.units.map { ($0.unit, $0.tier) })
        #expect(tiers == ["90": 0, "89.99": 1, "80": 1, "79.99": 2, "70": 2, "69.99": 3, "0": 3])
        // A maximum that is not 100 compares exactly too: 45 of 50 is 90 %.
        let scheme = IndexScheme(title: "", fields: [IndexField(name: "x", maximum: Self.points("50"))], declaredTotal: Self.points("50"), groups: [])
        #expect(scheme.tier(of: Self.points("45"), maximum: Self.points("50")) == 0)
        #expect(scheme.tier(of: Self.points("44.99"), maximum: Self.points("50")) == 1)
    }

    @Test func changeAgainstLastYearComesFromLastYearsTotals() throws {
        let ranking = IndexRanking(Self.results([
            ("A", "so", "50", "40", "80"), ("B", "so", "45", "40", "90.5"), ("C", "so", "40", "30", nil),
        ]))
        let a = try #require(ranking.units.first { $0.unit == "A" })
        let b = try #require(ranking.units.first { $0.unit == "B" })
        let c = try #require(ranking.units.first { $0.unit == "C" })
        // Last year B led (90.5) and A was second: A climbed one place, B fell one.
        #expect(a.lastYearRank == 2 && a.rankChange == 1 && a.scoreChange == Self.points("10"))
        #expect(b.lastYearRank == 1 && b.rankChange == -1 && b.scoreChange == Self.points("-5.5"))
        #expect(c.lastYearRank == nil && c.rankChange == nil && c.scoreChange == nil)
        // A rank the file gives wins over the computed one.
        var results = Self.results([("A", "so", "50", "40", "80")])
        results.units[0].lastYearRank = 7
        #expect(IndexRanking(results).units[0].rankChange == 6)
    }

    @Test func percentagesBestAndWorstFieldsAndAverages() throws {
        let ranking = IndexRanking(Self.results([
            ("A", "so", "30", "40", nil), ("B", "so", "60", "10", nil), ("C", "so", "45", "20", nil), ("D", "xa", "15", "30", nil),
        ]))
        let a = try #require(ranking.units.first { $0.unit == "A" })
        #expect(a.total == Self.points("70") && a.percent == 70)
        #expect(a.fieldPercents == [50, 100] && a.bestField == 1 && a.worstField == 0)
        let departments = try #require(ranking.summary(of: "so"))
        #expect(departments.count == 3 && departments.averageTotal == (70 + 70 + 65) / 3.0 && departments.medianTotal == 70)
        #expect(departments.fieldAverages == [45, 70 / 3.0])
        #expect(ranking.fieldAverages == [37.5, 25])
        #expect(IndexRanking.median([1, 2, 3, 10]) == 2.5)
    }

    @Test func revealGoesGroupByGroupFromLastToFirst() {
        let rows: [(String, String, String, String, String?)] = [
            ("A", "so", "55", "40", nil), ("B", "so", "45", "40", nil), ("C", "so", "45", "40", nil),
            ("D", "so", "30", "30", nil), ("E", "so", "20", "20", nil), ("F", "xa", "50", "30", nil),
        ]
        let last = IndexRevealStep.order(IndexRanking(Self.results(rows)))
        #expect(last.map { $0.units.map(\.unit) } == [["E"], ["D"], ["B", "C"], ["A"], ["F"]])
        let tiers = IndexRevealStep.order(IndexRanking(Self.results(rows, reveal: .byTier)))
        #expect(tiers.map { $0.units.map(\.unit) } == [["D", "E"], ["B", "C"], ["A"], ["F"]])
        let top = IndexRevealStep.order(IndexRanking(Self.results(rows, reveal: .topThreeLast)))
        #expect(top.map { $0.units.map(\.unit) } == [["D", "E"], ["B", "C"], ["A"], ["F"]])
        #expect(top.first?.kind == .rest)
    }

    @Test func theMCsSentences() {
        let ranking = IndexRanking(Self.results([
            ("Văn phòng UBND tỉnh", "so", "52.53", "40", nil), ("Sở Y tế", "so", "50", "40", nil), ("Sở Nội vụ", "so", "50", "40", nil),
        ]))
        let steps = IndexRevealStep.order(ranking)
        #expect(IndexRevealScript.sentence(steps[1], scheme: ranking.scheme) == "Đứng đầu khối sở, ban, ngành là Văn phòng UBND tỉnh với 92,53 điểm.")
        #expect(IndexRevealScript.sentence(steps[0], scheme: ranking.scheme) == "Đồng xếp thứ hai khối sở, ban, ngành là Sở Nội vụ và Sở Y tế với 90 điểm.")
        var tiered = ranking
        tiered.scheme.reveal = .byTier
        let tierStep = IndexRevealStep(group: ranking.scheme.groups[0], kind: .tier(1), units: [ranking.units[1]])
        #expect(IndexRevealScript.sentence(tierStep, scheme: tiered.scheme) == "Nhóm B (từ 80 % đến dưới 90 %) khối sở, ban, ngành gồm 1 đơn vị: Sở Nội vụ.")
    }

    @Test func revealProgressFoldsTheJournal() throws {
        func entry(_ id: Int64, _ action: IndexRevealAction) -> JournalEntry {
            JournalEntry(id: id, time: .distantPast, operatorName: "mc", role: .mc, fact: .indexReveal(IndexRevealFact(action: action, step: 0, of: 0, units: [], group: "")))
        }
        let progress = IndexRevealProgress(journal: [entry(1, .next), entry(2, .next), entry(3, .back), entry(4, .next), entry(5, .next)], steps: 2)
        #expect(progress.revealed == 2)
        #expect(throws: IndexRevealError.allRevealed) { try progress.validate(.next, steps: 2) }
        #expect(throws: IndexRevealError.nothingRevealed) { try IndexRevealProgress().validate(.back, steps: 2) }
        #expect(throws: IndexRevealError.noResults) { try IndexRevealProgress().validate(.next, steps: 0) }
    }
}
