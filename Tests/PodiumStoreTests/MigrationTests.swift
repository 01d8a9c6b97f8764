import Foundation
import GRDB
import PodiumCore
import Testing
@testable import PodiumStore

/// Files written before a migration still open, and gain its columns with their defaults.
@Suite struct MigrationTests {
    @Test func aFileFromBeforeTheTimeZoneOpensInVietnamsZone() throws {
        let dir = try TempDir()
        let queue = try DatabaseQueue(path: dir.file().path)
        try Schema.migrator.migrate(queue, upTo: "awards-1")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO event_info (id, title, plan_number, date, start_seconds, window_minutes, venue, organiser)
                VALUES (1, 'Hội nghị', '', '2026-03-26', 28800, 240, '', '');
                INSERT INTO participant_groups (id, key, name, sort_order, level, aliases)
                VALUES (1, 'press', 'Cơ quan thông tấn, báo chí', 1, 'guest', '[]');
                """)
        }
        try queue.close()
        let store = try EventStore.open(at: dir.file())
        let event = try store.load()
        #expect(event.info.timeZoneID == "Asia/Ho_Chi_Minh")
        #expect(event.groups.first?.shortLabel == "")
        #expect(event.groups.first?.label == "Cơ quan thông tấn, báo chí")
    }
}
