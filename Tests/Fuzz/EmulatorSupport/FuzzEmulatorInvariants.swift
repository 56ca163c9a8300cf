import AWSCore
import AWSServices
import Foundation

// What must hold for the emulator's answer to ANY request (part of the emulator fuzz target, FuzzEmulator.swift).
// A violation stops the fuzzer with the reason and the request, which libFuzzer keeps as a crash input.

func fuzzCheck(_ condition: Bool, _ reason: @autoclosure () -> String, _ answer: FuzzAnswer) {
    guard !condition else { return }
    let request = answer.request
    let headers = request.headers.map { "\($0.name): \($0.value)" }.joined(separator: "\n")
    fatalError("""
        emulator invariant broken: \(reason())
        request: \(request.method) \(request.path)?\(request.query)
        \(headers)

        \(String(decoding: request.body, as: UTF8.self))
        answer: \(answer.answer.status) \(answer.answer.contentType)
        \(String(decoding: answer.answer.body, as: UTF8.self))
        """)
}

/// One answer and the request it answers, with its body parsed once.
struct FuzzAnswer {
    static let json11 = "application/x-amz-json-1.1"
    static let authenticationCodes: Set<String> = [
        "MissingAuthenticationTokenException", "IncompleteSignatureException", "InvalidSignatureException",
        "UnrecognizedClientException", "ExpiredTokenException",
        // The same failures in STS's words.
        "MissingAuthenticationToken", "IncompleteSignature", "SignatureDoesNotMatch", "InvalidClientTokenId", "ExpiredToken",
    ]

    var answer: EmulatorResponder.Answer
    var requestId: String
    var request: RequestAuthenticator.Incoming
    /// The body as a JSON object, for the JSON content types.
    var jsonObject: [String: Any]?
    /// The leaf texts of an XML body (STS).
    var xml: XMLValues?

    init(_ answer: EmulatorResponder.Answer, requestId: String, request: RequestAuthenticator.Incoming) {
        self.answer = answer
        self.requestId = requestId
        self.request = request
        if answer.contentType == "text/xml" {
            xml = XMLValues(Data(answer.body))
        } else {
            jsonObject = (try? JSONSerialization.jsonObject(with: Data(answer.body))) as? [String: Any]
        }
    }

    var isJSON11: Bool { answer.contentType == Self.json11 }

    /// The error code, whatever the protocol.
    var errorCode: String? {
        guard answer.status != 200 else { return nil }
        return jsonObject?["__type"] as? String ?? xml?.value("ErrorResponse/Error/Code")
    }

    /// Every answer: a real HTTP status (no fault is armed, so no reset or delay), never an internal failure (there
    /// is no state file to fail), a known content type, and a body its client can read.
    func checkWellFormed() {
        fuzzCheck(!answer.resetConnection && answer.delayMs == 0, "a reset or delay without a fault", self)
        fuzzCheck((200..<600).contains(answer.status), "HTTP status \(answer.status)", self)
        fuzzCheck(answer.status != 500, "an internal failure", self)
        switch answer.contentType {
        case Self.json11, "application/json":
            checkJSON()
        case "text/xml":
            checkXML()
        default:
            fuzzCheck(false, "content type \(answer.contentType)", self)
        }
        let secret = EmulatorConfiguration.demoSecretAccessKey
        fuzzCheck(!String(decoding: answer.body, as: UTF8.self).contains(secret), "the body gives away the secret key", self)
    }

    private func checkJSON() {
        guard let object = jsonObject else { return fuzzCheck(false, "the body is not a JSON object", self) }
        if answer.status == 200 {
            if isJSON11 { checkDecodes() }
            return
        }
        let code = object["__type"] as? String ?? ""
        let message = object["message"] as? String ?? object["Message"] as? String
        fuzzCheck(!code.isEmpty && message != nil, "an error without __type or message", self)
        // Read back the way pdash's JSON 1.1 client reads errors.
        let decoded = AWSServiceError.decode(HTTPResponseData(status: answer.status, headers: [], body: answer.body))
        fuzzCheck(decoded.code == code && decoded.message == message, "the client reads the error as \(decoded)", self)
    }

    private func checkXML() {
        guard let xml else { return fuzzCheck(false, "the body is not well-formed XML", self) }
        let root = answer.status == 200 ? (xml.values.keys.first?.split(separator: "/").first.map(String.init) ?? "") : "ErrorResponse"
        fuzzCheck(root.hasSuffix("Response") && xml.values.keys.allSatisfy { $0.hasPrefix(root + "/") }, "XML outside one <…Response>", self)
        fuzzCheck(xml.value("RequestId") == requestId, "the XML does not carry the request id", self)
        if answer.status != 200 {
            fuzzCheck(!(xml.value("ErrorResponse/Error/Code") ?? "").isEmpty, "an STS error without a code", self)
        }
    }

