import Foundation

/// What an edit made from an open form (or `podium programme edit --based-on`) was based on:
/// the newest journal entry the editor's view showed, and the fields the edit changes. A fact
/// on the same record after `version` that changed one of those fields means someone else
/// changed what the editor was looking at: the edit is refused (`EditConflict`), never silently
/// written over theirs. A fact on other fields of the record (a check-in while the title is
/// being corrected) does not stand in the way; the edit writes only its own fields.
public struct EditBasis: Hashable, Sendable {
    /// The id of the newest journal entry the view showed; the record's last fact is at most this.
    public var version: Int64
    /// The fields the edit changes, snake_case as facts name them.
    public var fields: Set<String>

    public init(version: Int64, fields: Set<String>) {
        self.version = version
        self.fields = fields
    }

    /// The fields `edited` changes from `original`, the record as the form opened on it.
    public init<T: Encodable>(version: Int64, original: T, edited: T) {
        self.init(version: version, fields: FieldChanges(from: original, to: edited, id: nil).names)
    }

    /// The newest of `entries` (the journal after `version`, oldest first) that changed one of
    /// the edit's fields of record `id`, or that removed or replaced it; nil when the edit may go in.
    public func conflict(with entries: [JournalEntry], record: EditConflict.Record, id: Int64) -> JournalEntry? {
        entries.last { entry in
            guard entry.id > version else { return false }
            switch record.touched(by: entry.fact, id: id) {
            case .untouched: return false
            case .fields(let names): return !names.isDisjoint(with: fields)
            case .whole: return true
            }
        }
    }

    /// Decides an edit of `current` (the record as the event holds it now) to `edited`, given
    /// `context.journal`, the entries after `version` that may touch records of `record`'s kind:
    /// refused when one of them changed a field this edit changes; otherwise `current` with this
    /// edit's fields taken from `edited`, or nil when that changes nothing. The command then
    /// saves the result as it saves any record, with the fact such a save writes.
    public func decided<E: Codable & Equatable>(
        _ edited: E, current: E, record: EditConflict.Record, id: Int64, title: String, _ context: CommandContext
    ) throws(CommandRefusal) -> E? {
        try EditConflict.refuse(basedOn: version, record, id: id, fields: fields, title: title, context)
        let merged = merging(edited, into: current)
        return merged == current ? nil : merged
    }

    /// A command's edit of record `id` (`current`, nil once the event no longer holds it),
    /// decided as above and then saved by `save` as the command saves any record of its kind.
    /// A record that is gone is refused as a conflict when the journal after `version` shows who
    /// removed or replaced it, else as no such record.
    public func saving<E: Codable & Equatable>(
        _ edited: E, current: E?, id: Int64, _ record: EditConflict.Record, _ kind: CommandRecord, title: (E) -> String,
        _ context: CommandContext, save: (E) throws(CommandRefusal) -> CommandDecision
    ) throws(CommandRefusal) -> CommandDecision {
        guard let current else {
            try EditConflict.refuse(basedOn: version, record, id: id, fields: fields, context)
            throw .noSuchRecord(kind, id: id)
        }
        guard let merged = try decided(edited, current: current, record: record, id: id, title: title(current), context) else { return .nothing }
        return try save(merged)
    }

    /// `current` with this edit's fields taken from `edited`, through the records' own coding,
    /// so every kind of record merges the same way. (Encoding plain value records cannot fail;
    /// if it ever did, the edit is refused as changing nothing rather than written whole.)
    func merging<E: Codable>(_ edited: E, into current: E) -> E {
        let encoder = JSONEncoder()
        guard let currentData = try? encoder.encode(current), let editedData = try? encoder.encode(edited),
              var merged = (try? JSONSerialization.jsonObject(with: currentData)) as? [String: Any],
              let mine = (try? JSONSerialization.jsonObject(with: editedData)) as? [String: Any]
        else { return current }
        for key in Set(merged.keys).union(mine.keys) where fields.contains(FieldChanges(id: nil, values: [key: .null]).names.first ?? key) {
            merged[key] = mine[key]
        }
        guard let data = try? JSONSerialization.data(withJSONObject: merged) else { return current }
        return (try? JSONDecoder().decode(E.self, from: data)) ?? current
    }
}

extension EditConflict {
    /// Refuses a write based on the journal's entry `version` (nil: based on nothing, as from
    /// the command line) when `context.journal`, the entries after it, changed `fields` of record
    /// `id` of `record`'s kind, or removed or replaced it. With no fields, as for the records
    /// whose facts say that they changed but not which field, any change since counts. `title`
    /// names the record as it is now ("" when it is gone or has no name of its own).
    public static func refuse(
        basedOn version: Int64?, _ record: Record, id: Int64 = 0, fields: Set<String> = [], title: String = "", _ context: CommandContext
    ) throws(CommandRefusal) {
        guard let version, let clash = EditBasis(version: version, fields: fields).conflict(with: context.journal, record: record, id: id) else { return }
        throw .refused(.conflict(EditConflict(record: record, title: title, entry: clash, info: context.event.info)))
    }
}

/// An edit refused because another operator changed the same record since the editor's view
/// showed it: who (`operatorName`, `role`), when (`time`, the event's clock "08:05:12"), which
/// record (`title` as it is now) and which of the edit's fields they changed.
public struct EditConflict: Error, Hashable, Sendable {
    /// The kinds of record edited from a form with a basis.
    public enum Record: String, Hashable, Sendable, CaseIterable {
        case checklistItem, delegate, segment, contribution, awardRecipient
        /// The event's details (one record; its id is not used).
        case eventInfo
        /// The participant groups, journalled as a whole (their id is not used).
        case group
        /// Records written whole from a form or an editor: the rank table, the seating settings,
        /// the hall, an award decision (by its id) and the award batches with their settings.
        case rankTable, seatingSettings, hall, awardDecision, awardPlan

