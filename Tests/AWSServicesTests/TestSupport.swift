import AWSCore
import AWSServices
import Foundation
import Synchronization
import Testing

/// Decodes a JSON 1.1 body the way the client does (epoch-second timestamps).
func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSON11Coding.decoder.decode(type, from: Data(json.utf8))
}

/// Encodes a request the way the client does and reads it back as a JSON object.
func encodedObject(_ value: some Encodable) throws -> [String: Any] {
    let data = try JSON11Coding.encoder.encode(value)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
}

/// The member names a request puts on the wire.
func encodedKeys(_ value: some Encodable) throws -> Set<String> {
    Set(try encodedObject(value).keys)
}

/// The validation error a request reports, or nil when it is valid.
func validationError(_ request: any ValidatableRequest) -> RequestValidationError? {
    do {
        try request.validate()
        return nil
    } catch {
        return error
    }
}

/// `Date` from epoch seconds, for comparing decoded timestamps.
func epoch(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }

/// An HTTP transport that records requests and answers from a script, one entry per call.
final class ScriptedTransport: HTTPTransport {
    enum Answer: Sendable {
        case json(Int, String)
        case empty(Int)
        case failure(TransportError)
    }

    private let state: Mutex<(script: [Answer], requests: [HTTPRequestData])>

    init(_ script: [Answer]) {
        state = Mutex((script, []))
    }

    var requests: [HTTPRequestData] { state.withLock { $0.requests } }

    /// The operation of each request, from `X-Amz-Target`.
    var targets: [String] {
        requests.map { request in request.headers.first { $0.name == "X-Amz-Target" }?.value ?? "" }
    }

    /// The JSON body of request `index`.
    func body(_ index: Int) throws -> [String: Any] {
        let data = Data(requests[index].body)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func send(_ request: HTTPRequestData, timeout: Duration) async throws -> HTTPResponseData {
        let answer: Answer = state.withLock { state in
            state.requests.append(request)
            return state.script.isEmpty ? .json(500, #"{"__type":"ScriptExhausted"}"#) : state.script.removeFirst()
        }
        switch answer {
        case let .json(status, body):
            return HTTPResponseData(status: status, headers: [("Content-Type", "application/x-amz-json-1.1")], body: Array(body.utf8))
        case let .empty(status):
            return HTTPResponseData(status: status, headers: [], body: [])
        case let .failure(error):
            throw error
        }
    }
}

/// Clients wired to a scripted transport, with instant retries.
enum Clients {
    static func json11(_ service: AWSServiceDescriptor, _ transport: ScriptedTransport) throws -> JSON11Client {
        JSON11Client(
            service: service,
            endpoint: try AWSEndpoint(service: service, region: "us-east-1", customURL: "http://127.0.0.1:9"),
            credentials: StaticCredentialProvider(accessKeyId: "AKIDTEST", secretAccessKey: "secret"),
            transport: transport, retryPolicy: RetryPolicy(maxAttempts: 3, maximumBackoff: 0))
    }

    static func personalize(_ transport: ScriptedTransport) throws -> PersonalizeClient {
        PersonalizeClient(client: try json11(.personalize, transport))
    }

    static func sageMaker(_ transport: ScriptedTransport) throws -> SageMakerClient {
        SageMakerClient(client: try json11(.sagemaker, transport))
    }
}

enum ARN {
    static let datasetGroup = "arn:aws:personalize:us-east-1:111122223333:dataset-group/retail"
    static let solution = "arn:aws:personalize:us-east-1:111122223333:solution/retail-upv2"
    static let solutionVersion = "arn:aws:personalize:us-east-1:111122223333:solution/retail-upv2/7a1b2c3d"
    static let recipe = "arn:aws:personalize:::recipe/aws-user-personalization-v2"
    static let campaign = "arn:aws:personalize:us-east-1:111122223333:campaign/retail-live"
    static let batchSegmentJob = "arn:aws:personalize:us-east-1:111122223333:batch-segment-job/segments-june"
    static let batchInferenceJob = "arn:aws:personalize:us-east-1:111122223333:batch-inference-job/recs-june"
}
