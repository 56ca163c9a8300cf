// Stands in for Sources/AWSCore/Transport/AsyncHTTPClientTransport.swift in the emulator fuzz build, which
// compiles AWSCore without AsyncHTTPClient and NIO: AWSCore only names this type as a default argument, and the
// emulator never sends anything. Same name and initializers, so AWSCore compiles unchanged.
public struct AsyncHTTPClientTransport: HTTPTransport {
    public init() {}

    public init(connectTimeout: Duration) {}

    public func send(_ request: HTTPRequestData, timeout: Duration) async throws -> HTTPResponseData {
        throw TransportError("the emulator fuzz build has no network transport", mayHaveBeenSent: false)
    }
}
