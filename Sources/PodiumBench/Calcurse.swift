import Foundation
import Glibc

/// The peer: calcurse (`apt-get install -y calcurse`), a terminal organiser, in a folder of
/// its own with 200 appointments (today and the days around it, so it opens on them) and 200 todos.
struct Calcurse {
    static let binary = "/usr/bin/calcurse"
    let folder: URL

    /// Nil when calcurse is not installed.
    init?(folder: URL) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else { return nil }
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let formatter = DateFormatter()
        formatter.dateFormat = "MM/dd/yyyy"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        let appointments = (0..<200).map { index in
            let day = formatter.string(from: Date().addingTimeInterval(Double(index % 7 - 3) * 86_400))
            let hour = 8 + index % 10
            return String(format: "%@ @ %02d:00 -> %@ @ %02d:30 |Cuộc họp số %d", day, hour, day, hour, index)
        }
        try (appointments.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("apts"), atomically: true, encoding: .utf8)
        let todos = (0..<200).map { "[\($0 % 10)] Việc cần làm số \($0)" }
        try (todos.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("todo"), atomically: true, encoding: .utf8)
    }

    var argv: [String] { [Self.binary, "-D", folder.path] }

    func writeCalendar(events: Int, to url: URL) throws {
        var text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//podium-bench//EN\r\n"
        for index in 0..<events {
            let hour = String(format: "%02d", 8 + index % 10)
            text += "BEGIN:VEVENT\r\nUID:\(index)@podium-bench\r\nDTSTART:20260326T\(hour)0000\r\nDTEND:20260326T\(hour)3000\r\nSUMMARY:Sự kiện \(index)\r\nEND:VEVENT\r\n"
        }
        text += "END:VCALENDAR\r\n"
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Imports into a fresh copy of an empty folder, so every run does the same work.
    func importCalendar(_ url: URL) throws {
        let scratch = folder.deletingLastPathComponent().appendingPathComponent("calcurse-import")
        try? FileManager.default.removeItem(at: scratch)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try LiveBench.run([Self.binary, "-D", scratch.path, "-i", url.path])
    }
}
