/// A change to the event's details or to one of its settings.
public enum EventInfoCommand: Hashable, Sendable {
    case info(EventInfo)
    case setting(key: String, value: String)
}
