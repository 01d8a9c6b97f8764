import Foundation
import GRDB
import PodiumCore

/// The single-row tables: the event's facts and its hall (kept as JSON; seats are derived).
enum SingleRows {
    static func writeInfo(_ info: EventInfo, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO event_info
                    (id, title, plan_number, date, start_seconds, window_minutes, venue, organiser, time_zone)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                info.title, info.planNumber, info.date.iso, info.startTime.secondsSinceMidnight, info.windowMinutes,
                info.venue, info.organiser, info.timeZoneID,
            ]
        )
    }

    static func readInfo(_ db: Database) throws -> EventInfo {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM event_info WHERE id = 1") else {
            throw StoredValueError("the event_info row is missing")
        }
        guard let date = try StoredValue.date(row.decode(forColumn: "date")) else {
            throw StoredValueError("event_info.date is empty")
        }
        return EventInfo(
            title: try row.decode(forColumn: "title"), planNumber: try row.decode(forColumn: "plan_number"),
            date: date, startTime: ClockTime(secondsSinceMidnight: try row.decode(forColumn: "start_seconds")),
            windowMinutes: try row.decode(forColumn: "window_minutes"), venue: try row.decode(forColumn: "venue"),
            organiser: try row.decode(forColumn: "organiser"), timeZoneID: try row.decode(forColumn: "time_zone")
        )
    }

    static func writeHall(_ hall: Hall, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO hall (id, json) VALUES (1, ?)", arguments: [try JSONText.encode(hall)])
    }

    static func readHall(_ db: Database) throws -> Hall {
        guard let json = try String.fetchOne(db, sql: "SELECT json FROM hall WHERE id = 1") else { return .empty }
        do {
            return try JSONDecoder().decode(Hall.self, from: Data(json.utf8))
        } catch {
            throw StoredValueError("hall.json does not describe a hall: \(error)")
        }
    }
}
