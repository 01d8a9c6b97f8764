/// A contribution (tham luận): a unit presents on a topic within the contributions block.
public struct Contribution: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var position: Int
    public var topic: String
    public var unit: String
    /// The speaker's name and title; blank until the unit names its speaker.
    public var speakerName: String
    public var speakerTitle: String
    public var allottedSeconds: Int
    public var status: Status
    public var mcNotes: String
    /// The roster delegate who speaks, when the speaker is one (name and title copied at the time).
    public var delegateID: Int64?
    /// The MC's own words to invite and to thank this speaker; blank means the generated lines.
    public var mcInvitation: String
    public var mcThanks: String

    public enum Status: String, CaseIterable, Hashable, Sendable, Codable {
        case queued, onDeck = "on_deck", speaking, done, withdrawn
    }

    public init(
        id: Int64, position: Int, topic: String, unit: String, speakerName: String = "",
        speakerTitle: String = "", allottedSeconds: Int, status: Status = .queued, mcNotes: String = "",
        delegateID: Int64? = nil, mcInvitation: String = "", mcThanks: String = ""
    ) {
        self.id = id
        self.position = position
        self.topic = topic
        self.unit = unit
        self.speakerName = speakerName
        self.speakerTitle = speakerTitle
        self.allottedSeconds = allottedSeconds
        self.status = status
        self.mcNotes = mcNotes
        self.delegateID = delegateID
        self.mcInvitation = mcInvitation
        self.mcThanks = mcThanks
    }
}
