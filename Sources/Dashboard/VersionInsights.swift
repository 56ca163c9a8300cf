import AWSServices
import Foundation

/// Details of versions, fetched when selected and cached: DescribeSolutionVersion (briefly: it changes while
/// training) and GetSolutionMetrics (for good: an ACTIVE version's metrics never change).
public struct VersionDetails: Equatable, Sendable {
    public var described: [String: SolutionVersion] = [:]
    public var describedAt: [String: Date] = [:]
    public var metrics: [String: [String: Double]] = [:]
    /// Describe results of jobs, campaigns and image versions (their time is in `describedAt` too).
    public var resources: [String: ResourceDetail] = [:]
    /// Requests in flight, so a selection that moves back and forth does not repeat them.
    public var pending: Set<String> = []

    public init() {}
}

/// What the model derives from the list and the cached details: metric deltas and series, durations and ETAs,
/// failure history, training cost.
public struct VersionInsights {
    public let versions: [SolutionVersionSummary]
    public let details: VersionDetails

    public init(_ state: DashboardState) {
        versions = state.versions.items
        details = state.details
    }

    /// ACTIVE versions, oldest first.
    var activeOldestFirst: [SolutionVersionSummary] {
        versions.filter { $0.status == "ACTIVE" }.sorted { ($0.creationDateTime ?? .distantPast) < ($1.creationDateTime ?? .distantPast) }
    }

    /// The ACTIVE version trained before `arn`, whose metrics are known.
    public func previousActive(before arn: String) -> SolutionVersionSummary? {
        let active = activeOldestFirst
        guard let index = active.firstIndex(where: { $0.solutionVersionArn == arn }) else { return nil }
        return active[..<index].last { details.metrics[$0.solutionVersionArn ?? ""] != nil }
    }

    /// Each metric of `arn` with its change against the previous ACTIVE version (nil when there is none).
    public func metricDeltas(for arn: String) -> [(name: String, value: Double, delta: Double?)] {
        guard let metrics = details.metrics[arn] else { return [] }
        let previous = previousActive(before: arn).flatMap { details.metrics[$0.solutionVersionArn ?? ""] }
        return metrics.keys.sorted().map { name in
            (name, metrics[name] ?? 0, previous?[name].map { (metrics[name] ?? 0) - $0 })
        }
    }

    /// One metric across the ACTIVE versions whose metrics are known, oldest first (for a sparkline).
    public func series(_ metric: String) -> [Double] {
        activeOldestFirst.compactMap { details.metrics[$0.solutionVersionArn ?? ""]?[metric] }
    }

    /// How long a finished version took (creation to its last update), or how long a running one has run.
    public static func duration(_ version: SolutionVersionSummary, now: Date) -> TimeInterval? {
        guard let created = version.creationDateTime else { return nil }
        let end = VersionStatus.terminal.contains(version.status ?? "") ? (version.lastUpdatedDateTime ?? now) : now
        return max(0, end.timeIntervalSince(created))
    }

    public enum Estimate: Equatable, Sendable {
        /// Expected to end at this time (the median of `samples` earlier trainings of the same mode).
        case finishesAround(Date, samples: Int)
        /// Fewer than two earlier ACTIVE trainings with this mode.
        case tooLittleHistory(samples: Int)
    }

    /// An ETA for an in-flight version from the median duration of earlier ACTIVE versions of the same mode.
    public func estimate(for version: SolutionVersionSummary, now: Date) -> Estimate? {
        guard VersionStatus.inFlight.contains(version.status ?? ""), let created = version.creationDateTime else { return nil }
        let durations = versions
            .filter { $0.status == "ACTIVE" && $0.trainingMode == version.trainingMode && $0.solutionVersionArn != version.solutionVersionArn }
            .compactMap { Self.duration($0, now: now) }
            .sorted()
        guard durations.count >= 2 else { return .tooLittleHistory(samples: durations.count) }
        let middle = durations.count / 2
        let median = durations.count % 2 == 1 ? durations[middle] : (durations[middle - 1] + durations[middle]) / 2
        return .finishesAround(created.addingTimeInterval(median), samples: durations.count)
    }

    /// The failed versions, newest first, with their reasons: a recurring cause shows at a glance.
    public var failureHistory: [(arn: String, at: Date?, reason: String)] {
        versions.filter { $0.status == "CREATE FAILED" }.map {
            ($0.solutionVersionArn ?? "", $0.creationDateTime, $0.failureReason ?? details.described[$0.solutionVersionArn ?? ""]?.failureReason ?? "")
        }
    }

    /// Training hours of the described versions, and their cost at `pricePerHour` when configured.
    public func trainingHours(pricePerHour: Double?) -> (hours: Double, cost: Double?) {
        let hours = details.described.values.compactMap(\.trainingHours).reduce(0, +)
        return (hours, pricePerHour.map { $0 * hours })
    }
}
