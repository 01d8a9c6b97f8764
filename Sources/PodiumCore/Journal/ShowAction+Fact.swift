import Foundation

/// The live show's facts: "show.<name>", with the action's arguments as fields.
extension ShowAction: FactArea {
    var name: String { actionName }

    var fields: [String: JSONValue] {
        var writer = FactFieldWriter()
        switch self {
        case .extend(let seconds): writer.set("seconds", seconds)
        case .jump(let id): writer.set("segment", id)
        case .message(let text, let blink):
            writer.set("text", text)
            writer.set("blink", blink)
        case .blank(let on): writer.set("on", on)
        case .undo(let id): writer.set("undoes", id)
        case .speaker(let id?): writer.set("contribution", id)
        case .rehearse(let start?): writer.set("plan_start", JournalTime.seconds(start))
        case .start, .next, .back, .hold, .resume, .skip, .end, .clearMessage, .speaker(nil), .rehearse(nil), .reset:
            break
        }
        return writer.values
    }

    static func read(name: String, _ fields: FactFields) throws(FactFields.Unreadable) -> ShowAction? {
        guard name.hasPrefix(actionPrefix) else { return nil }
        switch name.dropFirst(actionPrefix.count) {
        case "start": return .start
        case "next": return .next
        case "back": return .back
        case "hold": return .hold
        case "resume": return .resume
        case "extend": return .extend(seconds: try fields.count("seconds"))
        case "skip": return .skip
        case "jump": return .jump(segmentID: try fields.int("segment"))
        case "end": return .end
        case "message": return .message(text: fields.optionalString("text") ?? "", blink: fields["blink"]?.boolValue ?? false)
        case "message-clear": return .clearMessage
        case "blank": return .blank(fields["on"]?.boolValue ?? true)
        case "undo": return .undo(entryID: try fields.int("undoes"))
        case "speaker": return .speaker(contributionID: fields.optionalInt("contribution"))
        case "rehearse": return .rehearse(planStart: fields["plan_start"]?.doubleValue.map { Date(timeIntervalSince1970: $0) })
        case "reset": return .reset
        default: return nil
        }
    }
}
