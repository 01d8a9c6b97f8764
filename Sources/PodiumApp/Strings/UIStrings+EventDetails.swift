import PodiumCore

/// The event-details form (D on the programme pane): its fields and refusals.
public struct EventDetailsStrings: Sendable {
    public var action: String
    public var title: String
    public var fields: [String]
    public var problem: @Sendable (_ problem: EventInfoDraft.Problem) -> String
    public var notOrganiser: String

    public static let vietnamese = EventDetailsStrings(
        action: "Sửa thông tin hội nghị (tên, số kế hoạch, ngày, giờ, địa điểm, đơn vị tổ chức, múi giờ)",
        title: "Thông tin hội nghị",
        fields: ["Tên hội nghị", "Số kế hoạch", "Ngày (2026-03-26)", "Giờ bắt đầu (08:00)", "Địa điểm", "Đơn vị tổ chức", "Múi giờ"],
        problem: { problem in
            switch problem {
            case .badDate(let text): "“\(text)” không phải ngày; viết dạng 2026-03-26 hoặc 26/03/2026"
            case .pastDate(let day, let today): "Ngày \(day.iso) đã qua (hôm nay \(today.iso)); chọn ngày từ hôm nay"
            case .badTime(let text): "“\(text)” không phải giờ; viết dạng 08:00"
            case .unknownTimeZone(let zone): "“\(zone)” không phải tên múi giờ; dùng dạng Asia/Ho_Chi_Minh hoặc UTC"
            }
        },
        notOrganiser: "Chỉ ban tổ chức sửa thông tin hội nghị."
    )

    public static let english = EventDetailsStrings(
        action: "Edit the event's details (title, plan number, date, start, venue, organiser, time zone)",
        title: "Event details",
        fields: ["Title", "Plan number", "Date (2026-03-26)", "Start (08:00)", "Venue", "Organiser", "Time zone"],
        problem: { problem in
            switch problem {
            case .badDate(let text): "“\(text)” is not a date; write it as 2026-03-26 or 26/03/2026"
            case .pastDate(let day, let today): "\(day.iso) is past (today is \(today.iso)); choose today or later"
            case .badTime(let text): "“\(text)” is not a time of day; write it as 08:00"
            case .unknownTimeZone(let zone): "“\(zone)” is not a time zone name; use one such as Asia/Ho_Chi_Minh or UTC"
            }
        },
        notOrganiser: "Only organisers edit the event's details."
    )
}
