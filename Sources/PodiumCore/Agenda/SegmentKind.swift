/// What a programme segment is, which decides its default thresholds and how the
/// MC screen treats it (a contributions block walks through speakers, awards through batches).
public enum SegmentKind: String, CaseIterable, Hashable, Sendable, Codable {
    case opening, report, announcement, contributions, speech, awards, closing, `break`, other
}
