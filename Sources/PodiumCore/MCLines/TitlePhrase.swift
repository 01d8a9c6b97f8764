/// Titles and units composed the way a Vietnamese MC says them (DOMAIN.md §6): a unit type
/// inside a title is lower-case ("Phó Chủ tịch UBND xã A Mú Sung"), a word the title already
/// ends with is not said twice ("Chánh Văn phòng" + "Văn phòng UBND tỉnh"), and a title that
/// already names the unit is not followed by it again.
public enum TitlePhrase {
    /// Unit types written lower-case after a title or mid-sentence; proper names of bodies
    /// ("Sở Nội vụ", "Văn phòng UBND tỉnh") keep their capital.
    static let commonTypes = ["các", "những", "xã", "phường", "thị trấn", "tỉnh", "huyện", "thành phố", "thôn", "bản"]

    /// "Phó Chủ tịch UBND" and "Xã A Mú Sung" → "Phó Chủ tịch UBND xã A Mú Sung".
    public static func titleWithUnit(_ title: String, _ unit: String) -> String {
        let title = VietnameseText.normalize(title), unit = VietnameseText.normalize(unit)
        if unit.isEmpty { return title }
        if title.isEmpty { return unit }
        if VietnameseText.folded(title).contains(VietnameseText.folded(unit)) { return title }
        let titleWords = title.split(separator: " ").map(String.init)
        var unitWords = VietnameseText.midSentence(unit).split(separator: " ").map(String.init)
        // The longest run of words that ends the title and starts the unit is said once.
        let folded = { (words: ArraySlice<String>) in words.map(VietnameseText.folded) }
        for length in stride(from: min(titleWords.count, unitWords.count), through: 1, by: -1)
        where folded(titleWords.suffix(length)) == folded(unitWords.prefix(length)) {
            unitWords.removeFirst(length)
            break
        }
        return (titleWords + unitWords).joined(separator: " ")
    }

    /// `text` with a run of words said twice in a row said once: "Văn phòng Văn phòng UBND tỉnh"
    /// → "Văn phòng UBND tỉnh" (compared without case or accents).
    public static func withoutRepeats(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        var index = 0
        while index < words.count {
            var removed = false
            for length in stride(from: (words.count - index) / 2, through: 1, by: -1) {
                let first = words[index..<(index + length)].map(VietnameseText.folded)
                let second = words[(index + length)..<(index + 2 * length)].map(VietnameseText.folded)
                // Single short words may repeat on purpose ("từng từng"); only runs of two or more, or one long word.
                if first == second, length >= 2 || (first.first?.count ?? 0) > 3 {
                    words.removeSubrange((index + length)..<(index + 2 * length))
                    removed = true
                    break
                }
            }
            if !removed { index += 1 }
        }
        return words.joined(separator: " ")
    }

    /// "Hà Quang Anh, Chủ tịch UBND tỉnh"; the name alone without a title.
    public static func nameAndTitle(_ name: String, _ title: String) -> String {
        title.isEmpty ? name : "\(name), \(title)"
    }
}

extension VietnameseText {
    /// `text` as it reads inside a sentence: a leading common word or unit type is lower-cased
    /// ("Các xã, phường…" → "các xã, phường…", "Xã A Mú Sung" → "xã A Mú Sung").
    public static func midSentence(_ text: String) -> String {
        let lowered = text.lowercased()
        for type in TitlePhrase.commonTypes where lowered.hasPrefix(type + " ") || lowered == type {
            return type + text.dropFirst(type.count)
        }
        return text
    }
}
