/// Why a live-show action cannot be taken now; `ErrorStrings` words it with what to do instead.
public enum ShowError: Error, Hashable, Sendable {
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
}
