import Foundation

/// A live-show action as the journal records it: `action` is "show.<name>", the payload
/// a small JSON object. The live state is a fold of these entries and the wall clock.
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

    public var payload: String {
        let object: [String: Any] = switch self {
        case .extend(let seconds): ["seconds": seconds]
        case .jump(let id): ["segment": id]
        case .message(let text, let blink): ["text": text, "blink": blink]
        case .blank(let on): ["on": on]
        case .undo(let id): ["undoes": id]
        case .speaker(let id): id.map { ["contribution": $0] } ?? [:]
        case .rehearse(let start): start.map { ["plan_start": JournalTime.seconds($0)] } ?? [:]
        default: [:]
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The action a journal entry records, or nil when it is not a live-show entry.
    public init?(entry: JournalEntry) {
        guard entry.action.hasPrefix(ShowAction.actionPrefix) else { return nil }
        let fields = (try? JSONSerialization.jsonObject(with: Data(entry.payload.utf8))) as? [String: Any] ?? [:]
        func int(_ key: String) -> Int64? { (fields[key] as? NSNumber)?.int64Value }
        switch entry.action.dropFirst(ShowAction.actionPrefix.count) {
        case "start": self = .start
        case "next": self = .next
        case "back": self = .back
        case "hold": self = .hold
        case "resume": self = .resume
        case "extend":
            guard let seconds = int("seconds") else { return nil }
            self = .extend(seconds: Int(seconds))
        case "skip": self = .skip
        case "jump":
            guard let id = int("segment") else { return nil }
            self = .jump(segmentID: id)
        case "end": self = .end
        case "message": self = .message(text: fields["text"] as? String ?? "", blink: (fields["blink"] as? Bool) ?? false)
        case "message-clear": self = .clearMessage
        case "blank": self = .blank((fields["on"] as? Bool) ?? true)
        case "undo":
            guard let id = int("undoes") else { return nil }
            self = .undo(entryID: id)
        case "speaker": self = .speaker(contributionID: int("contribution"))
        case "rehearse":
            self = .rehearse(planStart: (fields["plan_start"] as? NSNumber).map { Date(timeIntervalSince1970: $0.doubleValue) })
        case "reset": self = .reset
        default: return nil
        }
    }
}

/// Instants inside payloads, as the journal's own times are kept: seconds since 1970 to the millisecond.
enum JournalTime {
    static func seconds(_ date: Date) -> Double { (date.timeIntervalSince1970 * 1000).rounded() / 1000 }
}
