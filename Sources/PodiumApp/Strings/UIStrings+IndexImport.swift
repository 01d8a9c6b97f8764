import PodiumCore

/// The words of an index results file's problems (`IndexImportIssue`), in both languages;
/// `SpreadsheetStrings.index` picks the interface's.
enum IndexImportWords {
    static func vietnamese(_ issue: IndexImportIssue) -> String {
        switch issue {
        case .emptyFile: "tệp trống; xuất lại bảng kết quả kèm dòng tiêu đề"
        case .noUnits: "tệp chỉ có dòng tiêu đề, không có đơn vị nào; thêm kết quả của các đơn vị"
        case .missingColumn(let name): "không có cột \"\(name)\"; thêm cột này vào dòng tiêu đề"
        case .noFields: "không có cột lĩnh vực nào; tiêu đề lĩnh vực ghi kèm điểm tối đa, ví dụ \"Cải cách thủ tục hành chính (14)\""
        case .noMaximum(let field): "lĩnh vực \"\(field)\" không có điểm tối đa; ghi vào tiêu đề, ví dụ \"\(field) (10)\""
        case .maximumDisagrees(let field, let header, let scheme):
            "tiêu đề ghi tối đa \(header.vietnamese) điểm cho \"\(field)\" nhưng bộ chỉ số của sự kiện ghi \(scheme.vietnamese); sửa tiêu đề hoặc bộ chỉ số cho khớp"
        case .maximaTotal(let sum, let declared):
            "điểm tối đa các lĩnh vực cộng lại là \(sum.vietnamese), không bằng tổng \(declared.vietnamese) điểm của bộ chỉ số; kiểm tra lại điểm tối đa trong tiêu đề"
        case .missingPoints(let field): "thiếu điểm lĩnh vực \"\(field)\"; ghi 0 nếu đơn vị không đạt điểm nào"
        case .unparsablePoints(let field, let text): "\"\(text)\" không phải là số điểm (lĩnh vực \"\(field)\"); ghi số như 9,23 hoặc 9.23"
        case .negativePoints(let field, let points): "điểm âm (\(points.vietnamese)) ở lĩnh vực \"\(field)\"; điểm phải từ 0 trở lên"
        case .aboveMaximum(let field, let points, let maximum):
            "\(points.vietnamese) điểm vượt tối đa \(maximum.vietnamese) của lĩnh vực \"\(field)\"; sửa điểm này"
        case .totalDisagrees(let given, let sum): "cột tổng ghi \(given.vietnamese) nhưng các lĩnh vực cộng lại là \(sum.vietnamese); sửa tổng hoặc điểm lĩnh vực"
        case .missingUnit: "thiếu tên đơn vị"
        case .missingGroup: "thiếu khối của đơn vị (ví dụ \"Sở, ban, ngành\" hoặc \"Xã, phường\")"
        case .unitTwice(let unit, let line): "\"\(unit)\" đã có ở dòng \(line); mỗi đơn vị chỉ ghi một dòng"
        case .unitInTwoGroups(let unit, let line, let other): "\"\(unit)\" đã có ở dòng \(line) thuộc khối \"\(other)\"; một đơn vị chỉ thuộc một khối"
        case .unparsableRank(let text): "\"\(text)\" không phải là thứ hạng; ghi số nguyên từ 1 trở lên hoặc để trống"
        }
    }

    static func english(_ issue: IndexImportIssue) -> String {
        switch issue {
        case .emptyFile: "the file is empty; export the results table again with its header row"
        case .noUnits: "the file holds a header row but no units; add the units' results"
        case .missingColumn(let name): "there is no \"\(name)\" column; add it to the header row"
        case .noFields: "there are no field columns; head each field with its maximum, e.g. \"Cải cách thủ tục hành chính (14)\""
        case .noMaximum(let field): "field \"\(field)\" has no maximum; put it in the header, e.g. \"\(field) (10)\""
        case .maximumDisagrees(let field, let header, let scheme):
            "the header gives \"\(field)\" a maximum of \(header) but the event's scheme says \(scheme); make the header and the scheme agree"
        case .maximaTotal(let sum, let declared):
            "the fields' maxima add up to \(sum), not the scheme's total of \(declared); check the maxima in the header"
        case .missingPoints(let field): "no points for field \"\(field)\"; write 0 if the unit earned none"
        case .unparsablePoints(let field, let text): "\"\(text)\" is not a number of points (field \"\(field)\"); write a number such as 9.23"
        case .negativePoints(let field, let points): "negative points (\(points)) for field \"\(field)\"; points are 0 or more"
        case .aboveMaximum(let field, let points, let maximum): "\(points) points exceed the maximum of \(maximum) for field \"\(field)\"; correct them"
        case .totalDisagrees(let given, let sum): "the total column says \(given) but the fields add up to \(sum); correct the total or the fields"
        case .missingUnit: "the unit's name is missing"
        case .missingGroup: "the unit's group is missing (e.g. \"Sở, ban, ngành\" or \"Xã, phường\")"
        case .unitTwice(let unit, let line): "\"\(unit)\" is already on line \(line); list each unit once"
        case .unitInTwoGroups(let unit, let line, let other): "\"\(unit)\" is already on line \(line) in group \"\(other)\"; a unit belongs to one group"
        case .unparsableRank(let text): "\"\(text)\" is not a rank; write a whole number from 1, or leave it empty"
        }
    }
}
