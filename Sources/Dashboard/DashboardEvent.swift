import AWSServices
import Foundation

/// Something that happened: a key, a timer, an API answer. Every event carries its time.
/// Indirect: some payloads (a described version, a job) are hundreds of bytes, and events are copied through
/// the stream and the reducer; boxed, every event is a pointer (debug builds ran short of stack).
public indirect enum DashboardEvent: Equatable, Sendable {
    case started(at: Date)
    case userRequested(UserAction, at: Date)
    /// The terminal's size changed: rows of the versions list and of the lower pane.
    case viewportResized(rows: Int, lowerRows: Int? = nil)
    case clockTicked(at: Date)
    case refreshTimerFired(id: Int, at: Date)
    /// `activity`: the latest version change of some solutions (start-up opens the most active one).
    case solutionsLoaded(search: Int, [SolutionSummary], activity: [String: Date] = [:], at: Date)
    case solutionsFailed(search: Int, String, at: Date)
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
    /// A page of one of the other lists.
    case listPageLoaded(ResourceKind, generation: Int, rows: [ResourceRow], isLastPage: Bool, at: Date)
    case listFailed(ResourceKind, generation: Int, failure: LoadFailure, jitter: Double, at: Date)
    /// A key, with what it means in each context; the reducer picks by the state it is in (so a key typed right
    /// after `:` is text even if the screen had not caught up yet).
    case keyPressed(KeyPress, at: Date)
    /// A click on a row (its index among the shown rows) of the versions or the lower pane.
    case rowClicked(Focus, index: Int, at: Date)
    /// A click on a tab of the lower pane.
    case paneClicked(LowerPane, at: Date)
    /// The inspector or help was drawn at this (clamped) scroll position.
    case overlayScrolled(Int)
    /// Text typed into the palette or the filter line.
    case typed(String, at: Date)
    /// A load that waited for the selection to rest is due.
    case listLoadDue(ResourceKind, generation: Int, at: Date)
    /// A job, campaign or image version described.
    case resourceDescribed(ResourceDetail, at: Date)
    /// The text filter of the focused list (or picker) changed.
    case filterChanged(text: String, at: Date)
    /// The statuses the focused list shows (empty: all).
    case statusFilterChanged(Set<String>, at: Date)
    /// The sort of the focused list (nil: the service's order).
    case sortChanged(ListSort?, at: Date)
    /// SortBy / SortOrder / time filters of the image versions.
    case imageVersionQueryChanged(ImageVersionQuery, at: Date)
    /// A row of a picker was chosen (for profiles and regions, `arn` is the name).
    case pickerChosen(ResourceKind, arn: String, name: String, at: Date)
    /// The store connected to another profile or region.
    case connectionSwitched(ConnectionSwitch, at: Date)
    case connectionSwitchFailed(String, at: Date)
    /// The transport's request counter, read every second.
    case requestsCounted([String: Int], at: Date)
    /// The view rang the bell / sent the desktop notification for these.
    case notificationsDelivered(upTo: Int)
}

/// A key press as the model needs it: its text (for the palette and filter lines) and its action in the panes,
/// in a dialog and on a text line.
public struct KeyPress: Equatable, Sendable {
    public var text: String?
    public var main: UserAction?
    public var dialog: UserAction?
    public var line: UserAction?

    public init(text: String? = nil, main: UserAction? = nil, dialog: UserAction? = nil, line: UserAction? = nil) {
        self.text = text
        self.main = main
        self.dialog = dialog
        self.line = line
    }
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
    /// Pickers.
    case openSolutions, openDatasetGroups, openImages, openProfiles, openRegions
    /// Enter: choose the picker's row (or focus the lower pane); Esc: close, clear the filter, or focus back.
    case choose, back
    /// Tab between the versions and the lower pane; the lower pane's tabs.
    case focusNext, nextPane, previousPane
    /// Batch jobs of the selected version ↔ of every version of the solution.
    case toggleJobScope
    case cycleSort, reverseSort, cycleStatusFilter, clearFilter
    /// Shift-Tab: the other way.
    case focusPrevious
    /// `?` help, `:` palette, `/` filter line. (Enter on an item, `choose`, opens the inspector.)
    case help, openPalette, startFilter
    /// Mutations (asked in a dialog first).
    case train, stop
    /// `y`: the selected item's ARN to the clipboard; `o`: its AWS console URL.
    case copyArn, copyConsoleURL
    /// Text lines: Backspace, Tab completion.
    case deleteBackward, complete
    /// Dialog answers.
    case answerYes, answerNo
}

/// Work for the store to do outside the reducer.
public enum DashboardEffect: Equatable, Sendable {
    /// Find the solution to open; `search` identifies the answer.
    case fetchSolutions(search: Int)
    case describeSolution(solutionArn: String)
    /// All pages, streamed; or only the first (a cheap refresh of a settled list).
    case fetchSolutionVersions(solutionArn: String, generation: Int, firstPageOnly: Bool)
    case describeSolutionVersion(solutionVersionArn: String)
    case fetchMetrics(solutionVersionArn: String)
    case scheduleRefresh(id: Int, after: TimeInterval)
    /// Non-idempotent: the store never retries it blindly, and reconciles a lost answer by listing.
    case createSolutionVersion(solutionArn: String, mode: String)
    case stopSolutionVersion(solutionVersionArn: String)
    /// Load (all pages streamed, or only the first) a list; replaces the load of the same kind in flight.
    case fetchList(ListRequest, generation: Int, firstPageOnly: Bool)
    /// Send `fetchList` for this load after a short delay (answered with `listLoadDue`).
    case scheduleListLoad(ResourceKind, generation: Int, after: TimeInterval)
    case describeResource(ResourceKind, arn: String)
    /// Stop loading a list nobody sees any more.
    case cancelList(ResourceKind)
    /// Stop every load and timer (the connection changed).
    case cancelAll
    /// Connect as another profile or in another region (nil keeps the current one).
    case switchConnection(profile: String?, region: String?)
    /// Remember where the user is, for next time.
    case rememberSession(SessionPlace)
    case quit
}
