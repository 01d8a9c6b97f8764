import Foundation
import Testing

/// The documents commands on the real binary: the event file round trip, an import refused
/// whole, and the MC script printed to PDF by a real browser (Chromium and poppler-utils are
/// installed by .ci/run).
@Suite(.serialized) struct DocumentsEndToEndTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let inCI = ProcessInfo.processInfo.environment["CI"] != nil

    @Test func eventFileRoundTripsThroughNewAndImport() throws {
        let session = try TmuxSession()
        let home = session.home.path
        #expect(try session.podium(["new", "\(home)/a.podium"]).status == 0)
        #expect(try session.podium(["export", "event", "--event", "\(home)/a.podium", "--output", "\(home)/a.yaml"]).status == 0)
        let refused = try session.podium(["export", "event", "--event", "\(home)/a.podium", "--output", "\(home)/a.yaml"])
        #expect(refused.status != 0 && refused.output.contains("--force"))
        #expect(try session.podium(["new", "\(home)/b.podium", "--from", "\(home)/a.yaml"]).status == 0)
        #expect(try session.podium(["export", "event", "--event", "\(home)/b.podium", "--output", "\(home)/b.yaml"]).status == 0)
        let first = try Data(contentsOf: URL(fileURLWithPath: "\(home)/a.yaml"))
        #expect(first == (try Data(contentsOf: URL(fileURLWithPath: "\(home)/b.yaml"))))
        #expect(String(decoding: first, as: UTF8.self).contains("title: Hội nghị công bố Chỉ số CCHC"))
    }

    @Test func aSpreadsheetWithProblemsImportsNothing() throws {
        let session = try TmuxSession()
        let home = session.home.path
        _ = try session.podium(["new", "\(home)/a.podium"])
        let csv = "STT,Họ và tên,Đơn vị,Thành phần\n1,Nguyễn Văn Mới,Báo,press\n2,,Báo,press\n3,Lò Mai,Báo,press,thừa\n"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: "\(home)/bad.csv"))
        let before = try session.podium(["info", "--json", "--event", "\(home)/a.podium"]).output
        let result = try session.podium(["import", "delegates", "\(home)/bad.csv", "--event", "\(home)/a.podium"])
        #expect(result.status != 0)
        #expect(result.output.contains("\(home)/bad.csv:3:2: ô họ tên để trống; hãy điền họ tên hoặc xoá dòng này"))
        let english = try session.podium(["import", "delegates", "\(home)/bad.csv", "--event", "\(home)/a.podium", "--lang", "en"])
        #expect(english.output.contains("\(home)/bad.csv:3:2: the name cell is empty; fill in the name or delete the row"))
        #expect(result.output.contains("\(home)/bad.csv:4:5:"))
        #expect(try session.podium(["info", "--json", "--event", "\(home)/a.podium"]).output == before)
    }

    @Test(.enabled(if: chromium != nil || inCI, "needs Chromium (installed by .ci/run)"))
    func theScriptPrintsOnA4InChromium() throws {
        let session = try TmuxSession()
        let home = session.home.path
        _ = try session.podium(["new", "\(home)/a.podium"])
        #expect(try session.podium(["export", "script", "--format", "html", "--event", "\(home)/a.podium", "-o", "\(home)/script.html"]).status == 0)
        let browser = try #require(Self.chromium, "Chromium is not installed; .ci/run installs it")
        let environment = session.environment.map { "\($0.key)=\($0.value)" }
        let printed = try Spawn.run([
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(home)/chromium", "--print-to-pdf=\(home)/script.pdf", "file://\(home)/script.html",
        ], environment: environment, captureOutput: true)
        #expect(printed.status == 0, "chromium said: \(printed.output)")
        let info = try Spawn.run(["/usr/bin/env", "pdfinfo", "\(home)/script.pdf"], environment: nil, captureOutput: true).output
        #expect(info.contains("(A4)"))
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        // The demo's programme, six introductions and 41 recipients fill five to seven pages.
        #expect((4...8).contains(pages), "pdfinfo said: \(info)")
        let text = try Spawn.run(["/usr/bin/env", "pdftotext", "-layout", "\(home)/script.pdf", "-"], environment: nil, captureOutput: true).output
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        #expect(flat.contains("KỊCH BẢN DẪN CHƯƠNG TRÌNH"))
        #expect(flat.contains("Xin trân trọng kính mời đồng chí Đinh Thu Nhung, Phó Giám đốc Sở Nội vụ lên trình bày tham luận"))
        #expect(flat.contains("Quyết định số 512/QĐ-UBND"))
        #expect(flat.contains("UBND xã An Phú"))
    }
}
