import Foundation
import PodiumCore

/// The queue as `speakers list` prints it: a line per contribution, or JSON for scripts.
enum SpeakersList {
    static func line(_ entry: SpeakerQueue.Entry) -> String {
        let c = entry.contribution
        let speaker = [c.speakerName, c.speakerTitle].filter { !$0.isEmpty }.joined(separator: ", ")
        let spoken = entry.spokenSeconds > 0 ? " spoke \(DurationText.clock(entry.spokenSeconds))" : ""
        return "\(c.id)\t\(c.position)\t\(entry.status.rawValue)\t\(c.allottedSeconds / 60) min\(spoken)\t\(c.unit)\t\(speaker)"
    }

    static func json(_ queue: SpeakerQueue) throws -> String {
        let items: [[String: Any]] = queue.entries.map { entry in
            let c = entry.contribution
            return [
                "id": c.id, "position": c.position, "topic": c.topic, "unit": c.unit, "speaker": c.speakerName,
                "title": c.speakerTitle, "allotted_s": c.allottedSeconds, "status": entry.status.rawValue,
                "spoken_s": entry.spokenSeconds,
            ]
        }
        let data = try JSONSerialization.data(withJSONObject: items, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
