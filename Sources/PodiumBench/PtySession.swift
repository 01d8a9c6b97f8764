import Foundation
import Glibc

/// A program running in a pseudo-terminal of a given size, with everything it writes kept in
/// arrival order with the time it arrived. Every wait has a deadline, so a program that stops
/// answering makes a figure missing, never a hung benchmark.
final class PtySession {
    let pid: pid_t
    let master: Int32
    let started: UInt64
    private(set) var output: [UInt8] = []
    private(set) var lastByteAt: UInt64 = 0
    private var exited = false

    init(_ argv: [String], width: Int, height: Int, environment: [String]) throws {
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw BenchError("openpty failed") }
        started = Clock.now
        pid = try LiveBench.spawn(argv, terminal: slave, environment: environment)
        close(slave)
        self.master = master
    }

    /// Reads what arrives until `deadline` (nanoseconds on `Clock`); true if something arrived.
    @discardableResult
    func pump(until deadline: UInt64) -> Bool {
        var got = false
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Clock.now < deadline {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let wait = Int32(max(0, Int64(deadline) - Int64(Clock.now)) / 1_000_000)
            guard poll(&descriptor, 1, max(1, wait)) > 0 else { continue }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            output.append(contentsOf: buffer[0..<count])
            lastByteAt = Clock.now
            got = true
        }
        return got
    }

    /// Waits for the first byte after `since` (an output length), then until the output has
    /// been quiet for `quiet` seconds; returns when the last byte arrived, or nil by `timeout`.
    func settle(after since: Int, quiet: Double, timeout: Double) -> UInt64? {
        let giveUp = Clock.now + UInt64(timeout * 1e9)
        while output.count <= since {
            guard Clock.now < giveUp else { return nil }
            pump(until: min(giveUp, Clock.now + 20_000_000))
        }
        while Clock.now < giveUp {
            let quietUntil = lastByteAt + UInt64(quiet * 1e9)
            if !pump(until: quietUntil) { return lastByteAt }
        }
        return nil
    }

    /// Waits until `needle` appears in what arrives after `since`; returns when, or nil.
    func waitFor(_ needle: String, after since: Int, timeout: Double) -> UInt64? {
        let bytes = Array(needle.utf8)
        let giveUp = Clock.now + UInt64(timeout * 1e9)
        var searched = since
        while true {
            if output.count >= bytes.count, output.count > searched {
                let from = max(since, searched - bytes.count)
                if output[from...].firstRange(of: bytes) != nil { return lastByteAt }
                searched = output.count
            }
            guard Clock.now < giveUp else { return nil }
            pump(until: min(giveUp, Clock.now + 5_000_000))
        }
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, bytes.count) }
    }

    /// User plus system CPU time so far, in seconds.
    func cpuSeconds() -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // Fields 14 and 15 of stat(5); after the name, state is the first.
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// The most memory the process held at once (VmHWM), in bytes.
    func peakMemory() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ")[1]) else { return 0 }
        return kilobytes * 1024
    }

    func stop() {
        guard !exited else { return }
        exited = true
        kill(pid, SIGTERM)
        let deadline = Clock.now + 2_000_000_000
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Clock.now > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            pump(until: Clock.now + 10_000_000)
        }
        close(master)
    }

    deinit { stop() }
}

/// Monotonic nanoseconds.
enum Clock {
    static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func ms(_ from: UInt64, _ to: UInt64) -> Double { Double(Int64(to) - Int64(from)) / 1e6 }
}
