import Synchronization

/// Counts the requests sent through a transport, by operation (the X-Amz-Target's operation name, or the
/// Query protocol's `Action`). Every attempt counts, retries included: it is what the service sees.
public final class RequestCounter: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    public init() {}

    public func record(_ operation: String) {
        counts.withLock { $0[operation, default: 0] += 1 }
    }

    /// The counts so far.
    public var snapshot: [String: Int] {
        counts.withLock { $0 }
    }
}

/// A transport that counts what it sends, then hands the request on.
public struct CountingTransport: HTTPTransport {
    public let inner: any HTTPTransport
    public let counter: RequestCounter

    public init(_ inner: any HTTPTransport, counter: RequestCounter) {
        self.inner = inner
        self.counter = counter
    }

    public func send(_ request: HTTPRequestData, timeout: Duration) async throws -> HTTPResponseData {
        counter.record(Self.operation(of: request))
        return try await inner.send(request, timeout: timeout)
    }

    /// `Personalize.ListSolutions` → `ListSolutions`; a Query request's `Action=AssumeRole` → `AssumeRole`.
    static func operation(of request: HTTPRequestData) -> String {
        if let target = request.headers.first(where: { $0.name.lowercased() == "x-amz-target" })?.value {
            return target.split(separator: ".").last.map(String.init) ?? target
        }
        let body = String(decoding: request.body, as: UTF8.self)
        for pair in body.split(separator: "&") where pair.hasPrefix("Action=") {
            return String(pair.dropFirst("Action=".count))
        }
        return "other"
    }
}
