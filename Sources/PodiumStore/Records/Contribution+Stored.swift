import GRDB
import PodiumCore

extension Contribution: StoredEntity {
    static let table = "contributions"
    static let columns = [
        "position", "topic", "unit", "speaker_name", "speaker_title", "allotted_seconds", "status", "mc_notes",
        "delegate_id", "mc_invitation", "mc_thanks",
    ]
    static let ordering = "position, id"

    var values: [(any DatabaseValueConvertible)?] {
        [position, topic, unit, speakerName, speakerTitle, allottedSeconds, status.rawValue, mcNotes, delegateID, mcInvitation, mcThanks]
    }

    init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), position: try row.decode(forColumn: "position"),
            topic: try row.decode(forColumn: "topic"), unit: try row.decode(forColumn: "unit"),
            speakerName: try row.decode(forColumn: "speaker_name"),
            speakerTitle: try row.decode(forColumn: "speaker_title"),
            allottedSeconds: try row.decode(forColumn: "allotted_seconds"),
            status: try StoredValue.enumValue(Status.self, row.decode(forColumn: "status"), column: "contributions.status"),
            mcNotes: try row.decode(forColumn: "mc_notes"),
            delegateID: try row.decode(forColumn: "delegate_id"),
            mcInvitation: try row.decode(forColumn: "mc_invitation"), mcThanks: try row.decode(forColumn: "mc_thanks")
        )
    }
}
