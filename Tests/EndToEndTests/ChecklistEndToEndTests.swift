import Foundation
import Testing

/// Two terminals on one event file: a tick in one shows in the other within a second.
@Suite(.serialized) struct ChecklistEndToEndTests {
    @Test func tickInOneTerminalShowsInTheOther() throws {
        let a = try TmuxSession()
        let b = try TmuxSession()
        let file = a.home.appendingPathComponent("shared.podium").path
        let created = try a.podium(["new", file])
        #expect(created.status == 0, "\(created.output)")
        try a.start(["--event", file, "--role", "protocol", "--operator", "Hà"])
        try b.start(["--event", file, "--role", "organizer", "--operator", "Lan"])
        for session in [a, b] {
            try session.waitFor("Chương trình")
            try session.send("5")
            try session.waitFor("xong 0/30")
        }
        // The cursor starts on the first task, not its agency's heading.
        try a.send("Space")
        try a.waitFor("[x] Đầu mối tham mưu")
        // How fast it arrives is measured by podium-bench, not asserted here.
        try b.waitFor("[x] Đầu mối tham mưu")
        #expect(try b.capture().contains("xong 1/30"))

        // The command line sees the tick too.
        let listed = try a.podium(["check", "list", "--json", "--event", file])
        #expect(listed.output.contains("\"status\" : \"done\""))
        for session in [a, b] { try session.send("q", "y") }
    }

    @Test func badInputFromTheCommandLineChangesNothing() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("event.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let before = try tmux.podium(["check", "list", "--json", "--event", file]).output
        let attempts: [([String], String)] = [
            (["check", "done", "999"], "no checklist item with id 999"),
            (["check", "add", "Nước uống", "--agency", "Sở Nội vụ", "--due", "sáng mai"], "“sáng mai” is not understood"),
            (["check", "add", "Nước uống", "--agency", "Sở Nội vụ", "--gates", "duyệt binh"], "No programme segment matches “duyệt binh”"),
            (["check", "block", "3", " "], "give a reason"),
            (["check", "done", "3", "--role", "viewer"], "may not change the checklist"),
        ]
        for (arguments, message) in attempts {
            let result = try tmux.podium(arguments + ["--event", file, "--lang", "en"])
            #expect(result.status != 0)
            #expect(result.output.hasPrefix("podium: ") && result.output.contains(message), "\(result.output)")
            #expect(result.output.split(separator: "\n").count == 1)
        }
        #expect(try tmux.podium(["check", "list", "--json", "--event", file]).output == before)

        let report = tmux.home.appendingPathComponent("report.csv").path
        #expect(try tmux.podium(["export", "checklist", "--format", "csv", "--output", report, "--event", file]).status == 0)
        let again = try tmux.podium(["export", "checklist", "--format", "csv", "--output", report, "--event", file])
        #expect(again.status != 0 && again.output.contains("--force"))
        #expect(try tmux.podium(["export", "checklist", "--format", "csv", "--output", report, "--force", "--event", file]).status == 0)
    }
}
