import AWSCore
import AWSSigV4
import Foundation

/// The protocol core of the emulator, free of any HTTP framework: authenticate, route by `X-Amz-Target`, answer.
struct EmulatorResponder: Sendable {
    var authenticator: RequestAuthenticator
    var personalize: PersonalizeService
    var sagemaker: SageMakerService
    var sts: STSService
    var sso: SSOPortalService
    var limiter: RateLimiter?
    var clock: @Sendable () -> Date

    struct Answer: Sendable, Equatable {
        var status: Int
        var body: [UInt8]
        var contentType = "application/x-amz-json-1.1"
    }

    func respond(to request: RequestAuthenticator.Incoming, requestId: String) -> Answer {
        let now = clock()
        if request.method == "GET", request.path == "/federation/credentials" {
            return sso.getRoleCredentials(query: request.query, bearer: request.header("x-amz-sso_bearer_token"), now: now)
        }
        guard request.method == "POST", request.path == "/" else {
            return answer(EmulatorError(status: 404, code: "UnknownOperationException", message: "Unsupported request \(request.method) \(request.path)"))
        }
        if request.header("X-Amz-Target") == nil,
           request.header("Content-Type")?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true {
            return respondQuery(to: request, requestId: requestId, now: now)
        }
        let target = request.header("X-Amz-Target") ?? ""
        let (prefix, operation) = Self.split(target: target)
        let service: String
        switch prefix {
        case "AmazonPersonalize": service = "personalize"
        case "SageMaker": service = "sagemaker"
        default:
            return answer(.unknownOperation(target.isEmpty ? "(missing X-Amz-Target)" : target))
        }
        let region: String
        switch authenticator.authenticate(request, service: service, now: now) {
        case let .failure(error): return answer(error)
        case let .success(identity): region = identity.region
        }
        if let limiter, !limiter.allow(target, now: now) {
            return answer(service == "sagemaker"
                ? EmulatorError(status: 400, code: "ThrottlingException", message: "Rate exceeded")
                : EmulatorError(status: 400, code: "LimitExceededException", message: "The limit on the number of requests per second has been exceeded."))
        }
        do {
            let body = service == "sagemaker"
                ? try sagemaker.handle(operation: operation, body: request.body, region: region, now: now)
                : try personalize.handle(operation: operation, body: request.body, region: region, now: now)
            return Answer(status: 200, body: body)
        } catch {
            return answer(error)
        }
    }

    /// STS: the Query protocol, XML answers and STS's own error codes.
    private func respondQuery(to request: RequestAuthenticator.Incoming, requestId: String, now: Date) -> Answer {
        var parameters: [String: String] = [:]
        for (key, value) in QueryClient.formDecode(String(decoding: request.body, as: UTF8.self)) { parameters[key] = value }
        let action = parameters["Action"] ?? ""
        func xml(_ error: EmulatorError) -> Answer {
            Answer(status: error.status, body: STSService.errorBody(error, requestId: requestId), contentType: "text/xml")
        }
        var caller: CredentialStore.Entry?
        if !STSService.unsignedActions.contains(action) {
            switch authenticator.authenticate(request, service: "sts", now: now) {
            case let .failure(error): return xml(STSService.translate(error))
            case let .success(identity): caller = identity.identity
            }
        }
        if let limiter, !limiter.allow("STS." + action, now: now) {
            return xml(EmulatorError(status: 400, code: "Throttling", message: "Rate exceeded"))
        }
        do {
            let body = try sts.handle(action: action, parameters: parameters, caller: caller, now: now, requestId: requestId)
            return Answer(status: 200, body: body, contentType: "text/xml")
        } catch {
            return xml(error)
        }
    }

    private func answer(_ error: EmulatorError) -> Answer {
        Answer(status: error.status, body: error.body)
    }

    static func split(target: String) -> (prefix: String, operation: String) {
        guard let dot = target.lastIndex(of: ".") else { return (target, "") }
        return (String(target[..<dot]), String(target[target.index(after: dot)...]))
    }
}
