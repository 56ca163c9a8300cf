import AWSServices
import Foundation

/// Moving around: pickers (dataset groups, solutions, images, profiles, regions), the lower pane's tabs and
/// scope, focus, filters and sorts.
func handleNavigation(_ action: UserAction, _ state: inout DashboardState) -> [DashboardEffect] {
    switch action {
    case .openSolutions: return openPicker(&state, .solutions)
    case .openDatasetGroups: return openPicker(&state, .datasetGroups)
    case .openImages: return openPicker(&state, .images)
    case .openProfiles: return openPicker(&state, .profiles)
    case .openRegions: return openPicker(&state, .regions)
    case .back:
        if let picker = state.navigation.picker {
            state.navigation.picker = nil
            return abandonLoad(&state, picker)
        } else if state.dialog != nil {
            state.dialog = nil
        } else if focusedQuery(state).isFiltering {
            return reduceNavigation(&state, .filterChanged(text: "", at: state.now))
                + reduceNavigation(&state, .statusFilterChanged([], at: state.now))
        } else {
            state.navigation.focus = .versions
        }
        return []
    case .choose:
        guard let picker = state.navigation.picker else { return inspectSelected(&state) }
        guard let row = state.lists[picker]?.selected else { return [] }
        return reduceNavigation(&state, .pickerChosen(picker, arn: row.arn, name: row.name, at: state.now))
    case .focusNext:
        state.navigation.focus = state.navigation.focus == .versions && state.navigation.lowerPane.kind != nil ? .lower : .versions
        return lowerDetailEffects(&state)
    case .nextPane, .previousPane:
        let panes = LowerPane.allCases
        let index = panes.firstIndex(of: state.navigation.lowerPane) ?? 0
        let step = action == .nextPane ? 1 : panes.count - 1
        return showPane(&state, panes[(index + step) % panes.count])
    case .toggleJobScope:
        state.navigation.jobScope = state.navigation.jobScope == .selectedVersion ? .allVersions : .selectedVersion
        state.message = StatusMessage(state.navigation.jobScope == .allVersions
            ? "Jobs of every version of the solution." : "Jobs of the selected version.", at: state.now)
        return syncLowerPane(&state)
    case .cycleSort:
        var query = focusedQuery(state)
        let columns: [SortColumn] = [.created, .updated, .status, .name, .mode, .type, .duration]
        let next = query.sort.flatMap { columns.firstIndex(of: $0.column) }.map { $0 + 1 } ?? 0
        query.sort = next < columns.count ? ListSort(columns[next], ascending: [.name, .status, .mode, .type].contains(columns[next])) : nil
        return reduceNavigation(&state, .sortChanged(query.sort, at: state.now))
    case .reverseSort:
        var sort = focusedQuery(state).sort ?? ListSort(.created, ascending: false)
        sort.ascending.toggle()
        return reduceNavigation(&state, .sortChanged(sort, at: state.now))
    case .cycleStatusFilter:
        return reduceNavigation(&state, .statusFilterChanged(nextStatusFilter(state), at: state.now))
    case .clearFilter:
        return reduceNavigation(&state, .filterChanged(text: "", at: state.now))
            + reduceNavigation(&state, .statusFilterChanged([], at: state.now))
    default:
        return []
    }
}

