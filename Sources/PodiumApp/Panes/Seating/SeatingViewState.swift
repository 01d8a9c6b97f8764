import PodiumCore

/// What the seating pane remembers between keys: the cursor seat, the zoom, a seat picked
/// up for a move, and a line being typed (search or stand-in).
public struct SeatingViewState: Equatable, Sendable {
    public enum Zoom: Int, CaseIterable, Sendable {
        /// One column per seat: a dot coloured by group.
        case dots
        /// The occupant's initials.
        case initials
        /// The seat's label.
        case labels
    }

    public enum Panel: Equatable, Sendable { case detail, conflicts }

    public enum Input: Equatable, Sendable {
        case search(String)
        /// A stand-in for the delegate with this id: "Họ tên, chức vụ".
        case standIn(for: Int64, text: String)
    }

    /// Index into the hall layout's seats.
    public var cursor = 0
    public var zoom = Zoom.dots
    public var panel = Panel.detail
    /// The seat whose occupant is being moved; Enter on another seat moves or swaps.
    public var picked: String?
    /// The line being typed, as `AppState.seatingView` reads it from the modal stack.
    public var input: Input?
    /// Where the cursor was when a search began: Esc, or a query that finds nobody, returns
    /// there, so a following key never acts on a seat the search only passed through.
    public var searchOrigin: Int?
    /// Whether the hall editor's keys are live (toggled with H).
    public var editingHall = false

    public init() {}
}

/// A key or click in the seating pane.
public enum SeatingAction: Hashable, Sendable {
    case moveCursor(dx: Int, dy: Int)
    case clickSeat(Int)
    case pickOrDrop
    case cancelPick
    case unassign
    case toggleLock
    case toggleCheckIn
    case startSearch
    case startStandIn
    case autoAssign
    case undoAutoAssign
    case zoom(by: Int)
    case togglePanel
    case nextConflict
    case inputKey(InputKey)
    case hall(HallEditorAction)

    public enum InputKey: Hashable, Sendable { case text(Character), backspace, enter, escape }
}

/// A change the app loop writes to the event store after a seating action.
public enum SeatingWrite: Hashable, Sendable {
    /// A hand edit of the plan, the same value `podium seat` writes.
    case edit(SeatingChange)
    case checkIn(delegateID: Int64, Bool)
    case auto
    /// Puts back the plan the last auto-assignment replaced.
    case undoAuto
    case standIn(for: Int64, name: String, title: String)
}
