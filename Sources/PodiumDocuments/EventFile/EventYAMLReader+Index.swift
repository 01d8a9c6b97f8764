import PodiumCore
import Yams

/// Reading the PAR index section. Points are checked as the results import checks them
/// (never negative, never above the field's maximum, one per field), so an edited file
/// cannot hold results an import would have refused.
extension EventReading {
    func readIndex(_ node: Node?) -> IndexResults {
        guard let node else { return .empty }
        let fields = YAMLFields(node, what: .index, known: [
            "title", "total", "reveal", "fields", "tiers", "groups", "units",
        ], problems: problems)
        let schemeFields = fields.list("fields").map { item in
            let entry = YAMLFields(item, what: .indexField, known: ["name", "max"], problems: problems)
            return IndexField(name: entry.text("name", required: true), maximum: points(entry, "max") ?? .zero)
        }
        let tiers = fields.has("tiers") ? fields.list("tiers").map { item in
            let entry = YAMLFields(item, what: .indexTier, known: ["name", "min_percent"], problems: problems)
            return IndexTier(name: entry.text("name", required: true), minimumPercent: entry.int("min_percent", required: true, range: 0...100) ?? 0)
        } : IndexTier.defaults
        let groups = fields.list("groups").map { item in
            let entry = YAMLFields(item, what: .indexGroup, known: ["key", "name"], problems: problems)
            return IndexGroup(key: entry.text("key", required: true), name: entry.text("name", required: true))
        }
        let groupKeys = Set(groups.map(\.key))
        let declared = points(fields, "total") ?? schemeFields.map(\.maximum).sum()
        if declared != schemeFields.map(\.maximum).sum(), let totalNode = fields.node("total") {
            problems.add(totalNode, .indexMaximaTotal(sum: schemeFields.map(\.maximum).sum(), declared: declared))
        }
        var seen: Set<String> = []
        let units = fields.list("units").map { item in
            let entry = YAMLFields(item, what: .indexUnit, known: [
                "unit", "group", "final", "self_assessed", "appraised", "last_total", "last_rank",
            ], problems: problems)
            let name = entry.text("unit", required: true)
            let group = entry.text("group", required: true)
            if !groupKeys.contains(group), let groupNode = entry.node("group") {
                problems.add(groupNode, .unknownIndexGroup(group))
            }
            if !seen.insert(VietnameseText.folded(name)).inserted, let unitNode = entry.node("unit") {
                problems.add(unitNode, .indexUnitTwice(name))
            }
            return IndexUnitResult(
                unit: name, groupKey: group, final: pointList(entry, "final", schemeFields, checkMaximum: true) ?? [],
                selfAssessed: pointList(entry, "self_assessed", schemeFields, checkMaximum: false),
                appraised: pointList(entry, "appraised", schemeFields, checkMaximum: true),
                lastYearTotal: points(entry, "last_total"), lastYearRank: entry.int("last_rank", range: 1...100_000)
            )
        }
        return IndexResults(
            scheme: IndexScheme(
                title: fields.text("title"), fields: schemeFields, declaredTotal: declared, tiers: tiers, groups: groups,
                reveal: fields.choice("reveal", default: IndexRevealMode.lastToFirst)
            ),
            units: units
        )
    }

    private func points(_ fields: YAMLFields, _ key: String) -> IndexPoints? {
        guard fields.has(key), let node = fields.node(key) else { return nil }
        guard let text = node.scalar?.string, let value = IndexPoints(text: text), value >= .zero else {
            problems.add(node, .notPoints(field: key))
            return nil
        }
        return value
    }

    private func pointList(_ entry: YAMLFields, _ key: String, _ schemeFields: [IndexField], checkMaximum: Bool) -> [IndexPoints]? {
        guard entry.has(key) else {
            if key == "final" { problems.add(entry.node, .noFinalPoints) }
            return nil
        }
        let nodes = entry.list(key)
        if nodes.count != schemeFields.count, let listNode = entry.node(key) {
            problems.add(listNode, .pointsCount(field: key, count: nodes.count, fields: schemeFields.count))
        }
        return nodes.enumerated().map { index, node in
            guard let text = node.scalar?.string, let value = IndexPoints(text: text), value >= .zero else {
                problems.add(node, .entryNotPoints(field: key))
                return .zero
            }
            if checkMaximum, index < schemeFields.count, value > schemeFields[index].maximum {
                problems.add(node, .aboveIndexMaximum(points: value, maximum: schemeFields[index].maximum, field: schemeFields[index].name))
            }
            return value
        }
    }
}
