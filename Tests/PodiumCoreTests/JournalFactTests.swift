import Foundation
import Testing
@testable import PodiumCore

/// The journal's vocabulary pinned: one sample of every fact kind and its encoded form, in
/// Golden/journal-facts.txt (record again with PODIUM_RECORD_GOLDEN=1 and review the diff: a
/// change there is a change of the file format). Entries of the older, untyped journal read
/// back into the same facts.
@Suite struct JournalFactTests {
    static let samples: [JournalFact] = {
        let changes = FieldChanges(id: 3, values: ["plannedSeconds": .int(600), "title": .string("Khai mạc")])
        let assignment = SeatAssignment(delegateID: 7, seat: "P1", locked: true,
                                        reason: PlacementReason(kind: .presidium, order: 1, precedence: 2, groupKey: "leaders"))
        var report = AwardBatching.Report()
        report.keptManual = [2]
        report.rebuilt = [1, 3]
        report.removedRecipients = [9]
        let shows: [ShowAction] = [
            .start, .next, .back, .hold, .resume, .extend(seconds: 180), .skip, .jump(segmentID: 4), .end,
            .message(text: "Còn 1 phút", blink: true), .clearMessage, .blank(true), .undo(entryID: 12),
            .speaker(contributionID: 2), .speaker(contributionID: nil),
            .rehearse(planStart: Date(timeIntervalSince1970: 1_774_486_800.123)), .rehearse(planStart: nil), .reset,
        ]
        return shows.map(JournalFact.show) + [
            .speakers(.created(changes)), .speakers(.updated(changes)), .speakers(.statusChanged(FieldChanges(id: 2, values: ["status": .string("withdrawn")]))),
            .speakers(.withdrawn(contributionID: 2, unit: "Sở Tư pháp", wasSpeaking: true)),
            .speakers(.restored(contributionID: 2, unit: "Sở Tư pháp")), .speakers(.moved(contributionID: 2, from: 3, to: 1)),
            .roster(.created(changes)), .roster(.updated(changes)),
            .roster(.checkedIn(delegateID: 6, name: "Ngô Phương Yến", checkedIn: true)),
            .roster(.standIn(delegateID: 300, name: "Nguyễn Văn Thay", title: "Phó Giám đốc", standingInFor: "Lê Văn A", seat: "B2-05")),
            .seating(.assigned(delegateID: 4, seat: "A10-02")), .seating(.swapped("P1", "P2")), .seating(.unassigned(seat: "P3")),
            .seating(.locked(seat: "P3")), .seating(.unlocked(seat: "P3")), .seating(.cleared),
            .seating(.autoAssigned(seated: 1, unseated: 0, locked: 1, before: [assignment])),
            .seating(.autoUndone(undoes: 9, seated: 258)), .seating(.ranksChanged(rules: 12, unmatchedRank: 90)),
            .seating(.settingsChanged(FieldChanges(id: nil, values: ["aisleGap": .int(1)]))),
            .seating(.hallChanged(sections: 4, presidium: 9, seats: 363, unseated: 2)),
            .awards(.step(.tick(recipientID: 1), recipientName: "UBND xã An Phú", batch: 1)),
            .awards(.step(.untick(recipientID: 1), recipientName: "UBND xã An Phú", batch: 1)),
            .awards(.step(.nextBatch, recipientName: nil, batch: 2)), .awards(.step(.previousBatch, recipientName: nil, batch: 1)),
            .awards(.batchesRebuilt(batches: 5, report: report)),
            .awards(.recipientMoved(recipientID: 4, toBatch: 2, position: nil)), .awards(.batchSplit(batch: 1, at: 5)),
            .awards(.batchesMerged(batch: 2)), .awards(.batchMoved(batch: 3, to: 1)), .awards(.presenterChosen(batch: 1, delegateID: 3)),
            .awards(.scriptEdited(batch: 1, text: "Xin mời")), .awards(.settingsChanged(FieldChanges(id: nil, values: ["batchSize": .int(9)]))),
            .awards(.recipientChanged(FieldChanges(id: 2, values: ["receivedBy": .string("Nguyễn Văn Bình")]))),
            .awards(.recipientAdded(FieldChanges(id: 42, values: ["name": .string("UBND xã Mới")]), enrolled: [300], linked: [])),
            .awards(.recipientRemoved(recipientID: 42, name: "UBND xã Mới")),
            .awards(.decisionCreated(changes)), .awards(.decisionUpdated(changes)),
            .checklist(.created(changes)), .checklist(.updated(changes)),
            .checklist(.statusChanged(FieldChanges(id: 2, values: ["status": .string("blocked"), "blockedReason": .string("Chưa có số liệu")]))),
            .checklist(.deleted(itemID: 2, title: "Âm thanh")),
            .checklist(.gateOverridden(segmentID: 3, segmentTitle: "Báo cáo", openItems: [
                ChecklistFact.OpenItem(id: 5, title: "Kịch bản", agency: "Sở Nội vụ", status: "todo"),
            ])),
            .agenda(.created(changes)), .agenda(.updated(changes)),
            .agenda(.deleted(segmentID: 9, title: "Bế mạc", position: 9, ungated: [4])), .agenda(.moved(segmentID: 9, from: 9, to: 1)),
        ] + ImportFact.Source.allCases.map { .imports(.replaced($0, ImportFact.Counts(delegates: 258, checklistItems: 30))) } + [
            .event(.created(template: "laocai-par-2025", title: "Hội nghị")), .event(.created(template: nil, title: "Sự kiện mới")),
            .event(.detailsChanged(FieldChanges(id: nil, values: ["venue": .string("Hội trường B")]))),
            .event(.settingChanged(key: "theme", value: "light")),
            .indexReveal(IndexRevealFact(action: .next, step: 2, of: 8, units: ["Sở Giáo dục và Đào tạo"], group: "Sở, ban, ngành")),
            .indexReveal(IndexRevealFact(action: .back, step: 2, of: 8, units: ["Sở Giáo dục và Đào tạo"], group: "Sở, ban, ngành")),
            .access(.granted(RoleGrant(.user("lan"), .mc))), .access(.granted(RoleGrant(.group("bantochuc"), .organizer))),
            .access(.revoked(RoleGrant(.user("lan"), .mc))),
        ]
    }()

