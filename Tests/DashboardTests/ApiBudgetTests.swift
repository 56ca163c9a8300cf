import AWSCore
import AWSServices
import Dashboard
import Emulator
import Foundation
import Synchronization
import Testing

/// The README's API budget, proven against the emulator's own request counter: a settled solution of 500
/// versions, and the same solution with a training in progress, watched with the default intervals (5 s while
/// anything is in flight, 60 s when settled, a full re-list every 10 minutes).
///
/// The store's time runs `speed` times faster than the wall clock (its sleeps and its clock are injected), so
/// eleven simulated minutes take a few seconds. A slow machine only makes requests slower, which lowers the
/// rate: the budget is an upper bound and cannot be met by luck.
@Suite("API budget", .serialized)
struct ApiBudgetTests {
    static let speed = 120.0
    /// Requests per minute, steady state (after the first full load), as documented in the README.
    static let settledBudget = 4.0
    static let trainingBudget = 20.0

    struct Measurement {
        var perMinute: Double
        var byOperation: [String: Int]
    }

    func measure(trainingInProgress: Bool, minutes: Double = 11) async throws -> Measurement {
        // The emulator's clock stands still: a training in progress stays in progress however long the test runs.
        let frozen = Date()
        let server = try await EmulatorServer.start(EmulatorConfiguration(
            extraVersions: 500, control: true, clock: { frozen }))
        defer { Task { await server.stop() } }
        let client = JSON11Client(
            service: .personalize,
            endpoint: try AWSEndpoint(service: .personalize, region: "us-east-1", customURL: server.endpointURL),
            credentials: StaticCredentialProvider(
                accessKeyId: EmulatorConfiguration.demoAccessKeyId, secretAccessKey: EmulatorConfiguration.demoSecretAccessKey))
        let personalize = PersonalizeClient(client: client)
        let solutionArn = try #require(try await personalize.listSolutions(ListSolutionsRequest()).items
            .first { $0.name == "benchmark" }?.solutionArn)
        if trainingInProgress {
            _ = try await personalize.createSolutionVersion(CreateSolutionVersionRequest(solutionArn: solutionArn, trainingMode: "FULL"))
        }

        let realStart = Date()
        let speed = Self.speed
        let clock: @Sendable () -> Date = { frozen.addingTimeInterval(Date().timeIntervalSince(realStart) * speed) }
        let hooks = StoreHooks(sleep: { seconds in try await Task.sleep(for: .milliseconds(Int(seconds * 1000 / speed))) })
        let state = DashboardState(
            connection: ConnectionInfo(endpoint: server.endpointURL, region: "us-east-1", isCustomEndpoint: true),
            now: clock(), solutionArn: solutionArn, refreshInterval: 5, idleRefreshInterval: 60)
        let store = DashboardStore(initial: state, services: PersonalizeDashboardServices(personalize: personalize), clock: clock, hooks: hooks)
        let running = Task { await store.run() }
        defer { running.cancel() }

        let loaded = try #require(await first(store, timeout: 30) { $0.versions.isComplete && $0.list(.segmentJobs).isComplete })
        #expect(loaded.versions.items.count == (trainingInProgress ? 501 : 500))
        #expect(loaded.hasWorkInFlight == trainingInProgress)
        // The first load is not the steady state: count from here.
        _ = try await control(server, "DELETE", "requests")
        let counted = clock()
        try await Task.sleep(for: .milliseconds(Int(minutes * 60_000 / speed)))
        let elapsedMinutes = clock().timeIntervalSince(counted) / 60
        let operations = try await control(server, "GET", "requests")["operations"] as? [String: Int] ?? [:]
        store.send(.quit)
        await running.value
        let total = operations.values.reduce(0, +)
        return Measurement(perMinute: Double(total) / elapsedMinutes, byOperation: operations)
    }

    @Test func aSettledSolutionOf500VersionsStaysWithinItsBudget() async throws {
        let result = try await measure(trainingInProgress: false)
        #expect(result.perMinute <= Self.settledBudget, "\(result.perMinute) requests/min: \(result.byOperation)")
        // It does keep watching: first pages every idle interval and at least one full re-list of 5 pages.
        #expect((result.byOperation["AmazonPersonalize.ListSolutionVersions"] ?? 0) >= 10, "\(result.byOperation)")
        #expect(result.byOperation["AmazonPersonalize.DescribeSolutionVersion", default: 0] <= 4, "settled versions are not followed")
    }

    @Test func aTrainingInProgressIsFollowedWithinItsBudget() async throws {
        let result = try await measure(trainingInProgress: true, minutes: 3)
        #expect(result.perMinute <= Self.trainingBudget, "\(result.perMinute) requests/min: \(result.byOperation)")
        // Followed at the short interval: about 12 first pages a minute (fewer on a loaded machine).
        #expect((result.byOperation["AmazonPersonalize.ListSolutionVersions"] ?? 0) >= 6, "\(result.byOperation)")
    }

    private func control(_ server: EmulatorServer, _ method: String, _ resource: String) async throws -> [String: Any] {
        let response = try await AsyncHTTPClientTransport().send(
            HTTPRequestData(method: method, url: server.endpointURL + "/_emulator/" + resource, headers: [], body: []),
            timeout: .seconds(10))
        return (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
    }
}
