/// Who may change the checklist. Organisers own it; protocol staff run the hall on the day and
/// tick what they see done; the MC reads the show and a viewer only watches.
public enum ChecklistPermissions {
    public static func canChangeStatus(_ role: Role) -> Bool { role == .organizer || role == .protocol }
    public static func canEdit(_ role: Role) -> Bool { role == .organizer }
}
