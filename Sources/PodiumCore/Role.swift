/// Who is at this terminal; decides what they may change.
public enum Role: String, CaseIterable, Hashable, Sendable, Codable {
    case mc, `protocol`, organizer, viewer
}

extension Role {
    /// Protocol staff (Văn phòng UBND tỉnh) own the seating plan; everyone else reads it.
    public var canEditSeating: Bool { self == .protocol }
}
