/// Which role may do what: the one table the TUI (to say why a key does nothing) and the
/// command line (to refuse a subcommand) both read.
public enum RoleTable {
    /// A kind of change a terminal may make.
    public enum Capability: Hashable, Sendable, CaseIterable {
        /// The live show: start, next, hold, messages… The MC drives it; organisers may stand in.
        case driveShow
        /// Ticking recipients and calling batches is part of running the show.
        case runCeremony
        /// Protocol staff (Văn phòng UBND tỉnh) own the seating plan.
        case editSeating
        /// Everyone but a viewer may change the speaker queue.
        case editSpeakers
        /// Sở Nội vụ prepares the commendation dossier and the ceremony script (the organisers).
        case editAwardPlan
        /// Protocol staff at the door know who came; organisers may correct it.
        case markAttendance
        /// Organisers own the checklist; protocol staff tick what they see done on the day.
        case changeChecklistStatus
        case editChecklist
    }

    /// The roles allowed each capability.
    public static func roles(for capability: Capability) -> Set<Role> {
        switch capability {
        case .driveShow, .runCeremony: [.mc, .organizer]
        case .editSeating: [.protocol]
        case .editSpeakers: [.mc, .protocol, .organizer]
        case .editAwardPlan, .editChecklist: [.organizer]
        case .markAttendance, .changeChecklistStatus: [.organizer, .protocol]
        }
    }

    public static func allows(_ role: Role, _ capability: Capability) -> Bool {
        roles(for: capability).contains(role)
    }
}

extension Role {
    /// Whether the role table lets this role make `capability`'s changes.
    public func may(_ capability: RoleTable.Capability) -> Bool { RoleTable.allows(self, capability) }
}
