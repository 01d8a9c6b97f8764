import GRDB
import PodiumCore

extension AwardDecision: StoredEntity {
    static let table = "award_decisions"
    static let columns = ["number", "date", "signer", "signer_title", "subject"]
    static let ordering = "id"

    var values: [(any DatabaseValueConvertible)?] { [number, date?.iso, signer, signerTitle, subject] }

    init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), number: try row.decode(forColumn: "number"),
            date: try StoredValue.date(row.decode(forColumn: "date")), signer: try row.decode(forColumn: "signer"),
            signerTitle: try row.decode(forColumn: "signer_title"), subject: try row.decode(forColumn: "subject")
        )
    }
}

extension AwardRecipient: StoredEntity {
    static let table = "award_recipients"
    static let columns = ["decision_id", "sort_order", "kind", "name", "title", "unit", "form", "representative",
                                 "attendance", "received_by", "pronunciation"]
    static let ordering = "decision_id, sort_order, id"

    var values: [(any DatabaseValueConvertible)?] {
        [decisionID, order, kind.rawValue, name, title, unit, form, representative, attendance.rawValue, receivedBy, pronunciation]
    }

    /// Reads by position (`id`, then `columns`), as `Delegate` does: recipients run to thousands.
    init(row: Row) throws {
        self.init(
            id: try row.decode(atIndex: 0), decisionID: try row.decode(atIndex: 1),
            order: try row.decode(atIndex: 2),
            kind: try StoredValue.enumValue(Kind.self, row.decode(atIndex: 3), column: "award_recipients.kind"),
            name: try row.decode(atIndex: 4), title: try row.decode(atIndex: 5),
            unit: try row.decode(atIndex: 6), form: try row.decode(atIndex: 7),
            representative: try row.decode(atIndex: 8),
            attendance: try StoredValue.enumValue(Attendance.self, row.decode(atIndex: 9), column: "award_recipients.attendance"),
            receivedBy: try row.decode(atIndex: 10), pronunciation: try row.decode(atIndex: 11)
        )
    }
}
