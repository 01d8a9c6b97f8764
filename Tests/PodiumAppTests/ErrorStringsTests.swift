import PodiumApp
import PodiumCore
import PodiumStore
import TermCore
import Testing

/// Every refusal and failure, worded in both languages for both interfaces. The samples cover
/// every case: `index(of:)` switches over each enum without a default, so a new case does not
/// compile until it is sampled here, and the test checks each index is sampled.
@Suite struct ErrorStringsTests {
    static let path = "/tmp/su-kien.podium"

    static let store: [StoreError] = [
        .fileExists(path), .notFound(path), .notAPodiumEvent(path, "no header"), .newerSchema(path, found: 9, supported: 5),
        .readOnly(path), .corrupt(path, "page 3"), .sqlite(path, "busy"), .refused(.show(.notStarted)),
        .noSuchRecord(.segment, id: 9, path: path), .standInNeedsName, .noAutoAssignmentToUndo, .autoAssignmentNotKept(entryID: 4),
        .unwritableFact(name: "delegate.note"), .nothingToRecord(action: "show.next"), .replaced(path), .vanished(path),
        .writeFailed(path, "disk full"), .movedWhileSaving(path), .busy(path), .refused(.notAllowed(.mc, .editChecklist)),
    ] + RecordKind.allCases.map { .noSuchRecord($0, id: 7, path: path) }

    static let show: [ShowError] = [
        .alreadyStarted, .notStarted, .finished, .noProgramme, .atLastSegment, .atFirstSegment, .alreadyHeld, .notHeld,
        .badExtension(200), .unknownSegment(12), .nothingToUndo, .emptyMessage, .notInContributions, .speakerAlreadySpoke(3),
        .unknownSpeaker(4), .speakerWithdrawn(5), .noSpeakerLeft, .rehearsalFinished, .notARehearsal, .nothingToReset,
    ]

    static let speakers: [SpeakerQueueError] = [
        .unknown(1), .emptyTopic, .emptyUnit, .badMinutes(90), .positionOutOfRange(9, count: 6), .alreadyWithdrawn(2),
        .notWithdrawn(3), .alreadySpoke(4), .speakingNow(5, name: "Lò Văn A"), .speakingNow(5, name: ""),
        .speakerNotInRoster("Người Lạ"), .unknownGroup("xa"),
    ]

    static let awards: [AwardError] = [
        .badBatchSize(0), .noSuchBatch(9, count: 4), .noSuchBatch(1, count: 0), .noSuchRecipient("ai đó"),
        .ambiguousRecipient("phong", candidates: ["#1 Phòng A", "#2 Phòng B"]), .presenterNotInRoster("Người Lạ"),
        .ambiguousPresenter("Hà", candidates: ["#3 Hà A", "#4 Hà B"]), .badSplit(batch: 2, at: 9, size: 8),
        .lastBatchCannotMerge(5), .batchWouldBeEmpty(3), .alreadyTicked("UBND xã An Phú"), .notTicked("UBND xã An Phú"),
        .cannotRemoveTicked("UBND xã An Phú"),
        .notInCurrentBatch("UBND xã An Phú", batch: 5, current: 1), .atLastBatch, .atFirstBatch, .noBatches,
    ] + AwardTiming.allCases.map { .badSeconds($0, 5000) }

    static let seating: [SeatingEditError] = [
        .noSuchSeat("Z9"), .unusableSeat("B2-05"), .emptySeat("B2-06"), .lockedSeat("P1", occupant: "Trịnh Xuân Trường"),
        .seatTaken("P2", occupant: "Hoàng Quốc Khánh"), .noSuchDelegate("ai"), .ambiguousDelegate("nguyen", count: 2, candidates: ["A", "B"]),
        .notSeated("Ngô Hạnh Phúc"), .hallTooSmall(delegates: 260, seats: 250),
    ]

    static let hall: [HallEditError] = [
        .presidiumOutOfRange(40), .emptySectionName, .duplicateSectionName("B"), .noRows("C"), .noSeats("C"),
        .innerAisleOutside("A", aisle: 12, seatsPerRow: 10), .noSuchSection(3), .lastRow("A"), .lastSeat("A"), .notAHallSeat,
    ]

    static let checklist: [ChecklistRuleError] = [.blockNeedsReason(id: 3)]
    static let index: [IndexRevealError] = [.noResults, .allRevealed, .nothingRevealed, .overtaken(revealed: 3)]

    static let liveShow: [LiveShowCommand.Refusal] = [
        .notAllowed(.viewer),
        .gated(
            segment: Segment(id: 2, position: 2, title: "Khai mạc", kind: .opening, plannedSeconds: 300),
            openItems: [ChecklistItem(id: 4, title: "Âm thanh hội trường", agency: "Văn phòng UBND tỉnh")]
        ),
        .show(.alreadyStarted),
        .overtaken(operatorName: "Nguyễn Văn An", role: .mc, time: "08:05:12", action: .next),
    ]

