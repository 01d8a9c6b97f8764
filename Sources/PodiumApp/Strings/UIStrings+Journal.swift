import Foundation
import PodiumCore

/// The journal in plain words, for `podium journal` and the journal overlay (`W`): one sentence a
/// fact, naming people, segments and items as the event names them now.
public struct JournalStrings: Sendable {
    public var title: String
    public var empty: String
    public var noMatch: String
    public var columns: (time: String, who: String, what: String)
    public var hint: String
    /// The `W` key in help.
    public var action: String
    /// `u` in the overlay when the operator's last change cannot be undone from there.
    public var cannotUndo: @Sendable (_ what: String) -> String
    public var nothingToUndo: String
    public var undone: @Sendable (_ what: String) -> String
    public var sentence: @Sendable (_ fact: JournalFact, _ names: JournalNames) -> String

    public static let vietnamese = JournalStrings(
        title: "Nhật ký thao tác",
        empty: "Chưa có thao tác nào được ghi.",
        noMatch: "Không có thao tác nào khớp điều kiện lọc.",
        columns: (time: "Thời gian", who: "Người thực hiện", what: "Thao tác"),
        hint: "↑↓ cuộn · u hoàn tác thao tác cuối của bạn · Esc đóng",
        action: "Nhật ký thao tác: ai đã làm gì, lúc nào",
        cannotUndo: { "Thao tác cuối của bạn (\($0)) không hoàn tác được từ nhật ký; hãy sửa lại ở ô tương ứng." },
        nothingToUndo: "Bạn chưa có thao tác nào trong nhật ký để hoàn tác.",
        undone: { "Đã hoàn tác: \($0)" },
        sentence: { fact, names in Vietnamese(names: names).sentence(fact) }
    )

    public static let english = JournalStrings(
        title: "Journal",
        empty: "Nothing has been recorded yet.",
        noMatch: "No entry matches the filter.",
        columns: (time: "Time", who: "Who", what: "What"),
        hint: "↑↓ scroll · u undo your last change · Esc close",
        action: "The journal: who did what, and when",
        cannotUndo: { "Your last change (\($0)) cannot be undone from the journal; change it back where it was made." },
        nothingToUndo: "You have no change in the journal to undo.",
        undone: { "Undone: \($0)" },
        sentence: { fact, names in English(names: names).sentence(fact) }
    )

    /// "Nguyễn Văn An (MC)", with the OS account when it is not the name given: "An (MC, @lan)".
    public static func who(_ entry: JournalEntry, _ strings: UIStrings, account showAccount: Bool = true) -> String {
        let account = !showAccount || entry.osUser.isEmpty || entry.osUser == entry.operatorName ? "" : ", @\(entry.osUser)"
        return "\(entry.operatorName) (\(strings.roleName(entry.role))\(account))"
    }
}

private func quoted(_ text: String) -> String { "“\(text)”" }

/// What an import's fact counts that concerns what it imported: a list of delegates says how
/// many delegates and groups the event has now, not how many award recipients; an event file
/// says every non-zero count.
private func relevant(_ counts: ImportFact.Counts, to source: ImportFact.Source) -> ImportFact.Counts {
    let keep: Set<WritableKeyPath<ImportFact.Counts, Int?>> = switch source {
    case .eventFile: [\.segments, \.groups, \.delegates, \.contributions, \.recipients, \.checklistItems, \.units]
    case .delegates, .delegatesRevision: [\.groups, \.delegates]
    case .awards: [\.recipients, \.delegates]
    case .speakers: [\.contributions]
    case .checklist: [\.checklistItems]
    case .index: [\.units]
    case .groups: [\.groups]
    }
    var result = ImportFact.Counts()
    for path in keep where (counts[keyPath: path] ?? 0) > 0 { result[keyPath: path] = counts[keyPath: path] }
    return result
}

private func number(_ id: Int64?) -> String { id.map { "#\($0)" } ?? "" }

