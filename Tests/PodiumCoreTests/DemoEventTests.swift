import PodiumCore
import PodiumDemo
import Testing

@Suite struct DemoEventTests {
    let demo: EventData

    init() throws { demo = try DemoEvent.make() }

    @Test func programmeFollowsTheSeedAndFitsAHalfDayFromEight() {
        #expect(demo.segments.map(\.kind) == [.opening, .report, .announcement, .contributions, .break, .speech, .awards, .closing])
        let schedule = AgendaSchedule(segments: demo.segments, info: demo.info)
        #expect(schedule.start.hhmm == "08:00")
        #expect(schedule.overrunSeconds == 0)
        #expect(schedule.slots.allSatisfy { !$0.hasOverlap })
        #expect(demo.segments.allSatisfy { !$0.mcLines.isEmpty })
    }

    @Test func carriesTheSixContributionsOfTheAppendix() {
        #expect(demo.contributions.map(\.unit).prefix(5) == ["Sở Nội vụ", "Sở Khoa học và Công nghệ", "Công an tỉnh", "Sở Tài chính", "Sở Tư pháp"])
        #expect(demo.contributions.count == 6)
        // Speakers named in the demo are people of the roster, from the unit they speak for.
        let roster = Set(demo.delegates.map(\.name))
        #expect(demo.contributions.allSatisfy { roster.contains($0.speakerName) })
    }

    @Test func rosterIsSpreadOverTheGroupsOfSectionIII() {
        #expect((200...300).contains(demo.delegates.count))
        let keys = Set(demo.delegates.map(\.groupKey))
        #expect(keys.isSuperset(of: ["leaders", "workgroup", "council", "departments", "communes", "press"]))
        #expect((30...50).contains(demo.recipients.count))
        #expect(demo.delegates.allSatisfy { $0.name == VietnameseText.normalize($0.name) })
    }

    @Test func checklistCoversEveryAgencyOfSectionIV2() {
        let agencies = Set(demo.checklist.map(\.agency))
        for agency in ["Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Tài chính", "Báo và Phát thanh, Truyền hình tỉnh"] {
            #expect(agencies.contains(agency))
        }
        let segmentIDs = Set(demo.segments.map(\.id))
        #expect(demo.checklist.compactMap(\.gatesSegmentID).allSatisfy(segmentIDs.contains))
    }

    @Test func hallHasAPresidiumOfSevenAndAboutThreeHundredFiftySeats() {
        #expect(demo.hall.presidiumSeats == 7)
        #expect((330...370).contains(demo.hall.seatCount))
        #expect(demo.hall.seatCount >= demo.delegates.count)
    }
}

/// The provincial leaders in the order of precedence DOMAIN.md §2 gives, and the presidium
/// seated by it: a deputy never ahead of a chairman.
@Suite struct ProvincialPrecedenceTests {
    @Test func chairmenComeBeforeTheirDeputies() throws {
        let demo = try DemoEvent.make()
        let precedence = Precedence(demo)
        func position(_ title: String) throws -> Int {
            let delegate = try #require(demo.delegates.first { $0.title == title })
            return try #require(precedence.position(of: delegate.id))
        }
        let order = try ["Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Chủ tịch UBND tỉnh"].map(position)
        #expect(order == order.sorted())
        for deputy in demo.delegates where deputy.title.hasPrefix("Phó Chủ tịch") && deputy.title.hasSuffix("tỉnh") {
            #expect(try #require(precedence.position(of: deputy.id)) > (try position("Chủ tịch UBND tỉnh")))
        }
        // The presidium follows: the chairman sits nearer the centre than any deputy.
        let plan = SeatingAssigner.assign(demo).assignments
        let chairman = try #require(demo.delegates.first { $0.title == "Chủ tịch UBND tỉnh" })
        let chairmanOrder = try #require(plan.first { $0.delegateID == chairman.id }?.reason.order)
        for deputy in demo.delegates where deputy.title.hasPrefix("Phó Chủ tịch") {
            if let seat = plan.first(where: { $0.delegateID == deputy.id }), seat.reason.kind == .presidium {
                #expect(seat.reason.order > chairmanOrder)
            }
        }
    }
}
