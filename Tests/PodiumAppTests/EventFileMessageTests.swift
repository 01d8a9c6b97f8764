import Foundation
import PodiumCore
import PodiumDocuments
import Testing
@testable import PodiumApp

/// The event file reader's problems are typed, and read in the interface's language,
/// Vietnamese or English, with their line and column kept.
@Suite struct EventFileMessageTests {
    let vi = UIStrings.vietnamese.spreadsheet
    let en = UIStrings.english.spreadsheet

    /// One of each issue, with the values its text must show.
    static let samples: [(EventFileIssue, [String])] = [
        (.empty, ["podium export event"]), (.syntax(detail: "found unexpected end of stream"), ["found unexpected end of stream", "YAML"]),
        (.repeatedKeys(["title"]), ["title"]), (.notUTF8(detail: "invalid byte"), ["invalid byte", "UTF-8"]),
        (.notAMapping(.hallSection), [": "]),
        (.unknownField(.rankRule, field: "level", known: ["pattern", "rank"]), ["\"level\"", "pattern, rank"]),
        (.repeatedField(.event, field: "title"), ["\"title\""]), (.missingField(.delegate, field: "name"), ["\"name\""]),
        (.notWholeNumber(field: "batch_size", lowest: 1, highest: 50), ["\"batch_size\"", "1", "50"]),
        (.notTrueOrFalse(field: "locked"), ["\"locked\"", "true", "false"]),
        (.notADate(text: "2026-13-40"), ["2026-13-40", "2026-03-26"]), (.notATime(text: "25:00"), ["25:00", "08:00"]),
        (.notAChoice(field: "viewpoint", text: "balcony", allowed: ["stage", "audience"]), ["viewpoint", "balcony", "stage, audience"]),
        (.notAList(field: "rules"), ["\"rules\"", "\"- \""]),
        (.entryNotWholeNumber(field: "inner_aisles", lowest: 1, highest: 1000), ["\"inner_aisles\"", "1", "1000"]),
        (.entryNotText(field: "aliases"), ["\"aliases\""]), (.notText(field: "title"), ["\"title\""]),
        (.newerFormat(version: 9, supported: 7), ["9", "7"]), (.noEventSection, ["\"event\""]),
        (.settingNotText, ["\""]), (.settingsNotMapping, ["\"settings\""]),
        (.unknownTimeZone("Asia/Hanoi"), ["Asia/Hanoi", "Asia/Ho_Chi_Minh"]),
        (.unknownGroupKey("press2", known: ["press", "leaders"]), ["press2", "press, leaders"]),
        (.unknownFlag("vip", known: ["press", "speaker"]), ["vip", "press, speaker"]),
        (.unknownSegment(id: 12), ["12", "null"]), (.notASeat("A"), ["A", "3-12"]),
        (.repeatedID(.checklistItem, id: 4), ["4"]),
        (.unknownDelegate(id: 9, as: .speaker), ["9", "\"delegates\""]), (.unknownDelegate(id: 3, as: .presenter), ["3", "\"delegates\""]),
        (.seatForUnknownDelegate(id: 7), ["7", "\"delegates\""]), (.seatedTwice(id: 1, line: 16), ["1", "16"]),
        (.batchEntryNotID, ["\"recipients\""]), (.unknownRecipient(id: 5), ["5", "\"awards\""]),
        (.recipientInTwoBatches(id: 1, batch: 2), ["1", "2"]), (.emptyBatch, []),
        (.indexMaximaTotal(sum: IndexPoints(hundredths: 9000), declared: IndexPoints(hundredths: 10_000)), ["90", "100"]),
        (.unknownIndexGroup("xa"), ["xa", "\"groups\""]), (.indexUnitTwice("So A"), ["So A"]),
        (.notPoints(field: "total"), ["\"total\""]), (.noFinalPoints, ["\"final\""]),
        (.pointsCount(field: "final", count: 2, fields: 1), ["\"final\"", "2", "1"]), (.entryNotPoints(field: "final"), ["\"final\""]),
        (.aboveIndexMaximum(points: IndexPoints(hundredths: 1100), maximum: IndexPoints(hundredths: 1000), field: "The che"), ["11", "10", "The che"]),
    ]

    @Test func everyIssueReadsInBothLanguagesWithItsValues() {
        #expect(Set(Self.samples.map { Self.caseName($0.0) }).count == 43)
        for (issue, values) in Self.samples {
            let vietnamese = vi.issue(.eventFile(issue)), english = en.issue(.eventFile(issue))
            #expect(SpreadsheetMessageTests.looksVietnamese(vietnamese), "\(issue): \(vietnamese)")
            #expect(!SpreadsheetMessageTests.looksVietnamese(english), "\(issue): \(english)")
            for value in values {
                #expect(vietnamese.contains(value), "\(issue) in Vietnamese lacks \(value): \(vietnamese)")
                #expect(english.contains(value), "\(issue) in English lacks \(value): \(english)")
            }
        }
    }

