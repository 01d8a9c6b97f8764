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
            if !segment.mcLines.isEmpty {
                let start = slot?.start ?? data.info.startTime
                blocks.append(.spoken(MCLineFields.fill(segment.mcLines, segment: segment, startingAt: start, seconds: segment.plannedSeconds, event: data)))
            }
            if segment.kind == .contributions, !contributionsPlaced {
                blocks += contributionBlocks(data.presentedContributions)
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
    private static func contributionBlocks(_ contributions: [Contribution]) -> [PrintDocument.Block] {
        var blocks: [PrintDocument.Block] = []
        let active = contributions.sorted { $0.position < $1.position }
        for (index, contribution) in active.enumerated() {
            blocks.append(.heading(level: 3, text: "Tham luận \(index + 1): \(contribution.unit)"))
            var meta = ["\((contribution.allottedSeconds + 30) / 60) phút"]
            if contribution.status == .withdrawn { meta.append("ĐÃ RÚT — bỏ qua") }
            blocks.append(.meta(meta.joined(separator: " · ")))
            if contribution.status != .withdrawn {
                // The same words the MC sees on the live screen, including their own edits.
                let lines = SpeakerLines.lines(for: contribution, in: .vietnamese)
                blocks.append(.spoken(lines.invitation))
                blocks.append(.spoken(lines.thanks))
            }
            if !contribution.mcNotes.isEmpty { blocks.append(.cue(contribution.mcNotes)) }
        }
        return blocks
    }

    /// The award ceremony as the MC reads it: the ceremony script of the award plan, batch by
    /// batch (the same text `podium export awards-script` prints).
    private static func awardBlocks(_ data: EventData) -> [PrintDocument.Block] {
        guard !data.recipients.isEmpty else { return [.meta("Chưa có danh sách khen thưởng.")] }
        let script = AwardScript(event: data, ceremony: AwardCeremony(event: data, progress: AwardProgress()), language: .vi)
        return script.sections.flatMap { section -> [PrintDocument.Block] in
            [.heading(level: 3, text: section.title)] + section.lines.map { PrintDocument.Block.spoken($0) }
        }
    }
}
