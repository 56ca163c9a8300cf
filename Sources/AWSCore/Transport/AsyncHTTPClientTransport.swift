import AsyncHTTPClient
import Synchronization
import NIOCore
import NIOHTTP1

/// `HTTPTransport` over AsyncHTTPClient (connection pooling, TLS, HTTP/1.1 keep-alive).
public struct AsyncHTTPClientTransport: HTTPTransport {
    /// Upper bound on a response body; AWS list pages are far smaller.
    public static let maximumBodySize = 16 * 1024 * 1024
    private let client: HTTPClient

    /// pdash's client: a short connect timeout so a dead endpoint is noticed quickly. Lives as long as the process.
    public static let sharedClient = HTTPClient(
        eventLoopGroup: HTTPClient.defaultEventLoopGroup,
        configuration: HTTPClient.Configuration(timeout: .init(connect: .seconds(3))))

    public init(client: HTTPClient = AsyncHTTPClientTransport.sharedClient) {
        self.client = client
    }

    /// A transport whose connections give up after `connectTimeout`. Clients are kept for the life of the
    /// process (one per distinct timeout), so they never need shutting down.
    public init(connectTimeout: Duration) {
        let milliseconds = connectTimeout.components.seconds * 1000 + connectTimeout.components.attoseconds / 1_000_000_000_000_000
        self.client = Self.clients.withLock { clients in
            if let existing = clients[milliseconds] { return existing }
            let created = HTTPClient(
                eventLoopGroup: HTTPClient.defaultEventLoopGroup,
                configuration: HTTPClient.Configuration(timeout: .init(connect: .milliseconds(milliseconds))))
            clients[milliseconds] = created
            return created
        }
    }

    private static let clients = Mutex<[Int64: HTTPClient]>([:])

    public func send(_ request: HTTPRequestData, timeout: Duration) async throws -> HTTPResponseData {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers {
            outgoing.headers.add(name: header.name, value: header.value)
        }
        outgoing.body = .bytes(ByteBuffer(bytes: request.body))
        let seconds = timeout.components.seconds
        let milliseconds = seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000
        do {
            let response = try await client.execute(outgoing, timeout: .milliseconds(milliseconds))
            let body = try await response.body.collect(upTo: Self.maximumBodySize)
            return HTTPResponseData(
                status: Int(response.status.code),
                headers: response.headers.map { ($0.name, $0.value) },
                body: Array(body.readableBytesView))
        } catch let error as HTTPClientError {
            throw TransportError(Self.describe(error, url: request.url),
                                 isTimeout: error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout,
                                 mayHaveBeenSent: error != .connectTimeout)
        } catch let error as TransportError {
            throw error
        } catch {
            // NIO's connection errors (refused, unreachable, DNS) mean nothing was sent.
            let text = "\(error)"
            let neverSent = text.contains("connect") || text.contains("Connect") || text.contains("refused") || text.contains("resolve")
            throw TransportError("could not reach \(request.url): \(error)", mayHaveBeenSent: !neverSent)
        }
    }

    private static func describe(_ error: HTTPClientError, url: String) -> String {
        switch error {
        case .deadlineExceeded, .readTimeout: return "request to \(url) timed out"
        case .connectTimeout: return "connecting to \(url) timed out"
        case .remoteConnectionClosed: return "\(url) closed the connection"
        default: return "could not reach \(url): \(error)"
        }
    }
}
