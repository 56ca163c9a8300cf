import Foundation

/// A list fetched page by page: what is shown, what is arriving, and how fresh it is.
public struct ListState<Item: Equatable & Sendable>: Equatable, Sendable {
    /// What the user sees. During the very first load it fills up page by page.
    public var items: [Item] = []
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
    public var lastError: String?
    public var lastErrorAt: Date?

    public init() {}
}
