import Foundation

/// A live-show action as the journal records it: the fact "show.<name>" (see `ShowAction+Fact`).
/// The live state is a fold of these entries and the wall clock.
public enum ShowAction: Hashable, Sendable {
    case start
    case next
    case back
    case hold
    case resume
    case extend(seconds: Int)
    case skip
    case jump(segmentID: Int64)
    case end
    case message(text: String, blink: Bool)
    case clearMessage
    case blank(Bool)
    /// Reverses the journal entry with this id (the last live action not yet undone).
    case undo(entryID: Int64)
    /// Inside a contributions block: ends the speaker at the podium and invites this one (nil:
    /// nobody at the podium). `next` within the block becomes this action when it is recorded,
    /// naming the speaker the queue held at that moment, so later reordering never rewrites history.
    case speaker(contributionID: Int64?)
    /// Marks the show about to start as a rehearsal, its plan laid from `planStart` (the
    /// instant the programme's first clock time maps to; nil: the moment of the entry).
    /// Recorded just before the start it qualifies, in the same transaction.
    case rehearse(planStart: Date?)
    /// Sets a rehearsal aside: the fold starts afresh after it, the entries before it stay in
    /// the journal (their report can still be exported).
    case reset

    /// Whether the action moves the show along (and so must be pressed on the show as it is
    /// now); a stage message or a blanked screen does not.
    public var movesTheShow: Bool {
        switch self {
        case .message, .clearMessage, .blank: false
        default: true
        }
    }

    public static let actionPrefix = "show."

    public var actionName: String {
        ShowAction.actionPrefix + {
            switch self {
            case .start: "start"
            case .next: "next"
            case .back: "back"
            case .hold: "hold"
            case .resume: "resume"
            case .extend: "extend"
            case .skip: "skip"
            case .jump: "jump"
            case .end: "end"
            case .message: "message"
            case .clearMessage: "message-clear"
            case .blank: "blank"
            case .undo: "undo"
            case .speaker: "speaker"
            case .rehearse: "rehearse"
            case .reset: "reset"
            }
        }()
    }
}

/// Instants inside payloads, as the journal's own times are kept: seconds since 1970 to the millisecond.
enum JournalTime {
    static func seconds(_ date: Date) -> Double { (date.timeIntervalSince1970 * 1000).rounded() / 1000 }
}
