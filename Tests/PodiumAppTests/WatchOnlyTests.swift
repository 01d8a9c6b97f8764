import PodiumApp
import PodiumCore
import PodiumDemo
import TermCore
import Testing

/// A viewer or the stage view opens a writable file read-only on purpose: a refused key names
/// the role as the cause and the role that may change things; a file that cannot be written
/// is still named as such.
@Suite struct WatchOnlyTests {
    private func state(watchOnly: AppState.WatchOnly?, language: Language = .vi, pane: Pane) throws -> AppState {
        var state = AppState(event: try DemoEvent.make(), role: .viewer, operatorName: "lan", language: language,
                             now: Fixtures.morning, isReadOnly: true, watchOnly: watchOnly, timeZone: Fixtures.timeZone)
        state.pane = pane
        return state
    }

    private func press(_ key: Key, _ state: inout AppState) {
        if let command = state.command(for: .key(key), frame: nil) { state.apply(command) }
    }

    @Test func aViewerPressingAWriteKeyIsToldTheRoleIsWhy() throws {
        var seating = try state(watchOnly: .viewerRole, pane: .seating)
        #expect(seating.notice?.contains("Vai Người xem") == true, "\(seating.notice ?? "")")
        for key in ["s", "c"] {
            press(.char(Character(key)), &seating)
            let notice = try #require(seating.notice)
            #expect(notice.contains("--role mc, protocol hoặc organizer") && !notice.contains("Tệp sự kiện chỉ đọc"), "\(key): \(notice)")
        }
        var agenda = try state(watchOnly: .viewerRole, pane: .agenda)
        press(.char("s"), &agenda)
        #expect(agenda.notice?.hasPrefix("vai Người xem chỉ được xem") == true, "\(agenda.notice ?? "")")
        var english = try state(watchOnly: .viewerRole, language: .en, pane: .seating)
        press(.char("s"), &english)
        #expect(english.notice?.hasPrefix("The viewer role opens the file to watch only") == true, "\(english.notice ?? "")")
    }

    @Test func aReadOnlyFileIsStillNamedAsTheCause() throws {
        var seating = try state(watchOnly: nil, pane: .seating)
        press(.char("s"), &seating)
        #expect(seating.notice == "Tệp sự kiện chỉ đọc: mọi thay đổi bị tắt.")
        var agenda = try state(watchOnly: nil, pane: .agenda)
        press(.char("s"), &agenda)
        #expect(agenda.notice == "tệp chỉ đọc")
    }

    @Test func aWritableScreenHasNoWatchOnlyCause() throws {
        let state = AppState(event: try DemoEvent.make(), role: .mc, operatorName: "minh", language: .vi,
                             now: Fixtures.morning, isReadOnly: false, watchOnly: .viewerRole)
        #expect(state.watchOnly == nil && state.notice == nil)
    }
}
