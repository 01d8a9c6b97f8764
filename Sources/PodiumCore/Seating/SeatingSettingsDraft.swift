/// The seating settings as typed in the form or on the command line: where "right" is seen
/// from, how an even row is centred, and how many rows the leaders keep. Empty keeps a value.
public struct SeatingSettingsDraft: Hashable, Sendable {
    public var viewpoint: String
    public var evenCentring: String
    public var leaderRows: String

    public enum Problem: Error, Hashable, Sendable {
        case badViewpoint(String)
        case badEvenCentring(String)
        case badLeaderRows(String)
    }

    public init(viewpoint: String = "", evenCentring: String = "", leaderRows: String = "") {
        self.viewpoint = viewpoint
        self.evenCentring = evenCentring
        self.leaderRows = leaderRows
    }

    public func settings(base: SeatingSettings) throws(Problem) -> SeatingSettings {
        var settings = base
        let view = VietnameseText.folded(viewpoint)
        switch view {
        case "": break
        case "stage", "san khau": settings.viewpoint = .stage
        case "audience", "khan gia": settings.viewpoint = .audience
        default: throw .badViewpoint(viewpoint.trimmingSpaces)
        }
        switch VietnameseText.folded(evenCentring) {
        case "": break
        case "2", "withnumbertwo", "with-number-two": settings.evenCentring = .withNumberTwo
        case "3", "withnumberthree", "with-number-three": settings.evenCentring = .withNumberThree
        default: throw .badEvenCentring(evenCentring.trimmingSpaces)
        }
        let rows = leaderRows.trimmingSpaces
        if !rows.isEmpty {
            guard let count = Int(rows), (0...20).contains(count) else { throw .badLeaderRows(rows) }
            settings.leaderRows = count
        }
        return settings
    }
}
