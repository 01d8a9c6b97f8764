/// Why a live-show action cannot be taken now. Each says what to do instead.
public enum ShowError: Error, Hashable, Sendable, CustomStringConvertible {
    case alreadyStarted
    case notStarted
    case finished
    case noProgramme
    case atLastSegment
    case atFirstSegment
    case alreadyHeld
    case notHeld
    case badExtension(Int)
    case unknownSegment(Int64)
    case nothingToUndo
    case emptyMessage

    public var description: String {
        switch self {
        case .alreadyStarted: "the show has already started; use `show next` to move on or `show status` to see where it is"
        case .notStarted: "the show has not started; start it first with `show start`"
        case .finished: "the show has ended; undo the end with `show undo` to continue"
        case .noProgramme: "the programme has no segments; add segments before starting the show"
        case .atLastSegment: "this is the last segment; there is no next one (use `show end` to close the show)"
        case .atFirstSegment: "this is the first segment; there is no previous one"
        case .alreadyHeld: "the clock is already on hold; resume it with `show resume`"
        case .notHeld: "the clock is not on hold"
        case .badExtension(let minutes): "cannot extend by \(minutes) minutes; give a whole number of minutes from 1 to 120"
        case .unknownSegment(let id): "there is no segment with id \(id); see the ids with `podium show status --json` or the agenda pane"
        case .nothingToUndo: "there is no live action to undo"
        case .emptyMessage: "the message is empty; write the words to show on stage"
        }
    }
}
