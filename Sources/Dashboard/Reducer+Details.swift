import AWSServices
import Foundation

/// The Describe and GetSolutionMetrics calls the selection needs: the selected version's details (refreshed
/// while it trains, trusted for `detailLifetime` once settled), its metrics and the previous ACTIVE version's
/// (for deltas), and, with `prefetchMetrics`, the metrics of the newest ACTIVE versions (for sparklines).
/// Metrics are fetched once per version: they never change.
func detailEffects(_ state: inout DashboardState, prefetchMetrics: Bool) -> [DashboardEffect] {
    var describe: [String] = []
    var metrics: [String] = []
    let items = state.versions.items
    if let selected = state.versions.selected, let arn = selected.solutionVersionArn {
        let inFlight = VersionStatus.inFlight.contains(selected.status ?? "")
        // The list already follows an in-flight version's status; its Describe (a status change triggers one at
        // once) only needs refreshing now and then.
        let lifetime = inFlight ? max(state.refreshInterval * 6, 30) : state.detailLifetime
        let fresh = state.details.describedAt[arn].map { state.now.timeIntervalSince($0) < lifetime } ?? false
        // A version whose status changed since it was described is described again.
        let changed = state.details.described[arn]?.status != selected.status
        if !fresh || changed { describe.append(arn) }
        if selected.status == "ACTIVE" {
            metrics.append(arn)
            let position = items.firstIndex { $0.solutionVersionArn == arn } ?? items.count
            if let previous = items.dropFirst(position + 1).first(where: { $0.status == "ACTIVE" })?.solutionVersionArn {
                metrics.append(previous)
            }
        }
    }
    if prefetchMetrics {
        metrics += items.filter { $0.status == "ACTIVE" }.prefix(8).compactMap(\.solutionVersionArn)
    }
    var effects: [DashboardEffect] = []
    for arn in describe where state.details.pending.insert("d:" + arn).inserted {
        effects.append(.describeSolutionVersion(solutionVersionArn: arn))
    }
    for arn in metrics where state.details.metrics[arn] == nil && state.details.pending.insert("m:" + arn).inserted {
        effects.append(.fetchMetrics(solutionVersionArn: arn))
    }
    return effects
}
