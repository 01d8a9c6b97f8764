import Foundation

let arguments = CommandLine.arguments.dropFirst()
do {
    switch arguments.first {
    case "seating": try Bench.seating()
    case "live": try LiveBench.render()
    case "tick": try LiveBench.bytesPerTick(binary: arguments.dropFirst().first)
    // Everything, as one table; also what a bare `podium-bench` does.
    case "all", nil: try AllBench.run(binary: arguments.dropFirst().first)
    default:
        FileHandle.standardError.write(Data("podium-bench: unknown benchmark \"\(arguments.first ?? "")\"; try: all [PATH-TO-podium], seating, live, tick [PATH-TO-podium]\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("podium-bench: \(error)\n".utf8))
    exit(1)
}
