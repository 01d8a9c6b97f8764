import Foundation
import GRDB
import PodiumCore

/// One row of the role table as `podium access list` shows it.
public struct RoleGrantRecord: Hashable, Sendable {
    public var grant: RoleGrant
    /// The OS account that granted it.
    public var grantedBy: String
    public var grantedAt: Date
}

/// The event's role table: who may take which role. Each grant and revoke is one transaction
/// with its journal fact, which names the OS account that made it.
extension EventStore {
    /// The table's rows in table order; none in a file written before the table existed.
    public func roleGrantRecords() throws(StoreError) -> [RoleGrantRecord] {
        try read { db in try Self.readRoleGrantRecords(db) }
    }

    static func readRoleGrants(_ db: Database) throws -> RoleGrants {
        RoleGrants(try readRoleGrantRecords(db).map(\.grant))
    }

    static func readRoleGrantRecords(_ db: Database) throws -> [RoleGrantRecord] {
        guard try db.tableExists("role_grants") else { return [] }
        let rows = try Row.fetchAll(db, sql: "SELECT grantee, role, granted_by, granted_at FROM role_grants")
        return rows.compactMap { row -> RoleGrantRecord? in
            // A row this version cannot read (a role from a newer Podium) grants nothing here.
            guard let grantee = Grantee(parsing: row["grantee"]), let role = Role(rawValue: row["role"]) else { return nil }
            return RoleGrantRecord(
                grant: RoleGrant(grantee, role), grantedBy: row["granted_by"], grantedAt: Date(timeIntervalSince1970: row["granted_at"])
            )
        }
        .sorted { $0.grant < $1.grant }
    }

    public func roleGrants() throws(StoreError) -> RoleGrants {
        RoleGrants(try roleGrantRecords().map(\.grant))
    }

    /// Adds the grant; false (and nothing written) when the table already holds it.
    @discardableResult
    func grant(_ grant: RoleGrant, by actor: Actor, at time: Date) throws(StoreError) -> Bool {
        try write { db in
            let time = JournalRows.roundedToMillisecond(time)
            try db.execute(
                sql: "INSERT OR IGNORE INTO role_grants (grantee, role, granted_by, granted_at) VALUES (?, ?, ?, ?)",
                arguments: [grant.grantee.written, grant.role.rawValue, actor.osUser, time.timeIntervalSince1970]
            )
            guard db.changesCount > 0 else { return false }
            _ = try JournalRows.append(.access(.granted(grant)), actor: actor, time: time, db)
            return true
        }
    }

    /// Removes the grant; false (and nothing written) when the table does not hold it.
    @discardableResult
    func revoke(_ grant: RoleGrant, by actor: Actor, at time: Date) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(
                sql: "DELETE FROM role_grants WHERE grantee = ? AND role = ?", arguments: [grant.grantee.written, grant.role.rawValue]
            )
            guard db.changesCount > 0 else { return false }
            _ = try JournalRows.append(.access(.revoked(grant)), actor: actor, time: time, db)
            return true
        }
    }
}