/// A changed record's title as the fact or the event knows it.
private func label(_ changes: FieldChanges, _ lookup: (Int64) -> String?, keys: [String] = ["title", "name", "unit", "topic"]) -> String {
    for key in keys { if let text = changes.values[key]?.stringValue, !text.isEmpty { return quoted(text) } }
    if let id = changes.id { return lookup(id).map(quoted) ?? number(id) }
    return ""
}

private struct Vietnamese {
    var names: JournalNames

    func sentence(_ fact: JournalFact) -> String {
        switch fact {
        case .show(let action): show(action)
        case .speakers(let fact): speakers(fact)
        case .roster(let fact): roster(fact)
        case .seating(let fact): seating(fact)
        case .awards(let fact): awards(fact)
        case .checklist(let fact): checklist(fact)
        case .agenda(let fact): agenda(fact)
        case .imports(let fact): imports(fact)
        case .event(let fact): event(fact)
        case .indexReveal(let fact):
            "\(fact.action == .next ? "Công bố" : "Thu lại") bước \(fact.step)/\(fact.of) Chỉ số CCHC"
                + (fact.group.isEmpty ? "" : " (\(fact.group))") + (fact.units.isEmpty ? "" : ": " + fact.units.joined(separator: ", "))
        case .access(let fact): access(fact)
        case .unrecognised(let name, _): "Thao tác không rõ: \(name)"
        }
    }

    private func fields(_ changes: FieldChanges) -> String {
        let words = changes.names.sorted().map { Self.fieldNames[$0] ?? $0 }
        return words.isEmpty ? "" : " (" + words.joined(separator: ", ") + ")"
    }

    static let fieldNames = [
        "title": "tên", "name": "họ tên", "agency": "cơ quan", "owner": "người phụ trách", "due_date": "hạn",
        "due_time": "giờ hạn", "status": "trạng thái", "blocked_reason": "lý do vướng", "priority": "ưu tiên",
        "notes": "ghi chú", "unit": "đơn vị", "group_key": "nhóm", "precedence_override": "thứ tự ưu tiên",
        "planned_seconds": "thời lượng", "fixed_start": "giờ cố định", "presenter": "người trình bày",
        "mc_lines": "lời dẫn", "kind": "loại", "topic": "chủ đề", "speaker_name": "người phát biểu",
        "allotted_seconds": "thời gian phát biểu", "date": "ngày", "start_time": "giờ bắt đầu", "venue": "địa điểm",
        "organiser": "cơ quan tổ chức", "plan_number": "số kế hoạch", "time_zone_id": "múi giờ", "number": "số",
        "signer": "người ký", "form": "hình thức", "seat": "ghế", "position": "thứ tự",
        // Seating and award settings.
        "viewpoint": "hướng nhìn", "even_centring": "cách xếp hàng chẵn", "group_order": "thứ tự nhóm",
        "leader_groups": "nhóm ngồi đoàn chủ tịch", "leader_rows": "số hàng lãnh đạo", "press_groups": "nhóm báo chí",
        "press_side": "phía báo chí", "batch_size": "số người mỗi đợt", "seconds_per_recipient": "thời gian mỗi người",
        "seconds_per_batch": "thời gian mỗi đợt", "reader": "người đọc quyết định", "decision_reading_seconds": "thời gian đọc quyết định",
        "forms": "hình thức khen thưởng",
    ]

    private func duration(_ seconds: Int) -> String {
        seconds % 60 == 0 ? "\(seconds / 60) phút" : "\(seconds) giây"
    }

