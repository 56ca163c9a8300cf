import AWSServices
import Foundation

/// Something that happened: a key, a timer, an API answer. Every event carries its time.
public enum DashboardEvent: Equatable, Sendable {
    case started(at: Date)
    case userRequested(UserAction, at: Date)
    case viewportResized(rows: Int)
    case clockTicked(at: Date)
    case refreshTimerFired(id: Int, at: Date)
    case solutionsLoaded([SolutionSummary], at: Date)
    case solutionsFailed(String, at: Date)
    case solutionDescribed(Solution, at: Date)
    case solutionVersionsPageLoaded(generation: Int, items: [SolutionVersionSummary], isLastPage: Bool, at: Date)
    /// `jitter` in 0..<1 spreads retries (the store draws it; the reducer stays pure).
    case solutionVersionsFailed(generation: Int, failure: LoadFailure, jitter: Double, at: Date)
    /// A version followed with DescribeSolutionVersion (in progress but not on the first page, or selected).
    case solutionVersionDescribed(SolutionVersion, at: Date)

    /// The user asked to train the current solution: opens the dialog.
    case trainRequested(at: Date)
    /// The user confirmed the dialog for exactly this solution and mode.
    case trainConfirmed(solutionArn: String, mode: String, at: Date)
    case trainFinished(TrainOutcome, at: Date)
    /// The user asked to stop the selected version: opens the confirmation.
    case stopRequested(at: Date)
    case stopConfirmed(solutionVersionArn: String, at: Date)
    case stopFinished(solutionVersionArn: String, error: String?, at: Date)
    case dialogDismissed(at: Date)
    case metricsLoaded(solutionVersionArn: String, metrics: [String: Double], at: Date)
    case detailFailed(solutionVersionArn: String, at: Date)
    /// The view rang the bell / sent the desktop notification for these.
    case notificationsDelivered(upTo: Int)
}

/// Why a load failed, as the model needs to know it.
public struct LoadFailure: Equatable, Sendable {
    public var message: String
    /// Throttling: back off and say so.
    public var isThrottling: Bool
    /// Credentials missing or expired: say how to log in again, keep retrying slowly.
    public var isCredentials: Bool

    public init(message: String, isThrottling: Bool = false, isCredentials: Bool = false) {
        self.message = message
        self.isThrottling = isThrottling
        self.isCredentials = isCredentials
    }
}

/// How a CreateSolutionVersion ended.
public enum TrainOutcome: Equatable, Sendable {
    case created(solutionVersionArn: String, mode: String)
    case refused(code: String, message: String)
    /// The request was sent but no answer came; the store reconciled by listing and found this (or nothing).
    case outcomeUnknown(found: String?, mode: String)
}

/// What the user asked for, independent of which key they pressed.
public enum UserAction: String, Equatable, Sendable, CaseIterable {
    case moveUp, moveDown, pageUp, pageDown, moveToTop, moveToBottom, refresh, togglePause, quit
}

/// Work for the store to do outside the reducer.
public enum DashboardEffect: Equatable, Sendable {
    case fetchSolutions
    case describeSolution(solutionArn: String)
    /// All pages, streamed; or only the first (a cheap refresh of a settled list).
    case fetchSolutionVersions(solutionArn: String, generation: Int, firstPageOnly: Bool)
    case describeSolutionVersion(solutionVersionArn: String)
    case fetchMetrics(solutionVersionArn: String)
    case scheduleRefresh(id: Int, after: TimeInterval)
    /// Non-idempotent: the store never retries it blindly, and reconciles a lost answer by listing.
    case createSolutionVersion(solutionArn: String, mode: String)
    case stopSolutionVersion(solutionVersionArn: String)
    case quit
}
