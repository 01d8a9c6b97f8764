import Foundation

/// Words shown to the speaker on the stage view ("Còn 1 phút").
public struct StageMessage: Hashable, Sendable {
    public var text: String
    public var blink: Bool
    public var sentAt: Date
    public var sentBy: String

    public init(text: String, blink: Bool, sentAt: Date, sentBy: String) {
        self.text = text
        self.blink = blink
        self.sentAt = sentAt
        self.sentBy = sentBy
    }
}
