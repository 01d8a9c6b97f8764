import PodiumCore
import Yams

/// The PAR index section: the scheme as short lists, then one line per unit with its points
/// in the fields' order, so the organiser can correct a score in any text editor.
extension EventYAMLWriter {
    static func index(_ results: IndexResults) -> Node {
        let scheme = results.scheme
        return mapping([
            ("title", string(scheme.title)),
            ("total", points(scheme.declaredTotal)),
            ("reveal", string(scheme.reveal.rawValue)),
            ("fields", list(scheme.fields.map { mapping([("name", string($0.name)), ("max", points($0.maximum))], flow: true) })),
            ("tiers", list(scheme.tiers.map { mapping([("name", string($0.name)), ("min_percent", int($0.minimumPercent))], flow: true) })),
            ("groups", list(scheme.groups.map { mapping([("key", string($0.key)), ("name", string($0.name))], flow: true) })),
            ("units", list(results.units.map(unit))),
        ])
    }

    private static func unit(_ unit: IndexUnitResult) -> Node {
        var pairs: [(String, Node)] = [
            ("unit", string(unit.unit)), ("group", string(unit.groupKey)), ("final", pointList(unit.final)),
        ]
        if let selfAssessed = unit.selfAssessed { pairs.append(("self_assessed", pointList(selfAssessed))) }
        if let appraised = unit.appraised { pairs.append(("appraised", pointList(appraised))) }
        pairs.append(("last_total", unit.lastYearTotal.map(points) ?? null))
        pairs.append(("last_rank", unit.lastYearRank.map(int) ?? null))
        return mapping(pairs, flow: true)
    }

    private static func pointList(_ values: [IndexPoints]) -> Node { list(values.map(points), flow: true) }

    static func points(_ value: IndexPoints) -> Node { Node(value.text, Tag(.float)) }
}
