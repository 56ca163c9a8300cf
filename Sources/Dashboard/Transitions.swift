import AWSServices
import Foundation

/// Records every status change between two loads of a list in the timeline, and the ones that went from in
/// flight to settled (ACTIVE, failed, stopped) as notifications.
func recordTransitions<Row: ListRow>(_ state: inout DashboardState, from old: [Row], to new: [Row], at: Date) {
    var before: [String: String] = [:]
    for item in old { if let arn = item.rowArn { before[arn] = item.rowStatus ?? "" } }
    for item in new.reversed() {
        guard let arn = item.rowArn, let status = item.rowStatus else { continue }
        let previous = before[arn]
        guard previous != status else { continue }
        let entry = TimelineEntry(time: at, arn: arn, from: previous, to: status, failureExcerpt: excerpt(item.rowFailureReason))
        state.timeline.append(entry)
        if let previous, ResourceStatus.isInFlight(previous), !ResourceStatus.isInFlight(status) {
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
