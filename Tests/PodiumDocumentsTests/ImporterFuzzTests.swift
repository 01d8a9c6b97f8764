import Foundation
import PodiumCore
import PodiumDemo
import Testing
import ZIPFoundation
@testable import PodiumDocuments

/// Property-based fuzzing of every importer: each list a spreadsheet fills in (delegates,
/// awards, speakers, checklist, index results, a revised roster) as CSV in each encoding
/// offices write and as .xlsx mutated at its XML layer, and the YAML event file. Sound files
/// are mutated at random, as text (tokens that matter to the parsers, lines dropped, doubled or
/// swapped, hostile sizes) and as bytes (flipped, overwritten, cut short), and every outcome is
/// held to the same properties:
/// - the importer returns or refuses; it never crashes (a crash ends the test run);
/// - no case takes 5 seconds of processor time;
/// - a refusal names a place: every problem has a line (and a column, when it is a cell);
/// - what an import accepts carries nothing that could control a terminal, and names carry no
///   zero-width characters.
/// `PODIUM_FUZZ_CASES` sets the cases per importer and encoding (30 in the suite; the README's
/// long run uses 3,000); `PODIUM_FUZZ_SEED` replays a run. A failing case reports its seed and
/// number.
@Suite struct ImporterFuzzTests {
    static let cases = ProcessInfo.processInfo.environment["PODIUM_FUZZ_CASES"].flatMap(Int.init).map { max(1, $0) } ?? 30
    static let seed = ProcessInfo.processInfo.environment["PODIUM_FUZZ_SEED"].flatMap(UInt64.init) ?? 17
    static let budget = Duration.seconds(5)

    /// The processor time this thread has used: a hang spins, and unlike the wall clock this
    /// does not count the time other tests and processes take the processor away.
    static func cpuTime() -> Duration {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
    }

    enum TextEncoding: String, CaseIterable, Sendable {
        case utf8, utf8BOM, utf16LE, utf16BE, windows1258
    }

    enum Target: String, CaseIterable, Sendable {
        case delegates, awards, speakers, checklist, index, revision
    }

    // MARK: CSV, every importer in every encoding

    @Test(arguments: Target.allCases, TextEncoding.allCases)
    func mutatedCSVIsImportedOrRefusedWithAPlace(target: Target, encoding: TextEncoding) throws {
        let event = try Self.event()
        let sound = Self.soundCSV(target)
        // The sound file itself imports: the mutations start from a file that reaches every layer.
        #expect(Self.outcome(target, Self.encode(sound, encoding), event).problems == nil, "the sound \(target) file is refused")
        var random = SplitMix64(seed: Self.seed &* 31 &+ Self.code(target.rawValue + encoding.rawValue))
        var slowest = (Duration.zero, "")
        for number in 0..<Self.cases {
            let caseSeed = random.next()
            var generator = SplitMix64(seed: caseSeed)
            let data = Self.mutatedCSV(sound, encoding: encoding, using: &generator)
            let label = "\(target) \(encoding) case \(number) (seed \(caseSeed), \(data.count) bytes)"
            let start = Self.cpuTime()
            let result = Self.outcome(target, data, event)
            if Self.cpuTime() - start > slowest.0 { slowest = (Self.cpuTime() - start, label) }
            Self.check(result, label)
        }
        #expect(slowest.0 < Self.budget, "the slowest case took \(slowest.0): \(slowest.1)")
    }

    // MARK: .xlsx at its XML layer

    /// The workbook's parts (sheet, shared strings, workbook, relations) mutated as XML text,
    /// then zipped soundly: the XML reader and the sheet logic see what the ZIP layer passes.
    @Test(arguments: [Target.delegates, .awards, .checklist, .index])
    func workbookWithMutatedXMLIsImportedOrRefusedWithAPlace(target: Target) throws {
        let event = try Self.event()
        let parts = Self.soundWorkbookParts(Self.soundCSV(target))
        let soundProblems = Self.outcome(target, try Self.zip(parts), event).problems
        #expect(soundProblems == nil, "the sound \(target) workbook is refused: \(soundProblems ?? [])")
        var random = SplitMix64(seed: Self.seed &* 7 &+ Self.code(target.rawValue))
        var slowest = Duration.zero
        for number in 0..<Self.cases {
            let caseSeed = random.next()
            let data = try Self.zip(Self.mutatedParts(target, seed: caseSeed))
            // A crash ends the run before any report: with PODIUM_FUZZ_TRACE set, each case is
            // named on standard error first, so the last line names the one that crashed.
            if ProcessInfo.processInfo.environment["PODIUM_FUZZ_TRACE"] != nil { FileHandle.standardError.write(Data("case \(target) \(number) seed \(caseSeed)\n".utf8)) }
            let start = Self.cpuTime()
            let result = Self.outcome(target, data, event)
            slowest = max(slowest, Self.cpuTime() - start)
            Self.check(result, "\(target) xlsx case \(number) (seed \(caseSeed))")
        }
        #expect(slowest < Self.budget, "the slowest \(target) workbook took \(slowest)")
    }

