import PodiumCore

/// The words of pane 6 (the PAR index), its stage reveal and its keys, in both languages.
public struct IndexStrings: Sendable {
    public var empty: String
    public var columnRank: String
    public var columnUnit: String
    public var columnTotal: String
    public var columnPercent: String
    public var columnTier: String
    public var columnChange: String
    public var columnBar: String
    public var allTiers: String
    public var searchLabel: String
    /// Shown for the group while a search looks through every group.
    public var allGroups: String
    public var searchMatches: @Sendable (_ count: Int) -> String
    public var sortLabel: @Sendable (_ column: String, _ descending: Bool) -> String
    public var groupSummary: @Sendable (_ count: Int, _ average: String, _ median: String) -> String
    public var noMatch: String
    public var cardFields: String
    public var cardGroupAverage: String
    public var cardChange: @Sendable (_ rankChange: Int?, _ lastRank: Int?, _ scoreChange: String?) -> String
    public var cardBestWorst: @Sendable (_ best: String, _ worst: String) -> String
    public var cardRank: @Sendable (_ rank: Int, _ of: Int, _ group: String) -> String
    public var legend: String
    public var revealProgress: @Sendable (_ revealed: Int, _ total: Int) -> String
    public var revealNext: String
    public var revealDone: String
    public var revealTitle: String
    public var revealWaiting: String
    /// The score under a place on the stage, as the MC reads it ("88,4 điểm"), with its share of
    /// the maximum when the maximum is not 100 (where the two would be the same number).
    public var stageScore: @Sendable (_ points: String, _ percent: String?) -> String
    public var revealNotAllowed: String
    // Key table descriptions: shown in the help overlay, shortened in the footer.
    public var actionGroup: String
    public var actionTier: String
    public var actionSort: String
    public var actionReverse: String
    public var actionSearch: String
    public var actionView: String
    public var actionCard: String
    public var actionRevealNext: String
    public var actionRevealBack: String

    public func change(_ value: Int?) -> String {
        guard let value else { return "–" }
        return value > 0 ? "▲\(value)" : value < 0 ? "▼\(-value)" : "="
    }
}

extension IndexStrings {
    static let vietnamese = IndexStrings(
        empty: "Sự kiện này chưa có kết quả Chỉ số CCHC. Nhập bằng phím I (tệp CSV hoặc xlsx), hoặc `podium import index TỆP`.",
        columnRank: "Hạng", columnUnit: "Đơn vị", columnTotal: "Điểm", columnPercent: "%", columnTier: "Nhóm",
        columnChange: "±Hạng", columnBar: "Biểu đồ",
        allTiers: "mọi nhóm", searchLabel: "Tìm:", allGroups: "mọi khối",
        searchMatches: { "\($0) đơn vị khớp, tìm trong mọi khối (Esc: về khối của đơn vị đang chọn)" },
        sortLabel: { column, descending in "xếp theo \(column)\(descending ? " ↓" : " ↑")" },
        groupSummary: { count, average, median in "\(count) đơn vị · TB \(average) · trung vị \(median)" },
        noMatch: "Không có đơn vị nào khớp bộ lọc.",
        cardFields: "Lĩnh vực", cardGroupAverage: "TB khối",
        cardChange: { change, last, score in
            guard let last else { return "Chưa có kết quả năm trước" }
            let moved = change.map { $0 > 0 ? "tăng \($0) bậc" : $0 < 0 ? "giảm \(-$0) bậc" : "giữ nguyên hạng" } ?? ""
            return "Năm trước hạng \(last), \(moved)" + (score.map { ", điểm \($0)" } ?? "")
        },
        cardBestWorst: { "Mạnh nhất: \($0) · Yếu nhất: \($1)" },
        cardRank: { rank, count, group in "Hạng \(rank)/\(count) khối \(group)" },
        legend: "█ ≥90%  ▓ 80–90%  ▒ 70–80%  ░ <70%",
        revealProgress: { "Công bố: \($0)/\($1) bước" },
        revealNext: "Bước tiếp theo công bố:", revealDone: "Đã công bố hết kết quả.",
        revealTitle: "CÔNG BỐ CHỈ SỐ CCHC", revealWaiting: "Kết quả sẽ được công bố sau đây",
        stageScore: { points, percent in "\(points) điểm" + (percent.map { " · \($0) %" } ?? "") },
        revealNotAllowed: "chỉ MC (--role mc) hoặc Ban tổ chức điều khiển phần công bố",
        actionGroup: "Đổi khối", actionTier: "Lọc theo nhóm xếp loại", actionSort: "Đổi cột sắp xếp",
        actionReverse: "Đảo chiều sắp xếp", actionSearch: "Tìm đơn vị (không cần dấu)",
        actionView: "Biểu đồ / bản đồ nhiệt", actionCard: "Thẻ đơn vị",
        actionRevealNext: "Công bố bước tiếp", actionRevealBack: "Lùi một bước công bố (hoàn tác)"
    )

    static let english = IndexStrings(
        empty: "This event holds no PAR index results yet. Import them with I (a CSV or xlsx file), or `podium import index FILE`.",
        columnRank: "Rank", columnUnit: "Unit", columnTotal: "Points", columnPercent: "%", columnTier: "Tier",
        columnChange: "±Rank", columnBar: "Chart",
        allTiers: "all tiers", searchLabel: "Find:", allGroups: "all groups",
        searchMatches: { ($0 == 1 ? "1 unit matches" : "\($0) units match") + ", searching every group (Esc: back to the selected unit's group)" },
        sortLabel: { column, descending in "sorted by \(column)\(descending ? " ↓" : " ↑")" },
        groupSummary: { count, average, median in "\(count) units · mean \(average) · median \(median)" },
        noMatch: "No unit matches the filter.",
        cardFields: "Field", cardGroupAverage: "Group mean",
        cardChange: { change, last, score in
            guard let last else { return "No result last year" }
            let moved = change.map { $0 > 0 ? "up \($0)" : $0 < 0 ? "down \(-$0)" : "unchanged" } ?? ""
            return "Last year rank \(last), \(moved)" + (score.map { ", points \($0)" } ?? "")
        },
        cardBestWorst: { "Strongest: \($0) · Weakest: \($1)" },
        cardRank: { rank, count, group in "Rank \(rank)/\(count) in \(group)" },
        legend: "█ ≥90%  ▓ 80–90%  ▒ 70–80%  ░ <70%",
        revealProgress: { "Reveal: step \($0)/\($1)" },
        revealNext: "The next step reveals:", revealDone: "Every result has been revealed.",
        revealTitle: "PAR INDEX RESULTS", revealWaiting: "The results will be announced shortly",
        stageScore: { points, percent in "\(points) points" + (percent.map { " · \($0) %" } ?? "") },
        revealNotAllowed: "only the MC (--role mc) or the organiser drives the reveal",
        actionGroup: "Next group", actionTier: "Filter by tier", actionSort: "Sort by the next column",
        actionReverse: "Reverse the sort", actionSearch: "Find a unit (accents optional)",
        actionView: "Bar chart / heat map", actionCard: "Unit card",
        actionRevealNext: "Reveal the next step", actionRevealBack: "Take back the last reveal step (undo)"
    )
}
