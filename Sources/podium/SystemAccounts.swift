import Foundation
import PodiumCore
import PodiumStore

/// What the system says about accounts and groups: the role table names them, the domain only
/// compares the names it is given.
enum SystemAccounts {
    /// The account this process runs as and every group it holds: the same groups the file's
    /// permissions see (a group joined since logging in counts after the next login, there too).
    static var current: OSAccount {
        var ids = [gid_t](repeating: 0, count: Int(max(getgroups(0, nil), 0)) + 1)
        let count = getgroups(Int32(ids.count), &ids)
        let gids = Set(ids.prefix(Int(max(count, 0)))).union([getegid()])
        return OSAccount(user: Actor.currentOSUser, groups: Set(gids.compactMap(groupName)))
    }

    /// The name of the account that owns the file; nil when the system cannot say.
    static func owner(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, let entry = getpwuid(info.st_uid) else { return nil }
        return String(cString: entry.pointee.pw_name)
    }

    static func groupName(_ gid: gid_t) -> String? {
        guard let entry = getgrgid(gid) else { return nil }
        return String(cString: entry.pointee.gr_name)
    }

    /// Whether the machine knows this account or group.
    static func exists(_ grantee: Grantee) -> Bool {
        switch grantee {
        case .user(let name): getpwnam(name) != nil
        case .group(let name): getgrnam(name) != nil
        }
    }
}
