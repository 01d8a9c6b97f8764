/// Who may change what in the award ceremony.
public enum AwardPermissions {
    /// Ticking recipients and calling the next batch is part of running the show.
    public static func canRunCeremony(_ role: Role) -> Bool { role.canDriveShow }
    /// Sở Nội vụ prepares the commendation dossier and the ceremony script (the organisers).
    public static func canEditPlan(_ role: Role) -> Bool { role == .organizer }
    /// Protocol staff at the door know who came; organisers may correct it.
    public static func canMarkAttendance(_ role: Role) -> Bool { role == .organizer || role == .protocol }
}
