import Foundation
import PodiumCore

/// The demo's PAR index: a fictional eight-field scheme totalling 100 and fictional 2025
/// results for the demo's departments, communes and wards (with a made-up 2024 total), read
/// from the same kind of table an organiser imports.
enum DemoIndex {
    static let resource = "par-index-2025"

    static func results() throws -> IndexResults {
        guard let url = Bundle.module.url(forResource: resource, withExtension: "csv", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
        else { throw DemoEvent.LoadError.missingResource("\(resource).csv") }
        var results: IndexResults
        do {
            results = try IndexReader.read(try CSVTable.parse(text), scheme: nil)
        } catch let error as CSVTable.ParseError {
            throw DemoEvent.LoadError.malformed("\(resource).csv", error)
        } catch let problems as ImportProblems {
            throw DemoEvent.LoadError.unreadable("\(resource).csv", problems)
        }
        results.scheme.title = "Chỉ số CCHC năm 2025"
        // A twenty-minute segment: everyone below third place at once, then the top three.
        results.scheme.reveal = .topThreeLast
        return results
    }
}
