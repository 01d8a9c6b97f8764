/// Text attributes independent of colour.
public struct Modifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Modifiers(rawValue: 1 << 0)
    public static let dim = Modifiers(rawValue: 1 << 1)
    public static let italic = Modifiers(rawValue: 1 << 2)
    public static let underline = Modifiers(rawValue: 1 << 3)
    public static let reverse = Modifiers(rawValue: 1 << 4)
    public static let blink = Modifiers(rawValue: 1 << 5)

    /// Names as written in theme files.
    public static let byName: [String: Modifiers] = [
        "bold": .bold, "dim": .dim, "italic": .italic,
        "underline": .underline, "reverse": .reverse, "blink": .blink,
    ]
}

public struct Style: Hashable, Sendable {
    public var fg: Color
    public var bg: Color
    public var modifiers: Modifiers

    public init(fg: Color = .default, bg: Color = .default, modifiers: Modifiers = []) {
        self.fg = fg
        self.bg = bg
        self.modifiers = modifiers
    }

    public static let plain = Style()

    /// `other` layered on top: its non-default colours win, modifiers are united.
    public func patched(with other: Style) -> Style {
        Style(
            fg: other.fg == .default ? fg : other.fg,
            bg: other.bg == .default ? bg : other.bg,
            modifiers: modifiers.union(other.modifiers)
        )
    }

    /// Both colours downgraded to what `depth` can show.
    public func downgraded(to depth: ColorDepth) -> Style {
        Style(fg: fg.downgraded(to: depth), bg: bg.downgraded(to: depth), modifiers: modifiers)
    }
}
