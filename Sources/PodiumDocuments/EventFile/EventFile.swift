import PodiumCore

/// Everything `podium export event` writes and `podium import event` reads: the event's
/// entities plus its settings rows (theme, preferences), which `EventData` does not hold.
public struct EventFile: Hashable, Sendable {
    public var data: EventData
    public var settings: [String: String]

    public init(data: EventData, settings: [String: String] = [:]) {
        self.data = data
        self.settings = settings
    }

    /// The format number written at the top of the file; a file with a larger one is refused.
    public static let formatVersion = 1
}
