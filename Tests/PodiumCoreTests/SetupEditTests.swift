import Foundation
import PodiumCore
import PodiumDemo
import Testing

/// The checks behind the preparing forms and commands: each bad input is refused with its own
/// reason, and nothing is changed.
@Suite struct SetupEditTests {
    @Test func groupValuesDifferingInCaseSpacesOrDiacriticsAreOneGroup() {
        let proposal = GroupProposal(
            values: [(2, "Báo chí"), (3, "BÁO  CHÍ"), (4, " bao chi "), (5, "Xã, phường")], existing: []
        )
        #expect(proposal.groups.map(\.name) == ["Báo chí", "Xã, phường"])
        #expect(proposal.groups.first?.rows == 3)
    }

    @Test func aRankTableWithATitleTwiceIsRefused() throws {
        let rules = try RankTableEdit.rules(parsing: "Giám đốc = 500; Chủ tịch UBND tỉnh = 210\nGIAM  DOC = 400")
        #expect(throws: RankTableEdit.Problem.duplicateTitle("GIAM DOC")) { try RankTableEdit.replace(rules).applied(to: .standard) }
        #expect(throws: RankTableEdit.Problem.badRank("x")) { try RankTableEdit.rules(parsing: "Giám đốc = x") }
        #expect(throws: RankTableEdit.Problem.badRank("0")) { try RankTableEdit.rank(parsing: "0") }
    }

    @Test func settingATitleAgainChangesItsRuleInsteadOfAddingOne() throws {
        let table = try RankTableEdit.set(pattern: "giam doc", rank: 450).applied(to: .standard)
        #expect(table.rules.count == RankTable.standard.rules.count)
        #expect(table.rank(ofTitle: "Giám đốc Sở Nội vụ") == 450)
        let removed = try RankTableEdit.remove(pattern: "GIÁM ĐỐC").applied(to: table)
        #expect(removed.rules.count == table.rules.count - 1)
        #expect(throws: RankTableEdit.Problem.noSuchTitle("Thủ tướng")) { try RankTableEdit.remove(pattern: "Thủ tướng").applied(to: .standard) }
    }

    @Test func thePreviewNamesWhoJoinsAndLeavesThePresidium() throws {
        let event = try DemoEvent.make()
        var changed = event
        // A delegate from outside the leader groups, ranked above everyone, takes a seat at the table.
        let director = try #require(event.delegates.first { !event.seating.settings.leaderGroups.contains($0.groupKey) })
        changed.delegates = event.delegates.map { $0.id == director.id ? { var d = $0; d.precedenceOverride = 1; return d }($0) : $0 }
        changed.seating.settings.leaderGroups.append(director.groupKey)
        let preview = PresidiumPreview(event: event, changed: changed)
        #expect(!preview.isUnchanged)
        #expect(preview.after.first?.id == director.id && preview.joining.map(\.id) == [director.id])
        #expect(preview.leaving.count == 1)
        #expect(PresidiumPreview(event: event, changed: event).isUnchanged)
    }