/// Events that change where the user is or what a list shows.
func reduceNavigation(_ state: inout DashboardState, _ event: DashboardEvent) -> [DashboardEffect] {
    switch event {
    case let .filterChanged(text, at):
        state.now = at
        updateFocusedQuery(&state) { $0.text = text }
        return afterFocusedSelectionMoved(&state)
    case let .statusFilterChanged(statuses, at):
        state.now = at
        updateFocusedQuery(&state) { $0.statuses = statuses }
        return afterFocusedSelectionMoved(&state)
    case let .sortChanged(sort, at):
        state.now = at
        updateFocusedQuery(&state) { $0.sort = sort }
        return afterFocusedSelectionMoved(&state)
    case let .imageVersionQueryChanged(query, at):
        state.now = at
        state.navigation.imageVersionQuery = query
        return syncLowerPane(&state)
    case let .pickerChosen(kind, arn, name, at):
        state.now = at
        state.navigation.picker = nil
        // Pages still arriving for the picker are not needed any more.
        let closing = abandonLoad(&state, kind)
        return closing + chosen(&state, kind, arn: arn, name: name)
    case let .connectionSwitched(change, at):
        var fresh = DashboardState(connection: change.connection, now: at, solutionArn: change.solutionArn,
                                   refreshInterval: change.refreshActive ?? state.refreshInterval,
                                   idleRefreshInterval: change.refreshIdle ?? state.idleRefreshInterval)
        fresh.readOnly = change.readOnly
        fresh.pricePerTrainingHour = change.pricePerTrainingHour
        // Generations keep counting: an answer to a request of the old connection can never pass for a new one.
        fresh.versions.generation = state.versions.generation
        for (kind, list) in state.lists {
            var empty = ListState<ResourceRow>()
            empty.generation = list.generation
            fresh.lists[kind] = empty
        }
        fresh.solutionSearch = state.solutionSearch + 1
        var navigation = Navigation()
        navigation.profile = change.connection.profile
        navigation.lowerPane = state.navigation.lowerPane
        navigation.availableProfiles = state.navigation.availableProfiles
        navigation.availableRegions = state.navigation.availableRegions
        navigation.lowerViewportRows = state.navigation.lowerViewportRows
        fresh.navigation = navigation
        fresh.versions.viewportRows = state.viewportRows
        fresh.timeline = state.timeline
        fresh.sessionStart = state.sessionStart
        fresh.requests = state.requests
        fresh.refreshTimerID = state.refreshTimerID + 1
        fresh.message = StatusMessage("Now using \(change.connection.profile.map { "profile \($0), " } ?? "")\(change.connection.region)"
            + (change.readOnly ? " (read-only)." : "."), at: at)
        state = fresh
        return [.cancelAll] + reduce(&state, .started(at: at)) + [.rememberSession(SessionPlace(state))]
    case let .connectionSwitchFailed(message, at):
        state.now = at
        state.message = StatusMessage("Could not switch: \(message)", isError: true, at: at)
        return []
    default:
        return []
    }
}

/// What choosing a picker's row does.
private func chosen(_ state: inout DashboardState, _ kind: ResourceKind, arn: String, name: String) -> [DashboardEffect] {
    switch kind {
    case .datasetGroups:
        state.navigation.datasetGroupArn = arn
        state.navigation.datasetGroupName = name
        return openPicker(&state, .solutions)
    case .solutions:
        state.solutionName = name
        return openSolutionEffects(&state, arn: arn) + [.rememberSession(SessionPlace(state))]
    case .images:
        state.navigation.imageName = name
        return showPane(&state, .imageVersions) + syncLowerPane(&state)
    case .profiles:
        return [.switchConnection(profile: arn, region: nil)]
    case .regions:
        return [.switchConnection(profile: state.connection.profile, region: arn)]
    default:
        return []
    }
}

/// Opens a solution: versions from the first page on, its details, and the lists that depend on it.
func openSolutionEffects(_ state: inout DashboardState, arn: String) -> [DashboardEffect] {
    let isSame = state.solutionArn == arn && state.versions.isComplete
    state.solutionArn = arn
    state.solutionLookup = .given
    if state.solutionName == nil || !isSame {
        state.solutionName = state.solutionName ?? SolutionVersionName.solutionName(fromSolutionArn: arn)
    }
    if !isSame {
        state.versions.reset()
        state.solution = nil
        state.lastFullList = nil
        state.consecutiveFailures = 0
        // Lists that belong to the solution start again (the all-versions scope asks the same request for any
        // solution, so a changed request alone would not tell).
        for kind in [ResourceKind.segmentJobs, .inferenceJobs, .campaigns] {
            state.lists[kind]?.reset()
            state.listRequests[kind] = nil
        }
    }
    return [beginVersionsLoad(&state, solutionArn: arn, firstPageOnly: false), .describeSolution(solutionArn: arn)]
        + syncLowerPane(&state)
}

/// Cursor keys move in the picker when one is open, else in the focused pane.
func moveFocusedCursor(_ state: inout DashboardState, _ action: UserAction) -> [DashboardEffect] {
    func target(_ cursor: Int, _ count: Int, _ rows: Int) -> Int {
        switch action {
        case .moveUp: return cursor - 1
        case .moveDown: return cursor + 1
        case .pageUp: return cursor - rows
        case .pageDown: return cursor + rows
        case .moveToTop: return 0
        default: return count - 1
        }
    }
    if let kind = state.navigation.picker ?? (state.navigation.focus == .lower ? state.navigation.lowerPane.kind : nil) {
        var list = state.list(kind)
        list.moveCursor(to: target(list.cursor, list.visible.count, list.viewportRows))
        state.lists[kind] = list
        return state.navigation.picker == nil ? lowerDetailEffects(&state) : []
    }
    state.versions.moveCursor(to: target(state.versions.cursor, state.versions.visible.count, state.versions.viewportRows))
    return detailEffects(&state, prefetchMetrics: false) + syncLowerPane(&state, debounce: true)
}

