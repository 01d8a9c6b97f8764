import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// `podium index …`: the PAR index from the command line — rankings, one unit's card, and
/// stepping the reveal during the announcement (the same journaled steps as the MC's keys).
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: HelpText.say(vi: "Xếp hạng Chỉ số CCHC, kết quả của một đơn vị và công bố trên sân khấu.", en: "PAR index rankings, a unit's results, and the reveal on stage."),
        discussion: HelpText.say(vi: """
            Kết quả lấy từ `podium import index FILE`. Xếp hạng trong từng khối, tổng điểm bằng nhau thì \
            cùng hạng (1, 2, 2, 4); rank_change là số bậc tăng so với năm trước (dương là tăng). NAME được \
            so khớp không cần dấu; một tên khớp nhiều đơn vị thì liệt kê chúng.
            """, en: """
            Results come from `podium import index FILE`. Ranks are within each group, equal totals share a rank \
            (1, 2, 2, 4); rank_change is places gained since last year (positive is up). NAME is matched without \
            accents; a name that matches several units lists them.
            """),
        subcommands: [IndexRankingCommand.self, IndexUnitCommand.self, IndexRevealCommand.self]
    )

    /// The event's ranking, or a refusal in the interface's language when it holds no results.
    static func ranking(_ store: EventStore, _ global: GlobalOptions) throws -> IndexRanking {
        let results = try store.load().index
        guard !results.isEmpty else { throw Refusal.index(.noResults) }
        return IndexRanking(results)
    }

    static func json(_ value: some Encodable) throws -> String { try JSONOutput.text(value) }
}

/// One unit as `--json` gives it: snake_case keys, numbers as exact decimals.
struct IndexUnitJSON: Encodable {
    struct Field: Encodable {
        var name: String
        var points: Decimal
        var max: Decimal
        var percent: Decimal
    }

    var unit: String
    var group: String
    var total: Decimal
    var percent: Decimal
    var rank: Int
    var tier: String
    var rankChange: Int?
    var scoreChange: Decimal?
    var lastYearRank: Int?
    var fields: [Field]

    enum CodingKeys: String, CodingKey {
        case unit, group, total, percent, rank, tier, fields
        case rankChange = "rank_change", scoreChange = "score_change", lastYearRank = "last_year_rank"
    }

    init(_ unit: IndexRankedUnit, scheme: IndexScheme) {
        func decimal(_ points: IndexPoints) -> Decimal { Decimal(points.hundredths) / 100 }
        func percent(_ value: Double) -> Decimal { Decimal(Int((value * 100).rounded())) / 100 }
        self.unit = unit.unit
        group = scheme.group(unit.groupKey)?.name ?? unit.groupKey
        total = decimal(unit.total)
        self.percent = percent(unit.percent)
        rank = unit.rank
        tier = scheme.tiers.indices.contains(unit.tier) ? scheme.tiers[unit.tier].name : ""
        rankChange = unit.rankChange
        scoreChange = unit.scoreChange.map(decimal)
        lastYearRank = unit.lastYearRank
        fields = scheme.fields.indices.map { index in
            Field(name: scheme.fields[index].name, points: decimal(unit.result.final[index]), max: decimal(scheme.fields[index].maximum),
                  percent: percent(unit.fieldPercent(index)))
        }
    }

    // Optional values are written as null rather than left out, so every unit has every key.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .unit)
        try container.encode(group, forKey: .group)
        try container.encode(total, forKey: .total)
        try container.encode(percent, forKey: .percent)
        try container.encode(rank, forKey: .rank)
        try container.encode(tier, forKey: .tier)
        try container.encode(rankChange, forKey: .rankChange)
        try container.encode(scoreChange, forKey: .scoreChange)
        try container.encode(lastYearRank, forKey: .lastYearRank)
        try container.encode(fields, forKey: .fields)
    }
}

struct IndexRankingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ranking", abstract: HelpText.say(vi: "Bảng xếp hạng của từng khối (hoặc của một khối).", en: "The ranking of each group (or of one)."))

    @Option(help: .say(vi: "Chỉ khối này (tên hoặc mã, không cần dấu).", en: "Only this group (its name or key, accents optional).")) var group: String?
    @Flag(help: .say(vi: "In JSON: với mỗi đơn vị có unit, group, total, percent, rank, tier, rank_change, score_change, fields.", en: "Print JSON: per unit unit, group, total, percent, rank, tier, rank_change, score_change, fields.")) var json = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try EventOpening.withEvent(global) { store, _ in
            let ranking = try IndexCommand.ranking(store, global)
            let vi = global.lang == .vi
            var groups = ranking.scheme.groups
            if let group {
                let folded = VietnameseText.folded(group)
                groups = groups.filter { VietnameseText.folded($0.name) == folded || $0.key == group || VietnameseText.folded($0.name).contains(folded) }
                guard !groups.isEmpty else {
                    let names = ranking.scheme.groups.map(\.name).joined(separator: "; ")
                    throw UsageError(description: vi ? "không có khối \"\(group)\"; các khối: \(names)" : "there is no group \"\(group)\"; the groups are: \(names)")
                }
            }
            let units = groups.flatMap { ranking.units(in: $0.key) }
            if json {
                TerminalText.sayJSON(try IndexCommand.json(units.map { IndexUnitJSON($0, scheme: ranking.scheme) }))
                return
            }
            let strings = (vi ? UIStrings.vietnamese : UIStrings.english).index
            for group in groups {
                TerminalText.say("\(ranking.scheme.title) · \(group.name)")
                for unit in ranking.units(in: group.key) {
                    let tier = ranking.scheme.tiers.indices.contains(unit.tier) ? ranking.scheme.tiers[unit.tier].name : ""
                    let total = vi ? unit.total.vietnamese : unit.total.text
                    let percent = String(format: "%.2f", unit.percent)
                    TerminalText.say(DocumentText.printable("\(String(unit.rank).leftPadded(4))  \(unit.unit)  \(total)  \(vi ? percent.replacingOccurrences(of: ".", with: ",") : percent) %  \(tier)  \(strings.change(unit.rankChange))"))
                }
                TerminalText.say("")
            }
        }
    }
}

