import Testing
@testable import TermCore

@Suite struct ColorTests {
    @Test func rgbDowngrades() {
        #expect(Color.rgb(255, 0, 0).downgraded(to: .full) == .indexed(196))
        #expect(Color.rgb(0x5f, 0xaf, 0xd7).downgraded(to: .full) == .indexed(74))
        #expect(Color.rgb(0x1c, 0x1c, 0x1c).downgraded(to: .full) == .indexed(234))
        #expect(Color.rgb(255, 0, 0).downgraded(to: .sixteen) == .ansi(9))
        #expect(Color.rgb(200, 0, 0).downgraded(to: .eight) == .ansi(1))
        #expect(Color.rgb(250, 250, 250).downgraded(to: .eight) == .ansi(7))
        #expect(Color.rgb(10, 10, 10).downgraded(to: .sixteen) == .ansi(0))
    }

    @Test func paletteColoursDowngrade() {
        #expect(Color.ansi(12).downgraded(to: .eight) == .ansi(4))
        #expect(Color.ansi(12).downgraded(to: .sixteen) == .ansi(12))
        #expect(Color.indexed(196).downgraded(to: .sixteen) == .ansi(9))
        #expect(Color.indexed(3).downgraded(to: .eight) == .ansi(3))
        #expect(Color.indexed(42).downgraded(to: .full) == .indexed(42))
        #expect(Color.rgb(1, 2, 3).downgraded(to: .none) == .default)
        #expect(Color.default.downgraded(to: .full) == .default)
        #expect(ColorDepth(colorCount: 256) == .full && ColorDepth(colorCount: 8) == .eight && ColorDepth(colorCount: 0) == .none)
    }

    @Test func stylePatching() {
        let base = Style(fg: .ansi(7), bg: .ansi(0), modifiers: .dim)
        let top = Style(fg: .ansi(1), modifiers: .bold)
        #expect(base.patched(with: top) == Style(fg: .ansi(1), bg: .ansi(0), modifiers: [.dim, .bold]))
        #expect(base.patched(with: .plain) == base)
    }
}