    /// A workbook whose sheet declares the whole grid, over 17 billion cells (a gigabyte and
    /// more if allocated), holding five rows: read as the cells it has, nothing allocated for
    /// the rest.
    @Test func workbookDeclaringTheWholeGridIsReadAsTheCellsItHas() throws {
        var parts = Self.soundWorkbookParts(Self.soundCSV(.delegates))
        let sheet = try #require(parts.firstIndex { $0.path == "xl/worksheets/sheet1.xml" })
        parts[sheet].text = parts[sheet].text.replacingOccurrences(of: "<dimension ref=\"A1:F5\"/>", with: "<dimension ref=\"A1:XFD1048576\"/>")
        #expect(parts[sheet].text.contains("XFD1048576"))
        let start = Self.cpuTime()
        let result = Self.outcome(.delegates, try Self.zip(parts), try Self.event())
        #expect(Self.cpuTime() - start < Self.budget)
        #expect(result.problems == nil)
        #expect(result.event?.delegates.contains { $0.name == "Lò Văn Thắng" } == true)
    }

    /// The mutated parts of one workbook case, replayed from its seed.
    static func mutatedParts(_ target: Target, seed: UInt64) -> [Part] {
        var generator = SplitMix64(seed: seed)
        var mutated = soundWorkbookParts(soundCSV(target))
        for _ in 0...(generator.next() % 3) {
            let index = Int(generator.next() % UInt64(mutated.count))
            mutated[index].text = mutatedText(mutated[index].text, tokens: xmlTokens, using: &generator)
        }
        return mutated
    }

    /// Found by the fuzzer (seed 2026, delegates case 2294: `<?x?>` ahead of the workbook's
    /// root): a processing instruction without data made Foundation's XML parser dereference
    /// a null pointer, and the import died with SIGSEGV.
    @Test(arguments: ["<?x?><workbook/>", "<?xml version=\"1.0\"?><?x?><workbook/>", "<workbook><?x?></workbook>", "<workbook/>\n<?abc?>"])
    func processingInstructionWithoutDataCrashedTheXMLParser(workbook: String) throws {
        var parts = Self.soundWorkbookParts(Self.soundCSV(.delegates))
        let index = try #require(parts.firstIndex { $0.path == "xl/workbook.xml" })
        parts[index].text = workbook
        let problems = try #require(Self.outcome(.delegates, try Self.zip(parts), try Self.event()).problems)
        #expect(problems.contains { $0.issue == .xmlProcessingInstruction && $0.line >= 1 && $0.column >= 1 })
        #expect(Self.outcome(.delegates, try Self.zip(Self.mutatedParts(.delegates, seed: 4_641_618_444_184_080_066)), try Self.event()).problems != nil)
    }

    // MARK: The YAML event file

    @Test func mutatedEventFileIsReadOrRefusedWithAPlace() throws {
        let sound = EventYAMLWriter.yaml(EventFile(data: try Self.event(), settings: ["index.reveal_from": "3"]))
        _ = try EventYAMLReader.read(sound)
        var random = SplitMix64(seed: Self.seed &* 13)
        var slowest = Duration.zero
        for number in 0..<Self.cases * 2 {
            let caseSeed = random.next()
            var generator = SplitMix64(seed: caseSeed)
            let text = Self.mutatedText(sound, tokens: Self.yamlTokens, using: &generator)
            let start = Self.cpuTime()
            let result: Outcome
            do {
                result = Outcome(event: try EventYAMLReader.read(text).data, problems: nil)
            } catch {
                result = Outcome(event: nil, problems: error.problems)
            }
            slowest = max(slowest, Self.cpuTime() - start)
            Self.check(result, "YAML case \(number) (seed \(caseSeed))")
        }
        #expect(slowest < Self.budget, "the slowest YAML case took \(slowest)")
    }

