/// A change to the seating plan or the hall. Decided by the seating rules (`SeatingChange`,
/// `SeatingEdit`, `HallEdit`) on the plan as the file holds it in the write's transaction.
public enum SeatingCommand: Hashable, Sendable {
    case edit(SeatingChange)
    /// Replaces the plan by auto-assignment (locked seats kept).
    case autoAssign
    /// Puts back the plan the last auto-assignment replaced, if no seat changed since.
    case undoAutoAssign
    case rankTable(RankTable)
    case settings(SeatingSettings)
    /// Delegates on seats the new hall lacks become unseated.
    case hall(Hall)

    public var capability: RoleTable.Capability? {
        switch self {
        case .edit, .autoAssign, .undoAutoAssign: .editSeating
        case .rankTable, .settings, .hall: nil
        }
    }
}
