import AWSCore
import AWSServices
import Dashboard
import Emulator
import Foundation
import Synchronization
import Testing

@Suite("DashboardStore against the emulator")
struct StoreTests {
    func makeStore(server: EmulatorServer, solutionArn: String?, refresh: TimeInterval, pageSize: Int) throws -> DashboardStore {
        let client = JSON11Client(
            service: .personalize,
            endpoint: try AWSEndpoint(service: .personalize, region: "us-east-1", customURL: server.endpointURL),
            credentials: StaticCredentialProvider(
                accessKeyId: EmulatorConfiguration.demoAccessKeyId, secretAccessKey: EmulatorConfiguration.demoSecretAccessKey))
        let services = PersonalizeDashboardServices(personalize: PersonalizeClient(client: client), pageSize: pageSize)
        let state = DashboardState(
            connection: ConnectionInfo(endpoint: server.endpointURL, region: "us-east-1", isCustomEndpoint: true),
            now: Date(), solutionArn: solutionArn, refreshInterval: refresh)
        return DashboardStore(initial: state, services: services)
    }

    @Test func loadsEveryPageOfTheMostRecentSolutionAndRefreshesInTheBackground() async throws {
        // The emulator's time moves only when the test says so: a slow machine cannot make the change happen
        // before the first load completes.
        let start = Date()
        let offset = Mutex<TimeInterval>(0)
        let server = try await EmulatorServer.start(EmulatorConfiguration(
            timeScale: 4, clock: { start.addingTimeInterval(offset.withLock { $0 }) }))
        defer { Task { await server.stop() } }
        let store = try makeStore(server: server, solutionArn: nil, refresh: 1, pageSize: 2)
        let running = Task { await store.run() }
        defer { running.cancel() }

        let loaded = try #require(await first(store, timeout: 20) { $0.versions.isComplete })
        #expect(loaded.solutionName == "user-personalization-v2")
        #expect(loaded.versions.items.count == 10, "all pages of size 2 were walked")
        #expect(loaded.versions.lastError == nil)
        let statusBefore = Dictionary(uniqueKeysWithValues: loaded.versions.items.map { ($0.solutionVersionArn ?? "", $0.status ?? "") })

        // A minute later (at 4x) the running versions have ended; the store must notice without any input.
        offset.withLock { $0 = 60 }
        let changed = await first(store, timeout: 30) { state in
            state.versions.items.contains { item in
                statusBefore[item.solutionVersionArn ?? ""].map { $0 != item.status } ?? false
            }
        }
        #expect(changed != nil, "a background refresh picked up a status change")

        store.send(.quit)
        await running.value
    }

    @Test func anUnreachableEndpointBecomesAnErrorStateNotACrash() async throws {
        let server = try await EmulatorServer.start()
        let url = server.endpointURL
        await server.stop()
        let client = JSON11Client(
            service: .personalize,
            endpoint: try AWSEndpoint(service: .personalize, region: "us-east-1", customURL: url),
            credentials: StaticCredentialProvider(accessKeyId: "a", secretAccessKey: "b"),
            retryPolicy: RetryPolicy(maxAttempts: 1), timeout: .seconds(2))
        let state = DashboardState(
            connection: ConnectionInfo(endpoint: url, region: "us-east-1", isCustomEndpoint: true), now: Date(),
            solutionArn: "arn:aws:personalize:us-east-1:111122223333:solution/x", refreshInterval: 60)
        let store = DashboardStore(initial: state, services: PersonalizeDashboardServices(personalize: PersonalizeClient(client: client)))
        let running = Task { await store.run() }
        let failed = await first(store, timeout: 15) { $0.versions.lastError != nil }
        #expect(failed?.versions.lastError?.isEmpty == false)
        #expect(failed?.versions.isLoading == false)
        store.send(.quit)
        await running.value
    }
}

/// The first state `store` publishes that satisfies `condition`, or nil after `timeout` seconds.
func first(_ store: DashboardStore, timeout: TimeInterval, where condition: @Sendable (DashboardState) -> Bool) async -> DashboardState? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        let state = store.snapshots.latest.state
        if condition(state) { return state }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return nil
}

/// Every state a store publishes, kept in order, so that a test can find a state that lasted only a moment even
/// when its own polling was held up by a busy machine.
final class StateRecorder: Sendable {
    private final class Storage: Sendable {
        let states = Mutex<[DashboardState]>([])
    }

    private let storage = Storage()
    private let task: Task<Void, Never>

    init(_ store: DashboardStore) {
        let storage = self.storage
        task = Task {
            for await state in store.updates { storage.states.withLock { $0.append(state) } }
        }
    }

    deinit { task.cancel() }

    /// The first recorded state that satisfies `condition`, waiting up to `timeout` seconds for it.
    func first(timeout: TimeInterval, where condition: @Sendable (DashboardState) -> Bool) async -> DashboardState? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let found = storage.states.withLock({ $0.first(where: condition) }) { return found }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }
}
