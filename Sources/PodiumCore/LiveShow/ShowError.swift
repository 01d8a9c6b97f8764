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
    // The speaker queue inside a contributions block.
    case notInContributions
    case speakerAlreadySpoke(Int64)
    case unknownSpeaker(Int64)
    case speakerWithdrawn(Int64)
    case noSpeakerLeft
    // Rehearsals.
    case rehearsalFinished
    case notARehearsal
    case nothingToReset

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
        case .notInContributions: "the contributions block is not running; move the show to it first (`show jump ID` or `show next`)"
        case .speakerAlreadySpoke(let id): "contribution \(id) has already been presented; see `podium speakers list`"
        case .unknownSpeaker(let id): "there is no contribution with id \(id); see the ids with `podium speakers list`"
        case .speakerWithdrawn(let id): "contribution \(id) is withdrawn; restore it first with `podium speakers restore \(id)`"
        case .noSpeakerLeft: "no speaker is left in the queue; use `podium show next` to leave the contributions block"
        case .rehearsalFinished: "the rehearsal has ended; set it aside with `podium show reset --yes` (R on pane 1) to start afresh"
        case .notARehearsal: "the show running is the real one, not a rehearsal; its journal cannot be set aside (undo with `show undo`)"
        case .nothingToReset: "there is no rehearsal to set aside; the show has not started"
        }
    }
}
