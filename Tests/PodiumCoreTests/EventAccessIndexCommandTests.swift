import Foundation
import PodiumCore
import PodiumDemo
import Testing

/// The event's details, the role table, imports and the index reveal are decided without a
/// store, like every other command.
@Suite struct EventAccessIndexCommandTests {
    static let info = EventCommandTests.info
    static let now = EventCommandTests.now

    static func entry(_ id: Int64, _ fact: JournalFact, by name: String = "Lan") -> JournalEntry {
        JournalEntry(id: id, time: now, operatorName: name, role: .organizer, fact: fact)
    }

    @Test func anEventDetailsEditTakesOnlyItsFieldsAndIsRefusedOverAnotherOperatorsChange() throws {
        var current = Self.info
        current.planNumber = "15/KH-UBND"
        var edited = Self.info
        edited.venue = "Hội trường B"
        let basis = EditBasis(version: 4, original: Self.info, edited: edited)
        let theirs = Self.entry(5, .event(.detailsChanged(FieldChanges(id: nil, values: ["plan_number": .string("15/KH-UBND")]))), by: "Hoa")
        var context = EventCommandTests.context(EventData(info: current))
        context.journal = [theirs]
        let decision = try EventInfoCommand.edit(edited, basis).decided(context)
        var expected = current
        expected.venue = "Hội trường B"
        #expect(decision.changes.updates == [.eventInfo(expected)])
        #expect(decision.facts == [.event(.detailsChanged(FieldChanges(id: nil, values: ["venue": .string("Hội trường B")])))])

        var clash = Self.info
        clash.planNumber = "16/KH-UBND"
        let refused = EditBasis(version: 4, original: Self.info, edited: clash)
        #expect(throws: CommandRefusal.refused(.conflict(EditConflict(record: .eventInfo, title: current.title, entry: theirs, info: current)))) {
            try EventInfoCommand.edit(clash, refused).decided(context)
        }
        #expect(try EventInfoCommand.info(current).decided(context) == .nothing)
    }

    @Test func aGrantTheTableHoldsOrARevokeItLacksChangesNothing() {
        let grant = RoleGrant(.user("minh"), .mc)
        var context = EventCommandTests.context(EventData(info: Self.info))
        #expect(AccessChange.grant(grant).decided(context) == CommandDecision(
            changes: RecordChanges(inserts: [.roleGrant(grant)]), facts: [.access(.granted(grant))]
        ))
        #expect(AccessChange.revoke(grant).decided(context) == .nothing)
        context.grants = RoleGrants([grant])
        #expect(AccessChange.grant(grant).decided(context) == .nothing)
        #expect(AccessChange.revoke(grant).decided(context).facts == [.access(.revoked(grant))])
    }

    @Test func anImportIsRecordedWithWhatTheEventHoldsAfterwards() {
        let data = EventData(info: Self.info, segments: EventCommandTests.segments(3))
        let decision = ReplacementCommand.all(data, settings: ["theme": "dark"], from: .eventFile).decided()
        #expect(decision.changes.replacement == .all(data, settings: ["theme": "dark"]))
        var counts = ImportFact.Counts(data)
        counts.settings = 1
        #expect(counts.segments == 3 && counts.delegates == 0)
        #expect(decision.facts == [.imports(.replaced(.eventFile, counts))])
    }

    @Test func theRevealStepsFromTheLastImportAndRefusesAPressOvertaken() throws {
        let index = try DemoEvent.make().index
        let steps = IndexRevealStep.order(IndexRanking(index))
        var context = EventCommandTests.context(EventData(info: Self.info, index: index))
        let step = { (n: Int) in IndexRevealFact(action: .next, step: n, of: steps.count, units: steps[n - 1].units.map(\.unit), group: steps[n - 1].group.name) }
        // One step, then a re-import: the reveal starts again, so the next step is the first.
        context.journal = [Self.entry(1, .indexReveal(step(1))), Self.entry(2, .imports(.replaced(.index, ImportFact.Counts())))]
        #expect(try IndexRevealAction.next.decided(seen: 0, context).facts == [.indexReveal(step(1))])
        context.journal.append(Self.entry(3, .indexReveal(step(1))))
        #expect(throws: CommandRefusal.refused(.index(.overtaken(revealed: 1)))) { try IndexRevealAction.next.decided(seen: 0, context) }
        #expect(try IndexRevealAction.next.decided(seen: nil, context).facts == [.indexReveal(step(2))])
        // A rehearsal set aside takes its reveal with it.
        context.journal.append(Self.entry(4, .show(.reset)))
        #expect(throws: CommandRefusal.refused(.index(.nothingRevealed))) { try IndexRevealAction.back.decided(seen: nil, context) }
    }
}