    private func show(_ action: ShowAction) -> String {
        switch action {
        case .start: "Bắt đầu chương trình"
        case .next: "Chuyển sang mục tiếp theo"
        case .back: "Quay lại mục trước"
        case .hold: "Tạm dừng đồng hồ"
        case .resume: "Cho đồng hồ chạy tiếp"
        case .extend(let seconds): "Kéo dài mục đang diễn ra thêm \(duration(seconds))"
        case .skip: "Bỏ qua mục đang diễn ra"
        case .jump(let id): "Chuyển đến mục \(names.segment(id).map(quoted) ?? number(id))"
        case .end: "Kết thúc chương trình"
        case .message(let text, let blink): "Gửi lời nhắn lên màn hình sân khấu\(blink ? " (nhấp nháy)" : ""): \(quoted(text))"
        case .clearMessage: "Xóa lời nhắn trên màn hình sân khấu"
        case .blank(let on): on ? "Tắt màn hình sân khấu" : "Bật lại màn hình sân khấu"
        case .undo(let id): "Hoàn tác thao tác \(number(id))" + (names.entry(id).map { ": " + sentence($0) } ?? "")
        case .speaker(let id?): "Mời \(names.contribution(id).map(quoted) ?? "tham luận \(number(id))") phát biểu"
        case .speaker(nil): "Kết thúc lượt phát biểu"
        case .rehearse(let start): "Bắt đầu tập dượt" + (start.map { _ in " theo giờ đã chọn" } ?? "")
        case .reset: "Cất buổi tập dượt sang một bên"
        }
    }

    private func speakers(_ fact: SpeakerFact) -> String {
        switch fact {
        case .created(let c): "Thêm tham luận \(label(c, names.contribution))"
        case .updated(let c): "Sửa tham luận \(label(c, names.contribution))\(fields(c))"
        case .statusChanged(let c):
            "Đổi trạng thái tham luận \(label(c, names.contribution))"
                + (c.values["status"]?.stringValue.flatMap(Contribution.Status.init).map { " thành \(UIStrings.vietnamese.contributionStatus($0))" } ?? "")
        case .withdrawn(_, let unit, _): "Rút tham luận \(quoted(unit)) khỏi danh sách"
        case .restored(_, let unit): "Đưa tham luận \(quoted(unit)) trở lại danh sách"
        case .moved(let id, let from, let to): "Chuyển tham luận \(names.contribution(id).map(quoted) ?? number(id)) từ vị trí \(from) sang \(to)"
        }
    }

    private func roster(_ fact: RosterFact) -> String {
        switch fact {
        case .created(let c): "Thêm đại biểu \(label(c, names.delegate))"
        case .updated(let c): "Sửa thông tin đại biểu \(label(c, names.delegate))\(fields(c))"
        case .checkedIn(let id, let name, let checkedIn):
            "\(checkedIn ? "Điểm danh" : "Bỏ điểm danh") đại biểu \((name ?? names.delegate(id)).map(quoted) ?? number(id))"
        case .standIn(_, let name, _, let absent, let seat):
            "Đồng chí \(quoted(name)) dự thay \(quoted(absent))" + (seat.map { ", ngồi ghế \($0)" } ?? "")
        }
    }

    private func seating(_ fact: SeatingFact) -> String {
        switch fact {
        case .assigned(let id, let seat): "Xếp \(names.delegate(id).map(quoted) ?? "đại biểu \(number(id))") vào ghế \(seat)"
        case .assignedByTypedName(let query, let seat): "Xếp \(quoted(query)) vào ghế \(seat)"
        case .swapped(let a, let b): "Đổi chỗ hai ghế \(a) và \(b)"
        case .unassigned(let seat): "Bỏ xếp ghế \(seat)"
        case .locked(let seat): "Khóa ghế \(seat)"
        case .unlocked(let seat): "Mở khóa ghế \(seat)"
        case .cleared: "Xóa toàn bộ sơ đồ chỗ ngồi"
        case .autoAssigned(let seated, let unseated, _, _):
            "Tự động xếp chỗ: \(seated) đại biểu có ghế" + (unseated > 0 ? ", \(unseated) chưa có ghế" : "")
        case .autoUndone(let id, _): "Hoàn tác lần tự động xếp chỗ \(number(id))"
        case .ranksChanged(let rules, _): "Sửa bảng thứ tự chức danh (\(rules) quy tắc)"
        case .settingsChanged(let c): "Sửa cài đặt xếp chỗ\(fields(c))"
        case .hallChanged(let sections, _, let seats, let unseated):
            "Thay sơ đồ hội trường: \(sections) khu, \(seats) ghế" + (unseated > 0 ? "; \(unseated) đại biểu mất ghế" : "")
        }
    }

