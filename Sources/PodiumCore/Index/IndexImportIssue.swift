/// One thing wrong with an index results file, as data: the interface words it in its own
/// language (`SpreadsheetStrings.index`), like the spreadsheet reader's `SpreadsheetIssue`.
public enum IndexImportIssue: Hashable, Sendable {
    case emptyFile
    case noUnits
    case missingColumn(String)
    case noFields
    case noMaximum(field: String)
    case maximumDisagrees(field: String, header: IndexPoints, scheme: IndexPoints)
    case maximaTotal(sum: IndexPoints, declared: IndexPoints)
    case missingPoints(field: String)
    case unparsablePoints(field: String, text: String)
    case negativePoints(field: String, points: IndexPoints)
    case aboveMaximum(field: String, points: IndexPoints, maximum: IndexPoints)
    case totalDisagrees(given: IndexPoints, sum: IndexPoints)
    case missingUnit
    case missingGroup
    case unitTwice(unit: String, line: Int)
    case unitInTwoGroups(unit: String, line: Int, other: String)
    case unparsableRank(String)
}
