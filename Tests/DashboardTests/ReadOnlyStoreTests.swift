import AWSCore
import AWSServices
import Dashboard
import Emulator
import Foundation
import Testing

/// Read-only is enforced by the model itself, not by hiding keys: even with a confirmation dialog already on
/// screen (as if the UI had been bypassed), a read-only store sends no CreateSolutionVersion and no
/// StopSolutionVersionCreation. The emulator's request counter proves that no such request left.
@Suite("DashboardStore: read-only sends no change", .serialized)
struct ReadOnlyStoreTests {
    static let solution = "arn:aws:personalize:us-east-1:111122223333:solution/user-personalization-v2"
    static let mutating = ["AmazonPersonalize.CreateSolutionVersion", "AmazonPersonalize.StopSolutionVersionCreation"]

    func client(_ server: EmulatorServer) throws -> PersonalizeClient {
        PersonalizeClient(client: JSON11Client(
            service: .personalize, endpoint: try AWSEndpoint(service: .personalize, region: "us-east-1", customURL: server.endpointURL),
            credentials: StaticCredentialProvider(accessKeyId: EmulatorConfiguration.demoAccessKeyId,
                                                  secretAccessKey: EmulatorConfiguration.demoSecretAccessKey),
            retryPolicy: RetryPolicy(maxAttempts: 1)))
    }

    func requests(_ server: EmulatorServer) async throws -> [String: Int] {
        let response = try await AsyncHTTPClientTransport().send(
            HTTPRequestData(method: "GET", url: server.endpointURL + "/_emulator/requests", headers: [], body: []), timeout: .seconds(5))
        let object = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
        return object?["operations"] as? [String: Int] ?? [:]
    }

    /// Runs a read-only store that starts with `dialog` on screen, sends `events` once the versions are loaded,
    /// and returns the final state and the requests the emulator received.
    func runReadOnly(dialog: (String) -> Dialog, events: @escaping (String) -> [DashboardEvent]) async throws -> (DashboardState, [String: Int]) {
        let server = try await EmulatorServer.start(EmulatorConfiguration(control: true))
        defer { Task { await server.stop() } }
        let personalize = try client(server)
        let listed = try await personalize.listSolutionVersions(ListSolutionVersionsRequest(solutionArn: Self.solution))
        let training = try #require(listed.solutionVersions?.first { ["CREATE PENDING", "CREATE IN_PROGRESS"].contains($0.status ?? "") }?.solutionVersionArn,
                                    "the demo has a version training")
        var state = DashboardState(
            connection: ConnectionInfo(endpoint: server.endpointURL, region: "us-east-1", isCustomEndpoint: true), now: Date(),
            solutionArn: Self.solution, refreshInterval: 1)
        state.readOnly = true
        state.dialog = dialog(training)
        let store = DashboardStore(initial: state, services: PersonalizeDashboardServices(personalize: personalize))
        let recorder = StateRecorder(store)
        let running = Task { await store.run() }
        defer { running.cancel() }
        _ = await recorder.first(timeout: 20) { $0.versions.isComplete }
        for event in events(training) { store.send(event) }
        let refused = await recorder.first(timeout: 10) { $0.message?.text.hasPrefix("Read-only") == true }
        // Give any effect time to reach the wire (it would be sent at once), then count.
        try await Task.sleep(for: .seconds(1.5))
        let counted = try await requests(server)
        store.send(.quit)
        return (refused ?? store.snapshots.latest.state, counted)
    }

    @Test func aConfirmedTrainingIsRefusedAndNeverSent() async throws {
        let (state, counted) = try await runReadOnly(dialog: { _ in .confirmTrain(solutionArn: Self.solution, mode: "FULL") }) { _ in
            [.trainConfirmed(solutionArn: Self.solution, mode: "FULL", at: Date()), .trainRequested(at: Date()),
             .userRequested(.train, at: Date()), .userRequested(.answerYes, at: Date())]
        }
        #expect(state.message?.text.contains("Read-only") == true, "says why: \(state.message?.text ?? "no message")")
        #expect(!state.createInFlight)
        #expect(counted["AmazonPersonalize.ListSolutionVersions", default: 0] >= 1, "the store did talk to the emulator: \(counted)")
        for operation in Self.mutating { #expect(counted[operation] == nil, "\(operation) left the store: \(counted)") }
    }

    @Test func aConfirmedStopIsRefusedAndNeverSent() async throws {
        let (state, counted) = try await runReadOnly(dialog: { .stop(solutionVersionArn: $0) }) { arn in
            [.stopConfirmed(solutionVersionArn: arn, at: Date()), .stopRequested(at: Date()), .userRequested(.stop, at: Date()),
             .userRequested(.answerYes, at: Date())]
        }
        #expect(state.message?.text.contains("Read-only") == true, "says why: \(state.message?.text ?? "no message")")
        #expect(state.stopsInFlight.isEmpty)
        for operation in Self.mutating { #expect(counted[operation] == nil, "\(operation) left the store: \(counted)") }
    }
}