    static func encoded(_ fact: JournalFact) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(fact), as: UTF8.self)
    }

    @Test func everyFactKindKeepsItsEncodedForm() throws {
        let lines = try Self.samples.map(Self.encoded)
        let text = lines.joined(separator: "\n") + "\n"
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/journal-facts.txt")
        if ProcessInfo.processInfo.environment["PODIUM_RECORD_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        let want = expected.split(separator: "\n").map(String.init)
        #expect(want.count == lines.count)
        for (got, wanted) in zip(lines, want) { #expect(got == wanted) }
    }

    @Test func everyFactReadsBackAsItself() throws {
        for fact in Self.samples {
            let decoded = try JSONDecoder().decode(JournalFact.self, from: Data(try Self.encoded(fact).utf8))
            #expect(decoded == fact)
            #expect(JournalFact(name: fact.name, payloadText: fact.payloadText) == fact)
            #expect(!fact.isReadOnly)
        }
    }

    @Test func everyKeyIsSnakeCaseAndEveryFactHasItsVersion() throws {
        func keys(_ value: JSONValue) -> [String] {
            switch value {
            case .object(let fields): fields.keys + fields.values.flatMap(keys)
            case .array(let values): values.flatMap(keys)
            default: []
            }
        }
        for fact in Self.samples {
            #expect(fact.payload["v"] == .int(1))
            for key in keys(.object(fact.payload)) {
                #expect(key == key.lowercased(), "\(fact.name): \(key)")
            }
        }
    }

    /// Entries as the journal held them before facts were typed (schema 6 and earlier).
    @Test func oldEntriesReadAsTheSameFacts() throws {
        let cases: [(String, String, JournalFact)] = [
            ("show.rehearse", "{\"plan_start\":1774486800.123}", .show(.rehearse(planStart: Date(timeIntervalSince1970: 1_774_486_800.123)))),
            ("show.speaker", "{}", .show(.speaker(contributionID: nil))),
            ("contribution.withdraw", "{\"id\":5,\"unit\":\"Sở Tư pháp\",\"was_speaking\":true}",
             .speakers(.withdrawn(contributionID: 5, unit: "Sở Tư pháp", wasSpeaking: true))),
            ("delegate.standin", "{\"id\":300,\"name\":\"Nguyễn Văn Thay\",\"seat\":null,\"standInFor\":\"Lê Văn A\",\"title\":\"\"}",
             .roster(.standIn(delegateID: 300, name: "Nguyễn Văn Thay", title: "", standingInFor: "Lê Văn A", seat: nil))),
            ("delegate.checkin", "{\"checkedIn\":true,\"id\":11}", .roster(.checkedIn(delegateID: 11, name: nil, checkedIn: true))),
            // The seating pane wrote the delegate's id, the command line the name as typed.
            ("seat.assign", "{\"delegate\":4,\"seat\":\"A10-02\"}", .seating(.assigned(delegateID: 4, seat: "A10-02"))),
            ("seat.assign", "{\"delegate\":\"ha quang anh\",\"seat\":\"A10-02\"}",
             .seating(.assignedByTypedName(query: "ha quang anh", seat: "A10-02"))),
            ("seat.auto", "{\"before\":\"[{\\\"delegateID\\\":7,\\\"locked\\\":true,\\\"reason\\\":{\\\"groupKey\\\":\\\"leaders\\\",\\\"kind\\\":\\\"presidium\\\",\\\"order\\\":1,\\\"precedence\\\":2},\\\"seat\\\":\\\"P1\\\"}]\",\"locked\":1,\"seated\":1,\"unseated\":0}",
             .seating(.autoAssigned(seated: 1, unseated: 0, locked: 1, before: [SeatAssignment(
                delegateID: 7, seat: "P1", locked: true, reason: PlacementReason(kind: .presidium, order: 1, precedence: 2, groupKey: "leaders"))]))),
            ("seating.ranks", "{\"rules\":12,\"unmatchedRank\":90}", .seating(.ranksChanged(rules: 12, unmatchedRank: 90))),
            ("award.recipient", "{\"attendance\":\"absent\",\"id\":2,\"receivedBy\":\"B\"}",
             .awards(.recipientChanged(FieldChanges(id: 2, values: ["attendance": .string("absent"), "received_by": .string("B")])))),
            ("award.batches-move", "{\"position\":null,\"recipient\":4,\"toBatch\":2}",
             .awards(.recipientMoved(recipientID: 4, toBatch: 2, position: nil))),
            ("checklist.gate-override", "{\"items\":[{\"agency\":\"A\",\"id\":5,\"status\":\"todo\",\"title\":\"T\"}],\"segment\":2,\"segmentTitle\":\"S\"}",
             .checklist(.gateOverridden(segmentID: 2, segmentTitle: "S", openItems: [ChecklistFact.OpenItem(id: 5, title: "T", agency: "A", status: "todo")]))),
            ("import.index", "{\"checklistItems\":30,\"delegates\":258}", .imports(.replaced(.index, ImportFact.Counts(delegates: 258, checklistItems: 30)))),
            ("import.event", "{\"segments\":0}", .imports(.replaced(.eventFile, ImportFact.Counts(segments: 0)))),
            ("segment.update", "{\"id\":3,\"plannedSeconds\":1260}", .agenda(.updated(FieldChanges(id: 3, values: ["planned_seconds": .int(1260)])))),
        ]
        for (name, payload, fact) in cases {
            #expect(JournalFact(name: name, payloadText: payload) == fact, "\(name) \(payload)")
        }
    }

    @Test func whatCannotBeReadIsKeptAsUnrecognised() {
        #expect(JournalFact(name: "custom.note", payloadText: "{\"a\":1}") == .unrecognised(name: "custom.note", fields: ["a": .int(1)]))
        #expect(JournalFact(name: "show.extend", payloadText: "{}") == .unrecognised(name: "show.extend", fields: [:]))
        #expect(JournalFact(name: "show.jump", payloadText: "not json") == .unrecognised(name: "show.jump", fields: [:]))
        #expect(JournalFact(name: "seat.assign", payloadText: "{}").isReadOnly)
    }

    @Test func snakeCaseNamesWordsAndAcronyms() {
        #expect(FactFields.snakeCase("plannedSeconds") == "planned_seconds")
        #expect(FactFields.snakeCase("delegateID") == "delegate_id")
        #expect(FactFields.snakeCase("was_speaking") == "was_speaking")
        #expect(FactFields.snakeCase("standInFor") == "stand_in_for")
    }
}
