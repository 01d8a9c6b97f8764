import PodiumCore
import TermCore

/// The seating pane's own keys; listed before the general keys so they win in that pane.
enum SeatingKeys {
    static let pane: Set<Pane> = [.seating]

    /// Why the current operator cannot change seats, or nil when they can.
    @Sendable static func editRefusal(_ state: AppState) -> String? {
        if state.isReadOnly { return state.strings.readOnlyNotice }
        return state.role.canEditSeating ? nil : state.strings.seatingReadOnlyRole
    }

    static let bindings: [KeyBinding] = [
        KeyBinding(
            keys: [.up, .down, .left, .right, .char("k"), .char("j"), .char("h")], label: "←↑↓→",
            command: { key in
                switch key {
                case .up, .char("k"): .seating(.moveCursor(dx: 0, dy: -1))
                case .down, .char("j"): .seating(.moveCursor(dx: 0, dy: 1))
                case .left, .char("h"): .seating(.moveCursor(dx: -1, dy: 0))
                default: .seating(.moveCursor(dx: 1, dy: 0))
                }
            },
            describe: { $0.actionSeatCursor }, panes: pane
        ),
        KeyBinding(
            keys: [.enter, .char(" ")], label: "Enter",
            command: { _ in .seating(.pickOrDrop) }, describe: { $0.actionSeatPick }, disabledReason: editRefusal, panes: pane
        ),
        KeyBinding(
            keys: [.escape], label: "Esc", command: { _ in .seating(.cancelPick) }, describe: { $0.actionSeatCancel }, panes: pane
        ),
        KeyBinding(
            keys: [.char("x"), .delete], label: "x Del",
            command: { _ in .seating(.unassign) }, describe: { $0.actionSeatUnassign }, disabledReason: editRefusal, panes: pane
        ),
        KeyBinding(
            keys: [.char("l")], label: "l",
            command: { _ in .seating(.toggleLock) }, describe: { $0.actionSeatLock }, disabledReason: editRefusal, panes: pane
        ),
        KeyBinding(
            keys: [.char("c")], label: "c",
            command: { _ in .seating(.toggleCheckIn) }, describe: { $0.actionSeatCheckIn }, disabledReason: editRefusal, panes: pane
        ),
        KeyBinding(
            keys: [.char("s")], label: "s",
            command: { _ in .seating(.startStandIn) }, describe: { $0.actionSeatStandIn }, disabledReason: editRefusal, panes: pane
        ),
        KeyBinding(
            keys: [.char("A")], label: "A",
            command: { _ in .seating(.autoAssign) }, describe: { $0.actionSeatAuto }, disabledReason: editRefusal, panes: pane
        ),
        KeyBinding(
            keys: [.char("/")], label: "/", command: { _ in .seating(.startSearch) }, describe: { $0.actionSeatSearch }, panes: pane
        ),
        KeyBinding(
            keys: [.char("+"), .char("="), .char("-")], label: "+ -",
            command: { key in .seating(.zoom(by: key == .char("-") ? -1 : 1)) }, describe: { $0.actionSeatZoom }, panes: pane
        ),
        KeyBinding(
            keys: [.char("v")], label: "v", command: { _ in .seating(.togglePanel) }, describe: { $0.actionSeatPanel }, panes: pane
        ),
        KeyBinding(
            keys: [.char("n")], label: "n", command: { _ in .seating(.nextConflict) }, describe: { $0.actionSeatNextConflict }, panes: pane
        ),
    ]
}

extension SeatingAction.InputKey {
    /// The key as typed into the pane's input line, or nil for keys the line ignores.
    init?(_ key: Key) {
        switch key {
        case .char(let character): self = .text(character)
        case .backspace, .ctrl("h"): self = .backspace
        case .enter: self = .enter
        case .escape: self = .escape
        default: return nil
        }
    }
}
