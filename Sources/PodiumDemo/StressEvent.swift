import PodiumCore

/// The `stress` template: an event the size of a province's largest conference, to measure
/// Podium against. At scale 1: 5,000 delegates in the demo's groups with realistic titles and
/// units, a 6,000-seat hall (three sections, aisles, camera platforms and pillars), 1,000 award
/// recipients in batches, 200 segments and 500 checklist items. Scale N multiplies each count.
/// The same scale always gives the same event: names come from a fixed pseudo-random sequence.
public enum StressEvent {
    public static let templateName = "stress"

    public static func make(scale: Int = 1) -> EventData {
        let scale = max(1, scale)
        var random = Sequence(seed: UInt64(scale))
        let info = EventInfo(
            title: "Hội nghị tổng kết công tác cải cách hành chính toàn tỉnh (sự kiện thử tải)",
            planNumber: "…/KH-UBND",
            date: CivilDate(year: 2026, month: 3, day: 26),
            startTime: ClockTime(hour: 7, minute: 30),
            windowMinutes: 14 * 60 * scale,
            venue: "Trung tâm Hội nghị tỉnh Lào Cai",
            organiser: "UBND tỉnh Lào Cai"
        )
        let units = Units(communeCount: 300 * scale, random: &random)
        let delegates = makeDelegates(count: 5_000 * scale, units: units, random: &random)
        let recipients = makeRecipients(count: 1_000 * scale, delegates: delegates, units: units, random: &random)
        let segments = makeSegments(count: 200 * scale)
        var event = EventData(
            info: info,
            segments: segments,
            groups: DemoGroups.groups(),
            delegates: delegates,
            contributions: makeContributions(delegates: delegates, units: units),
            decisions: [
                AwardDecision(
                    id: 1, number: "512/QĐ-UBND", date: CivilDate(year: 2026, month: 3, day: 20),
                    signer: "Hà Quang Anh", signerTitle: "Chủ tịch UBND tỉnh",
                    subject: "về việc tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong công tác cải cách hành chính"
                ),
                AwardDecision(
                    id: 2, number: "513/QĐ-UBND", date: CivilDate(year: 2026, month: 3, day: 20),
                    signer: "Hà Quang Anh", signerTitle: "Chủ tịch UBND tỉnh",
                    subject: "về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích trong công tác cải cách hành chính"
                ),
            ],
            recipients: recipients,
            checklist: makeChecklist(count: 500 * scale, eventDate: info.date, segments: segments, units: units, random: &random),
            hall: hall(scale: scale)
        )
        event.seating.assignments = SeatingAssigner.assign(event).assignments
        event.awardPlan.settings = AwardSettings(secondsPerRecipient: 20, secondsPerBatch: 45, decisionReadingSeconds: 200)
        event.awardPlan = AwardCeremony.effectivePlan(event)
        return event
    }

    /// A presidium of 20 and three sections of 76 rows per scale (20, 40 with a centre aisle,
    /// 20 seats a row): 6,080 places at scale 1, of which 80 are camera platforms, pillars and
    /// the sound desk, leaving 6,000 seats in the hall.
    static func hall(scale: Int) -> Hall {
        let rows = 76 * scale
        let back = rows
        let cameras = Set((1...10).flatMap { seat in [SeatPosition(row: back, seat: seat), SeatPosition(row: back - 1, seat: seat)] })
        let rightCameras = Set((11...20).flatMap { seat in [SeatPosition(row: back, seat: seat), SeatPosition(row: back - 1, seat: seat)] })
        // Pillars every 19 rows, two seats wide, in the centre section.
        let pillars = Set(stride(from: 19, through: rows, by: 19).flatMap { row in
            [19, 20, 21, 22].flatMap { seat in [SeatPosition(row: row, seat: seat), SeatPosition(row: row - 1, seat: seat)] }
        })
        // The sound desk takes the first eight seats of the centre's back row.
        let soundDesk = Set((1...8).map { SeatPosition(row: back, seat: $0) })
        return Hall(name: "Hội trường lớn", presidiumSeats: 20, sections: [
            HallSection(name: "A", rows: rows, seatsPerRow: 20, unusable: cameras),
            HallSection(name: "B", rows: rows, seatsPerRow: 40, unusable: pillars.union(soundDesk), innerAisles: [20]),
            HallSection(name: "C", rows: rows, seatsPerRow: 20, unusable: rightCameras),
        ])
    }