    @Test func aDecisionNumberThatDoesNotParseIsRefused() throws {
        #expect(throws: AwardDecisionDraft.Problem.badNumber("12QD")) { try AwardDecisionDraft(number: "12QD", date: "2026-03-20").decision(base: nil) }
        #expect(throws: AwardDecisionDraft.Problem.badDate("32/03/2026")) {
            try AwardDecisionDraft(number: "125/QĐ-UBND", date: "32/03/2026").decision(base: nil)
        }
        let decision = try AwardDecisionDraft(number: "125/QĐ-UBND", date: "20/03/2026", form: "Bằng khen").decision(base: nil)
        #expect(decision.subject == "về việc tặng Bằng khen" && decision.date == CivilDate(year: 2026, month: 3, day: 20))
        #expect(AwardDecisionDraft.form(ofSubject: decision.subject) == "Bằng khen")
    }

    @Test func aBatchEmptiedByMovesIsRefused() throws {
        var event = try DemoEvent.make()
        event.awardPlan = AwardCeremony.effectivePlan(event)
        var plan = event.awardPlan
        // Split off a batch of one, then try to move its only recipient away.
        let first = try #require(plan.batches.first)
        plan = try AwardBatchEdit.split(batch: 1, at: first.recipientIDs.count).applied(to: plan, event: event)
        let lonely = try #require(plan.batches[1].recipientIDs.first)
        #expect(plan.batches[1].recipientIDs.count == 1)
        #expect(throws: AwardError.batchWouldBeEmpty(2)) {
            try AwardBatchEdit.move(recipientID: lonely, toBatch: 1, position: nil).applied(to: plan, event: event)
        }
        // Reordering within its own batch is still a move it may make.
        _ = try AwardBatchEdit.move(recipientID: lonely, toBatch: 2, position: 1).applied(to: plan, event: event)
    }

    @Test func aBatchMovesToAnotherPlaceAndTheRestCloseUp() throws {
        var event = try DemoEvent.make()
        let plan = AwardCeremony.effectivePlan(event)
        event.awardPlan = plan
        let moved = try AwardBatchEdit.order(batch: 1, to: plan.batches.count).applied(to: plan, event: event)
        #expect(moved.batches.last?.recipientIDs == plan.batches.first?.recipientIDs && moved.batches.last?.isManual == true)
        #expect(moved.batches.first?.recipientIDs == plan.batches[1].recipientIDs)
        #expect(throws: AwardError.noSuchBatch(plan.batches.count + 1, count: plan.batches.count)) {
            try AwardBatchEdit.order(batch: 1, to: plan.batches.count + 1).applied(to: plan, event: event)
        }
    }

    @Test func aRecipientNeedsADecisionANameAKindAndAForm() throws {
        var event = EventData.blank(title: "Hội nghị", date: CivilDate(year: 2026, month: 3, day: 26))
        #expect(throws: RecipientDraft.Problem.noDecision) { try RecipientDraft(name: "A", kind: "cá nhân", form: "Giấy khen").recipient(base: nil, event: event) }
        event.decisions = [AwardDecision(id: 3, number: "1/QĐ-UBND", date: nil, signer: "", signerTitle: "", subject: "")]
        #expect(throws: RecipientDraft.Problem.emptyName) { try RecipientDraft(name: " ", kind: "cá nhân", form: "G").recipient(base: nil, event: event) }
        #expect(throws: RecipientDraft.Problem.badKind("robot")) { try RecipientDraft(name: "A", kind: "robot", form: "G").recipient(base: nil, event: event) }
        #expect(throws: RecipientDraft.Problem.emptyForm) { try RecipientDraft(name: "A", kind: "tap the", form: "").recipient(base: nil, event: event) }
        let made = try RecipientDraft(name: "Phòng Y tế", kind: "TẬP THỂ", unit: "Sở Y tế", form: "Giấy khen").recipient(base: nil, event: event)
        #expect(made.kind == .collective && made.decisionID == 3 && made.order == 1 && made.id == 0)
    }

    @Test func aNewRecipientJoinsTheLastBatchOfItsFormAndARemovedOneLeavesNoEmptyBatch() {
        let recipients = [
            AwardRecipient(id: 1, decisionID: 1, order: 1, kind: .individual, name: "A", unit: "", form: "Bằng khen"),
            AwardRecipient(id: 2, decisionID: 1, order: 2, kind: .individual, name: "B", unit: "", form: "Giấy khen"),
        ]
        let plan = AwardPlan(batches: [AwardBatch(recipientIDs: [1], presenterID: nil, isManual: false),
                                       AwardBatch(recipientIDs: [2], presenterID: nil, isManual: false)])
        let new = AwardRecipient(id: 3, decisionID: 1, order: 3, kind: .individual, name: "C", unit: "", form: "Bằng khen")
        let placed = plan.placing(new, among: recipients)
        #expect(placed.batches.map(\.recipientIDs) == [[1, 3], [2]] && placed.batches[0].isManual)
        #expect(placed.removing(2).batches.map(\.recipientIDs) == [[1, 3]])
        #expect(AwardPlan().placing(new, among: recipients).batches.isEmpty)
    }

    @Test func aGroupEditChecksItsFieldsAndMovesTheBlock() throws {
        var event = EventData.blank(title: "Hội nghị", date: CivilDate(year: 2026, month: 3, day: 26))
        event.groups = [
            ParticipantGroup(id: 1, key: "ttub", name: "Thường trực UBND tỉnh", order: 1, level: .province),
            ParticipantGroup(id: 2, key: "so", name: "Sở, ngành", order: 2, level: .province),
        ]
        let group = try GroupEdit.group("2", in: event.groups)
        #expect(group.key == "so")
        #expect(throws: GroupEdit.Problem.nameTaken("Thường trực UBND tỉnh")) {
            try GroupEdit(groupKey: "so", name: "thuong truc ubnd TINH").applied(to: event)
        }
        #expect(throws: GroupEdit.Problem.badOrder("3", count: 2)) { try GroupEdit(groupKey: "so", order: 3).applied(to: event) }
        #expect(throws: GroupEdit.Problem.badBlock("vip")) { try GroupEdit.block(typed: "vip") }
        let changed = try GroupEdit(groupKey: "ttub", order: 2, block: try GroupEdit.block(typed: "Lãnh đạo")).applied(to: event)
        #expect(changed.groups.map(\.key) == ["so", "ttub"] && changed.groups.map(\.order) == [1, 2])
        #expect(changed.seating.settings.leaderGroups.contains("ttub"))
        let press = try GroupEdit(groupKey: "ttub", block: .press).applied(to: changed)
        #expect(!press.seating.settings.leaderGroups.contains("ttub") && press.seating.settings.pressGroups.contains("ttub"))
    }

    @Test func seatingSettingsAreReadInEitherLanguage() throws {
        let settings = try SeatingSettingsDraft(viewpoint: "Khán giả", evenCentring: "3", leaderRows: "2").settings(base: SeatingSettings())
        #expect(settings.viewpoint == .audience && settings.evenCentring == .withNumberThree && settings.leaderRows == 2)
        #expect(try SeatingSettingsDraft().settings(base: settings) == settings)
        #expect(throws: SeatingSettingsDraft.Problem.badViewpoint("balcony")) { try SeatingSettingsDraft(viewpoint: "balcony").settings(base: settings) }
        #expect(throws: SeatingSettingsDraft.Problem.badLeaderRows("99")) { try SeatingSettingsDraft(leaderRows: "99").settings(base: settings) }
    }

    @Test func aPastDateForARealShowAndAZoneThatDoesNotExistAreRefused() {
        let now = Date(timeIntervalSince1970: 1_796_169_600) // 2 December 2026
        let base = EventData.blank(title: "Hội nghị", date: CivilDate(year: 2026, month: 12, day: 20)).info
        #expect(throws: EventInfoDraft.Problem.pastDate(CivilDate(year: 2026, month: 3, day: 26), today: CivilDate(year: 2026, month: 12, day: 2))) {
            try EventInfoDraft(title: "", planNumber: nil, date: "2026-03-26", start: "", venue: nil, organiser: nil, timeZone: "").info(base: base, now: now)
        }
        #expect(throws: EventInfoDraft.Problem.unknownTimeZone("Mars/Base")) {
            try EventInfoDraft(title: "", planNumber: nil, date: "", start: "", venue: nil, organiser: nil, timeZone: "Mars/Base").info(base: base, now: now)
        }
    }
}