    /// Another operator's change to the record a form was editing, for each kind of record and
    /// for a record removed meanwhile (no title).
    static let conflicts: [EditConflict] = EditConflict.Record.allCases.map {
        EditConflict(record: $0, title: "Âm thanh hội trường", operatorName: "Trần Thị Lan", role: .organizer, time: "08:05:12", entryID: 41)
    } + [EditConflict(record: .segment, title: "", operatorName: "Nguyễn Văn An", role: .mc, time: "09:10:00", entryID: 42)]

    static let theme: [ThemeError] = [
        .notFound("nosuch", available: ["default", "mono"]), .notFound("nosuch", available: []),
        .unreadable(file: "/home/lan/.config/podium/themes/a.yaml", reason: "denied"), .syntax(file: "/home/lan/.config/podium/themes/a.yaml", line: 3, message: "tab"),
        .invalidValue(file: "/home/lan/.config/podium/themes/a.yaml", line: nil, key: "ui.text", value: "pink", expected: "a colour"), .inheritanceCycle(["a", "b", "a"]),
    ]

    static let awardProblems: [AwardProblem] = [
        .duplicate(name: "Phòng Văn hóa", ids: [1, 2]), .missingUnit(id: 3, name: "Lò Mai"), .presenterMissing(batch: 2), .unbatched(ids: [7]),
    ]

    /// A role the table does not grant: to an account that is not the file's owner (naming
    /// those who can grant it), to the owner, and with no owner known.
    static let access: [RoleClaimRefusal] = [
        RoleClaimRefusal(role: .mc, user: "lan", allowed: [.protocol, .viewer], granters: [.user("minh"), .group("bantochuc")], fileOwner: "hoa"),
        RoleClaimRefusal(role: .protocol, user: "hoa", allowed: [.organizer, .viewer], granters: [], fileOwner: "hoa"),
        RoleClaimRefusal(role: .organizer, user: "lan", allowed: [.viewer], granters: [], fileOwner: nil),
    ]

    /// Every sample as an error, with its awards problems apart (they are warnings, not errors).
    static var errors: [any Error] {
        store as [any Error] + show + speakers + awards + seating + hall + checklist + index + liveShow + theme + access
            + conflicts.map { StoreError.refused(.conflict($0)) }
    }

    /// Refusals whose only remedy is a command-line command: the terminal names the command.
    static func onlyOnTheCommandLine(_ error: any Error) -> Bool {
        switch error {
        case AwardError.noBatches, AwardError.noSuchBatch(_, count: 0): true
        default: false
        }
    }

    @Test func everyCaseIsSampled() {
        #expect(Set(Self.store.map(Self.index(of:))) == Set(0..<19))
        #expect(Set(Self.show.map(Self.index(of:))) == Set(0..<20))
        #expect(Set(Self.speakers.map(Self.index(of:))) == Set(0..<11))
        #expect(Set(Self.awards.map(Self.index(of:))) == Set(0..<17))
        #expect(Set(Self.seating.map(Self.index(of:))) == Set(0..<9))
        #expect(Set(Self.hall.map(Self.index(of:))) == Set(0..<10))
        #expect(Set(Self.checklist.map(Self.index(of:))) == Set(0..<1))
        #expect(Set(Self.index.map(Self.index(of:))) == Set(0..<4))
        #expect(Set(Self.liveShow.map(Self.index(of:))) == Set(0..<4))
        #expect(Set(Self.theme.map(Self.index(of:))) == Set(0..<5))
        #expect(Set(Self.awardProblems.map(Self.index(of:))) == Set(0..<4))
    }

    @Test(arguments: Interface.allCases)
    func everyErrorIsASentenceInBothLanguages(_ interface: Interface) {
        for error in Self.errors {
            let vi = Language.vi.strings.errorMessage(error, in: interface)
            let en = Language.en.strings.errorMessage(error, in: interface)
            for message in [vi, en] {
                #expect(!message.isEmpty && message.first?.isLowercase == false, "\(message)")
                #expect(message.hasSuffix(".") || message.hasSuffix(")"), "\(message)")
                // A typed error never falls through to Swift's own rendering of the case.
                #expect(!message.contains("Error.") && !message.contains("refused("), "\(message)")
            }
            #expect(vi != en, "\(error) reads the same in both languages: \(vi)")
        }
        for problem in Self.awardProblems {
            #expect(Language.vi.strings.errors.awardProblem(problem, interface) != Language.en.strings.errors.awardProblem(problem, interface))
        }
    }

