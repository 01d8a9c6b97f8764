/// The import dialog's choices: create the groups a list names, skip or merge duplicates,
/// compare a revised list, and the order of new groups.
public struct ImportChoiceStrings: Sendable {
    public var createGroups: @Sendable (_ count: Int) -> String
    public var skipDuplicates: String
    public var mergeDuplicates: String
    public var compareRevision: String
    public var otherKey: String
    /// The refusal's last line when more problems than fit: how many, and where to read them all.
    public var moreProblems: @Sendable (_ count: Int, _ command: String) -> String
    public var newGroupsTitle: String
    public var newGroup: @Sendable (_ place: Int, _ name: String, _ rows: Int) -> String
    public var moveHint: String
    public var revisionLine: @Sendable (_ key: String, _ what: String, _ count: Int, _ choice: String) -> String
    public var revisionNew: String
    public var revisionChanged: String
    public var revisionGone: String
    public var revisionUnchanged: @Sendable (_ count: Int) -> String
    public var revisionHint: String
    public var choiceName: @Sendable (_ raw: String) -> String
    public var revisionDone: String

    public static let vietnamese = ImportChoiceStrings(
        createGroups: { "g: tạo \($0) nhóm thành phần mới từ cột Thành phần" },
        skipDuplicates: "s: bỏ qua dòng trùng",
        mergeDuplicates: "m: gộp dòng trùng vào người đã có",
        compareRevision: "v: so sánh như danh sách sửa đổi (mới / thay đổi / không còn)",
        otherKey: "phím khác: quay lại",
        moreProblems: { "… và \($0) lỗi nữa; xem đủ bằng \($1)" },
        newGroupsTitle: "Nhóm mới (thứ tự ưu tiên, số dòng):",
        newGroup: { place, name, rows in "\(place). \(name) — \(rows)" },
        moveHint: "↑↓ chọn nhóm · K/J chuyển lên/xuống · Enter/c nhập · Esc quay lại",
        revisionLine: { key, what, count, choice in "\(key) \(what): \(count) → \(choice)" },
        revisionNew: "Mới",
        revisionChanged: "Thay đổi (chức vụ, đơn vị, nhóm)",
        revisionGone: "Không còn trong danh sách",
        revisionUnchanged: { "Không đổi: \($0)" },
        revisionHint: "1/2/3 đổi lựa chọn · Enter/c áp dụng (ghế người ở lại giữ nguyên) · Esc quay lại",
        choiceName: { raw in
            switch raw {
            case "add": "thêm"
            case "skip": "bỏ qua"
            case "update": "cập nhật"
            case "keep": "giữ lại"
            default: "xóa"
            }
        },
        revisionDone: "Đã áp dụng danh sách sửa đổi."
    )

    public static let english = ImportChoiceStrings(
        createGroups: { "g: create \($0) new participant groups from the group column" },
        skipDuplicates: "s: skip duplicate rows",
        mergeDuplicates: "m: merge duplicate rows into those already listed",
        compareRevision: "v: compare as a revised list (new / changed / gone)",
        otherKey: "any other key: back",
        moreProblems: { "… and \($0) more; see them all with \($1)" },
        newGroupsTitle: "New groups (precedence, rows):",
        newGroup: { place, name, rows in "\(place). \(name) — \(rows)" },
        moveHint: "↑↓ choose a group · K/J move it up/down · Enter/y import · Esc back",
        revisionLine: { key, what, count, choice in "\(key) \(what): \(count) → \(choice)" },
        revisionNew: "New",
        revisionChanged: "Changed (title, unit, group)",
        revisionGone: "Gone from the list",
        revisionUnchanged: { "Unchanged: \($0)" },
        revisionHint: "1/2/3 change a choice · Enter/y apply (seats of those who stay are kept) · Esc back",
        choiceName: { $0 },
        revisionDone: "Applied the revised list."
    )
}
