/// Who is at this terminal; decides what they may change.
public enum Role: String, CaseIterable, Hashable, Sendable, Codable {
    case mc, `protocol`, organizer, viewer
}

extension Role {
    /// The MC drives the live show; organisers may stand in for the MC.
    public var canDriveShow: Bool { self == .mc || self == .organizer }

    /// Protocol staff (Văn phòng UBND tỉnh) own the seating plan; everyone else reads it.
    public var canEditSeating: Bool { self == .protocol }
}
