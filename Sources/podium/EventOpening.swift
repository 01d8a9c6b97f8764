import Foundation
import PodiumApp
import PodiumCore
import PodiumDemo
import PodiumStore

/// Opens the event a command works on, creating the demo on first run.
enum EventOpening {
    /// `readOnly` for commands that only read: they open a snapshot that writes nothing to the
    /// file or beside it, so they work on a read-only folder or a full disk.
    static func open(_ options: GlobalOptions, readOnly: Bool = false, live: Bool = false) throws -> EventStore {
        let paths = PodiumPaths()
        let (url, isDefaultDemo) = paths.eventFile(option: options.event)
        if isDefaultDemo && !FileManager.default.fileExists(atPath: url.path) {
            // Private to the user whatever the umask: it holds the demo event and its data.
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
            )
            let actor = options.actor
            return try EventStore.create(at: url, from: try DemoEvent.make(), by: actor)
        }
        let store = try EventStore.open(at: url, readOnly: readOnly, live: live)
        // A read-only connection changes nothing whatever the role, as a viewer: everyone may.
        if !store.isReadOnly { try checkRole(options, store) }
        return store
    }

    /// Refuses the role asked for when the event's role table does not let this OS account
    /// take it (an empty table lets everyone take any role).
    static func checkRole(_ options: GlobalOptions, _ store: EventStore) throws {
        let grants = try store.roleGrants()
        guard !grants.isEmpty else { return }
        try grants.check(options.role, for: SystemAccounts.current, fileOwner: SystemAccounts.owner(of: store.path))
    }

    /// Opens the event and runs `body` with it and the command's actor; any error leaves as one
    /// readable line and a non-zero exit.
    static func withEvent(_ options: GlobalOptions, readOnly: Bool = false, _ body: (EventStore, Actor) throws -> Void) throws {
        try reportingErrors(options) {
            try body(try open(options, readOnly: readOnly), options.actor)
        }
    }
}
