import Foundation

/// One segment as it actually ran: what the report compares with the plan.
public struct SegmentRun: Hashable, Sendable {
    public var segmentID: Int64
    public var startedAt: Date
    public var endedAt: Date?
    /// Seconds the clock stood on hold during this run.
    public var heldSeconds: TimeInterval
    public var heldSince: Date?
    public var extensionSeconds: Int
    /// Operators who extended the segment, in order, for "who caused the overrun".
    public var extendedBy: [String]
    public var skipped: Bool

    public init(segmentID: Int64, startedAt: Date) {
        self.segmentID = segmentID
        self.startedAt = startedAt
        endedAt = nil
        heldSeconds = 0
        heldSince = nil
        extensionSeconds = 0
        extendedBy = []
        skipped = false
    }

    /// Running time at `now`, not counting time on hold.
    public func elapsed(at now: Date) -> TimeInterval {
        let end = endedAt ?? now
        let ongoingHold = heldSince.map { max(0, end.timeIntervalSince($0)) } ?? 0
        return max(0, end.timeIntervalSince(startedAt) - heldSeconds - ongoingHold)
    }

    /// Closes the run at `time`, folding any open hold into the held total.
    mutating func close(at time: Date, skipped: Bool = false) {
        if let since = heldSince {
            heldSeconds += max(0, time.timeIntervalSince(since))
            heldSince = nil
        }
        endedAt = time
        self.skipped = skipped
    }
}
