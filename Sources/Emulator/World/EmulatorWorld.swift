import Foundation

/// The emulated account: solutions and the training plans of their versions, including versions that a
/// schedule creates as time passes (automatic training). Everything is derived from the clock, so the world
/// needs no background task and two requests at the same instant always agree.
struct EmulatorWorld: Sendable {
    var accountId: String
    var solutions: [SolutionRecord]
    var plans: [TrainingPlan]
    /// Automatic training: a new version of `solutionName` every `period` seconds after `origin`.
    var schedule: AutomaticTrainingSchedule?

    func solution(named name: String) -> SolutionRecord? {
        solutions.first { $0.name == name }
    }

    /// Every plan that exists at `now`, including scheduled ones.
    func plans(at now: Date) -> [TrainingPlan] {
        let scheduled = schedule?.plans(until: now) ?? []
        return (plans + scheduled).filter { $0.created <= now }
    }
}

/// Creates one version per period, each with a deterministic outcome, so a demo left open keeps moving.
struct AutomaticTrainingSchedule: Sendable {
    var solutionName: String
    var origin: Date
    var period: Double
    var pendingSeconds: Double
    var trainingSeconds: Double
    /// Every `failureEvery`-th scheduled version fails.
    var failureEvery: Int
    var failureReasons: [String]

    func plans(until now: Date) -> [TrainingPlan] {
        guard period > 0, now > origin else { return [] }
        let count = min(Int(now.timeIntervalSince(origin) / period), 10_000)
        guard count >= 1 else { return [] }
        return (1...count).map { index in
            let fails = failureEvery > 0 && index % failureEvery == 0
            return TrainingPlan(
                id: Self.versionId(index: index, origin: origin),
                solutionName: solutionName, trainingMode: "UPDATE", trainingType: "AUTOMATIC",
                created: origin.addingTimeInterval(Double(index) * period),
                pendingSeconds: pendingSeconds, trainingSeconds: trainingSeconds,
                outcome: fails ? .failed(reason: failureReasons[index % max(failureReasons.count, 1)]) : .active)
        }
    }

    /// Eight lowercase hex digits, stable for a given index and origin.
    static func versionId(index: Int, origin: Date) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(Int(origin.timeIntervalSince1970))/\(index)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let hex = String(hash & 0xffff_ffff, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
