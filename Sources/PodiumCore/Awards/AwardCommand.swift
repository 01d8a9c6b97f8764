/// A change to the award plan or a step of the live ceremony. Decided by the award rules
/// (`AwardBatching`, `AwardBatchEdit`, `AwardProgress.validate`) in the write's transaction.
public enum AwardCommand: Hashable, Sendable {
    case rebuildBatches
    case editBatches(AwardBatchEdit)
    /// Attendance, stand-in or pronunciation hint.
    case updateRecipient(AwardRecipient)
    /// Adds a recipient (`id` 0) or changes what the recipient form edits.
    case saveRecipient(AwardRecipient)
    /// A recipient edited from a form opened on the journal's `basis.version`: refused if
    /// another operator changed the same fields meanwhile.
    case editRecipient(AwardRecipient, EditBasis)
    case removeRecipient(id: Int64)
    case saveDecision(AwardDecision)
    case step(AwardAction)

    public var capability: RoleTable.Capability? {
        switch self {
        case .step: .runCeremony
        case .updateRecipient: .markAttendance
        case .rebuildBatches, .editBatches, .saveRecipient, .editRecipient, .removeRecipient, .saveDecision: .editAwardPlan
        }
    }
}
