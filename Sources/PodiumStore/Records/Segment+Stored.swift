import GRDB
import PodiumCore

extension Segment: StoredEntity {
    static let table = "segments"
    static let columns = [
        "position", "title", "kind", "planned_seconds", "fixed_start_seconds", "presenter", "mc_lines", "cues",
        "warning_seconds", "danger_seconds",
    ]
    static let ordering = "position, id"

    var values: [(any DatabaseValueConvertible)?] {
        [
            position, title, kind.rawValue, plannedSeconds, fixedStart?.secondsSinceMidnight, presenter, mcLines,
            cues, warningSeconds, dangerSeconds,
        ]
    }

    init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), position: try row.decode(forColumn: "position"),
            title: try row.decode(forColumn: "title"),
            kind: try StoredValue.enumValue(SegmentKind.self, row.decode(forColumn: "kind"), column: "segments.kind"),
            plannedSeconds: try row.decode(forColumn: "planned_seconds"),
            fixedStart: StoredValue.time(try row.decode(forColumn: "fixed_start_seconds")),
            presenter: try row.decode(forColumn: "presenter"), mcLines: try row.decode(forColumn: "mc_lines"),
            cues: try row.decode(forColumn: "cues"), warningSeconds: try row.decode(Int.self, forColumn: "warning_seconds"),
            dangerSeconds: try row.decode(Int.self, forColumn: "danger_seconds")
        )
    }
}
