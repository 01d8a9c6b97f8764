/// The footer's short words for the bindings that show there (`KeyBinding.inFooter`).
public struct FooterStrings: Sendable {
    public var panes, next, keys, otherLanguage, quit: String
    public var checklistDone, checklistBlock, checklistEdit, checklistNotes, checklistFilter, checklistGrouping: String
    public var awardsTick, awardsNext, awardsBack: String
    public var setupGroups, setupRanks, setupOwnRank, setupSettings, seatingAuto, seatingHall: String
    public var awardsDecision, awardsAdd, awardsEdit, awardsRemove, awardsMove, awardsSplit, awardsMerge: String
    public var indexGroup, indexTier, indexSort, indexReverse, indexSearch, indexView, indexCard, indexRevealNext, indexRevealBack: String

    public static let vietnamese = FooterStrings(
        panes: "chuyển khung", next: "tiếp", keys: "phím tắt", otherLanguage: "English", quit: "thoát",
        checklistDone: "xong", checklistBlock: "vướng", checklistEdit: "thêm/sửa/xóa", checklistNotes: "ghi chú",
        checklistFilter: "lọc", checklistGrouping: "nhóm",
        awardsTick: "đã nhận", awardsNext: "đợt tiếp", awardsBack: "đợt trước",
        setupGroups: "nhóm", setupRanks: "thứ bậc", setupOwnRank: "bậc riêng", setupSettings: "thiết lập", seatingAuto: "tự xếp", seatingHall: "hội trường",
        awardsDecision: "quyết định", awardsAdd: "thêm", awardsEdit: "sửa", awardsRemove: "xoá", awardsMove: "chuyển", awardsSplit: "tách", awardsMerge: "gộp",
        indexGroup: "khối", indexTier: "nhóm", indexSort: "sắp xếp", indexReverse: "đảo", indexSearch: "tìm", indexView: "xem",
        indexCard: "thẻ", indexRevealNext: "công bố", indexRevealBack: "lùi"
    )

    public static let english = FooterStrings(
        panes: "panes", next: "next", keys: "keys", otherLanguage: "Tiếng Việt", quit: "quit",
        checklistDone: "done", checklistBlock: "block", checklistEdit: "add/edit/del", checklistNotes: "notes",
        checklistFilter: "filter", checklistGrouping: "group",
        awardsTick: "received", awardsNext: "next batch", awardsBack: "previous batch",
        setupGroups: "groups", setupRanks: "ranks", setupOwnRank: "own rank", setupSettings: "settings", seatingAuto: "auto-seat", seatingHall: "hall",
        awardsDecision: "decision", awardsAdd: "add", awardsEdit: "edit", awardsRemove: "remove", awardsMove: "move", awardsSplit: "split", awardsMerge: "merge",
        indexGroup: "group", indexTier: "tier", indexSort: "sort", indexReverse: "reverse", indexSearch: "find", indexView: "view",
        indexCard: "card", indexRevealNext: "reveal", indexRevealBack: "back"
    )
}
