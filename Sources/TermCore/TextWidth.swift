import Foundation
import PodiumText

public enum Alignment: Sendable {
    case left, center, right
}

/// Display width and sanitising of text bound for the terminal.
public enum TextWidth {
    // MARK: Sanitising

    /// Text safe to put on screen: one line under the rules every interface and document
    /// shares (`Sanitizer.clean`: escape sequences, controls and bidi controls out, tabs and
    /// line breaks one space, NFC). Zero-width joiners stay: an emoji sequence is one cluster
    /// and `width(of:)` counts it so; names lose them on the way in (`Sanitizer.cleanLine`).
    public static func sanitize(_ s: String) -> String {
        // Text that is only printable Latin, Vietnamese letters and box drawing has nothing to
        // strip and nothing to compose: a frame sanitises thousands of such strings.
        if s.unicodeScalars.allSatisfy({ isPlainNarrow($0.value) }) { return s }
        return Sanitizer.clean(s, keepNewlines: false)
    }

    // MARK: Width

    /// Display columns of already-sanitised text, summed over grapheme clusters.
    public static func width(of s: String) -> Int {
        // Plain text is one column a scalar: counted without breaking it into characters,
        // which cost more than anything else in drawing a table.
        var count = 0
        for scalar in s.unicodeScalars {
            guard isPlainNarrow(scalar.value) else { return s.reduce(0) { $0 + width(of: $1) } }
            count += 1
        }
        return count
    }

    /// 0 for clusters of only zero-width scalars, 2 for wide/fullwidth and emoji presentation, else 1.
    public static func width(of g: Character) -> Int {
        // Most of a screen is ASCII, Vietnamese letters and box drawing: one scalar, one column.
        // Looking up Unicode properties for them dominated the cost of a frame.
        if let only = g.unicodeScalars.first, g.unicodeScalars.count == 1, isPlainNarrow(only.value) { return 1 }
        let scalars = g.unicodeScalars
        guard let first = scalars.first(where: { !isZeroWidth($0) }) else { return 0 }
        if isWide(first.value) || first.properties.isEmojiPresentation { return 2 }
        if first.properties.isEmoji, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return 1
    }

    /// Printable Latin (with Vietnamese, precomposed), punctuation, box drawing and the
    /// geometric shapes up to U+25FC (the hall's ● and ○; U+25FD and U+25FE are emoji, wide):
    /// always one column, nothing to compose.
    static func isPlainNarrow(_ v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E, 0xA0...0x2FF, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2500...0x25FC: true
        default: false
        }
    }

    static func isZeroWidth(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return true
        default:
            let v = c.value
            return (0x1160...0x11FF).contains(v) || (0xFE00...0xFE0F).contains(v)
                || (0xE0100...0xE01EF).contains(v)
        }
    }

    /// East Asian Wide and Fullwidth blocks.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E,
             0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
             0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x1F300...0x1F64F,
             0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    // MARK: Layout helpers

    /// At most `toWidth` columns; when cut, ends with `ellipsis` (dropped if it cannot fit).
    public static func truncate(_ s: String, toWidth limit: Int, ellipsis: String = "…") -> String {
        guard limit > 0 else { return "" }
        if width(of: s) <= limit { return s }
        let ellipsisWidth = width(of: ellipsis)
        let budget = ellipsisWidth <= limit ? limit - ellipsisWidth : limit
        var result = ""
        var used = 0
        for g in s {
            let w = width(of: g)
            if used + w > budget { break }
            result.append(g)
            used += w
        }
        return ellipsisWidth <= limit ? result + ellipsis : result
    }

    /// Padded with spaces to exactly `toWidth` columns (truncated first if wider).
    public static func pad(_ s: String, toWidth target: Int, alignment: Alignment = .left) -> String {
        let text = width(of: s) > target ? truncate(s, toWidth: target) : s
        let gap = max(0, target - width(of: text))
        switch alignment {
        case .left: return text + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + text
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        }
    }

    /// Word-wrapped lines no wider than `width`; words longer than a line are broken.
    /// Newlines in the input start new paragraphs; each line is sanitised.
    public static func wrap(_ s: String, width limit: Int) -> [String] {
        guard limit > 0 else { return [] }
        var lines: [String] = []
        for paragraph in s.split(separator: "\n", omittingEmptySubsequences: false) {
            let clean = sanitize(String(paragraph))
            var line = ""
            var lineWidth = 0
            for word in clean.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = width(of: word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= limit {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > limit {
                    let (head, rest) = splitPrefix(word, width: limit)
                    lines.append(head)
                    word = rest
                    wordWidth = width(of: word)
                }
                line = word
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// The longest prefix fitting `width` columns (at least one cluster) and the rest.
    static func splitPrefix(_ s: String, width limit: Int) -> (String, String) {
        var used = 0
        var index = s.startIndex
        while index < s.endIndex {
            let w = width(of: s[index])
            if used + w > limit && index > s.startIndex { break }
            used += w
            index = s.index(after: index)
        }
        return (String(s[..<index]), String(s[index...]))
    }
}
