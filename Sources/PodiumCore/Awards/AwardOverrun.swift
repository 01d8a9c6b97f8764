/// The ceremony's estimate against the time the programme gives it: a list that cannot be
/// called in its segment is said before the day, not found out on stage.
public struct AwardOverrun: Hashable, Sendable {
    /// The whole ceremony as estimated: the decision read and every batch called.
    public var estimatedSeconds: Int
    /// The planned duration of the programme's awards segments, together.
    public var plannedSeconds: Int
    /// The first awards segment's title, to name it.
    public var segmentTitle: String

    public var excessSeconds: Int { estimatedSeconds - plannedSeconds }

    /// Nil when the estimate fits, or when the programme has no awards segment to fit into.
    public static func check(_ ceremony: AwardCeremony, event: EventData) -> AwardOverrun? {
        let segments = event.segments.filter { $0.kind == .awards }
        guard let first = segments.min(by: { $0.position < $1.position }), !ceremony.batches.isEmpty else { return nil }
        let planned = segments.reduce(0) { $0 + $1.plannedSeconds }
        let estimated = ceremony.estimatedTotalSeconds
        guard estimated > planned else { return nil }
        return AwardOverrun(estimatedSeconds: estimated, plannedSeconds: planned, segmentTitle: first.title)
    }
}
