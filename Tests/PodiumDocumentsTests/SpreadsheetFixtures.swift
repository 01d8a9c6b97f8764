import Foundation
import PodiumCore
import PodiumDemo
import ZIPFoundation

/// Builds the inputs the import tests feed in: an event to import into, text in each office
/// encoding, and .xlsx workbooks assembled part by part with ZIPFoundation.
enum SpreadsheetFixtures {
    /// The demo's groups and decision, with no delegates, recipients, contributions or tasks.
    static func emptyEvent() throws -> EventData {
        var event = try DemoEvent.make()
        event.delegates = []
        event.recipients = []
        event.contributions = []
        event.checklist = []
        return event
    }

    static func utf16(_ text: String, littleEndian: Bool) -> Data {
        var data = Data(littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF])
        for unit in text.utf16 {
            data.append(contentsOf: littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)])
        }
        return data
    }

    struct Sheet {
        var name: String
        /// Cells as XML `<c>` elements, by row number.
        var rows: [Int: String]
        var merges: [String] = []
    }

    /// A workbook whose sheets' cells are given as raw `<c>` XML, with `shared` as the
    /// shared-string table.
    static func xlsx(sheets: [Sheet], shared: [String]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        try add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        let sheetList = sheets.enumerated().map { "<sheet name=\"\($1.name)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
        try add("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"\(ns)\" xmlns:r=\"\(rel)\"><sheets>\(sheetList)</sheets></workbook>")
        let relations = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        try add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relations)</Relationships>")
        let strings = shared.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }.joined()
        try add("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"\(ns)\" count=\"\(shared.count)\">\(strings)</sst>")
        for (index, sheet) in sheets.enumerated() {
            let rows = sheet.rows.keys.sorted().map { "<row r=\"\($0)\">\(sheet.rows[$0] ?? "")</row>" }.joined()
            let merges = sheet.merges.isEmpty ? "" : "<mergeCells count=\"\(sheet.merges.count)\">" + sheet.merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
            try add("xl/worksheets/sheet\(index + 1).xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(ns)\"><sheetData>\(rows)</sheetData>\(merges)</worksheet>")
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
