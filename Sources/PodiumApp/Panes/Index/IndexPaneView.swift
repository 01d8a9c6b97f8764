import PodiumCore
import TermCore

/// Pane 6: the PAR index. A ranking table of one group (rank, unit, points, %, tier, change),
/// with a bar chart in eighth blocks and a heat map of the fields beside it when there is
/// room (one of them, chosen with v, when there is not), and the selected unit's card on the
/// right at large sizes (in place of the table, with Enter, at small ones).
enum IndexPaneView {
    /// Below this width the chart column holds either the bars or the heat map.
    static let wideWidth = 120
    /// From this width on the card sits beside the table.
    static let cardWidth = 56
    static let cardBesideFrom = 170

    static func render(_ state: AppState, into canvas: inout PaneCanvas, rect: Rect) -> Int {
        let derived = state.indexDerived
        let strings = state.strings.index
        guard !derived.isEmpty, let group = state.indexGroup else {
            canvas.buffer.drawParagraph(strings.empty, in: Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: 3),
                                        style: canvas.theme.style(.uiDim))
            return 0
        }
        let vi = state.language == .vi
        let scheme = derived.ranking.scheme
        let rows = state.indexRows

        // Line 1: scheme, group, filters, sort, search.
        let tierName = state.indexView.tier.map { scheme.tiers[min($0, scheme.tiers.count - 1)].name } ?? strings.allTiers
        let sortName = [strings.columnRank, strings.columnUnit, strings.columnTotal, strings.columnTier, strings.columnChange][state.indexView.sort.rawValue]
        let allGroups = state.indexSearchesAllGroups
        var head = "\(scheme.title) · \(allGroups ? strings.allGroups : group.name) · \(tierName) · \(strings.sortLabel(sortName, state.indexView.descending))"
        if state.indexView.searching || !state.indexView.search.text.isEmpty {
            head += " · \(strings.searchLabel) \(state.indexView.search.text)" + (state.indexView.searching ? "▏" : "")
        }
        canvas.text(head, x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, style: .uiTitle)
        // Line 2: the group's figures and the reveal's progress.
        if allGroups {
            canvas.text(strings.searchMatches(rows.count), x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 2, style: .uiDim)
        } else if let summary = derived.ranking.summary(of: group.key) {
            let figures = strings.groupSummary(summary.count, IndexBars.number(summary.averageTotal, vietnamese: vi), IndexBars.number(summary.medianTotal, vietnamese: vi))
            canvas.text(figures, x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 2, style: .uiDim)
        }
        let progress = strings.revealProgress(state.indexReveal.revealed, derived.steps.count)
        let progressWidth = TextWidth.width(of: progress)
        if rect.width > progressWidth + 50 {
            canvas.text(progress, x: rect.maxX - progressWidth - 1, y: rect.y + 1, maxWidth: progressWidth, style: .uiDim)
        }

        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        let cardBeside = rect.width >= cardBesideFrom
        let tableRect = cardBeside ? Rect(x: body.x, y: body.y, width: body.width - cardWidth - 1, height: body.height) : body
        let selected = min(state.selectedRow(in: .index), max(0, rows.count - 1))
        if cardBeside || state.indexView.card, let unit = state.indexSelectedUnit {
            let cardRect = cardBeside ? Rect(x: body.maxX - cardWidth, y: body.y, width: cardWidth, height: body.height) : body
            IndexUnitCard.render(unit, state: state, into: &canvas, rect: cardRect)
            if !cardBeside { return state.scrollOffset[.index] ?? 0 }
        }
        guard !rows.isEmpty else {
            canvas.text(strings.noMatch, x: rect.x + 1, y: body.y + 1, maxWidth: rect.width - 2, style: .uiDim)
            return 0
        }
        return table(state, rows: rows, selected: selected, into: &canvas, rect: tableRect)
    }

    /// The ranking rows that fit, drawn directly so 2,500 units cost only the visible ones.
    private static func table(_ state: AppState, rows: [Int], selected: Int, into canvas: inout PaneCanvas, rect: Rect) -> Int {
        let strings = state.strings.index
        let vi = state.language == .vi
        let units = state.indexDerived.ranking.units
        let scheme = state.indexDerived.ranking.scheme
        let wide = rect.width >= wideWidth
        let showBars = wide || !state.indexView.heatMap
        let showHeat = wide || state.indexView.heatMap
        let heatWidth = showHeat ? scheme.fields.count * 2 + 1 : 0
        let fixed = 4 + 1 + 6 + 1 + 6 + 1 + 6 + 1 + 5 + 1
        let unitWidth = max(12, min(36, rect.width - fixed - heatWidth - 2 - (showBars ? 20 : 0)))
        let barWidth = showBars ? max(0, rect.width - fixed - unitWidth - heatWidth - 2) : 0
        // A search across groups draws every group's bars on one axis, and names each row's group.
        let firstKey = units[rows[0]].groupKey
        let mixed = state.indexSearchesAllGroups && rows.contains { units[$0].groupKey != firstKey }
        let low = IndexBars.axisLow(mixed ? units.map(\.percent) : (state.indexDerived.groupMembers[firstKey] ?? []).map { units[$0].percent })

        // The legend of the heat map takes the last line when it is shown.
        let listHeight = rect.height - 1 - (showHeat ? 1 : 0)
        let offset = TableView.scrollOffset(selected: selected, offset: state.scrollOffset[.index] ?? 0, visibleRows: listHeight, count: rows.count)
        let columns: [(String, Int, Alignment)] = [
            (strings.columnRank, 4, .right), (strings.columnUnit, unitWidth, .left), (strings.columnTotal, 6, .right),
            (strings.columnPercent, 6, .right), (strings.columnTier, 6, .left), (strings.columnChange, 5, .right),
        ]
        var x = rect.x + 1
        for (title, width, alignment) in columns {
            canvas.text(TextWidth.pad(title, toWidth: width, alignment: alignment), x: x, y: rect.y, maxWidth: width, style: .uiTitle)
            x += width + 1
        }
        let chartX = x
        if showBars {
            let axis = "\(strings.columnBar) \(Int(low))–100%"
            canvas.text(axis, x: chartX, y: rect.y, maxWidth: barWidth, style: .uiTitle)
        }
        let heatX = chartX + barWidth + (showBars ? 1 : 0)
        if showHeat {
            let numbers = scheme.fields.indices.map { String(($0 + 1) % 10) + " " }.joined()
            canvas.text(numbers, x: heatX, y: rect.y, maxWidth: heatWidth, style: .uiTitle)
        }

        // Styles resolved once a frame, not once a cell: the heat map alone draws eight cells a row.
        let theme = canvas.theme
        let tierStyles = (0..<max(scheme.tiers.count, IndexBars.shades.count)).map { theme.style(.indexTier($0)) }
        func tierStyle(_ tier: Int) -> Style { tierStyles[min(max(0, tier), tierStyles.count - 1)] }
        let selectedStyle = theme.style(.uiSelected), textStyle = theme.style(.uiText)
        let changeStyles = [ThemeKey.uiDim: theme.style(.uiDim), ThemeKey.indexUp: theme.style(.indexUp), ThemeKey.indexDown: theme.style(.indexDown)]
        for (line, rowIndex) in (offset..<min(rows.count, offset + listHeight)).enumerated() {
            let unit = units[rows[rowIndex]]
            let y = rect.y + 1 + line
            let isSelected = rowIndex == selected
            if isSelected { canvas.buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: selectedStyle) }
            let rowStyle = isSelected ? selectedStyle : textStyle
            let tier = scheme.tiers.indices.contains(unit.tier) ? scheme.tiers[unit.tier].name : ""
            let name = mixed ? "\(unit.unit) · \(scheme.group(unit.groupKey)?.name ?? unit.groupKey)" : unit.unit
            let cells: [(String, Style)] = [
                ("\(unit.rank)", rowStyle), (TextWidth.sanitize(name), rowStyle), (IndexBars.points(unit.total, vietnamese: vi), rowStyle),
                (IndexBars.number(unit.percent, vietnamese: vi), rowStyle), (TextWidth.sanitize(tier), isSelected ? rowStyle : tierStyle(unit.tier)),
                (strings.change(unit.rankChange), isSelected ? rowStyle : changeStyles[changeStyle(unit.rankChange)] ?? rowStyle),
            ]
            var cellX = rect.x + 1
            for ((text, style), (_, width, alignment)) in zip(cells, columns) {
                canvas.buffer.put(TextWidth.pad(TextWidth.truncate(text, toWidth: width), toWidth: width, alignment: alignment), x: cellX, y: y, maxWidth: width, style: style)
                cellX += width + 1
            }
            if showBars {
                canvas.buffer.put(IndexBars.bar(unit.percent, low: low, width: barWidth), x: chartX, y: y, maxWidth: barWidth, style: tierStyle(unit.tier))
            }
            if showHeat {
                for field in scheme.fields.indices where field < unit.result.final.count {
                    let shade = scheme.tier(of: unit.result.final[field], maximum: scheme.fields[field].maximum)
                    canvas.buffer.put(String(repeating: IndexBars.shade(shade), count: 2), x: heatX + field * 2, y: y, maxWidth: 2, style: tierStyle(shade))
                }
            }
            canvas.hits.append(HitRegion(rect: Rect(x: rect.x, y: y, width: rect.width, height: 1), command: .selectRow(rowIndex)))
        }
        if showHeat {
            let names = scheme.fields.enumerated().map { "\($0.offset + 1) \($0.element.name)" }.joined(separator: " · ")
            canvas.text(strings.legend + "   " + names, x: rect.x + 1, y: rect.maxY - 1, maxWidth: rect.width - 2, style: .uiDim)
        }
        return offset
    }

    static func changeStyle(_ change: Int?) -> ThemeKey {
        guard let change, change != 0 else { return ThemeKey.uiDim }
        return change > 0 ? ThemeKey.indexUp : ThemeKey.indexDown
    }
}
