import AWSCore
import AWSServices
import ArgumentParser
import Foundation

/// `pdash-bench` / `pdash-bench all`: every benchmark of the issue in one run against `pdash emulator`
/// children of the same release build (rate limits off), one table at the end.
struct RunAll: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Run every benchmark against pdash emulator children and print one table (the default).")

    @Flag(help: "Fewer repetitions and a shorter idle window: a smoke run of a few minutes.")
    var quick = false

    @Option(help: "Repetitions of each process benchmark (default 7, 3 with --quick).")
    var runs: Int?

    @Option(help: "Seconds the TUI (and watch) stay open for the idle benchmark (default 60, 30 with --quick).")
    var idleSeconds: Double?

    @Option(help: "Key presses for the interaction benchmark.")
    var presses: Int = 1000

    @Option(help: "Also write the report (Markdown) to this file.")
    var output: String?

    func run() async throws {
        let tools = try await Blocking.run { try Tools.resolve() }
        defer { tools.remove() }
        let machine = Machine.describe()
        log("machine: \(machine)")

        let emulators = try await Blocking.run {
            [100, 500, 10_000].compactMap { try? EmulatorChild.start(pdash: tools.pdash, versions: $0) }
        }
        let outcome: Swift.Result<Report, any Error>
        do {
            guard emulators.count == 3 else { throw BenchError("could not start the three emulators") }
            outcome = .success(try await measure(emulators, tools: tools, machine: machine))
        } catch {
            outcome = .failure(error)
        }
        try await Blocking.run { for emulator in emulators { emulator.stop() } }
        let report = try outcome.get()
        let text = report.markdown + "\n\n" + report.notes.map { "- \($0)" }.joined(separator: "\n") + "\n"
        print(text)
        if let output { try text.write(toFile: output, atomically: true, encoding: .utf8) }
    }

    /// Items 1 to 7, in an order that leaves the 500-version solution settled until the training of item 6.
    private func measure(_ emulators: [EmulatorChild], tools: Tools, machine: String) async throws -> Report {
        let runs = self.runs ?? (quick ? 3 : 7)
        let idleSeconds = self.idleSeconds ?? (quick ? 30 : 60)
        let presses = self.presses
        var report = Report()
        let (small, medium, large) = (emulators[0], emulators[1], emulators[2])
        log("emulators: \(emulators.map { "\($0.versions) versions at \($0.endpoint)" }.joined(separator: "; "))")

        log("1. cold start, 100 versions, \(runs) rounds")
        let cold = try await Blocking.run { try HeadlessBench.measure(tools, emulator: small, runs: runs) }
        report.rows.append(HeadlessBench.coldStartRow(cold, runs: runs))

        log("2. TUI first frame, \(runs) runs")
        let frames = try await Blocking.run { try TerminalBench.firstFrame(tools, emulator: small, runs: runs) }
        report.rows.append(TerminalBench.firstFrameRow(frames))

        let fullRuns = max(quick ? 1 : 3, runs / 2)
        log("3. full listing, 10,000 versions, \(fullRuns) rounds")
        let full = try await Blocking.run { try HeadlessBench.measure(tools, emulator: large, runs: fullRuns) }
        report.rows.append(HeadlessBench.fullListingRow(full, runs: fullRuns))

        log("4. idle TUI for \(Int(idleSeconds)) s, then watch + aws CLI for as long")
        let idle = try await Blocking.run {
            try TerminalBench.idle(TerminalBench.dashboard(tools, medium, refresh: 5), tools: tools, seconds: idleSeconds,
                                   refresh: 5, marker: TerminalBench.rowMarker, quit: "q")
        }
        _ = try await ApiCostBench.control(medium.endpoint, "DELETE")
        let watch = try? await Blocking.run {
            try TerminalBench.idle(TerminalBench.watchCommand(tools, medium, refresh: 5), tools: tools, seconds: idleSeconds,
                                   refresh: 5, marker: "solutionVersionArn", quit: nil)
        }
        let watchRequests = try await ApiCostBench.control(medium.endpoint, "GET")["operations"] as? [String: Int] ?? [:]
        report.rows.append(TerminalBench.idleRow(pdash: idle, watch: watch, seconds: idleSeconds, refresh: 5))

        log("5. interaction, 10,000 versions, \(presses) key presses")
        let interaction = try await Blocking.run { InteractionBench.measure(versions: 10_000, presses: presses) }
        report.rows.append(InteractionBench.row(interaction))

        let speed = 120.0
        log("6. API cost: settled (11 simulated minutes), then training (3)")
        let settled = try await ApiCostBench.measure(endpoint: medium.endpoint, startTraining: false, minutes: 11, speed: speed)
        let training = try await ApiCostBench.measure(endpoint: medium.endpoint, startTraining: true, minutes: 3, speed: speed)
        let watchPerHour = watch == nil ? nil : Double(watchRequests.values.reduce(0, +)) / idleSeconds * 3600
        report.rows.append(ApiCostBench.row(settled: settled, training: training, speed: speed, watchPerHour: watchPerHour))

        log("7. emulator throughput (10,000 versions, pages of 100)")
        report.rows.append(try await throughput(large, tools: tools, listing: full))

        let versions = try await Blocking.run {
            [Machine.version([tools.pdash, "--version"]), Machine.version([tools.aws, "--version"]),
             Machine.version([tools.python, "-c", "import boto3, sys; print('boto3', boto3.__version__, 'python', sys.version.split()[0])"]),
             Machine.version(["watch", "--version"]), Machine.version(["swift", "--version"])]
        }
        report.notes = [
            "machine: \(machine); \(versions[4])",
            "tools: pdash \(versions[0]) (release) at \(tools.pdash); \(versions[1]) at \(tools.aws); \(versions[2]); \(versions[3])",
            "mode: \(quick ? "--quick" : "full"), \(runs) runs per process benchmark, idle window \(Int(idleSeconds)) s",
        ]
        return report
    }

    /// Item 7: the emulator's list pages per second through pdash's client at concurrency 8 and through one
    /// boto3 client, next to the page rate the full listing of item 3 needed.
    private func throughput(_ emulator: EmulatorChild, tools: Tools, listing: HeadlessBench.Figures) async throws -> ReportRow {
        let seconds = quick ? 3.0 : 5.0
        let command = try EmulatorThroughput.parse(["--seconds", String(seconds), "--page-size", "100",
                                                    "--versions", String(emulator.versions), "--endpoint-url", emulator.endpoint])
        let client = PersonalizeClient(client: JSON11Client(
            service: .personalize,
            endpoint: try AWSEndpoint(service: .personalize, region: "us-east-1", customURL: emulator.endpoint),
            credentials: StaticCredentialProvider(accessKeyId: "pdash-demo", secretAccessKey: "pdash-demo-secret"),
            retryPolicy: RetryPolicy(maxAttempts: 1)))
        let swift = try await command.measure(client: client, solution: EmulatorChild.solutionArn)
        let endpoint = emulator.endpoint, python = tools.python
        let boto = try? await Blocking.run {
            try Boto3Baseline.run(endpoint: endpoint, solution: EmulatorChild.solutionArn, seconds: seconds, pageSize: 100, python: python)
        }
        let needed = 100 / max(listing.wall["pdash"] ?? 1, 1e-9)
        return ReportRow(
            item: "Emulator throughput, pages of 100 from 10,000 versions, \(Int(seconds)) s each",
            pdash: "\(swift.rate.fixed(0)) pages/s (pdash client, concurrency 8; p50 \(swift.p50.ms), p99 \(swift.p99.ms), \(swift.errors) errors)",
            peers: boto.map { String(format: "%.0f pages/s (one boto3 client)", $0.rate) } ?? "boto3: failed",
            ratio: String(format: "%.1fx the %.0f pages/s item 3's pdash listing drew", swift.rate / max(needed, 1e-9), needed),
            goal: "-", met: nil)
    }

    private func log(_ line: String) {
        FileHandle.standardError.write(Data("[\(Date().formatted(date: .omitted, time: .standard))] \(line)\n".utf8))
    }
}
