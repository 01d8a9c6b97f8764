import GRDB

/// The layout of an event file and the migrations that build it.
enum Schema {
    /// `PRAGMA application_id` of every Podium event file: "PDM1" in ASCII.
    static let applicationID: Int32 = 0x5044_4D31
    /// The value of the `format` row in `podium_meta`.
    static let formatName = "podium-event"
    /// Migration identifiers in order; the schema version is the number of them applied.
    static let migrationIDs = ["v1", "seating-1", "speakers-1", "awards-1", "event-2", "index-1", "journal-2", "access-1"]
    static var currentVersion: Int { migrationIDs.count }
    /// Migrations a reader does without: the columns they add read as their defaults, so a
    /// read-only command (`info`, `journal`, `export`) still opens a file written before them.
    static let readableWithout: Set<String> = ["journal-2", "access-1"]

    /// Whether a read-only connection can read the file as it is.
    static func isReadable(_ db: Database) throws -> Bool {
        let missing = Set(migrationIDs).subtracting(try migrator.appliedIdentifiers(db))
        return missing.isSubset(of: readableWithout)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
            try stamp(db, version: 1)
        }
        // Seating: who sits where (one row per seated delegate), the rank table and the settings.
        migrator.registerMigration("seating-1") { db in
            try db.execute(sql: seating1)
            try stamp(db, version: version(of: "seating-1"))
        }
        migrator.registerMigration("speakers-1") { db in
            try db.execute(sql: speakers1)
            try stamp(db, version: version(of: "speakers-1"))
        }
        migrator.registerMigration("awards-1") { db in
            try db.execute(sql: awards1)
            try stamp(db, version: version(of: "awards-1"))
        }
        migrator.registerMigration("event-2") { db in
            try db.execute(sql: event2)
            try stamp(db, version: version(of: "event-2"))
        }
        migrator.registerMigration("index-1") { db in
            try db.execute(sql: index1)
            try stamp(db, version: version(of: "index-1"))
        }
        // The journal names the OS account behind each entry as well as the name the operator
        // gave: `--operator` is a free choice, the account is not. Older entries read as "".
        migrator.registerMigration("journal-2") { db in
            try db.execute(sql: "ALTER TABLE journal ADD COLUMN os_user TEXT NOT NULL DEFAULT ''")
            try stamp(db, version: version(of: "journal-2"))
        }
        // Who may take which role. A file without the table (or with it empty) lets everyone
        // take any role, as every file did before it.
        migrator.registerMigration("access-1") { db in
            try db.execute(sql: access1)
            try stamp(db, version: version(of: "access-1"))
        }
        return migrator
    }

    /// A migration's version is its place in `migrationIDs`, so merged lists stay consistent.
    private static func version(of id: String) -> Int {
        (migrationIDs.firstIndex(of: id) ?? migrationIDs.count - 1) + 1
    }

    /// Records the version both in the file header (readable without SQLite) and in `podium_meta`.
    private static func stamp(_ db: Database, version: Int) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: "PRAGMA user_version = \(version)")
        try db.execute(
            sql: "INSERT OR REPLACE INTO podium_meta (key, value) VALUES ('format', ?), ('schema_version', ?)",
            arguments: [formatName, String(version)]
        )
    }

    /// A contribution may name its roster delegate and carry the MC's own invitation and thanks.
    private static let speakers1 = """
        ALTER TABLE contributions ADD COLUMN delegate_id INTEGER;
        ALTER TABLE contributions ADD COLUMN mc_invitation TEXT NOT NULL DEFAULT '';
        ALTER TABLE contributions ADD COLUMN mc_thanks TEXT NOT NULL DEFAULT '';
        """

    private static let v1 = """
        CREATE TABLE podium_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
        CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
        CREATE TABLE event_info (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL, plan_number TEXT NOT NULL, date TEXT NOT NULL,
            start_seconds INTEGER NOT NULL, window_minutes INTEGER NOT NULL,
            venue TEXT NOT NULL, organiser TEXT NOT NULL
        );
        CREATE TABLE hall (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
        CREATE TABLE segments (
            id INTEGER PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL,
            planned_seconds INTEGER NOT NULL, fixed_start_seconds INTEGER, presenter TEXT NOT NULL,
            mc_lines TEXT NOT NULL, cues TEXT NOT NULL,
            warning_seconds INTEGER NOT NULL, danger_seconds INTEGER NOT NULL
        );
        CREATE TABLE participant_groups (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL, name TEXT NOT NULL, sort_order INTEGER NOT NULL,
            level TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE delegates (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, title TEXT NOT NULL, unit TEXT NOT NULL,
            group_key TEXT NOT NULL, precedence_override INTEGER, stand_in_for TEXT,
            flags INTEGER NOT NULL DEFAULT 0, checked_in INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL
        );
        CREATE TABLE contributions (
            id INTEGER PRIMARY KEY, position INTEGER NOT NULL, topic TEXT NOT NULL, unit TEXT NOT NULL,
            speaker_name TEXT NOT NULL, speaker_title TEXT NOT NULL, allotted_seconds INTEGER NOT NULL,
            status TEXT NOT NULL, mc_notes TEXT NOT NULL
        );
        CREATE TABLE award_decisions (
            id INTEGER PRIMARY KEY, number TEXT NOT NULL, date TEXT, signer TEXT NOT NULL,
            signer_title TEXT NOT NULL, subject TEXT NOT NULL
        );
        CREATE TABLE award_recipients (
            id INTEGER PRIMARY KEY, decision_id INTEGER NOT NULL, sort_order INTEGER NOT NULL,
            kind TEXT NOT NULL, name TEXT NOT NULL, title TEXT NOT NULL, unit TEXT NOT NULL,
            form TEXT NOT NULL, representative TEXT NOT NULL
        );
        CREATE TABLE checklist_items (
            id INTEGER PRIMARY KEY, title TEXT NOT NULL, agency TEXT NOT NULL, owner TEXT NOT NULL,
            due_date TEXT, due_seconds INTEGER, status TEXT NOT NULL, blocked_reason TEXT NOT NULL,
            priority TEXT NOT NULL, notes TEXT NOT NULL, gates_segment_id INTEGER
        );
        CREATE TABLE journal (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            time REAL NOT NULL,
            operator TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL,
            payload TEXT NOT NULL CHECK (json_valid(payload))
        );
        CREATE INDEX journal_action ON journal (action);
        CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
            BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
        CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
            BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
        """

    private static let seating1 = """
        CREATE TABLE seat_assignments (
            delegate_id INTEGER PRIMARY KEY, seat TEXT NOT NULL, locked INTEGER NOT NULL DEFAULT 0,
            reason TEXT NOT NULL CHECK (json_valid(reason))
        );
        CREATE INDEX seat_assignments_seat ON seat_assignments (seat);
        CREATE TABLE seating_config (
            id INTEGER PRIMARY KEY CHECK (id = 1), rank_table TEXT NOT NULL, settings TEXT NOT NULL
        );
        """

    /// Award attendance, stand-ins and pronunciation per recipient; the ceremony's plan
    /// (settings, batches, presenters, script edits) as one JSON row like the hall.
    private static let awards1 = """
        ALTER TABLE award_recipients ADD COLUMN attendance TEXT NOT NULL DEFAULT 'check-in';
        ALTER TABLE award_recipients ADD COLUMN received_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE award_recipients ADD COLUMN pronunciation TEXT NOT NULL DEFAULT '';
        CREATE TABLE award_plan (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
        """

    /// The hall's time zone (files from before it was kept are in Việt Nam's), and each
    /// participant group's short label for tight places ("" until one is given).
    private static let event2 = """
        ALTER TABLE event_info ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Asia/Ho_Chi_Minh';
        ALTER TABLE participant_groups ADD COLUMN short_label TEXT NOT NULL DEFAULT '';
        """

    /// The PAR index (scheme and scores) as one JSON row: it is read and replaced as a whole.
    private static let index1 = """
        CREATE TABLE par_index (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
        """

    /// One row per grant: `grantee` is an OS account's name, or a group's after "@". Who granted
    /// it and when are in the journal's `access.grant` entry as well; here they let `podium
    /// access list` say so without reading the journal.
    private static let access1 = """
        CREATE TABLE role_grants (
            grantee TEXT NOT NULL, role TEXT NOT NULL, granted_by TEXT NOT NULL, granted_at REAL NOT NULL,
            PRIMARY KEY (grantee, role)
        );
        """
}
