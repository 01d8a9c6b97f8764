import PodiumCore

/// The participant groups of the seed plan's section III.3, in the order of the hall.
enum DemoGroups {
    static func groups() -> [ParticipantGroup] {
        [
            ParticipantGroup(
                id: 1, key: "leaders", name: "Thường trực Tỉnh ủy, HĐND, UBND tỉnh", order: 1, level: .province,
                aliases: ["Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Thường trực UBND tỉnh", "Lãnh đạo tỉnh"], shortLabel: "Lãnh đạo tỉnh"
            ),
            ParticipantGroup(
                id: 2, key: "workgroup", name: "Tổ Công tác CCHC tỉnh", order: 2, level: .province,
                aliases: ["Tổ Công tác CCHC"], shortLabel: "Tổ công tác"
            ),
            ParticipantGroup(
                id: 3, key: "council", name: "Hội đồng và Tổ giúp việc Hội đồng xác định Chỉ số CCHC", order: 3,
                level: .province, aliases: ["Hội đồng xác định Chỉ số", "Tổ giúp việc Hội đồng"], shortLabel: "Hội đồng"
            ),
            ParticipantGroup(
                id: 4, key: "departments", name: "Các sở, ban, ngành thuộc UBND tỉnh", order: 4, level: .province,
                aliases: ["Sở, ban, ngành"], shortLabel: "Sở, ngành"
            ),
            ParticipantGroup(
                id: 5, key: "awardees", name: "Đại biểu điển hình tiên tiến", order: 5, level: .guest,
                aliases: ["Điển hình tiên tiến", "Khen thưởng"], shortLabel: "Điển hình"
            ),
            ParticipantGroup(
                id: 6, key: "communes", name: "UBND các xã, phường", order: 6, level: .commune,
                aliases: ["Xã, phường"], shortLabel: "Xã, phường"
            ),
            ParticipantGroup(
                id: 7, key: "press", name: "Cơ quan thông tấn, báo chí", order: 7, level: .guest,
                aliases: ["Báo chí"], shortLabel: "Báo chí"
            ),
        ]
    }
}
