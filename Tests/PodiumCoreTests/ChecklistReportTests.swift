import PodiumCore
import Testing

@Suite struct ChecklistReportTests {
    let info = EventInfo(title: "Hội nghị", planNumber: "", date: CivilDate(year: 2026, month: 3, day: 26),
                         startTime: ClockTime(hour: 8, minute: 0), windowMinutes: 240, venue: "", organiser: "")
    var now: LocalMoment { LocalMoment(date: info.date, time: ClockTime(hour: 7, minute: 45)) }

    @Test func reportsGroupByAgencyWithProgressAndLateness() {
        let items = [
            ChecklistItem(id: 1, title: "Slide | báo cáo", agency: "Sở Nội vụ", dueDate: info.date, dueTime: ClockTime(hour: 7, minute: 30)),
            ChecklistItem(id: 2, title: "Hội trường", agency: "Văn phòng UBND tỉnh", status: .blocked, blockedReason: "Thiếu micro"),
            ChecklistItem(id: 3, title: "=cmd", agency: "Sở Nội vụ", status: .done),
        ]
        let report = ChecklistReport(info: info, items: items, segments: [], now: now)
        let md = report.markdown()
        #expect(md.contains("## Sở Nội vụ (1/2)"))
        #expect(md.contains("| 1 | Slide \\| báo cáo |  | 26/03/2026 07:30 | chưa làm (trễ 15 phút) |  |"))
        #expect(md.contains("vướng: Thiếu micro"))
        let csv = report.csv()
        #expect(csv.hasPrefix("\u{FEFF}id,Cơ quan,Công việc"))
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == 4)
        #expect(lines[2] == "3,Sở Nội vụ,'=cmd,,,done,,,normal,,")
        #expect(lines[1].contains("2026-03-26T07:30,todo,,trễ 15 phút"))
    }

    /// On a rehearsal day the report is dated when it is written and says what its due dates
    /// are measured against, instead of passing the event's day off as today.
    @Test func aRehearsalsReportTellsTodayAndTheMomentItMeasuresAgainst() {
        let written = LocalMoment(date: CivilDate(year: 2026, month: 3, day: 19), time: ClockTime(hour: 14, minute: 5))
        let md = ChecklistReport(info: info, items: [], segments: [], now: now, written: written).markdown()
        #expect(md.contains("Tính đến 19/03/2026 14:05 (tập dượt: hạn tính như lúc 26/03/2026 07:45 của ngày hội nghị) · đã xong 0/0 việc"))
        #expect(ChecklistReport(info: info, items: [], segments: [], now: now, written: now).markdown().contains("Tính đến 26/03/2026 07:45 · đã xong"))
    }
}
