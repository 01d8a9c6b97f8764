import Foundation
import PodiumCore

/// The MC's complete script (kịch bản dẫn chương trình): the programme in order with each
/// item's planned time, the words to read and the crew's cues; inside the contributions block
/// an introduction for every speaker; inside the awards block the decision to announce and
/// the recipients in calling order, batch by batch.
public enum MCScript {
    public static func document(_ data: EventData) -> PrintDocument {
        let info = data.info
        let schedule = AgendaSchedule(segments: data.segments, info: info)
        var blocks: [PrintDocument.Block] = [
            .paragraph(info.title),
            .meta(([
                "Ngày \(info.date.vietnamese), bắt đầu \(info.startTime.hhmm)",
                info.venue.isEmpty ? nil : "Địa điểm: \(info.venue)",
                info.organiser.isEmpty ? nil : "Đơn vị tổ chức: \(info.organiser)",
            ] as [String?]).compactMap { $0 }.joined(separator: " · ")),
            .heading(level: 2, text: "Chương trình"),
            .table(header: ["Thời gian", "Nội dung", "Người thực hiện", "Thời lượng"], rows: data.segments.sorted { $0.position < $1.position }.map { segment in
                let slot = schedule.slot(for: segment.id)
                return [
                    slot.map { "\($0.start.hhmm)–\($0.end.hhmm)" } ?? "", segment.title, segment.presenter,
                    "\((segment.plannedSeconds + 30) / 60) phút",
                ]
            }),
            .pageBreak,
        ]
        var contributionsPlaced = false
        var awardsPlaced = false
        for (index, segment) in data.segments.sorted(by: { $0.position < $1.position }).enumerated() {
            let slot = schedule.slot(for: segment.id)
            blocks.append(.heading(level: 2, text: "\(index + 1). \(segment.title)"))
            var meta = [slot.map { "\($0.start.hhmm)–\($0.end.hhmm)" } ?? "", "\((segment.plannedSeconds + 30) / 60) phút"]
            if let fixed = segment.fixedStart { meta.append("giờ cố định \(fixed.hhmm)") }
            if !segment.presenter.isEmpty { meta.append("Thực hiện: \(segment.presenter)") }
            blocks.append(.meta(meta.filter { !$0.isEmpty }.joined(separator: " · ")))
            if !segment.cues.isEmpty { blocks.append(.cue(segment.cues)) }
            if !segment.mcLines.isEmpty { blocks.append(.spoken(segment.mcLines)) }
            if segment.kind == .contributions, !contributionsPlaced {
                blocks += contributionBlocks(data.contributions)
                contributionsPlaced = true
            }
            if segment.kind == .awards, !awardsPlaced {
                blocks += awardBlocks(data)
                awardsPlaced = true
            }
        }
        if !contributionsPlaced, !data.contributions.isEmpty {
            blocks.append(.heading(level: 2, text: "Phụ lục: Tham luận (chương trình chưa có mục tham luận)"))
            blocks += contributionBlocks(data.contributions)
        }
        if !awardsPlaced, !data.decisions.isEmpty {
            blocks.append(.heading(level: 2, text: "Phụ lục: Khen thưởng (chương trình chưa có mục khen thưởng)"))
            blocks += awardBlocks(data)
        }
        return PrintDocument(title: "Kịch bản dẫn chương trình", blocks: blocks)
    }

    /// "Xin trân trọng kính mời đồng chí Đinh Thu Nhung, Phó Giám đốc Sở Nội vụ lên trình bày
    /// tham luận “…”." When the unit has not named its speaker yet, its leader is invited.
    public static func introduction(_ contribution: Contribution) -> String {
        let topic = contribution.topic.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        let who: String
        if contribution.speakerName.isEmpty {
            who = "đồng chí đại diện lãnh đạo \(contribution.unit)"
        } else if contribution.speakerTitle.isEmpty {
            who = "đồng chí \(contribution.speakerName), \(contribution.unit)"
        } else {
            who = "đồng chí \(contribution.speakerName), \(contribution.speakerTitle)"
        }
        return "Xin trân trọng kính mời \(who) lên trình bày tham luận “\(topic)”."
    }

    private static func contributionBlocks(_ contributions: [Contribution]) -> [PrintDocument.Block] {
        var blocks: [PrintDocument.Block] = []
        let active = contributions.sorted { $0.position < $1.position }
        for (index, contribution) in active.enumerated() {
            blocks.append(.heading(level: 3, text: "Tham luận \(index + 1): \(contribution.unit)"))
            var meta = ["\((contribution.allottedSeconds + 30) / 60) phút"]
            if contribution.status == .withdrawn { meta.append("ĐÃ RÚT — bỏ qua") }
            blocks.append(.meta(meta.joined(separator: " · ")))
            if contribution.status != .withdrawn { blocks.append(.spoken(introduction(contribution))) }
            if !contribution.mcNotes.isEmpty { blocks.append(.cue(contribution.mcNotes)) }
        }
        return blocks
    }

    private static func awardBlocks(_ data: EventData) -> [PrintDocument.Block] {
        var blocks: [PrintDocument.Block] = []
        for decision in data.decisions.sorted(by: { $0.id < $1.id }) {
            let dated = decision.date.map { " ngày \($0.vietnamese)" } ?? ""
            let signer = decision.signerTitle.isEmpty ? "" : " của \(decision.signerTitle)"
            blocks.append(.heading(level: 3, text: "Quyết định số \(decision.number)\(dated)"))
            blocks.append(.spoken(
                "Xin trân trọng kính mời đại diện lãnh đạo Sở Nội vụ công bố Quyết định số \(decision.number)\(dated)\(signer) \(decision.subject)."
            ))
            let recipients = data.recipients.filter { $0.decisionID == decision.id }.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
            var forms: [String] = []
            for r in recipients where !forms.contains(r.form) { forms.append(r.form) }
            for form in forms {
                for kind in [AwardRecipient.Kind.collective, .individual] {
                    let batch = recipients.filter { $0.form == form && $0.kind == kind }
                    guard !batch.isEmpty else { continue }
                    let who = kind == .collective ? "đại diện các tập thể" : "các cá nhân"
                    blocks.append(.spoken("Xin trân trọng kính mời \(who) sau lên nhận \(form.isEmpty ? "khen thưởng" : form):"))
                    blocks.append(.table(
                        header: ["STT", kind == .collective ? "Tập thể" : "Cá nhân", kind == .collective ? "Người nhận thay" : "Chức vụ, đơn vị"],
                        rows: batch.enumerated().map { offset, r in
                            let detail = kind == .collective ? r.representative : [r.title, r.unit].filter { !$0.isEmpty }.joined(separator: ", ")
                            return [String(offset + 1), r.name, detail]
                        }
                    ))
                }
            }
            if recipients.isEmpty { blocks.append(.meta("Chưa có danh sách khen thưởng.")) }
        }
        return blocks
    }
}
