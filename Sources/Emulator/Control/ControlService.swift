import Foundation

/// The test-only API under `/_emulator/` (with `--control`, loopback peers only): fault injection, the clock,
/// request counts and reset. Plain JSON over unsigned HTTP.
struct ControlService: Sendable {
    var faults: FaultInjector
    var counter: RequestCounter
    var clock: EmulatorClock
    var world: WorldStore
    var credentials: CredentialStore
    var stateFile: StateFile?
    /// The account a reset goes back to, anchored at the given time.
    var seed: @Sendable (Date) -> EmulatorWorld

    static let prefix = "/_emulator/"

    func handle(method: String, path: String, body: [UInt8]) -> EmulatorResponder.Answer {
        let resource = String(path.dropFirst(Self.prefix.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        do {
            switch (method, resource) {
            case ("GET", "health"):
                return ok(["ok": true])
            case ("GET", "requests"):
                let counts = counter.snapshot
                return ok(RequestsAnswer(total: counts.values.reduce(0, +), operations: counts))
            case ("DELETE", "requests"):
                counter.reset()
                return ok(["ok": true])
            case ("GET", "faults"):
                return ok(FaultsAnswer(faults: faults.active(now: clock.wall())))
            case ("POST", "faults"):
                return ok(try arm(decode(FaultRequest.self, body)))
            case ("DELETE", "faults"):
                faults.clear()
                return ok(["ok": true])
            case ("GET", "clock"):
                return ok(clockAnswer())
            case ("POST", "clock"):
                return try adjustClock(decode(ClockRequest.self, body))
            case ("POST", "reset"):
                try reset()
                return ok(["ok": true])
            case (_, "health"), (_, "requests"), (_, "faults"), (_, "clock"), (_, "reset"):
                throw ControlError(status: 405, message: "\(method) is not supported on \(path)")
            default:
                throw ControlError(status: 404, message: "Unknown control resource \(path); try health, requests, faults, clock or reset")
            }
        } catch let error as ControlError {
            return EmulatorResponder.Answer(
                status: error.status,
                body: EmulatorError(status: error.status, code: error.status == 400 ? "ValidationException" : "NotFoundException", message: error.message).body,
                contentType: "application/json")
        } catch {
            return EmulatorResponder.Answer(status: 500, body: EmulatorError.internalFailure("\(error)").body, contentType: "application/json")
        }
    }

    private func arm(_ request: FaultRequest) throws -> Fault {
        guard let kind = Fault.Kind(rawValue: request.fault) else {
            throw ControlError(status: 400, message: "fault must be one of \(Fault.Kind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(request.fault)'")
        }
        let operation = request.operation ?? "*"
        guard !operation.isEmpty else { throw ControlError(status: 400, message: "operation must not be empty (use * for every operation)") }
        if let count = request.count, count < 1 { throw ControlError(status: 400, message: "count must be at least 1") }
        if let seconds = request.seconds, !(seconds > 0) { throw ControlError(status: 400, message: "seconds must be above 0") }
        let delay = request.delayMs ?? 1000
        guard (0...600_000).contains(delay) else { throw ControlError(status: 400, message: "delayMs must be between 0 and 600000") }
        return faults.arm(operation: operation, fault: kind, count: request.count, seconds: request.seconds, delayMs: delay, now: clock.wall())
    }

    private func adjustClock(_ request: ClockRequest) throws -> EmulatorResponder.Answer {
        if let advance = request.advanceSeconds, !(advance >= 0 && advance <= 10 * 365 * 86_400) {
            throw ControlError(status: 400, message: "advanceSeconds must be between 0 and ten years (time only moves forward)")
        }
        if let rate = request.rate, !(rate > 0 && rate <= 100_000) {
            throw ControlError(status: 400, message: "rate must be above 0 and at most 100000")
        }
        let setting = clock.adjust(advance: request.advanceSeconds ?? 0, rate: request.rate)
        try stateFile?.update { $0.clock = setting }
        return ok(clockAnswer())
    }

    private func reset() throws {
        faults.clear()
        counter.reset()
        clock.reset()
        try stateFile?.update { $0.clock = EmulatorClock.Setting() }
        try credentials.resetTemporary()
        let now = clock.now()
        try world.replace(with: seed(Date(timeIntervalSince1970: (now.timeIntervalSince1970 * 1000).rounded(.down) / 1000)))
    }

    private func clockAnswer() -> ClockAnswer {
        let setting = clock.current
        let now = clock.now()
        return ClockAnswer(now: now.timeIntervalSince1970, offsetSeconds: now.timeIntervalSince(clock.wall()), rate: setting.rate)
    }

    private func decode<T: Decodable>(_ type: T.Type, _ body: [UInt8]) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(body.isEmpty ? Array("{}".utf8) : body))
        } catch let DecodingError.keyNotFound(key, _) {
            throw ControlError(status: 400, message: "'\(key.stringValue)' is required")
        } catch let DecodingError.typeMismatch(_, context) {
            throw ControlError(status: 400, message: "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type")
        } catch {
            throw ControlError(status: 400, message: "the body must be a JSON object")
        }
    }

    private func ok(_ value: some Encodable) -> EmulatorResponder.Answer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        let body = (try? encoder.encode(value)).map(Array.init) ?? Array("{}".utf8)
        return EmulatorResponder.Answer(status: 200, body: body, contentType: "application/json")
    }

    struct FaultRequest: Decodable {
        var operation: String?
        var fault: String
        var count: Int?
        var seconds: Double?
        var delayMs: Int?
    }

    struct ClockRequest: Decodable {
        var advanceSeconds: Double?
        var rate: Double?
    }

    struct RequestsAnswer: Encodable {
        var total: Int
        var operations: [String: Int]
    }

    struct FaultsAnswer: Encodable {
        var faults: [Fault]
    }

    struct ClockAnswer: Encodable {
        var now: Double
        var offsetSeconds: Double
        var rate: Double
    }

    struct ControlError: Error {
        var status: Int
        var message: String
    }
}
