import AWSSigV4
import Foundation

/// The protocol core of the emulator, free of any HTTP framework: authenticate, route by `X-Amz-Target`, answer.
struct EmulatorResponder: Sendable {
    var authenticator: RequestAuthenticator
    var personalize: PersonalizeService
    var clock: @Sendable () -> Date

    struct Answer: Sendable, Equatable {
        var status: Int
        var body: [UInt8]
    }

    func respond(to request: RequestAuthenticator.Incoming) -> Answer {
        let now = clock()
        guard request.method == "POST", request.path == "/" else {
            return answer(EmulatorError(status: 404, code: "UnknownOperationException", message: "Unsupported request \(request.method) \(request.path)"))
        }
        let target = request.header("X-Amz-Target") ?? ""
        let (prefix, operation) = Self.split(target: target)
        let service: String
        switch prefix {
        case "AmazonPersonalize": service = "personalize"
        default:
            return answer(.unknownOperation(target.isEmpty ? "(missing X-Amz-Target)" : target))
        }
        let region: String
        switch authenticator.authenticate(request, service: service, now: now) {
        case let .failure(error): return answer(error)
        case let .success(identity): region = identity.region
        }
        do {
            let body = try personalize.handle(operation: operation, body: request.body, region: region, now: now)
            return Answer(status: 200, body: body)
        } catch {
            return answer(error)
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
