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
    /// Simulated time (lifecycles, credential expiry) over the wall clock (signature skew, rate limits, faults).
    var clock: EmulatorClock
    var counter: RequestCounter
    var faults: FaultInjector
    /// The `/_emulator/` API, when `--control` is on.
    var control: ControlService?

    struct Answer: Sendable, Equatable {
        var status: Int
        var body: [UInt8]
        var contentType = "application/x-amz-json-1.1"
        /// Send the answer only after this many milliseconds (an injected delay).
        var delayMs = 0
        /// Close the connection with a reset instead of answering (an injected fault).
        var resetConnection = false
    }

    /// Answers one request. `fromLoopback` says whether the peer is on this machine (the control API needs it).
    func respond(to request: RequestAuthenticator.Incoming, requestId: String, fromLoopback: Bool = true) -> Answer {
        if request.path == "/_emulator" || request.path.hasPrefix(ControlService.prefix) {
            guard let control else {
                return answer(EmulatorError(status: 404, code: "UnknownOperationException",
                                            message: "Unsupported request \(request.method) \(request.path) (the control API needs --control)"))
            }
            guard fromLoopback else {
                return answer(EmulatorError(status: 403, code: "AccessDeniedException", message: "The control API only answers loopback clients"))
            }
            return control.handle(method: request.method, path: request.path, body: request.body)
        }
        let wall = clock.wall()
        let now = clock.now()
        if request.method == "GET", request.path == "/federation/credentials" {
            counter.record("SSO.GetRoleCredentials")
            return sso.getRoleCredentials(query: request.query, bearer: request.header("x-amz-sso_bearer_token"), now: now)
        }
        guard request.method == "POST", request.path == "/" else {
            return answer(EmulatorError(status: 404, code: "UnknownOperationException", message: "Unsupported request \(request.method) \(request.path)"))
        }
        if request.header("X-Amz-Target") == nil,
           request.header("Content-Type")?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true {
            return respondQuery(to: request, requestId: requestId, wall: wall, now: now)
        }
        let target = request.header("X-Amz-Target") ?? ""
        counter.record(target.isEmpty ? "(no target)" : target)
        let injected = faults.take(for: target, now: wall)
        if let injected, let failure = Self.failure(for: injected, throttling: Self.throttling(sagemaker: target.hasPrefix("SageMaker."))) {
            return answer(failure)
        }
        return Self.apply(injected, to: respondJSON(to: request, target: target, wall: wall, now: now))
    }

    private func respondJSON(to request: RequestAuthenticator.Incoming, target: String, wall: Date, now: Date) -> Answer {
        let (prefix, operation) = Self.split(target: target)
        let service: String
        switch prefix {
        case "AmazonPersonalize": service = "personalize"
        case "SageMaker": service = "sagemaker"
        default:
            return answer(.unknownOperation(target.isEmpty ? "(missing X-Amz-Target)" : target))
        }
        let region: String
        switch authenticator.authenticate(request, service: service, now: wall, credentialTime: now) {
        case let .failure(error): return answer(error)
        case let .success(identity): region = identity.region
        }
        if let limiter, !limiter.allow(target, now: wall) {
            return answer(Self.throttling(sagemaker: service == "sagemaker"))
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
    private func respondQuery(to request: RequestAuthenticator.Incoming, requestId: String, wall: Date, now: Date) -> Answer {
        var parameters: [String: String] = [:]
        for (key, value) in QueryClient.formDecode(String(decoding: request.body, as: UTF8.self)) { parameters[key] = value }
        let action = parameters["Action"] ?? ""
        func xml(_ error: EmulatorError) -> Answer {
            Answer(status: error.status, body: STSService.errorBody(error, requestId: requestId), contentType: "text/xml")
        }
        counter.record("STS." + action)
        let injected = faults.take(for: "STS." + action, now: wall)
        if let injected, let failure = Self.failure(for: injected, throttling: EmulatorError(status: 400, code: "Throttling", message: "Rate exceeded")) {
            return injected.fault == .reset ? Answer(status: 0, body: [], resetConnection: true) : xml(failure)
        }
        var caller: CredentialStore.Entry?
        if !STSService.unsignedActions.contains(action) {
            switch authenticator.authenticate(request, service: "sts", now: wall, credentialTime: now) {
            case let .failure(error): return xml(STSService.translate(error))
            case let .success(identity): caller = identity.identity
            }
        }
        if let limiter, !limiter.allow("STS." + action, now: wall) {
            return xml(EmulatorError(status: 400, code: "Throttling", message: "Rate exceeded"))
        }
        do {
            let body = try sts.handle(action: action, parameters: parameters, caller: caller, now: now, requestId: requestId)
            return Self.apply(injected, to: Answer(status: 200, body: body, contentType: "text/xml"))
        } catch {
            return Self.apply(injected, to: xml(error))
        }
    }

    private func answer(_ error: EmulatorError) -> Answer {
        if error.status == 0 { return Answer(status: 0, body: [], resetConnection: true) }
        return Answer(status: error.status, body: error.body)
    }

    static func throttling(sagemaker: Bool) -> EmulatorError {
        sagemaker
            ? EmulatorError(status: 400, code: "ThrottlingException", message: "Rate exceeded")
            : EmulatorError(status: 400, code: "LimitExceededException", message: "The limit on the number of requests per second has been exceeded.")
    }

    /// The error an injected fault answers with instead of the normal answer (status 0: reset the connection),
    /// or nil when the fault alters the normal answer (delay, malformed).
    static func failure(for fault: Fault, throttling: EmulatorError) -> EmulatorError? {
        switch fault.fault {
        case .throttle: return throttling
        case .http500: return EmulatorError(status: 500, code: "InternalFailure", message: "The request processing has failed because of an unknown error, exception or failure.")
        case .http503: return EmulatorError(status: 503, code: "ServiceUnavailable", message: "The service is unavailable. Please try again later.")
        case .reset: return EmulatorError(status: 0, code: "", message: "")
        case .delay, .malformed, .incomplete: return nil
        }
    }

    /// Applies a delay or a malformed body to the normal answer.
    static func apply(_ fault: Fault?, to answer: Answer) -> Answer {
        guard let fault else { return answer }
        var altered = answer
        switch fault.fault {
        case .delay:
            altered.delayMs = fault.delayMs
        case .malformed:
            // The first half of the real answer and a stray byte: a body cut off mid-way.
            altered.status = 200
            altered.body = Array(answer.body.prefix(answer.body.count / 2)) + Array("\u{1}".utf8)
        case .incomplete:
            altered.status = 200
            altered.body = Array("{}".utf8)
        default:
            break
        }
        return altered
    }

    static func split(target: String) -> (prefix: String, operation: String) {
        guard let dot = target.lastIndex(of: ".") else { return (target, "") }
        return (String(target[..<dot]), String(target[target.index(after: dot)...]))
    }
}
