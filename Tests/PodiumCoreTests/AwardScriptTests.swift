import Foundation
import PodiumCore
import PodiumDocuments
import Testing

/// The MC's words for collectives and individuals, absentees, edits and the live tick-off.
@Suite struct AwardScriptTests {
    static func ceremony() throws -> (EventData, AwardCeremony) {
        var event = AwardBatchingTests.event(recipients: 4, size: 10)
        event.recipients[0].attendance = .absent
        event.recipients[1].attendance = .absent
        event.recipients[1].receivedBy = "Nguyễn Văn Bình"
        event.recipients[2].representative = "Sùng A Páo"
        event.recipients[2].pronunciation = "Sùng A Pảo"
        event.awardPlan = try AwardBatching.rebuild(event.awardPlan, event: event).0
        return (event, AwardCeremony(event: event))
    }

    @Test func vietnameseScriptCallsEveryNameInOrder() throws {
        let (event, ceremony) = try Self.ceremony()
        let script = AwardScript(event: event, ceremony: ceremony, language: .vi)
        let text = script.render(.txt)
        #expect(text.contains("xin trân trọng kính mời đại diện cơ quan thường trực Hội đồng Thi đua – Khen thưởng lên công bố Quyết định số 512/QĐ-UBND ngày 20/03/2026 của Chủ tịch UBND tỉnh về việc tặng Bằng khen."))
        let first = script.sections[1].lines
        #expect(first[0] == "Xin trân trọng kính mời đại diện các tập thể và các cá nhân sau đây lên nhận Cờ thi đua của UBND tỉnh (đợt 1):")
        #expect(first[1] == "1. Đại diện Tập thể 3 (đồng chí Sùng A Páo nhận) [đọc: Sùng A Pảo]")
        #expect(first[2] == "2. Đồng chí Cá nhân 4, Chuyên viên xã 4")
        #expect(first.suffix(3) == [
            "Trân trọng kính mời đồng chí Hà Thu Hoa, Bí thư Tỉnh ủy lên trao Cờ thi đua của UBND tỉnh cho các tập thể, cá nhân.",
            "Xin mời các đồng chí cùng chụp ảnh lưu niệm.",
            "Xin chúc mừng các tập thể, cá nhân; xin mời các đồng chí trở về chỗ ngồi.",
        ])
        let second = script.sections[2].lines
        #expect(second[1] == "1. Đồng chí Cá nhân 2, Chuyên viên xã 2 — vắng mặt, đồng chí Nguyễn Văn Bình nhận thay")
        #expect(second[2] == "(Không xướng tên do vắng mặt, không có người nhận thay: Tập thể 1; khen thưởng gửi về đơn vị.)")
        #expect(second.contains { $0.contains("Hà Quang Anh, Chủ tịch UBND tỉnh lên trao Bằng khen của Chủ tịch UBND tỉnh") })
    }

    /// Seen in a rehearsal: a batch whose recipients were all absent still invited "các cá nhân",
    /// the presenter and the photograph, and its heading said "tập thể, cá nhân" whatever it held.
    @Test func aBatchNobodyGoesUpForIsOnlyItsNote() throws {
        var (event, _) = try Self.ceremony()
        for index in event.recipients.indices {
            event.recipients[index].attendance = .absent
            event.recipients[index].receivedBy = ""
        }
        let script = AwardScript(event: event, ceremony: AwardCeremony(event: event), language: .vi)
        for section in script.sections.dropFirst() {
            #expect(section.lines.count == 1 && section.lines[0].hasPrefix("(Không xướng tên do vắng mặt"), "\(section.lines)")
        }
        #expect(script.sections[1].title.hasPrefix("Đợt 1 (") && !script.sections[1].title.contains("tập thể, cá nhân"))
    }

    /// Seen in a rehearsal: a decision set with its number and date only read "… ngày 20/03/2026 của ."
    @Test func aDecisionWithoutItsSignerStillReadsAsASentence() throws {
        var (event, _) = try Self.ceremony()
        for index in event.decisions.indices {
            event.decisions[index].signerTitle = ""
            event.decisions[index].subject = ""
        }
        for language in AwardScript.Language.allCases {
            let opening = try #require(AwardScript(event: event, ceremony: AwardCeremony(event: event), language: language).sections.first?.lines.first)
            #expect(!opening.contains(" của .") && !opening.contains(" of the .") && !opening.contains("  "), "\(opening)")
            #expect(opening.hasSuffix("\(event.decisions[0].number) ngày \(event.decisions[0].date?.vietnamese ?? "").") || language == .en, "\(opening)")
        }
    }

    @Test func englishScriptHasTheSameShape() throws {
        let (event, ceremony) = try Self.ceremony()
        let script = AwardScript(event: event, ceremony: ceremony, language: .en)
        let first = script.sections[1].lines
        #expect(first[0] == "We respectfully invite the representatives of the following collectives and the following individuals to come up to receive the Cờ thi đua của UBND tỉnh (batch 1):")
        #expect(first[1] == "1. The representative of Tập thể 3 (received by Sùng A Páo) [say: Sùng A Pảo]")
        #expect(first[2] == "2. Cá nhân 4, Chuyên viên, Xã 4")
        #expect(first.contains("We respectfully invite Hà Thu Hoa, Bí thư Tỉnh ủy to present the Cờ thi đua của UBND tỉnh."))
        #expect(script.sections[2].lines[1].hasSuffix("— absent; Nguyễn Văn Bình receives on their behalf"))
        #expect(script.sections[2].lines[2].hasPrefix("(Not called, absent with nobody receiving on their behalf: Tập thể 1"))
    }

    @Test func anEditedBatchKeepsItsWordsWhileTheOthersRegenerate() throws {
        var (event, _) = try Self.ceremony()
        event.awardPlan = try AwardBatchEdit.script(batch: 2, text: "Dòng một\nDòng hai").applied(to: event.awardPlan, event: event)
        event.recipients[2].pronunciation = ""
        let script = AwardScript(event: event, ceremony: AwardCeremony(event: event), language: .vi)
        #expect(script.sections[2].lines == ["Dòng một", "Dòng hai"] && script.sections[2].isEdited)
        #expect(script.sections[1].lines[1] == "1. Đại diện Tập thể 3 (đồng chí Sùng A Páo nhận)")
        event.awardPlan = try AwardBatchEdit.script(batch: 2, text: nil).applied(to: event.awardPlan, event: event)
        #expect(!AwardScript(event: event, ceremony: AwardCeremony(event: event), language: .vi).sections[2].isEdited)
    }

    @Test func exportsEscapeWhatTheyCarry() throws {
        var (event, _) = try Self.ceremony()
        event.recipients[0].name = "=HYPERLINK(\"x\")"
        event.recipients[2].name = "<b>Tập thể</b> & co"
        let html = AwardScript(event: event, ceremony: AwardCeremony(event: event), language: .vi).render(.html)
        #expect(html.contains("&lt;b&gt;Tập thể&lt;/b&gt; &amp; co") && !html.contains("<b>Tập"))
        #expect(html.contains("@page"))
        let csv = AwardRecipientList.csv(event, language: .vi)
        #expect(csv.hasPrefix("\u{FEFF}STT,Quyết định,Loại"))
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""))
        // Decision order, not calling order.
        #expect(csv.components(separatedBy: "\r\n")[1].hasPrefix("1,512/QĐ-UBND,Tập thể,\"'=HYPERLINK"))
        // Nobody has checked in yet: expected, not known to be here.
        #expect(!csv.contains(",Có,") && csv.contains(",Chưa điểm danh,"))
    }

    @Test func liveProgressFoldsTicksAndBatchesAndValidates() throws {
        let (event, ceremony) = try Self.ceremony()
        let plan = ceremony.plan
        func entry(_ id: Int64, _ action: AwardAction) -> JournalEntry {
            JournalEntry(id: id, time: Date(timeIntervalSince1970: Double(id)), operatorName: "minh", role: .mc,
                         fact: .awards(.step(action, recipientName: nil, batch: nil)))
        }
        var progress = AwardProgress(journal: [entry(1, .tick(recipientID: 3))])
        #expect(progress.ticked == [3])
        #expect(throws: AwardError.alreadyTicked("Tập thể 3")) { try progress.validate(.tick(recipientID: 3), plan: plan, recipients: event.recipients) }
        #expect(throws: AwardError.notInCurrentBatch("Cá nhân 2", batch: 2, current: 1)) {
            try progress.validate(.tick(recipientID: 2), plan: plan, recipients: event.recipients)
        }
        let before = AwardCeremony(event: event, progress: progress).estimatedRemainingSeconds
        progress = AwardProgress(journal: [entry(1, .tick(recipientID: 3)), entry(2, .tick(recipientID: 4)), entry(3, .nextBatch)])
        #expect(progress.currentIndex(in: plan) == 1)
        #expect(AwardCeremony(event: event, progress: progress).estimatedRemainingSeconds == before - 40 - 90)
        #expect(throws: AwardError.atLastBatch) { try progress.validate(.nextBatch, plan: plan, recipients: event.recipients) }
    }

    @Test func theEstimateFeedsTheProjectedEnd() throws {
        var (event, _) = try Self.ceremony()
        event.segments = [
            Segment(id: 1, position: 1, title: "Khai mạc", kind: .opening, plannedSeconds: 600),
            Segment(id: 2, position: 2, title: "Trao Bằng khen", kind: .awards, plannedSeconds: 1800),
        ]
        let show = ShowState()
        let estimates = AwardCeremony.segmentEstimates(event: event, progress: AwardProgress(), show: show)
        #expect(estimates == [2: AwardCeremony(event: event).estimatedTotalSeconds])
        let now = Date(timeIntervalSince1970: 1_774_500_000)
        let planned = ShowStatus(state: show, segments: event.segments, info: event.info, now: now, timeZone: .gmt)
        let estimated = ShowStatus(state: show, segments: event.segments, info: event.info, now: now, timeZone: .gmt, estimatedSeconds: estimates)
        #expect(estimated.projectedEnd.timeIntervalSince(planned.projectedEnd) == Double(estimates[2, default: 0] - 1800))
    }
}
