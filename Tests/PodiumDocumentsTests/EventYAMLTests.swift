import Foundation
import PodiumCore
import PodiumDemo
import Testing
@testable import PodiumDocuments

@Suite struct EventYAMLTests {
    @Test func demoRoundTripsByteForByte() throws {
        let demo = try DemoEvent.make()
        let first = EventYAMLWriter.yaml(EventFile(data: demo, settings: ["theme": "light"]))
        let read = try EventYAMLReader.read(first)
        let second = EventYAMLWriter.yaml(read)
        #expect(first == second)
        #expect(read.data.segments.count == demo.segments.count)
        #expect(read.data.recipients.count == demo.recipients.count)
        #expect(read.data.delegates == demo.delegates)
        #expect(read.data.checklist == demo.checklist)
        #expect(read.data.hall == demo.hall)
        #expect(read.settings == ["theme": "light"])
    }

    @Test func vietnameseIsWrittenAsTextAndKeysInFixedOrder() throws {
        let yaml = EventYAMLWriter.yaml(EventFile(data: try DemoEvent.make()))
        #expect(yaml.contains("title: Hội nghị công bố Chỉ số CCHC"))
        #expect(!yaml.contains("\\u"))
        let order = [
            "podium:", "event:", "settings:", "programme:", "groups:", "delegates:", "contributions:", "awards:", "checklist:", "hall:",
            "rank_table:", "seating:", "award_plan:",
        ]
        let positions = order.compactMap { key in yaml.range(of: "\n\(key)")?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
    }

    @Test func problemsCarryLineAndColumnAndAllAreReported() {
        let yaml = """
            podium: 1
            event:
              title: Hội nghị
              date: 2026-13-40
              start: "08:00"
              window_minutes: 240
            programme:
              - id: 1
                title: Khai mạc
                kind: opneing
                planned_seconds: 300
                colour: red
            """
        #expect(throws: ImportProblems.self) { try EventYAMLReader.read(yaml) }
        do {
            _ = try EventYAMLReader.read(yaml)
        } catch {
            let lines = error.report(file: "e.yaml").split(separator: "\n").map(String.init)
            #expect(lines.contains { $0.hasPrefix("e.yaml:4:9:") && $0.contains("notADate") })
            #expect(lines.contains { $0.hasPrefix("e.yaml:10:11:") && $0.contains("opneing") && $0.contains("opening") })
            #expect(lines.contains { $0.hasPrefix("e.yaml:12:5:") && $0.contains("colour") })
        }
    }

    @Test func syntaxErrorsSayWhere() {
        do {
            _ = try EventYAMLReader.read("podium: 1\nevent:\n  title: \"unclosed\n  date: x\n")
            Issue.record("expected a problem")
        } catch {
            #expect(error.problems.first?.line ?? 0 >= 3)
            guard case .eventFile(.syntax)? = error.problems.first?.issue else {
                Issue.record("expected a typed syntax problem, got \(error.problems)")
                return
            }
        }
    }

    @Test func missingIdsAreAssignedAndDuplicatesRefused() throws {
        let base = """
            podium: 1
            event: {title: T, date: 2026-03-26, start: "08:00", window_minutes: 240}
            checklist:
              - {id: 4, title: A}
              - {title: B}
            """
        let file = try EventYAMLReader.read(base)
        #expect(file.data.checklist.map(\.id) == [4, 5])
        #expect(throws: ImportProblems.self) {
            try EventYAMLReader.read(base + "\n  - {id: 4, title: C}\n")
        }
    }

    @Test func controlCharactersAreStrippedFromNames() throws {
        let yaml = """
            podium: 1
            event: {title: "Hội nghị\\e]0;pwned\\a\\e[31m đỏ", date: 2026-03-26, start: "08:00", window_minutes: 240}
            """
        let file = try EventYAMLReader.read(yaml)
        #expect(file.data.info.title == "Hội nghị đỏ")
    }
}
