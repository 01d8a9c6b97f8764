import Foundation
import Testing

/// Two organisers edit the same checklist item from two terminals: the second save is refused
/// naming the first and when, its form stays open with what was typed, and Enter then saves it
/// over knowingly; the first terminal follows.
@Suite(.serialized) struct FormConflictEndToEndTests {
    @Test func theSecondSaveOfTheSameItemIsRefusedAndKeepsItsText() throws {
        let a = try TmuxSession(width: 120, height: 32)
        let b = try TmuxSession(width: 120, height: 32)
        let file = a.home.appendingPathComponent("shared.podium").path
        let created = try a.podium(["new", file])
        #expect(created.status == 0, "\(created.output)")
        try a.start(["--event", file, "--role", "organizer", "--operator", "Lan"])
        try b.start(["--event", file, "--role", "organizer", "--operator", "Hà"])
        for session in [a, b] {
            try session.waitFor("Chương trình")
            try session.send("5")
            try session.waitFor("xong 0/30")
            // Both open the first item's form on the same screen.
            try session.send("e")
            try session.waitFor("Sửa công việc")
        }
        try a.send("C-u")
        try a.send("-l", "Đầu mối tham mưu (Lan)")
        try a.send("Enter")
        try b.waitFor("Đầu mối tham mưu (Lan)")
        try b.send("C-u")
        try b.send("-l", "Đầu mối tham mưu (Hà)")
        try b.send("Enter")
        let refused = try b.waitFor("Lan (Ban tổ chức) đã thay đổi")
        #expect(refused.contains("Sửa công việc") && refused.contains("Đầu mối tham mưu (Hà)"), "\(refused)")
        #expect(try a.podium(["check", "list", "--json", "--event", file]).output.contains("Đầu mối tham mưu (Lan)"))
        // Seen and confirmed: Enter saves it over Lan's title, and Lan's terminal follows.
        try b.send("Enter")
        try a.waitFor("Đầu mối tham mưu (Hà)")
        let journal = try a.podium(["journal", "--json", "--event", file]).output
        #expect(journal.components(separatedBy: "checklist.update").count - 1 == 2, "\(journal)")
        for session in [a, b] { try session.send("q", "y") }
    }
}
