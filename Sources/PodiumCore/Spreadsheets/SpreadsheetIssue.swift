/// What the shared spreadsheet reader finds wrong with a file (its encoding, the shape of its
/// rows, the workbook inside an .xlsx), as data: the interface words it in its own language
/// (`SpreadsheetStrings`), so the same refusal reads in Vietnamese or English.
public enum SpreadsheetIssue: Hashable, Sendable {
    // Text and encodings.
    /// Bytes of another format given as a text spreadsheet.
    case binary(BinaryKind)
    /// The file ends in the middle of a UTF-8 character.
    case truncatedCharacter
    /// Well-formed UTF-8 elsewhere, but not this byte.
    case mixedEncodings
    /// A UTF-8 byte order mark, then a byte that is not UTF-8.
    case notUTF8AfterBOM
    /// Neither UTF-8 nor Windows-1258.
    case unknownByte(UInt8)
    case oddUTF16Length
    case loneSurrogate

    // Rows and cells.
    /// `--sheet` given for a text file.
    case sheetOptionOnText(sheet: String)
    /// A text file without a single row.
    case noRows
    /// A sheet (or what is left of a file once blank rows go) without a single row.
    case sheetEmpty
    case tooManyColumns(limit: Int)
    case unterminatedQuote
    case tooManyFields(count: Int, header: Int)
    case tooFewFields(count: Int, header: Int)
    case hugeCell(kilobytes: Int)
    /// A warning: the cell was kept with these characters removed; `preview` is its start.
    case controlCharactersRemoved(preview: String)

    // Header row.
    /// The column headed `title` names the same field as the 1-based column `earlier`.
    case repeatedColumn(title: String, earlier: Int, field: String)
    /// No column for the required `field`; `header` is the title a column for it may carry.
    case missingColumn(field: String, header: String)

    // Rows naming the same person twice.
    /// `name`, with the same unit, is already listed: on an earlier line or in the event; the
    /// interface offers to skip or merge such rows.
    case duplicate(name: String, of: DuplicateOrigin)
    /// Award recipients for an event that has no award decision to list them under yet; said
    /// once for the file, at its first row.
    case noAwardDecision
    /// A warning: with `--on-duplicate skip`, this row was left out as the same as an earlier one.
    case duplicateSkipped(name: String, of: DuplicateOrigin)
    /// A warning: with `--on-duplicate merge`, this row's fields went into the earlier one.
    case duplicateMerged(name: String, of: DuplicateOrigin)
    /// A revised list naming `name` (with the same unit) on an earlier `line` too.
    case revisedDuplicate(name: String, line: Int)
    /// A warning: a column no field of this import reads; it is left out.
    case unusedColumn(title: String)

    // Cells of a row (the problem's column is the field's).
    /// A delegate's or recipient's name cell is empty.
    case emptyName
    /// A delegate row names no group, and no group for such rows was chosen.
    case emptyGroup(known: [String])
    /// A delegate row's group is none of the event's groups (`known`: their names, maybe none).
    case notAGroup(text: String, known: [String])
    /// An award recipient's unit is empty: the certificate needs it.
    case emptyRecipientUnit
    /// The kind of a recipient is neither "Tập thể" nor "Cá nhân".
    case unknownRecipientKind(text: String)
    /// A contribution's topic is empty.
    case emptyTopic
    /// A contribution's presenting unit is empty.
    case emptySpeakerUnit
    /// A contribution's duration is not a number of minutes from 1 to 240.
    case badMinutes(text: String)
    /// A checklist task's title is empty.
    case emptyTask
    /// A checklist task's due date is not a date (and time) Podium reads.
    case badDueDate(text: String)
    /// A checklist task's status is none of the four.
    case unknownStatus(text: String)
    /// A checklist task's priority is none of the three.
    case unknownPriority(text: String)

    /// A problem of a PAR index results file (its columns, maxima and points).
    case index(IndexImportIssue)

    /// A problem of an event file (YAML) written by hand or by another Podium.
    case eventFile(EventFileIssue)

    // The file itself.
    /// The file cannot be opened.
    case cannotRead(ReadFailure)

    // Workbooks (.xlsx).
    case noSuchSheet(name: String, sheets: [String])
    case noWorksheets
    case sheetMissing(name: String)
    case mergedCellsTooMany(count: Int, limit: Int)
    case tooManyCells(limit: Int)
    case tooManyStrings(limit: Int)
    case damagedArchive(ZIPFault)
    case noWorkbook
    case partUnreadable(path: String, ZIPFault)
    case partMissing(path: String)
    case xmlNotUTF8
    case xmlProcessingInstruction
    /// A value of the group column that is none of the event's groups (`known`: their names);
    /// the interface offers to create it or to map it onto one.
    case unknownGroup(name: String, rows: Int, known: [String])
    /// `--map-group` names a target that is not a group of the event.
    case unknownMappedGroup(target: String, from: String, known: [String])
    /// No group column, and no one group named for everyone.
    case noGroupColumn
    case xmlMalformed
    case badRowNumber(text: String, limit: Int)
    case badCellReference(text: String, rows: Int)
    case columnBeyondLimit(column: Int, limit: Int)
    case badMergedRange(text: String)
    case mergedRangeBeyondLimit(text: String, limit: Int)
    case tooSlow(seconds: Int)

    /// Where the first of two same rows is.
    public enum DuplicateOrigin: Hashable, Sendable {
        case line(Int)
        /// Already in the event, with this id.
        case existing(id: Int64)
    }

    /// Why a file cannot be opened.
    public enum ReadFailure: Error, Hashable, Sendable {
        case missing, denied, directory, other
    }

    public enum BinaryKind: Hashable, Sendable {
        case zip, oldExcel, pdf, nulBytes, controlBytes
    }

    /// Why the ZIP container of an .xlsx cannot be read.
    public enum ZIPFault: Hashable, Sendable {
        case noDirectory
        case directoryCutShort
        case zip64
        case directoryOutside
        case entryDamaged
        case entryPastDirectory
        case entryOutside(name: String)
        case entryTooLarge(name: String, megabytes: Int, limit: Int)
        case unknownMethod(name: String, method: Int)
        case sizeMismatch(name: String, bytes: Int, declared: Int)
        case checksum(name: String)
        case cannotInflate(name: String)
        case inflatesTooLarge(name: String, limit: Int)
        case streamDamaged(name: String)
    }
}
