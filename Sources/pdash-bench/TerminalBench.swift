import Foundation

/// Items 2 and 4: the dashboard as a user starts it, in a 120x35 pseudo-terminal this process reads.
enum TerminalBench {
    static let rows: UInt16 = 35
    static let columns: UInt16 = 120
    /// A version row's status: the benchmark solution's versions are ACTIVE or CREATE FAILED, and nothing
    /// before the rows (header, breadcrumb, "loading") says ACTIVE in capitals.
    static let rowMarker = "ACTIVE"

    static func dashboard(_ tools: Tools, _ emulator: EmulatorChild, refresh: Int? = nil) -> [String] {
        var arguments = [tools.pdash, "--endpoint-url", emulator.endpoint, "--region", "us-east-1",
                         "--solution-arn", EmulatorChild.solutionArn]
        if let refresh { arguments += ["--refresh-active", String(refresh), "--refresh-idle", String(refresh)] }
        return arguments
    }

    /// Item 2: seconds from exec to the first output that paints a version row, `runs` times (after one
    /// unmeasured warm-up); each run quits with `q`.
    static func firstFrame(_ tools: Tools, emulator: EmulatorChild, runs: Int) throws -> [Double] {
        var samples: [Double] = []
        for round in 0...runs {
            let terminal = try PseudoTerminal(rows: rows, columns: columns)
            defer { terminal.close() }
            let child = try terminal.start(dashboard(tools, emulator), environment: tools.environment, marker: rowMarker)
            let seen = terminal.waitForMarker(timeout: 20)
            terminal.type("q")
            let usage = child.wait(timeout: 5)
            guard let seen else {
                throw BenchError("pdash painted no version row in 20 s (exit \(usage.status)): \(terminal.text.suffix(400))")
            }
            if round > 0 { samples.append(seen) }
        }
        return samples
    }

    /// What a program watching the list for a while cost.
    struct Idle {
        var cpuSeconds: Double
        var bytes: Int
        /// Bytes per refresh interval once the first screen is up (from 5 s after it to the end).
        var bytesPerRefresh: Double
        var firstOutput: Double
        /// Bursts of output (frames) per refresh interval, and the median size of one, after the first screen.
        var framesPerRefresh: Double
        var medianFrame: Double
    }

    /// Item 4: `arguments` in the terminal for `seconds`; CPU of it and its reaped children from /proc just
    /// before it is stopped, and every byte it wrote. `quit` stops it (q for pdash); else SIGTERM to its group.
    static func idle(_ arguments: [String], tools: Tools, seconds: Double, refresh: Double, marker: String,
                     quit: String?) throws -> Idle {
        let terminal = try PseudoTerminal(rows: rows, columns: columns)
        defer { terminal.close() }
        let child = try terminal.start(arguments, environment: tools.environment, marker: marker)
        guard let first = terminal.waitForMarker(timeout: 30) else {
            child.signal(SIGKILL)
            _ = child.wait()
            throw BenchError("\(arguments[0]) showed nothing in 30 s: \(terminal.text.suffix(400))")
        }
        let remaining = seconds - (ContinuousClock.now - child.started).seconds
        if remaining > 0 { usleep(UInt32(remaining * 1_000_000)) }
        let cpu = child.cpuSoFar()
        let bytes = terminal.bytes(to: seconds)
        let steadyFrom = first + refresh
        let steady = terminal.bytes(from: steadyFrom, to: seconds)
        let frames = terminal.frames(from: steadyFrom, to: seconds)
        let intervals = max((seconds - steadyFrom) / refresh, 1)
        if let quit {
            terminal.type(quit)
        } else {
            kill(-child.pid, SIGTERM)
        }
        let usage = child.wait(timeout: 5)
        return Idle(cpuSeconds: cpu ?? usage.cpu, bytes: bytes, bytesPerRefresh: Double(steady) / intervals, firstOutput: first,
                    framesPerRefresh: Double(frames.count) / intervals, medianFrame: Stats.median(frames.map(Double.init)))
    }

    /// `watch -n REFRESH aws personalize list-solution-versions ...` (watch hands the words to sh -c).
    static func watchCommand(_ tools: Tools, _ emulator: EmulatorChild, refresh: Int) -> [String] {
        ["watch", "-n", String(refresh)] + tools.awsList(emulator.endpoint).filter { $0 != "--page-size" && $0 != "100" }
    }

    static func firstFrameRow(_ samples: [Double]) -> ReportRow {
        let median = Stats.median(samples)
        return ReportRow(
            item: "TUI: exec to the first frame showing version rows (100 versions, 120x35 pty), median of \(samples.count)",
            pdash: "\(median.ms) (min \(Stats.percentile(samples, 0).ms), max \(Stats.percentile(samples, 1).ms))",
            peers: "-", ratio: "-", goal: "< 150 ms", met: median < 0.150)
    }

    static func idleRow(pdash: Idle, watch: Idle?, seconds: Double, refresh: Int) -> ReportRow {
        let peers = watch.map {
            "`watch -n \(refresh) aws ...`: \($0.cpuSeconds.fixed(2)) CPU-s, \($0.bytes) B, \($0.bytesPerRefresh.fixed(0)) B/refresh"
        } ?? "watch: not run"
        let ratio = watch.map { "CPU \(($0.cpuSeconds / max(pdash.cpuSeconds, 0.01)).fixed(0))x less" } ?? "-"
        return ReportRow(
            item: "Idle: TUI open \(Int(seconds)) s on a settled solution of 500 versions, \(refresh) s refresh",
            pdash: "\(pdash.cpuSeconds.fixed(2)) CPU-s, \(pdash.bytes) B written; after the first screen \(pdash.bytesPerRefresh.fixed(0)) B per \(refresh) s refresh interval (\(pdash.framesPerRefresh.fixed(1)) frames of median \(pdash.medianFrame.fixed(0)) B)",
            peers: peers, ratio: ratio, goal: "< 0.3 CPU-s and < 100 B per unchanged refresh",
            met: pdash.cpuSeconds < 0.3 && pdash.bytesPerRefresh < 100)
    }
}
