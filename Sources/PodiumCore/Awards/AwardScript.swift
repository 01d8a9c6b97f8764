/// The MC's words for the ceremony (DOMAIN.md §3): the reading of the decision, then for each
/// batch every name in calling order, the presenter, the photo and the return to seats.
/// A batch whose lines were edited by hand keeps them; the others are generated each time.
public struct AwardScript: Hashable, Sendable {
    public enum Language: String, CaseIterable, Sendable { case vi, en }

    public struct Section: Hashable, Sendable {
        public var title: String
        public var lines: [String]
        /// The batch the section belongs to; nil for the reading of the decision.
        public var batch: Int?
        public var isEdited: Bool
    }

    public var title: String
    public var language: Language
    public var sections: [Section]

    public init(event: EventData, ceremony: AwardCeremony, language: Language) {
        self.language = language
        let words = Words(language)
        title = words.title(event.info.title)
        var sections = [Section(title: words.openingTitle, lines: Self.opening(event, plan: ceremony.plan, words), batch: nil, isEdited: false)]
        for batch in ceremony.batches {
            let collectives = batch.entries.filter { $0.recipient.kind == .collective }.count
            let heading = words.batchTitle(batch.number, collectives: collectives, individuals: batch.entries.count - collectives)
            if let edited = batch.editedScript {
                sections.append(Section(title: heading, lines: edited.components(separatedBy: "\n"), batch: batch.number, isEdited: true))
            } else {
                sections.append(Section(title: heading, lines: Self.generated(batch, words), batch: batch.number, isEdited: false))
            }
        }
        self.sections = sections
    }

    /// The generated lines of one batch, ignoring any edit: what "regenerate" puts back.
    public static func generatedLines(_ batch: AwardCeremony.Batch, language: Language) -> [String] {
        generated(batch, Words(language))
    }

    static func opening(_ event: EventData, plan: AwardPlan, _ words: Words) -> [String] {
        let segmentPresenter = event.segments.first { $0.kind == .awards }?.presenter ?? ""
        let reader = VietnameseText.normalize(plan.settings.reader)
        return event.decisions.map { decision in
            words.readDecision(
                reader: reader.isEmpty ? nil : reader, unit: segmentPresenter, number: decision.number,
                date: decision.date?.vietnamese, signerTitle: decision.signerTitle, subject: decision.subject
            )
        }
    }

    static func generated(_ batch: AwardCeremony.Batch, _ words: Words) -> [String] {
        let form = batch.forms.count == 1 ? batch.forms[0] : nil
        let called = batch.entries.filter(\.isCalled)
        let skipped = batch.entries.filter { !$0.isCalled }
        // Nobody of the batch goes up: no invitation, no presenter, no photograph, only the note.
        guard !called.isEmpty else { return skipped.isEmpty ? [] : [words.skipped(skipped.map { $0.recipient.name })] }
        var lines = [words.invite(batch: batch.number, form: form,
                                  collectives: called.contains { $0.recipient.kind == .collective },
                                  individuals: called.contains { $0.recipient.kind == .individual })]
        for (index, entry) in called.enumerated() {
            var line = "\(index + 1). " + words.call(entry.recipient)
            if form == nil { line += " — \(entry.recipient.form)" }
            if !entry.isPresent { line += words.onBehalf(entry.recipient.receivedBy) }
            if !entry.recipient.pronunciation.isEmpty { line += words.pronounce(entry.recipient.pronunciation) }
            lines.append(line)
        }
        if !skipped.isEmpty { lines.append(words.skipped(skipped.map { $0.recipient.name })) }
        lines.append(words.presenter(batch.presenter, form: form))
        lines.append(words.photo)
        lines.append(words.returnToSeats)
        return lines
    }

    /// The words of each language, written on the MC's usual sentence shapes.
    struct Words {
        let language: Language
        init(_ language: Language) { self.language = language }
        var vi: Bool { language == .vi }

        func title(_ event: String) -> String { vi ? "Kịch bản công bố Quyết định và trao khen thưởng — \(event)" : "Award ceremony script — \(event)" }
        var openingTitle: String { vi ? "Công bố Quyết định" : "Reading of the decision" }
        /// "Đợt 1 (9 tập thể)", "Đợt 2 (2 tập thể, 3 cá nhân)": what the batch holds, by kind.
        func batchTitle(_ number: Int, collectives: Int, individuals: Int) -> String {
            let parts = vi
                ? [collectives > 0 ? "\(collectives) tập thể" : nil, individuals > 0 ? "\(individuals) cá nhân" : nil]
                : [collectives > 0 ? "\(collectives) \(collectives == 1 ? "collective" : "collectives")" : nil,
                   individuals > 0 ? "\(individuals) \(individuals == 1 ? "individual" : "individuals")" : nil]
            return (vi ? "Đợt \(number)" : "Batch \(number)") + " (\(parts.compactMap { $0 }.joined(separator: ", ")))"
        }