private func openPicker(_ state: inout DashboardState, _ kind: ResourceKind) -> [DashboardEffect] {
    state.navigation.picker = kind
    switch kind {
    case .profiles:
        var list = state.list(.profiles)
        list.replaceItems(state.navigation.availableProfiles.map { ResourceRow(arn: $0, name: $0) })
        if let current = state.connection.profile { list.select(arn: current) }
        state.lists[.profiles] = list
        return []
    case .regions:
        var list = state.list(.regions)
        list.replaceItems(state.navigation.availableRegions.map { ResourceRow(arn: $0, name: $0) })
        list.select(arn: state.connection.region)
        state.lists[.regions] = list
        return []
    default:
        // A picker always shows a fresh list.
        return beginListLoad(&state, kind, firstPageOnly: false).map { [$0] } ?? []
    }
}

func showPane(_ state: inout DashboardState, _ pane: LowerPane) -> [DashboardEffect] {
    let previous = state.navigation.lowerPane.kind
    state.navigation.lowerPane = pane
    if pane.kind == nil { state.navigation.focus = .versions }
    var effects: [DashboardEffect] = []
    if let previous, previous != pane.kind, previous != .campaigns { effects += abandonLoad(&state, previous) }
    effects += syncLowerPane(&state)
    if pane == .imageVersions, state.navigation.imageName == nil {
        // No image chosen yet: the images picker is the way in.
        effects += openPicker(&state, .images)
    }
    return effects + lowerDetailEffects(&state) + [.rememberSession(SessionPlace(state))]
}

/// The query of the list the filter and sort keys act on.
private func focusedQuery(_ state: DashboardState) -> ListQuery {
    if let kind = focusedKind(state) { return state.list(kind).query }
    return state.versions.query
}

private func focusedKind(_ state: DashboardState) -> ResourceKind? {
    state.navigation.picker ?? (state.navigation.focus == .lower ? state.navigation.lowerPane.kind : nil)
}

private func updateFocusedQuery(_ state: inout DashboardState, _ change: (inout ListQuery) -> Void) {
    if let kind = focusedKind(state) {
        var list = state.list(kind)
        var query = list.query
        change(&query)
        list.setQuery(query)
        state.lists[kind] = list
    } else {
        var query = state.versions.query
        change(&query)
        state.versions.setQuery(query)
    }
}

private func afterFocusedSelectionMoved(_ state: inout DashboardState) -> [DashboardEffect] {
    if state.navigation.picker != nil { return [] }
    if focusedKind(state) != nil { return lowerDetailEffects(&state) }
    return detailEffects(&state, prefetchMetrics: false) + syncLowerPane(&state, debounce: true)
}

/// All → in flight → failed → settled OK → all, in the statuses the focused list actually has.
private func nextStatusFilter(_ state: DashboardState) -> Set<String> {
    let statuses: [String]
    if let kind = focusedKind(state) {
        statuses = state.list(kind).items.compactMap(\.status)
    } else {
        statuses = state.versions.items.compactMap(\.status)
    }
    let groups: [Set<String>] = [
        Set(statuses.filter { ResourceStatus.isInFlight($0) }),
        Set(statuses.filter { ResourceStatus.isFailed($0) }),
        Set(statuses.filter { !ResourceStatus.isInFlight($0) && !ResourceStatus.isFailed($0) }),
    ].filter { !$0.isEmpty }
    let current = focusedQuery(state).statuses
    guard let index = groups.firstIndex(of: current) else { return groups.first ?? [] }
    return index + 1 < groups.count ? groups[index + 1] : []
}

/// What is remembered for next time: profile, region, solution and pane.
public struct SessionPlace: Equatable, Sendable {
    public var profile: String?
    public var region: String
    public var solutionArn: String?
    public var pane: String

    public init(_ state: DashboardState) {
        profile = state.connection.profile
        region = state.connection.region
        solutionArn = state.solutionArn
        pane = state.navigation.lowerPane.rawValue
    }
}

/// The outcome of switching profile or region while running.
public struct ConnectionSwitch: Equatable, Sendable {
    public var connection: ConnectionInfo
    public var readOnly: Bool
    /// The solution to open in the new place (from the config), or nil to find the most active one.
    public var solutionArn: String?
    public var pricePerTrainingHour: Double?
    /// The new place's refresh intervals, when its config section sets them.
    public var refreshActive: Double?
    public var refreshIdle: Double?
    /// Set by the store: ties the event to the services it connected.
    public var switchID = 0

    public init(connection: ConnectionInfo, readOnly: Bool, solutionArn: String? = nil, pricePerTrainingHour: Double? = nil,
                refreshActive: Double? = nil, refreshIdle: Double? = nil) {
        self.connection = connection
        self.readOnly = readOnly
        self.solutionArn = solutionArn
        self.pricePerTrainingHour = pricePerTrainingHour
        self.refreshActive = refreshActive
        self.refreshIdle = refreshIdle
    }
}
