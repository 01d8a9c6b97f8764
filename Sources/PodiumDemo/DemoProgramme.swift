import PodiumCore

/// The programme of the seed plan's section II.2, timed to fit a half day from 08:00.
/// Durations are the organisers' working estimate; the MC's lines are drafts to edit.
enum DemoProgramme {
    static func segments() -> [Segment] {
        let items: [(String, SegmentKind, Int, ClockTime?, String, String, String)] = [
            (
                "Chào cờ; tuyên bố lý do, giới thiệu đại biểu", .opening, 10, nil, "MC",
                """
                Kính thưa các đồng chí lãnh đạo tỉnh, thưa toàn thể các đồng chí đại biểu! \
                Xin mời toàn thể các đồng chí đứng dậy làm lễ chào cờ. \
                (Sau Quốc ca) Xin mời các đồng chí ngồi. \
                Hôm nay, Ủy ban nhân dân tỉnh Lào Cai tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2025 \
                và triển khai nhiệm vụ công tác cải cách hành chính năm 2026. \
                {giới thiệu đại biểu}
                """,
                "Nhạc chào cờ, Quốc ca; màn hình: phông Hội nghị; micro bục MC"
            ),
            (
                "Báo cáo kết quả công tác CCHC năm 2025, triển khai nhiệm vụ năm 2026", .report, 30, nil,
                "Lãnh đạo Sở Nội vụ",
                """
                Xin trân trọng kính mời đồng chí lãnh đạo Sở Nội vụ lên trình bày Báo cáo kết quả \
                thực hiện công tác cải cách hành chính năm 2025 và nhiệm vụ năm 2026.
                """,
                "Slide báo cáo Sở Nội vụ; micro bục phát biểu"
            ),
            (
                "Công bố Chỉ số CCHC (PAR INDEX) năm 2025", .announcement, 20, nil, "Lãnh đạo Sở Nội vụ",
                """
                Xin trân trọng kính mời đồng chí lãnh đạo Sở Nội vụ công bố Chỉ số cải cách hành chính năm 2025 \
                của các sở, ban, ngành thuộc UBND tỉnh và UBND các xã, phường trên địa bàn tỉnh.
                """,
                "Slide bảng xếp hạng Chỉ số; màn hình lớn"
            ),
            (
                "Tham luận của các sở, ngành, địa phương", .contributions, 60, nil, "Các đơn vị tham luận",
                """
                Thưa các đồng chí, tiếp theo chương trình, Hội nghị sẽ nghe tham luận của một số sở, ngành, \
                địa phương về các giải pháp nâng cao Chỉ số cải cách hành chính.
                """,
                "Micro bục phát biểu; slide của từng đơn vị theo thứ tự"
            ),
            (
                "Nghỉ giải lao", .break, 15, nil, "",
                "Xin mời các đồng chí nghỉ giải lao {thời lượng}. Đúng {giờ kết thúc} Hội nghị làm việc tiếp.",
                "Nhạc nền; màn hình: đồng hồ đếm ngược"
            ),
            (
                "Phát biểu chỉ đạo của Lãnh đạo tỉnh", .speech, 25, ClockTime(hour: 10, minute: 15),
                "Chủ tịch UBND tỉnh",
                """
                Thưa các đồng chí, Hội nghị xin trân trọng kính mời {người trình bày} \
                phát biểu chỉ đạo Hội nghị.
                """,
                "Micro bục phát biểu; tắt slide"
            ),
            (
                "Công bố Quyết định và trao Bằng khen của Chủ tịch UBND tỉnh", .awards, 35, nil, "Sở Nội vụ",
                """
                Thưa các đồng chí, để biểu dương các tập thể, cá nhân có thành tích xuất sắc trong công tác \
                cải cách hành chính năm 2025, Hội nghị tiến hành công bố Quyết định và trao Bằng khen \
                của Chủ tịch UBND tỉnh.
                """,
                "Nhạc trao thưởng; khay Bằng khen theo đợt; chụp ảnh"
            ),
            (
                "Bế mạc Hội nghị", .closing, 10, nil, "MC",
                """
                Kính thưa các đồng chí, chương trình Hội nghị đến đây đã hoàn thành. Thay mặt Ban tổ chức, \
                xin trân trọng cảm ơn các đồng chí lãnh đạo tỉnh và toàn thể các đồng chí đại biểu. \
                Xin kính chúc các đồng chí mạnh khỏe, hạnh phúc và thành công.
                """,
                "Nhạc kết thúc"
            ),
        ]
        return items.enumerated().map { index, item in
            Segment(
                id: Int64(index + 1), position: index + 1, title: item.0, kind: item.1,
                plannedSeconds: item.2 * 60, fixedStart: item.3, presenter: item.4, mcLines: item.5, cues: item.6
            )
        }
    }
}
