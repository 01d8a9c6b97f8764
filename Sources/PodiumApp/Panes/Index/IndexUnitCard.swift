import PodiumCore
import TermCore

/// The selected unit's card: its place, points, tier and change, then each field against its
/// maximum and the group's average, with a bar of the sub-index and the heat map's shade.
enum IndexUnitCard {
    static func render(_ unit: IndexRankedUnit, state: AppState, into canvas: inout PaneCanvas, rect: Rect) {
        let strings = state.strings.index
        let vi = state.language == .vi
        let ranking = state.indexDerived.ranking
        let scheme = ranking.scheme
        canvas.buffer.fill(rect, style: canvas.theme.style(.uiText))
        let inner = canvas.buffer.drawBox(in: rect, title: unit.unit, style: canvas.theme.style(.uiBorder), titleStyle: canvas.theme.style(.uiTitle))
        guard inner.height >= 4, inner.width >= 20 else { return }
        let x = inner.x + 1
        let width = inner.width - 2
        let summary = ranking.summary(of: unit.groupKey)
        let groupName = scheme.group(unit.groupKey)?.name ?? unit.groupKey
        let tier = scheme.tiers.indices.contains(unit.tier) ? scheme.tiers[unit.tier].name : ""
        var y = inner.y
        canvas.text(strings.cardRank(unit.rank, summary?.count ?? 0, groupName), x: x, y: y, maxWidth: width, style: .uiTitle)
        y += 1
        canvas.text("\(IndexBars.points(unit.total, vietnamese: vi))/\(IndexBars.points(scheme.maximum, vietnamese: vi)) · \(IndexBars.number(unit.percent, vietnamese: vi)) % · \(tier)",
                    x: x, y: y, maxWidth: width, style: .indexTier(unit.tier))
        y += 1
        canvas.text(strings.cardChange(unit.rankChange, unit.lastYearRank, unit.scoreChange.map { IndexBars.signed($0, vietnamese: vi) }),
                    x: x, y: y, maxWidth: width, style: IndexPaneView.changeStyle(unit.rankChange))
        y += 1
        if let best = unit.bestField, let worst = unit.worstField, scheme.fields.indices.contains(best), scheme.fields.indices.contains(worst) {
            canvas.text(strings.cardBestWorst(scheme.fields[best].name, scheme.fields[worst].name), x: x, y: y, maxWidth: width, style: .uiDim)
            y += 1
        }
        y += 1
        // Field lines: name, points/max, bar of the sub-index, the group's average.
        let numbers = 13
        let average = 8
        let barWidth = max(4, min(12, width / 6))
        let nameWidth = max(6, width - numbers - barWidth - average - 5)
        if y < inner.maxY {
            let header = TextWidth.pad(strings.cardFields, toWidth: nameWidth) + " " + TextWidth.pad("", toWidth: numbers) + " "
                + TextWidth.pad("", toWidth: barWidth + 2) + " " + TextWidth.pad(strings.cardGroupAverage, toWidth: average, alignment: .right)
            canvas.text(header, x: x, y: y, maxWidth: width, style: .uiDim)
            y += 1
        }
        for (index, field) in scheme.fields.enumerated() where y < inner.maxY && index < unit.result.final.count {
            let points = unit.result.final[index]
            let shade = scheme.tier(of: points, maximum: field.maximum)
            let name = TextWidth.pad(TextWidth.truncate("\(index + 1). \(field.name)", toWidth: nameWidth), toWidth: nameWidth)
            let value = TextWidth.pad("\(IndexBars.points(points, vietnamese: vi))/\((vi ? field.maximum.vietnamese : field.maximum.text))", toWidth: numbers, alignment: .right)
            let groupAverage = summary.map { IndexBars.number($0.fieldAverages[index], vietnamese: vi) } ?? ""
            canvas.text(name + " " + value, x: x, y: y, maxWidth: width, style: .uiText)
            let barX = x + nameWidth + numbers + 2
            canvas.text(String(IndexBars.shade(shade)) + " " + IndexBars.bar(unit.fieldPercent(index), width: barWidth), x: barX, y: y, maxWidth: barWidth + 2, style: .indexTier(shade))
            canvas.text(TextWidth.pad(groupAverage, toWidth: average, alignment: .right), x: barX + barWidth + 3, y: y, maxWidth: average, style: .uiDim)
            y += 1
        }
    }
}
