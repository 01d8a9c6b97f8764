import Foundation
import PodiumCore

/// Everything the screen shows, as a value: rendering is a pure function of it.
public struct AppState: Sendable {
    public var event: EventData {
        didSet { seatingDerived = SeatingDerived(event) }
    }
    public var role: Role
    public var operatorName: String
    public var language: Language
    public var pane: Pane = .agenda
    public var now: Date
    public var sync: SyncState = .synced
    public var isReadOnly: Bool
    public var overlay: Overlay?
    /// Selected row per pane; offsets keep the selection in view between frames.
    public var selection: [Pane: Int] = [:]
    public var scrollOffset: [Pane: Int] = [:]
    /// A one-line message shown above the status bar until the next key.
    public var notice: String?
    public var shouldQuit = false
    // MARK: Seating plan
    public var seatingView = SeatingViewState()
    public private(set) var seatingDerived: SeatingDerived
    /// A seating change for the app loop to write; taken (and cleared) by the loop.
    public var pendingSeatingWrite: SeatingWrite?

    public enum Overlay: Equatable, Sendable { case help, confirmQuit }

    public init(event: EventData, role: Role, operatorName: String, language: Language, now: Date, isReadOnly: Bool) {
        self.event = event
        seatingDerived = SeatingDerived(event)
        self.role = role
        self.operatorName = operatorName
        self.language = language
        self.now = now
        self.isReadOnly = isReadOnly
        if isReadOnly {
            sync = .readOnly
            notice = language.strings.readOnlyNotice
        }
    }

    public var strings: UIStrings { language.strings }

    public func selectedRow(in pane: Pane) -> Int { selection[pane] ?? 0 }
}
