import ArgumentParser
import Foundation
import PodiumCore
import PodiumStore

/// `podium access`: who on this machine may open the event file. The file's permissions are the
/// boundary on one machine; the group is how the operators' own OS accounts share one event.
struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: HelpText.say(vi: "Ai trên máy này được mở tệp sự kiện.", en: "Who on this machine may open the event file."),
        subcommands: [GroupCommand.self]
    )

    struct GroupCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "group",
            abstract: HelpText.say(
                vi: "Giao tệp sự kiện (và các tệp -wal, -shm) cho một nhóm người dùng của hệ thống: người trong nhóm đọc và ghi được, người ngoài nhóm không.",
                en: "Gives the event file (and its -wal and -shm files) to an OS group: its members may read and write it, nobody else may."
            )
        )

        @Argument(help: .say(vi: "Tên nhóm người dùng của hệ thống, ví dụ podium.", en: "The OS group's name, e.g. podium."))
        var group: String

        @OptionGroup var global: GlobalOptions

        func run() throws {
            try reportingErrors(global) {
                guard global.role == .organizer else {
                    throw global.roleRefusal(vi: "đổi quyền mở tệp sự kiện", en: "change who may open the event file", allowed: [.organizer])
                }
                guard let entry = getgrnam(group) else {
                    throw UsageError(description: global.say(
                        vi: "không có nhóm “\(group)” trên máy này; tạo nhóm trước (sudo groupadd \(group)) rồi thêm người dùng vào (sudo usermod -aG \(group) TÊN)",
                        en: "there is no group “\(group)” on this machine; create it first (sudo groupadd \(group)) and add the users (sudo usermod -aG \(group) NAME)"))
                }
                let gid = entry.pointee.gr_gid
                let store = try EventOpening.open(global, readOnly: true)
                for path in [store.path, store.path + "-wal", store.path + "-shm"] where FileManager.default.fileExists(atPath: path) {
                    // uid_t.max leaves the owner as it is.
                    guard chown(path, uid_t.max, gid) == 0, chmod(path, EventStore.fileMode) == 0 else {
                        let reason = String(cString: strerror(errno))
                        throw UsageError(description: global.say(
                            vi: "không giao được \(path) cho nhóm “\(group)”: \(reason); chỉ chủ tệp là thành viên của nhóm mới làm được",
                            en: "could not give \(path) to the group “\(group)”: \(reason); only the file's owner, as a member of the group, can"))
                    }
                }
                TerminalText.say(global.say(
                    vi: "Đã giao \(store.path) cho nhóm “\(group)” (rw-rw----): người trong nhóm mở được với vai của mình, người ngoài nhóm không.",
                    en: "Gave \(store.path) to the group “\(group)” (rw-rw----): its members may open it in their roles, nobody else may."))
            }
        }
    }
}
