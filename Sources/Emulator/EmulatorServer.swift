import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// A running emulator: a Hummingbird server on loopback speaking the AWS JSON 1.1 protocol.
public final class EmulatorServer: Sendable {
    /// The port it listens on.
    public let port: Int
    public let host: String
    private let task: Task<Void, Never>

    /// `http://127.0.0.1:PORT`
    public var endpointURL: String { "http://\(host):\(port)" }

    private init(host: String, port: Int, task: Task<Void, Never>) {
        self.host = host
        self.port = port
        self.task = task
    }

    /// Starts the server and returns once it accepts connections; throws if it cannot bind.
    public static func start(_ configuration: EmulatorConfiguration = EmulatorConfiguration()) async throws -> EmulatorServer {
        // Whole milliseconds, like the timestamps the real service returns.
        let start = Date(timeIntervalSince1970: (configuration.clock().timeIntervalSince1970 * 1000).rounded(.down) / 1000)
        var keyGenerator = SeededGenerator(seed: configuration.randomSeed)
        let tokenKey = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &keyGenerator) }
        var world = configuration.seed == .empty ? DemoSeed.empty() : DemoSeed.world(start: start, timeScale: configuration.timeScale)
        DemoSeed.addBenchmarkSolution(to: &world, versions: configuration.extraVersions, start: start)
        let store = CredentialStore(longTerm: configuration.credentials, accountId: world.accountId)
        let worldStore = WorldStore(world, timeScale: configuration.timeScale, randomSeed: configuration.randomSeed)
        let core = EmulatorResponder(
            authenticator: RequestAuthenticator(store: store),
            personalize: PersonalizeService(store: worldStore, tokens: PageTokenCodec(key: tokenKey)),
            sagemaker: SageMakerService(store: worldStore, tokens: PageTokenCodec(key: tokenKey)),
            sts: STSService(store: store),
            sso: SSOPortalService(store: store, tokens: configuration.ssoTokens),
            limiter: configuration.rateLimits.map(RateLimiter.init),
            clock: configuration.clock)
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            try await respond(core: core, request: request)
        }
        let (events, continuation) = AsyncStream<Result<Int, any Error>>.makeStream()
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in continuation.yield(.success(channel.localAddress?.port ?? configuration.port)) },
            logger: Logger(label: "pdash.emulator", factory: { _ in SwiftLogNoOpLogHandler() }))
        let task = Task {
            do {
                try await app.run()
            } catch {
                continuation.yield(.failure(error))
            }
            continuation.finish()
        }
        for await event in events {
            switch event {
            case let .success(port): return EmulatorServer(host: configuration.host, port: port, task: task)
            case let .failure(error): throw EmulatorStartError(host: configuration.host, port: configuration.port, underlying: "\(error)")
            }
        }
        throw EmulatorStartError(host: configuration.host, port: configuration.port, underlying: "the server stopped before it started")
    }

    /// Stops accepting connections and waits for the server to wind down.
    public func stop() async {
        task.cancel()
        await task.value
    }

    private static func respond(core: EmulatorResponder, request: Request) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 1 << 20)
        var headers: [(name: String, value: String)] = request.headers.map { ($0.name.rawName, $0.value) }
        if let authority = request.head.authority { headers.append(("host", authority)) }
        let incoming = RequestAuthenticator.Incoming(
            method: request.method.rawValue, path: request.uri.path, query: request.uri.query ?? "",
            headers: headers, body: Array(body.readableBytesView))
        let requestId = UUID().uuidString.lowercased()
        let answer = core.respond(to: incoming, requestId: requestId)
        var fields = HTTPFields()
        fields[HTTPField.Name("x-amzn-RequestId")!] = requestId
        fields[.contentType] = answer.contentType
        return Response(
            status: HTTPResponse.Status(code: answer.status),
            headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}

/// The emulator could not start (most often: the port is taken).
public struct EmulatorStartError: Error, Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var underlying: String
    public var description: String {
        if underlying.contains("Address already in use") {
            return "cannot listen on \(host):\(port): the port is already in use (pick another with --port, or 0 for any free port)"
        }
        return "cannot listen on \(host):\(port): \(underlying)"
    }
}
