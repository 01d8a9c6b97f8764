extension AppState {
    /// The selected row of each pane, as a restarted terminal should find it: the hall's seat
    /// under the cursor stands for the seating pane's row (it has no list of its own).
    public var place: [Pane: Int] {
        var rows = selection
        rows[.seating] = seatingView.cursor
        return rows
    }

    /// Puts back a place a killed terminal left (`place`); a seat the hall no longer has is
    /// left to the first one.
    public mutating func restore(pane: Pane, rows: [Pane: Int]) {
        self.pane = pane
        var rows = rows
        if let seat = rows.removeValue(forKey: .seating), seatingDerived.layout.seats.indices.contains(seat) {
            seatingView.cursor = seat
        }
        selection = rows
    }
}
