import PodiumCore
import Testing

/// A revised list against the roster: new, changed, gone; seats of those who stay are kept.
@Suite struct RosterRevisionTests {
    func d(_ id: Int64, _ name: String, _ title: String, _ unit: String, _ group: String = "departments") -> Delegate {
        Delegate(id: id, name: name, title: title, unit: unit, groupKey: group, note: "")
    }

    @Test func sortsPeopleIntoNewChangedAndGone() {
        let existing = [d(1, "An", "Giám đốc", "Sở A"), d(2, "Bình", "Phó Giám đốc", "Sở B"), d(3, "Chi", "Chánh Văn phòng", "Sở C")]
        let incoming = [d(0, "AN", "Giám đốc", "sở a"), d(0, "Bình", "Giám đốc", "Sở B"), d(0, "Dũng", "Chuyên viên", "Sở D")]
        let revision = RosterRevision(incoming: incoming, existing: existing)
        #expect(revision.added.map(\.name) == ["Dũng"])
        #expect(revision.changed.map(\.old.id) == [2] && revision.changed.first?.fields == ["title"])
        #expect(revision.gone.map(\.id) == [3])
        #expect(revision.unchanged == 1)
    }

    /// Seen in a first user's trial: a stand-in who joined at the door was listed as gone by the
    /// next revision of the office's list, and "remove" would have taken them off the roster.
    @Test func aStandInIsNeverGoneForLackingFromTheList() {
        var standIn = d(4, "Lường Văn Thay", "Chuyên viên", "Sở C")
        standIn.standInFor = "Chi"
        let revision = RosterRevision(incoming: [d(0, "Chi", "Chánh Văn phòng", "Sở C")], existing: [d(3, "Chi", "Chánh Văn phòng", "Sở C"), standIn])
        #expect(revision.gone.isEmpty && revision.unchanged == 1)
    }

    @Test func aChangedUnitIsAChangeNotANewPerson() {
        let revision = RosterRevision(incoming: [d(0, "Bình", "Giám đốc", "Sở Mới", "communes")], existing: [d(2, "Bình", "Giám đốc", "Sở B")])
        #expect(revision.added.isEmpty && revision.gone.isEmpty)
        #expect(revision.changed.first?.fields == ["unit", "group"])
    }

    @Test func applyingKeepsIDsAndSeatsAndRemovesOnlyWhenAsked() {
        var event = EventData.blank(title: "T", date: CivilDate(year: 2026, month: 3, day: 26))
        event.delegates = [d(1, "An", "Giám đốc", "Sở A"), d(2, "Bình", "Phó Giám đốc", "Sở B")]
        event.seating.assignments = [
            SeatAssignment(delegateID: 1, seat: "A1", locked: false, reason: PlacementReason(kind: .manual, order: 1, groupKey: "departments")),
            SeatAssignment(delegateID: 2, seat: "A2", locked: false, reason: PlacementReason(kind: .manual, order: 2, groupKey: "departments")),
        ]
        let revision = RosterRevision(incoming: [d(0, "An", "Bí thư", "Sở A"), d(0, "Chi", "", "Sở C")], existing: event.delegates)
        let kept = revision.applied(to: event, .init())
        #expect(kept.delegates.map(\.id) == [1, 2, 3])
        #expect(kept.delegates.first?.title == "Bí thư")
        #expect(kept.seating.assignments.map(\.seat) == ["A1", "A2"])
        let removed = revision.applied(to: event, .init(new: .skip, changed: .skip, gone: .remove))
        #expect(removed.delegates.map(\.name) == ["An"] && removed.delegates.first?.title == "Giám đốc")
        #expect(removed.seating.assignments.map(\.delegateID) == [1])
    }
}
