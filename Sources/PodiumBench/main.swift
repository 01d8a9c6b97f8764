import Foundation

let arguments = CommandLine.arguments.dropFirst()
do {
    switch arguments.first {
    case "seating": try Bench.seating()
    case "live": try LiveBench.render()
    case "tick": try LiveBench.bytesPerTick(binary: arguments.dropFirst().first)
    // RUNS, when given, runs each measurement that many times: small enough for callgrind.
    case "index": try IndexBench.run(runs: arguments.dropFirst().first.flatMap { Int($0) })
    // Auto-seating the stress event, RUNS times (default 11): small enough for callgrind.
    case "autoseat": AllBench.autoSeat(runs: arguments.dropFirst().first.flatMap { Int($0) } ?? 11)
    case "open": try OpenBench.run(path: arguments.dropFirst().first, pane: arguments.dropFirst(2).first)
    // Everything, as one table; also what a bare `podium-bench` does.
    case "all", nil: try AllBench.run(binary: arguments.dropFirst().first)
    // Only the key → screen rows, through the pseudo-terminal.
    case "keys": try AllBench.runPart(AllBench.keys, binary: arguments.dropFirst().first)
    // Only the first frames of the demo and the stress event (and the peer's), through the pty.
    case "frames": try AllBench.runPart(AllBench.firstFrames, binary: arguments.dropFirst().first)
    // Only another process's change reaching an open TUI, on the stress event.
    case "propagation": try AllBench.runPart(AllBench.propagation, binary: arguments.dropFirst().first)
    // Only the pane renders, a few times: small enough to run under callgrind.
    case "panes":
        BenchTable.header()
        try AllBench.paneRenders(runs: arguments.dropFirst().first.flatMap { Int($0) } ?? 51)
    // One pane's renders (programme, seating, speakers, awards, checklist, stage), RUNS times.
    case "pane":
        BenchTable.header()
        try AllBench.paneRenders(runs: arguments.dropFirst(2).first.flatMap { Int($0) } ?? 51, only: arguments.dropFirst().first)
    default:
        FileHandle.standardError.write(Data("podium-bench: unknown benchmark \"\(arguments.first ?? "")\"; try: all [PATH-TO-podium], panes [RUNS], pane NAME [RUNS], keys [PATH-TO-podium], frames [PATH-TO-podium], propagation [PATH-TO-podium], open FILE [PANE], autoseat [RUNS], seating, live, index [RUNS], tick [PATH-TO-podium]\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("podium-bench: \(error)\n".utf8))
    exit(1)
}
