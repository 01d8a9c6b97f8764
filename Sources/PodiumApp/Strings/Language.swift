/// The interface language. Vietnamese first: the conference is Vietnamese.
public enum Language: String, CaseIterable, Sendable {
    case vi, en

    public var strings: UIStrings {
        switch self {
        case .vi: .vietnamese
        case .en: .english
        }
    }

    public var toggled: Language { self == .vi ? .en : .vi }
}
