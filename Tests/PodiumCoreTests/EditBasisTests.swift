import Foundation
import PodiumCore
import Testing

/// Which journal entries stand in the way of an edit: only those after the version it was
/// based on, on the same record, that changed one of its fields or the record as a whole.
@Suite struct EditBasisTests {
    let when = Date(timeIntervalSince1970: 1_774_486_800)

    private func entry(_ id: Int64, _ fact: JournalFact) -> JournalEntry {
        JournalEntry(id: id, time: when, operatorName: "lan", role: .organizer, fact: fact)
    }

    @Test func onlyALaterChangeOfTheSameFieldsOfTheSameRecordConflicts() {
        let basis = EditBasis(version: 10, fields: ["title"])
        let title = FieldChanges(id: 3, values: ["title": .string("Mới")])
        let notes = FieldChanges(id: 3, values: ["notes": .string("Ghi chú")])
        let otherItem = FieldChanges(id: 4, values: ["title": .string("Khác")])
        #expect(basis.conflict(with: [entry(9, .checklist(.updated(title)))], record: .checklistItem, id: 3) == nil)
        #expect(basis.conflict(with: [entry(11, .checklist(.updated(notes)))], record: .checklistItem, id: 3) == nil)
        #expect(basis.conflict(with: [entry(11, .checklist(.updated(otherItem)))], record: .checklistItem, id: 3) == nil)
        // The same id in another kind of record is another record.
        #expect(basis.conflict(with: [entry(11, .agenda(.updated(title)))], record: .checklistItem, id: 3) == nil)
        let clash = entry(12, .checklist(.updated(title)))
        #expect(basis.conflict(with: [entry(11, .checklist(.updated(notes))), clash], record: .checklistItem, id: 3) == clash)
        let removed = entry(13, .checklist(.deleted(itemID: 3, title: "Cũ")))
        #expect(basis.conflict(with: [removed], record: .checklistItem, id: 3) == removed)
    }

    @Test func aCheckInTouchesOnlyCheckedInAndAnImportReplacesTheRecord() {
        let checkIn = entry(11, .roster(.checkedIn(delegateID: 5, name: nil, checkedIn: true)))
        #expect(EditBasis(version: 10, fields: ["title", "unit"]).conflict(with: [checkIn], record: .delegate, id: 5) == nil)
        #expect(EditBasis(version: 10, fields: ["checked_in"]).conflict(with: [checkIn], record: .delegate, id: 5) == checkIn)
        let imported = entry(12, .imports(.replaced(.delegates, ImportFact.Counts())))
        #expect(EditBasis(version: 10, fields: ["unit"]).conflict(with: [imported], record: .delegate, id: 5) == imported)
        #expect(EditBasis(version: 10, fields: ["title"]).conflict(with: [imported], record: .segment, id: 5) == nil)
    }

    @Test func theFieldsAreWhatTheFormChanged() {
        let opened = ChecklistItem(id: 3, title: "Âm thanh", agency: "Văn phòng UBND tỉnh")
        var edited = opened
        edited.blockedReason = "Chờ thiết bị"
        edited.title = "Âm thanh hội trường"
        #expect(EditBasis(version: 1, original: opened, edited: edited).fields == ["title", "blocked_reason"])
    }
}
