import PodiumCore
import Yams

/// The ids the plans may point at, known once the entities are read.
struct PlanReferences {
    let delegateIDs: Set<Int64>
    let recipientIDs: Set<Int64>
}

/// Reading the rank table, the seating plan and the award plan. A section left out takes the
/// values a new event starts with; a field left out takes its default. Ids that point at no
/// delegate or recipient are problems, not silently dropped entries.
extension EventReading {
    /// An optional delegate id under `key`, checked against the delegates in the file.
    func delegateReference(_ fields: YAMLFields, _ key: String, among ids: Set<Int64>, as role: EventFileIssue.DelegateRole) -> Int64? {
        guard let id = fields.int(key, range: 1...Int(Int32.max)).map(Int64.init) else { return nil }
        if !ids.contains(id), let node = fields.node(key) {
            problems.add(node, .unknownDelegate(id: id, as: role))
        }
        return id
    }

    func readRankTable(_ node: Node?) -> RankTable {
        guard let node else { return .standard }
        let fields = YAMLFields(node, what: .rankTable, known: ["unmatched_rank", "rules"], problems: problems)
        let rules = fields.list("rules").map { ruleNode in
            let rule = YAMLFields(ruleNode, what: .rankRule, known: ["pattern", "rank"], problems: problems)
            return RankTable.Rule(rule.text("pattern", required: true), rank: rule.int("rank", required: true) ?? 0)
        }
        return RankTable(rules: rules, unmatchedRank: fields.int("unmatched_rank") ?? RankTable.standard.unmatchedRank)
    }

    func readSeating(_ node: Node?, _ references: PlanReferences) -> SeatingPlan {
        guard let node else { return SeatingPlan() }
        let fields = YAMLFields(node, what: .seating, known: ["settings", "assignments"], problems: problems)
        var seated: [Int64: Int] = [:]
        let assignments = fields.list("assignments").compactMap { item -> SeatAssignment? in
            let entry = YAMLFields(item, what: .seatAssignment, known: [
                "delegate", "seat", "locked", "reason", "order", "precedence", "group",
            ], problems: problems)
            guard let id = entry.int("delegate", required: true, range: 1...Int(Int32.max)).map(Int64.init) else { return nil }
            let idNode = entry.node("delegate") ?? item
            if !references.delegateIDs.contains(id) {
                problems.add(idNode, .seatForUnknownDelegate(id: id))
            } else if let line = seated[id] {
                problems.add(idNode, .seatedTwice(id: id, line: line))
            }
            seated[id] = seated[id] ?? idNode.mark?.line ?? 0
            return SeatAssignment(
                delegateID: id, seat: entry.text("seat", required: true), locked: entry.bool("locked"),
                reason: PlacementReason(
                    kind: entry.choice("reason", default: PlacementReason.Kind.manual, among: Self.placementKinds),
                    order: entry.int("order") ?? 0, precedence: entry.int("precedence") ?? 0, groupKey: entry.text("group")
                )
            )
        }
        return SeatingPlan(assignments: assignments, settings: seatingSettings(fields.node("settings")))
    }

    static let placementKinds: [PlacementReason.Kind] = [.presidium, .leaderRow, .callingOrder, .press, .block, .manual]

    /// Group keys here are not checked against the groups: the defaults name groups an event
    /// may not have, and auto-assignment passes over keys it does not find.
    private func seatingSettings(_ node: Node?) -> SeatingSettings {
        let defaults = SeatingSettings()
        guard let node else { return defaults }
        let fields = YAMLFields(node, what: .seatingSettings, known: [
            "viewpoint", "even_centring", "leader_groups", "leader_rows", "group_order", "press_groups", "press_side",
        ], problems: problems)
        func keys(_ key: String, _ fallback: [String]) -> [String] { fields.pairs[key] == nil ? fallback : fields.strings(key) }
        return SeatingSettings(
            viewpoint: fields.choice("viewpoint", default: defaults.viewpoint),
            evenCentring: fields.choice("even_centring", default: defaults.evenCentring),
            leaderGroups: keys("leader_groups", defaults.leaderGroups),
            leaderRows: fields.int("leader_rows", range: 0...1000) ?? defaults.leaderRows,
            groupOrder: keys("group_order", defaults.groupOrder),
            pressGroups: keys("press_groups", defaults.pressGroups),
            pressSide: fields.choice("press_side", default: defaults.pressSide)
        )
    }

    func readAwardPlan(_ node: Node?, _ references: PlanReferences) -> AwardPlan {
        guard let node else { return AwardPlan() }
        let fields = YAMLFields(node, what: .awardPlan, known: ["settings", "batches"], problems: problems)
        var batchOf: [Int64: Int] = [:]
        let batches = fields.list("batches").enumerated().map { index, item in
            let entry = YAMLFields(item, what: .awardBatch, known: ["recipients", "presenter", "manual", "script"], problems: problems)
            let idNodes = entry.list("recipients")
            var ids: [Int64] = []
            for idNode in idNodes {
                guard let text = idNode.scalar?.string, let number = Int64(text), number > 0 else {
                    problems.add(idNode, .batchEntryNotID)
                    continue
                }
                if !references.recipientIDs.contains(number) {
                    problems.add(idNode, .unknownRecipient(id: number))
                } else if let other = batchOf[number] {
                    problems.add(idNode, .recipientInTwoBatches(id: number, batch: other))
                }
                batchOf[number] = batchOf[number] ?? index + 1
                ids.append(number)
            }
            if idNodes.isEmpty, item.mapping != nil {
                problems.add(entry.node("recipients") ?? item, .emptyBatch)
            }
            return AwardBatch(
                recipientIDs: ids,
                presenterID: delegateReference(entry, "presenter", among: references.delegateIDs, as: .presenter),
                isManual: entry.bool("manual"),
                script: entry.has("script") ? entry.multiline("script") : nil
            )
        }
        return AwardPlan(settings: awardSettings(fields.node("settings")), batches: batches)
    }

    private func awardSettings(_ node: Node?) -> AwardSettings {
        let defaults = AwardSettings()
        guard let node else { return defaults }
        let fields = YAMLFields(node, what: .awardSettings, known: [
            "forms", "batch_size", "seconds_per_recipient", "seconds_per_batch", "decision_reading_seconds", "reader",
        ], problems: problems)
        return AwardSettings(
            forms: fields.pairs["forms"] == nil ? defaults.forms : fields.strings("forms"),
            batchSize: fields.int("batch_size", range: 1...50) ?? defaults.batchSize,
            secondsPerRecipient: fields.int("seconds_per_recipient", range: 0...3600) ?? defaults.secondsPerRecipient,
            secondsPerBatch: fields.int("seconds_per_batch", range: 0...3600) ?? defaults.secondsPerBatch,
            decisionReadingSeconds: fields.int("decision_reading_seconds", range: 0...3600) ?? defaults.decisionReadingSeconds,
            reader: fields.text("reader")
        )
    }
}
