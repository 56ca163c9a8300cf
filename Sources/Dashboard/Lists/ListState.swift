import Foundation

/// A list fetched page by page: what is shown, what is arriving, how fresh it is, and where the cursor is.
public struct ListState<Item: ListRow>: Equatable, Sendable {
    /// Every row loaded, in the service's order. During the very first load it fills up page by page.
    public private(set) var items: [Item] = []
    /// `items` filtered and sorted by `query`: what the user sees; `cursor` indexes it.
    public private(set) var visible: [Item] = []
    /// The filter and sort.
    public private(set) var query = ListQuery()
    /// Pages of the load in flight; they replace `items` when the last page arrives.
    public var incoming: [Item] = []
    /// True once one load has run to its last page.
    public var isComplete = false
    /// Identifies the load in flight; results of older loads are ignored.
    public var generation = 0
    public var isLoading = false
    /// The load in flight fetches only the first page (a cheap refresh of a complete list).
    public var isFirstPageOnly = false
    public var lastSuccess: Date?
    /// The last load that ran to the last page (a settled list is listed in full again at a slow cadence).
    public var lastFullLoad: Date?
    public var lastError: String?
    public var lastErrorAt: Date?
    /// The last load was throttled.
    public var isThrottled = false
    /// Failed loads in a row; the retry delay grows with it.
    public var consecutiveFailures = 0
    /// When the failing list is tried again.
    public var nextRetryAt: Date?
    /// The selected row, kept by ARN across refreshes, filters and sorts.
    public private(set) var selectedArn: String?
    /// Index of the selected row in `visible`.
    public private(set) var cursor = 0
    /// First visible row.
    public private(set) var scrollTop = 0
    /// Rows the view can show; set by the terminal on resize.
    public var viewportRows = 10 {
        didSet { keepCursorVisible() }
    }

    public init() {}

    /// What the list is doing, for the header and the pane title.
    public var phase: ListPhase {
        if let lastError, !isLoading { return .failing(lastError, since: lastErrorAt, retryAt: nextRetryAt) }
        if isLoading { return items.isEmpty && !isComplete ? .loadingFirstPage : .loading }
        return isComplete ? .complete : .idle
    }

    /// The selected row, if any.
    public var selected: Item? { visible.indices.contains(cursor) ? visible[cursor] : nil }

    /// Replaces the rows, keeping the selection on the same ARN (or the same position when it is gone).
    public mutating func replaceItems(_ newItems: [Item]) {
        items = newItems
        reapply()
    }

    /// Changes the filter or sort; the selection stays on the same ARN when it is still shown.
    public mutating func setQuery(_ newQuery: ListQuery) {
        query = newQuery
        reapply()
    }

    /// Moves the cursor (clamped) and selects that row.
    public mutating func moveCursor(to index: Int) {
        guard !visible.isEmpty else { return }
        cursor = min(max(index, 0), visible.count - 1)
        selectedArn = visible[cursor].rowArn
        keepCursorVisible()
    }

    /// Selects the row with this ARN when it is shown.
    public mutating func select(arn: String) {
        selectedArn = arn
        reapply()
    }

    /// Forgets rows, cursor and load state (another solution, image or scope was opened). The query stays.
    public mutating func reset() {
        let kept = (query, viewportRows, generation)
        self = ListState()
        (query, viewportRows, generation) = kept
    }

    private mutating func reapply() {
        visible = query.apply(to: items)
        if let arn = selectedArn, let index = visible.firstIndex(where: { $0.rowArn == arn }) {
            cursor = index
        } else {
            cursor = min(max(cursor, 0), max(visible.count - 1, 0))
            if visible.indices.contains(cursor) {
                selectedArn = visible[cursor].rowArn
            } else if !items.isEmpty {
                // Everything is filtered out: keep the ARN so clearing the filter brings the selection back.
            } else {
                selectedArn = nil
            }
        }
        keepCursorVisible()
    }

    private mutating func keepCursorVisible() {
        let rows = max(viewportRows, 1)
        if cursor < scrollTop { scrollTop = cursor }
        if cursor >= scrollTop + rows { scrollTop = cursor - rows + 1 }
        scrollTop = min(max(scrollTop, 0), max(visible.count - rows, 0))
    }
}

/// The state of a list as the user should understand it.
public enum ListPhase: Equatable, Sendable {
    /// Nothing asked yet.
    case idle
    /// The first page has not arrived.
    case loadingFirstPage
    /// Rows are shown and more are arriving (or a refresh is in flight).
    case loading
    /// Loaded to the last page; `lastSuccess` says how old.
    case complete
    /// The last load failed; rows shown (if any) are from the last success.
    case failing(String, since: Date?, retryAt: Date?)
}
