/// What the event file reader finds wrong with a YAML event file, as data: the interface
/// words it in its own language (`EventFileStrings`), located by the problem's line and column.
/// Field names (`planned_seconds`, `group`) are the file's own keys, shown as written.
public enum EventFileIssue: Hashable, Sendable {
    // The file as a whole.
    case empty
    /// The YAML parser's refusal; `detail` is its own (English) account of what it met.
    case syntax(detail: String)
    /// The same key twice in one mapping, found by the parser.
    case repeatedKeys([String])
    /// The text is not readable as characters; `detail` is the parser's account.
    case notText(detail: String)
    case newerFormat(version: Int, newest: Int)
    case noEventSection

    // Fields of one part.
    case notMapping(EventFilePart)
    case unknownField(EventFilePart, field: String, known: [String])
    case repeatedField(EventFilePart, field: String)
    case missingField(EventFilePart, field: String)
    case notWholeNumber(field: String, range: ClosedRange<Int>)
    case notTrueOrFalse(field: String)
    case notDate(field: String, text: String)
    case notTime(field: String, text: String)
    case notChoice(field: String, text: String, allowed: [String])
    case notList(field: String)
    case notScalar(field: String)
    case entryNotWholeNumber(field: String, range: ClosedRange<Int>)
    case entryNotText(field: String)

    // Values that point nowhere or do not parse.
    case settingNotText
    case settingsNotMapping
    case unknownTimeZone(String)
    case unknownGroupKey(String, known: [String])
    case unknownFlag(String, known: [String])
    case unknownSegment(id: Int64)
    case notASeat(String)
    case repeatedID(EventFilePart, id: Int64)
    case unknownDelegate(id: Int64, as: DelegateRole)
    case seatForUnknownDelegate(id: Int64)
    case seatedTwice(delegate: Int64, line: Int)
    case batchEntryNotID
    case unknownRecipient(id: Int64)
    case recipientInTwoBatches(id: Int64, batch: Int)
    case emptyBatch

    // The PAR index section.
    case indexMaximaTotal(sum: IndexPoints, declared: IndexPoints)
    case unknownIndexGroup(String)
    case indexUnitTwice(String)
    case notPoints(field: String)
    case finalMissing
    case pointCount(field: String, count: Int, fields: Int)
    case entryNotPoints(field: String)
    case pointsAboveMaximum(points: IndexPoints, maximum: IndexPoints, field: String)

    /// What a delegate id in the file stands for.
    public enum DelegateRole: Hashable, Sendable {
        case speaker, presenter
    }
}

/// A part of the event file, as its problems name it.
public enum EventFilePart: Hashable, Sendable, CaseIterable {
    case file, event, programmeItem, group, delegate, contribution, awardDecision, recipient, checklistItem
    case hall, hallSection, rankTable, rankRule, seating, seatAssignment, seatingSettings
    case awardPlan, awardBatch, awardSettings, index, indexField, indexTier, indexGroup, indexUnit
}