    /// A successful JSON 1.1 answer decodes as the operation's response shape, as pdash's client decodes it.
    private func checkDecodes() {
        let operation = EmulatorResponder.split(target: request.header("X-Amz-Target") ?? "").operation
        guard let decode = Self.responseShapes[operation] else {
            return fuzzCheck(operation == "StopSolutionVersionCreation", "a 200 for \(operation), which has no response shape here", self)
        }
        do {
            try decode(Data(answer.body))
        } catch {
            fuzzCheck(false, "the client cannot decode the answer: \(error)", self)
        }
    }

    private static func shape<T: Decodable>(_ type: T.Type) -> (Data) throws -> Void {
        { _ = try JSON11Coding.decoder.decode(type, from: $0) }
    }

    private static let responseShapes: [String: (Data) throws -> Void] = [
        "ListSolutions": shape(ListSolutionsResponse.self), "ListSolutionVersions": shape(ListSolutionVersionsResponse.self),
        "DescribeSolutionVersion": shape(DescribeSolutionVersionResponse.self),
        "CreateSolutionVersion": shape(CreateSolutionVersionResponse.self), "GetSolutionMetrics": shape(GetSolutionMetricsResponse.self),
        "DescribeSolution": shape(DescribeSolutionResponse.self), "ListDatasetGroups": shape(ListDatasetGroupsResponse.self),
        "DescribeRecipe": shape(DescribeRecipeResponse.self), "ListCampaigns": shape(ListCampaignsResponse.self),
        "DescribeCampaign": shape(DescribeCampaignResponse.self), "ListBatchSegmentJobs": shape(ListBatchSegmentJobsResponse.self),
        "DescribeBatchSegmentJob": shape(DescribeBatchSegmentJobResponse.self),
        "ListBatchInferenceJobs": shape(ListBatchInferenceJobsResponse.self),
        "DescribeBatchInferenceJob": shape(DescribeBatchInferenceJobResponse.self),
        "ListImages": shape(ListImagesResponse.self), "ListImageVersions": shape(ListImageVersionsResponse.self),
        "DescribeImageVersion": shape(DescribeImageVersionResponse.self),
    ]

    /// A request signed with the emulator's own credentials and clock is never refused for its signature.
    func checkAuthenticated() {
        fuzzCheck(!Self.authenticationCodes.contains(errorCode ?? ""), "a correctly signed request was refused", self)
    }

    /// Without a valid signature only the unsigned entry points (control API, SSO portal, STS
    /// AssumeRoleWithWebIdentity) may succeed or change anything.
    func checkUnsignedIsRefused(before: FuzzState, after: FuzzState) {
        let unsignedByDesign = answer.contentType == "application/json"
            || (answer.contentType == "text/xml" && xml?.values.keys.contains { $0.hasPrefix("AssumeRoleWithWebIdentityResponse/") } == true)
        guard !unsignedByDesign else { return }
        fuzzCheck(answer.status != 200, "an unsigned request succeeded", self)
        fuzzCheck(before == after, "an unsigned request changed the emulator's state", self)
    }
}

/// FUZZ_EMULATOR_TALLY=1: answers by target and status, printed when the fuzzer exits; =2 also prints every answer.
enum FuzzTally {
    nonisolated(unsafe) static var counts: [String: Int] = [:]
    static let level = Int(ProcessInfo.processInfo.environment["FUZZ_EMULATOR_TALLY"] ?? "") ?? 0
    static let enabled: Bool = {
        let on = level > 0
        if on {
            atexit {
                for (key, count) in FuzzTally.counts.sorted(by: { $0.key < $1.key }) { print("tally: \(key) \(count)") }
            }
        }
        return on
    }()

    static func count(_ answer: FuzzAnswer) {
        guard enabled else { return }
        if level > 1 { print("answer: \(answer.answer.status) \(String(decoding: answer.answer.body, as: UTF8.self))") }
        let code = answer.errorCode ?? ""
        var route: String
        switch answer.answer.contentType {
        case "text/xml": route = "STS"
        case "application/json": route = answer.request.path.hasPrefix("/_emulator") ? "control" : "SSO"
        default: route = answer.request.header("X-Amz-Target") ?? ""
        }
        if FuzzAnswer.authenticationCodes.contains(code) || ["UnknownOperationException", "InvalidAction"].contains(code) {
            route = "(any)"
        }
        let key = "\(route) \(answer.answer.status) \(code)"
        counts[key, default: 0] += 1
    }
}
