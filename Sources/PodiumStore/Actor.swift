import Foundation
import PodiumCore

/// Who makes a change: every journal entry records the operator's name and role, and the OS
/// account the process runs as.
public struct Actor: Hashable, Sendable {
    public var operatorName: String
    public var role: Role
    public var osUser: String

    public init(operatorName: String, role: Role, osUser: String = Actor.currentOSUser) {
        self.operatorName = operatorName
        self.role = role
        self.osUser = osUser
    }

    /// The account this process runs as (from the password database, not from $USER, which
    /// anyone can set).
    public static let currentOSUser: String = {
        guard let entry = getpwuid(geteuid()) else { return String(geteuid()) }
        return String(cString: entry.pointee.pw_name)
    }()
}
