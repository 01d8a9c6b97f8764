import Foundation
import PodiumCore
import Testing
@testable import PodiumStore

/// A command reads the tables it needs, not the whole event: `show status` never decodes the
/// seating plan or the checklist of a large event.
@Suite struct PartialLoadTests {
    @Test func loadingPartsReadsOnlyThoseTables() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let whole = try store.load()
        let part = try store.load([.segments, .checklist])
        #expect(part.info == whole.info)
        #expect(part.segments == whole.segments)
        #expect(part.checklist == whole.checklist)
        #expect(part.delegates.isEmpty && part.seating.assignments.isEmpty && part.recipients.isEmpty)
        #expect(!whole.delegates.isEmpty && !whole.seating.assignments.isEmpty)
    }

    @Test func theShowSnapshotLeavesTheSeatingAndChecklistUnread() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        try store.perform(LiveShowCommand(.start, overrideGate: true), by: mc, at: t0)
        let whole = try store.load()
        let (event, show, awards) = try store.showSnapshot()
        #expect(show == (try store.showState()))
        #expect(awards == (try store.awardProgress()))
        #expect(event.segments == whole.segments)
        #expect(event.seating.assignments.isEmpty && event.checklist.isEmpty && event.hall == .empty)
        // The ceremony's estimate needs the recipients and the roster they are matched against.
        #expect(event.recipients == whole.recipients && event.delegates == whole.delegates)
        #expect(AwardCeremony.segmentEstimates(event: event, progress: awards, show: show)
            == AwardCeremony.segmentEstimates(event: whole, progress: awards, show: show))
    }
}
