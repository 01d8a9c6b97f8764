import Foundation
import PodiumApp
import PodiumCore

/// The queue as `speakers list` prints it: a line per contribution, or JSON for scripts.
enum SpeakersList {
    static func line(_ entry: SpeakerQueue.Entry, _ lang: Language) -> String {
        let c = entry.contribution
        let vi = lang == .vi
        let speaker = [c.speakerName, c.speakerTitle].filter { !$0.isEmpty }.joined(separator: ", ")
        let spokenClock = DurationText.clock(entry.spokenSeconds)
        let spoken = entry.spokenSeconds > 0 ? (vi ? " đã nói \(spokenClock)" : " spoke \(spokenClock)") : ""
        let status = lang.strings.contributionStatus(entry.status)
        return "\(c.id)\t\(c.position)\t\(status)\t\(c.allottedSeconds / 60) \(vi ? "phút" : "min")\(spoken)\t\(c.unit)\t\(speaker)"
    }

    struct Row: Encodable {
        var id: Int64
        var position: Int
        var topic: String
        var unit: String
        var speaker: String
        var title: String
        var allottedS: Int
        var status: String
        var spokenS: Int
    }

    static func json(_ queue: SpeakerQueue) throws -> String {
        try JSONOutput.text(queue.entries.map { entry in
            let c = entry.contribution
            return Row(
                id: c.id, position: c.position, topic: c.topic, unit: c.unit, speaker: c.speakerName, title: c.speakerTitle,
                allottedS: c.allottedSeconds, status: entry.status.rawValue, spokenS: entry.spokenSeconds
            )
        })
    }
}
