import Foundation
import PodiumCore

/// The built-in demo `laocai-par-2025`: the seed plan's conference with a synthetic,
/// clearly fictional roster and award list shipped as resources.
public enum DemoEvent {
    public static let templateName = "laocai-par-2025"

    public enum LoadError: Error, CustomStringConvertible {
        case missingResource(String)
        case unreadable(String, ImportProblems)
        case malformed(String, CSVTable.ParseError)

        public var description: String {
            switch self {
            case .missingResource(let name): "the demo resource \(name) is missing from the installation; rebuild Podium"
            case .unreadable(let name, let problems): problems.report(file: name)
            case .malformed(let name, let error): "\(name):\(error)"
            }
        }
    }

    public static func make() throws -> EventData {
        let info = EventInfo(
            title: "Hội nghị công bố Chỉ số CCHC năm 2025 và triển khai nhiệm vụ công tác cải cách hành chính năm 2026",
            planNumber: "…/KH-UBND",
            date: CivilDate(year: 2026, month: 3, day: 26),
            startTime: ClockTime(hour: 8, minute: 0),
            windowMinutes: 240,
            venue: "Trung tâm Hội nghị tỉnh Lào Cai",
            organiser: "UBND tỉnh Lào Cai (Sở Nội vụ chủ trì)"
        )
        let groups = DemoGroups.groups()
        let delegates: [Delegate]
        let recipients: [AwardRecipient]
        do {
            delegates = try RosterReader.delegates(from: table("delegates.csv"), groups: groups)
            recipients = try RosterReader.recipients(from: table("awards.csv"), decisionID: 1)
        } catch let problems as ImportProblems {
            throw LoadError.unreadable("demo roster", problems)
        }
        let decision = AwardDecision(
            id: 1, number: "512/QĐ-UBND", date: CivilDate(year: 2026, month: 3, day: 20),
            signer: "Hà Quang Anh", signerTitle: "Chủ tịch UBND tỉnh",
            subject: "về việc tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong thực hiện công tác cải cách hành chính năm 2025"
        )
        var event = EventData(
            info: info,
            segments: DemoProgramme.segments(),
            groups: groups,
            delegates: delegates,
            contributions: DemoContributions.contributions(),
            decisions: [decision],
            recipients: recipients,
            checklist: DemoChecklist.items(eventDate: info.date),
            hall: DemoHall.hall()
        )
        // Timings sized so the estimate fills the 35 minutes the plan gives the ceremony:
        // 2:40 to read the decision, 1 minute per batch for presenter and photo, 40 s for each of
        // the 41 recipients (nobody has checked in yet, so nobody counts as absent).
        event.awardPlan.settings = AwardSettings(secondsPerRecipient: 40, secondsPerBatch: 60, decisionReadingSeconds: 160)
        event.awardPlan = AwardCeremony.effectivePlan(event)
        // Everyone the MC will call up has a seat: the individuals and a place for each
        // collective's representative (one recipient is already on the roster and is marked).
        RecipientEnrolment.enrol(&event)
        // The demo opens with the plan protocol staff would start from.
        event.seating.assignments = SeatingAssigner.assign(event).assignments
        event.index = try DemoIndex.results()
        return event
    }

    private static func table(_ name: String) throws -> CSVTable {
        let parts = name.split(separator: ".")
        guard let url = Bundle.module.url(
            forResource: String(parts[0]), withExtension: String(parts[1]), subdirectory: "Resources"
        ), let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
        else { throw LoadError.missingResource(name) }
        do {
            return try CSVTable.parse(text)
        } catch {
            throw LoadError.malformed(name, error)
        }
    }
}
