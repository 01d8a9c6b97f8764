import Foundation

/// What the MC says around each contribution: the invitation (name, title, unit, topic) and the
/// thanks after. Generated in Vietnamese and English; the MC's own words, when stored on the
/// contribution, replace the generated ones in either language.
public struct SpeakerLines: Hashable, Sendable {
    public var invitation: String
    public var thanks: String

    public enum Language: Hashable, Sendable { case vietnamese, english }

    public init(invitation: String, thanks: String) {
        self.invitation = invitation
        self.thanks = thanks
    }

    /// The lines to read: the stored override where there is one, else the generated line.
    public static func lines(for contribution: Contribution, in language: Language) -> SpeakerLines {
        let generated = self.generated(for: contribution, in: language)
        let invitation = contribution.mcInvitation.trimmingCharacters(in: .whitespacesAndNewlines)
        let thanks = contribution.mcThanks.trimmingCharacters(in: .whitespacesAndNewlines)
        return SpeakerLines(
            invitation: invitation.isEmpty ? generated.invitation : invitation,
            thanks: thanks.isEmpty ? generated.thanks : thanks
        )
    }

    public static func generated(for contribution: Contribution, in language: Language) -> SpeakerLines {
        let name = contribution.speakerName
        let title = contribution.speakerTitle
        // Mid-sentence a unit such as "Các xã, phường…" reads "các xã, phường…".
        let unit = language == .vietnamese ? VietnameseText.midSentence(contribution.unit) : contribution.unit
        let topic = contribution.topic.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        // A title that already names the unit ("Giám đốc Sở Tư pháp") is not followed by the unit again.
        let titleNamesUnit = !title.isEmpty && VietnameseText.folded(title).contains(VietnameseText.folded(unit))
        switch language {
        case .vietnamese:
            let who: String
            if name.isEmpty {
                who = "đại diện \(unit)"
            } else {
                who = "đồng chí \(name)" + (title.isEmpty ? "" : ", \(title)") + (titleNamesUnit ? "" : ", đại diện \(unit)")
            }
            return SpeakerLines(
                invitation: "Xin trân trọng kính mời \(who) lên trình bày tham luận với chủ đề: “\(topic)”.",
                thanks: name.isEmpty
                    ? "Xin trân trọng cảm ơn đại diện \(unit) với bài tham luận vừa trình bày."
                    : "Xin trân trọng cảm ơn đồng chí \(name) với bài tham luận của \(unit)."
            )
        case .english:
            let who: String
            if name.isEmpty {
                who = "a representative of \(unit)"
            } else {
                who = name + (title.isEmpty ? "" : ", \(title)") + (titleNamesUnit ? "" : ", on behalf of \(unit)")
            }
            return SpeakerLines(
                invitation: "We respectfully invite \(who), to present the contribution “\(topic)”.",
                thanks: name.isEmpty
                    ? "Thank you to the representative of \(unit) for the contribution."
                    : "Thank you, \(name), for the contribution of \(unit)."
            )
        }
    }
}
