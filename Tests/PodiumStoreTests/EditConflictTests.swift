import Foundation
import PodiumCore
import Testing
@testable import PodiumStore

/// Two operators editing the same record from forms opened on the same screen: the second
/// save that would overwrite the first's fields is refused with who and when; one that changes
/// other fields goes in and keeps theirs; nothing is silently written over.
@Suite struct EditConflictTests {
    let lan = Actor(operatorName: "Trần Thị Lan", role: .organizer, osUser: "lan")

    private func version(_ store: EventStore) throws -> Int64 { try store.journal().last?.id ?? 0 }

    @Test func theSecondEditOfTheSameFieldIsRefusedNamingWhoAndWhen() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let opened = try #require(store.load().checklist.first)
        let seen = try version(store)
        var theirs = opened
        theirs.title = "Âm thanh hội trường (đã thử)"
        try store.run(.checklist(.edit(theirs, EditBasis(version: seen, original: opened, edited: theirs))), by: lan, at: t0.addingTimeInterval(60))
        let theirEntry = try #require(store.journal().last)
        let before = try store.journal().count
        var mine = opened
        mine.title = "Âm thanh"
        #expect(throws: StoreError.refused(.conflict(EditConflict(
            record: .checklistItem, title: theirs.title, operatorName: "Trần Thị Lan", role: .organizer, time: "08:01:00", entryID: theirEntry.id
        )))) {
            try store.run(.checklist(.edit(mine, EditBasis(version: seen, original: opened, edited: mine))), by: organizer, at: t0.addingTimeInterval(70))
        }
        #expect(try store.journal().count == before)
        #expect(try store.load().checklist.first { $0.id == opened.id }?.title == theirs.title)
    }

    /// The event-details form (D) saves on its version: the venue typed over while another
    /// organiser corrected it is refused; the plan number typed meanwhile goes in beside theirs.
    @Test func theEventDetailsEditedByTwoAreRefusedTheSecondTimeAndKeepOtherFields() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let opened = try store.load().info
        let seen = try version(store)
        var theirs = opened
        theirs.venue = "Hội trường tầng 3, Trung tâm Hội nghị tỉnh"
        try store.run(.event(.edit(theirs, EditBasis(version: seen, original: opened, edited: theirs))), by: lan, at: t0.addingTimeInterval(60))
        let theirEntry = try #require(store.journal().last)
        var mine = opened
        mine.venue = "Hội trường A"
        #expect(throws: StoreError.refused(.conflict(EditConflict(
            record: .eventInfo, title: opened.title, operatorName: "Trần Thị Lan", role: .organizer, time: "08:01:00", entryID: theirEntry.id
        )))) {
            try store.run(.event(.edit(mine, EditBasis(version: seen, original: opened, edited: mine))), by: organizer, at: t0.addingTimeInterval(70))
        }
        #expect(try store.load().info.venue == theirs.venue)
        var numbered = opened
        numbered.planNumber = "Số: 999/KH-UBND"
        try store.run(.event(.edit(numbered, EditBasis(version: seen, original: opened, edited: numbered))), by: organizer, at: t0.addingTimeInterval(80))
        let info = try store.load().info
        #expect(info.venue == theirs.venue && info.planNumber == numbered.planNumber)
        #expect(try store.journal().last?.fact == .event(.detailsChanged(FieldChanges(id: nil, values: ["plan_number": .string(numbered.planNumber)]))))
    }

    /// The group form (N) saves on its version: the groups are journalled as a whole, so a
    /// change to any of them since is refused with who and when, and the groups stay theirs; an
    /// edit based on the newest state, or from the command line (no basis), goes in.
    @Test func aGroupEditedByTwoIsRefusedTheSecondTime() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let groups = try store.load().groups.sorted { $0.order < $1.order }
        let seen = try version(store)
        try store.run(.roster(.group(GroupEdit(groupKey: groups[1].key, shortLabel: "ĐB-TU", basedOn: seen))), by: lan, at: t0.addingTimeInterval(60))
        let theirEntry = try #require(store.journal().last)
        let before = try store.journal().count
        #expect(throws: StoreError.refused(.conflict(EditConflict(
            record: .group, title: "", operatorName: "Trần Thị Lan", role: .organizer, time: "08:01:00", entryID: theirEntry.id
        )))) {
            try store.run(.roster(.group(GroupEdit(groupKey: groups[2].key, order: 1, basedOn: seen))), by: organizer, at: t0.addingTimeInterval(70))
        }
        #expect(try store.journal().count == before)
        #expect(try store.load().groups.sorted { $0.order < $1.order }.map(\.key) == groups.map(\.key))
        try store.run(.roster(.group(GroupEdit(groupKey: groups[2].key, order: 1, basedOn: theirEntry.id))), by: organizer, at: t0.addingTimeInterval(80))
        #expect(try store.load().groups.min { $0.order < $1.order }?.key == groups[2].key)
        try store.run(.roster(.group(GroupEdit(groupKey: groups[0].key, name: "Khách mời đặc biệt"))), by: lan, at: t0.addingTimeInterval(90))
        #expect(try store.load().groups.contains { $0.name == "Khách mời đặc biệt" })
        // A group edit renames or moves groups only: a delegate's form opened before it still saves.
        let delegate = try #require(store.load().delegates.first)
        var moved = delegate
        moved.unit = "Sở Tư pháp tỉnh"
        try store.run(.roster(.edit(moved, EditBasis(version: seen, original: delegate, edited: moved))), by: organizer, at: t0.addingTimeInterval(100))
    }

    /// Records written whole from a form or the hall editor (the seating settings, the rank
    /// table, the hall, the award batches and their settings, a decision) and a delegate's own
    /// rank: the second write based on the same screen is refused naming the first; a write on
    /// another record, or based on nothing (the command line), goes in.
    @Test func aRecordWrittenWholeIsRefusedWhenChangedSinceItsForm() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let event = try store.load()
        let seen = try version(store)
        func secondIsRefused(_ first: EventCommand, _ second: EventCommand, _ record: EditConflict.Record) throws {
            try store.run(first, by: lan, at: t0)
            let before = try store.journal().count
            #expect {
                try store.run(second, by: organizer, at: t0)
            } throws: { error in
                guard case StoreError.refused(.conflict(let conflict)) = error else { return false }
                return conflict.record == record && conflict.operatorName == lan.operatorName && conflict.entryID == before
            }
            #expect(try store.journal().count == before, "\(record)")
        }
        var settings = event.seating.settings
        settings.leaderRows += 1
        var otherSettings = event.seating.settings
        otherSettings.leaderRows += 2
        try secondIsRefused(.seating(.settings(settings, basedOn: seen)), .seating(.settings(otherSettings, basedOn: seen)), .seatingSettings)
        var table = event.rankTable
        table.unmatchedRank += 1
        try secondIsRefused(.seating(.rankTable(table, basedOn: seen)), .seating(.rankTable(event.rankTable, basedOn: seen)), .rankTable)
        var hall = event.hall
        hall.presidiumSeats += 1
        try secondIsRefused(.seating(.hall(hall, basedOn: seen)), .seating(.hall(event.hall, basedOn: seen)), .hall)
        var awardSettings = event.awardPlan.settings
        awardSettings.batchSize += 1
        try secondIsRefused(.awards(.editBatches(.settings(awardSettings), basedOn: seen)), .awards(.editBatches(.merge(batch: 1), basedOn: seen)), .awardPlan)
        var decision = try #require(event.decisions.first)
        decision.number = "126/QĐ-UBND"
        var otherDecision = decision
        otherDecision.number = "127/QĐ-UBND"
        try secondIsRefused(.awards(.saveDecision(decision, basedOn: seen)), .awards(.saveDecision(otherDecision, basedOn: seen)), .awardDecision)
        let delegates = event.delegates
        try secondIsRefused(
            .roster(.setPrecedence(delegateID: delegates[0].id, 3, basedOn: seen)), .roster(.setPrecedence(delegateID: delegates[0].id, 4, basedOn: seen)),
            .delegate
        )
        // Another delegate's rank, and a command line write, go in.
        try store.run(.roster(.setPrecedence(delegateID: delegates[1].id, 4, basedOn: seen)), by: organizer, at: t0)
        try store.run(.seating(.settings(otherSettings)), by: organizer, at: t0)
        #expect(try store.load().seating.settings == otherSettings)
    }

    /// The speakers pane's form (the MC's invitation and thanks) saves on its version too, and a
    /// withdrawal made meanwhile stays.
    @Test func aContributionEditedByTwoIsRefusedTheSecondTimeAndKeepsAWithdrawal() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let opened = try #require(store.load().contributions.first)
        let seen = try version(store)
        var theirs = opened
        theirs.mcInvitation = "Xin trân trọng kính mời đại diện lãnh đạo Sở lên trình bày tham luận."
        try store.run(.speakers(.edit(theirs, EditBasis(version: seen, original: opened, edited: theirs))), by: lan, at: t0.addingTimeInterval(60))
        let theirEntry = try #require(store.journal().last)
        var mine = opened
        mine.mcInvitation = "Xin mời đồng chí lên trình bày."
        #expect(throws: StoreError.refused(.conflict(EditConflict(
            record: .contribution, title: opened.topic, operatorName: "Trần Thị Lan", role: .organizer, time: "08:01:00", entryID: theirEntry.id
        )))) {
            try store.run(.speakers(.edit(mine, EditBasis(version: seen, original: opened, edited: mine))), by: organizer, at: t0.addingTimeInterval(70))
        }
        #expect(try store.load().contributions.first { $0.id == opened.id }?.mcInvitation == theirs.mcInvitation)
        // Thanks, edited while someone withdrew the contribution: the thanks go in, the withdrawal stays.
        let again = try version(store)
        let now = try #require(store.load().contributions.first { $0.id == opened.id })
        try store.run(.speakers(.withdraw(id: opened.id, force: true)), by: lan, at: t0.addingTimeInterval(80))
        var thanks = now
        thanks.mcThanks = "Xin cảm ơn đồng chí."
        try store.run(.speakers(.edit(thanks, EditBasis(version: again, original: now, edited: thanks))), by: organizer, at: t0.addingTimeInterval(90))
        let saved = try #require(store.load().contributions.first { $0.id == opened.id })
        #expect(saved.mcThanks == thanks.mcThanks && saved.status == .withdrawn)
    }

    @Test func anAwardRecipientEditedByTwoIsRefusedTheSecondTime() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let opened = try #require(store.load().recipients.first)
        let seen = try version(store)
        var theirs = opened
        theirs.representative = "Sùng A Páo"
        try store.run(.awards(.editRecipient(theirs, EditBasis(version: seen, original: opened, edited: theirs))), by: lan, at: t0.addingTimeInterval(60))
        let theirEntry = try #require(store.journal().last)
        var mine = opened
        mine.representative = "Lò Văn Pao"
        #expect(throws: StoreError.refused(.conflict(EditConflict(
            record: .awardRecipient, title: opened.name, operatorName: "Trần Thị Lan", role: .organizer, time: "08:01:00", entryID: theirEntry.id
        )))) {
            try store.run(.awards(.editRecipient(mine, EditBasis(version: seen, original: opened, edited: mine))), by: organizer, at: t0.addingTimeInterval(70))
        }
        // A field they did not touch goes in and keeps theirs.
        var title = opened
        title.title = "Chuyên viên chính"
        let saved = try store.run(.awards(.editRecipient(title, EditBasis(version: seen, original: opened, edited: title))), by: organizer, at: t0)
        #expect(saved.recipient?.representative == theirs.representative && saved.recipient?.title == "Chuyên viên chính")
    }

    @Test func anEditOfOtherFieldsGoesInAndKeepsTheirs() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let opened = try #require(store.load().checklist.first { $0.status != .done })
        let seen = try version(store)
        // Someone ticks the item done while the form is open; the form changes its notes only.
        try store.changeChecklistStatus(id: opened.id, .done, by: lan, at: t0)
        var mine = opened
        mine.notes = "Kiểm tra micro không dây"
        let saved = try #require(store.run(.checklist(.edit(mine, EditBasis(version: seen, original: opened, edited: mine))), by: organizer, at: t0).checklistItem)
        #expect(saved.status == .done && saved.notes == mine.notes)
        #expect(try store.load().checklist.first { $0.id == opened.id } == saved)
        guard case .checklist(.updated(let changes)) = try store.journal().last?.fact else {
            Issue.record("the edit is journaled as an update")
            return
        }
        #expect(changes.names == ["notes"])
    }

    @Test func aCheckInWhileADelegateIsEditedStaysAndATitleEditConflicts() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let opened = try #require(store.load().delegates.first { !$0.checkedIn })
        let seen = try version(store)
        try store.setCheckedIn(delegateID: opened.id, true, by: lan, at: t0)
        var mine = opened
        mine.unit = "Sở Nội vụ tỉnh"
        let saved = try #require(store.run(.roster(.edit(mine, EditBasis(version: seen, original: opened, edited: mine))), by: organizer, at: t0).delegate)
        #expect(saved.checkedIn && saved.unit == "Sở Nội vụ tỉnh")
        // A second form still based on the first screen changing the unit is told.
        var other = opened
        other.unit = "Văn phòng UBND tỉnh"
        #expect {
            try store.run(.roster(.edit(other, EditBasis(version: seen, original: opened, edited: other))), by: lan, at: t0)
        } throws: { error in
            guard case StoreError.refused(.conflict(let conflict)) = error else { return false }
            return conflict.record == .delegate && conflict.operatorName == organizer.operatorName && conflict.title == opened.name
        }
        #expect(try store.load().delegates.first { $0.id == opened.id }?.unit == "Sở Nội vụ tỉnh")
        #expect(try store.version(of: .delegate, id: opened.id) == store.journal().last?.id)
    }

    @Test func aSegmentRemovedOrReplacedMeanwhileIsAConflictToo() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let segments = try store.load().segments
        let seen = try version(store)
        // Moving another segment renumbers this one, which no form writes: no conflict.
        try store.moveSegment(id: segments[3].id, toPosition: 1, by: lan, at: t0)
        var renamed = segments[1]
        renamed.title = "Khai mạc hội nghị"
        let saved = try #require(store.run(.agenda(.edit(renamed, EditBasis(version: seen, original: segments[1], edited: renamed))), by: organizer, at: t0).segment)
        #expect(saved.title == renamed.title && saved.position != segments[1].position)
        try store.deleteSegment(id: segments[2].id, by: lan, at: t0)
        var gone = segments[2]
        gone.plannedSeconds += 60
        #expect {
            try store.run(.agenda(.edit(gone, EditBasis(version: seen, original: segments[2], edited: gone))), by: organizer, at: t0)
        } throws: { error in
            guard case StoreError.refused(.conflict(let conflict)) = error else { return false }
            return conflict.record == .segment && conflict.title.isEmpty && conflict.operatorName == lan.operatorName
        }
        #expect(try store.load().segments.count == segments.count - 1)
    }

    @Test func anEditBasedOnTheNewestStateGoesIn() throws {
        let dir = try TempDir()
        let store = try dir.demoStore()
        let opened = try #require(store.load().checklist.first)
        var theirs = opened
        theirs.title = "Lần một"
        try store.run(.checklist(.edit(theirs, EditBasis(version: try version(store), original: opened, edited: theirs))), by: lan, at: t0)
        var mine = theirs
        mine.title = "Lần hai"
        try store.run(.checklist(.edit(mine, EditBasis(version: try version(store), original: theirs, edited: mine))), by: organizer, at: t0)
        #expect(try store.load().checklist.first { $0.id == opened.id }?.title == "Lần hai")
    }
}