        func readDecision(reader: String?, unit: String, number: String, date: String?, signerTitle: String, subject: String) -> String {
            if vi {
                let who = reader.map { "đồng chí \($0)" } ?? (unit.isEmpty ? "đại diện cơ quan thường trực Hội đồng Thi đua – Khen thưởng" : "đại diện \(VietnameseText.midSentence(unit))")
                let day = date.map { " ngày \($0)" } ?? ""
                // A decision entered without its signer or subject still reads as a sentence.
                let of = (signerTitle.isEmpty ? "" : " của \(signerTitle)") + (subject.isEmpty ? "" : " \(subject)")
                return "Kính thưa các đồng chí! Tiếp theo chương trình, xin trân trọng kính mời \(who) lên công bố Quyết định số \(number)\(day)\(of)."
            }
            let who = reader ?? (unit.isEmpty ? "a representative of the emulation and commendation council" : "a representative of \(unit)")
            let day = date.map { " of \($0)" } ?? ""
            let of = (signerTitle.isEmpty ? "" : " of the \(signerTitle)") + (subject.isEmpty ? "" : " \(subject)")
            return "Ladies and gentlemen, next on the programme we respectfully invite \(who) to read Decision No. \(number)\(day)\(of)."
        }

        func invite(batch: Int, form: String?, collectives: Bool, individuals: Bool) -> String {
            if vi {
                let who = switch (collectives, individuals) {
                case (true, true): "đại diện các tập thể và các cá nhân"
                case (true, false): "đại diện các tập thể"
                default: "các cá nhân"
                }
                return "Xin trân trọng kính mời \(who) sau đây lên nhận \(form ?? "khen thưởng") (đợt \(batch)):"
            }
            let who = switch (collectives, individuals) {
            case (true, true): "the representatives of the following collectives and the following individuals"
            case (true, false): "the representatives of the following collectives"
            default: "the following individuals"
            }
            return "We respectfully invite \(who) to come up to receive \(form.map { "the \($0)" } ?? "their awards") (batch \(batch)):"
        }

        func call(_ recipient: AwardRecipient) -> String {
            switch recipient.kind {
            case .collective:
                let rep = recipient.representative.isEmpty ? "" : (vi ? " (đồng chí \(recipient.representative) nhận)" : " (received by \(recipient.representative))")
                let name = TitlePhrase.withoutRepeats(recipient.name)
                return (vi ? "Đại diện \(VietnameseText.midSentence(name))" : "The representative of \(name)") + rep
            case .individual:
                // "Phó Chủ tịch UBND" of "Xã A Mú Sung" is said "Phó Chủ tịch UBND xã A Mú Sung".
                let post = vi ? TitlePhrase.titleWithUnit(recipient.title, recipient.unit)
                    : [recipient.title, recipient.unit].filter { !$0.isEmpty }.joined(separator: ", ")
                let parts = [recipient.name, post].filter { !$0.isEmpty }
                return (vi ? "Đồng chí " : "") + parts.joined(separator: ", ")
            }
        }

        func onBehalf(_ person: String) -> String {
            vi ? " — vắng mặt, đồng chí \(person) nhận thay" : " — absent; \(person) receives on their behalf"
        }

        func pronounce(_ hint: String) -> String { vi ? " [đọc: \(hint)]" : " [say: \(hint)]" }

        func skipped(_ names: [String]) -> String {
            let list = names.joined(separator: ", ")
            return vi
                ? "(Không xướng tên do vắng mặt, không có người nhận thay: \(list); khen thưởng gửi về đơn vị.)"
                : "(Not called, absent with nobody receiving on their behalf: \(list); the award goes to their unit.)"
        }

        func presenter(_ delegate: Delegate?, form: String?) -> String {
            let what = form ?? (vi ? "khen thưởng" : "the awards")
            guard let delegate else {
                return vi ? "Trân trọng kính mời đồng chí lãnh đạo tỉnh lên trao \(what)." : "We respectfully invite the provincial leader to present \(what)."
            }
            let who = delegate.title.isEmpty ? delegate.name : "\(delegate.name), \(delegate.title)"
            return vi ? "Trân trọng kính mời đồng chí \(who) lên trao \(what) cho các tập thể, cá nhân." : "We respectfully invite \(who) to present \(form.map { "the \($0)" } ?? what)."
        }

        var photo: String { vi ? "Xin mời các đồng chí cùng chụp ảnh lưu niệm." : "Please stay on stage for a photograph." }
        var returnToSeats: String {
            vi ? "Xin chúc mừng các tập thể, cá nhân; xin mời các đồng chí trở về chỗ ngồi." : "Congratulations; please return to your seats."
        }
    }
}
