import Foundation
import PodiumCore
import Testing

/// The speaker queue's commands decide on the contributions and the live show they are given,
/// with no store: who may be withdrawn, the renumbering, the speaker added to the roster.
@Suite struct SpeakerCommandTests {
    static let info = EventCommandTests.info
    static let now = EventCommandTests.now
    static let block = Segment(id: 5, position: 1, title: "Tham luận", kind: .contributions, plannedSeconds: 3600)

    static func contributions(_ count: Int) -> [Contribution] {
        (1...count).map { Contribution(id: Int64($0), position: $0, topic: "Chủ đề \($0)", unit: "Sở \($0)", allottedSeconds: 480) }
    }

    static func context(_ event: EventData, journal: [JournalEntry] = [], nextIDs: [CommandRecord: Int64] = [:]) -> CommandContext {
        CommandContext(event: event, journal: journal, role: .mc, operatorName: "Minh", now: now, nextIDs: nextIDs)
    }

    /// The show started on the contributions block with `speaking` at the podium.
    static func showJournal(speaking id: Int64) -> [JournalEntry] {
        [ShowAction.start, .speaker(contributionID: id)].enumerated().map { index, action in
            JournalEntry(id: Int64(index + 1), time: now.addingTimeInterval(-60), operatorName: "Minh", role: .mc, fact: .show(action))
        }
    }

    @Test func withdrawingAQueuedContributionMarksItWithdrawn() throws {
        let event = EventData(info: Self.info, segments: [Self.block], contributions: Self.contributions(3))
        let decision = try SpeakerCommand.withdraw(id: 2, force: false).decided(Self.context(event))
        var withdrawn = event.contributions[1]
        withdrawn.status = .withdrawn
        #expect(decision.changes == RecordChanges(updates: [.contribution(withdrawn)]))
        #expect(decision.facts == [.speakers(.withdrawn(contributionID: 2, unit: "Sở 2", wasSpeaking: false))])
    }

