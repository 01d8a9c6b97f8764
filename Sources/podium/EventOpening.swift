import Foundation
import PodiumApp
import PodiumCore
import PodiumDemo
import PodiumStore

/// Opens the event a command works on, creating the demo on first run.
enum EventOpening {
    static func open(_ options: GlobalOptions) throws -> EventStore {
        let paths = PodiumPaths()
        let (url, isDefaultDemo) = paths.eventFile(option: options.event)
        if isDefaultDemo && !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let actor = Actor(operatorName: options.resolvedOperator, role: options.role)
            return try EventStore.create(at: url, from: try DemoEvent.make(), by: actor)
        }
        return try EventStore.open(at: url)
    }
}
