import PodiumCore
import PodiumDemo
import Testing

/// Every place that names a person names whoever is actually there; the MC's lines are filled
/// from the event when shown; the introduction follows who has checked in.
@Suite struct AttendanceTests {
    var demo: EventData

    init() throws { demo = try DemoEvent.make() }

    mutating func addStandIn(for absent: Delegate, name: String, title: String) -> Delegate {
        let standIn = Delegate(
            id: (demo.delegates.map(\.id).max() ?? 0) + 1, name: name, title: title, unit: absent.unit,
            groupKey: absent.groupKey, standInFor: absent.name, flags: absent.flags, checkedIn: true
        )
        demo.delegates.append(standIn)
        return standIn
    }

    @Test mutating func aSpeakersStandInIsInvitedByTheirOwnNameAndTitle() throws {
        let contribution = try #require(demo.contributions.first { demo.speaker(of: $0) != nil })
        let speaker = try #require(demo.speaker(of: contribution))
        _ = addStandIn(for: speaker, name: "Lò Văn Thay", title: "Phó Giám đốc Sở Nội vụ")
        let presented = demo.presented(contribution)
        #expect(presented.speakerName == "Lò Văn Thay")
        #expect(SpeakerLines.lines(for: presented, in: .vietnamese).invitation.contains("đồng chí Lò Văn Thay, Phó Giám đốc Sở Nội vụ"))
        let queue = SpeakerQueue(contributions: demo.presentedContributions, state: ShowState(), segments: demo.segments, now: .now)
        #expect(queue.entries.first { $0.id == contribution.id }?.contribution.speakerName == "Lò Văn Thay")
    }

    /// Seen in a dress rehearsal: once a stand-in took the chairman's seat, the chairman showed
    /// as an unseated conflict and as a leader still to arrive.
    @Test mutating func aLeaderWhoseStandInTookTheSeatIsNeitherUnseatedNorAwaited() throws {
        let leaderGroups = Set(demo.seating.settings.leaderGroups)
        let leader = try #require(demo.delegates.first { leaderGroups.contains($0.groupKey) })
        #expect(demo.absentLeaders.contains { $0.id == leader.id })
        let standIn = addStandIn(for: leader, name: "Lường Văn Thay", title: "Chánh Văn phòng UBND tỉnh")
        demo.seating = SeatingEdit.standIn(standIn, for: leader.id, in: demo)
        #expect(!demo.absentLeaders.contains { $0.id == leader.id || $0.id == standIn.id })
        let conflicts = SeatingConflicts.find(demo)
        #expect(!conflicts.contains(.unseated(delegateID: leader.id)))
        #expect(!conflicts.contains(.unseated(delegateID: standIn.id)))
    }

    @Test mutating func anAwardPresentersStandInPresents() throws {
        let before = AwardCeremony(event: demo)
        let batch = try #require(before.batches.first { $0.presenter != nil })
        let presenter = try #require(batch.presenter)
        let standIn = addStandIn(for: presenter, name: "Vàng Thị Thay", title: "Phó Chủ tịch UBND tỉnh")
        let after = AwardCeremony(event: demo)
        #expect(after.batches[batch.number - 1].presenter?.id == standIn.id)
        // Nobody else's batch changes presenter because a stand-in joined the leaders' group.
        for (old, new) in zip(before.batches, after.batches) where old.number != batch.number && old.presenter?.id != presenter.id {
            #expect(old.presenter?.id == new.presenter?.id)
        }
    }

    @Test mutating func absentSpeakersAndPresentersAreConflictsOnceCheckInBegins() throws {
        #expect(demo.missingPresenters.isEmpty)
        demo.delegates[0].checkedIn = true
        let missing = demo.missingPresenters
        #expect(!missing.isEmpty)
        let conflicts = SeatingConflicts.find(demo)
        #expect(conflicts.contains(.presenterNotHere(delegateID: missing[0].id)))
        let first = missing[0]
        _ = addStandIn(for: first, name: "Người Thay", title: "")
        #expect(!demo.missingPresenters.contains { $0.id == first.id })
    }

