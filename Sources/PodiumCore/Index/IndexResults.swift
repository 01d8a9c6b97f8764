/// The index an event carries: its scheme and every unit's scores. Empty until results are imported.
public struct IndexResults: Hashable, Sendable, Codable {
    public var scheme: IndexScheme
    public var units: [IndexUnitResult]

    public init(scheme: IndexScheme, units: [IndexUnitResult]) {
        self.scheme = scheme
        self.units = units
    }

    public static let empty = IndexResults(
        scheme: IndexScheme(title: "", fields: [], declaredTotal: .zero, groups: []), units: []
    )

    public var isEmpty: Bool { units.isEmpty }
}
