import PodiumCore

/// The role table in words: who a grant names, and why a role asked for was refused.
public struct AccessStrings: Sendable {
    /// "người dùng “lan”", "the group “bantochuc”".
    public var grantee: @Sendable (Grantee) -> String
    /// The refusal of a role the table does not grant; it names the role, the account, the
    /// roles it may take, and who can grant it (the file's owner always can).
    public var refusal: @Sendable (RoleClaimRefusal) -> String

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
        }
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
        }
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
