import Foundation
import PodiumCore
import PodiumDemo
import Testing
@testable import PodiumDocuments

/// The event file carries the whole event: reading what was written gives back the same
/// `EventData`, seating and award plan included, and writing it again gives the same bytes.
extension EventYAMLTests {
    private func expectExactRoundTrip(_ event: EventData, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let first = EventYAMLWriter.yaml(EventFile(data: event, settings: ["theme": "dark"]))
        let read = try EventYAMLReader.read(first)
        #expect(EventYAMLWriter.yaml(read) == first, sourceLocation: sourceLocation)
        #expect(read.data.info == event.info, sourceLocation: sourceLocation)
        #expect(read.data.segments == event.segments, sourceLocation: sourceLocation)
        #expect(read.data.groups == event.groups, sourceLocation: sourceLocation)
        #expect(read.data.delegates == event.delegates, sourceLocation: sourceLocation)
        #expect(read.data.contributions == event.contributions, sourceLocation: sourceLocation)
        #expect(read.data.decisions == event.decisions, sourceLocation: sourceLocation)
        #expect(read.data.recipients == event.recipients, sourceLocation: sourceLocation)
        #expect(read.data.checklist == event.checklist, sourceLocation: sourceLocation)
        #expect(read.data.hall == event.hall, sourceLocation: sourceLocation)
        #expect(read.data.rankTable == event.rankTable, sourceLocation: sourceLocation)
        #expect(read.data.seating == event.seating, sourceLocation: sourceLocation)
        #expect(read.data.awardPlan == event.awardPlan, sourceLocation: sourceLocation)
        #expect(read.data == event, sourceLocation: sourceLocation)
        #expect(read.settings == ["theme": "dark"], sourceLocation: sourceLocation)
    }

    @Test func demoAsShippedRoundTripsWhole() throws {
        let demo = try DemoEvent.make()
        #expect(!demo.seating.assignments.isEmpty)
        #expect(!demo.awardPlan.batches.isEmpty)
        try expectExactRoundTrip(demo)
    }

    @Test func editedDemoRoundTripsWhole() throws {
        let event = try Self.editedDemo()
        #expect(event.seating.assignments.contains { $0.locked })
        #expect(event.delegates.contains { $0.standInFor != nil })
        #expect(event.awardPlan.batches.contains { $0.isManual && $0.presenterID != nil && $0.script != nil })
        try expectExactRoundTrip(event)
    }

    @Test func blankEventRoundTripsWhole() throws {
        try expectExactRoundTrip(.blank(title: "Hội nghị trống", date: CivilDate(year: 2026, month: 5, day: 4)))
    }

    @Test func sectionsLeftOutTakeANewEventsValues() throws {
        let file = try EventYAMLReader.read("""
            podium: 1
            event: {title: T, date: 2026-03-26, start: "08:00", window_minutes: 240}
            hall: {name: H, sections: [{name: A, rows: 2, seats_per_row: 3}]}
            award_plan: {settings: {batch_size: 8}}
            """)
        #expect(file.data.rankTable == .standard)
        #expect(file.data.seating == SeatingPlan())
        #expect(file.data.awardPlan == AwardPlan(settings: AwardSettings(batchSize: 8)))
        #expect(file.data.hall.sections.first?.wallAisle == true)
        #expect(file.data.hall.sections.first?.innerAisles == [])
    }

