import Foundation
import Synchronization

/// A fault the control API arms for one operation (or every operation): for its next N requests, during a time
/// window, or both (whichever ends first).
struct Fault: Sendable, Equatable, Codable {
    enum Kind: String, Sendable, Codable, CaseIterable {
        /// The service's throttling error (LimitExceededException, ThrottlingException, Throttling).
        case throttle
        /// HTTP 500 InternalFailure.
        case http500
        /// HTTP 503 ServiceUnavailable.
        case http503
        /// The normal answer, `delayMs` later.
        case delay
        /// The connection is reset without an answer.
        case reset
        /// HTTP 200 with a body that is not valid JSON.
        case malformed
        /// HTTP 200 with `{}`: valid JSON without any of the answer's fields (the list, the resource).
        case incomplete
    }

    var id: String
    /// An operation name (`ListSolutionVersions`), a full target (`AmazonPersonalize.ListSolutionVersions`,
    /// `STS.AssumeRole`) or `*`.
    var operation: String
    var fault: Kind
    /// Requests still to affect; nil means until the window ends.
    var remaining: Int?
    /// When the fault stops applying; nil means until `remaining` runs out.
    var until: Date?
    var delayMs: Int

    func matches(_ target: String) -> Bool {
        operation == "*" || operation == target || target.hasSuffix("." + operation)
    }
}

/// The armed faults. Each request takes at most one: the oldest matching fault still live.
final class FaultInjector: Sendable {
    private struct State {
        var faults: [Fault] = []
        var nextId = 1
    }

    private let state = Mutex(State())

    func arm(operation: String, fault: Fault.Kind, count: Int?, seconds: Double?, delayMs: Int, now: Date) -> Fault {
        state.withLock { state in
            let armed = Fault(
                id: "fault-\(state.nextId)", operation: operation, fault: fault,
                remaining: count ?? (seconds == nil ? 1 : nil), until: seconds.map { now.addingTimeInterval($0) }, delayMs: delayMs)
            state.nextId += 1
            state.faults.append(armed)
            return armed
        }
    }

    /// The fault to apply to a request for `target`, using it up.
    func take(for target: String, now: Date) -> Fault? {
        state.withLock { state in
            state.faults.removeAll { fault in (fault.until.map { $0 <= now } ?? false) || fault.remaining == 0 }
            guard let index = state.faults.firstIndex(where: { $0.matches(target) }) else { return nil }
            let fault = state.faults[index]
            if let remaining = fault.remaining {
                if remaining <= 1 { state.faults.remove(at: index) } else { state.faults[index].remaining = remaining - 1 }
            }
            return fault
        }
    }

    func active(now: Date) -> [Fault] {
        state.withLock { state in state.faults.filter { fault in !(fault.until.map { $0 <= now } ?? false) } }
    }

    func clear() {
        state.withLock { $0.faults.removeAll() }
    }
}

/// Requests received per operation (`AmazonPersonalize.ListSolutionVersions`, `STS.AssumeRole`, ...).
final class RequestCounter: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    func record(_ target: String) {
        counts.withLock { $0[target, default: 0] += 1 }
    }

    var snapshot: [String: Int] { counts.withLock { $0 } }

    func reset() {
        counts.withLock { $0.removeAll() }
    }
}