    private static let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Giàng", "Sùng", "Lò", "Hà", "Tẩn", "Triệu", "Vàng", "Lục", "Nông", "Đinh", "Hầu"]
    private static let middles = ["Văn", "Thị", "Đức", "Minh", "Thu", "Thanh", "Quang", "Hữu", "Ngọc", "Xuân", "Mạnh", "Công", "Thế", "Kim", "Bảo"]
    private static let givens = ["An", "Anh", "Bình", "Chiến", "Cường", "Dũng", "Dung", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Lử", "Mai", "Nam", "Nga", "Nhung", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thắng", "Thảo", "Thủy", "Tuấn", "Tùng", "Việt", "Vinh", "Xuân", "Yến"]
    private static let departments = ["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Khoa học và Công nghệ", "Sở Xây dựng", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Thanh tra tỉnh", "Văn phòng UBND tỉnh", "Ban Quản lý các khu kinh tế"]
    private static let communeRoots = ["An", "Bảo", "Bắc", "Cam", "Cốc", "Đại", "Gia", "Hợp", "Khánh", "Lùng", "Mường", "Nậm", "Nghĩa", "Phong", "Phúc", "Quy", "Sa", "Sơn", "Tân", "Thanh", "Trung", "Văn", "Xuân", "Yên"]
    private static let communeTails = ["Phú", "Lịch", "Phình", "Hà", "Thắng", "Khương", "Lộ", "Hải", "Bình", "Lâm", "Mỹ", "Hòa", "Thịnh", "Khê", "Chải", "Sán"]

    /// The province's departments and its communes and wards, named like the real ones.
    struct Units {
        var departments: [String]
        var communes: [String]

        init(communeCount: Int, random: inout Sequence) {
            departments = StressEvent.departments
            var names: [String] = []
            var seen = Set<String>()
            while names.count < communeCount {
                let prefix = random.next(10) < 2 ? "Phường" : "Xã"
                var name = "\(prefix) \(random.pick(StressEvent.communeRoots)) \(random.pick(StressEvent.communeTails))"
                if seen.contains(name) { name += " \(names.count)" }
                seen.insert(name)
                names.append(name)
            }
            communes = names
        }
    }

    private static func personName(_ random: inout Sequence) -> String {
        "\(random.pick(families)) \(random.pick(middles)) \(random.pick(givens))"
    }

    /// The demo's groups in realistic proportions: a few provincial leaders, the work group and
    /// council, department heads and deputies, awardees, three people from every commune, press.
    private static func makeDelegates(count: Int, units: Units, random: inout Sequence) -> [Delegate] {
        let leaderTitles = ["Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Chủ tịch UBND tỉnh", "Phó Chủ tịch HĐND tỉnh", "Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy"]
        var delegates: [Delegate] = []
        delegates.reserveCapacity(count)
        // One person per name in a unit, as on a real roster (an import refuses repeats).
        var taken = Set<String>()
        func add(_ title: String, _ unit: String, _ group: String) {
            let id = Int64(delegates.count + 1)
            var name = personName(&random)
            while !taken.insert(name + "|" + unit).inserted { name = personName(&random) }
            delegates.append(Delegate(
                id: id, name: name, title: title, unit: unit, groupKey: group,
                flags: group == "press" ? .press : [], checkedIn: random.next(10) < 7
            ))
        }
        for title in leaderTitles { add(title, title.contains("HĐND") ? "HĐND tỉnh Lào Cai" : title.contains("UBND") ? "UBND tỉnh Lào Cai" : "Tỉnh ủy Lào Cai", "leaders") }
        let press = max(20, count / 100)
        let rest = count - delegates.count - press
        let workgroup = rest / 50, council = rest / 50, departments = rest / 10, awardees = rest / 10
        for _ in 0..<workgroup { add("Thành viên Tổ Công tác", random.pick(units.departments), "workgroup") }
        for _ in 0..<council { add("Thành viên Hội đồng", random.pick(units.departments), "council") }
        for index in 0..<departments {
            let unit = units.departments[index % units.departments.count]
            let title = index < units.departments.count ? "Giám đốc" : random.next(3) == 0 ? "Phó Giám đốc" : "Chuyên viên"
            add(title, unit, "departments")
        }
        for _ in 0..<awardees { add("Công chức", random.pick(units.communes), "awardees") }
        let communes = rest - workgroup - council - departments - awardees
        for index in 0..<communes {
            let unit = units.communes[index % units.communes.count]
            let titles = ["Chủ tịch UBND", "Phó Chủ tịch UBND", "Công chức", "Bí thư Đảng ủy", "Công chức"]
            add("\(titles[(index / units.communes.count) % titles.count]) \(unit.lowercased().hasPrefix("phường") ? "phường" : "xã")", unit, "communes")
        }
        for _ in 0..<press { add("Phóng viên", "Báo và Phát thanh, Truyền hình tỉnh", "press") }
        return delegates
    }

    /// Collectives (communes and departments, with a representative from the roster) and
    /// individuals, half of whom are delegates so attendance follows check-in.
    private static func makeRecipients(count: Int, delegates: [Delegate], units: Units, random: inout Sequence) -> [AwardRecipient] {
        let forms = ["Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen của Giám đốc Sở Nội vụ", "Cờ thi đua của UBND tỉnh"]
        return (0..<count).map { index in
            let id = Int64(index + 1)
            let form = forms[index * forms.count / count]
            let decision: Int64 = form.hasPrefix("Giấy khen") ? 2 : 1
            if index % 3 == 0 {
                let unit = index % 2 == 0 ? random.pick(units.communes) : random.pick(units.departments)
                let representative = random.pick(delegates)
                return AwardRecipient(id: id, decisionID: decision, order: index + 1, kind: .collective, name: "Tập thể \(unit)",
                                      unit: unit, form: form, representative: representative.name)
            }
            if index % 2 == 0 {
                let delegate = random.pick(delegates)
                return AwardRecipient(id: id, decisionID: decision, order: index + 1, kind: .individual, name: delegate.name,
                                      title: delegate.title, unit: delegate.unit, form: form)
            }
            return AwardRecipient(id: id, decisionID: decision, order: index + 1, kind: .individual, name: personName(&random),
                                  title: "Công chức", unit: random.pick(units.communes), form: form,
                                  attendance: random.next(5) == 0 ? .absent : .present)
        }
    }

    /// A long programme: an opening, blocks of reports, speeches and contributions with breaks,
    /// two award ceremonies and a closing.
    private static func makeSegments(count: Int) -> [Segment] {
        let cycle: [(SegmentKind, String, Int)] = [
            (.report, "Báo cáo kết quả công tác CCHC của", 5),
            (.announcement, "Công bố kết quả Chỉ số CCHC khối", 3),
            (.speech, "Phát biểu của đại diện", 4),
            (.report, "Báo cáo chuyên đề của", 4),
            (.other, "Trình chiếu phóng sự về", 2),
            (.speech, "Ý kiến thảo luận của", 3),
            (.report, "Báo cáo giải pháp của", 4),
            (.break, "Nghỉ giải lao", 10),
        ]
        return (0..<count).map { index in
            let id = Int64(index + 1)
            let position = index + 1
            switch index {
            case 0:
                return Segment(id: id, position: position, title: "Chào cờ; tuyên bố lý do, giới thiệu đại biểu", kind: .opening,
                               plannedSeconds: 600, presenter: "MC", mcLines: "Kính thưa các đồng chí lãnh đạo tỉnh, thưa toàn thể các đồng chí đại biểu!")
            case count / 2:
                return Segment(id: id, position: position, title: "Tham luận của các sở, ngành, địa phương", kind: .contributions, plannedSeconds: 3600)
            case count / 3, count * 2 / 3:
                return Segment(id: id, position: position, title: "Công bố Quyết định và trao khen thưởng (đợt \(index == count / 3 ? 1 : 2))",
                               kind: .awards, plannedSeconds: 1800, presenter: "MC")
            case count - 1:
                return Segment(id: id, position: position, title: "Bế mạc Hội nghị", kind: .closing, plannedSeconds: 600, presenter: "MC")
            default:
                let (kind, title, minutes) = cycle[index % cycle.count]
                let subject = kind == .break ? "" : " \(departments[index % departments.count])"
                return Segment(id: id, position: position, title: title + subject, kind: kind, plannedSeconds: minutes * 60,
                               fixedStart: index % 50 == 25 ? ClockTime(hour: 13, minute: 30) : nil,
                               presenter: kind == .break ? "" : "Lãnh đạo \(departments[index % departments.count])",
                               mcLines: kind == .break ? "" : "Xin trân trọng kính mời đồng chí lãnh đạo \(departments[index % departments.count]) lên trình bày.")
            }
        }
    }

    private static func makeContributions(delegates: [Delegate], units: Units) -> [Contribution] {
        let heads = delegates.filter { $0.title == "Giám đốc" }
        return heads.prefix(12).enumerated().map { index, delegate in
            Contribution(id: Int64(index + 1), position: index + 1, topic: "Kết quả và giải pháp cải cách hành chính của \(delegate.unit)",
                         unit: delegate.unit, speakerName: delegate.name, speakerTitle: "\(delegate.title) \(delegate.unit)",
                         allottedSeconds: 300, delegateID: delegate.id)
        }
    }

    private static func makeChecklist(count: Int, eventDate: CivilDate, segments: [Segment], units: Units, random: inout Sequence) -> [ChecklistItem] {
        let tasks = ["Chuẩn bị tài liệu", "Gửi giấy mời", "Xác nhận thành phần", "In ấn phẩm", "Kiểm tra âm thanh, ánh sáng", "Bố trí xe đưa đón", "Chuẩn bị khánh tiết", "Tổng hợp báo cáo", "Rà soát danh sách khen thưởng", "Chuẩn bị hoa, quà tặng"]
        let statuses: [ChecklistItem.Status] = [.done, .done, .doing, .todo, .todo, .blocked]
        return (0..<count).map { index in
            let status = statuses[random.next(statuses.count)]
            let agency = index % 4 == 0 ? random.pick(units.communes) : units.departments[index % units.departments.count]
            return ChecklistItem(
                id: Int64(index + 1), title: "\(tasks[index % tasks.count]) (\(index + 1))", agency: agency,
                owner: random.next(2) == 0 ? personName(&random) : "",
                dueDate: CivilDate(year: eventDate.year, month: eventDate.month, day: max(1, eventDate.day - random.next(14))),
                status: status, blockedReason: status == .blocked ? "Chờ ý kiến lãnh đạo" : "",
                priority: [.high, .normal, .normal, .low][index % 4],
                gatesSegmentID: index % 25 == 0 ? segments[index % segments.count].id : nil
            )
        }
    }

    /// A small fixed pseudo-random sequence (64-bit linear congruential), so one scale always
    /// makes one event on every machine.
    struct Sequence {
        private var state: UInt64
        init(seed: UInt64) { state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407 }

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }

        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    }
}
