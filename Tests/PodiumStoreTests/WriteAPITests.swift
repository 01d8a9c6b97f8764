import Foundation
import Testing

/// The store persists facts and never invents them: no public write takes an action name or a
/// payload of its own (the journal's vocabulary is `JournalFact`, built by the domain). Read
/// from the store's sources, since Swift cannot list a module's methods at run time.
@Suite struct WriteAPITests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/PodiumStore")

    /// Each public function's declaration, up to its opening brace.
    static func publicFunctions() throws -> [(file: String, declaration: String)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
        var result: [(String, String)] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            var rest = Substring(text)
            while let start = rest.range(of: "public func ") {
                let tail = rest[start.lowerBound...]
                let end = tail.firstIndex(of: "{") ?? tail.endIndex
                result.append((file, String(tail[..<end])))
                rest = tail[end...]
            }
        }
        return result
    }

    @Test func everyWriteTakesTypedValuesNotActionNamesOrPayloads() throws {
        let functions = try Self.publicFunctions()
        let writes = functions.filter { $0.declaration.contains("by actor: Actor") }
        #expect(writes.count > 20)
        for (file, declaration) in writes {
            for forbidden in ["action: String", "payload:", "[String: Any", "[String: any", "(Database)"] {
                #expect(!declaration.contains(forbidden), "\(file): \(declaration)")
            }
        }
    }
}
