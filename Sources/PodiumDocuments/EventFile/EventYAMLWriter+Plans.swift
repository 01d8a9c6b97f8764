import PodiumCore
import Yams

/// The event's plans beyond its entities: the rank table, the seating plan and the award
/// ceremony's plan. Long lists whose entries are short (rank rules, seat assignments) are
/// written one entry per line, so a protocol officer can scan and edit them as a table.
extension EventYAMLWriter {
    static func rankTable(_ table: RankTable) -> Node {
        mapping([
            ("unmatched_rank", int(table.unmatchedRank)),
            ("rules", list(table.rules.map { rule in
                mapping([("pattern", string(rule.pattern)), ("rank", int(rule.rank))], flow: true)
            })),
        ])
    }

    /// Assignments in the plan's own order, so reading the file back gives the same plan.
    static func seating(_ plan: SeatingPlan) -> Node {
        let settings = plan.settings
        return mapping([
            ("settings", mapping([
                ("viewpoint", string(settings.viewpoint.rawValue)),
                ("even_centring", string(settings.evenCentring.rawValue)),
                ("leader_groups", list(settings.leaderGroups.map(string), flow: true)),
                ("leader_rows", int(settings.leaderRows)),
                ("group_order", list(settings.groupOrder.map(string), flow: true)),
                ("press_groups", list(settings.pressGroups.map(string), flow: true)),
                ("press_side", string(settings.pressSide.rawValue)),
            ])),
            ("assignments", list(plan.assignments.map { assignment in
                mapping([
                    ("delegate", int(Int(assignment.delegateID))),
                    ("seat", string(assignment.seat)),
                    ("locked", bool(assignment.locked)),
                    ("reason", string(assignment.reason.kind.rawValue)),
                    ("order", int(assignment.reason.order)),
                    ("precedence", int(assignment.reason.precedence)),
                    ("group", string(assignment.reason.groupKey)),
                ], flow: true)
            })),
        ])
    }

    static func awardPlan(_ plan: AwardPlan) -> Node {
        let settings = plan.settings
        return mapping([
            ("settings", mapping([
                ("forms", list(settings.forms.map(string))),
                ("batch_size", int(settings.batchSize)),
                ("seconds_per_recipient", int(settings.secondsPerRecipient)),
                ("seconds_per_batch", int(settings.secondsPerBatch)),
                ("decision_reading_seconds", int(settings.decisionReadingSeconds)),
                ("reader", string(settings.reader)),
            ])),
            ("batches", list(plan.batches.map { batch in
                mapping([
                    ("recipients", list(batch.recipientIDs.map { int(Int($0)) }, flow: true)),
                    ("presenter", batch.presenterID.map { int(Int($0)) } ?? null),
                    ("manual", bool(batch.isManual)),
                    ("script", batch.script.map(string) ?? null),
                ])
            })),
        ])
    }
}
