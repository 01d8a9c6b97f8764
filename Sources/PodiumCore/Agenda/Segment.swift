/// One item of the programme (chương trình).
public struct Segment: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var position: Int
    public var title: String
    public var kind: SegmentKind
    public var plannedSeconds: Int
    /// A start the segment must not move from (a leader's arrival, a live broadcast).
    public var fixedStart: ClockTime?
    /// Who presents: a delegate's name and title, or free text ("MC", "Sở Nội vụ").
    public var presenter: String
    /// The exact words the MC says to open this segment.
    public var mcLines: String
    /// Notes for the technical crew: music, slides, microphones.
    public var cues: String
    /// Remaining time at which the clock turns to warning and to danger.
    public var warningSeconds: Int
    public var dangerSeconds: Int

    public init(
        id: Int64, position: Int, title: String, kind: SegmentKind, plannedSeconds: Int,
        fixedStart: ClockTime? = nil, presenter: String = "", mcLines: String = "", cues: String = "",
        warningSeconds: Int? = nil, dangerSeconds: Int? = nil
    ) {
        self.id = id
        self.position = position
        self.title = title
        self.kind = kind
        self.plannedSeconds = plannedSeconds
        self.fixedStart = fixedStart
        self.presenter = presenter
        self.mcLines = mcLines
        self.cues = cues
        let defaults = Segment.defaultThresholds(plannedSeconds: plannedSeconds)
        self.warningSeconds = warningSeconds ?? defaults.warning
        self.dangerSeconds = dangerSeconds ?? defaults.danger
    }

    /// Short segments get a 1-minute warning and 30 s danger; long ones 5 and 2 minutes,
    /// so a 3-minute greeting does not turn amber half-way through.
    public static func defaultThresholds(plannedSeconds: Int) -> (warning: Int, danger: Int) {
        switch plannedSeconds {
        case ..<300: return (60, 30)
        case ..<1200: return (120, 60)
        default: return (300, 120)
        }
    }
}
