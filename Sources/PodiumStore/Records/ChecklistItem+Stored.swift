import GRDB
import PodiumCore

extension ChecklistItem: StoredEntity {
    static let table = "checklist_items"
    static let columns = [
        "title", "agency", "owner", "due_date", "due_seconds", "status", "blocked_reason", "priority", "notes",
        "gates_segment_id",
    ]
    static let ordering = "id"

    var values: [(any DatabaseValueConvertible)?] {
        [
            title, agency, owner, dueDate?.iso, dueTime?.secondsSinceMidnight, status.rawValue, blockedReason,
            priority.rawValue, notes, gatesSegmentID,
        ]
    }

    init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), title: try row.decode(forColumn: "title"),
            agency: try row.decode(forColumn: "agency"), owner: try row.decode(forColumn: "owner"),
            dueDate: try StoredValue.date(row.decode(forColumn: "due_date")),
            dueTime: StoredValue.time(try row.decode(forColumn: "due_seconds")),
            status: try StoredValue.enumValue(Status.self, row.decode(forColumn: "status"), column: "checklist_items.status"),
            blockedReason: try row.decode(forColumn: "blocked_reason"),
            priority: try StoredValue.enumValue(Priority.self, row.decode(forColumn: "priority"), column: "checklist_items.priority"),
            notes: try row.decode(forColumn: "notes"), gatesSegmentID: try row.decode(forColumn: "gates_segment_id")
        )
    }
}