    /// Aliases that double at each level ("billion laughs"): read as a tree, 2^30 names.
    @Test func eventFileOfNestedAliasesExhaustedMemory() throws {
        var text = "format: podium-event\nversion: 1\na0: &a0 [\"Hà Thu Hoa\", \"Hà Thu Hoa\"]\n"
        for level in 1...30 { text += "a\(level): &a\(level) [*a\(level - 1), *a\(level - 1)]\n" }
        text += "delegates: *a30\n"
        let start = Self.cpuTime()
        #expect(throws: ImportProblems.self) { try EventYAMLReader.read(text) }
        #expect(Self.cpuTime() - start < Self.budget)
    }

    @Test func eventFileOfAHugeScalarIsRefusedWithAPlace() throws {
        let text = "format: podium-event\nversion: 1\nevent:\n  title: " + String(repeating: "Hội nghị ", count: 400_000) + "\n"
        do {
            _ = try EventYAMLReader.read(text)
        } catch {
            #expect(error.problems.allSatisfy { $0.line >= 1 })
        }
    }

    /// A number for a name that is the same in every run (`hashValue` is seeded per process).
    static func code(_ name: String) -> UInt64 {
        name.utf8.reduce(UInt64(1469598103934665603)) { ($0 ^ UInt64($1)) &* 1099511628211 }
    }

    // MARK: Properties

    struct Outcome {
        var event: EventData?
        var problems: [ImportProblem]?
    }

    static func outcome(_ target: Target, _ data: Data, _ event: EventData) -> Outcome {
        do {
            switch target {
            case .revision:
                let plan = try SpreadsheetImport.revision(data: data, into: event)
                return Outcome(event: plan.applied(RosterRevision.Choices()), problems: nil)
            default:
                let kind = ImportKind(rawValue: target.rawValue) ?? .delegates
                return Outcome(event: try SpreadsheetImport.plan(kind, data: data, into: event, duplicates: .merge).event, problems: nil)
            }
        } catch {
            return Outcome(event: nil, problems: error.problems)
        }
    }

