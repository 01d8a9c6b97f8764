/// A rectangle of cells; `maxX`/`maxY` are exclusive.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func inset(by n: Int) -> Rect {
        Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n)
    }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    public func intersection(_ other: Rect) -> Rect {
        let nx = max(x, other.x), ny = max(y, other.y)
        return Rect(x: nx, y: ny, width: min(maxX, other.maxX) - nx, height: min(maxY, other.maxY) - ny)
    }

    /// Top part of `topHeight` rows (clamped) and the rest below it.
    public func splitVertically(topHeight: Int) -> (top: Rect, bottom: Rect) {
        let h = min(max(0, topHeight), height)
        return (Rect(x: x, y: y, width: width, height: h),
                Rect(x: x, y: y + h, width: width, height: height - h))
    }

    /// Left part of `leftWidth` columns (clamped) and the rest to its right.
    public func splitHorizontally(leftWidth: Int) -> (left: Rect, right: Rect) {
        let w = min(max(0, leftWidth), width)
        return (Rect(x: x, y: y, width: w, height: height),
                Rect(x: x + w, y: y, width: width - w, height: height))
    }

    /// Bottom `bottomHeight` rows and the rest above them.
    public func splitVertically(bottomHeight: Int) -> (top: Rect, bottom: Rect) {
        splitVertically(topHeight: height - min(max(0, bottomHeight), height))
    }

    /// Right `rightWidth` columns and the rest to their left.
    public func splitHorizontally(rightWidth: Int) -> (left: Rect, right: Rect) {
        splitHorizontally(leftWidth: width - min(max(0, rightWidth), width))
    }
}
