import AWSServices
import Foundation

/// Where the dashboard is pointed, for the header.
public struct ConnectionInfo: Equatable, Sendable {
    public var endpoint: String
    public var region: String
    /// True when the endpoint is not AWS's own (the demo emulator, a proxy).
    public var isCustomEndpoint: Bool
    /// The AWS profile, when one is used.
    public var profile: String?
    /// The exact command that renews this profile's credentials (`aws sso login --profile NAME`), when known.
    public var reloginCommand: String?

    public init(endpoint: String, region: String, isCustomEndpoint: Bool, profile: String? = nil, reloginCommand: String? = nil) {
        self.endpoint = endpoint
        self.region = region
        self.isCustomEndpoint = isCustomEndpoint
        self.profile = profile
        self.reloginCommand = reloginCommand
    }
}

/// Everything the dashboard knows. Changed only by `reduce`; published to the view as a snapshot.
public struct DashboardState: Equatable, Sendable {
    /// Where the dashboard is pointed. Stored out of line, like the other large values: the state is copied on
    /// every event and a large inline struct overflows small thread stacks.
    public var connection: ConnectionInfo {
        get { connectionStorage[0] }
        set { connectionStorage[0] = newValue }
    }
    private var connectionStorage: [ConnectionInfo]
    /// The time of the latest event; the view computes ages from it.
    public var now: Date
    /// When the dashboard started (the session's training cost counts versions created since).
    public var sessionStart: Date?
    public var solutionArn: String?
    public var solutionName: String?
    /// Set while looking for a solution to open, or when there is none.
    public var solutionLookup: SolutionLookup
    /// Identifies the search for a solution in flight; older answers are ignored.
    public var solutionSearch = 0
    /// The solution's versions (out of line: see `connection`).
    public var versions: ListState<SolutionVersionSummary> {
        get { versionsStorage[0] }
        set { versionsStorage[0] = newValue }
    }
    private var versionsStorage = [ListState<SolutionVersionSummary>()]
    /// The other lists (jobs, campaigns, images, pickers), by kind.
    public var lists: [ResourceKind: ListState<ResourceRow>] = [:]
    /// The request each list's rows answer; a list whose wanted request differs is loaded afresh.
    public var listRequests: [ResourceKind: ListRequest] = [:]
    /// Where the user is: dataset group, image, pane, picker.
    public var navigation: Navigation {
        get { navigationStorage[0] }
        set { navigationStorage[0] = newValue }
    }
    private var navigationStorage = [Navigation()]
    /// The selected version's ARN (kept across refreshes, filters and sorts).
    public var selectedArn: String? { versions.selectedArn }
    /// The selected version's index in `versions.visible`.
    public var cursor: Int { versions.cursor }
    /// First visible row of the versions list.
    public var scrollTop: Int { versions.scrollTop }
    /// Rows of the versions list the view can show.
    public var viewportRows: Int { versions.viewportRows }
    /// Seconds between background refreshes while anything visible is pending or in progress.
    public var refreshInterval: TimeInterval
    /// Seconds between background refreshes when everything is settled.
    public var idleRefreshInterval: TimeInterval
    /// A settled list is refreshed by its first page; every this many seconds it is listed in full again.
    public var fullRelistInterval: TimeInterval = 600
    public var lastFullList: Date?
    /// Set by the pause key: no polling at all until resumed.
    public var isPaused = false
    /// Failed refreshes in a row; the retry delay grows with it.
    public var consecutiveFailures = 0
    /// The last failure of some list was throttling (the header says so).
    public var isThrottled: Bool { versions.isThrottled || lists.values.contains(where: \.isThrottled) }
    /// Credentials are missing or expired: what happened and how to fix it. Refreshing continues slowly.
    public var credentialsProblem: String?
    /// `--read-only`: every mutating action is refused here, in the model.
    public var readOnly = false
    /// DescribeSolution of the open solution (recipe, automatic training). Stored out of line (an array is one
    /// pointer) to keep the state small: it is copied on every event.
    public var solution: Solution? {
        get { solutionStorage.first }
        set { solutionStorage = newValue.map { [$0] } ?? [] }
    }
    private var solutionStorage: [Solution] = []
    /// Every status transition seen this session, oldest first.
    public var timeline: [TimelineEntry] = []
    /// Transitions of watched items to a terminal state, for the bell / desktop notification.
    public var notifications: [TimelineEntry] = []
    /// How many of `notifications` the view has delivered.
    public var notificationsDelivered = 0
    /// The dialog on screen, if any.
    public var dialog: Dialog? {
        didSet { dialogChoice = 0 }
    }
    /// The highlighted answer of the dialog: the mode (0 FULL, 1 UPDATE) or the button (0 No, 1 Yes).
    public var dialogChoice = 0
    /// Text for the terminal to put on the clipboard (OSC 52).
    public var clipboard: ClipboardRequest?
    /// A CreateSolutionVersion is in flight: a second one is impossible until it ends.
    public var createInFlight = false
    /// StopSolutionVersionCreation calls in flight, by version ARN.
    public var stopsInFlight: Set<String> = []
    /// DescribeSolutionVersion and GetSolutionMetrics results, cached.
    public var details = VersionDetails()
    /// API requests made, by operation, and the recent rate.
    public var requests = RequestStats()
    /// USD per training hour, when configured: versions and the session show an estimated cost.
    public var pricePerTrainingHour: Double?
    /// How long a DescribeSolutionVersion of a settled version is trusted.
    public var detailLifetime: TimeInterval = 300
    /// The latest message for the status line.
    public var message: StatusMessage?
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

