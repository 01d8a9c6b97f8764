import TermCore

/// One rendered screen: the cells to draw and where clicks go.
public struct Frame: Sendable {
    public var buffer: Buffer
    public var hitRegions: [HitRegion]
    /// Scroll offsets the panes settled on, kept for the next frame.
    public var scrollOffsets: [Pane: Int]
    /// Rows a page key moves in the current pane.
    public var pageSize: Int
    /// The screen shows a clock that moves every second (the status bar, the stage clock), so
    /// the loop redraws on each second; otherwise it sleeps until a key or a change.
    public var ticks = true

    /// The command a click at (x, y) means; the topmost region wins.
    public func command(atX x: Int, y: Int) -> AppCommand? {
        hitRegions.last { $0.rect.contains(x: x, y: y) }?.command
    }
}

public struct HitRegion: Sendable {
    public var rect: Rect
    public var command: AppCommand

    public init(rect: Rect, command: AppCommand) {
        self.rect = rect
        self.command = command
    }
}
