import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore
import TermCore

/// `podium seat …`: the seating plan from the command line. Changes need `--role protocol`.
struct SeatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seat",
        abstract: HelpText.say(vi: "Xem và sửa sơ đồ chỗ ngồi (xếp tự động, chuyển, đổi chỗ, khóa, điểm danh).", en: "Shows and edits the seating plan (auto-assign, move, swap, lock, check in)."),
        subcommands: [Auto.self, UndoAuto.self, Clear.self, Move.self, Swap.self, Lock.self, Unlock.self, Checkin.self, List.self, SeatSettingsCommand.self]
    )

    /// Runs `body` on the open store, turning every failure into one line and exit 1.
    static func run(_ global: GlobalOptions, writes: Bool, _ body: (EventStore, Actor) throws -> Void) throws {
        try reportingErrors(global) {
            if writes && !global.role.may(.editSeating) {
                throw global.roleRefusal(vi: "sửa sơ đồ chỗ ngồi (việc của Lễ tân)", en: "edit the seating plan (protocol staff do)", allowed: [.protocol])
            }
            try body(try EventOpening.open(global, readOnly: !writes), global.actor)
        }
    }

    static func edit(_ global: GlobalOptions, _ change: SeatingChange, message: String) throws {
        try run(global, writes: true) { store, actor in
            try store.run(.seating(.edit(change)), by: actor, at: Date())
            TerminalText.say(message)
        }
    }

    struct Auto: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.say(vi: "Xếp chỗ cho mọi người theo nghi thức; giữ các ghế đã khóa. Hoàn tác bằng `podium seat undo-auto`.", en: "Seats everyone by protocol; locked seats are kept. Undo with `podium seat undo-auto`.")
        )
        @Flag(help: .say(vi: "Xếp lại hội trường dù đại biểu đã có ghế (bảng tên có thể đã đặt).", en: "Re-seat the hall even though delegates already have seats (place cards may be out)."))
        var replace = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try SeatCommand.run(global, writes: true) { store, actor in
                let seated = try store.load().seating.assignments.count
                if seated > 0 && !replace {
                    throw UsageError(description: global.say(
                        vi: "\(seated) đại biểu đã có ghế; xếp lại sẽ chuyển chỗ họ. Chạy lại với --replace để xếp lại cả hội trường (ghế đã khóa được giữ; `podium seat undo-auto` trả lại sơ đồ cũ)",
                        en: "\(seated) delegates already have seats; re-seating moves them. Run again with --replace to re-seat the hall (locked seats are kept; `podium seat undo-auto` puts the old plan back)"))
                }
                let result = try store.run(.seating(.autoAssign), by: actor, at: Date())
                let (event, unseated) = (try result.required(\.event), try result.required(\.unseated))
                let seatedNow = event.seating.assignments.count, total = event.delegates.count
                TerminalText.say(global.say(vi: "Đã xếp ghế cho \(seatedNow)/\(total) đại biểu.", en: "Seated \(seatedNow) of \(total) delegates."))
                if !unseated.isEmpty {
                    let seats = HallLayout(event.hall).usableSeatCount
                    TerminalText.warn("podium: " + global.lang.strings.errors.seating(.hallTooSmall(delegates: total, seats: seats), .commandLine))
                }
            }
        }
    }

    struct UndoAuto: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "undo-auto", abstract: HelpText.say(vi: "Trả lại các ghế mà lần xếp tự động gần nhất đã thay.", en: "Puts back the seats the last auto-assignment replaced.")
        )
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try SeatCommand.run(global, writes: true) { store, actor in
                let event = try store.run(.seating(.undoAutoAssign), by: actor, at: Date()).required(\.event)
                TerminalText.say(global.say(
                    vi: "Đã hoàn tác lần xếp chỗ tự động gần nhất: \(event.seating.assignments.count) đại biểu trở lại chỗ cũ.",
                    en: "Undid the last auto-assignment: \(event.seating.assignments.count) delegates are back in their previous seats."))
            }
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Bỏ xếp mọi ghế không khóa.", en: "Empties every seat that is not locked."))
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try SeatCommand.edit(global, .clear, message: global.say(vi: "Đã bỏ xếp mọi ghế không khóa.", en: "Cleared every unlocked seat."))
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Xếp một đại biểu (họ tên, không cần dấu) vào một ghế trống.", en: "Seats a delegate (name, accents optional) on an empty seat."))
        @Argument(help: .say(vi: "Họ tên đại biểu, ví dụ \"ngo hanh phuc\", hoặc số của đại biểu, ví dụ #12.", en: "The delegate's name, e.g. \"ngo hanh phuc\", or their number, e.g. #12.")) var delegate: String
        @Argument(help: .say(vi: "Số ghế, ví dụ B2-05 hoặc P3.", en: "The seat label, e.g. B2-05 or P3.")) var seat: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let query = delegate, label = seat
            try SeatCommand.run(global, writes: true) { store, actor in
                // The journal names the delegate by id, as the seating pane does: the name is looked up first.
                let found = try DelegateSearch.one(query, in: try store.load().delegates)
                try store.run(.seating(.edit(.move(delegateID: found.id, seat: label))), by: actor, at: Date())
                TerminalText.say(global.say(vi: "Đã chuyển \(query) đến ghế \(label.uppercased()).", en: "Moved \(query) to \(label.uppercased())."))
            }
        }
    }

    struct Swap: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Đổi chỗ người ngồi ở hai ghế.", en: "Exchanges the occupants of two seats."))
        @Argument(help: .say(vi: "Ghế thứ nhất, ví dụ B2-05 hoặc P3.", en: "The first seat, e.g. B2-05 or P3.")) var first: String
        @Argument(help: .say(vi: "Ghế thứ hai.", en: "The second seat.")) var second: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let a = first, b = second
            try SeatCommand.edit(global, .swap(a, b), message: global.say(vi: "Đã đổi chỗ \(a.uppercased()) và \(b.uppercased()).", en: "Swapped \(a.uppercased()) and \(b.uppercased())."))
        }
    }

    struct Lock: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Giữ người ngồi ở một ghế qua các lần xếp tự động và chuyển chỗ.", en: "Keeps a seat's occupant through auto-assignment and moves."))
        @Argument(help: .say(vi: "Ghế, ví dụ B2-05 hoặc P3.", en: "The seat, e.g. B2-05 or P3.")) var seat: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let label = seat
            try SeatCommand.edit(global, .setLocked(true, seat: label), message: global.say(vi: "Đã khóa ghế \(label.uppercased()).", en: "Locked \(label.uppercased())."))
        }
    }

    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Mở khóa một ghế.", en: "Releases a locked seat."))
        @Argument(help: .say(vi: "Ghế, ví dụ B2-05 hoặc P3.", en: "The seat, e.g. B2-05 or P3.")) var seat: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let label = seat
            try SeatCommand.edit(global, .setLocked(false, seat: label), message: global.say(vi: "Đã mở khóa ghế \(label.uppercased()).", en: "Unlocked \(label.uppercased())."))
        }
    }

    struct Checkin: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Đánh dấu một đại biểu đã đến (hoặc, với --undo, chưa đến).", en: "Marks a delegate as arrived (or, with --undo, not)."))
        @Argument(help: .say(vi: "Họ tên đại biểu, không cần dấu, hoặc số của đại biểu (#12).", en: "The delegate's name, accents optional, or their number (#12).")) var delegate: String
        @Flag(help: .say(vi: "Bỏ một lần điểm danh nhầm.", en: "Take back a check-in made by mistake.")) var undo = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try SeatCommand.run(global, writes: true) { store, actor in
                let found = try DelegateSearch.one(delegate, in: try store.load().delegates)
                // Said as it is, so a second scan at the door is not taken for a first.
                guard found.checkedIn == undo else {
                    TerminalText.say(undo
                        ? global.say(vi: "\(found.name) chưa được đánh dấu đã đến; không có gì để hủy.", en: "\(found.name) was not checked in; nothing to take back.")
                        : global.say(vi: "\(found.name) đã được đánh dấu đã đến từ trước.", en: "\(found.name) was already checked in."))
                    return
                }
                try store.run(.roster(.checkIn(delegateID: found.id, !undo)), by: actor, at: Date())
                TerminalText.say(undo
                    ? global.say(vi: "Đã hủy đánh dấu \(found.name) đã đến.", en: "\(found.name) is no longer checked in.")
                    : global.say(vi: "Đã đánh dấu \(found.name) đã đến.", en: "\(found.name) checked in."))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.say(vi: "Liệt kê mọi ghế và người ngồi.", en: "Lists every seat and who sits there."))
        @Flag(help: .say(vi: "In JSON: seat, section, row_from_stage (0 = đoàn chủ tịch), x_from_audience_left, aisle, delegate, delegate_id (số dùng trong các lệnh), precedence (1 = cao nhất), group, locked.", en: "Print JSON: seat, section, row_from_stage (0 = presidium), x_from_audience_left, aisle, delegate, delegate_id (the number commands take), precedence (1 = most senior), group, locked."))
        var json = false
        @OptionGroup var global: GlobalOptions

        struct Row: Encodable {
            var seat: String
            var section: String
            var rowFromStage: Int
            var xFromAudienceLeft: Int
            var aisle: Bool
            var usable: Bool
            var delegate: String?
            /// The number `seat checkin #N` and the other commands take.
            var delegateID: Int64?
            var precedence: Int?
            var group: String?
            var locked: Bool
            var checkedIn: Bool?

            // Nil values are written as null, not left out: every seat has every field.
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(seat, forKey: .seat)
                try container.encode(section, forKey: .section)
                try container.encode(rowFromStage, forKey: .rowFromStage)
                try container.encode(xFromAudienceLeft, forKey: .xFromAudienceLeft)
                try container.encode(aisle, forKey: .aisle)
                try container.encode(usable, forKey: .usable)
                try container.encode(delegate, forKey: .delegate)
                try container.encode(delegateID, forKey: .delegateID)
                try container.encode(precedence, forKey: .precedence)
                try container.encode(group, forKey: .group)
                try container.encode(locked, forKey: .locked)
                try container.encode(checkedIn, forKey: .checkedIn)
            }

            enum CodingKeys: String, CodingKey {
                case seat, section, rowFromStage, xFromAudienceLeft, aisle, usable, delegate, delegateID, precedence, group, locked, checkedIn
            }
        }

        func run() throws {
            try SeatCommand.run(global, writes: false) { store, _ in
                let chart = SeatingChart(event: try store.load())
                let rows = chart.entries.map { entry in
                    Row(
                        seat: entry.seat.label, section: entry.seat.section ?? "presidium",
                        rowFromStage: entry.seat.rowFromStage, xFromAudienceLeft: entry.seat.xFromAudienceLeft,
                        aisle: entry.seat.isAisle, usable: entry.seat.isUsable, delegate: entry.delegate?.name, delegateID: entry.delegate?.id,
                        precedence: entry.precedence, group: entry.delegate?.groupKey, locked: entry.locked,
                        checkedIn: entry.delegate?.checkedIn
                    )
                }
                if json {
                    TerminalText.sayJSON(try JSONOutput.encode(rows))
                } else {
                    // As wide as the longest label: a section named "Khu A" makes labels longer than "B12-05".
                    let width = max(7, rows.map { TextWidth.width(of: $0.seat) }.max() ?? 0)
                    let rank = global.say(vi: "ưu tiên", en: "precedence")
                    for row in rows where row.usable {
                        let who = row.delegate.map { "\($0) (#\(row.delegateID ?? 0) · \(rank) \(row.precedence ?? 0), \(row.group ?? ""))" } ?? "—"
                        TerminalText.say("\(TextWidth.pad(row.seat, toWidth: width)) \(row.aisle ? "▌" : " ") \(row.locked ? "🔒" : "  ") \(who)")
                    }
                    TerminalText.say(global.say(
                        vi: "▌ cạnh lối đi · 🔒 đã khóa · #số là số của đại biểu, dùng được trong các lệnh (podium seat checkin #12)",
                        en: "▌ on an aisle · 🔒 locked · #number is the delegate's number, which commands take (podium seat checkin #12)"))
                }
            }
        }
    }
}