    public init(connection: ConnectionInfo, now: Date, solutionArn: String?, refreshInterval: TimeInterval,
                idleRefreshInterval: TimeInterval? = nil) {
        self.idleRefreshInterval = idleRefreshInterval ?? max(refreshInterval, 60)
        self.connectionStorage = [connection]
        self.now = now
        self.solutionArn = solutionArn
        self.solutionName = solutionArn.flatMap(SolutionVersionName.solutionName(fromSolutionArn:))
        self.solutionLookup = solutionArn == nil ? .searching : .given
        self.refreshInterval = refreshInterval
    }

    /// Anything visible is pending, in progress or stopping.
    public var hasWorkInFlight: Bool {
        versions.items.contains { VersionStatus.inFlight.contains($0.status ?? "") }
            || (navigation.lowerPane.kind.flatMap { lists[$0] }?.items.contains(where: \.isInFlight) ?? false)
    }

    /// The list of `kind` (empty when never loaded).
    public func list(_ kind: ResourceKind) -> ListState<ResourceRow> {
        lists[kind] ?? ListState()
    }

    /// The interval the next refresh waits, before any backoff.
    public var currentRefreshInterval: TimeInterval {
        hasWorkInFlight ? refreshInterval : idleRefreshInterval
    }

    /// The selected version, if any.
    public var selectedVersion: SolutionVersionSummary? { versions.selected }

    /// The selected row of the lower pane, if it shows a list.
    public var selectedLowerRow: ResourceRow? {
        navigation.lowerPane.kind.flatMap { lists[$0]?.selected }
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

/// Solution version statuses, grouped as the model needs them.
public enum VersionStatus {
    public static let inFlight: Set<String> = ["CREATE PENDING", "CREATE IN_PROGRESS", "CREATE STOPPING"]
    public static let stoppable: Set<String> = ["CREATE PENDING", "CREATE IN_PROGRESS"]
    public static let terminal: Set<String> = ["ACTIVE", "CREATE FAILED", "CREATE STOPPED"]
}

/// One status transition.
public struct TimelineEntry: Equatable, Sendable {
    public var time: Date
    public var arn: String
    /// nil when the item first appeared (created).
    public var from: String?
    public var to: String
    /// The first sentence of the failureReason, when it failed.
    public var failureExcerpt: String?
    /// Created by this session's train action.
    public var byUser: Bool

    public init(time: Date, arn: String, from: String?, to: String, failureExcerpt: String? = nil, byUser: Bool = false) {
        self.time = time
        self.arn = arn
        self.from = from
        self.to = to
        self.failureExcerpt = failureExcerpt
        self.byUser = byUser
    }
}

/// A question the user must answer before a mutating action runs.
public enum Dialog: Equatable, Sendable {
    /// Train a new version of exactly this solution: choose the mode. UPDATE is offered only when allowed;
    /// otherwise `updateBlockedBy` says why.
    case train(solutionArn: String, updateBlockedBy: String?)
    /// The second step: confirm this solution and mode (the answer defaults to No).
    case confirmTrain(solutionArn: String, mode: String)
    /// Stop exactly this version.
    case stop(solutionVersionArn: String)
}

/// A line for the status bar; errors stay until replaced.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    public var at: Date

    public init(_ text: String, isError: Bool = false, at: Date) {
        self.text = text
        self.isError = isError
        self.at = at
    }
}
