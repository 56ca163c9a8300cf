import AWSServices
import Foundation

/// Where the dashboard is pointed, for the header.
public struct ConnectionInfo: Equatable, Sendable {
    public var endpoint: String
    public var region: String
    /// True when the endpoint is not AWS's own (the demo emulator, a proxy).
    public var isCustomEndpoint: Bool

    public init(endpoint: String, region: String, isCustomEndpoint: Bool) {
        self.endpoint = endpoint
        self.region = region
        self.isCustomEndpoint = isCustomEndpoint
    }
}

/// Everything the dashboard knows. Changed only by `reduce`; published to the view as a snapshot.
public struct DashboardState: Equatable, Sendable {
    public var connection: ConnectionInfo
    /// The time of the latest event; the view computes ages from it.
    public var now: Date
    public var solutionArn: String?
    public var solutionName: String?
    /// Set while looking for a solution to open, or when there is none.
    public var solutionLookup: SolutionLookup
    public var versions = ListState<SolutionVersionSummary>()
    /// Selection is kept by ARN across refreshes; `cursor` is its index in `versions.items`.
    public var selectedArn: String?
    public var cursor = 0
    /// First visible row of the versions list.
    public var scrollTop = 0
    /// Rows of the versions list the view can show; set by the terminal on resize.
    public var viewportRows = 10
    /// Seconds between background refreshes.
    public var refreshInterval: TimeInterval
    /// Identifies the one refresh timer that counts; older timers are ignored.
    public var refreshTimerID = 0
    /// When the pending refresh timer fires, if one is pending.
    public var nextRefreshAt: Date?
    public var isQuitting = false

    public enum SolutionLookup: Equatable, Sendable {
        case given
        case searching
        case noneFound
        case failed(String)
    }

    public init(connection: ConnectionInfo, now: Date, solutionArn: String?, refreshInterval: TimeInterval) {
        self.connection = connection
        self.now = now
        self.solutionArn = solutionArn
        self.solutionName = solutionArn.flatMap(SolutionVersionName.solutionName(fromSolutionArn:))
        self.solutionLookup = solutionArn == nil ? .searching : .given
        self.refreshInterval = refreshInterval
    }

    /// The selected version, if any.
    public var selectedVersion: SolutionVersionSummary? {
        versions.items.indices.contains(cursor) ? versions.items[cursor] : nil
    }
}

/// Short names derived from Personalize ARNs.
public enum SolutionVersionName {
    /// `arn:...:solution/NAME/ID` -> `ID`; any other string is returned whole.
    public static func versionId(fromArn arn: String) -> String {
        guard let resource = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).last else { return arn }
        let parts = resource.split(separator: "/")
        return parts.count >= 3 ? String(parts[2]) : String(resource)
    }

    /// `arn:...:solution/NAME` -> `NAME`
    public static func solutionName(fromSolutionArn arn: String) -> String? {
        guard let resource = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).last,
              resource.hasPrefix("solution/")
        else { return nil }
        return resource.split(separator: "/").dropFirst().first.map(String.init)
    }
}
