import AWSServices
import Foundation

/// A column a list can be sorted by. Rows that have no value for a column sort after those that do.
public enum SortColumn: String, Equatable, Sendable, CaseIterable {
    case name, status, mode, type, created, updated, duration
}

/// The sort of a list: a column and a direction.
public struct ListSort: Equatable, Sendable {
    public var column: SortColumn
    public var ascending: Bool

    public init(_ column: SortColumn, ascending: Bool) {
        self.column = column
        self.ascending = ascending
    }
}

/// What the user narrowed a list to and how they ordered it. State, not a view trick: selection, counts and
/// the cursor all work on the filtered, sorted rows.
public struct ListQuery: Equatable, Sendable {
    /// Case-insensitive text every shown row contains (in its name, ARN, status, mode or failure reason).
    public var text = ""
    /// Statuses shown; empty means all.
    public var statuses: Set<String> = []
    /// nil keeps the service's order (newest first).
    public var sort: ListSort?

    public init(text: String = "", statuses: Set<String> = [], sort: ListSort? = nil) {
        self.text = text
        self.statuses = statuses
        self.sort = sort
    }

    public var isFiltering: Bool { !text.isEmpty || !statuses.isEmpty }

    /// The rows this query shows, in its order.
    public func apply<Row: ListRow>(to rows: [Row]) -> [Row] {
        let needle = text.lowercased()
        var shown = rows
        if isFiltering {
            shown = rows.filter { row in
                (statuses.isEmpty || statuses.contains(row.rowStatus ?? ""))
                    && (needle.isEmpty || row.searchText.lowercased().contains(needle))
            }
        }
        guard let sort else { return shown }
        // A stable sort: equal keys keep the service's order; rows without a value go last either way.
        let keyed = shown.enumerated().map { (offset: $0.offset, key: $0.element.sortKey(sort.column), row: $0.element) }
        return keyed.sorted { lhs, rhs in
            switch (lhs.key, rhs.key) {
            case (.none, .none): return lhs.offset < rhs.offset
            case (.none, _): return false
            case (_, .none): return true
            default:
                let order = SortKey.compare(lhs.key, rhs.key)
                if order == .orderedSame { return lhs.offset < rhs.offset }
                return sort.ascending ? order == .orderedAscending : order == .orderedDescending
            }
        }.map(\.row)
    }
}

/// A value rows are ordered by.
public enum SortKey: Equatable, Sendable {
    case none
    case text(String)
    case time(Date)
    case number(Double)

    static func compare(_ lhs: SortKey, _ rhs: SortKey) -> ComparisonResult {
        switch (lhs, rhs) {
        case let (.text(a), .text(b)): return a.localizedStandardCompare(b)
        case let (.time(a), .time(b)): return a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending)
        case let (.number(a), .number(b)): return a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending)
        case (.none, .none): return .orderedSame
        case (.none, _): return .orderedDescending
        case (_, .none): return .orderedAscending
        default: return .orderedSame
        }
    }
}

/// What a list needs from its rows: identity, status, creation time, text to search and values to sort by.
public protocol ListRow: Equatable, Sendable {
    var rowArn: String? { get }
    var rowStatus: String? { get }
    var rowCreated: Date? { get }
    var rowFailureReason: String? { get }
    var searchText: String { get }
    func sortKey(_ column: SortColumn) -> SortKey
}

extension SolutionVersionSummary: ListRow {
    public var rowArn: String? { solutionVersionArn }
    public var rowStatus: String? { status }
    public var rowCreated: Date? { creationDateTime }
    public var rowFailureReason: String? { failureReason }
    public var searchText: String {
        [solutionVersionArn, status, trainingMode, trainingType, failureReason].compactMap { $0 }.joined(separator: " ")
    }

    public func sortKey(_ column: SortColumn) -> SortKey {
        switch column {
        case .name: return solutionVersionArn.map { .text(SolutionVersionName.versionId(fromArn: $0)) } ?? .none
        case .status: return status.map(SortKey.text) ?? .none
        case .mode: return trainingMode.map(SortKey.text) ?? .none
        case .type: return trainingType.map(SortKey.text) ?? .none
        case .created: return creationDateTime.map(SortKey.time) ?? .none
        case .updated: return lastUpdatedDateTime.map(SortKey.time) ?? .none
        case .duration:
            guard let start = creationDateTime, let end = lastUpdatedDateTime else { return .none }
            return .number(end.timeIntervalSince(start))
        }
    }
}
