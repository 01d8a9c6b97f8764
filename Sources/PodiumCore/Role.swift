/// Who is at this terminal; decides what they may change.
public enum Role: String, CaseIterable, Hashable, Sendable, Codable {
    case mc, `protocol`, organizer, viewer
}
