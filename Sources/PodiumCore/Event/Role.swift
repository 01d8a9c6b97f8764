/// Who is at this terminal; `RoleTable` says what they may change.
public enum Role: String, CaseIterable, Hashable, Sendable, Codable {
    case mc, `protocol`, organizer, viewer
}