    @Test mutating func theIntroductionNamesTheLeadersWhoCameInPrecedenceOrder() throws {
        let leaders = demo.delegates.filter { $0.groupKey == "leaders" }
        #expect(DelegateIntroduction.text(demo).hasPrefix("(Chưa có đại biểu"))
        let secretary = try #require(leaders.first { $0.title == "Bí thư Tỉnh ủy" })
        let chairman = try #require(leaders.first { $0.title == "Chủ tịch UBND tỉnh" })
        for index in demo.delegates.indices where [secretary.id].contains(demo.delegates[index].id) || demo.delegates[index].groupKey == "departments" {
            demo.delegates[index].checkedIn = true
        }
        let early = DelegateIntroduction.text(demo)
        #expect(early.contains("đồng chí \(secretary.name), Bí thư Tỉnh ủy"))
        #expect(!early.contains(chairman.name))
        #expect(early.contains("Cùng dự Hội nghị có các đồng chí đại biểu các sở, ban, ngành"))
        _ = addStandIn(for: chairman, name: "Nguyễn Văn Thay", title: "Phó Chủ tịch UBND tỉnh")
        let later = DelegateIntroduction.text(demo)
        #expect(later.contains("đồng chí Nguyễn Văn Thay, Phó Chủ tịch UBND tỉnh, dự thay đồng chí \(chairman.name), Chủ tịch UBND tỉnh"))
        let secretaryAt = try #require(later.range(of: secretary.name)).lowerBound
        let standInAt = try #require(later.range(of: "Nguyễn Văn Thay")).lowerBound
        #expect(secretaryAt < standInAt)
    }

    @Test func theBreaksLineFollowsItsLengthAndClock() throws {
        let breakTime = try #require(demo.segments.first { $0.kind == .break })
        var shortened = breakTime
        shortened.plannedSeconds = 180
        let line = MCLineFields.fill(shortened.mcLines, segment: shortened, startingAt: ClockTime(hour: 10, minute: 0),
                                     seconds: shortened.plannedSeconds, event: demo)
        #expect(line == "Xin mời các đồng chí nghỉ giải lao 3 phút. Đúng 10 giờ 3 phút Hội nghị làm việc tiếp.")
    }

    @Test mutating func theSpeechLineNamesWhoeverIsThere() throws {
        let speech = try #require(demo.segments.first { $0.kind == .speech })
        let chairman = try #require(demo.delegates.first { $0.title == "Chủ tịch UBND tỉnh" })
        let fill = { (event: EventData) in
            MCLineFields.fill(speech.mcLines, segment: speech, startingAt: ClockTime(hour: 10, minute: 15), seconds: 1_500, event: event)
        }
        #expect(fill(demo).contains("kính mời đồng chí \(chairman.name), Chủ tịch UBND tỉnh phát biểu"))
        _ = addStandIn(for: chairman, name: "Nguyễn Văn Thay", title: "Phó Chủ tịch UBND tỉnh")
        #expect(fill(demo).contains("kính mời đồng chí Nguyễn Văn Thay, Phó Chủ tịch UBND tỉnh phát biểu"))
    }

    @Test func spokenClockAndDuration() {
        #expect(MCLineFields.spokenClock(ClockTime(hour: 10, minute: 0)) == "10 giờ")
        #expect(MCLineFields.spokenClock(ClockTime(hour: 10, minute: 15)) == "10 giờ 15 phút")
        #expect(MCLineFields.spokenDuration(5_400) == "1 giờ 30 phút")
        #expect(MCLineFields.spokenDuration(900) == "15 phút")
    }
}

/// Seen in a dress rehearsal: a recipient not checked in whom the MC ticked (they came up after
/// all) did not count as received, and the batch never showed done.
@Suite struct TickedAbsentRecipientTests {
    @Test func aTickedRecipientWhoDidNotCheckInCountsAsReceived() throws {
        var event = try DemoEvent.make()
        let plan = AwardCeremony.effectivePlan(event)
        event.awardPlan = plan
        let batch = try #require(plan.batches.first)
        let id = try #require(batch.recipientIDs.first)
        let recipient = try #require(event.recipients.first { $0.id == id })
        // The show is on, check-in has begun, and this recipient has not checked in: absent, not called.
        guard let delegateIndex = event.delegates.firstIndex(where: { $0.id == AwardAttendance.matchingDelegate(for: recipient, in: event.delegates)?.id }) else {
            Issue.record("the demo's first recipient is not a delegate"); return
        }
        for index in event.delegates.indices { event.delegates[index].checkedIn = index != delegateIndex }
        var before = AwardCeremony(event: event, checkInDecides: true).batches[0].entries.first { $0.recipient.id == id }
        #expect(before?.isPresent == false && before?.isCalled == false)
        let journal = [JournalEntry(id: 1, time: .now, operatorName: "Minh", role: .mc, fact: .awards(.step(.tick(recipientID: id), recipientName: recipient.name, batch: 1)))]
        let after = AwardCeremony(event: event, progress: AwardProgress(journal: journal), checkInDecides: true)
        before = after.batches[0].entries.first { $0.recipient.id == id }
        #expect(before?.isTicked == true && before?.isCalled == true)
        let untouched = AwardCeremony(event: event, checkInDecides: true).batches[0]
        #expect(after.batches[0].estimatedSeconds == untouched.estimatedSeconds + plan.settings.secondsPerRecipient)
    }
}
