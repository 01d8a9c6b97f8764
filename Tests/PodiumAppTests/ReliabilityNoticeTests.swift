import PodiumStore
import Testing
@testable import PodiumApp

/// A write that fails because of the file itself is told in the interface's language: the
/// store's own descriptions are English, and once reached a Vietnamese screen as they were.
@Suite struct ReliabilityNoticeTests {
    static let faults: [StoreError] = [
        .writeFailed("/e.podium", "disk I/O error"), .readOnly("/e.podium"), .sqlite("/e.podium", "database is locked"),
        .corrupt("/e.podium", "page 7: btree"), .replaced("/e.podium"), .vanished("/e.podium"), .movedWhileSaving("/e.podium"),
    ]

    @Test(arguments: faults)
    func storageFaultReachedAVietnameseScreenInEnglish(fault: StoreError) throws {
        let vietnamese = try #require(ReliabilityStrings.vietnamese.notice(for: fault))
        let english = try #require(ReliabilityStrings.english.notice(for: fault))
        #expect(vietnamese != english)
        #expect(!vietnamese.contains("the change") && !vietnamese.contains("was not saved") && !vietnamese.contains("nothing was"))
        #expect(vietnamese.contains("Tệp sự kiện") || vietnamese.contains("tệp sự kiện") || vietnamese.contains("Cơ sở dữ liệu"))
    }

    @Test func refusalOfTheChangeItselfKeepsItsOwnMessage() {
        #expect(ReliabilityStrings.vietnamese.notice(for: StoreError.noSuchRecord(.checklistItem, id: 9, path: "e.podium")) == nil)
    }
}
