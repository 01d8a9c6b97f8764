import PodiumCore
import PodiumStore
import TermCore

/// Where a message is shown: the advice in it names what the user can do there (a key in the
/// terminal interface, a command or a flag on the command line).
public enum Interface: Sendable, CaseIterable {
    case terminal
    case commandLine

    /// The advice that fits this interface.
    func advice(key: String, flag: String) -> String { self == .terminal ? key : flag }
}

/// Every refusal and failure the store and the domain raise, as one sentence in the
/// interface's language saying what happened and what to do.
public struct ErrorStrings: Sendable {
    public var store: @Sendable (StoreError, Interface) -> String
    public var show: @Sendable (ShowError, Interface) -> String
    public var speakers: @Sendable (SpeakerQueueError, Interface) -> String
    public var awards: @Sendable (AwardError, Interface) -> String
    public var seating: @Sendable (SeatingEditError, Interface) -> String
    public var hall: @Sendable (HallEditError, Interface) -> String
    public var checklist: @Sendable (ChecklistRuleError, Interface) -> String
    public var index: @Sendable (IndexRevealError, Interface) -> String
    /// The live show's refusals of a role or of a start the checklist still holds.
    public var liveShow: @Sendable (LiveShowCommand.Refusal, Interface) -> String
    /// An edit refused because another operator changed the same record since the form opened.
    public var conflict: @Sendable (EditConflict, Interface) -> String
    public var theme: @Sendable (ThemeError) -> String
    /// A participant group's edit refused (the same words the group form shows).
    public var group: @Sendable (GroupEdit.Problem) -> String
    /// A problem in the award data, reported as a warning (not a refusal).
    public var awardProblem: @Sendable (AwardProblem, Interface) -> String
    /// A role the event's role table does not grant the account asking for it.
    public var access: AccessStrings
    /// A command the role table does not give the role.
    public var notAllowed: @Sendable (Role, RoleTable.Capability, Interface) -> String

    /// The sentence for any error: the typed ones in the interface's words, anything else
    /// (an I/O error from the system) as the system words it.
    public func message(_ error: any Error, in interface: Interface) -> String {
        switch error {
        case let error as StoreError: store(error, interface)
        case let error as Refusal: refusal(error, interface)
        case let error as ShowError: show(error, interface)
        case let error as SpeakerQueueError: speakers(error, interface)
        case let error as AwardError: awards(error, interface)
        case let error as SeatingEditError: seating(error, interface)
        case let error as HallEditError: hall(error, interface)
        case let error as ChecklistRuleError: checklist(error, interface)
        case let error as IndexRevealError: index(error, interface)
        case let error as LiveShowCommand.Refusal: liveShow(error, interface)
        case let error as ThemeError: theme(error)
        case let error as RoleClaimRefusal: access.refusal(error)
        default: String(describing: error)
        }
    }

    public func refusal(_ refusal: Refusal, _ interface: Interface) -> String {
        switch refusal {
        case .show(let error): show(error, interface)
        case .speakers(let error): speakers(error, interface)
        case .awards(let error): awards(error, interface)
        case .seating(let error): seating(error, interface)
        case .hall(let error): hall(error, interface)
        case .checklist(let error): checklist(error, interface)
        case .index(let error): index(error, interface)
        case .liveShow(let error): liveShow(error, interface)
        case .conflict(let conflict): self.conflict(conflict, interface)
        case .group(let problem): group(problem)
        case .notAllowed(let role, let capability): notAllowed(role, capability, interface)
        }
    }
}

extension ErrorStrings {
    /// The command that lists the ids of a kind of record.
    static func listCommand(_ kind: RecordKind) -> String {
        switch kind {
        case .segment: "`podium show status --json`"
        case .checklistItem: "`podium check list`"
        case .delegate: "`podium seat list --json`"
        case .awardRecipient: "`podium awards batches`"
        case .contribution: "`podium speakers list`"
        }
    }

    static func place(_ file: String, _ line: Int?) -> String {
        line.map { "\(file):\($0)" } ?? file
    }
}

extension UIStrings {
    /// The sentence for any error, including the problems of the edit forms (a checklist item,
    /// a segment, the event's details), which read the same in both interfaces.
    public func errorMessage(_ error: any Error, in interface: Interface) -> String {
        switch error {
        case let problem as ChecklistDraft.Problem: checklistProblem(problem)
        case let problem as AgendaProblem: agendaProblem(problem)
        case let problem as EventInfoDraft.Problem: eventDetails.problem(problem)
        default: errors.message(error, in: interface)
        }
    }
}
