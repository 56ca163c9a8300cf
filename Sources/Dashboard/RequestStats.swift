import Foundation

/// API requests made this session: a count per operation and the rate. The store reads the transport's
/// counter every second and reports it as an event, so the numbers are the real requests (retries included).
/// The rate is that of the last complete minute of the clock, so it changes once a minute, not at every tick
/// (an idle dashboard writes nothing to the terminal between refreshes).
public struct RequestStats: Equatable, Sendable {
    /// Requests by operation name (`ListSolutionVersions`, …).
    public private(set) var byOperation: [String: Int] = [:]
    public private(set) var total = 0
    /// The total when each minute of the clock began (as minute number, total), the last three, oldest first.
    private var minuteMarks: [Mark] = []

    struct Mark: Equatable, Sendable {
        var minute: Int
        var total: Int
    }

    public init() {}

    /// Records the counter's latest totals.
    public mutating func record(_ counts: [String: Int], at time: Date) {
        let previous = total
        byOperation = counts
        total = counts.values.reduce(0, +)
        let minute = Int((time.timeIntervalSince1970 / 60).rounded(.down))
        if minuteMarks.last?.minute != minute {
            minuteMarks.append(Mark(minute: minute, total: previous))
            if minuteMarks.count > 3 { minuteMarks.removeFirst(minuteMarks.count - 3) }
        }
    }

    /// Requests in the last complete minute (over a gap, the average of the minutes it spans); nil until a
    /// minute has been seen whole.
    public var lastMinute: Int? {
        guard minuteMarks.count >= 3 else { return nil }
        let ended = minuteMarks[minuteMarks.count - 2], current = minuteMarks[minuteMarks.count - 1]
        return (current.total - ended.total) / max(current.minute - ended.minute, 1)
    }

    /// Requests per minute (the last complete minute), or 0 before one was seen.
    public var perMinute: Double { Double(lastMinute ?? 0) }
}
