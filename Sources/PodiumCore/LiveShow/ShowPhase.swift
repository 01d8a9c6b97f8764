/// How close the current segment is to its end: the colour *and* the word on screen.
public enum ShowPhase: String, Hashable, Sendable, CaseIterable {
    case normal, warning, danger, overtime

    public init(remainingSeconds: Int, warningSeconds: Int, dangerSeconds: Int) {
        if remainingSeconds < 0 {
            self = .overtime
        } else if remainingSeconds <= dangerSeconds {
            self = .danger
        } else if remainingSeconds <= warningSeconds {
            self = .warning
        } else {
            self = .normal
        }
    }
}
