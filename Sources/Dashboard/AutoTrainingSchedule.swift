import AWSServices
import Foundation

/// Automatic training of a solution (DescribeSolution `performAutoTraining` and
/// `solutionConfig.autoTrainingConfig.schedulingExpression`) and when the next automatic version is due.
public struct AutoTrainingSchedule: Equatable, Sendable {
    /// `rate(7 days)`, as configured.
    public var expression: String
    /// The period of a `rate(...)` expression; nil for expressions pdash does not interpret.
    public var period: TimeInterval?
    /// When the last automatic version was created, if any is listed.
    public var lastAutomaticRun: Date?
    /// When the next automatic version should start; nil when it cannot be told.
    public var nextDue: Date?

    /// Personalize starts the first automatic training within an hour of the solution's creation.
    static let firstRunDelay: TimeInterval = 3_600

    /// nil when the solution does not train automatically.
    public init?(solution: Solution?, versions: [SolutionVersionSummary]) {
        guard let solution, (solution.latestSolutionUpdate?.performAutoTraining ?? solution.performAutoTraining) == true else { return nil }
        let latestUpdate = solution.latestSolutionUpdate?.solutionUpdateConfig?.autoTrainingConfig?.schedulingExpression
        expression = latestUpdate ?? solution.solutionConfig?.autoTrainingConfig?.schedulingExpression ?? "rate(7 days)"
        period = Self.period(of: expression)
        lastAutomaticRun = versions.filter { $0.trainingType == "AUTOMATIC" }.compactMap(\.creationDateTime).max()
        if let period {
            if let last = lastAutomaticRun {
                nextDue = last.addingTimeInterval(period)
            } else {
                nextDue = solution.creationDateTime?.addingTimeInterval(Self.firstRunDelay)
            }
        }
    }

    /// Seconds in `rate(N unit)` (units: minute(s), hour(s), day(s)); nil for anything else.
    public static func period(of expression: String) -> TimeInterval? {
        let trimmed = expression.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("rate("), trimmed.hasSuffix(")") else { return nil }
        let words = trimmed.dropFirst(5).dropLast().split(separator: " ")
        guard words.count == 2, let count = Double(words[0]), count > 0 else { return nil }
        switch words[1].lowercased() {
        case "minute", "minutes": return count * 60
        case "hour", "hours": return count * 3_600
        case "day", "days": return count * 86_400
        default: return nil
        }
    }
}
