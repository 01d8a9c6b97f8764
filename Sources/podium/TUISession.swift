import Foundation
import PodiumApp
import PodiumCore
import PodiumStore
import TermCore
import TermCurses

extension CursesTerminal: TerminalScreen {}

/// Wires the event store, theme and ncurses terminal into the app loop.
struct TUISession {
    var options: GlobalOptions
    var view: AppState.View

    func run() throws {
        let terminalOptions = TerminalOptions()
        // Everything that can fail with a message is done before the screen switches,
        // so the message lands on a normal terminal.
        let theme = try ThemeLoading.load(options.theme, noColor: terminalOptions.noColor)
        // A viewer and the stage screen only watch: their connection cannot write, whatever a
        // bug in a key's handling might ask of it.
        let store = try EventOpening.open(options, readOnly: options.role == .viewer || view == .stage, live: true)
        // Such a screen is told that its role or view is why nothing changes, unless the file
        // could not be written anyway.
        let directory = URL(fileURLWithPath: store.path).deletingLastPathComponent().path
        let fileWritable = store.damage == nil && FileManager.default.isWritableFile(atPath: store.path)
            && FileManager.default.isWritableFile(atPath: directory)
        let watchOnly: AppState.WatchOnly? = !fileWritable ? nil : view == .stage ? .stageView : options.role == .viewer ? .viewerRole : nil
        let feed = try ChangeFeed(store: store)
        // The whole event, the show and the award progress in one read transaction.
        let mirror = try EventMirror(store: store)
        var state = AppState(
            event: mirror.event, role: options.role, operatorName: options.resolvedOperator,
            language: options.lang, now: Date(), isReadOnly: store.isReadOnly, watchOnly: watchOnly
        )
        state.show = mirror.show
        state.awards = mirror.awards
        state.indexReveal = mirror.indexReveal
        state.journal = mirror.recentJournal
        state.roleGrants = mirror.roleGrants
        state.fileOwner = SystemAccounts.owner(of: store.path)
        state.account = SystemAccounts.current
        state.view = view
        let resume = ResumeFile(paths: PodiumPaths(), eventPath: store.path, role: options.role.rawValue)
        if view == .main, let (pane, rows) = resume.read() { state.restore(pane: pane, rows: rows) }
        if let damage = store.damage {
            state.sync = .damaged
            state.notice = state.strings.reliability.damagedNotice(damage)
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(options: terminalOptions)
        } catch TerminalError.notATerminal {
            throw UsageError(description: options.say(
                vi: "đầu vào/đầu ra chuẩn không phải là terminal; hãy chạy podium trong một terminal (hoặc trong tmux)",
                en: "standard input/output is not a terminal; run podium in a terminal (or inside tmux)"))
        } catch TerminalError.cannotInitialize(let term) {
            throw UsageError(description: options.say(
                vi: "không khởi động được giao diện cho TERM='\(term)'; hãy đặt TERM là một kiểu đã biết, ví dụ xterm-256color",
                en: "cannot start the terminal UI for TERM='\(term)'; set TERM to a known type such as xterm-256color"))
        }
        defer { terminal.shutdown() }
        let loop = AppLoop(
            store: store, feed: feed, mirror: mirror, terminal: terminal, theme: theme, state: state, clock: { Date() },
            placeChanged: { pane, rows in if view == .main { resume.write(pane: pane, rows: rows) } }
        )
        loop.run()
        resume.remove()
    }
}
