import Foundation

let arguments = CommandLine.arguments.dropFirst()
do {
    switch arguments.first {
    case "seating": try Bench.seating()
    case "live": try LiveBench.render()
    case "tick": try LiveBench.bytesPerTick(binary: arguments.dropFirst().first)
    case "index": try IndexBench.run()
    case nil:
        try Bench.seating()
        try LiveBench.render()
        try IndexBench.run()
    default:
        FileHandle.standardError.write(Data("podium-bench: unknown benchmark \"\(arguments.first ?? "")\"; try: seating, live, index, tick [PATH-TO-podium]\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("podium-bench: \(error)\n".utf8))
    exit(1)
}
