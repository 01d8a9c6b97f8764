/// Why a programme change is refused. Screens word these in the user's language.
public enum AgendaProblem: Error, Hashable, Sendable {
    case emptyTitle
    case unknownKind(String)
    case badDuration(String)
    case badTime(String)
    case fixedBeforeEventStart(ClockTime, eventStart: ClockTime)
    case sameFixedStart(ClockTime, otherTitle: String)
    case badThreshold(String)
    case thresholdsOutOfOrder
}
