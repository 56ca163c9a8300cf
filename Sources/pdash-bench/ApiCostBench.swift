import AWSCore
import AWSServices
import Dashboard
import Foundation

/// Item 6: requests an hour to watch a solution, counted by the emulator itself (`/_emulator/requests`), with
/// the dashboard's store (the same model and refresh policy as the TUI, default intervals: 5 s active, 60 s
/// idle) running on a compressed clock, as `ApiBudgetTests` does. A slow machine only makes requests slower,
/// so a figure under budget cannot be luck.
enum ApiCostBench {
    /// The README's budgets, requests per minute.
    static let settledBudget = 4.0
    static let trainingBudget = 20.0

    struct Result: Sendable {
        var perHour: Double
        var byOperation: [String: Int]
    }

    /// Watches the emulator's benchmark solution for `minutes` simulated minutes at `speed` times real time.
    /// With `startTraining`, a FULL training is started first (it stays in progress: the emulator's clock is
    /// not compressed, and it pends for 2 minutes and trains for 30).
    static func measure(endpoint: String, startTraining: Bool, minutes: Double, speed: Double) async throws -> Result {
        let personalize = PersonalizeClient(client: JSON11Client(
            service: .personalize,
            endpoint: try AWSEndpoint(service: .personalize, region: "us-east-1", customURL: endpoint),
            credentials: StaticCredentialProvider(accessKeyId: "pdash-demo", secretAccessKey: "pdash-demo-secret")))
        if startTraining {
            _ = try await personalize.createSolutionVersion(
                CreateSolutionVersionRequest(solutionArn: EmulatorChild.solutionArn, trainingMode: "FULL"))
        }
        let realStart = Date()
        let clock: @Sendable () -> Date = { realStart.addingTimeInterval(Date().timeIntervalSince(realStart) * speed) }
        let hooks = StoreHooks(sleep: { seconds in try await Task.sleep(for: .milliseconds(Int(seconds * 1000 / speed))) })
        let state = DashboardState(
            connection: ConnectionInfo(endpoint: endpoint, region: "us-east-1", isCustomEndpoint: true),
            now: clock(), solutionArn: EmulatorChild.solutionArn, refreshInterval: 5, idleRefreshInterval: 60)
        let store = DashboardStore(initial: state, services: PersonalizeDashboardServices(personalize: personalize),
                                   clock: clock, hooks: hooks)
        let running = Task { await store.run() }
        defer { running.cancel() }

        let deadline = Date().addingTimeInterval(60)
        while !(store.snapshots.latest.state.versions.isComplete && store.snapshots.latest.state.list(.segmentJobs).isComplete) {
            guard Date() < deadline else { throw BenchError("the store did not load the solution in 60 s") }
            try await Task.sleep(for: .milliseconds(20))
        }
        if store.snapshots.latest.state.hasWorkInFlight != startTraining {
            throw BenchError("expected \(startTraining ? "a training in progress" : "a settled solution")")
        }
        // The first load is not the steady state: count from here.
        _ = try await control(endpoint, "DELETE")
        let counted = clock()
        try await Task.sleep(for: .milliseconds(Int(minutes * 60_000 / speed)))
        let elapsedMinutes = clock().timeIntervalSince(counted) / 60
        let operations = try await control(endpoint, "GET")["operations"] as? [String: Int] ?? [:]
        store.send(.quit)
        await running.value
        let total = operations.values.reduce(0, +)
        return Result(perHour: Double(total) / elapsedMinutes * 60, byOperation: operations)
    }

    static func control(_ endpoint: String, _ method: String) async throws -> [String: Any] {
        let response = try await AsyncHTTPClientTransport().send(
            HTTPRequestData(method: method, url: endpoint + "/_emulator/requests", headers: [], body: []),
            timeout: .seconds(10))
        return (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
    }

    static func row(settled: Result, training: Result, speed: Double, watchPerHour: Double?) -> ReportRow {
        func top(_ result: Result) -> String {
            result.byOperation.sorted { $0.value > $1.value }.prefix(3)
                .map { "\($0.key.split(separator: ".").last ?? "") \($0.value)" }.joined(separator: ", ")
        }
        let met = settled.perHour <= settledBudget * 60 && training.perHour <= trainingBudget * 60
        return ReportRow(
            item: "API cost, 500-version solution, default intervals, store on a \(Int(speed))x clock, counted by the emulator",
            pdash: "settled \(settled.perHour.fixed(0))/h (\(top(settled))); training \(training.perHour.fixed(0))/h (\(top(training)))",
            peers: watchPerHour.map { "`watch -n 5 aws ...` (item 4, counted): \($0.fixed(0))/h" } ?? "-",
            ratio: watchPerHour.map { "settled: \(($0 / max(settled.perHour, 1)).fixed(0))x fewer" } ?? "-",
            goal: "≤ \(Int(settledBudget * 60))/h settled, ≤ \(Int(trainingBudget * 60))/h training (README budget)", met: met)
    }
}
