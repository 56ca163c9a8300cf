import AWSCore
import AWSServices
import Dashboard
import Emulator
import Foundation
import Testing

/// The store against the emulator's control API: throttling backs off and recovers, and a settled solution of
/// 500 versions or one with a training in progress stays within the documented API budget.
@Suite("DashboardStore resilience and API budget", .serialized)
struct StoreResilienceTests {
    static let benchmark = "arn:aws:personalize:us-east-1:111122223333:solution/benchmark"

    struct Setup {
        var server: EmulatorServer
        var store: DashboardStore
    }

    func start(versions: Int, active: TimeInterval, idle: TimeInterval, fullRelist: TimeInterval) async throws -> Setup {
        let server = try await EmulatorServer.start(EmulatorConfiguration(seed: .empty, extraVersions: versions, control: true))
        let client = JSON11Client(
            service: .personalize,
            endpoint: try AWSEndpoint(service: .personalize, region: "us-east-1", customURL: server.endpointURL),
            credentials: StaticCredentialProvider(accessKeyId: EmulatorConfiguration.demoAccessKeyId,
                                                  secretAccessKey: EmulatorConfiguration.demoSecretAccessKey),
            retryPolicy: RetryPolicy(maxAttempts: 1))
        var state = DashboardState(
            connection: ConnectionInfo(endpoint: server.endpointURL, region: "us-east-1", isCustomEndpoint: true),
            now: Date(), solutionArn: Self.benchmark, refreshInterval: active, idleRefreshInterval: idle)
        state.fullRelistInterval = fullRelist
        return Setup(server: server, store: DashboardStore(initial: state, services: PersonalizeDashboardServices(personalize: PersonalizeClient(client: client))))
    }

    func control(_ server: EmulatorServer, _ method: String, _ resource: String, _ body: [String: Any]? = nil) async throws -> [String: Any] {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        let response = try await AsyncHTTPClientTransport().send(
            HTTPRequestData(method: method, url: server.endpointURL + "/_emulator/" + resource, headers: [], body: Array(data)),
            timeout: .seconds(5))
        return (try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]) ?? [:]
    }

    func listCalls(_ server: EmulatorServer) async throws -> Int {
        let operations = try await control(server, "GET", "requests")["operations"] as? [String: Int]
        return operations?["AmazonPersonalize.ListSolutionVersions"] ?? 0
    }

    @Test func throttlingBacksOffAndRecoversByItself() async throws {
        let setup = try await start(versions: 30, active: 0.2, idle: 0.2, fullRelist: 600)
        defer { Task { await setup.server.stop() } }
        _ = try await control(setup.server, "POST", "faults", ["operation": "ListSolutionVersions", "fault": "throttle", "count": 3])
        let began = Date()
        let recorder = StateRecorder(setup.store)
        let running = Task { await setup.store.run() }
        defer { running.cancel() }
        let throttled = await recorder.first(timeout: 30) { $0.consecutiveFailures >= 2 }
        #expect(throttled?.isThrottled == true)
        #expect(throttled?.versions.lastError?.contains("LimitExceededException") == true)
        let recovered = await recorder.first(timeout: 30) { $0.versions.isComplete && $0.consecutiveFailures == 0 }
        let elapsed = Date().timeIntervalSince(began)
        #expect(recovered?.versions.items.count == 30)
        #expect(recovered?.isThrottled == false)
        #expect(recovered?.versions.lastError == nil)
        // Three failures waited at least half of each backoff step (1 s, 2 s, 4 s): no hammering.
        #expect(elapsed >= 3.5, "recovered after \(elapsed) s")
        #expect(try await listCalls(setup.server) >= 4)
        setup.store.send(.quit)
    }

    /// README budget: settled, one first-page ListSolutionVersions per idle interval plus a full re-list
    /// (⌈N/100⌉ pages) per re-list interval. Run with intervals 60x shorter than the defaults.
    @Test func aSettledSolutionOf500VersionsStaysWithinBudget() async throws {
        let setup = try await start(versions: 500, active: 5.0 / 60, idle: 1, fullRelist: 10)
        defer { Task { await setup.server.stop() } }
        let running = Task { await setup.store.run() }
        _ = await first(setup.store, timeout: 10) { $0.versions.isComplete }
        let startCalls = try await listCalls(setup.server)
        #expect(startCalls == 5, "the first load lists 500 versions in 5 pages")
        try await Task.sleep(for: .seconds(10.5))
        let calls = try await listCalls(setup.server) - startCalls
        running.cancel()
        // 10.5 s = 10.5 idle intervals and one re-list: at most 10 first pages + 5 re-list pages (+1 for timing).
        #expect(calls >= 4 && calls <= 16, "settled refresh calls in 10.5 idle intervals: \(calls)")
        let state = setup.store.snapshots.latest.state
        #expect(state.versions.items.count == 500)
    }

    @Test func aTrainingInProgressIsFollowedAtTheActiveIntervalWithinBudget() async throws {
        let setup = try await start(versions: 500, active: 0.5, idle: 30, fullRelist: 600)
        defer { Task { await setup.server.stop() } }
        let running = Task { await setup.store.run() }
        _ = await first(setup.store, timeout: 10) { $0.versions.isComplete }
        setup.store.send(.trainRequested(at: Date()))
        _ = await first(setup.store, timeout: 5) { $0.dialog != nil }
        setup.store.send(.trainConfirmed(solutionArn: Self.benchmark, mode: "FULL", at: Date()))
        let following = await first(setup.store, timeout: 10) { $0.hasWorkInFlight && !$0.createInFlight }
        #expect(following?.versions.items.first?.status == "CREATE PENDING")
        let startCalls = try await listCalls(setup.server)
        try await Task.sleep(for: .seconds(5))
        let calls = try await listCalls(setup.server) - startCalls
        running.cancel()
        #expect(calls >= 3 && calls <= 12, "about one first page per 0.5 s active interval: \(calls)")
        let operations = try await control(setup.server, "GET", "requests")["operations"] as? [String: Int]
        #expect(operations?["AmazonPersonalize.CreateSolutionVersion"] == 1, "exactly one create")
    }
}
