/// Why a change to the speaker queue is refused. Each says what to do instead.
public enum SpeakerQueueError: Error, Hashable, Sendable, CustomStringConvertible {
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

    public var description: String {
        switch self {
        case .unknown(let id): "there is no contribution with id \(id); see the ids with `podium speakers list`"
        case .emptyTopic: "the topic is empty; give the title of the contribution with --topic"
        case .emptyUnit: "the presenting unit is empty; give it with --unit"
        case .badMinutes(let minutes):
            "cannot allot \(minutes) minutes; give a whole number of minutes from 1 to \(Self.maximumMinutes)"
        case .positionOutOfRange(let position, let count):
            "there is no position \(position) in a queue of \(count); give a position from 1 to \(count)"
        case .alreadyWithdrawn(let id): "contribution \(id) is already withdrawn; restore it with `podium speakers restore \(id)`"
        case .notWithdrawn(let id): "contribution \(id) is not withdrawn; nothing to restore"
        case .alreadySpoke(let id): "contribution \(id) has already been presented and cannot be withdrawn"
        case .speakingNow(let id, let name):
            "\(name.isEmpty ? "contribution \(id)" : name) is speaking now; add --force to withdraw and end the contribution"
        case .speakerNotInRoster(let name):
            "\"\(name)\" is not in the delegate roster; add --add-delegate --group KEY to add the person, or check the spelling"
        case .unknownGroup(let key): "there is no participant group \"\(key)\"; see the group keys with `podium info`"
        }
    }
}
