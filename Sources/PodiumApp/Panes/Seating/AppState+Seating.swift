import PodiumCore

extension AppState {
    /// Applies a seating-pane action: view changes at once, changes to the plan as a pending
    /// write for the app loop (checked here first, so a refusal reads in the user's language).
    mutating func applySeating(_ action: SeatingAction) {
        let derived = seatingDerived
        let layout = derived.layout
        let cursor = min(seatingView.cursor, max(0, layout.seats.count - 1))
        let seat = layout.seats[safe: cursor]
        let occupant = derived.occupant[safe: cursor] ?? nil
        switch action {
        case .moveCursor(let dx, let dy):
            let grid = derived.grid(seatingView.zoom)
            seatingView.cursor = grid.neighbour(of: cursor, dx: dx, dy: dy, in: layout)
        case .clickSeat(let index):
            if seatingView.picked != nil, index == cursor {
                applySeating(.pickOrDrop)
            } else {
                seatingView.cursor = index
            }
        case .pickOrDrop:
            guard let seat else { return }
            if let picked = seatingView.picked {
                seatingView.picked = nil
                guard picked != seat.label else { return }
                write(.swap(picked, seat.label))
            } else if let occupant {
                if derived.locked[cursor] {
                    notice = strings.errors.seating(.lockedSeat(seat.label, occupant: occupant.name), .terminal)
                } else {
                    seatingView.picked = seat.label
                    notice = strings.seatingPicked(seat.label, occupant.name)
                }
            } else {
                notice = strings.errors.seating(.emptySeat(seat.label), .terminal)
            }
        case .cancelPick:
            seatingView.picked = nil
        case .unassign:
            guard let seat else { return }
            write(.unassign(seat: seat.label))
        case .toggleLock:
            guard let seat else { return }
            let lock = !derived.locked[cursor]
            write(.setLocked(lock, seat: seat.label))
        case .toggleCheckIn:
            guard let occupant else {
                notice = seat.map { strings.errors.seating(.emptySeat($0.label), .terminal) }
                return
            }
            effects.append(.seating(.checkIn(delegateID: occupant.id, !occupant.checkedIn)))
        case .startSearch:
            seatingView.input = .search("")
            seatingView.searchOrigin = cursor
        case .startStandIn:
            guard let occupant else {
                notice = seat.map { strings.errors.seating(.emptySeat($0.label), .terminal) }
                return
            }
            seatingView.input = .standIn(for: occupant.id, text: "")
        case .autoAssign:
            // Place cards follow the plan: re-seating a hall that is already seated is asked first.
            let seated = event.seating.assignments.count
            if seated > 0 {
                let locked = event.seating.assignments.filter(\.locked).count
                overlay = .confirm(Confirmation(question: strings.dayOf.seatingAutoQuestion(seated, locked), effects: [.seating(.auto)]))
            } else {
                effects.append(.seating(.auto))
            }
        case .undoAutoAssign:
            effects.append(.seating(.undoAuto))
        case .zoom(let delta):
            let zooms = SeatingViewState.Zoom.allCases
            let next = max(0, min(zooms.count - 1, seatingView.zoom.rawValue + delta))
            seatingView.zoom = zooms[next]
        case .togglePanel:
            seatingView.panel = seatingView.panel == .detail ? .conflicts : .detail
        case .nextConflict:
            let seats = derived.conflicts.compactMap(\.seat).compactMap(layout.index(of:)).sorted()
            if let next = seats.first(where: { $0 > cursor }) ?? seats.first { seatingView.cursor = next }
            seatingView.panel = .conflicts
        case .inputKey(let key):
            typeIntoInput(key)
        case .hall(let action):
            applyHallEditor(action)
        }
    }

    private mutating func typeIntoInput(_ key: SeatingAction.InputKey) {
        guard let input = seatingView.input else { return }
        var text: String
        switch input {
        case .search(let current), .standIn(_, let current): text = current
        }
        switch key {
        case .escape:
            seatingView.input = nil
            if case .search = input, let origin = seatingView.searchOrigin { seatingView.cursor = origin }
            seatingView.searchOrigin = nil
            return
        case .backspace:
            if !text.isEmpty { text.removeLast() }
        case .text(let character):
            // Through the shared field: marks typed one by one compose in NFC, controls are dropped.
            var field = TextField(text)
            field.insert(String(character))
            text = field.text
        case .enter:
            seatingView.input = nil
            if case .standIn(let absentID, _) = input {
                let parts = text.split(separator: ",", maxSplits: 1).map { VietnameseText.normalize(String($0)) }
                guard let name = parts.first, !name.isEmpty else { return }
                effects.append(.seating(.standIn(for: absentID, name: name, title: parts.count > 1 ? parts[1] : "")))
            } else {
                jumpToMatch(text, reportMisses: true)
            }
            return
        }
        switch input {
        case .search:
            seatingView.input = .search(text)
            jumpToMatch(text, reportMisses: false)
        case .standIn(let absentID, _):
            seatingView.input = .standIn(for: absentID, text: text)
        }
    }

    /// Moves the cursor to the seat of the first delegate the query finds.
    private mutating func jumpToMatch(_ query: String, reportMisses: Bool) {
        defer { if reportMisses { seatingView.searchOrigin = nil } }
        let found = VietnameseText.folded(query).isEmpty ? [] : DelegateSearch.matches(query, in: event.delegates)
        if let seated = found.first(where: { seatingDerived.seatOfDelegate[$0.id] != nil }),
           let index = seatingDerived.seatOfDelegate[seated.id] {
            seatingView.cursor = index
            return
        }
        if let origin = seatingView.searchOrigin { seatingView.cursor = origin }
        if reportMisses, !VietnameseText.folded(query).isEmpty {
            notice = found.first.map { strings.seatingHasNoSeat($0.name) } ?? strings.seatingNotFound(query)
        }
    }

    /// Queues `change` for the store, which applies it to the file as it is then; applied to
    /// the plan on screen first, a refusal reads in the user's language without a round trip.
    private mutating func write(_ change: SeatingChange) {
        do {
            _ = try change.applied(to: event)
            effects.append(.seating(.edit(change)))
        } catch {
            notice = strings.errors.seating(error, .terminal)
        }
    }
}
