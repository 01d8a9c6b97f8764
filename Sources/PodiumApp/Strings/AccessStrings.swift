import PodiumCore

/// The role table in words: who a grant names, and why a role asked for was refused.
public struct AccessStrings: Sendable {
    /// "người dùng “lan”", "the group “bantochuc”".
    public var grantee: @Sendable (Grantee) -> String
    /// The refusal of a role the table does not grant; it names the role, the account, the
    /// roles it may take, and who can grant it (the file's owner always can).
    public var refusal: @Sendable (RoleClaimRefusal) -> String
    // The role-table form (V on the programme pane, organisers).
    /// The key in help.
    public var action: String
    public var title: String
    /// Who, which role, grant or revoke.
    public var fields: [String]
    /// The words the third field takes: to grant, to revoke (either language's words are read).
    public var grantWord: String
    public var revokeWord: String
    /// The form's first lines: the table as it is, then the rules no row changes.
    public var emptyTable: String
    public var row: @Sendable (_ grantee: String, _ role: String) -> String
    public var rules: @Sendable (_ owner: String?) -> String
    public var notOrganiser: String
    public var badGrantee: @Sendable (String) -> String
    public var badRole: @Sendable (String) -> String
    public var badChange: @Sendable (String) -> String
    public var alreadyGranted: @Sendable (_ grantee: String, _ role: String) -> String
    public var notGranted: @Sendable (_ grantee: String, _ role: String) -> String
    /// The notice once the form is saved.
    public var granted: @Sendable (_ grantee: String, _ role: String) -> String
    public var revoked: @Sendable (_ grantee: String, _ role: String) -> String
    /// The notice on a screen whose role an organiser granted again after revoking it.
    public var roleGivenBack: @Sendable (_ role: String) -> String

    public static let vietnamese = AccessStrings(
        grantee: ErrorStrings.vietnameseGrantee,
        refusal: { refusal in
            let role = ErrorStrings.vietnameseRoleName(refusal.role)
            let user = "“\(refusal.user)”"
            let allowed = refusal.allowed.map(ErrorStrings.vietnameseRoleName).joined(separator: ", ")
            var text = "Người dùng hệ thống \(user) không được nhận vai \(role) ở sự kiện này: bảng phân vai của sự kiện "
                + "không cấp vai đó cho \(user) hay cho nhóm nào của \(user) (\(user) được nhận vai: \(allowed)). "
            if let owner = refusal.fileOwner, owner == refusal.user {
                return text + "Là chủ tệp sự kiện, \(user) luôn được nhận vai Ban tổ chức và có thể tự cấp vai \(role): `\(refusal.grantCommand)`."
            }
            let owner = refusal.fileOwner.map { "chủ tệp “\($0)”" } ?? "chủ tệp sự kiện"
            let granters = refusal.granters.map(ErrorStrings.vietnameseGrantee).joined(separator: ", ")
            let last = "\(owner) (chủ tệp luôn được nhận vai Ban tổ chức)"
            text += "Người cấp được vai là người có vai Ban tổ chức: " + (granters.isEmpty ? last : granters + " hoặc " + last)
            return text + "; đề nghị một trong số họ chạy `\(refusal.grantCommand)`."
        },
        action: "Bảng phân vai: cấp, thu hồi vai cho người dùng hoặc nhóm của hệ thống",
        title: "Bảng phân vai",
        fields: ["Người dùng hoặc @nhóm", "Vai", "Cấp hay thu hồi"],
        grantWord: "cấp", revokeWord: "thu hồi",
        emptyTable: "Bảng trống: ai mở được tệp cũng nhận được mọi vai.",
        row: { grantee, role in "\(grantee): \(role)" },
        rules: { owner in "Chủ tệp\(owner.map { " “\($0)”" } ?? "") luôn nhận được vai Ban tổ chức; ai cũng xem được." },
        notOrganiser: "Chỉ Ban tổ chức được sửa bảng phân vai.",
        badGrantee: { "“\($0)” không phải tên người dùng hay nhóm; ghi tên người dùng của hệ thống (lan) hoặc @ và tên nhóm (@bantochuc)." },
        badRole: { "“\($0)” không phải một vai; ghi mc, protocol, organizer hoặc viewer." },
        badChange: { "“\($0)” không rõ; ghi “cấp” hoặc “thu hồi”." },
        alreadyGranted: { "Bảng đã cho \($0) nhận vai \($1)." },
        notGranted: { "Bảng không có dòng cấp vai \($1) cho \($0)." },
        granted: { "Đã cấp vai \($1) cho \($0)." },
        revoked: { "Đã thu hồi vai \($1) của \($0)." },
        roleGivenBack: { "Vai \($0) đã được cấp lại: cửa sổ này lại thay đổi được sự kiện." }
    )

    public static let english = AccessStrings(
        grantee: ErrorStrings.englishGrantee,
        refusal: { refusal in
            let user = "“\(refusal.user)”"
            let role = refusal.role.rawValue
            var text = "The OS user \(user) may not take the \(role) role on this event: the event's role table grants it "
                + "neither to \(user) nor to a group of theirs (\(user) may take: \(refusal.allowed.map(\.rawValue).joined(separator: ", "))). "
            if let owner = refusal.fileOwner, owner == refusal.user {
                return text + "As the event file's owner, \(user) may always take organizer and may grant the \(role) role to themselves: `\(refusal.grantCommand)`."
            }
            let owner = refusal.fileOwner.map { "the file's owner “\($0)”" } ?? "the event file's owner"
            let granters = refusal.granters.map(ErrorStrings.englishGrantee).joined(separator: ", ")
            let last = "\(owner) (the owner may always take organizer)"
            text += "Roles are granted by an organiser: " + (granters.isEmpty ? last : granters + ", or " + last)
            return text + "; ask one of them to run `\(refusal.grantCommand)`."
        },
        action: "The role table: grant and revoke roles for OS users and groups",
        title: "Role table",
        fields: ["User or @group", "Role", "Grant or revoke"],
        grantWord: "grant", revokeWord: "revoke",
        emptyTable: "The table is empty: anyone who can open the file may take any role.",
        row: { grantee, role in "\(grantee): \(role)" },
        rules: { owner in "The file's owner\(owner.map { " “\($0)”" } ?? "") may always take organizer; everyone may watch." },
        notOrganiser: "Only an organiser may change the role table.",
        badGrantee: { "“\($0)” is not a user or group name; write an OS account's name (lan) or @ and a group's name (@bantochuc)." },
        badRole: { "“\($0)” is not a role; write mc, protocol, organizer or viewer." },
        badChange: { "“\($0)” is unclear; write “grant” or “revoke”." },
        alreadyGranted: { "The table already lets \($0) take the \($1) role." },
        notGranted: { "The table has no row granting the \($1) role to \($0)." },
        granted: { "Granted the \($1) role to \($0)." },
        revoked: { "Took the \($1) role back from \($0)." },
        roleGivenBack: { "The \($0) role was granted again: this window may change the event again." }
    )
}

extension ErrorStrings {
    static func vietnameseGrantee(_ grantee: Grantee) -> String {
        switch grantee {
        case .user(let name): "người dùng “\(name)”"
        case .group(let name): "các thành viên nhóm “\(name)”"
        }
    }

    static func englishGrantee(_ grantee: Grantee) -> String {
        switch grantee {
        case .user(let name): "the user “\(name)”"
        case .group(let name): "members of the group “\(name)”"
        }
    }
}
