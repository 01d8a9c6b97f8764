import Foundation

/// One contribution as it was actually presented: when the speaker was invited, when the next
/// was, and the holds and extensions in between. Its length is the speaker's actual time.
public struct SpeakerRun: Hashable, Sendable {
    public var contributionID: Int64
    /// The contributions block the speaker spoke in.
    public var segmentID: Int64
    public var startedAt: Date
    public var endedAt: Date?
    public var heldSeconds: TimeInterval = 0
    public var heldSince: Date?
    public var extensionSeconds = 0

    public init(contributionID: Int64, segmentID: Int64, startedAt: Date) {
        self.contributionID = contributionID
        self.segmentID = segmentID
        self.startedAt = startedAt
    }

    /// Speaking time at `now`, not counting time on hold.
    public func elapsed(at now: Date) -> TimeInterval {
        let end = endedAt ?? now
        let ongoingHold = heldSince.map { max(0, end.timeIntervalSince($0)) } ?? 0
        return max(0, end.timeIntervalSince(startedAt) - heldSeconds - ongoingHold)
    }

    mutating func close(at time: Date) {
        if let since = heldSince {
            heldSeconds += max(0, time.timeIntervalSince(since))
            heldSince = nil
        }
        endedAt = time
    }
}