    @Test func theSpeakerAtThePodiumIsWithdrawnOnlyWithForceAndLeavesThePodiumEmpty() throws {
        let event = EventData(info: Self.info, segments: [Self.block], contributions: Self.contributions(3))
        let journal = Self.showJournal(speaking: 1)
        #expect(throws: CommandRefusal.refused(.speakers(.speakingNow(1, name: "")))) {
            try SpeakerCommand.withdraw(id: 1, force: false).decided(Self.context(event, journal: journal))
        }
        let decision = try SpeakerCommand.withdraw(id: 1, force: true).decided(Self.context(event, journal: journal))
        #expect(decision.facts == [
            .speakers(.withdrawn(contributionID: 1, unit: "Sở 1", wasSpeaking: true)), .show(.speaker(contributionID: nil)),
        ])
    }

    @Test func aWithdrawalOrARestoreTheQueueDoesNotAllowIsRefused() throws {
        var event = EventData(info: Self.info, segments: [Self.block], contributions: Self.contributions(2))
        event.contributions[1].status = .withdrawn
        #expect(throws: CommandRefusal.refused(.speakers(.unknown(9)))) { try SpeakerCommand.withdraw(id: 9, force: true).decided(Self.context(event)) }
        #expect(throws: CommandRefusal.refused(.speakers(.alreadyWithdrawn(2)))) { try SpeakerCommand.withdraw(id: 2, force: false).decided(Self.context(event)) }
        #expect(throws: CommandRefusal.refused(.speakers(.notWithdrawn(1)))) { try SpeakerCommand.restore(id: 1).decided(Self.context(event)) }
        let restored = try SpeakerCommand.restore(id: 2).decided(Self.context(event))
        var queued = event.contributions[1]
        queued.status = .queued
        #expect(restored.changes == RecordChanges(updates: [.contribution(queued)]))
        #expect(restored.facts == [.speakers(.restored(contributionID: 2, unit: "Sở 2"))])
    }

    @Test func movingRenumbersOnlyTheContributionsWhosePlaceChanges() throws {
        let event = EventData(info: Self.info, contributions: Self.contributions(4))
        let decision = try SpeakerCommand.move(id: 3, to: 1).decided(Self.context(event))
        var positions: [Int64: Int] = [:]
        for case .contribution(let contribution) in decision.changes.updates { positions[contribution.id] = contribution.position }
        #expect(positions == [3: 1, 1: 2, 2: 3])
        #expect(decision.facts == [.speakers(.moved(contributionID: 3, from: 3, to: 1))])
        #expect(throws: CommandRefusal.refused(.speakers(.positionOutOfRange(5, count: 4)))) {
            try SpeakerCommand.move(id: 3, to: 5).decided(Self.context(event))
        }
    }

    @Test func anAddedContributionGoesLastWithTheNextID() throws {
        let event = EventData(info: Self.info, contributions: Self.contributions(2))
        let draft = ContributionDraft(topic: "Chuyển đổi số", unit: "Sở Thông tin", minutes: 7)
        let decision = try SpeakerCommand.add(draft, addDelegateToGroup: nil).decided(Self.context(event, nextIDs: [.contribution: 12]))
        let added = Contribution(id: 12, position: 3, topic: "Chuyển đổi số", unit: "Sở Thông tin", allottedSeconds: 420)
        #expect(decision.changes == RecordChanges(inserts: [.contribution(added)]))
        #expect(decision.facts == [.speakers(.created(FieldChanges(record: added, id: 12)))])
    }

    @Test func aSpeakerNotInTheRosterIsRefusedUnlessAGroupTakesThem() throws {
        var event = EventData(info: Self.info, contributions: Self.contributions(1))
        event.groups = [ParticipantGroup(id: 1, key: "units", name: "Các sở, ngành", order: 1, level: .province)]
        let draft = ContributionDraft(topic: "Y tế", unit: "Sở Y tế", speakerName: "Trần Thị Hoa", speakerTitle: "Giám đốc")
        #expect(throws: CommandRefusal.refused(.speakers(.speakerNotInRoster("Trần Thị Hoa")))) {
            try SpeakerCommand.add(draft, addDelegateToGroup: nil).decided(Self.context(event))
        }
        #expect(throws: CommandRefusal.refused(.speakers(.unknownGroup("press")))) {
            try SpeakerCommand.add(draft, addDelegateToGroup: "press").decided(Self.context(event))
        }
        let decision = try SpeakerCommand.add(draft, addDelegateToGroup: "units").decided(Self.context(event, nextIDs: [.delegate: 30, .contribution: 4]))
        let person = Delegate(id: 30, name: "Trần Thị Hoa", title: "Giám đốc", unit: "Sở Y tế", groupKey: "units", flags: .speaker)
        let added = Contribution(
            id: 4, position: 2, topic: "Y tế", unit: "Sở Y tế", speakerName: "Trần Thị Hoa", speakerTitle: "Giám đốc", allottedSeconds: 480,
            delegateID: 30
        )
        #expect(decision.changes == RecordChanges(inserts: [.delegate(person), .contribution(added)]))
        #expect(decision.facts == [.roster(.created(FieldChanges(record: person, id: 30))), .speakers(.created(FieldChanges(record: added, id: 4)))])
    }

    @Test func savingAStatusAloneIsJournaledAsAStatusChange() throws {
        let event = EventData(info: Self.info, contributions: Self.contributions(1))
        var changed = event.contributions[0]
        changed.status = .withdrawn
        let decision = try SpeakerCommand.save(changed).decided(Self.context(event))
        #expect(decision.changes == RecordChanges(updates: [.contribution(changed)]))
        #expect(decision.facts == [.speakers(.statusChanged(FieldChanges(from: event.contributions[0], to: changed, id: 1)))])
        var new = changed
        new.id = 0
        let created = try SpeakerCommand.save(new).decided(Self.context(event, nextIDs: [.contribution: 2]))
        new.id = 2
        #expect(created.changes == RecordChanges(inserts: [.contribution(new)]))
    }
}
