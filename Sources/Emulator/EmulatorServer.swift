import Foundation
import HTTPTypes
import Hummingbird
import Logging
import ServiceLifecycle

/// A running emulator: a Hummingbird server on loopback speaking the AWS JSON 1.1 protocol.
public final class EmulatorServer: Sendable {
    /// The port it listens on.
    public let port: Int
    public let host: String
    private let task: Task<Void, Never>
    private let group: ServiceGroup
    private let stateFile: StateFile?

    /// `http://127.0.0.1:PORT`
    public var endpointURL: String { "http://\(host):\(port)" }

    private init(host: String, port: Int, task: Task<Void, Never>, group: ServiceGroup, stateFile: StateFile?) {
        self.host = host
        self.port = port
        self.task = task
        self.group = group
        self.stateFile = stateFile
    }

    /// The state file in use, if any.
    public var stateFilePath: String? { stateFile?.path }

    /// Starts the server and returns once it accepts connections; throws if it cannot bind or its state file is
    /// unusable (`StateFileError`).
    public static func start(_ configuration: EmulatorConfiguration = EmulatorConfiguration()) async throws -> EmulatorServer {
        let parts = try EmulatorParts(configuration)
        let core = parts.responder
        let responder = CallbackResponder<EmulatorRequestContext> { request, context in
            try await respond(core: core, request: request, context: context)
        }
        let (events, continuation) = AsyncStream<Result<Int, any Error>>.makeStream()
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in continuation.yield(.success(channel.localAddress?.port ?? configuration.port)) },
            logger: Logger(label: "pdash.emulator", factory: { _ in SwiftLogNoOpLogHandler() }))
        // Our own service group, so that stopping is a graceful shutdown: connections being accepted or answered
        // are finished, not torn down under NIO (which traps on an abandoned connection writer).
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [app], gracefulShutdownSignals: [], logger: Logger(label: "pdash.emulator", factory: { _ in SwiftLogNoOpLogHandler() })))
        let task = Task {
            do {
                try await group.run()
            } catch {
                continuation.yield(.failure(error))
            }
            continuation.finish()
        }
        for await event in events {
            switch event {
            case let .success(port):
                return EmulatorServer(host: configuration.host, port: port, task: task, group: group, stateFile: parts.stateFile)
            case let .failure(error):
                parts.stateFile?.release()
                throw EmulatorStartError(host: configuration.host, port: configuration.port, underlying: "\(error)")
            }
        }
        parts.stateFile?.release()
        throw EmulatorStartError(host: configuration.host, port: configuration.port, underlying: "the server stopped before it started")
    }

    /// Stops accepting connections and waits for the server to wind down.
    public func stop() async {
        await group.triggerGracefulShutdown()
        // Requests still running after two seconds (an injected delay) are cut off.
        let deadline = Task {
            try? await Task.sleep(for: .seconds(2))
            if !Task.isCancelled { task.cancel() }
        }
        await task.value
        deadline.cancel()
        stateFile?.release()
    }

    private static func respond(core: EmulatorResponder, request: Request, context: EmulatorRequestContext) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 1 << 20)
        var headers: [(name: String, value: String)] = request.headers.map { ($0.name.rawName, $0.value) }
        if let authority = request.head.authority { headers.append(("host", authority)) }
        let incoming = RequestAuthenticator.Incoming(
            method: request.method.rawValue, path: request.uri.path, query: request.uri.query ?? "",
            headers: headers, body: Array(body.readableBytesView))
        let requestId = UUID().uuidString.lowercased()
        let answer = core.respond(to: incoming, requestId: requestId, fromLoopback: context.fromLoopback)
        if answer.delayMs > 0 {
            try await Task.sleep(for: .milliseconds(answer.delayMs))
        }
        if answer.resetConnection {
            try await context.reset()
        }
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
