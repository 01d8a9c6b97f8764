/// One screen cell. `text` is one grapheme; "" marks the right half of a wide character.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()

    /// True for the right half of a wide character.
    public var isWideTail: Bool { text.isEmpty }
}
