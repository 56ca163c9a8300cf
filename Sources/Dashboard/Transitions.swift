import AWSServices
import Foundation

/// Records every status change between two versions of the list in the timeline, and the ones that reached a
/// terminal state from an in-flight one as notifications.
func recordTransitions(_ state: inout DashboardState, from old: [SolutionVersionSummary], to new: [SolutionVersionSummary], at: Date) {
    var before: [String: String] = [:]
    for item in old { if let arn = item.solutionVersionArn { before[arn] = item.status ?? "" } }
    for item in new.reversed() {
        guard let arn = item.solutionVersionArn, let status = item.status else { continue }
        let previous = before[arn]
        guard previous != status else { continue }
        let entry = TimelineEntry(time: at, arn: arn, from: previous, to: status, failureExcerpt: excerpt(item.failureReason))
        state.timeline.append(entry)
        if let previous, VersionStatus.inFlight.contains(previous), VersionStatus.terminal.contains(status) {
            state.notifications.append(entry)
        }
    }
    // A session of days must not grow without bound: keep the latest 5,000 transitions.
    if state.timeline.count > 5_000 { state.timeline.removeFirst(state.timeline.count - 5_000) }
}

/// The first sentence of a failure reason, at most 120 characters.
func excerpt(_ reason: String?) -> String? {
    guard let reason, !reason.isEmpty else { return nil }
    let sentence = reason.split(separator: ".", maxSplits: 1).first.map { String($0) + "." } ?? reason
    return sentence.count > 120 ? String(sentence.prefix(119)) + "…" : sentence
}