struct IndexUnitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unit", abstract: HelpText.say(vi: "Kết quả của một đơn vị: các lĩnh vực so với điểm tối đa và với trung bình của khối.", en: "One unit's results: fields against their maxima and the group's average."))

    @Argument(help: .say(vi: "Tên đơn vị (không cần dấu).", en: "The unit's name (accents optional).")) var name: String
    @Flag(help: .say(vi: "In JSON với các khóa như `ranking --json`.", en: "Print JSON with the same keys as `ranking --json`.")) var json = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try EventOpening.withEvent(global) { store, _ in
            let ranking = try IndexCommand.ranking(store, global)
            let vi = global.lang == .vi
            let folded = VietnameseText.folded(name)
            let exact = ranking.units.filter { VietnameseText.folded($0.unit) == folded }
            let found = exact.isEmpty ? ranking.units.filter { VietnameseText.folded($0.unit).contains(folded) } : exact
            guard found.count == 1, let unit = found.first else {
                if found.isEmpty { throw UsageError(description: vi ? "không có đơn vị nào tên \"\(name)\"" : "no unit is called \"\(name)\"") }
                let names = found.map(\.unit).joined(separator: "; ")
                throw UsageError(description: vi ? "\"\(name)\" khớp nhiều đơn vị: \(names); ghi rõ hơn" : "\"\(name)\" matches several units: \(names); be more precise")
            }
            if json {
                TerminalText.sayJSON(try IndexCommand.json(IndexUnitJSON(unit, scheme: ranking.scheme)))
                return
            }
            let scheme = ranking.scheme
            let strings = (vi ? UIStrings.vietnamese : UIStrings.english).index
            let summary = ranking.summary(of: unit.groupKey)
            let tier = scheme.tiers.indices.contains(unit.tier) ? scheme.tiers[unit.tier].name : ""
            func points(_ value: IndexPoints) -> String { vi ? value.vietnamese : value.text }
            func number(_ value: Double, _ decimals: Int) -> String {
                let text = String(format: "%.\(decimals)f", value)
                return vi ? text.replacingOccurrences(of: ".", with: ",") : text
            }
            TerminalText.say(DocumentText.printable(unit.unit))
            TerminalText.say(strings.cardRank(unit.rank, summary?.count ?? 0, scheme.group(unit.groupKey)?.name ?? unit.groupKey)
                  + " · \(points(unit.total))/\(points(scheme.maximum)) · \(number(unit.percent, 2)) % · \(tier)")
            TerminalText.say(strings.cardChange(unit.rankChange, unit.lastYearRank, unit.scoreChange.map { ($0 > .zero ? "+" : "") + points($0) }))
            for (index, field) in scheme.fields.enumerated() {
                let average = summary.map { number($0.fieldAverages[index], 2) } ?? ""
                TerminalText.say(DocumentText.printable("  \(index + 1). \(field.name): \(points(unit.result.final[index]))/\(points(field.maximum)) (\(number(unit.fieldPercent(index), 1)) %; \(strings.cardGroupAverage) \(average))"))
            }
        }
    }
}

struct IndexRevealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reveal", abstract: HelpText.say(vi: "Công bố từng bước: next (tiếp), back (bỏ bước vừa công bố) hoặc status (tình trạng).", en: "Steps the announcement's reveal: next, back (undoes the last step) or status.")
    )

    enum Step: String, ExpressibleByArgument, CaseIterable { case next, back, status }

    @Argument(help: .say(vi: "next, back hoặc status.", en: "next, back or status.")) var step: Step
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try EventOpening.withEvent(global) { store, actor in
            let ranking = try IndexCommand.ranking(store, global)
            let vi = global.lang == .vi
            let steps = IndexRevealStep.order(ranking)
            var progress = try store.indexReveal()
            if step != .status {
                guard [.mc, .organizer].contains(global.role) else {
                    throw global.roleRefusal(vi: "điều khiển phần công bố", en: "drive the reveal", allowed: [.mc, .organizer])
                }
                let action: IndexRevealAction = step == .next ? .next : .back
                progress = try store.run(.indexReveal(action), by: actor, at: Date()).required(\.indexRevealProgress)
                if action == .next { TerminalText.say(IndexRevealScript.sentence(steps[progress.revealed - 1], scheme: ranking.scheme)) }
            }
            let strings = (vi ? UIStrings.vietnamese : UIStrings.english).index
            TerminalText.say(strings.revealProgress(progress.revealed, steps.count))
            if progress.revealed < steps.count {
                TerminalText.say(strings.revealNext + " " + IndexRevealScript.sentence(steps[progress.revealed], scheme: ranking.scheme))
            } else {
                TerminalText.say(strings.revealDone)
            }
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
