/// What the event file reader (YAML) finds wrong, as data: the interface words it in its own
/// language (`SpreadsheetStrings`, through `SpreadsheetIssue.eventFile`), so a hand-edited file
/// is refused in Vietnamese or English with its line and column.
public enum EventFileIssue: Hashable, Sendable {
    /// The parts of an event file, named in problems about them.
    public enum Part: Hashable, Sendable {
        case file, event, programmeItem, group, delegate, contribution, awardDecision, recipient, checklistItem
        case hall, hallSection, rankTable, rankRule, seating, seatAssignment, seatingSettings
        case awardPlan, awardBatch, awardSettings, index, indexField, indexTier, indexGroup, indexUnit
    }

    /// What a delegate id outside the seating plan stands for.
    public enum DelegateRole: Hashable, Sendable {
        case speaker, presenter
    }

    // YAML syntax.
    case empty
    /// The YAML parser's own words (in English), at the place it stopped.
    case syntax(detail: String)
    case repeatedKeys([String])
    case notUTF8(detail: String)

    // The shape of a part.
    case notAMapping(Part)
    case unknownField(Part, field: String, known: [String])
    case repeatedField(Part, field: String)
    case missingField(Part, field: String)

    // Values.
    case notWholeNumber(field: String, lowest: Int, highest: Int)
    case notTrueOrFalse(field: String)
    case notADate(text: String)
    case notATime(text: String)
    case notAChoice(field: String, text: String, allowed: [String])
    case notAList(field: String)
    case entryNotWholeNumber(field: String, lowest: Int, highest: Int)
    case entryNotText(field: String)
    case notText(field: String)

    // The event and what it lists.
    case newerFormat(version: Int, supported: Int)
    case noEventSection
    case settingNotText
    case settingsNotMapping
    case unknownTimeZone(String)
    case unknownGroupKey(String, known: [String])
    case unknownFlag(String, known: [String])
    case unknownSegment(id: Int64)
    case notASeat(String)
    case repeatedID(Part, id: Int64)

    // The seating and award plans.
    case unknownDelegate(id: Int64, as: DelegateRole)
    case seatForUnknownDelegate(id: Int64)
    case seatedTwice(id: Int64, line: Int)
    case batchEntryNotID
    case unknownRecipient(id: Int64)
    case recipientInTwoBatches(id: Int64, batch: Int)
    case emptyBatch

    // The PAR index.
    case indexMaximaTotal(sum: IndexPoints, declared: IndexPoints)
    case unknownIndexGroup(String)
    case indexUnitTwice(String)
    case notPoints(field: String)
    case noFinalPoints
    case pointsCount(field: String, count: Int, fields: Int)
    case entryNotPoints(field: String)
    case aboveIndexMaximum(points: IndexPoints, maximum: IndexPoints, field: String)
}