    private func awards(_ fact: AwardFact) -> String {
        switch fact {
        case .step(let action, let name, let batch):
            switch action {
            case .tick: "Đã trao cho \(name.map(quoted) ?? "người nhận")" + (batch.map { " (đợt \($0))" } ?? "")
            case .untick: "Bỏ đánh dấu đã trao cho \(name.map(quoted) ?? "người nhận")"
            case .nextBatch: "Mời đợt trao thưởng tiếp theo" + (batch.map { " (đợt \($0))" } ?? "")
            case .previousBatch: "Quay lại đợt trao thưởng trước" + (batch.map { " (đợt \($0))" } ?? "")
            }
        case .batchesRebuilt(let batches, _): "Chia lại các đợt trao thưởng: \(batches) đợt"
        case .recipientMoved(let id, let batch, _): "Chuyển \(names.recipient(id).map(quoted) ?? number(id)) sang đợt \(batch)"
        case .batchSplit(let batch, let at): "Tách đợt \(batch) từ người thứ \(at)"
        case .batchesMerged(let batch): "Gộp đợt \(batch + 1) vào đợt \(batch)"
        case .batchMoved(let batch, let to): "Chuyển đợt \(batch) đến vị trí \(to)"
        case .presenterChosen(let batch, let id):
            id.map { "Chọn \(names.delegate($0).map(quoted) ?? number($0)) trao thưởng đợt \(batch)" } ?? "Bỏ người trao thưởng đợt \(batch)"
        case .scriptEdited(let batch, _): "Sửa lời dẫn đợt trao thưởng \(batch)"
        case .settingsChanged(let c): "Sửa cài đặt chia đợt trao thưởng\(fields(c))"
        case .recipientChanged(let c): "Sửa người nhận khen thưởng \(label(c, names.recipient))\(fields(c))"
        case .recipientAdded(let c, _, _): "Thêm người nhận khen thưởng \(label(c, names.recipient))"
        case .recipientRemoved(_, let name): "Xóa người nhận khen thưởng \(quoted(name))"
        case .decisionCreated(let c): "Thêm quyết định khen thưởng \(label(c, { _ in nil }, keys: ["number"]))"
        case .decisionUpdated(let c): "Sửa quyết định khen thưởng\(fields(c))"
        }
    }

    private func checklist(_ fact: ChecklistFact) -> String {
        switch fact {
        case .created(let c): "Thêm công việc \(label(c, names.checklistItem))"
        case .updated(let c): "Sửa công việc \(label(c, names.checklistItem))\(fields(c))"
        case .statusChanged(let c):
            "Đổi trạng thái công việc \(label(c, names.checklistItem))"
                + (c.values["status"]?.stringValue.flatMap(ChecklistItem.Status.init).map { " thành \(UIStrings.vietnamese.checklistStatus($0))" } ?? "")
        case .deleted(_, let title): "Xóa công việc \(quoted(title))"
        case .gateOverridden(let id, let title, let open):
            "Vẫn bắt đầu mục \((title ?? names.segment(id)).map(quoted) ?? number(id)) dù còn \(open.count) việc chưa xong"
        }
    }

    private func agenda(_ fact: AgendaFact) -> String {
        switch fact {
        case .created(let c): "Thêm mục \(label(c, names.segment)) vào chương trình"
        case .updated(let c): "Sửa mục \(label(c, names.segment))\(fields(c))"
        case .deleted(_, let title, _, _): "Xóa mục \(quoted(title)) khỏi chương trình"
        case .moved(let id, let from, let to): "Chuyển mục \(names.segment(id).map(quoted) ?? number(id)) từ vị trí \(from) sang \(to)"
        }
    }

