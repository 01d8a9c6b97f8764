import PodiumCore

/// The six contributions of the seed plan's appendix. Speakers are drawn from the
/// fictional roster; the last is left for the awarded communes to name.
enum DemoContributions {
    static func contributions() -> [Contribution] {
        let items: [(String, String, String, String)] = [
            (
                "Kết quả và giải pháp sắp xếp, tổ chức bộ máy, nâng cao hiệu lực, hiệu quả hoạt động của chính quyền địa phương hai cấp gắn với cải cách hành chính trên địa bàn tỉnh Lào Cai.",
                "Sở Nội vụ", "Đinh Thu Nhung", "Phó Giám đốc Sở Nội vụ"
            ),
            (
                "Đẩy mạnh chuyển đổi số, phát triển chính quyền điện tử, chính quyền số góp phần nâng cao hiệu quả cải cách hành chính trên địa bàn tỉnh Lào Cai.",
                "Sở Khoa học và Công nghệ", "Hầu Đức Việt", "Giám đốc Sở Khoa học và Công nghệ"
            ),
            (
                "Ứng dụng dữ liệu dân cư, định danh điện tử và Đề án 06 trong cải cách thủ tục hành chính trên địa bàn tỉnh Lào Cai.",
                "Công an tỉnh", "Đặng Hữu Dũng", "Lãnh đạo Công an tỉnh"
            ),
            (
                "Đổi mới quản lý tài chính công, nâng cao hiệu quả sử dụng ngân sách nhà nước phục vụ cải cách hành chính và vận hành chính quyền địa phương hai cấp.",
                "Sở Tài chính", "Lê Công Thắng", "Phó Giám đốc Sở Tài chính"
            ),
            (
                "Nâng cao chất lượng xây dựng và hoàn thiện thể chế, góp phần cải thiện môi trường đầu tư kinh doanh và thúc đẩy cải cách hành chính trên địa bàn tỉnh Lào Cai.",
                "Sở Tư pháp", "Sùng Thanh Đức", "Phó Giám đốc Sở Tư pháp"
            ),
            (
                "Kinh nghiệm nâng cao chất lượng giải quyết thủ tục hành chính và phục vụ người dân, doanh nghiệp tại cấp xã trong thực hiện chính quyền địa phương hai cấp.",
                "Các xã, phường được Chủ tịch UBND tỉnh tặng Bằng khen trong thực hiện công tác CCHC năm 2025",
                "Đinh Minh Chi", "Chủ tịch UBND xã An Phú"
            ),
        ]
        return items.enumerated().map { index, item in
            Contribution(
                id: Int64(index + 1), position: index + 1, topic: item.0, unit: item.1,
                speakerName: item.2, speakerTitle: item.3, allottedSeconds: 8 * 60
            )
        }
    }
}
