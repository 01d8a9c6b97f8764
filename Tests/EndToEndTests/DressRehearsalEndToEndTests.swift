import Foundation
import Testing

/// What the dress rehearsal found in the command line, in both of its languages.
@Suite(.serialized) struct DressRehearsalEndToEndTests {
    @Test func awardBatchesWarnWhenTheListOutrunsItsSegment() throws {
        let tmux = try TmuxSession()
        let event = tmux.home.appendingPathComponent("awards.podium").path
        #expect(try tmux.podium(["new", event]).status == 0)
        let fits = try tmux.podium(["awards", "batches", "--event", event])
        #expect(fits.status == 0 && !fits.output.contains("lưu ý: ước tính"), "\(fits.output)")
        #expect(try tmux.podium(["awards", "settings", "--per-recipient", "60", "--event", event, "--role", "organizer"]).status == 0)
        let vi = try tmux.podium(["awards", "batches", "--event", event])
        #expect(vi.status == 0 && vi.output.contains("lưu ý: ước tính 48:40 vượt thời lượng phần"), "\(vi.output)")
        let en = try tmux.podium(["awards", "batches", "--event", event, "--lang", "en"])
        #expect(en.output.contains("warning: the estimate 48:40 is longer than"), "\(en.output)")
        #expect(en.output.contains("by 13:40"), "\(en.output)")
    }

    @Test func newInAMissingFolderSaysWhichFolderToMake() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("some/missing/folder/ev.podium").path
        let folder = tmux.home.appendingPathComponent("some/missing/folder").path
        let vi = try tmux.podium(["new", file])
        #expect(vi.status != 0 && vi.output.contains("chưa có thư mục \(folder)") && vi.output.contains("mkdir -p"), "\(vi.output)")
        #expect(!vi.output.contains("create the event first"), "\(vi.output)")
        let en = try tmux.podium(["new", file, "--lang", "en"])
        #expect(en.status != 0 && en.output.contains("the folder \(folder) does not exist; create it first"), "\(en.output)")
        #expect(!FileManager.default.fileExists(atPath: folder))
    }
}
