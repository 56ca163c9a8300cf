/// An HTTP request as the AWS core builds it: everything needed to sign and send it.
public struct HTTPRequestData: Sendable {
    public var method: String
    public var url: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, url: String, headers: [(name: String, value: String)], body: [UInt8]) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// An HTTP response, fully read.
public struct HTTPResponseData: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(status: Int, headers: [(name: String, value: String)], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first header with this name, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }
}

/// Sends one HTTP request. The only place pdash's AWS client touches the network.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequestData, timeout: Duration) async throws -> HTTPResponseData
}

/// A network-level failure (connection refused, timeout, reset); always safe to report, never holds a secret.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public var isTimeout: Bool
    /// False only when the request certainly never left (the connection could not be made).
    public var mayHaveBeenSent: Bool

    public init(_ description: String, isTimeout: Bool = false, mayHaveBeenSent: Bool = true) {
        self.description = description
        self.isTimeout = isTimeout
        self.mayHaveBeenSent = mayHaveBeenSent
    }
}

/// A non-idempotent request (a create) was sent but no answer came back: it may or may not have happened.
/// Never retried blindly; the caller reconciles, e.g. by listing.
public struct OutcomeUnknownError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var cause: String
    public var description: String {
        "\(operation) was sent but no answer arrived (\(cause)); it may or may not have taken effect. "
            + "Not retried automatically: check the list before trying again."
    }
}
