/// A terminal colour. `.ansi` is one of the 16 palette colours the user's terminal
/// defines; `.indexed` is an xterm-256 index; `.rgb` is downgraded for the terminal.
public enum Color: Hashable, Sendable {
    case `default`
    case ansi(UInt8)
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)
}

/// How many colours the terminal can show.
public enum ColorDepth: Int, Sendable {
    case none = 0, eight = 8, sixteen = 16, full = 256

    /// The depth for a terminal reporting `colors` colours (curses `COLORS`).
    public init(colorCount colors: Int) {
        switch colors {
        case 256...: self = .full
        case 16..<256: self = .sixteen
        case 8..<16: self = .eight
        default: self = .none
        }
    }
}

extension Color {
    /// The closest colour the given depth can show.
    public func downgraded(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (.default, _), (_, .none):
            return .default
        case (.ansi(let n), .eight):
            return .ansi(n % 16 >= 8 ? n % 16 - 8 : n % 16)
        case (.ansi(let n), _):
            return .ansi(n % 16)
        case (.indexed(let n), .full):
            return .indexed(n)
        case (.indexed(let n), _) where n < 16:
            return Color.ansi(n).downgraded(to: depth)
        case (.indexed(let n), _):
            let (r, g, b) = Color.rgbOfIndex(n)
            return .ansi(Color.nearest(r, g, b, among: depth == .eight ? 8 : 16))
        case (.rgb(let r, let g, let b), .full):
            return .indexed(Color.nearestIndex256(r, g, b))
        case (.rgb(let r, let g, let b), _):
            // Through the 256 palette first, as a terminal would, then to the ANSI set.
            let (r2, g2, b2) = Color.rgbOfIndex(Color.nearestIndex256(r, g, b))
            return .ansi(Color.nearest(r2, g2, b2, among: depth == .eight ? 8 : 16))
        }
    }

    /// xterm's default values for the 16 ANSI colours.
    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static func rgbOfIndex(_ n: UInt8) -> (Int, Int, Int) {
        let i = Int(n)
        if i < 16 { return ansiRGB[i] }
        if i < 232 {
            let c = i - 16
            return (cubeLevels[c / 36], cubeLevels[(c / 6) % 6], cubeLevels[c % 6])
        }
        let v = 8 + (i - 232) * 10
        return (v, v, v)
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        // Weighted towards green, roughly as the eye is.
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }

    static func nearestIndex256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let target = (Int(r), Int(g), Int(b))
        func level(_ v: Int) -> Int {
            var best = 0
            for (i, l) in cubeLevels.enumerated() where abs(l - v) < abs(cubeLevels[best] - v) { best = i }
            return best
        }
        let cube = 16 + 36 * level(target.0) + 6 * level(target.1) + level(target.2)
        let avg = (target.0 + target.1 + target.2) / 3
        let grey = 232 + min(23, max(0, (avg - 3) / 10))
        let cubeD = distance(rgbOfIndex(UInt8(cube)), target)
        let greyD = distance(rgbOfIndex(UInt8(grey)), target)
        return UInt8(greyD < cubeD ? grey : cube)
    }

    static func nearest(_ r: Int, _ g: Int, _ b: Int, among count: Int) -> UInt8 {
        var best = 0
        var bestD = Int.max
        for i in 0..<count {
            let d = distance(ansiRGB[i], (r, g, b))
            if d < bestD { bestD = d; best = i }
        }
        return UInt8(best)
    }
}
