import PodiumApp
import TermCore
import Testing

/// The key table is the one source of keys, help and footer: it must never bind one key twice
/// where both would apply, and the footer must only name keys that work where it is shown.
@Suite struct KeyTableTests {
    @Test(arguments: Pane.allCases)
    func noTwoBindingsOnAPaneShareAKey(_ pane: Pane) {
        let keys = KeyMap.bindings(on: pane).flatMap(\.keys)
        let repeated = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys
        #expect(repeated.isEmpty, "pane \(pane) binds \(Array(repeated)) more than once")
    }

    @Test func noTwoBindingsInOneScopeShareAKey() {
        let scopes = Dictionary(grouping: KeyMap.bindings, by: \.scope)
        for (scope, bindings) in scopes {
            let keys = bindings.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(scope) binds a key twice")
        }
    }

    @Test(arguments: Pane.allCases, Language.allCases)
    func theFooterNamesOnlyKeysBoundThere(_ pane: Pane, _ language: Language) {
        let footer = KeyMap.footer(on: pane, language.strings.footer)
        #expect(!footer.isEmpty)
        let shown = KeyMap.bindings(on: pane).compactMap(\.footer?.key)
        for entry in footer.components(separatedBy: " · ") {
            let key = entry.split(separator: " ").first.map(String.init) ?? entry
            #expect(shown.contains(key) || key == "?", "footer of \(pane) names \(key), which is not in its footer bindings")
        }
    }

    @Test func theFootersReadAsBefore() {
        #expect(KeyMap.footer(on: .agenda, Language.vi.strings.footer) == "1-6 chuyển khung · Tab tiếp · ? phím tắt · L English · q thoát")
        #expect(KeyMap.footer(on: .seating, Language.en.strings.footer) == "1-6 panes · Tab next · ? keys · L Tiếng Việt · q quit")
        #expect(KeyMap.footer(on: .checklist, Language.vi.strings.footer)
            == "Space xong · b vướng · a/e/d thêm/sửa/xóa · n ghi chú · / lọc · v nhóm · ?")
        #expect(KeyMap.footer(on: .index, Language.en.strings.footer)
            == "f group · t tier · s sort · S reverse · / find · v view · Enter card · n reveal · p back · ?")
    }

    /// The keys that prepare the day come from the same table, each marked as preparing.
    @Test func thePreparingFootersComeFromTheTable() {
        #expect(KeyMap.footer(on: .seating, Language.vi.strings.footer, preparing: true)
            == "A tự xếp · H hội trường · N nhóm · T thứ bậc · O bậc riêng · S thiết lập · ?")
        #expect(KeyMap.footer(on: .awards, Language.en.strings.footer, preparing: true)
            == "Q decision · a add · e edit · x Del remove · m move · s split · M merge · ?")
        for pane in Pane.allCases {
            let preparing = KeyMap.bindings(on: pane).filter { $0.footer?.preparing == true }
            #expect(preparing.allSatisfy { $0.scope == .pane(pane) }, "a preparing key of \(pane) is not the pane's own")
        }
    }
}