    /// Every part of the file has a name in each language (it is the subject of some problems).
    @Test func everyPartIsNamed() {
        let parts: [EventFileIssue.Part] = [
            .file, .event, .programmeItem, .group, .delegate, .contribution, .awardDecision, .recipient, .checklistItem,
            .hall, .hallSection, .rankTable, .rankRule, .seating, .seatAssignment, .seatingSettings,
            .awardPlan, .awardBatch, .awardSettings, .index, .indexField, .indexTier, .indexGroup, .indexUnit,
        ]
        #expect(Set(parts.map { EventFileWords.part($0, vietnamese: true) }).count == parts.count)
        #expect(Set(parts.map { EventFileWords.part($0, vietnamese: false) }).count == parts.count)
        #expect(EventFileWords.part(.awardBatch, vietnamese: false) == "an award batch")
        #expect(EventFileWords.part(.rankRule, vietnamese: true) == "một quy tắc thứ bậc")
    }

    /// A hand-edited file refused in the interface's language, each line with its place.
    @Test func aHandEditedFileIsRefusedInBothLanguages() throws {
        let yaml = """
            podium: 1
            event: {title: T, date: 2026-03-26, start: "08:00", window_minutes: 240}
            rank_table:
              rules:
                - {pattern: Giám đốc, rank: 500, level: 2}
            seating:
              settings: {viewpoint: balcony, press_sides: left}
            award_plan:
              settings: {batch_size: 80}
            """
        var thrown: ImportProblems?
        do { _ = try EventYAMLReader.read(yaml) } catch { thrown = error }
        let problems = try #require(thrown)
        let english = en.report(problems, file: "e.yaml")
        #expect(english.contains("e.yaml:5:38: a rank rule has no field \"level\"; known fields: pattern, rank"))
        #expect(english.contains("e.yaml:7:25: \"balcony\" is not a valid viewpoint; use one of: stage, audience"))
        #expect(english.contains("e.yaml:7:34: the seating settings has no field \"press_sides\""))
        #expect(english.contains("e.yaml:9:26: \"batch_size\" must be a whole number from 1 to 50"))
        let vietnamese = vi.report(problems, file: "e.yaml")
        #expect(vietnamese.contains("e.yaml:5:38: một quy tắc thứ bậc không có trường \"level\"; các trường hợp lệ: pattern, rank"))
        #expect(vietnamese.contains("e.yaml:7:25: “balcony” không phải giá trị hợp lệ của \"viewpoint\"; hãy dùng một trong: stage, audience"))
        #expect(vietnamese.contains("e.yaml:9:26: \"batch_size\" phải là số nguyên từ 1 đến 50"))
    }

    @Test func syntaxErrorsKeepTheirPlaceAndSayWhatToFix() throws {
        var thrown: ImportProblems?
        do { _ = try EventYAMLReader.read("podium: 1\nevent:\n  title: \"unclosed\n  date: x\n") } catch { thrown = error }
        let problem = try #require(thrown?.problems.first)
        #expect(problem.line >= 3)
        #expect(vi.message(problem).contains("hãy sửa cú pháp YAML ở đó"))
        #expect(en.message(problem).contains("fix the YAML syntax there"))
    }

    static func caseName(_ issue: EventFileIssue) -> String {
        switch issue {
        case .empty: "empty"
        case .syntax: "syntax"
        case .repeatedKeys: "repeatedKeys"
        case .notUTF8: "notUTF8"
        case .notAMapping: "notAMapping"
        case .unknownField: "unknownField"
        case .repeatedField: "repeatedField"
        case .missingField: "missingField"
        case .notWholeNumber: "notWholeNumber"
        case .notTrueOrFalse: "notTrueOrFalse"
        case .notADate: "notADate"
        case .notATime: "notATime"
        case .notAChoice: "notAChoice"
        case .notAList: "notAList"
        case .entryNotWholeNumber: "entryNotWholeNumber"
        case .entryNotText: "entryNotText"
        case .notText: "notText"
        case .newerFormat: "newerFormat"
        case .noEventSection: "noEventSection"
        case .settingNotText: "settingNotText"
        case .settingsNotMapping: "settingsNotMapping"
        case .unknownTimeZone: "unknownTimeZone"
        case .unknownGroupKey: "unknownGroupKey"
        case .unknownFlag: "unknownFlag"
        case .unknownSegment: "unknownSegment"
        case .notASeat: "notASeat"
        case .repeatedID: "repeatedID"
        case .unknownDelegate(_, let role): "unknownDelegate.\(role)"
        case .seatForUnknownDelegate: "seatForUnknownDelegate"
        case .seatedTwice: "seatedTwice"
        case .batchEntryNotID: "batchEntryNotID"
        case .unknownRecipient: "unknownRecipient"
        case .recipientInTwoBatches: "recipientInTwoBatches"
        case .emptyBatch: "emptyBatch"
        case .indexMaximaTotal: "indexMaximaTotal"
        case .unknownIndexGroup: "unknownIndexGroup"
        case .indexUnitTwice: "indexUnitTwice"
        case .notPoints: "notPoints"
        case .noFinalPoints: "noFinalPoints"
        case .pointsCount: "pointsCount"
        case .entryNotPoints: "entryNotPoints"
        case .aboveIndexMaximum: "aboveIndexMaximum"
        }
    }
}
