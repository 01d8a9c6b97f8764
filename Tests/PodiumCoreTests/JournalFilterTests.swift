import Foundation
import PodiumCore
import Testing

@Suite struct JournalFilterTests {
    let entry = JournalEntry(id: 7, time: Date(timeIntervalSince1970: 1_000), operatorName: "Nguyễn Văn An", role: .mc,
                             fact: .seating(.swapped("P1", "P2")))

    @Test func operatorIsMatchedWithoutAccentsOrCase() {
        #expect(JournalFilter(operatorName: "nguyen van an").admits(entry))
        #expect(!JournalFilter(operatorName: "Nguyễn Văn Anh").admits(entry))
    }

    @Test func actionMatchesOneFactOrItsArea() {
        #expect(JournalFilter(action: "seat.swap").admits(entry))
        #expect(JournalFilter(action: "seat").admits(entry))
        #expect(JournalFilter(action: "seat.").admits(entry))
        #expect(!JournalFilter(action: "sea").admits(entry))
        #expect(!JournalFilter(action: "show").admits(entry))
    }

    @Test func sinceIsInclusive() {
        #expect(JournalFilter(since: Date(timeIntervalSince1970: 1_000)).admits(entry))
        #expect(!JournalFilter(since: Date(timeIntervalSince1970: 1_001)).admits(entry))
    }
}