    @Test func brokenReferencesAreReportedWithTheirPlace() {
        let yaml = """
            podium: 1
            event: {title: T, date: 2026-03-26, start: "08:00", window_minutes: 240}
            groups:
              - {id: 1, key: leaders, name: Lãnh đạo}
            delegates:
              - {id: 1, name: Hà Thu Hoa, group: leaders}
            contributions:
              - {id: 1, topic: Chủ đề, delegate: 9}
            awards:
              - id: 1
                number: 1/QĐ
                recipients:
                  - {id: 1, name: Sở Nội vụ, attendance: gone}
            seating:
              assignments:
                - {delegate: 1, seat: A1-01}
                - {delegate: 7, seat: A1-02}
                - {delegate: 1, seat: A1-03, colour: red}
            award_plan:
              batches:
                - {recipients: [1, 5], presenter: 3}
                - {recipients: [1]}
                - {recipients: []}
            """
        do {
            _ = try EventYAMLReader.read(yaml)
            Issue.record("expected problems")
        } catch {
            let lines = error.report(file: "e.yaml").split(separator: "\n").map(String.init)
            func has(_ prefix: String, _ words: String...) -> Bool {
                lines.contains { line in line.hasPrefix(prefix) && words.allSatisfy { line.contains($0) } }
            }
            // Typed issues, shown as their cases here; PodiumAppTests checks their words.
            #expect(has("e.yaml:8:38:", "unknownDelegate(id: 9"))
            #expect(has("e.yaml:13:46:", "gone", "check-in"))
            #expect(has("e.yaml:17:18:", "seatForUnknownDelegate(id: 7)"))
            #expect(has("e.yaml:18:18:", "seatedTwice(id: 1, line: 16)"))
            #expect(has("e.yaml:18:34:", "colour"))
            #expect(has("e.yaml:21:24:", "unknownRecipient(id: 5)"))
            #expect(has("e.yaml:21:39:", "unknownDelegate(id: 3"))
            #expect(has("e.yaml:22:21:", "recipientInTwoBatches(id: 1, batch: 1)"))
            #expect(has("e.yaml:23:20:", "emptyBatch"))
            #expect(lines.count == 9)
        }
    }

