import Foundation
import PodiumCore
import PodiumDemo
import Testing
@testable import PodiumDocuments

@Suite struct ExportTests {
    func hostileEvent() throws -> EventData {
        var event = try DemoEvent.make()
        event.contributions[0].speakerName = "<script>alert(1)</script> Nguyễn \u{1B}]0;x\u{07}An"
        event.contributions[0].speakerTitle = "Giám đốc & \"Trưởng\" ban"
        event.recipients[0].name = "=HYPERLINK(\"http://x\")"
        event.recipients[1].name = "@SUM(A1)"
        event.recipients[2].unit = "+84 912, \"quoted\""
        return event
    }

    /// `podium export script -o ke-hoach.md` without --format writes Markdown, not the default.
    @Test func anOutputFilesExtensionNamesItsFormat() {
        #expect(ExportFormat(fileName: "ke-hoach.md") == .markdown)
        #expect(ExportFormat(fileName: "/tmp/So do.HTM") == .html)
        #expect(ExportFormat(fileName: "event.yml") == .yaml)
        #expect(ExportFormat(fileName: "loi-dan.txt") == .text)
        #expect(ExportFormat(fileName: "ghe.csv") == .csv)
        #expect(ExportFormat(fileName: "ke-hoach") == nil && ExportFormat(fileName: "a.docx") == nil)
    }

    @Test func htmlEscapesEveryUserStringAndLoadsNothing() throws {
        let html = try ExportRegistry.standard.render("script", format: .html, input: ExportInput(data: try hostileEvent()))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Nguyễn An, Giám đốc &amp; &quot;Trưởng&quot; ban"))
        #expect(!html.contains("\u{1B}"))
        #expect(!html.contains("http://") || html.contains("http://x&quot;"))
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("@import"))
        #expect(html.contains("size: A4 portrait"))
    }

    @Test func markdownScriptHasEveryIntroductionAndTheAwards() throws {
        let event = try DemoEvent.make()
        let markdown = try ExportRegistry.standard.render("script", format: .markdown, input: ExportInput(data: event))
        for contribution in event.contributions {
            #expect(markdown.contains(SpeakerLines.lines(for: contribution, in: .vietnamese).invitation))
        }
        #expect(markdown.contains("512/QĐ-UBND"))
        // Every award batch, as the ceremony script lays it out.
        let ceremony = AwardScript(event: event, ceremony: AwardCeremony(event: event, progress: AwardProgress()), language: .vi)
        for section in ceremony.sections { #expect(markdown.contains(section.title)) }
        let order = event.segments.sorted { $0.position < $1.position }.compactMap { markdown.range(of: "## \($0.position). ")?.lowerBound }
        #expect(order.count == event.segments.count && order == order.sorted())
        let hostile = MarkdownRenderer.render(MCScript.document(try hostileEvent()))
        #expect(hostile.contains("\\<script\\>"))
    }

    @Test func awardCSVIsInDecisionOrderAndNeutralisesFormulas() throws {
        let csv = try ExportRegistry.standard.render("awards", format: nil, input: ExportInput(data: try hostileEvent()))
        #expect(csv.hasPrefix("\u{FEFF}STT,Quyết định,Loại,\"Tên tập thể, cá nhân\""))
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(lines[1].hasPrefix("1,512/QĐ-UBND,Tập thể,\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(lines[2].hasPrefix("2,512/QĐ-UBND,Tập thể,'@SUM(A1),"))
        #expect(lines[3].contains("\"'+84 912, \"\"quoted\"\"\""))
        // What the export writes, the import reads back.
        let file = try SpreadsheetFile.read(Data(csv.utf8), fields: ImportKind.awards.fields)
        #expect(file.table.rows.count == 41)
    }

    @Test func registryRefusesUnknownKindsAndFormats() {
        #expect(throws: ExportRegistry.Failure.unknownKind("seats", known: ExportRegistry.standard.kinds)) {
            try ExportRegistry.standard.render("seats", format: nil, input: ExportInput(data: .blank(title: "x", date: CivilDate(year: 2026, month: 1, day: 1))))
        }
        #expect(throws: ExportRegistry.Failure.self) {
            try ExportRegistry.standard.render("awards", format: .html, input: ExportInput(data: .blank(title: "x", date: CivilDate(year: 2026, month: 1, day: 1))))
        }
    }
}