        /// The journal actions that may change a record of this kind, by their prefix.
        public var actionPrefix: String {
            switch self {
            case .checklistItem: "checklist."
            case .delegate: "delegate."
            case .segment: "segment."
            case .contribution: "contribution."
            case .awardRecipient: "award."
            case .eventInfo: "event."
            case .group: ImportFact.Source.groups.rawValue
            case .rankTable: "seating.ranks"
            case .seatingSettings: "seating.settings"
            case .hall: "hall."
            case .awardDecision: "award-decision."
            case .awardPlan: "award.batches-"
            }
        }

        /// The imports that replace records of this kind wholesale.
        public var replacingImports: [ImportFact.Source] {
            switch self {
            case .checklistItem: [.eventFile, .checklist]
            // A group edit renames or moves groups; the delegates in them stay as they are.
            case .delegate: [.eventFile, .delegates, .delegatesRevision]
            case .segment: [.eventFile]
            case .contribution: [.eventFile, .speakers]
            case .awardRecipient: [.eventFile, .awards]
            case .eventInfo: [.eventFile]
            case .group: [.eventFile, .groups, .delegates, .delegatesRevision]
            case .rankTable, .hall: [.eventFile]
            // A group edit may move a group between the leaders, the hall and the press.
            case .seatingSettings: [.eventFile, .groups]
            case .awardDecision, .awardPlan: [.eventFile, .awards]
            }
        }

        /// What `fact` changed of record `id` of this kind.
        public func touched(by fact: JournalFact, id: Int64) -> Touched {
            switch (self, fact) {
            case (_, .imports(.replaced(let source, _))): replacingImports.contains(source) ? .whole : .untouched
            case (.checklistItem, .checklist(let fact)):
                switch fact {
                case .created(let changes), .updated(let changes), .statusChanged(let changes):
                    changes.id == id ? .fields(changes.names) : .untouched
                case .deleted(let itemID, _): itemID == id ? .whole : .untouched
                case .gateOverridden: .untouched
                }
            case (.delegate, .roster(let fact)):
                switch fact {
                case .created(let changes), .updated(let changes): changes.id == id ? .fields(changes.names) : .untouched
                case .checkedIn(let delegateID, _, _): delegateID == id ? .fields(["checked_in"]) : .untouched
                case .standIn(let delegateID, _, _, _, _): delegateID == id ? .whole : .untouched
                }
            case (.segment, .agenda(let fact)):
                switch fact {
                case .created(let changes), .updated(let changes): changes.id == id ? .fields(changes.names) : .untouched
                case .deleted(let segmentID, _, _, _): segmentID == id ? .whole : .untouched
                // Moving a segment renumbers others too; a form never writes positions, so it never conflicts.
                case .moved: .untouched
                }
            case (.contribution, .speakers(let fact)):
                switch fact {
                case .created(let changes), .updated(let changes), .statusChanged(let changes):
                    changes.id == id ? .fields(changes.names) : .untouched
                case .withdrawn(let contributionID, _, _), .restored(let contributionID, _):
                    contributionID == id ? .fields(["status"]) : .untouched
                // Moving renumbers others too; a form never writes positions, so it never conflicts.
                case .moved: .untouched
                }
            case (.awardRecipient, .awards(let fact)):
                switch fact {
                case .recipientChanged(let changes), .recipientAdded(let changes, _, _): changes.id == id ? .fields(changes.names) : .untouched
                case .recipientRemoved(let recipientID, _): recipientID == id ? .whole : .untouched
                default: .untouched
                }
            case (.eventInfo, .event(.detailsChanged(let changes))): .fields(changes.names)
            case (.rankTable, .seating(.ranksChanged)), (.seatingSettings, .seating(.settingsChanged)), (.hall, .seating(.hallChanged)): .whole
            case (.awardDecision, .awards(.decisionCreated(let changes))), (.awardDecision, .awards(.decisionUpdated(let changes))):
                changes.id == id ? .whole : .untouched
            case (.awardPlan, .awards(let fact)):
                switch fact {
                case .batchesRebuilt, .recipientMoved, .batchSplit, .batchesMerged, .batchMoved, .presenterChosen, .scriptEdited, .settingsChanged: .whole
                default: .untouched
                }
            default: .untouched
            }
        }
    }

    public enum Touched: Hashable, Sendable {
        case untouched
        case fields(Set<String>)
        /// Created, removed or replaced as a whole.
        case whole
    }

    public var record: Record
    /// The record's name as it is now ("" when it was removed).
    public var title: String
    public var operatorName: String
    public var role: Role
    /// When they changed it, on the event's clock ("08:05:12").
    public var time: String
    /// The journal entry of their change.
    public var entryID: Int64

    public init(record: Record, title: String, operatorName: String, role: Role, time: String, entryID: Int64) {
        self.record = record
        self.title = title
        self.operatorName = operatorName
        self.role = role
        self.time = time
        self.entryID = entryID
    }

    /// The conflict `entry` makes, told on the event's clock.
    public init(record: Record, title: String, entry: JournalEntry, info: EventInfo) {
        let time = EventClock(date: info.date, timeZone: info.timeZone).clockTime(entry.time).hhmmss
        self.init(record: record, title: title, operatorName: entry.operatorName, role: entry.role, time: time, entryID: entry.id)
    }
}
