import Foundation
import Testing

/// `podium programme edit --based-on ID`: an edit of a field someone changed after the journal
/// entry the editor had seen is refused naming them; an edit of another field goes in and
/// keeps theirs.
@Suite struct ProgrammeBasedOnEndToEndTests {
    @Test func anEditBasedOnAnOlderJournalIsRefusedOnlyForTheFieldsChangedSince() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("event.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let journal = try tmux.podium(["journal", "--json", "--last", "1", "--event", file]).output
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(journal.utf8)) as? [[String: Any]], "\(journal)")
        let seen = try #require(entries.last?["id"] as? Int, "\(journal)")
        let theirs = try tmux.podium(["programme", "edit", "1", "--title", "Khai mạc (Lan)", "--event", file, "--role", "organizer", "--operator", "Lan"])
        #expect(theirs.status == 0, "\(theirs.output)")
        let common = ["--based-on", "\(seen)", "--event", file, "--role", "organizer", "--operator", "Hà", "--lang", "en"]
        let refused = try tmux.podium(["programme", "edit", "1", "--title", "Khai mạc (Hà)"] + common)
        #expect(refused.status != 0)
        #expect(refused.output.contains("Lan (organizer) changed the segment “Khai mạc (Lan)” at "), "\(refused.output)")
        #expect(!refused.output.lowercased().contains("sqlite"))
        let other = try tmux.podium(["programme", "edit", "1", "--minutes", "12"] + common)
        #expect(other.status == 0, "\(other.output)")
        let list = try tmux.podium(["programme", "list", "--event", file, "--lang", "en"]).output
        #expect(list.contains("Khai mạc (Lan)") && !list.contains("Khai mạc (Hà)"), "\(list)")
    }
}