    /// The terminal's advice names keys, the command line's names commands and flags.
    @Test func theAdviceFitsTheInterface() {
        let keyWords = ["phím", "bấm", "press ", "key ", "(Enter", "Enter)"]
        for language in Language.allCases {
            for error in Self.errors {
                let cli = language.strings.errorMessage(error, in: .commandLine)
                #expect(!keyWords.contains { cli.contains($0) }, "\(cli)")
                let tui = language.strings.errorMessage(error, in: .terminal)
                if !Self.onlyOnTheCommandLine(error) {
                    #expect(!tui.contains(" --") && !tui.contains("`podium show") && !tui.contains("`podium seat"), "\(tui)")
                }
            }
        }
    }

    @Test func theVietnameseWordsTheRuleAndTheRemedy() {
        let vi = Language.vi.strings
        #expect(vi.errorMessage(SeatingEditError.lockedSeat("P1", occupant: "Trịnh Xuân Trường"), in: .terminal)
            == "Ghế P1 đã khóa cho Trịnh Xuân Trường; mở khóa trước (phím l).")
        #expect(vi.errorMessage(SeatingEditError.lockedSeat("P1", occupant: "Trịnh Xuân Trường"), in: .commandLine)
            == "Ghế P1 đã khóa cho Trịnh Xuân Trường; mở khóa trước (`podium seat unlock P1`).")
        #expect(vi.errorMessage(StoreError.refused(.speakers(.speakingNow(6, name: "Lò Văn A"))), in: .commandLine)
            == "Lò Văn A đang trình bày; thêm --force để rút và kết thúc phần trình bày.")
        #expect(Language.en.strings.errorMessage(StoreError.refused(.show(.alreadyStarted)), in: .terminal)
            == "The show has already started; press n to move on.")
    }

    /// A refused edit names who changed the record, when on the event's clock, and what the
    /// operator can do in the interface they are in.
    @Test func aConflictingEditSaysWhoChangedItAndWhen() {
        let error = StoreError.refused(.conflict(Self.conflicts[0]))
        #expect(Language.vi.strings.errorMessage(error, in: .terminal)
            == "Trần Thị Lan (Ban tổ chức) đã thay đổi công việc “Âm thanh hội trường” lúc 08:05:12, sau khi nội dung này được mở để sửa; thay đổi vừa nhập chưa được lưu. Màn hình đã hiện nội dung mới, biểu mẫu vẫn giữ những gì đã nhập: xem lại rồi bấm Enter để lưu, hoặc Esc để bỏ.")
        #expect(Language.en.strings.errorMessage(error, in: .terminal)
            == "Trần Thị Lan (organizer) changed the checklist item “Âm thanh hội trường” at 08:05:12, after it was opened for editing; your change was not saved. The screen now shows their version and the form keeps what you typed: look again, then press Enter to save or Esc to drop it.")
        let removed = StoreError.refused(.conflict(Self.conflicts[Self.conflicts.count - 1]))
        #expect(Language.vi.strings.errorMessage(removed, in: .commandLine)
            == "Nguyễn Văn An (MC) đã thay đổi mục chương trình này lúc 09:10:00, sau khi nội dung này được mở để sửa; thay đổi vừa nhập chưa được lưu. Hãy xem lại nội dung hiện tại rồi chạy lại lệnh nếu vẫn cần.")
        #expect(Language.en.strings.errorMessage(removed, in: .commandLine).hasPrefix("Nguyễn Văn An (mc) changed this segment at 09:10:00"))
    }

    @Test func aRoleRefusalSaysWhoCanGrantIt() {
        #expect(Language.vi.strings.errorMessage(Self.access[0], in: .commandLine)
            == "Người dùng hệ thống “lan” không được nhận vai MC ở sự kiện này: bảng phân vai của sự kiện không cấp vai đó cho “lan” hay cho nhóm nào của “lan” (“lan” được nhận vai: Lễ tân, Người xem). Người cấp được vai là người có vai Ban tổ chức: người dùng “minh”, các thành viên nhóm “bantochuc” hoặc chủ tệp “hoa” (chủ tệp luôn được nhận vai Ban tổ chức); đề nghị một trong số họ chạy `podium access grant lan mc`.")
        #expect(Language.en.strings.errorMessage(Self.access[0], in: .commandLine)
            == "The OS user “lan” may not take the mc role on this event: the event's role table grants it neither to “lan” nor to a group of theirs (“lan” may take: protocol, viewer). Roles are granted by an organiser: the user “minh”, members of the group “bantochuc”, or the file's owner “hoa” (the owner may always take organizer); ask one of them to run `podium access grant lan mc`.")
        #expect(Language.en.strings.errorMessage(Self.access[1], in: .commandLine).contains(
            "As the event file's owner, “hoa” may always take organizer and may grant the protocol role to themselves: `podium access grant hoa protocol`."))
        #expect(Language.vi.strings.errorMessage(Self.access[2], in: .commandLine).contains("chủ tệp sự kiện (chủ tệp luôn được nhận vai Ban tổ chức)"))
    }

    static func index(of error: StoreError) -> Int {
        switch error {
        case .fileExists: 0
        case .notFound: 1
        case .notAPodiumEvent: 2
        case .newerSchema: 3
        case .readOnly: 4
        case .corrupt: 5
        case .sqlite: 6
        case .refused: 7
        case .noSuchRecord: 8
        case .standInNeedsName: 9
        case .noAutoAssignmentToUndo: 10
        case .autoAssignmentNotKept: 11
        case .unwritableFact: 12
        case .nothingToRecord: 13
        case .replaced: 14
        case .vanished: 15
        case .writeFailed: 16
        case .movedWhileSaving: 17
        case .busy: 18
        }
    }

    static func index(of error: ShowError) -> Int {
        switch error {
        case .alreadyStarted: 0
        case .notStarted: 1
        case .finished: 2
        case .noProgramme: 3
        case .atLastSegment: 4
        case .atFirstSegment: 5
        case .alreadyHeld: 6
        case .notHeld: 7
        case .badExtension: 8
        case .unknownSegment: 9
        case .nothingToUndo: 10
        case .emptyMessage: 11
        case .notInContributions: 12
        case .speakerAlreadySpoke: 13
        case .unknownSpeaker: 14
        case .speakerWithdrawn: 15
        case .noSpeakerLeft: 16
        case .rehearsalFinished: 17
        case .notARehearsal: 18
        case .nothingToReset: 19
        }
    }

    static func index(of error: SpeakerQueueError) -> Int {
        switch error {
        case .unknown: 0
        case .emptyTopic: 1
        case .emptyUnit: 2
        case .badMinutes: 3
        case .positionOutOfRange: 4
        case .alreadyWithdrawn: 5
        case .notWithdrawn: 6
        case .alreadySpoke: 7
        case .speakingNow: 8
        case .speakerNotInRoster: 9
        case .unknownGroup: 10
        }
    }

    static func index(of error: AwardError) -> Int {
        switch error {
        case .badBatchSize: 0
        case .noSuchBatch: 1
        case .noSuchRecipient: 2
        case .ambiguousRecipient: 3
        case .presenterNotInRoster: 4
        case .ambiguousPresenter: 5
        case .badSplit: 6
        case .lastBatchCannotMerge: 7
        case .alreadyTicked: 8
        case .notTicked: 9
        case .notInCurrentBatch: 10
        case .atLastBatch: 11
        case .atFirstBatch: 12
        case .noBatches: 13
        case .badSeconds: 14
        case .batchWouldBeEmpty: 15
        case .cannotRemoveTicked: 16
        }
    }

    static func index(of error: SeatingEditError) -> Int {
        switch error {
        case .noSuchSeat: 0
        case .unusableSeat: 1
        case .emptySeat: 2
        case .lockedSeat: 3
        case .seatTaken: 4
        case .noSuchDelegate: 5
        case .ambiguousDelegate: 6
        case .notSeated: 7
        case .hallTooSmall: 8
        }
    }

    static func index(of error: HallEditError) -> Int {
        switch error {
        case .presidiumOutOfRange: 0
        case .emptySectionName: 1
        case .duplicateSectionName: 2
        case .noRows: 3
        case .noSeats: 4
        case .innerAisleOutside: 5
        case .noSuchSection: 6
        case .lastRow: 7
        case .lastSeat: 8
        case .notAHallSeat: 9
        }
    }

    static func index(of error: ChecklistRuleError) -> Int {
        switch error {
        case .blockNeedsReason: 0
        }
    }

    static func index(of error: IndexRevealError) -> Int {
        switch error {
        case .noResults: 0
        case .allRevealed: 1
        case .nothingRevealed: 2
        case .overtaken: 3
        }
    }

    static func index(of error: LiveShowCommand.Refusal) -> Int {
        switch error {
        case .notAllowed: 0
        case .gated: 1
        case .show: 2
        case .overtaken: 3
        }
    }

    static func index(of error: ThemeError) -> Int {
        switch error {
        case .notFound: 0
        case .unreadable: 1
        case .syntax: 2
        case .invalidValue: 3
        case .inheritanceCycle: 4
        }
    }

    static func index(of problem: AwardProblem) -> Int {
        switch problem {
        case .duplicate: 0
        case .missingUnit: 1
        case .presenterMissing: 2
        case .unbatched: 3
        }
    }
}
