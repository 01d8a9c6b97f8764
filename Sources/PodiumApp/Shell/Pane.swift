/// The panes of the main screen, in the order of their number keys.
public enum Pane: Int, CaseIterable, Sendable {
    case agenda = 1, seating, speakers, awards, checklist, index

    public var next: Pane { Pane(rawValue: rawValue % Pane.allCases.count + 1) ?? .agenda }
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 2) % Pane.allCases.count + 1) ?? .agenda }
}
