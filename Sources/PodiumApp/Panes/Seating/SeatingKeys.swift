import PodiumCore
import TermCore

/// The seating pane's own keys; listed before the general keys so they win in that pane.
enum SeatingKeys {
    /// Why the current operator cannot change seats, or nil when they can.
    @Sendable static func editRefusal(_ state: AppState) -> String? {
        if state.isReadOnly { return state.readOnlyNotice }
        return state.role.may(.editSeating) ? nil : state.strings.seatingReadOnlyRole
    }

    static let bindings: [KeyBinding] = [
        KeyBinding(
            keys: [.up, .down, .left, .right, .char("k"), .char("j"), .char("h")], label: "←↑↓→", scope: .pane(.seating),
            command: { key in
                switch key {
                case .up, .char("k"): .seating(.moveCursor(dx: 0, dy: -1))
                case .down, .char("j"): .seating(.moveCursor(dx: 0, dy: 1))
                case .left, .char("h"): .seating(.moveCursor(dx: -1, dy: 0))
                default: .seating(.moveCursor(dx: 1, dy: 0))
                }
            },
            describe: { $0.actionSeatCursor }
        ),
        KeyBinding(
            keys: [.enter, .char(" ")], label: "Enter", scope: .pane(.seating),
            command: { _ in .seating(.pickOrDrop) }, describe: { $0.actionSeatPick }, disabledReason: editRefusal
        ),
        KeyBinding(
            keys: [.escape], label: "Esc", scope: .pane(.seating), command: { _ in .seating(.cancelPick) }, describe: { $0.actionSeatCancel }
        ),
        KeyBinding(
            keys: [.char("x"), .delete], label: "x Del", scope: .pane(.seating),
            command: { _ in .seating(.unassign) }, describe: { $0.actionSeatUnassign }, disabledReason: editRefusal
        ),
        KeyBinding(
            keys: [.char("l")], label: "l", scope: .pane(.seating),
            command: { _ in .seating(.toggleLock) }, describe: { $0.actionSeatLock }, disabledReason: editRefusal
        ),
        KeyBinding(
            keys: [.char("c")], label: "c", scope: .pane(.seating),
            command: { _ in .seating(.toggleCheckIn) }, describe: { $0.actionSeatCheckIn }, disabledReason: editRefusal
        ),
        KeyBinding(
            keys: [.char("s")], label: "s", scope: .pane(.seating),
            command: { _ in .seating(.startStandIn) }, describe: { $0.actionSeatStandIn }, disabledReason: editRefusal
        ),
        KeyBinding(
            keys: [.char("A")], label: "A", scope: .pane(.seating),
            command: { _ in .seating(.autoAssign) }, describe: { $0.actionSeatAuto }, disabledReason: editRefusal
        ).inFooter(preparing: true) { $0.seatingAuto },
        KeyBinding(
            keys: [.char("U")], label: "U", scope: .pane(.seating),
            command: { _ in .seating(.undoAutoAssign) }, describe: { $0.dayOf.actionSeatUndoAuto }, disabledReason: editRefusal
        ),
        KeyBinding(
            keys: [.char("/")], label: "/", scope: .pane(.seating), command: { _ in .seating(.startSearch) }, describe: { $0.actionSeatSearch }
        ),
        KeyBinding(
            keys: [.char("+"), .char("="), .char("-")], label: "+ -", scope: .pane(.seating),
            command: { key in .seating(.zoom(by: key == .char("-") ? -1 : 1)) }, describe: { $0.actionSeatZoom }
        ),
        KeyBinding(
            keys: [.char("v")], label: "v", scope: .pane(.seating), command: { _ in .seating(.togglePanel) }, describe: { $0.actionSeatPanel }
        ),
        KeyBinding(
            keys: [.char("n")], label: "n", scope: .pane(.seating), command: { _ in .seating(.nextConflict) }, describe: { $0.actionSeatNextConflict }
        ),
    ] + hallEditorBindings

    /// Why the hall editor's keys do nothing now: the role or file, or the editor is closed.
    @Sendable static func hallEditRefusal(_ state: AppState) -> String? {
        editRefusal(state) ?? (state.seatingView.editingHall ? nil : state.strings.hallEditorClosed)
    }

    static let hallEditorBindings: [KeyBinding] = [
        KeyBinding(
            keys: [.char("H")], label: "H", scope: .pane(.seating),
            command: { _ in .seating(.hall(.toggle)) }, describe: { $0.actionHallEditor }, disabledReason: editRefusal
        ).inFooter(preparing: true) { $0.seatingHall },
        KeyBinding(
            keys: [.char("p")], label: "p", scope: .pane(.seating),
            command: { _ in .seating(.hall(.editPresidium)) }, describe: { $0.actionHallPresidium }, disabledReason: hallEditRefusal
        ),
        KeyBinding(
            keys: [.char("a")], label: "a", scope: .pane(.seating),
            command: { _ in .seating(.hall(.addSection)) }, describe: { $0.actionHallAddSection }, disabledReason: hallEditRefusal
        ),
        KeyBinding(
            keys: [.char("D")], label: "D", scope: .pane(.seating),
            command: { _ in .seating(.hall(.removeSection)) }, describe: { $0.actionHallRemoveSection }, disabledReason: hallEditRefusal
        ),
        KeyBinding(
            keys: [.char("r"), .char("R")], label: "r R", scope: .pane(.seating),
            command: { key in .seating(.hall(.changeRows(key == .char("R") ? -1 : 1))) }, describe: { $0.actionHallRows },
            disabledReason: hallEditRefusal
        ),
        KeyBinding(
            keys: [.char("e"), .char("E")], label: "e E", scope: .pane(.seating),
            command: { key in .seating(.hall(.changeSeats(key == .char("E") ? -1 : 1))) }, describe: { $0.actionHallSeats },
            disabledReason: hallEditRefusal
        ),
        KeyBinding(
            keys: [.char("u")], label: "u", scope: .pane(.seating),
            command: { _ in .seating(.hall(.toggleUsable)) }, describe: { $0.actionHallUnusable }, disabledReason: hallEditRefusal
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
