import AWSSigV4
import Foundation

/// A client for one AWS JSON 1.1 service: `POST /` with `X-Amz-Target`, signed with SigV4, retried in standard mode.
public struct JSON11Client: Sendable {
    public let service: AWSServiceDescriptor
    public let endpoint: AWSEndpoint
    public let credentials: any CredentialProvider
    public let transport: any HTTPTransport
    public let retryPolicy: RetryPolicy
    public let timeout: Duration
    public let retryQuota: SharedRetryQuota
    private let clock: @Sendable () -> Date

    public init(
        service: AWSServiceDescriptor, endpoint: AWSEndpoint, credentials: any CredentialProvider,
        transport: any HTTPTransport = AsyncHTTPClientTransport(), retryPolicy: RetryPolicy = RetryPolicy(),
        timeout: Duration = .seconds(20), retryQuota: SharedRetryQuota = SharedRetryQuota(),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.retryQuota = retryQuota
        self.service = service
        self.endpoint = endpoint
        self.credentials = credentials
        self.transport = transport
        self.retryPolicy = retryPolicy
        self.timeout = timeout
        self.clock = clock
    }

    /// Calls `operation` with `input` and decodes the answer. Idempotent operations are retried on throttling,
    /// server and network errors; non-idempotent ones (creates) only when the service answered with a retryable
    /// error or the connection never opened. A create whose answer was lost throws `OutcomeUnknownError`.
    public func send<Output: Decodable>(_ operation: String, _ input: some Encodable, idempotent: Bool) async throws -> Output {
        try await sendReturningRequestId(operation, input, idempotent: idempotent).output
    }

    /// `send`, plus the `x-amzn-RequestId` of the answer (for audit logs).
    public func sendReturningRequestId<Output: Decodable>(_ operation: String, _ input: some Encodable, idempotent: Bool)
        async throws -> (output: Output, requestId: String?)
    {
        let body = try JSON11Coding.encoder.encode(input)
        var attempt = 1
        var refreshedCredentials = false
        var lastRetryCost = 0
        while true {
            do {
                let response = try await sendOnce(operation, body: Array(body))
                guard (200..<300).contains(response.status) else { throw AWSServiceError.decode(response) }
                retryQuota.recordSuccess(retryCost: lastRetryCost)
                do {
                    let output = try JSON11Coding.decoder.decode(Output.self, from: Data(response.body))
                    return (output, response.header("x-amzn-RequestId"))
                } catch {
                    throw ResponseDecodingError(operation: operation, detail: "\(error)")
                }
            } catch {
                // Temporary credentials that expired under us: re-resolve them once and try again.
                if let serviceError = error as? AWSServiceError, RetryPolicy.expiredTokenCodes.contains(serviceError.code),
                   !refreshedCredentials, let caching = credentials as? CachingCredentialProvider {
                    refreshedCredentials = true
                    await caching.invalidate()
                    continue
                }
                let failure: RetryPolicy.Failure
                var afterTimeout = false
                switch error {
                case let error as AWSServiceError:
                    failure = .service(code: error.code, httpStatus: error.httpStatus)
                case let error as TransportError:
                    if !idempotent && error.mayHaveBeenSent {
                        throw OutcomeUnknownError(operation: operation, cause: error.description)
                    }
                    failure = .transport
                    afterTimeout = error.isTimeout
                default:
                    throw error
                }
                guard let delay = retryPolicy.delay(afterAttempt: attempt, failure: failure, random: .random(in: 0..<1)),
                      let cost = retryQuota.acquire(afterTimeout: afterTimeout)
                else { throw error }
                lastRetryCost = cost
                try await Task.sleep(for: .milliseconds(Int(delay * 1000)))
                attempt += 1
            }
        }
    }

    private func sendOnce(_ operation: String, body: [UInt8]) async throws -> HTTPResponseData {
        guard let resolved = try await credentials.resolve() else {
            throw CredentialError("no AWS credentials found; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
        }
        var headers: [(name: String, value: String)] = [
            ("Host", endpoint.hostHeader),
            ("Content-Type", "application/x-amz-json-1.1"),
            ("X-Amz-Target", "\(service.targetPrefix).\(operation)"),
            ("Content-Length", String(body.count)),
        ]
        let signer = SigV4Signer(credentials: resolved.signing, region: endpoint.region, service: service.signingName)
        let signature = signer.sign(
            SigV4Request(method: "POST", path: "/", headers: headers, body: body),
            date: SigV4Date(secondsSince1970: clock().timeIntervalSince1970))
        headers.append(contentsOf: signature.headersToAdd)
        headers.append(("User-Agent", "pdash/0.1"))
        return try await transport.send(
            HTTPRequestData(method: "POST", url: endpoint.url + "/", headers: headers, body: body), timeout: timeout)
    }
}

/// The service answered 2xx with a body that does not match the expected shape.
public struct ResponseDecodingError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var detail: String
    public var description: String { "could not read the \(operation) response: \(detail)" }

    public init(operation: String, detail: String) {
        self.operation = operation
        self.detail = detail
    }
}

/// JSON 1.1 encoding rules: timestamps as epoch seconds, absent optionals omitted.
public enum JSON11Coding {
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }
}
