import Foundation

/// A solution version's whole life decided up front: when it was created, how long it waits and trains,
/// and how it ends. Its status at any instant is a pure function of the time.
struct TrainingPlan: Sendable, Equatable, Codable {
    enum Outcome: Sendable, Equatable, Codable {
        case active
        case failed(reason: String)
        case stopped
    }

    var id: String
    var solutionName: String
    var trainingMode: String
    var trainingType: String
    var created: Date
    var pendingSeconds: Double
    var trainingSeconds: Double
    var outcome: Outcome
    /// The name given to CreateSolutionVersion, if any.
    var name: String?
    /// When StopSolutionVersionCreation was called, and how long stopping takes once training has started.
    var stopRequested: Date?
    var stoppingSeconds: Double = 10
    /// Billed training hours once it ends: the real-world work, independent of how fast the emulator runs time.
    var billedHours: Double?

    var started: Date { created.addingTimeInterval(pendingSeconds) }
    var finished: Date { started.addingTimeInterval(trainingSeconds) }

    /// Status and the time of the last transition, as of `now`. Before `created` the version does not exist.
    func observe(at now: Date) -> (status: String, lastUpdated: Date, failureReason: String?)? {
        guard now >= created else { return nil }
        if let stop = stopRequested, stop < finished, now >= stop {
            if stop < started { return ("CREATE STOPPED", stop, nil) }
            let stopped = stop.addingTimeInterval(stoppingSeconds)
            return now < stopped ? ("CREATE STOPPING", stop, nil) : ("CREATE STOPPED", stopped, nil)
        }
        if now < started { return ("CREATE PENDING", created, nil) }
        if now < finished { return ("CREATE IN_PROGRESS", started, nil) }
        switch outcome {
        case .active: return ("ACTIVE", finished, nil)
        case let .failed(reason): return ("CREATE FAILED", finished, reason)
        case .stopped: return ("CREATE STOPPED", finished, nil)
        }
    }
}

/// A solution in the emulated account.
struct SolutionRecord: Sendable, Equatable, Codable {
    var name: String
    var datasetGroupName: String
    var recipe: String
    var created: Date
    var lastUpdated: Date
    var performHPO = false
    /// `rate(7 days)` style, when the solution trains automatically.
    var autoTrainingSchedule: String?
    /// When set, every training of this solution fails with this reason (its data has a problem).
    var trainingFailure: String?
}
