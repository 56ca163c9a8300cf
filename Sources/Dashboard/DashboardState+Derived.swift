import AWSServices
import Foundation

extension DashboardState {
    /// Versions served by a campaign: version ARN → the names of the campaigns serving it (ACTIVE campaigns, and
    /// campaigns whose update to it is in progress, marked "→").
    public var liveVersions: [String: [String]] {
        var live: [String: [String]] = [:]
        for row in list(.campaigns).items {
            guard case let .campaign(campaign)? = details.resources[row.arn] else { continue }
            if let arn = campaign.solutionVersionArn, campaign.status == "ACTIVE" || campaign.status?.contains("UPDATE") == true {
                live[arn, default: []].append(row.name)
            }
            if let update = campaign.latestCampaignUpdate, let target = update.solutionVersionArn,
               target != campaign.solutionVersionArn, ResourceStatus.isInFlight(update.status) {
                live[target, default: []].append("→" + row.name)
            }
        }
        return live
    }

    /// The open solution's automatic training and when it is next due (nil when it trains only on request).
    public var autoTraining: AutoTrainingSchedule? {
        AutoTrainingSchedule(solution: solution, versions: versions.items)
    }

    /// Training hours of the versions created during this session (described ones), and their estimated cost.
    public var sessionTraining: (hours: Double, cost: Double?) {
        guard let start = sessionStart else { return (0, nil) }
        let created = Set(versions.items.filter { ($0.creationDateTime ?? .distantPast) >= start }.compactMap(\.solutionVersionArn))
        let hours = details.described.filter { created.contains($0.key) }.values.compactMap(\.trainingHours).reduce(0, +)
        return (hours, pricePerTrainingHour.map { $0 * hours })
    }

    /// Estimated cost of one version's training, when its hours are known and a price is configured.
    public func trainingCost(of solutionVersionArn: String) -> Double? {
        guard let price = pricePerTrainingHour, let hours = details.described[solutionVersionArn]?.trainingHours else { return nil }
        return price * hours
    }
}
