import TermCore

extension AppState {
    /// Rows the current pane lists, for clamping the selection.
    func rowCount(in pane: Pane) -> Int {
        switch pane {
        case .agenda: event.segments.count
        case .seating: event.groups.count
        case .speakers: event.contributions.count
        case .awards: event.recipients.count
        case .checklist: ChecklistPaneView.rows(for: event.checklist).count
        case .index: 0
        }
    }

    /// Turns a terminal event into a command, honouring any open overlay first.
    public func command(for event: InputEvent, frame: Frame?) -> AppCommand? {
        switch event {
        case .resize:
            return .redraw
        case .mouse(let mouse):
            switch mouse.button {
            case .scrollUp: return overlay == nil ? .moveSelection(by: -3) : nil
            case .scrollDown: return overlay == nil ? .moveSelection(by: 3) : nil
            case .left, .middle, .right:
                guard overlay == nil else { return .cancelOverlay }
                return frame?.command(atX: mouse.x, y: mouse.y)
            }
        case .key(let key):
            switch overlay {
            case .confirmQuit?:
                switch key {
                case .char("y"), .char("Y"), .char("c"), .char("C"), .enter, .char("q"): return .confirmQuit
                default: return .cancelOverlay
                }
            case .help?:
                if key == .escape || key == .char("?") || key == .function(1) || key == .char("q") { return .cancelOverlay }
                return nil
            case nil:
                if pane == .seating, seatingView.input != nil, let inputKey = SeatingAction.InputKey(key) {
                    return .seating(.inputKey(inputKey))
                }
                let (command, reason) = KeyMap.command(for: key, in: self)
                return command ?? reason.map(AppCommand.refuse)
            }
        }
    }

    /// Applies a command. `pageSize` is how many rows a page key moves.
    public mutating func apply(_ command: AppCommand, pageSize: Int = 10) {
        notice = isReadOnly ? strings.readOnlyNotice : nil
        switch command {
        case .showPane(let target): pane = target
        case .nextPane: pane = pane.next
        case .previousPane: pane = pane.previous
        case .moveSelection(let delta): select(selectedRow(in: pane) + delta)
        case .page(let pages): select(selectedRow(in: pane) + pages * pageSize)
        case .selectFirst: select(0)
        case .selectLast: select(rowCount(in: pane) - 1)
        case .selectRow(let row): select(row)
        case .toggleHelp: overlay = overlay == .help ? nil : .help
        case .requestQuit: overlay = .confirmQuit
        case .confirmQuit: shouldQuit = true
        case .cancelOverlay: overlay = nil
        case .toggleLanguage: language = language.toggled
        case .redraw: break
        case .seating(let action): applySeating(action)
        case .refuse(let reason): notice = reason
        }
    }

    private mutating func select(_ row: Int) {
        selection[pane] = max(0, min(row, rowCount(in: pane) - 1))
    }
}
