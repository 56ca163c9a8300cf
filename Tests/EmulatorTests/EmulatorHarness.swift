import AWSCore
import AWSServices
import Emulator
import Foundation
import Synchronization

/// A clock tests can move by hand.
final class ManualClock: Sendable {
    private let current: Mutex<Date>
    init(_ start: Date) { current = Mutex(start) }
    var now: Date { current.withLock { $0 } }
    func advance(by seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
    var function: @Sendable () -> Date { { [self] in self.now } }
}

/// Starts an emulator on a free loopback port and builds clients for it.
struct EmulatorHarness {
    let server: EmulatorServer

    static func start(clock: (@Sendable () -> Date)? = nil, timeScale: Double = 1) async throws -> EmulatorHarness {
        var configuration = EmulatorConfiguration(timeScale: timeScale)
        if let clock { configuration.clock = clock }
        return EmulatorHarness(server: try await EmulatorServer.start(configuration))
    }

    static func start(_ configuration: EmulatorConfiguration) async throws -> EmulatorHarness {
        EmulatorHarness(server: try await EmulatorServer.start(configuration))
    }

    /// Calls the control API: `POST /_emulator/faults` with a JSON body, and so on. Returns status and JSON object.
    func control(_ method: String, _ resource: String, _ body: [String: Any]? = nil) async throws -> (status: Int, json: [String: Any]) {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        let response = try await AsyncHTTPClientTransport().send(
            HTTPRequestData(method: method, url: server.endpointURL + "/_emulator/" + resource,
                            headers: [("Content-Type", "application/json")], body: Array(data)),
            timeout: .seconds(10))
        let json = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
        return (response.status, json)
    }

    func personalize(
        accessKeyId: String = EmulatorConfiguration.demoAccessKeyId,
        secret: String = EmulatorConfiguration.demoSecretAccessKey,
        region: String = "eu-west-1",
        sessionToken: String? = nil,
        retryPolicy: RetryPolicy = RetryPolicy(maxAttempts: 1),
        timeout: Duration = .seconds(20),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> PersonalizeClient {
        let client = JSON11Client(
            service: .personalize,
            endpoint: try AWSEndpoint(service: .personalize, region: region, customURL: server.endpointURL),
            credentials: StaticCredentialProvider(accessKeyId: accessKeyId, secretAccessKey: secret, sessionToken: sessionToken),
            retryPolicy: retryPolicy, timeout: timeout, clock: clock)
        return PersonalizeClient(client: client)
    }

    static func solutionArn(_ name: String, region: String = "eu-west-1") -> String {
        "arn:aws:personalize:\(region):111122223333:solution/\(name)"
    }
}

/// Runs `body` and returns the AWS error it throws, or nil.
func awsError(_ body: () async throws -> Void) async -> AWSServiceError? {
    do {
        try await body()
        return nil
    } catch let error as AWSServiceError {
        return error
    } catch {
        return AWSServiceError(code: "unexpected: \(error)", message: "", httpStatus: 0)
    }
}
