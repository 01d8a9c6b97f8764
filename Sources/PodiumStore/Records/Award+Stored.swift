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

    init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), decisionID: try row.decode(forColumn: "decision_id"),
            order: try row.decode(forColumn: "sort_order"),
            kind: try StoredValue.enumValue(Kind.self, row.decode(forColumn: "kind"), column: "award_recipients.kind"),
            name: try row.decode(forColumn: "name"), title: try row.decode(forColumn: "title"),
            unit: try row.decode(forColumn: "unit"), form: try row.decode(forColumn: "form"),
            representative: try row.decode(forColumn: "representative"),
            attendance: try StoredValue.enumValue(Attendance.self, row.decode(forColumn: "attendance"), column: "award_recipients.attendance"),
            receivedBy: try row.decode(forColumn: "received_by"), pronunciation: try row.decode(forColumn: "pronunciation")
        )
    }
}
