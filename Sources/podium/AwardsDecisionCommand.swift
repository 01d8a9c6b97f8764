import ArgumentParser
import Foundation
import PodiumCore
import PodiumStore

/// `podium awards decision set …`: the commendation decision, so recipients can be imported
/// into an event that has none.
struct AwardsDecisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decision", abstract: HelpText.say(vi: "Đặt quyết định khen thưởng (số, ngày, người ký, hình thức khen thưởng).", en: "Sets the award decision (number, date, signer, form of award)."),
        subcommands: [SetDecision.self]
    )

    struct SetDecision: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: HelpText.say(vi: "Tạo quyết định khen thưởng, hoặc sửa quyết định đang có.", en: "Creates the award decision, or changes the one there is."),
            discussion: HelpText.say(vi: "Ví dụ: podium awards decision set 125/QĐ-UBND --date 2026-03-20 --signer \"Hà Quang Anh\" --form \"Bằng khen của Chủ tịch UBND tỉnh\"", en: "Example: podium awards decision set 125/QĐ-UBND --date 2026-03-20 --signer \"Hà Quang Anh\" --form \"Bằng khen của Chủ tịch UBND tỉnh\"")
        )
        @Argument(help: .say(vi: "Số quyết định, ví dụ 125/QĐ-UBND.", en: "The decision's number, e.g. 125/QĐ-UBND.")) var number: String
        @Option(help: .say(vi: "Ngày quyết định (YYYY-MM-DD hoặc DD/MM/YYYY).", en: "The decision's date (YYYY-MM-DD or DD/MM/YYYY).")) var date: String
        @Option(help: .say(vi: "Người ký.", en: "Who signed it.")) var signer: String?
        @Option(name: .customLong("signer-title"), help: .say(vi: "Chức vụ người ký, ví dụ Chủ tịch UBND tỉnh.", en: "The signer's title, e.g. Chủ tịch UBND tỉnh.")) var signerTitle: String?
        @Option(help: .say(vi: "Hình thức khen thưởng, ví dụ Bằng khen của Chủ tịch UBND tỉnh (quyết định \"về việc tặng\" hình thức này).", en: "The form of award, e.g. Bằng khen của Chủ tịch UBND tỉnh (the decision is \"về việc tặng\" it).")) var form: String?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try AwardsSupport.run(global) { store, actor in
                try AwardsSupport.require(global.role.may(.editAwardPlan), global, vi: "đặt quyết định khen thưởng", en: "set the award decision", [.organizer])
                let existing = try store.load().decisions.max { $0.id < $1.id }
                let decision: AwardDecision
                do throws(AwardDecisionDraft.Problem) {
                    decision = try AwardDecisionDraft(number: number, date: date, signer: signer, signerTitle: signerTitle, form: form)
                        .decision(base: existing)
                } catch {
                    switch error {
                    case .badNumber(let text):
                        throw UsageError(description: global.say(
                            vi: "\"\(text)\" không phải số quyết định; viết dạng 125/QĐ-UBND",
                            en: "\"\(text)\" is not a decision number; write it as 125/QĐ-UBND"))
                    case .badDate(let text):
                        throw UsageError(description: global.say(
                            vi: "--date \"\(text)\" không phải ngày; viết dạng 2026-03-20 hoặc 20/03/2026",
                            en: "--date \"\(text)\" is not a date; write it as 2026-03-20 or 20/03/2026"))
                    }
                }
                let saved = try store.run(.awards(.saveDecision(decision)), by: actor, at: Date()).required(\.decision)
                TerminalText.say(global.say(
                    vi: "Quyết định số \(saved.number) ngày \(saved.date?.vietnamese ?? date)\(saved.signer.isEmpty ? "" : " (\(saved.signer))") đã \(existing == nil ? "tạo" : "cập nhật").",
                    en: "Decision \(saved.number) of \(saved.date?.iso ?? date)\(saved.signer.isEmpty ? "" : " (\(saved.signer))") \(existing == nil ? "created" : "updated")."))
            }
        }
    }
}
