import Foundation
import PodiumCore
import Testing
@testable import PodiumStore

/// The seating plan's reasons are read without a JSON decoder when they are in the form Podium
/// writes, and through the decoder otherwise: either way the same reason comes back.
@Suite struct PlacementReasonTextTests {
    @Test(arguments: [
        PlacementReason(kind: .presidium, order: 1, precedence: 1, groupKey: "leaders"),
        PlacementReason(kind: .block, order: 4_321, precedence: 0, groupKey: "communes"),
        PlacementReason(kind: .manual),
        PlacementReason(kind: .press, order: 10, precedence: 99, groupKey: "báo chí"),
        PlacementReason(kind: .callingOrder, order: 2, precedence: 3, groupKey: "a\"b\\c/d"),
    ])
    func whatPodiumWritesReadsBackTheSame(reason: PlacementReason) throws {
        let text = try JSONText.encode(reason)
        let read = try PlacementReasonText.read(text) ?? JSONDecoder().decode(PlacementReason.self, from: Data(text.utf8))
        #expect(read == reason)
    }

    @Test(arguments: [
        "{\"kind\":\"block\",\"groupKey\":\"x\",\"order\":1,\"precedence\":2}",
        "{ \"groupKey\":\"x\",\"kind\":\"block\",\"order\":1,\"precedence\":2}",
        "{\"groupKey\":\"x\",\"kind\":\"block\",\"order\":01,\"precedence\":2}",
        "{\"groupKey\":\"x\",\"kind\":\"block\",\"order\":-1,\"precedence\":2}",
        "{\"groupKey\":\"x\",\"kind\":\"nowhere\",\"order\":1,\"precedence\":2}",
        "{\"groupKey\":\"x\",\"kind\":\"block\",\"order\":1,\"precedence\":2} ",
        "",
    ])
    func anythingElseIsLeftToTheDecoder(text: String) {
        #expect(PlacementReasonText.read(text) == nil)
    }
}