    private func imports(_ fact: ImportFact) -> String {
        guard case .replaced(let source, let all) = fact else { return "" }
        let what: String = switch source {
        case .eventFile: "Nhập tệp sự kiện"
        case .delegates: "Nhập danh sách đại biểu"
        case .delegatesRevision: "Cập nhật danh sách đại biểu theo bản sửa"
        case .awards: "Nhập danh sách khen thưởng"
        case .speakers: "Nhập danh sách tham luận"
        case .checklist: "Nhập danh sách công việc"
        case .index: "Nhập kết quả Chỉ số CCHC"
        case .groups: "Sửa các nhóm đại biểu"
        }
        let counts = relevant(all, to: source)
        let parts = [
            counts.segments.map { "\($0) mục" }, counts.groups.map { "\($0) nhóm" }, counts.delegates.map { "\($0) đại biểu" },
            counts.contributions.map { "\($0) tham luận" }, counts.recipients.map { "\($0) người nhận khen thưởng" },
            counts.checklistItems.map { "\($0) công việc" }, counts.units.map { "\($0) đơn vị" },
        ].compactMap { $0 }
        return what + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
    }

    private func event(_ fact: EventFact) -> String {
        switch fact {
        case .created(_, let title): "Tạo sự kiện \(quoted(title))"
        case .detailsChanged(let c): "Sửa thông tin sự kiện\(fields(c))"
        case .settingChanged(let key, let value): "Đặt \(key) = \(value)"
        }
    }

    private func access(_ fact: AccessFact) -> String {
        let role = ErrorStrings.vietnameseRoleName(fact.grant.role)
        let grantee = ErrorStrings.vietnameseGrantee(fact.grant.grantee)
        return switch fact {
        case .granted: "Cấp vai \(role) cho \(grantee)"
        case .revoked: "Thu hồi vai \(role) của \(grantee)"
        }
    }
}

private struct English {
    var names: JournalNames

    func sentence(_ fact: JournalFact) -> String {
        switch fact {
        case .show(let action): show(action)
        case .speakers(let fact): speakers(fact)
        case .roster(let fact): roster(fact)
        case .seating(let fact): seating(fact)
        case .awards(let fact): awards(fact)
        case .checklist(let fact): checklist(fact)
        case .agenda(let fact): agenda(fact)
        case .imports(let fact): imports(fact)
        case .event(let fact): event(fact)
        case .indexReveal(let fact):
            "\(fact.action == .next ? "Revealed" : "Hid again") PAR index step \(fact.step)/\(fact.of)"
                + (fact.group.isEmpty ? "" : " (\(fact.group))") + (fact.units.isEmpty ? "" : ": " + fact.units.joined(separator: ", "))
        case .access(let fact): access(fact)
        case .unrecognised(let name, _): "Unknown action: \(name)"
        }
    }

    private func fields(_ changes: FieldChanges) -> String {
        let words = changes.names.sorted().map { $0.replacingOccurrences(of: "_", with: " ") }
        return words.isEmpty ? "" : " (" + words.joined(separator: ", ") + ")"
    }

    private func duration(_ seconds: Int) -> String {
        seconds % 60 == 0 ? "\(seconds / 60) min" : "\(seconds) s"
    }

    private func show(_ action: ShowAction) -> String {
        switch action {
        case .start: "Started the show"
        case .next: "Moved on to the next segment"
        case .back: "Went back to the previous segment"
        case .hold: "Held the clock"
        case .resume: "Resumed the clock"
        case .extend(let seconds): "Extended the segment by \(duration(seconds))"
        case .skip: "Skipped the segment"
        case .jump(let id): "Jumped to \(names.segment(id).map(quoted) ?? "segment \(number(id))")"
        case .end: "Ended the show"
        case .message(let text, let blink): "Sent a message to the stage screen\(blink ? " (blinking)" : ""): \(quoted(text))"
        case .clearMessage: "Cleared the stage message"
        case .blank(let on): on ? "Blanked the stage screen" : "Turned the stage screen back on"
        case .undo(let id): "Undid entry \(number(id))" + (names.entry(id).map { ": " + sentence($0) } ?? "")
        case .speaker(let id?): "Called \(names.contribution(id).map(quoted) ?? "contribution \(number(id))") to speak"
        case .speaker(nil): "Ended the speaker's turn"
        case .rehearse(let start): "Started a rehearsal" + (start.map { _ in " at a chosen time" } ?? "")
        case .reset: "Set the rehearsal aside"
        }
    }

