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
        #expect(!writes.isEmpty)
        for (file, declaration) in writes {
            for forbidden in ["action: String", "payload:", "[String: Any", "[String: any", "(Database)"] {
                #expect(!declaration.contains(forbidden), "\(file): \(declaration)")
            }
        }
    }

    /// Each public function of the store with its body (from its opening brace to the brace
    /// that closes it; the sources keep braces in strings balanced).
    static func publicFunctionBodies() throws -> [(file: String, name: String, body: String)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
        var result: [(String, String, String)] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            var rest = Substring(text)
            while let start = rest.range(of: "public func ") {
                let tail = rest[start.upperBound...]
                let name = String(tail.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                guard let open = tail.firstIndex(of: "{") else { break }
                var depth = 0
                var end = open
                for index in tail[open...].indices {
                    if tail[index] == "{" { depth += 1 }
                    if tail[index] == "}" { depth -= 1 }
                    if depth == 0 { end = index; break }
                }
                result.append((file, name, String(tail[open...end])))
                rest = tail[end...]
            }
        }
        return result
    }

    /// The store's one public write is `run(_ command:by:at:)`: any other public function that
    /// opens a write transaction, or that takes who writes, fails here. (Creating a file,
    /// `EventStore.create`, is a static function and writes the file's first contents.)
    @Test func theOnlyPublicWriteIsRun() throws {
        let functions = try Self.publicFunctionBodies()
        #expect(functions.count > 10)
        #expect(functions.contains { $0.name == "run" && $0.body.contains("switch command") })
        for (file, name, body) in functions where name != "run" {
            #expect(!body.contains("write {") && !body.contains("write("), "\(file): public func \(name) writes")
        }
        let takingAnActor = try Self.publicFunctions().filter { $0.declaration.contains("by actor: Actor") }
        #expect(takingAnActor.map(\.declaration).allSatisfy { $0.hasPrefix("public func run(_ command: EventCommand") }, "\(takingAnActor)")
    }
}
