/// Something in front of the panes that takes the keys while it is open. They stack: the top
/// one gets every key and is drawn over the others, and closing it (Esc) shows the one below,
/// so the help opened over a half-typed form gives the form back as it was.
public enum Modal: Equatable, Sendable {
    case overlay(AppState.Overlay)
    case importDialog(ImportDialog)
    /// A line typed at the foot of the seating pane (search, stand-in).
    case seatingInput(SeatingViewState.Input)

    var isOverlay: Bool {
        if case .overlay = self { return true }
        return false
    }
}

extension AppState {
    /// The top modal, which gets the keys.
    public var topModal: Modal? { modals.last }

    /// The topmost overlay (help, question, form…). Setting one replaces an overlay on top or
    /// opens it over whatever else is open; setting nil closes the topmost overlay.
    public var overlay: Overlay? {
        get {
            for modal in modals.reversed() { if case .overlay(let overlay) = modal { return overlay } }
            return nil
        }
        set {
            if let newValue {
                if modals.last?.isOverlay == true { modals[modals.count - 1] = .overlay(newValue) } else { modals.append(.overlay(newValue)) }
            } else if let index = modals.lastIndex(where: \.isOverlay) {
                modals.remove(at: index)
            }
        }
    }

    /// The import dialog, when open: set in place, opened on top, or closed.
    public var importDialog: ImportDialog? {
        get {
            for modal in modals.reversed() { if case .importDialog(let dialog) = modal { return dialog } }
            return nil
        }
        set { replaceModal(newValue.map(Modal.importDialog)) { if case .importDialog = $0 { true } else { false } } }
    }

    /// The line being typed in the seating pane, when one is.
    var seatingInput: SeatingViewState.Input? {
        get {
            for modal in modals.reversed() { if case .seatingInput(let input) = modal { return input } }
            return nil
        }
        set { replaceModal(newValue.map(Modal.seatingInput)) { if case .seatingInput = $0 { true } else { false } } }
    }

    /// Puts `modal` where the topmost one of its kind is, or on top; nil removes that one.
    private mutating func replaceModal(_ modal: Modal?, ofKind isKind: (Modal) -> Bool) {
        let index = modals.lastIndex(where: isKind)
        switch (modal, index) {
        case (let modal?, let index?): modals[index] = modal
        case (let modal?, nil): modals.append(modal)
        case (nil, let index?): modals.remove(at: index)
        case (nil, nil): break
        }
    }

    /// Closes the top modal only.
    public mutating func popModal() { _ = modals.popLast() }
}
