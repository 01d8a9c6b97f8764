import PodiumCore

/// Every responsibility of the seed plan's section IV.2, with its agency, and the day-of
/// items an organiser adds. Segment ids refer to `DemoProgramme`.
enum DemoChecklist {
    static func items(eventDate: CivilDate) -> [ChecklistItem] {
        let weekBefore = CivilDate(year: eventDate.year, month: eventDate.month, day: max(1, eventDate.day - 7))
        let dayBefore = CivilDate(year: eventDate.year, month: eventDate.month, day: max(1, eventDate.day - 1))
        let noi = "Sở Nội vụ"
        let vp = "Văn phòng UBND tỉnh"
        let tc = "Sở Tài chính"
        let bao = "Báo và Phát thanh, Truyền hình tỉnh"
        let units = "Các cơ quan, đơn vị cấp tỉnh; UBND các xã, phường"
        typealias Row = (String, String, String, CivilDate?, ClockTime?, ChecklistItem.Priority, Int64?)
        let rows: [Row] = [
            ("Đầu mối tham mưu UBND tỉnh triển khai Kế hoạch; đề xuất điều chỉnh khi cần", noi, "Phòng CCHC - VTLT", weekBefore, nil, .normal, nil),
            ("Báo cáo kết quả công tác CCHC năm 2025, nhiệm vụ năm 2026", noi, "Phòng CCHC - VTLT", weekBefore, nil, .high, 2),
            ("Báo cáo kết quả Chỉ số CCHC năm 2025 của các sở, ngành và UBND các xã, phường", noi, "Phòng CCHC - VTLT", weekBefore, nil, .high, 3),
            ("Tài liệu Hội nghị và bài phát biểu của lãnh đạo tỉnh", noi, "Phòng CCHC - VTLT", dayBefore, nil, .high, 6),
            ("Chương trình và kịch bản điều hành Hội nghị (lời dẫn MC)", noi, "Phòng CCHC - VTLT", dayBefore, nil, .high, 1),
            ("Hướng dẫn các cơ quan, đơn vị xây dựng báo cáo tham luận", noi, "Phòng CCHC - VTLT", weekBefore, nil, .normal, nil),
            ("Tổng hợp hồ sơ, trình Chủ tịch UBND tỉnh tặng Bằng khen", noi, "Phòng Thi đua - Khen thưởng", weekBefore, nil, .high, nil),
            ("Kịch bản trao thưởng và điều kiện phục vụ trao thưởng", noi, "Phòng Thi đua - Khen thưởng", dayBefore, nil, .high, 7),
            ("Chuẩn bị hội trường, trang trí khánh tiết", vp, "Phòng Quản trị", dayBefore, nil, .high, nil),
            ("Công tác lễ tân, đón tiếp đại biểu", vp, "Phòng Hành chính - Tổ chức", eventDate, ClockTime(hour: 7, minute: 15), .normal, nil),
            ("Phương án sắp xếp chỗ ngồi đại biểu", vp, "Phòng Hành chính - Tổ chức", dayBefore, nil, .high, 1),
            ("Bảo đảm điều kiện để Thường trực UBND tỉnh tham dự, chỉ đạo Hội nghị", vp, "Lãnh đạo Văn phòng", dayBefore, nil, .normal, nil),
            ("Thẩm định dự toán kinh phí tổ chức Hội nghị, trình phê duyệt", tc, "Phòng Quản lý ngân sách", weekBefore, nil, .normal, nil),
            ("Phóng sự kết quả nổi bật công tác CCHC năm 2025, phương hướng 2026 - 2030", bao, "Ban Thời sự", dayBefore, nil, .normal, nil),
            ("Tuyên truyền, lan tỏa các mô hình hay, cách làm hiệu quả về CCHC", bao, "Ban Thời sự", nil, nil, .low, nil),
            ("Cử phóng viên tham dự và đưa tin Hội nghị", bao, "Ban Thời sự", eventDate, ClockTime(hour: 7, minute: 30), .normal, nil),
            ("Báo cáo tham luận: Sở Nội vụ", "Sở Nội vụ", "", weekBefore, nil, .normal, 4),
            ("Báo cáo tham luận: Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", "", weekBefore, nil, .normal, 4),
            ("Báo cáo tham luận: Công an tỉnh", "Công an tỉnh", "", weekBefore, nil, .normal, 4),
            ("Báo cáo tham luận: Sở Tài chính", "Sở Tài chính", "", weekBefore, nil, .normal, 4),
            ("Báo cáo tham luận: Sở Tư pháp", "Sở Tư pháp", "", weekBefore, nil, .normal, 4),
            ("Báo cáo tham luận: đại diện các xã, phường được tặng Bằng khen", units, "", weekBefore, nil, .normal, 4),
            ("Cử đại biểu tham dự đúng thành phần, thời gian", units, "", dayBefore, nil, .normal, nil),
            ("Kế hoạch, giải pháp nâng cao Chỉ số CCHC năm 2026 của từng cơ quan, đơn vị", units, "", nil, nil, .low, nil),
            ("Mở cửa hội trường", vp, "Phòng Quản trị", eventDate, ClockTime(hour: 7, minute: 0), .high, nil),
            ("Thử âm thanh, ánh sáng, màn hình và micro", vp, "Phòng Quản trị", eventDate, ClockTime(hour: 7, minute: 15), .high, 1),
            ("Cờ, phông, băng rôn Hội nghị", vp, "Phòng Quản trị", dayBefore, nil, .normal, nil),
            ("Bố trí ghế và bàn cho phóng viên", vp, "Phòng Hành chính - Tổ chức", eventDate, ClockTime(hour: 7, minute: 30), .normal, nil),
            ("Bằng khen in xong, sắp theo thứ tự trao", noi, "Phòng Thi đua - Khen thưởng", dayBefore, nil, .high, 7),
            ("Slide báo cáo Chỉ số đã nạp vào máy trình chiếu", noi, "Phòng CCHC - VTLT", eventDate, ClockTime(hour: 7, minute: 30), .high, 3),
        ]
        return rows.enumerated().map { index, row in
            ChecklistItem(
                id: Int64(index + 1), title: row.0, agency: row.1, owner: row.2, dueDate: row.3, dueTime: row.4,
                priority: row.5, gatesSegmentID: row.6
            )
        }
    }
}
