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
    case solutionVersionsPageLoaded(generation: Int, items: [SolutionVersionSummary], isLastPage: Bool, at: Date)
    case solutionVersionsFailed(generation: Int, message: String, at: Date)
}

/// What the user asked for, independent of which key they pressed.
public enum UserAction: String, Equatable, Sendable, CaseIterable {
    case moveUp, moveDown, pageUp, pageDown, moveToTop, moveToBottom, refresh, quit
}

/// Work for the store to do outside the reducer.
public enum DashboardEffect: Equatable, Sendable {
    case fetchSolutions
    case fetchSolutionVersions(solutionArn: String, generation: Int)
    case scheduleRefresh(id: Int, after: TimeInterval)
    case quit
}
