import Foundation
import PodiumCore
import PodiumDemo
import Testing
@testable import PodiumDocuments

/// The index documents: rankings as CSV, Markdown and printable HTML with SVG, and the slides
/// as one offline file with one slide per reveal step.
@Suite struct IndexExportTests {
    static func render(_ kind: String, _ format: ExportFormat, english: Bool = false) throws -> String {
        try ExportRegistry.standard.render(kind, format: format, input: ExportInput(data: try DemoEvent.make(), english: english))
    }

    @Test func csvHasEveryUnitAndFieldWithPointDecimals() throws {
        let lines = try Self.render("index-ranking", .csv).split(separator: "\r\n").map(String.init)
        #expect(lines.count == 116)
        #expect(lines[0].hasPrefix("\u{FEFF}Khối,Hạng,Đơn vị,Tổng điểm"))
        #expect(lines[1] == "\"Sở, ban, ngành\",1,Văn phòng UBND tỉnh,96.71,96.71,Nhóm A,0,4.18,1,9.31,10,12.5,8,13.55,7.35,14,22")
    }

    @Test func markdownTablesPerGroup() throws {
        let text = try Self.render("index-ranking", .markdown)
        #expect(text.contains("## Sở, ban, ngành") && text.contains("## Xã, phường"))
        #expect(text.contains("| 2 | Sở Nội vụ | 90,38 | 90,38 | Nhóm A | ▲1 |"))
        #expect(try Self.render("index-ranking", .markdown, english: true).contains("| 2 | Sở Nội vụ | 90.38 | 90.38 | Nhóm A | ▲1 |"))
    }

    @Test func htmlPrintsOnA4LandscapeWithBarsAndTheHeatMap() throws {
        let html = try Self.render("index-ranking", .html)
        #expect(html.contains("@page { size: A4 landscape"))
        #expect(html.components(separatedBy: "<svg width=\"200\"").count - 1 == 115)
        #expect(html.components(separatedBy: "<svg class=\"heat\"").count - 1 == 2)
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test func slidesFollowTheRevealOrderOffline() throws {
        let demo = try DemoEvent.make()
        let html = try Self.render("index-slides", .html)
        let steps = IndexRevealStep.order(IndexRanking(demo.index))
        #expect(html.components(separatedBy: "<section class=\"slide").count - 1 == steps.count + 1)
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<link") && !html.contains("src="))
        for key in ["ArrowRight", "ArrowLeft", "PageDown", "PageUp"] { #expect(html.contains("'\(key)'")) }
        #expect(html.contains("<html lang=\"vi\">") && html.contains("min(56.25vw, 100vh)"))
        // The last slide names the first place of the last group.
        let last = try #require(html.components(separatedBy: "<section class=\"slide\">").last)
        #expect(last.contains("<div class=\"place\">1</div>") && last.contains("Xã Lùng Cải"))
    }
}