    private func speakers(_ fact: SpeakerFact) -> String {
        switch fact {
        case .created(let c): "Added the contribution \(label(c, names.contribution))"
        case .updated(let c): "Edited the contribution \(label(c, names.contribution))\(fields(c))"
        case .statusChanged(let c):
            "Changed the status of \(label(c, names.contribution))"
                + (c.values["status"]?.stringValue.flatMap(Contribution.Status.init).map { " to \(UIStrings.english.contributionStatus($0))" } ?? "")
        case .withdrawn(_, let unit, _): "Withdrew \(quoted(unit)) from the speakers"
        case .restored(_, let unit): "Put \(quoted(unit)) back among the speakers"
        case .moved(let id, let from, let to): "Moved \(names.contribution(id).map(quoted) ?? number(id)) from place \(from) to \(to)"
        }
    }

    private func roster(_ fact: RosterFact) -> String {
        switch fact {
        case .created(let c): "Added the delegate \(label(c, names.delegate))"
        case .updated(let c): "Edited the delegate \(label(c, names.delegate))\(fields(c))"
        case .checkedIn(let id, let name, let checkedIn):
            "\(checkedIn ? "Checked in" : "Took back the check-in of") \((name ?? names.delegate(id)).map(quoted) ?? number(id))"
        case .standIn(_, let name, _, let absent, let seat):
            "\(quoted(name)) stands in for \(quoted(absent))" + (seat.map { ", in seat \($0)" } ?? "")
        }
    }

    private func seating(_ fact: SeatingFact) -> String {
        switch fact {
        case .assigned(let id, let seat): "Seated \(names.delegate(id).map(quoted) ?? "delegate \(number(id))") in \(seat)"
        case .assignedByTypedName(let query, let seat): "Seated \(quoted(query)) in \(seat)"
        case .swapped(let a, let b): "Swapped seats \(a) and \(b)"
        case .unassigned(let seat): "Emptied seat \(seat)"
        case .locked(let seat): "Locked seat \(seat)"
        case .unlocked(let seat): "Unlocked seat \(seat)"
        case .cleared: "Cleared the seating plan"
        case .autoAssigned(let seated, let unseated, _, _):
            "Auto-seated \(seated) delegates" + (unseated > 0 ? ", \(unseated) without a seat" : "")
        case .autoUndone(let id, _): "Undid the auto-seating \(number(id))"
        case .ranksChanged(let rules, _): "Edited the rank table (\(rules) rules)"
        case .settingsChanged(let c): "Edited the seating settings\(fields(c))"
        case .hallChanged(let sections, _, let seats, let unseated):
            "Replaced the hall: \(sections) sections, \(seats) seats" + (unseated > 0 ? "; \(unseated) delegates lost their seat" : "")
        }
    }

    private func awards(_ fact: AwardFact) -> String {
        switch fact {
        case .step(let action, let name, let batch):
            switch action {
            case .tick: "Presented to \(name.map(quoted) ?? "a recipient")" + (batch.map { " (batch \($0))" } ?? "")
            case .untick: "Took back the presentation to \(name.map(quoted) ?? "a recipient")"
            case .nextBatch: "Called the next award batch" + (batch.map { " (batch \($0))" } ?? "")
            case .previousBatch: "Went back to the previous award batch" + (batch.map { " (batch \($0))" } ?? "")
            }
        case .batchesRebuilt(let batches, _): "Rebuilt the award batches: \(batches)"
        case .recipientMoved(let id, let batch, _): "Moved \(names.recipient(id).map(quoted) ?? number(id)) to batch \(batch)"
        case .batchSplit(let batch, let at): "Split batch \(batch) at recipient \(at)"
        case .batchesMerged(let batch): "Merged batch \(batch + 1) into batch \(batch)"
        case .batchMoved(let batch, let to): "Moved batch \(batch) to place \(to)"
        case .presenterChosen(let batch, let id):
            id.map { "Chose \(names.delegate($0).map(quoted) ?? number($0)) to present batch \(batch)" } ?? "Cleared the presenter of batch \(batch)"
        case .scriptEdited(let batch, _): "Edited the script of award batch \(batch)"
        case .settingsChanged(let c): "Edited the batch settings\(fields(c))"
        case .recipientChanged(let c): "Edited the recipient \(label(c, names.recipient))\(fields(c))"
        case .recipientAdded(let c, _, _): "Added the recipient \(label(c, names.recipient))"
        case .recipientRemoved(_, let name): "Removed the recipient \(quoted(name))"
        case .decisionCreated(let c): "Added the award decision \(label(c, { _ in nil }, keys: ["number"]))"
        case .decisionUpdated(let c): "Edited the award decision\(fields(c))"
        }
    }

