import PodiumCore

/// A printable document as a list of blocks, so one generator yields both Markdown and HTML
/// and each renderer escapes user text in one place.
public struct PrintDocument: Hashable, Sendable {
    public var title: String
    public var blocks: [Block]

    public enum Block: Hashable, Sendable {
        case heading(level: Int, text: String)
        case paragraph(String)
        /// A small grey line: time, presenter, duration.
        case meta(String)
        /// Words the MC reads aloud, kept line for line.
        case spoken(String)
        /// A note for the technical crew.
        case cue(String)
        case table(header: [String], rows: [[String]])
        case pageBreak
    }

    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}

/// Page set-ups the HTML renderer can print on.
public enum PageSetup: Sendable {
    case a4Portrait, a3Landscape

    var css: String {
        switch self {
        case .a4Portrait: "A4 portrait"
        case .a3Landscape: "A3 landscape"
        }
    }
}

enum TextEscaping {
    /// Characters Markdown would read as formatting (or as raw HTML) are backslash-escaped.
    static func markdown(_ text: String) -> String {
        var result = ""
        for character in Sanitizer.clean(text, keepNewlines: true) {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
