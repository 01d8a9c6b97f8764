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

/// The event's role table: who may take which role. Grants and revokes are commands
/// (`AccessChange`); each row names the OS account that granted it.
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
}
