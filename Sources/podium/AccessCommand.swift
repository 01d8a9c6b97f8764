import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore
import TermCore

/// `podium access`: who on this machine may open the event file, and which roles each OS account
/// may take in it. The file's permissions are the boundary on one machine; the group is how the
/// operators' own OS accounts share one event; the role table keeps trusted colleagues to their
/// own roles, and cannot stop someone who can write the file.
struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: HelpText.say(vi: "Ai trên máy này được mở tệp sự kiện, và được nhận vai nào.", en: "Who on this machine may open the event file, and in which roles."),
        discussion: HelpText.say(
            vi: "Bảng phân vai: NGƯỜI là tên người dùng của hệ thống (lan) hoặc @ và tên một nhóm (@bantochuc). Bảng trống thì ai cũng nhận được mọi vai; bảng có dòng thì mỗi người chỉ nhận được vai đã cấp cho mình hoặc cho nhóm của mình. Ai cũng xem được (--role viewer), và chủ tệp luôn nhận được vai Ban tổ chức, nên không ai tự khóa mình ngoài sự kiện. Chỉ Ban tổ chức (--role organizer) mới được cấp và thu hồi vai.",
            en: "The role table: USER is an OS account's name (lan) or @ and a group's name (@bantochuc). An empty table lets everyone take any role; once it has a row, each account may take only the roles granted to it or to one of its groups. Everyone may watch (--role viewer), and the file's owner may always take organizer, so nobody locks themselves out. Only an organiser (--role organizer) grants and revokes roles."
        ),
        subcommands: [ListCommand.self, GrantCommand.self, RevokeCommand.self, GroupCommand.self]
    )

    /// A grantee as written on the command line.
    static func parse(_ text: String, _ global: GlobalOptions) throws -> Grantee {
        guard let grantee = Grantee(parsing: text) else {
            throw UsageError(description: global.say(
                vi: "“\(text)” không phải tên người dùng hay nhóm; viết tên người dùng của hệ thống (lan) hoặc @ và tên nhóm (@bantochuc)",
                en: "“\(text)” is not a user or group name; write an OS account's name (lan) or @ and a group's name (@bantochuc)"))
        }
        return grantee
    }

    /// A grantee as written on the command line, refused when it is no account or group of this machine.
    static func grantee(_ text: String, _ global: GlobalOptions) throws -> Grantee {
        let grantee = try parse(text, global)
        guard SystemAccounts.exists(grantee) else {
            throw UsageError(description: grantee.isGroup
                ? global.say(
                    vi: "không có nhóm “\(grantee.name)” trên máy này; xem các nhóm bằng `getent group`",
                    en: "there is no group “\(grantee.name)” on this machine; see the groups with `getent group`")
                : global.say(
                    vi: "không có người dùng “\(grantee.name)” trên máy này; xem tên người dùng bằng `getent passwd` (nhóm thì viết @tên-nhóm)",
                    en: "there is no user “\(grantee.name)” on this machine; see the users with `getent passwd` (write a group as @name)"))
        }
        return grantee
    }

    /// The role's name in the interface's language: "MC", "Ban tổ chức"; English keeps the flag's word.
    static func roleWord(_ role: Role, _ global: GlobalOptions) -> String {
        global.lang == .en ? role.rawValue : global.lang.strings.roleName(role)
    }

    static func requireOrganizer(_ global: GlobalOptions, vi: String, en: String) throws {
        guard global.role == .organizer else { throw global.roleRefusal(vi: vi, en: en, allowed: [.organizer]) }
    }

    /// What the table now means for the one who changed it, when it is not what they might expect:
    /// the first row turns the table on, and a non-owner may have taken organizer from themselves.
    static func consequence(of grants: RoleGrants, owner: String?, _ global: GlobalOptions) -> String? {
        let account = SystemAccounts.current
        if grants.isEmpty {
            return global.say(vi: "Bảng phân vai nay trống: ai mở được tệp cũng nhận được mọi vai.",
                              en: "The role table is now empty: anyone who can open the file may take any role.")
        }
        if !grants.allows(.organizer, for: account, fileOwner: owner) {
            return global.say(
                vi: "Lưu ý: bảng không còn cho “\(account.user)” nhận vai Ban tổ chức; chỉ \(owner.map { "chủ tệp “\($0)”" } ?? "chủ tệp") hoặc người được cấp vai Ban tổ chức sửa lại được.",
                en: "Note: the table no longer lets “\(account.user)” take organizer; only \(owner.map { "the file's owner “\($0)”" } ?? "the file's owner") or someone granted organizer can change it back.")
        }
        return nil
    }

    struct ListCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: HelpText.say(vi: "Liệt kê bảng phân vai: ai được nhận vai nào.", en: "Lists the role table: who may take which role.")
        )

        @Flag(help: .say(vi: "In JSON thay vì văn bản.", en: "Print JSON instead of text."))
        var json = false

        @OptionGroup var global: GlobalOptions

        struct Listing: Encodable {
            struct Row: Encodable {
                /// As written: "lan", "@bantochuc".
                var grantee: String
                /// "user" or "group".
                var kind: String
                var name: String
                var role: String
                var grantedBy: String
                var grantedAt: String
            }
            var fileOwner: String?
            var grants: [Row]
            /// The account running the command, and the roles the table lets it take.
            var osUser: String
            var yourRoles: [String]
        }

        func run() throws {
            try reportingErrors(global) {
                let store = try EventOpening.open(global, readOnly: true)
                let info = try store.load([]).info
                let clock = EventClock(date: info.date, timeZone: info.timeZone)
                let records = try store.roleGrantRecords()
                let grants = RoleGrants(records.map(\.grant))
                let owner = SystemAccounts.owner(of: store.path)
                let account = SystemAccounts.current
                let yours = grants.roles(for: account, fileOwner: owner)
                if json {
                    let rows = records.map { record in
                        Listing.Row(grantee: record.grant.grantee.written, kind: record.grant.grantee.isGroup ? "group" : "user",
                                    name: record.grant.grantee.name, role: record.grant.role.rawValue,
                                    grantedBy: record.grantedBy, grantedAt: clock.iso8601(record.grantedAt))
                    }
                    TerminalText.sayJSON(try JSONOutput.encode(Listing(
                        fileOwner: owner, grants: rows, osUser: account.user, yourRoles: yours.map(\.rawValue))))
                    return
                }
                let ownerText = owner ?? "?"
                var lines: [String] = []
                if records.isEmpty {
                    lines.append(global.say(
                        vi: "Bảng phân vai trống: ai mở được tệp cũng nhận được mọi vai. Cấp vai bằng `podium access grant NGƯỜI VAI` (nhóm viết @tên-nhóm); khi bảng có dòng, chủ tệp “\(ownerText)” vẫn luôn nhận được vai Ban tổ chức.",
                        en: "The role table is empty: anyone who can open the file may take any role. Grant roles with `podium access grant USER ROLE` (a group as @name); once it has rows, the file's owner “\(ownerText)” may still always take organizer."))
                } else {
                    lines.append(global.say(
                        vi: "Bảng phân vai (chủ tệp “\(ownerText)” luôn nhận được vai Ban tổ chức; ai cũng nhận được vai Người xem):",
                        en: "The role table (the file's owner “\(ownerText)” may always take organizer; everyone may take viewer):"))
                    let granteeWidth = records.map { TextWidth.width(of: $0.grant.grantee.written) }.max() ?? 0
                    let roleWidth = records.map { TextWidth.width(of: AccessCommand.roleWord($0.grant.role, global)) }.max() ?? 0
                    for record in records {
                        let grantee = record.grant.grantee.written
                        let role = AccessCommand.roleWord(record.grant.role, global)
                        let by = global.say(vi: "cấp bởi \(record.grantedBy), \(clock.iso8601(record.grantedAt))",
                                            en: "granted by \(record.grantedBy), \(clock.iso8601(record.grantedAt))")
                        lines.append("  " + grantee + String(repeating: " ", count: granteeWidth - TextWidth.width(of: grantee))
                                     + "  " + role + String(repeating: " ", count: roleWidth - TextWidth.width(of: role)) + "  " + by)
                    }
                }
                let words = yours.map { AccessCommand.roleWord($0, global) }.joined(separator: ", ")
                lines.append(global.say(vi: "Bạn (“\(account.user)”) được nhận vai: \(words).", en: "You (“\(account.user)”) may take: \(words)."))
                TerminalText.say(lines.joined(separator: "\n"))
            }
        }
    }

    /// Who and which role, as grant and revoke both name them.
    struct GrantArguments: ParsableArguments {
        @Argument(help: .say(vi: "Tên người dùng của hệ thống, hoặc @tên-nhóm.", en: "An OS account's name, or @group."))
        var user: String

        @Argument(help: .say(vi: "Vai: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).", en: "The role: \(Role.allCases.map(\.rawValue).joined(separator: ", "))."))
        var role: Role
    }

    struct GrantCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "grant",
            abstract: HelpText.say(vi: "Cho một người dùng (hoặc @nhóm) nhận một vai.", en: "Lets a user (or an @group) take a role.")
        )

        @OptionGroup var target: GrantArguments
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try reportingErrors(global) {
                try AccessCommand.requireOrganizer(global, vi: "cấp vai", en: "grant roles")
                let grantee = try AccessCommand.grantee(target.user, global)
                let store = try EventOpening.open(global)
                let grant = RoleGrant(grantee, target.role)
                let who = global.lang.strings.errors.access.grantee(grantee)
                let word = AccessCommand.roleWord(target.role, global)
                guard try store.run(.access(.grant(grant)), by: global.actor, at: Date()).changed else {
                    TerminalText.say(global.say(vi: "Bảng phân vai đã cho \(who) nhận vai \(word); không đổi gì.",
                                                en: "The role table already lets \(who) take the \(word) role; nothing changed."))
                    return
                }
                var lines = [global.say(vi: "Đã cấp vai \(word) cho \(who).", en: "Granted the \(word) role to \(who).")]
                let grants = try store.roleGrants()
                if grants.grants.count == 1 {
                    lines.append(global.say(
                        vi: "Bảng phân vai đã có dòng đầu tiên: từ nay mỗi người chỉ nhận được vai đã cấp cho mình hoặc nhóm của mình (xem `podium access list`).",
                        en: "The role table has its first row: from now on each account may take only the roles granted to it or its groups (see `podium access list`)."))
                }
                if let note = AccessCommand.consequence(of: grants, owner: SystemAccounts.owner(of: store.path), global) { lines.append(note) }
                TerminalText.say(lines.joined(separator: "\n"))
            }
        }
    }

    struct RevokeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: HelpText.say(vi: "Thu hồi một vai đã cấp cho người dùng (hoặc @nhóm).", en: "Takes back a role granted to a user (or an @group).")
        )

        @OptionGroup var target: GrantArguments
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try reportingErrors(global) {
                try AccessCommand.requireOrganizer(global, vi: "thu hồi vai", en: "revoke roles")
                // An account since removed from the machine may still be in the table: only the spelling is checked.
                let grantee = try AccessCommand.parse(target.user, global)
                let store = try EventOpening.open(global)
                let who = global.lang.strings.errors.access.grantee(grantee)
                let word = AccessCommand.roleWord(target.role, global)
                guard try store.run(.access(.revoke(RoleGrant(grantee, target.role))), by: global.actor, at: Date()).changed else {
                    throw UsageError(description: global.say(
                        vi: "bảng phân vai không có dòng cấp vai \(word) cho \(who); xem bảng bằng `podium access list`",
                        en: "the role table has no row granting the \(word) role to \(who); see the table with `podium access list`"))
                }
                var lines = [global.say(vi: "Đã thu hồi vai \(word) của \(who).", en: "Took the \(word) role back from \(who).")]
                if let note = AccessCommand.consequence(of: try store.roleGrants(), owner: SystemAccounts.owner(of: store.path), global) {
                    lines.append(note)
                }
                TerminalText.say(lines.joined(separator: "\n"))
            }
        }
    }

    struct GroupCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "group",
            abstract: HelpText.say(
                vi: "Giao tệp sự kiện (và các tệp -wal, -shm) cho một nhóm người dùng của hệ thống: người trong nhóm đọc và ghi được, người ngoài nhóm không.",
                en: "Gives the event file (and its -wal and -shm files) to an OS group: its members may read and write it, nobody else may."
            )
        )

        @Argument(help: .say(vi: "Tên nhóm người dùng của hệ thống, ví dụ podium.", en: "The OS group's name, e.g. podium."))
        var group: String

        @OptionGroup var global: GlobalOptions

        func run() throws {
            try reportingErrors(global) {
                guard global.role == .organizer else {
                    throw global.roleRefusal(vi: "đổi quyền mở tệp sự kiện", en: "change who may open the event file", allowed: [.organizer])
                }
                guard let entry = getgrnam(group) else {
                    throw UsageError(description: global.say(
                        vi: "không có nhóm “\(group)” trên máy này; tạo nhóm trước (sudo groupadd \(group)) rồi thêm người dùng vào (sudo usermod -aG \(group) TÊN)",
                        en: "there is no group “\(group)” on this machine; create it first (sudo groupadd \(group)) and add the users (sudo usermod -aG \(group) NAME)"))
                }
                let gid = entry.pointee.gr_gid
                let store = try EventOpening.open(global, readOnly: true)
                // Opened read-only, but it changes who may open the file: the role table decides.
                try EventOpening.checkRole(global, store)
                for path in [store.path, store.path + "-wal", store.path + "-shm"] where FileManager.default.fileExists(atPath: path) {
                    // uid_t.max leaves the owner as it is.
                    guard chown(path, uid_t.max, gid) == 0, chmod(path, EventStore.fileMode) == 0 else {
                        let reason = String(cString: strerror(errno))
                        throw UsageError(description: global.say(
                            vi: "không giao được \(path) cho nhóm “\(group)”: \(reason); chỉ chủ tệp là thành viên của nhóm mới làm được",
                            en: "could not give \(path) to the group “\(group)”: \(reason); only the file's owner, as a member of the group, can"))
                    }
                }
                TerminalText.say(global.say(
                    vi: "Đã giao \(store.path) cho nhóm “\(group)” (rw-rw----): người trong nhóm mở được với vai của mình, người ngoài nhóm không.",
                    en: "Gave \(store.path) to the group “\(group)” (rw-rw----): its members may open it in their roles, nobody else may."))
            }
        }
    }
}
