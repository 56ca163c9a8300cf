import Foundation

/// The emulated account: solutions and the training plans of their versions, including versions that a
/// schedule creates as time passes (automatic training). Everything is derived from the clock, so the world
/// needs no background task and two requests at the same instant always agree.
struct EmulatorWorld: Sendable, Codable, Equatable {
    var accountId: String
    var solutions: [SolutionRecord]
    var plans: [TrainingPlan]
    /// Automatic training: a new version of `solutionName` every `period` seconds after `origin`.
    var schedule: AutomaticTrainingSchedule?
    var campaigns: [CampaignRecord] = []
    var batchJobs: [BatchJobRecord] = []
    var images: [ImageRecord] = []

    /// Dataset groups, in the order their first solution appears.
    var datasetGroupNames: [String] {
        var seen = Set<String>()
        return solutions.map(\.datasetGroupName).filter { seen.insert($0).inserted }
    }

    func solution(named name: String) -> SolutionRecord? {
        solutions.first { $0.name == name }
    }

    /// Every plan that exists at `now`, including scheduled ones; only those of `solutionName` when given.
    func plans(at now: Date, solutionName: String? = nil) -> [TrainingPlan] {
        let visible = visiblePlans(at: now, solutionName: solutionName)
        return visible.indices.map(visible.plan)
    }

    /// The same plans as positions (see `VisiblePlans`), for listing thousands of them a page at a time.
    func visiblePlans(at now: Date, solutionName: String? = nil) -> VisiblePlans {
        let scheduled = schedule.flatMap { solutionName == nil || $0.solutionName == solutionName ? $0.plans(until: now) : nil } ?? []
        let stored = plans
        var indices = stored.indices.filter { stored[$0].created <= now && (solutionName == nil || stored[$0].solutionName == solutionName) }
        indices += scheduled.indices.map { $0 + stored.count }
        return VisiblePlans(stored: stored, scheduled: scheduled, indices: indices)
    }
}

/// Plans as positions into the stored plans followed by the scheduled ones: a page of a 10,000-version list is
/// ordered through `created(_:)` without copying every plan (copies were most of a page's time).
struct VisiblePlans {
    let stored: [TrainingPlan]
    let scheduled: [TrainingPlan]
    let indices: [Int]

    func created(_ index: Int) -> Date {
        index < stored.count ? stored[index].created : scheduled[index - stored.count].created
    }

    func plan(_ index: Int) -> TrainingPlan {
        index < stored.count ? stored[index] : scheduled[index - stored.count]
    }
}

/// Creates one version per period, each with a deterministic outcome, so a demo left open keeps moving.
struct AutomaticTrainingSchedule: Sendable, Codable, Equatable {
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
                solutionName: solutionName, trainingMode: "FULL", trainingType: "AUTOMATIC",
                created: origin.addingTimeInterval(Double(index) * period),
                pendingSeconds: pendingSeconds, trainingSeconds: trainingSeconds,
                outcome: fails ? .failed(reason: failureReasons[index % max(failureReasons.count, 1)]) : .active,
                billedHours: fails ? 0.4 : 2.5)
        }
    }

    /// Eight lowercase hex digits, stable for a given index and origin.
    static func versionId(index: Int, origin: Date) -> String {
        // splitmix64 over the origin and index: neighbouring indexes give unrelated-looking ids.
        var hash = UInt64(bitPattern: Int64(origin.timeIntervalSince1970 * 1000)) &+ UInt64(index) &* 0x9e37_79b9_7f4a_7c15
        hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
        hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
        hash ^= hash >> 31
        let hex = String(hash & 0xffff_ffff, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
