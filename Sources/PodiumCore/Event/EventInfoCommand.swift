/// A change to the event's details or to one of its settings.
public enum EventInfoCommand: Hashable, Sendable {
    /// The details replaced as given (`podium event set`).
    case info(EventInfo)
    /// The details edited from a form opened on `basis`: only the fields typed over are
    /// written, and refused when another operator changed one of them meanwhile.
    case edit(EventInfo, EditBasis)
    case setting(key: String, value: String)

    /// Decides on the details as the event holds them (`context.event.info`) and, for an edit,
    /// the journal after its basis (`context.journal`).
    public func decided(_ context: CommandContext) throws(CommandRefusal) -> CommandDecision {
        let current = context.event.info
        switch self {
        case .info(let info):
            guard info != current else { return .nothing }
            return CommandDecision(
                changes: RecordChanges(updates: [.eventInfo(info)]),
                facts: [.event(.detailsChanged(FieldChanges(from: current, to: info, id: nil)))]
            )
        case .edit(let info, let basis):
            guard let merged = try basis.decided(info, current: current, record: .eventInfo, id: 0, title: current.title, context) else { return .nothing }
            return try EventInfoCommand.info(merged).decided(context)
        case .setting(let key, let value):
            return CommandDecision(changes: RecordChanges(updates: [.setting(key: key, value: value)]), facts: [.event(.settingChanged(key: key, value: value))])
        }
    }
}