    private func checklist(_ fact: ChecklistFact) -> String {
        switch fact {
        case .created(let c): "Added the task \(label(c, names.checklistItem))"
        case .updated(let c): "Edited the task \(label(c, names.checklistItem))\(fields(c))"
        case .statusChanged(let c):
            "Changed the status of \(label(c, names.checklistItem))"
                + (c.values["status"]?.stringValue.flatMap(ChecklistItem.Status.init).map { " to \(UIStrings.english.checklistStatus($0))" } ?? "")
        case .deleted(_, let title): "Deleted the task \(quoted(title))"
        case .gateOverridden(let id, let title, let open):
            "Started \((title ?? names.segment(id)).map(quoted) ?? number(id)) with \(open.count) tasks still open"
        }
    }

    private func agenda(_ fact: AgendaFact) -> String {
        switch fact {
        case .created(let c): "Added the segment \(label(c, names.segment))"
        case .updated(let c): "Edited the segment \(label(c, names.segment))\(fields(c))"
        case .deleted(_, let title, _, _): "Deleted the segment \(quoted(title))"
        case .moved(let id, let from, let to): "Moved \(names.segment(id).map(quoted) ?? number(id)) from place \(from) to \(to)"
        }
    }

    private func imports(_ fact: ImportFact) -> String {
        guard case .replaced(let source, let all) = fact else { return "" }
        let what: String = switch source {
        case .eventFile: "Imported an event file"
        case .delegates: "Imported the delegates"
        case .delegatesRevision: "Merged a revised delegate list"
        case .awards: "Imported the award list"
        case .speakers: "Imported the speakers"
        case .checklist: "Imported the checklist"
        case .index: "Imported the PAR index results"
        case .groups: "Edited the participant groups"
        }
        let counts = relevant(all, to: source)
        let parts = [
            counts.segments.map { "\($0) segments" }, counts.groups.map { "\($0) groups" }, counts.delegates.map { "\($0) delegates" },
            counts.contributions.map { "\($0) contributions" }, counts.recipients.map { "\($0) recipients" },
            counts.checklistItems.map { "\($0) tasks" }, counts.units.map { "\($0) units" },
        ].compactMap { $0 }
        return what + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
    }

    private func event(_ fact: EventFact) -> String {
        switch fact {
        case .created(_, let title): "Created the event \(quoted(title))"
        case .detailsChanged(let c): "Edited the event's details\(fields(c))"
        case .settingChanged(let key, let value): "Set \(key) = \(value)"
        }
    }

    private func access(_ fact: AccessFact) -> String {
        let role = fact.grant.role.rawValue
        let grantee = ErrorStrings.englishGrantee(fact.grant.grantee)
        return switch fact {
        case .granted: "Granted the \(role) role to \(grantee)"
        case .revoked: "Took the \(role) role back from \(grantee)"
        }
    }
}

extension String {
    /// "Chuyển sang …" → "chuyển sang …", for a sentence quoted inside another.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }

    /// The same, except a sentence that opens with an abbreviation ("MC …", "UBND …") keeps it.
    var continuedAfterColon: String {
        let firstWord = prefix { !$0.isWhitespace }
        return firstWord.count > 1 && firstWord.allSatisfy({ !$0.isLowercase }) ? self : lowercasedFirst
    }
}
