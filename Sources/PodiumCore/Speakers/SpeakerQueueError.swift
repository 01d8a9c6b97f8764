/// Why a change to the speaker queue is refused; `ErrorStrings` words it with what to do instead.
public enum SpeakerQueueError: Error, Hashable, Sendable {
    case unknown(Int64)
    case emptyTopic
    case emptyUnit
    case badMinutes(Int)
    case positionOutOfRange(Int, count: Int)
    case alreadyWithdrawn(Int64)
    case notWithdrawn(Int64)
    case alreadySpoke(Int64)
    case speakingNow(Int64, name: String)
    case speakerNotInRoster(String)
    case unknownGroup(String)

    /// The longest a single contribution may be given: a longer one is a report, not a contribution.
    public static let maximumMinutes = 60
}
