import Foundation
import PodiumStore

// One scripted operator for the several-operators stress test: its own process, its own
// connection to the event file, as a terminal on the day has.
//   podium-operator FILE INDEX COUNT START-EPOCH OUTCOME.json
// START-EPOCH is the hall's clock for the first command (seconds since 1970).
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 5, let index = Int(arguments[1]), let count = Int(arguments[2]), let start = Double(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: podium-operator FILE INDEX COUNT START-EPOCH OUTCOME.json\n".utf8))
    exit(2)
}
var outcome = OperatorOutcome()
do {
    let store = try EventStore.open(at: URL(fileURLWithPath: arguments[0]))
    outcome = ScriptedOperator(index: index, store: store, start: Date(timeIntervalSince1970: start)).run(count)
} catch {
    outcome.failures.append("\(ScriptedOperator.name(index)) could not open the file: \(error)")
}
do {
    try JSONEncoder().encode(outcome).write(to: URL(fileURLWithPath: arguments[4]), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("podium-operator: cannot write \(arguments[4]): \(error)\n".utf8))
    exit(1)
}
