import ArgumentParser
import Foundation
import PodiumApp
import PodiumCore
import PodiumStore

/// `podium speakers …`: the contributions (tham luận) queue from the command line.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "Lists the contributions and invites, withdraws, restores, moves and adds speakers.",
        discussion: """
            Inside the running contributions block `podium show next` and `podium speakers next` both \
            invite the speaker on deck; `show next` leaves the block once nobody is waiting. Every change \
            is journaled; terminals on the same file follow within a second.
            """,
        subcommands: [List.self, Next.self, Withdraw.self, Restore.self, Move.self, Add.self]
    )

    static func run(
        _ global: GlobalOptions, edit: Bool = true, readOnly: Bool = false, _ body: (EventStore, Actor) throws -> Void
    ) throws {
        try reportingErrors(global) {
            if edit, !global.role.may(.editSpeakers) {
                throw global.roleRefusal(vi: "sửa danh sách tham luận", en: "change the speaker queue", allowed: [.mc, .protocol, .organizer])
            }
            try body(try EventOpening.open(global, readOnly: readOnly), global.actor)
        }
    }

    static func printQueue(_ store: EventStore, _ global: GlobalOptions) throws {
        for entry in try store.speakerQueue(at: Date()).entries {
            TerminalText.say(SpeakersList.line(entry, global.lang))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists the queue in speaking order with live status and time spoken.")
        @Flag(help: "Print JSON: for each, id, position, topic, unit, speaker, allotted_s, status, spoken_s.") var json = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try SpeakersCommand.run(global, edit: false, readOnly: true) { store, _ in
                let queue = try store.speakerQueue(at: Date())
                json ? TerminalText.sayJSON(try SpeakersList.json(queue)) : TerminalText.say(queue.entries.map { SpeakersList.line($0, global.lang) }.joined(separator: "\n"))
            }
        }
    }

    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Thanks the speaker at the podium and invites the one on deck.")
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try SpeakersCommand.run(global, edit: false) { store, actor in
                try global.requireShowDriver()
                let queue = try store.speakerQueue(at: Date())
                guard queue.blockIsLive else { throw Refusal.show(.notInContributions) }
                guard let onDeck = queue.onDeck else { throw Refusal.show(.noSpeakerLeft) }
                try store.perform(LiveShowCommand(.speaker(contributionID: onDeck.id)), by: actor, at: Date())
                try SpeakersCommand.printQueue(store, global)
            }
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Withdraws a contribution (kept in the list, skipped by next).")
        @Argument(help: "The contribution id (see `speakers list`).") var id: Int64
        @Flag(help: "Withdraw even the speaker at the podium; their time so far is kept.") var force = false
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try SpeakersCommand.run(global) { store, actor in
                try store.withdrawContribution(id: id, force: force, by: actor, at: Date())
                try SpeakersCommand.printQueue(store, global)
            }
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Puts a withdrawn contribution back in the queue at its place.")
        @Argument(help: "The contribution id.") var id: Int64
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try SpeakersCommand.run(global) { store, actor in
                try store.restoreContribution(id: id, by: actor, at: Date())
                try SpeakersCommand.printQueue(store, global)
            }
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Moves a contribution to another place in the queue.")
        @Argument(help: "The contribution id.") var id: Int64
        @Argument(help: "The new position, from 1 to the number of contributions.") var position: Int
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try SpeakersCommand.run(global) { store, actor in
                try store.moveContribution(id: id, to: position, by: actor, at: Date())
                try SpeakersCommand.printQueue(store, global)
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Adds an unplanned contribution at the end of the queue.")
        @Option(help: "The title of the contribution.") var topic: String
        @Option(help: "The presenting unit.") var unit: String
        @Option(help: "The speaker's name; must be in the delegate roster (or use --add-delegate).") var speaker: String = ""
        @Option(help: "The speaker's title; default: the roster's.") var title: String = ""
        @Option(help: "Allotted minutes, 1 to 60.") var minutes: Int = 8
        @Flag(help: "Add a speaker who is not in the roster to it (needs --group).") var addDelegate = false
        @Option(help: "The participant group key for --add-delegate (see `podium info`).") var group: String?
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try SpeakersCommand.run(global) { store, actor in
                if addDelegate, group == nil {
                    throw UsageError(description: global.say(
                        vi: "--add-delegate cần --group MÃ_NHÓM, nhóm đại biểu để thêm người trình bày vào",
                        en: "--add-delegate needs --group KEY, the participant group to add the speaker to"))
                }
                let draft = ContributionDraft(topic: topic, unit: unit, speakerName: speaker, speakerTitle: title, minutes: minutes)
                let added = try store.addContribution(draft, addDelegateToGroup: addDelegate ? group : nil, by: actor, at: Date())
                TerminalText.say(global.say(
                    vi: "Đã thêm tham luận \(added.id) ở vị trí \(added.position).", en: "Added contribution \(added.id) at position \(added.position)."))
            }
        }
    }
}
