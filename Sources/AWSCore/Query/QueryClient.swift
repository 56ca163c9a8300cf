import AWSSigV4
import Foundation

/// A client for an AWS Query-protocol service (STS): form-encoded `POST /` with `Action` and `Version`,
/// XML answers, SigV4-signed.
public struct QueryClient: Sendable {
    public let signingName: String
    public let version: String
    public let endpoint: AWSEndpoint
    public let credentials: (any CredentialProvider)?
    public let transport: any HTTPTransport
    public let timeout: Duration
    private let clock: @Sendable () -> Date

    /// `credentials` nil sends unsigned requests (AssumeRoleWithWebIdentity needs no signature).
    public init(signingName: String, version: String, endpoint: AWSEndpoint, credentials: (any CredentialProvider)?,
                transport: any HTTPTransport = AsyncHTTPClientTransport(), timeout: Duration = .seconds(10),
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.signingName = signingName
        self.version = version
        self.endpoint = endpoint
        self.credentials = credentials
        self.transport = transport
        self.timeout = timeout
        self.clock = clock
    }

    /// The answer of one call: its XML values and the server's `Date` header.
    public struct Answer: Sendable {
        public var values: XMLValues
        public var serverDate: String?
        public var requestId: String?
    }

    public func send(_ action: String, _ parameters: [(String, String)]) async throws -> Answer {
        let body = Array(Self.formEncode([("Action", action), ("Version", version)] + parameters).utf8)
        var headers: [(name: String, value: String)] = [
            ("Host", endpoint.hostHeader),
            ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
            ("Content-Length", String(body.count)),
        ]
        if let credentials {
            guard let resolved = try await credentials.resolve() else { throw CredentialError("no AWS credentials found") }
            let signer = SigV4Signer(credentials: resolved.signing, region: endpoint.region, service: signingName)
            headers += signer.sign(SigV4Request(method: "POST", path: "/", headers: headers, body: body),
                                   date: SigV4Date(secondsSince1970: clock().timeIntervalSince1970)).headersToAdd
        }
        headers.append(("User-Agent", "pdash/0.1"))
        let response = try await transport.send(
            HTTPRequestData(method: "POST", url: endpoint.url + "/", headers: headers, body: body), timeout: timeout)
        guard let values = XMLValues(Data(response.body)) else {
            throw AWSServiceError(code: AWSServiceError.fallbackCode(status: response.status),
                                  message: "the answer to \(action) is not XML", httpStatus: response.status)
        }
        guard (200..<300).contains(response.status) else {
            throw AWSServiceError(
                code: values.value("Error/Code") ?? AWSServiceError.fallbackCode(status: response.status),
                message: values.value("Error/Message") ?? "", httpStatus: response.status,
                requestId: values.value("RequestId") ?? response.header("x-amzn-RequestId"))
        }
        return Answer(values: values, serverDate: response.header("Date"), requestId: response.header("x-amzn-RequestId"))
    }

    /// `application/x-www-form-urlencoded` with AWS's percent-encoding (space as %20).
    public static func formEncode(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(SigV4Encoding.encode($0.0))=\(SigV4Encoding.encode($0.1))" }.joined(separator: "&")
    }

    /// Parses a form body into pairs, decoding `+` as space.
    public static func formDecode(_ body: String) -> [(String, String)] {
        body.split(separator: "&").map { item in
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String { SigV4Encoding.decode(text.replacingOccurrences(of: "+", with: " ")) }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}
