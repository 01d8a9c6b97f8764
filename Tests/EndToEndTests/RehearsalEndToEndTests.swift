import Foundation
import Testing

/// Rehearsals through the real binary: an event dated long ago runs as a rehearsal that reset
/// sets aside (CLI and the R key, which asks); an event dated today reads the same planned
/// times on machines set to UTC and to Hà Nội.
@Suite(.serialized) struct RehearsalEndToEndTests {
    /// The demo event moved to `date` (YYYY-MM-DD), through its YAML as an office would.
    func event(dated date: String, in tmux: TmuxSession, name: String) throws -> String {
        let demo = tmux.home.appendingPathComponent("demo-\(name).podium").path
        let yaml = tmux.home.appendingPathComponent("\(name).yaml").path
        let event = tmux.home.appendingPathComponent("\(name).podium").path
        #expect(try tmux.podium(["new", demo]).status == 0)
        #expect(try tmux.podium(["export", "event", "--event", demo, "--output", yaml]).status == 0)
        // Only the event's own date (its line near the top); the checklist keeps its due dates.
        let original = try String(contentsOfFile: yaml, encoding: .utf8)
        let text = original.replacingOccurrences(of: "  date: \"2026-03-26\"\n", with: "  date: \"\(date)\"\n", options: [], range: original.range(of: "  date: \"2026-03-26\"\n"))
        try text.write(toFile: yaml, atomically: true, encoding: .utf8)
        let created = try tmux.podium(["new", event, "--from", yaml])
        #expect(created.status == 0, "\(created.output)")
        return event
    }

    func status(_ event: String, tz: String, tmux: TmuxSession) throws -> [String: Any] {
        var environment = tmux.environment
        environment["TZ"] = tz
        let run = try Spawn.run([TmuxSession.binary.path, "show", "status", "--json", "--event", event],
                                environment: environment.map { "\($0.key)=\($0.value)" }, captureOutput: true)
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }

    @Test func theSameEventReadsTheSamePlannedTimesInAnyMachineZone() throws {
        let tmux = try TmuxSession()
        let hanoi = try #require(TimeZone(identifier: "Asia/Ho_Chi_Minh"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = hanoi
        let today = calendar.dateComponents([.year, .month, .day], from: Date())
        let date = String(format: "%04d-%02d-%02d", today.year ?? 0, today.month ?? 0, today.day ?? 0)
        let event = try event(dated: date, in: tmux, name: "today")
        let utc = try status(event, tz: "UTC", tmux: tmux)
        let local = try status(event, tz: "Asia/Ho_Chi_Minh", tmux: tmux)
        #expect(utc["planned_end"] as? String == "\(date)T11:25:00+07:00")
        #expect(local["planned_end"] as? String == utc["planned_end"] as? String)
        #expect(utc["rehearsal"] as? Bool == false)
    }

    @Test func aRehearsalOnAnotherDayIsSetAsideAndItsReportKept() throws {
        let tmux = try TmuxSession()
        let event = try event(dated: "2001-01-01", in: tmux, name: "old")
        let before = try status(event, tz: "UTC", tmux: tmux)
        #expect(before["rehearsal"] as? Bool == true && before["over_under_s"] as? Int == 0)

        let start = try tmux.podium(["show", "start", "--override", "--event", event, "--role", "mc"])
        #expect(start.status == 0 && start.output.contains("TẬP DƯỢT"), "\(start.output)")
        #expect(start.output.contains("đúng giờ"))
        #expect(try tmux.podium(["show", "end", "--event", event, "--role", "mc"]).status == 0)
        let again = try tmux.podium(["show", "start", "--override", "--event", event, "--role", "mc"])
        #expect(again.status != 0 && again.output.contains("show reset --yes"))
        let unasked = try tmux.podium(["show", "reset", "--event", event, "--role", "mc"])
        #expect(unasked.status != 0 && unasked.output.contains("--yes"))
        let reset = try tmux.podium(["show", "reset", "--yes", "--event", event, "--role", "mc"])
        #expect(reset.status == 0, "\(reset.output)")
        #expect(try status(event, tz: "UTC", tmux: tmux)["stage"] as? String == "not_started")
        let report = try tmux.podium(["export", "report", "--rehearsal", "1", "--event", event])
        #expect(report.status == 0 && report.output.contains("TẬP DƯỢT"))

        // The TUI: a second rehearsal says so, and R asks before setting it aside.
        #expect(try tmux.podium(["show", "start", "--override", "--event", event, "--role", "mc"]).status == 0)
        try tmux.start(["--event", event, "--role", "mc"])
        try tmux.waitFor("TẬP DƯỢT")
        try tmux.send("R")
        try tmux.waitFor("Cất buổi tập dượt này")
        #expect(try status(event, tz: "UTC", tmux: tmux)["stage"] as? String == "running")
        try tmux.send("c")
        try tmux.waitFor("Chưa bắt đầu")
        #expect(try status(event, tz: "UTC", tmux: tmux)["stage"] as? String == "not_started")
    }
}
