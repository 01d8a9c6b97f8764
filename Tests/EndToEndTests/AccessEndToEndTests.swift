import Foundation
import Testing

/// Who on the machine may open an event file: its owner and its group, never anyone else.
@Suite(.serialized) struct AccessEndToEndTests {
    @Test func newFilesAreForOwnerAndGroupAndAccessGroupGivesThemToAGroup() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("access.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        func mode() throws -> Int? { try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int }
        #expect(try mode() == 0o660)

        let own = String(cString: getgrgid(getgid()).pointee.gr_name)
        let given = try tmux.podium(["access", "group", own, "--event", file])
        #expect(given.status == 0 && given.output.contains("cho nhóm “\(own)” (rw-rw----)"), "\(given.output)")
        #expect(try mode() == 0o660)
        let group = try FileManager.default.attributesOfItem(atPath: file)[.groupOwnerAccountID] as? Int
        #expect(group == Int(getgid()))

        let unknown = try tmux.podium(["access", "group", "no-such-group-podium", "--event", file, "--lang", "en"])
        #expect(unknown.status != 0 && unknown.output.contains("there is no group “no-such-group-podium”"), "\(unknown.output)")
        let mc = try tmux.podium(["access", "group", own, "--event", file, "--role", "mc"])
        #expect(mc.status != 0 && mc.output.contains("--role organizer"), "\(mc.output)")
    }

    @Test func aViewerWatchesThroughAConnectionThatCannotWrite() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("viewer.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        try tmux.start(["--event", file, "--role", "viewer", "--operator", "Khách"])
        try tmux.waitFor("○ chỉ đọc")
        try tmux.send("5")
        try tmux.waitFor("xong 0/30")
        // Another terminal's change still reaches it.
        #expect(try tmux.podium(["check", "done", "1", "--event", file]).status == 0)
        try tmux.waitFor("xong 1/30")
        try tmux.send("Space")
        try tmux.waitFor("xong 1/30")
        try tmux.send("q", "y")
        let journal = try tmux.podium(["journal", "--event", file, "--operator", "Khách"])
        #expect(journal.output.contains("Không có thao tác nào khớp"), "\(journal.output)")
    }
}
