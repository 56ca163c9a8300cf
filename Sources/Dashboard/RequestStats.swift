import Foundation

/// API requests made this session: a count per operation and the rate. The store reads the transport's
/// counter every second and reports it as an event, so the numbers are the real requests (retries included).
/// The rate is that of the last complete minute, so it changes once a minute, not at every tick (an idle
/// dashboard writes nothing to the terminal between refreshes).
public struct RequestStats: Equatable, Sendable {
    /// Requests by operation name (`ListSolutionVersions`, …).
    public private(set) var byOperation: [String: Int] = [:]
    public private(set) var total = 0
    /// Requests in the last complete minute of the clock; nil until one minute has been seen whole.
    public private(set) var lastMinute: Int?
    private var minute: Int?
    private var totalAtMinuteStart = 0
    private var startedWhole = false

    public init() {}

    /// Records the counter's latest totals.
    public mutating func record(_ counts: [String: Int], at time: Date) {
        let previous = total
        byOperation = counts
        total = counts.values.reduce(0, +)
        let now = Int((time.timeIntervalSince1970 / 60).rounded(.down))
        guard let current = minute else {
            minute = now
            totalAtMinuteStart = previous
            return
        }
        guard now > current else { return }
        // The minute that just ended (over a gap of several, their average); the first one seen began before the
        // counting did, so it does not count.
        if startedWhole { lastMinute = (previous - totalAtMinuteStart) / (now - current) }
        startedWhole = true
        minute = now
        totalAtMinuteStart = previous
    }

    /// Requests per minute (the last complete minute), or 0 before one was seen.
    public var perMinute: Double { Double(lastMinute ?? 0) }
}