    @Test func unknownKeysInTheNewSectionsAreRefused() {
        let yaml = """
            podium: 1
            event: {title: T, date: 2026-03-26, start: "08:00", window_minutes: 240}
            rank_table:
              rules:
                - {pattern: Giám đốc, rank: 500, level: 2}
            seating:
              settings: {viewpoint: balcony, press_sides: left}
            award_plan:
              settings: {batch_size: 80}
            """
        do {
            _ = try EventYAMLReader.read(yaml)
            Issue.record("expected problems")
        } catch {
            // Typed issues; PodiumAppTests (EventFileMessageTests) checks the same file's words.
            let expected: [SpreadsheetIssue] = [
                .eventFile(.unknownField(.rankRule, field: "level", known: ["pattern", "rank"])),
                .eventFile(.notAChoice(field: "viewpoint", text: "balcony", allowed: ["stage", "audience"])),
                .eventFile(.unknownField(.seatingSettings, field: "press_sides", known: [
                    "viewpoint", "even_centring", "leader_groups", "leader_rows", "group_order", "press_groups", "press_side",
                ])),
                .eventFile(.notWholeNumber(field: "batch_size", lowest: 1, highest: 50)),
            ]
            for issue in expected { #expect(error.problems.contains { $0.issue == issue }, "\(issue)") }
            #expect(error.problems.map { "\($0.line):\($0.column)" }.sorted() == ["5:38", "7:25", "7:34", "9:26"])
        }
    }

    /// The demo after a morning's edits: a custom rank rule, an inner aisle, a stand-in seated
    /// by auto-assignment, a locked seat, a speaker from the roster with the MC's own words,
    /// an absent recipient received on behalf, and a hand-split batch with its presenter and script.
    static func editedDemo() throws -> EventData {
        var event = try DemoEvent.make()
        event.rankTable.rules.append(RankTable.Rule("Giám đốc Công an tỉnh", rank: 490))
        event.hall.sections[1].innerAisles = [6]
        event.hall.sections[0].wallAisle = false

        let absent = try #require(event.delegates.first { $0.groupKey == "departments" })
        event.delegates.append(Delegate(
            id: (event.delegates.map(\.id).max() ?? 0) + 1, name: "Lò Văn Páo", title: "Phó Giám đốc",
            unit: absent.unit, groupKey: absent.groupKey, standInFor: absent.name, flags: absent.flags, checkedIn: true
        ))
        event.seating.assignments.removeAll { $0.delegateID == absent.id }
        event.seating = SeatingEdit.auto(event).0
        let layout = HallLayout(event.hall)
        let firstSeat = try #require(event.seating.assignments.first?.seat)
        event.seating = try SeatingEdit.setLocked(true, seat: firstSeat, in: event, layout: layout)

        let speaker = try #require(event.delegates.first)
        event.contributions[0].delegateID = speaker.id
        event.contributions[0].speakerName = speaker.name
        event.contributions[0].mcInvitation = "Xin trân trọng kính mời đồng chí \(speaker.name)\nlên trình bày tham luận."
        event.contributions[1].mcThanks = "Xin cảm ơn đồng chí."

        event.recipients[2].attendance = .absent
        event.recipients[2].receivedBy = "Đ/c Vàng Thị Mai, Phó Trưởng phòng"
        event.recipients[3].attendance = .present
        event.recipients[3].pronunciation = "Sùng A Páo: Sùng A Pảo"

        var plan = try AwardBatchEdit.split(batch: 1, at: 2).applied(to: event.awardPlan, event: event)
        plan = try AwardBatchEdit.presenter(batch: 1, delegateID: speaker.id).applied(to: plan, event: event)
        plan = try AwardBatchEdit.script(batch: 1, text: "Xin mời đợt thứ nhất\nlên nhận Bằng khen.").applied(to: plan, event: event)
        event.awardPlan = plan
        return event
    }
}

/// The index section: every kind of score survives the round trip; bad points are located.
extension EventYAMLTests {
    @Test func indexWithEveryKindOfScoreRoundTrips() throws {
        var event = EventData.blank(title: "Hội nghị", date: CivilDate(year: 2026, month: 3, day: 26))
        func p(_ h: Int) -> IndexPoints { IndexPoints(hundredths: h) }
        event.index = IndexResults(
            scheme: IndexScheme(
                title: "Chỉ số CCHC năm 2025", fields: [IndexField(name: "Thể chế: văn bản", maximum: p(6000)), IndexField(name: "Tác động", maximum: p(4000))],
                declaredTotal: p(10_000), tiers: [IndexTier(name: "Tốt", minimumPercent: 85), IndexTier(name: "Khác", minimumPercent: 0)],
                groups: [IndexGroup(key: "so", name: "Sở, ban, ngành")], reveal: .byTier
            ),
            units: [
                IndexUnitResult(unit: "Sở A", groupKey: "so", final: [p(5050), p(3999)], selfAssessed: [p(6000), p(4000)],
                                appraised: [p(5100), p(3999)], lastYearTotal: p(8870), lastYearRank: 2),
                IndexUnitResult(unit: "Sở B", groupKey: "so", final: [p(0), p(1)]),
            ]
        )
        try expectExactRoundTrip(event)
        let yaml = EventYAMLWriter.yaml(EventFile(data: event, settings: [:]))
        #expect(yaml.contains("- {unit: Sở A, group: so, final: [50.5, 39.99], self_assessed: [60, 40], appraised: [51, 39.99], last_total: 88.7, last_rank: 2}"))
    }

    @Test func indexPointsAboveTheMaximumAreLocated() throws {
        let yaml = """
            podium: 1
            event: {title: Hội nghị, date: 2026-03-26, start: "08:00", window_minutes: 240}
            par_index:
              total: 10
              fields:
                - {name: Thể chế, max: 10}
              groups:
                - {key: so, name: Sở}
              units:
                - {unit: Sở A, group: so, final: [11]}
                - {unit: Sở B, group: xa, final: [1, 2]}
            """
        do {
            _ = try EventYAMLReader.read(yaml)
            Issue.record("expected problems")
        } catch {
            #expect(error.problems.map(\.line).sorted() == [10, 11, 11])
        }
    }
}