    static func check(_ outcome: Outcome, _ label: String) {
        if let problems = outcome.problems {
            #expect(!problems.isEmpty, "\(label): refused without a reason")
            for problem in problems {
                #expect(problem.line >= 1 && problem.column >= 0, "\(label): a refusal without a place: \(problem)")
            }
        }
        guard let event = outcome.event else { return }
        for text in strings(in: event) where Sanitizer.needsCleaning(text) {
            Issue.record("\(label): imported text that could control a terminal: \(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        let names = event.delegates.map(\.name) + event.recipients.map(\.name) + event.index.units.map(\.unit)
        for name in names where name.unicodeScalars.contains(where: Sanitizer.isZeroWidth) {
            Issue.record("\(label): a name with a zero-width character: \(name.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Every string the event holds, found by reflection so that a new field is covered too.
    static func strings(in value: Any) -> [String] {
        if let text = value as? String { return [text] }
        return Mirror(reflecting: value).children.flatMap { strings(in: $0.value) }
    }

    // MARK: Sound inputs

    /// The demo event, cut down so that a case costs milliseconds: a few delegates, recipients,
    /// tasks and index units keep every merge and duplicate path in play.
    static func event() throws -> EventData {
        var event = try DemoEvent.make()
        event.delegates = Array(event.delegates.prefix(6))
        event.checklist = Array(event.checklist.prefix(4))
        event.contributions = Array(event.contributions.prefix(2))
        event.index.units = Array(event.index.units.prefix(4))
        let kept = Set(event.delegates.map(\.id))
        event.seating.assignments = event.seating.assignments.filter { kept.contains($0.delegateID) }
        return event
    }

    static func soundCSV(_ target: Target) -> String {
        switch target {
        case .delegates, .revision:
            """
            STT,Họ và tên,Chức vụ,Đơn vị,Thành phần,Ghi chú
            1,Hà Thu Hoa,Bí thư Tỉnh ủy,Tỉnh ủy Lào Cai,Thường trực Tỉnh ủy,
            2,Tẩn Thanh Tuấn,Phó Bí thư Thường trực Tỉnh ủy,Tỉnh ủy Lào Cai,Thường trực Tỉnh ủy,
            3,Lò Văn Thắng,Phóng viên,Báo Lào Cai,press,"ghi chú, có dấu phẩy"
            4,Nguyễn Thị Ánh,Giám đốc,Sở Nội vụ,Thường trực Tỉnh ủy,

            """
        case .awards:
            """
            STT,"Tên tập thể, cá nhân",Loại,Chức vụ,Đơn vị,Hình thức khen thưởng
            1,UBND xã An Phú,Tập thể,,Xã An Phú,Bằng khen của Chủ tịch UBND tỉnh
            2,Phòng Văn hóa – Xã hội phường Nghĩa Lộ,Tập thể,,Phường Nghĩa Lộ,Bằng khen của Chủ tịch UBND tỉnh
            3,Bà Lý Thị Mai,Cá nhân,Chủ tịch,UBND xã Bản Lầu,Bằng khen của Chủ tịch UBND tỉnh

            """
        case .speakers:
            """
            STT,Đơn vị,Người trình bày,Chức danh,Tên tham luận,Thời gian (phút)
            1,Sở Nội vụ,Đinh Thu Nhung,Phó Giám đốc,Cải cách bộ máy,8
            2,UBND xã Bát Xát,Vàng A Sử,Chủ tịch,Chuyển đổi số ở cơ sở,7

            """
        case .checklist:
            """
            TT,Nội dung công việc,Cơ quan thực hiện,Thời hạn,Trạng thái
            1,In giấy mời,Văn phòng,20/03/2026 14:00,Hoàn thành
            2,Chuẩn bị hội trường,Sở Nội vụ,,Đang làm
            3,Kiểm tra âm thanh,Trung tâm Văn hóa,21/03/2026,

            """
        case .index:
            // The demo's own scheme, so that the event's index accepts the header.
            (try? String(contentsOf: demoIndexFile, encoding: .utf8)).map {
                $0.replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: "\n", omittingEmptySubsequences: false).prefix(5).joined(separator: "\n") + "\n"
            } ?? ""
        }
    }

    static let demoIndexFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/PodiumDemo/Resources/par-index-2025.csv").standardized

    static func encode(_ text: String, _ encoding: TextEncoding) -> Data {
        switch encoding {
        case .utf8: Data(text.utf8)
        case .utf8BOM: Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        case .utf16LE: SpreadsheetFixtures.utf16(text, littleEndian: true)
        case .utf16BE: SpreadsheetFixtures.utf16(text, littleEndian: false)
        case .windows1258: windows1258(text)
        }
    }

    /// Windows-1258 writes Vietnamese as a base letter (â, ê, ô, ơ, ư, ă, đ among them) and a
    /// separate tone mark: each character is decomposed, then recomposed as far as the code
    /// page has the result. Characters it lacks become "?".
    static func windows1258(_ text: String) -> Data {
        var bytes: [UInt8] = []
        // Tone marks stay separate bytes; the marks that make â, ê, ô, ơ, ư, ă are composed.
        let modifiers: Set<UInt32> = [0x302, 0x306, 0x31B]
        for character in text {
            let scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard let base = scalars.first else { continue }
            let marks = scalars.dropFirst()
            let letter = (String(base) + String(String.UnicodeScalarView(marks.filter { modifiers.contains($0.value) })))
                .precomposedStringWithCanonicalMapping
            if let byte = windows1258Byte[letter] {
                bytes.append(byte)
            } else {
                bytes.append(windows1258Byte[String(base)] ?? 0x3F)
                bytes += marks.filter { modifiers.contains($0.value) }.map { windows1258Byte[String($0)] ?? 0x3F }
            }
            bytes += marks.filter { !modifiers.contains($0.value) }.map { windows1258Byte[String($0)] ?? 0x3F }
        }
        return Data(bytes)
    }

    static let windows1258Byte: [String: UInt8] = {
        var table: [String: UInt8] = [:]
        for byte in UInt8(0)...UInt8(255) {
            if case .success(let text) = Windows1258.decode([byte]), table[text] == nil { table[text] = byte }
        }
        return table
    }()

    struct Part {
        var path: String
        var text: String
    }

    /// A workbook holding `csv` as its one sheet, cells as shared strings or numbers, with a
    /// merged cell and a dimension, part by part so that each can be mutated as text.
    static func soundWorkbookParts(_ csv: String) -> [Part] {
        let table = (try? CSVTable.parse(csv)).map { [$0.header] + $0.rows.map(\.fields) } ?? []
        var shared: [String] = []
        var rows = ""
        for (r, fields) in table.enumerated() {
            var cells = ""
            for (c, field) in fields.enumerated() {
                let reference = String(UnicodeScalar(UInt8(65 + c))) + String(r + 1)
                if !field.isEmpty, Double(field) != nil {
                    cells += "<c r=\"\(reference)\"><v>\(field)</v></c>"
                } else {
                    cells += "<c r=\"\(reference)\" t=\"s\"><v>\(shared.count)</v></c>"
                    shared.append(field)
                }
            }
            rows += "<row r=\"\(r + 1)\">\(cells)</row>"
        }
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let last = String(UnicodeScalar(UInt8(64 + max(1, table.first?.count ?? 1)))) + String(table.count)
        let strings = shared.map { "<si><t xml:space=\"preserve\">\(SpreadsheetFixtures.escape($0))</t></si>" }.joined()
        return [
            Part(path: "[Content_Types].xml", text: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            Part(path: "xl/workbook.xml", text: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"\(ns)\" xmlns:r=\"\(rel)\"><sheets><sheet name=\"Danh sách\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            Part(path: "xl/_rels/workbook.xml.rels", text: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            Part(path: "xl/sharedStrings.xml", text: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"\(ns)\" count=\"\(shared.count)\">\(strings)</sst>"),
            Part(path: "xl/worksheets/sheet1.xml", text: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(ns)\"><dimension ref=\"A1:\(last)\"/><sheetData>\(rows)</sheetData><mergeCells count=\"1\"><mergeCell ref=\"F2:F3\"/></mergeCells></worksheet>"),
        ]
    }

    static func zip(_ parts: [Part]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for part in parts {
            let data = Data(part.text.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    // MARK: Mutations

    /// Tokens that matter to a CSV parser, a decoder or a field reader, and hostile text.
    static let csvTokens: [String] = [
        "\"", "\"\"", ",", ";", "\t", "\n", "\r", "\r\n", "\u{FEFF}", "\u{0}", "\u{1B}[2J", "\u{1B}]52;c;cHduZWQ=\u{7}",
        "\u{1B}]8;;http://x\u{1B}\\", "\u{9B}6n", "\u{90}q\u{9C}", "\u{202E}", "\u{2067}", "\u{200B}", "\u{200D}", "\u{00AD}",
        "e\u{0301}", "\u{0302}\u{0303}", "👨‍👩‍👧", "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "99999999999999999999",
        "1e309", "NaN", "-0", "12.5", "12,5", "0.001", "31/02/2026", "20/03/2026 25:61", "00/00/0000", "2026-13-01", "Hoàn thành",
        "Đang làm", "Vướng", "Tập thể", "Cá nhân", "press", "Thường trực Tỉnh ủy", "STT", "Họ và tên", "Đơn vị", "Khối",
        "Tổng điểm", "(10)", "(0)", "(-5)", "(99999999999)", "Sở Nội vụ", "Hà Thu Hoa", "Hà Thu\u{200B} Hoa",
    ]

    static let xmlTokens: [String] = [
        "<", ">", "&", "&amp;", "&#0;", "&#x1B;", "&#xD800;", "&#99999999;", "\"", "'", "<c r=\"ZZZZZZZZ9\">", "<c r=\"XFD1048576\">",
        "<c r=\"A0\">", " t=\"s\"", " t=\"inlineStr\"", " t=\"b\"", " t=\"e\"", "<v>99999999</v>", "<v>-1</v>", "<v>1e309</v>",
        "<is><t>\u{1B}[2J</t></is>", "</row>", "<row r=\"0\">", "<row r=\"1048577\">", "<row r=\"99999999999999999999\">",
        "<mergeCell ref=\"B2:A1\"/>", "<mergeCell ref=\"A1:XFD1048576\"/>", "<dimension ref=\"A1:XFD1048576\"/>", "<![CDATA[",
        "]]>", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", "&a;", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "xmlns=\"\"",
        "<sheet name=\"x\" sheetId=\"2\" r:id=\"rId9\"/>", "Target=\"../../../etc/passwd\"", "Target=\"/xl/worksheets/sheet1.xml\"",
        "<si><t>", "</t></si>", "count=\"-1\"", "count=\"99999999999\"", "\u{202E}", "\u{FEFF}",
    ]

    static let yamlTokens: [String] = [
        ":", ": ", "- ", "\n", "\n  ", "\n- ", "\t", "'", "\"", "&a ", "*a", "*nothing", "!!binary ", "!!python/object ", "!!int ",
        "? ", "|", ">", "---\n", "...\n", "{", "}", "[", "]", "#", "%YAML 1.1\n", "~", "null", "true", "no", "0x10", "1e309",
        "99999999999999999999", "-1", "0", "12:60", "25:00", "2026-02-30", "\u{1B}[2J", "\u{9B}", "\u{202E}", "\u{200B}",
        "\u{FEFF}", "position: ", "id: ", "seat: ", "delegates:", "segments:", "index:", "units:", "version: 2", "format: x",
    ]

    static func mutatedCSV(_ sound: String, encoding: TextEncoding, using random: inout SplitMix64) -> Data {
        // Half the cases mutate the text and encode it soundly, to reach the readers; the other
        // half also mutate the bytes, to reach the decoders.
        let text = mutatedText(sound, tokens: csvTokens, using: &random)
        var data = encode(text, encoding)
        guard random.next() % 2 == 0, !data.isEmpty else { return data }
        switch random.next() % 4 {
        case 0:
            for _ in 0...(random.next() % 6) { data[Int(random.next() % UInt64(data.count))] ^= UInt8(truncatingIfNeeded: random.next() | 1) }
        case 1:
            let start = Int(random.next() % UInt64(data.count))
            let length = min(data.count - start, Int(random.next() % 32))
            data.replaceSubrange(start..<(start + length), with: (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        case 2:
            data = data.prefix(Int(random.next() % UInt64(data.count)))
        default:
            let at = Int(random.next() % UInt64(data.count))
            let bytes: [[UInt8]] = [[0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x81], [0x50, 0x4B, 0x03, 0x04]]
            data.insert(contentsOf: bytes[Int(random.next() % UInt64(bytes.count))], at: at)
        }
        return data
    }

    /// One to four edits of `text`: a token inserted or put in place of a run, a run deleted,
    /// a line doubled, dropped or swapped with another, or a token repeated to a hostile size.
    static func mutatedText(_ text: String, tokens: [String], using random: inout SplitMix64) -> String {
        var scalars = Array(text.unicodeScalars)
        func position() -> Int { scalars.isEmpty ? 0 : Int(random.next() % UInt64(scalars.count + 1)) }
        func token() -> [Unicode.Scalar] { Array(tokens[Int(random.next() % UInt64(tokens.count))].unicodeScalars) }
        for _ in 0...(random.next() % 4) {
            switch random.next() % 7 {
            case 0, 1:
                scalars.insert(contentsOf: token(), at: position())
            case 2:
                let start = position()
                let end = min(scalars.count, start + Int(random.next() % 12))
                scalars.replaceSubrange(start..<end, with: token())
            case 3:
                let start = position()
                scalars.removeSubrange(start..<min(scalars.count, start + Int(random.next() % 40)))
            case 4:
                var lines = String(String.UnicodeScalarView(scalars)).components(separatedBy: "\n")
                guard lines.count > 1 else { continue }
                let a = Int(random.next() % UInt64(lines.count)), b = Int(random.next() % UInt64(lines.count))
                switch random.next() % 3 {
                case 0: lines.insert(lines[a], at: b)
                case 1: lines.remove(at: a)
                default: lines.swapAt(a, b)
                }
                scalars = Array(lines.joined(separator: "\n").unicodeScalars)
            case 5:
                // Hostile sizes: a field, a line or a nesting far past anything real.
                // Kept under 20,000 characters so that a case costs milliseconds; the sizes that
                // once hung an importer have tests of their own.
                let count = [10, 300, 4_000][Int(random.next() % 3)]
                let piece = token()
                scalars.insert(contentsOf: (0..<count).flatMap { _ in piece }.prefix(20_000), at: position())
            default:
                let at = position()
                let a = String(String.UnicodeScalarView(scalars[..<at]))
                scalars = Array((a.uppercased() + String(String.UnicodeScalarView(scalars[at...]))).unicodeScalars)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
