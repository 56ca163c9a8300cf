import Foundation

/// API requests made this session: a count per operation and the recent rate. The store reads the transport's
/// counter every second and reports it as an event, so the numbers are the real requests (retries included).
public struct RequestStats: Equatable, Sendable {
    /// Requests by operation name (`ListSolutionVersions`, …).
    public private(set) var byOperation: [String: Int] = [:]
    public private(set) var total = 0
    /// (time, total) samples of the last minute, oldest first, for the rate.
    private var samples: [Sample] = []

    struct Sample: Equatable, Sendable {
        var time: Date
        var total: Int
    }

    public init() {}

    /// Records the counter's latest totals.
    public mutating func record(_ counts: [String: Int], at time: Date) {
        byOperation = counts
        total = counts.values.reduce(0, +)
        samples.append(Sample(time: time, total: total))
        samples.removeAll { time.timeIntervalSince($0.time) > 60 }
    }

    /// Requests per minute over the last minute (or since the first sample, when younger).
    public var perMinute: Double {
        guard let first = samples.first, let last = samples.last else { return 0 }
        let span = last.time.timeIntervalSince(first.time)
        guard span >= 1 else { return 0 }
        return Double(last.total - first.total) / span * 60
    }
}
