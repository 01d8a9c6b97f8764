import PodiumCore
import TermCore

/// The stage during the announcement: what the reveal has shown of the current group, the
/// latest step in large type (its place in big digits, the names in bold), and a bar chart
/// of everyone revealed so far in that group, best placed first.
enum IndexRevealStageView {
    /// True when the stage should show the reveal: the announcement segment runs and the event holds results.
    static func applies(_ state: AppState, status: ShowStatus) -> Bool {
        !state.indexDerived.isEmpty && status.stage == .running && status.current?.kind == .announcement
    }

    static func render(_ state: AppState, into canvas: inout PaneCanvas, bounds: Rect) {
        let strings = state.strings.index
        let vi = state.language == .vi
        let derived = state.indexDerived
        let scheme = derived.ranking.scheme
        let width = bounds.width - 2
        func centred(_ text: String, _ y: Int, _ style: ThemeKey) {
            canvas.text(TextWidth.pad(TextWidth.truncate(text, toWidth: width), toWidth: width, alignment: .center), x: bounds.x + 1, y: y, maxWidth: width, style: style)
        }
        // "CÔNG BỐ CHỈ SỐ CCHC · Chỉ số CCHC" says it twice: the scheme's title only when it adds to the heading.
        let adds = !VietnameseText.folded(strings.revealTitle).contains(VietnameseText.folded(scheme.title))
        centred(adds ? "\(strings.revealTitle) · \(scheme.title)" : strings.revealTitle, bounds.y + 1, ThemeKey.uiTitle)
        // The MC's message to the stage keeps the bottom rows, as it does over the clock.
        var bottom = bounds.maxY - 1
        if let message = state.showStatus.message {
            let rows = min(3, max(2, bounds.height / 8))
            var style = canvas.theme.style(.stageMessage)
            if message.blink { style.modifiers.insert(.blink) }
            canvas.buffer.drawParagraph(message.text, in: Rect(x: bounds.x + 2, y: bounds.maxY - rows - 1, width: bounds.width - 4, height: rows), style: style, alignment: .center)
            bottom -= rows + 1
        }
        let revealed = Array(derived.steps.prefix(state.indexReveal.revealed))
        guard let latest = revealed.last else {
            centred(strings.revealWaiting, bounds.y + bounds.height / 2, ThemeKey.stageClock)
            return
        }
        centred(latest.group.name, bounds.y + 2, ThemeKey.uiText)

        // The latest step: a place in big digits with its names, or a list of names for a tier or the rest.
        var y = bounds.y + 4
        let bigHeight = max(3, min(10, bounds.height / 4))
        switch latest.kind {
        case .place(let rank):
            let digits = "\(rank)"
            if let scale = BigDigits.bestScale(for: digits, width: width, height: bigHeight) {
                let size = BigDigits.size(of: digits, scale: scale)
                BigDigits.render(digits, into: &canvas.buffer, rect: Rect(x: bounds.x + (bounds.width - size.width) / 2, y: y, width: size.width, height: size.height),
                                 style: canvas.theme.style(.indexReveal))
                y += size.height + 1
            }
            for unit in latest.units where y < bottom - 1 {
                centred(unit.unit.uppercased(), y, ThemeKey.indexReveal)
                y += 1
            }
            if let unit = latest.units.first {
                // The same figure as the MC's line, so the hall hears and sees one number.
                let percent = scheme.maximum == IndexPoints(hundredths: 10_000) ? nil : IndexBars.number(unit.percent, vietnamese: vi)
                centred(strings.stageScore(vi ? unit.total.vietnamese : unit.total.text, percent), y, ThemeKey.uiText)
                y += 2
            }
        case .tier, .rest:
            let sentence = IndexRevealScript.sentence(latest, scheme: scheme)
            let lines = min(4, max(2, TextWidth.wrap(sentence, width: width - 4).count))
            canvas.buffer.drawParagraph(sentence, in: Rect(x: bounds.x + 2, y: y, width: width - 2, height: lines), style: canvas.theme.style(.indexReveal), alignment: .center)
            y += lines + 1
        }

        // The chart: every unit of this group revealed so far.
        let shown = revealed.filter { $0.group.key == latest.group.key }.flatMap(\.units).sorted { $0.rank < $1.rank }
        let members = (derived.groupMembers[latest.group.key] ?? []).map { derived.ranking.units[$0].percent }
        let low = IndexBars.axisLow(members)
        let nameWidth = min(36, max(12, width / 3))
        let barX = bounds.x + 2 + 4 + 1 + nameWidth + 1 + 7
        let barWidth = max(0, bounds.maxX - barX - 2)
        for unit in shown.prefix(max(0, bottom - y)) {
            let label = TextWidth.pad("\(unit.rank)", toWidth: 4, alignment: .right) + " "
                + TextWidth.pad(TextWidth.truncate(unit.unit, toWidth: nameWidth), toWidth: nameWidth) + " "
                + TextWidth.pad(IndexBars.points(unit.total, vietnamese: vi), toWidth: 6, alignment: .right)
            canvas.text(label, x: bounds.x + 2, y: y, maxWidth: barX - bounds.x - 2, style: .uiText)
            canvas.text(IndexBars.bar(unit.percent, low: low, width: barWidth), x: barX, y: y, maxWidth: barWidth, style: .indexTier(unit.tier))
            y += 1
        }
    }
}
