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

    /// The role table from the command line: granted to a user and to a group, listed as text and
    /// JSON, enforced on every command that may write (and on the terminal interface), revoked.
    @Test func theRoleTableGrantsListsRefusesAndRevokes() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("roles.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let me = String(cString: try #require(getpwuid(geteuid())).pointee.pw_name)
        let myGroup = String(cString: try #require(getgrgid(getegid())).pointee.gr_name)
        let candidates: [String] = ["nobody", "daemon", "bin"]
        let other: String = try #require(candidates.first { $0 != me && getpwnam($0) != nil })

        let empty = try tmux.podium(["access", "list", "--event", file])
        #expect(empty.status == 0 && empty.output.contains("Bảng phân vai trống"), "\(empty.output)")

        let granted = try tmux.podium(["access", "grant", other, "mc", "--event", file])
        #expect(granted.status == 0 && granted.output.contains("Đã cấp vai MC cho người dùng “\(other)”"), "\(granted.output)")
        #expect(granted.output.contains("dòng đầu tiên"), "\(granted.output)")
        let group = try tmux.podium(["access", "grant", "@" + myGroup, "protocol", "--event", file, "--lang", "en"])
        #expect(group.status == 0 && group.output.contains("Granted the protocol role to members of the group “\(myGroup)”"), "\(group.output)")
        let again = try tmux.podium(["access", "grant", other, "mc", "--event", file, "--lang", "en"])
        #expect(again.status == 0 && again.output.contains("nothing changed"), "\(again.output)")
        let unknown = try tmux.podium(["access", "grant", "no-such-user-podium", "mc", "--event", file])
        #expect(unknown.status != 0 && unknown.output.contains("không có người dùng “no-such-user-podium”"), "\(unknown.output)")
        let asMC = try tmux.podium(["access", "grant", other, "protocol", "--event", file, "--role", "mc"])
        #expect(asMC.status != 0 && asMC.output.contains("--role organizer"), "\(asMC.output)")

        let list = try tmux.podium(["access", "list", "--event", file])
        #expect(list.status == 0, "\(list.output)")
        for line in ["  \(other)", "MC", "@\(myGroup)", "Lễ tân", "chủ tệp “\(me)” luôn nhận được vai Ban tổ chức", "Bạn (“\(me)”) được nhận vai: Lễ tân, Ban tổ chức, Người xem."] {
            #expect(list.output.contains(line), "\(line) in \(list.output)")
        }
        let json = try tmux.podium(["access", "list", "--event", file, "--json"])
        let listing = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any], "\(json.output)")
        #expect(Set(listing.keys) == ["file_owner", "grants", "os_user", "your_roles"])
        #expect(listing["file_owner"] as? String == me && listing["os_user"] as? String == me)
        #expect(listing["your_roles"] as? [String] == ["protocol", "organizer", "viewer"])
        let rows = try #require(listing["grants"] as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(Set(rows.first?.keys ?? [:].keys) == ["grantee", "kind", "name", "role", "granted_by", "granted_at"])
        #expect(rows.map { $0["grantee"] as? String } == [other, "@" + myGroup])
        #expect(rows.map { $0["kind"] as? String } == ["user", "group"])
        #expect(rows.allSatisfy { $0["granted_by"] as? String == me })

        // The owner may take organizer and, through the group, protocol; not mc.
        let refusedVI = try tmux.podium(["show", "start", "--event", file, "--role", "mc"])
        #expect(refusedVI.status != 0, "\(refusedVI.output)")
        for words in ["Người dùng hệ thống “\(me)” không được nhận vai MC", "được nhận vai: Lễ tân, Ban tổ chức, Người xem",
                      "Là chủ tệp sự kiện, “\(me)” luôn được nhận vai Ban tổ chức", "`podium access grant \(me) mc`"] {
            #expect(refusedVI.output.contains(words), "\(words) in \(refusedVI.output)")
        }
        let refusedEN = try tmux.podium(["show", "start", "--event", file, "--role", "mc", "--lang", "en"])
        #expect(refusedEN.status != 0, "\(refusedEN.output)")
        for words in ["The OS user “\(me)” may not take the mc role on this event", "As the event file's owner, “\(me)” may always take organizer",
                      "`podium access grant \(me) mc`"] {
            #expect(refusedEN.output.contains(words), "\(words) in \(refusedEN.output)")
        }
        // The terminal interface asks the same before its screen opens.
        let tui = try tmux.podium(["--event", file, "--role", "mc", "--lang", "en"])
        #expect(tui.status != 0 && tui.output.contains("may not take the mc role"), "\(tui.output)")
        #expect(try tmux.podium(["check", "done", "1", "--event", file, "--role", "protocol"]).status == 0)
        #expect(try tmux.podium(["show", "status", "--event", file, "--role", "mc"]).status == 0, "a read-only command is open to all")

        let revoked = try tmux.podium(["access", "revoke", other, "mc", "--event", file])
        #expect(revoked.status == 0 && revoked.output.contains("Đã thu hồi vai MC của người dùng “\(other)”"), "\(revoked.output)")
        let twice = try tmux.podium(["access", "revoke", other, "mc", "--event", file, "--lang", "en"])
        #expect(twice.status != 0 && twice.output.contains("has no row granting the mc role"), "\(twice.output)")
        let last = try tmux.podium(["access", "revoke", "@" + myGroup, "protocol", "--event", file, "--lang", "en"])
        #expect(last.status == 0 && last.output.contains("now empty"), "\(last.output)")
        #expect(try tmux.podium(["show", "start", "--override", "--event", file, "--role", "mc"]).status == 0, "an empty table lets anyone take any role")

        let journal = try tmux.podium(["journal", "--event", file, "--action", "access", "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(journal.output.utf8)) as? [[String: Any]], "\(journal.output)")
        #expect(entries.map { $0["action"] as? String } == ["access.grant", "access.grant", "access.revoke", "access.revoke"])
        #expect(entries.allSatisfy { $0["os_user"] as? String == me })
    }

    /// The organiser's form in the terminal interface writes the same table: a grant made there
    /// is listed by `podium access list` and refuses the role to another account at once.
    @Test func theTUIFormGrantsARole() throws {
        let tmux = try TmuxSession()
        let file = tmux.home.appendingPathComponent("tui-roles.podium").path
        #expect(try tmux.podium(["new", file]).status == 0)
        let me = String(cString: try #require(getpwuid(geteuid())).pointee.pw_name)
        let candidates: [String] = ["nobody", "daemon", "bin"]
        let other: String = try #require(candidates.first { $0 != me && getpwnam($0) != nil })
        try tmux.start(["--event", file, "--role", "organizer", "--operator", "Hoa"])
        try tmux.waitFor("đã đồng bộ")
        try tmux.send("V")
        try tmux.waitFor("Bảng trống: ai mở được tệp cũng nhận được mọi vai.")
        try tmux.send("-l", other)
        try tmux.send("Tab")
        try tmux.send("-l", "mc")
        try tmux.send("Enter")
        try tmux.send("V")
        try tmux.waitFor("\(other): MC")
        try tmux.send("Escape")
        let list = try tmux.podium(["access", "list", "--event", file, "--json"])
        #expect(list.output.contains("\"grantee\" : \"\(other)\""), "\(list.output)")
        let refused = try tmux.podium(["show", "start", "--event", file, "--role", "mc", "--lang", "en"])
        #expect(refused.status != 0 && refused.output.contains("may not take the mc role"), "\(refused.output)")
        try tmux.send("q", "y")
        let journal = try tmux.podium(["journal", "--event", file, "--action", "access"])
        #expect(journal.output.contains("Hoa (Ban tổ chức") && journal.output.contains("Cấp vai MC cho người dùng “\(other)”"), "\(journal.output)")
    }
}
