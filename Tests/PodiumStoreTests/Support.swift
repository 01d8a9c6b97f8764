import Foundation
import GRDB
import PodiumCore
import PodiumDemo
@testable import PodiumStore

let mc = Actor(operatorName: "minh", role: .mc)
let organizer = Actor(operatorName: "lan", role: .organizer)
let t0 = Date(timeIntervalSince1970: 1_774_486_800.123)  // 2026-03-26 01:00:00.123 UTC

/// A fresh directory under the system temp dir, removed when the test ends.
final class TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("podium-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ name: String = "event.podium") -> URL { url.appendingPathComponent(name) }

    var names: Set<String> { Set((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []) }

    func demoStore(_ name: String = "event.podium") throws -> EventStore {
        try EventStore.create(at: file(name), from: DemoEvent.make(), by: organizer, now: t0)
    }
}

func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

/// Raw GRDB access to a file, standing in for another program (or a newer Podium).
func withRawDatabase<T>(_ url: URL, _ body: (Database) throws -> T) throws -> T {
    let queue = try DatabaseQueue(path: url.path)
    defer { try? queue.close() }
    return try queue.writeWithoutTransaction(body)
}
