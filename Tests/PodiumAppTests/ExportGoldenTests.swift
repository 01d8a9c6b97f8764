import Foundation
import PodiumCore
import PodiumDemo
import PodiumDocuments
import Testing

/// Every printed or projected document of the export registry, in every format, for the demo
/// event at a fixed moment: what a print shop or the hall screen receives is reviewed as code
/// when it changes. The event file itself is pinned by its round-trip tests instead.
@Suite struct ExportGoldenTests {
    static let moment = Date(timeIntervalSince1970: 1_774_490_400) // 2026-03-26 09:00 in Hà Nội
    /// The documents whose words follow the interface's language; the others are the
    /// organiser's Vietnamese papers whatever the language of the terminal.
    static let bilingual: Set<String> = ["awards", "awards-script", "checklist", "index-ranking", "index-slides"]

    @Test(arguments: [false, true]) func everyDocumentInEveryFormat(english: Bool) throws {
        let input = ExportInput(
            data: try DemoEvent.make(), now: Self.moment, timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh"), english: english
        )
        for exporter in ExportRegistry.standard.exporters where exporter.kind != "event" && (!english || Self.bilingual.contains(exporter.kind)) {
            for format in exporter.formats {
                let text = try ExportRegistry.standard.render(exporter.kind, format: format, input: input)
                // A byte-order mark would be dropped by reading the golden file back: it is written as a word.
                let lines = text.replacingOccurrences(of: "\u{FEFF}", with: "<BOM>").components(separatedBy: "\n")
                try Golden.check(lines, named: "export-\(exporter.kind).\(format.fileExtension)-\(english ? "en" : "vi")")
            }
        }
    }
}
