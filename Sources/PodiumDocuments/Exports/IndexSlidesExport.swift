import Foundation
import PodiumCore

/// `podium export index-slides`: one self-contained HTML file for the hall's LED screen, 16:9,
/// one slide per reveal step in the same order as the MC's reveal. Arrow keys, PageUp/PageDown
/// (what a clicker sends), Space, Home and End step through; printing gives one page per slide.
public enum IndexSlidesExport {
    public static func html(_ input: ExportInput) -> String {
        let vi = !input.english
        let ranking = IndexRanking(input.data.index)
        let scheme = ranking.scheme
        let steps = IndexRevealStep.order(ranking)
        func number(_ value: Double) -> String { IndexRankingExport.number(value, vi) }
        var slides = ["""
            <section class="slide title"><h1>\(DocumentText.html(vi ? "CÔNG BỐ" : "ANNOUNCING"))</h1><h2>\(DocumentText.html(scheme.title.isEmpty ? input.data.info.title : scheme.title))</h2><p>\(DocumentText.html(input.data.info.title))</p></section>
            """]
        for (index, step) in steps.enumerated() {
            let revealed = steps.prefix(index + 1).filter { $0.group.key == step.group.key }.flatMap(\.units).sorted { $0.rank < $1.rank }
            let low = IndexRanking.chartFloor(ranking.units(in: step.group.key).map(\.percent))
            var headline: String
            switch step.kind {
            case .place(let rank):
                let names = step.units.map { "<div class=\"name\">\(DocumentText.html($0.unit))</div>" }.joined()
                let points = step.units.first.map { "\(vi ? $0.total.vietnamese : $0.total.text) \(vi ? "điểm" : "points") · \(number($0.percent)) %" } ?? ""
                headline = "<div class=\"place\">\(rank)</div>\(names)<div class=\"points\">\(points)</div>"
            case .tier, .rest:
                headline = "<div class=\"sentence\">\(DocumentText.html(IndexRevealScript.sentence(step, scheme: scheme)))</div>"
            }
            let barHeight = 34, gap = 6, labelWidth = 560, barWidth = 900
            let rows = revealed.prefix(16)
            let height = rows.count * (barHeight + gap)
            var chart = "<svg class=\"chart\" viewBox=\"0 0 \(labelWidth + barWidth + 140) \(max(1, height))\" role=\"img\">"
            for (line, unit) in rows.enumerated() {
                let y = line * (barHeight + gap)
                let fraction = max(0, min(1, (unit.percent - low) / (100 - low)))
                chart += "<text x=\"0\" y=\"\(y + 26)\" font-size=\"26\">\(unit.rank). \(DocumentText.html(unit.unit))</text>"
                chart += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(Int(fraction * Double(barWidth)))\" height=\"\(barHeight)\" fill=\"\(IndexRankingExport.colour(unit.tier))\"/>"
                chart += "<text x=\"\(labelWidth + Int(fraction * Double(barWidth)) + 10)\" y=\"\(y + 26)\" font-size=\"26\">\(IndexRankingExport.number(unit.total.value, vi))</text>"
            }
            chart += "</svg>"
            slides.append("""
                <section class="slide"><header>\(DocumentText.html(scheme.title)) · \(DocumentText.html(step.group.name))</header><div class="head">\(headline)</div>\(chart)<footer>\(index + 1)/\(steps.count)</footer></section>
                """)
        }
        return HTMLPage.render(title: scheme.title, language: vi ? "vi" : "en", css: """
            html, body { margin: 0; height: 100%; background: #0b2545; }
            body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; color: #fff; display: flex; align-items: center; justify-content: center; }
            .slide { display: none; box-sizing: border-box; width: min(100vw, 177.78vh); height: min(56.25vw, 100vh); padding: 3% 5%; background: #13315c; position: relative; overflow: hidden; }
            .slide.on { display: flex; flex-direction: column; }
            .slide.title { justify-content: center; text-align: center; }
            h1 { font-size: 6vh; letter-spacing: .1em; margin: 0; color: #ffd166; } h2 { font-size: 7vh; margin: 2vh 0; line-height: 1.25; } .title p { font-size: 3vh; }
            header { font-size: 2.6vh; color: #ffd166; }
            .head { text-align: center; margin: 1.5vh 0; }
            .place { font-size: 14vh; font-weight: 700; line-height: 1; color: #ffd166; }
            .name { font-size: 6vh; font-weight: 700; line-height: 1.25; }
            .points { font-size: 3.6vh; } .sentence { font-size: 3.4vh; line-height: 1.4; text-align: left; }
            .chart { flex: 1; width: 100%; min-height: 0; fill: #fff; }
            footer { position: absolute; right: 3%; bottom: 2%; font-size: 2vh; color: #9fb3c8; }
            @media print {
              @page { size: 1600px 900px; margin: 0; }
              html, body { display: block; height: auto; background: #13315c; }
              .slide, .slide.on { display: flex; flex-direction: column; width: 1600px; height: 900px; page-break-after: always; break-after: page; }
              h1 { font-size: 54px; } h2 { font-size: 63px; } header { font-size: 24px; } .place { font-size: 126px; } .name { font-size: 54px; }
              .points { font-size: 32px; } .sentence { font-size: 30px; } footer { font-size: 18px; } .title p { font-size: 27px; }
            }
            """, body: """
            \(slides.joined(separator: "\n"))
            """, script: """
            (function () {
              var slides = document.querySelectorAll('.slide'), at = 0;
              function show(n) { at = Math.max(0, Math.min(slides.length - 1, n)); slides.forEach(function (s, i) { s.classList.toggle('on', i === at); }); if (location.hash !== '#' + (at + 1)) history.replaceState(null, '', '#' + (at + 1)); }
              document.addEventListener('keydown', function (e) {
                if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n'].indexOf(e.key) >= 0) { show(at + 1); e.preventDefault(); }
                else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p'].indexOf(e.key) >= 0) { show(at - 1); e.preventDefault(); }
                else if (e.key === 'Home') show(0); else if (e.key === 'End') show(slides.length - 1);
              });
              document.addEventListener('click', function () { show(at + 1); });
              show((parseInt(location.hash.slice(1), 10) || 1) - 1);
            })();
            """, viewport: true)
    }
}
