import AWSServices
import Foundation

/// Loading of the lists besides the versions: streamed pages, cheap first-page refreshes of settled lists,
/// backoff per list, Describe of the selected row.
func reduceList(_ state: inout DashboardState, _ event: DashboardEvent) -> [DashboardEffect] {
    switch event {
    case let .listPageLoaded(kind, generation, rows, isLastPage, at):
        state.now = at
        guard var list = state.lists[kind], generation == list.generation, list.isLoading else { return [] }
        let kept = keepRows(state, kind, rows)
        if list.isFirstPageOnly {
            setRows(&state, kind, &list, mergeByCreation(firstPage: kept, into: list.items), at: at)
        } else {
            list.incoming.append(contentsOf: kept)
            if !list.isComplete { setRows(&state, kind, &list, list.incoming, at: at) }
            guard isLastPage else { state.lists[kind] = list; return [] }
            setRows(&state, kind, &list, list.incoming, at: at)
            list.lastFullLoad = at
        }
        list.incoming = []
        list.isComplete = true
        list.isLoading = false
        list.lastSuccess = at
        list.lastError = nil
        list.lastErrorAt = nil
        list.nextRetryAt = nil
        list.consecutiveFailures = 0
        list.isThrottled = false
        state.lists[kind] = list
        var effects = lowerDetailEffects(&state)
        if kind == .campaigns { effects += describeCampaigns(&state) }
        return effects

    case let .listFailed(kind, generation, failure, jitter, at):
        state.now = at
        guard var list = state.lists[kind], generation == list.generation, list.isLoading else { return [] }
        list.incoming = []
        list.isLoading = false
        list.lastError = failure.message
        list.lastErrorAt = at
        list.consecutiveFailures += 1
        let delay = backoff(after: list.consecutiveFailures, from: state.refreshInterval, jitter: jitter, credentials: failure.isCredentials)
        list.nextRetryAt = at.addingTimeInterval(delay)
        list.isThrottled = failure.isThrottling
        state.lists[kind] = list
        if failure.isCredentials { state.credentialsProblem = credentialsAdvice(state, failure.message) }
        // Its own retry timer: a failing list does not wait for the next (maybe idle, 60 s) refresh.
        return [.scheduleListLoad(kind, generation: list.generation, after: delay)]

    case let .listLoadDue(kind, generation, at):
        state.now = at
        guard let list = state.lists[kind], list.generation == generation, let request = state.listRequests[kind] else { return [] }
        if list.isLoading {
            // The selection rested: send the load it was waiting for.
            return [.fetchList(request, generation: generation, firstPageOnly: list.isFirstPageOnly)]
        }
        // A failed list's retry time came (unless a newer load or navigation already replaced it). Lists off
        // screen and paused dashboards wait: the next look at them loads them again.
        guard list.lastError != nil, request == listRequest(state, kind), !state.isPaused, isOnScreen(state, kind) else { return [] }
        return beginListLoad(&state, kind, firstPageOnly: false).map { [$0] } ?? []

    case let .resourceDescribed(detail, at):
        state.now = at
        guard let arn = detail.arn else { return [] }
        state.details.resources[arn] = detail
        state.details.describedAt[arn] = at
        state.details.pending.remove("r:" + arn)
        // A Describe is fresher than the list: carry its status into the row (and the timeline).
        for kind in state.lists.keys {
            guard var list = state.lists[kind], let index = list.items.firstIndex(where: { $0.arn == arn }) else { continue }
            var rows = list.items
            rows[index].status = detail.status ?? rows[index].status
            if case let .campaign(campaign) = detail { rows[index].solutionVersionArn = campaign.solutionVersionArn }
            setRows(&state, kind, &list, rows, at: at)
            state.lists[kind] = list
        }
        return []

    default:
        return []
    }
}

/// Starts loading `kind` for the current navigation (nothing when it has no subject yet, e.g. no image chosen).
/// With `after`, the request waits that long and is dropped if the user moved on (scrolling through versions
/// does not send a request per row).
func beginListLoad(_ state: inout DashboardState, _ kind: ResourceKind, firstPageOnly: Bool, after delay: TimeInterval? = nil) -> DashboardEffect? {
    guard kind.isRemote, let request = listRequest(state, kind) else { return nil }
    var list = state.list(kind)
    if state.listRequests[kind] != request {
        list.reset()
        list.viewportRows = state.navigation.lowerViewportRows
        state.listRequests[kind] = request
    }
    list.generation += 1
    list.isLoading = true
    list.isFirstPageOnly = firstPageOnly && list.isComplete
    list.incoming = []
    state.lists[kind] = list
    if let delay { return .scheduleListLoad(kind, generation: list.generation, after: delay) }
    return .fetchList(request, generation: list.generation, firstPageOnly: list.isFirstPageOnly)
}

/// How long a selection must rest before the lists that follow it are loaded.
let selectionSettleDelay: TimeInterval = 0.3

/// Stops a load nobody will look at (the pane or picker was left): the store cancels it, and the list forgets
/// it was loading so that coming back loads it again instead of waiting for an answer that will never come.
func abandonLoad(_ state: inout DashboardState, _ kind: ResourceKind) -> [DashboardEffect] {
    guard var list = state.lists[kind], list.isLoading else { return [] }
    list.generation += 1
    list.isLoading = false
    list.incoming = []
    if !list.isComplete { state.listRequests[kind] = nil }
    state.lists[kind] = list
    return [.cancelList(kind)]
}

/// Whether the user can see `kind` now (campaigns always count: they mark live versions).
func isOnScreen(_ state: DashboardState, _ kind: ResourceKind) -> Bool {
    kind == .campaigns || state.navigation.picker == kind || state.navigation.lowerPane.kind == kind
}

/// What `kind` lists for the current navigation (nil: nothing to list yet, e.g. no version selected).
public func listRequest(_ state: DashboardState, _ kind: ResourceKind) -> ListRequest? {
    let navigation = state.navigation
    switch kind {
    case .datasetGroups: return .datasetGroups
    case .solutions: return .solutions(datasetGroupArn: navigation.datasetGroupArn)
    case .segmentJobs, .inferenceJobs:
        let version: String?
        if navigation.jobScope == .allVersions {
            guard state.solutionArn != nil else { return nil }
            version = nil
        } else {
            guard let selected = state.selectedArn else { return nil }
            version = selected
        }
        return kind == .segmentJobs ? .segmentJobs(solutionVersionArn: version) : .inferenceJobs(solutionVersionArn: version)
    case .campaigns: return state.solutionArn.map { .campaigns(solutionArn: $0) }
    case .images: return .images
    case .imageVersions: return navigation.imageName.map { .imageVersions(imageName: $0, query: navigation.imageVersionQuery) }
    case .profiles, .regions: return nil
    }
}

/// Loads the lower pane's list when what it should show changed (another version selected, another scope, pane
/// or image); the store cancels the load it replaces. `debounce` (the cursor moved) waits for the selection to rest.
func syncLowerPane(_ state: inout DashboardState, debounce: Bool = false) -> [DashboardEffect] {
    var effects: [DashboardEffect] = []
    var kinds: [ResourceKind] = []
    if let kind = state.navigation.lowerPane.kind { kinds.append(kind) }
    // Campaigns mark which versions are live, whichever pane is shown.
    if !kinds.contains(.campaigns) { kinds.append(.campaigns) }
    for kind in kinds {
        let wanted = listRequest(state, kind)
        guard wanted != state.listRequests[kind] else { continue }
        if wanted == nil {
            state.lists[kind]?.reset()
            state.listRequests[kind] = nil
            effects.append(.cancelList(kind))
        } else if let effect = beginListLoad(&state, kind, firstPageOnly: false, after: debounce ? selectionSettleDelay : nil) {
            effects.append(effect)
        }
    }
    return effects
}

/// On each refresh tick: the lower pane's list (first page when settled, in full at the slow cadence or while
/// it was failing), and the campaigns at the slow cadence. Lists in backoff wait for their retry time.
func refreshVisibleLists(_ state: inout DashboardState, at: Date, force: Bool = false) -> [DashboardEffect] {
    var effects: [DashboardEffect] = []
    var due: [ResourceKind] = []
    if let kind = state.navigation.lowerPane.kind { due.append(kind) }
    if !due.contains(.campaigns), let success = state.list(.campaigns).lastSuccess,
       at.timeIntervalSince(success) >= state.fullRelistInterval {
        due.append(.campaigns)
    }
    for kind in due {
        let list = state.list(kind)
        guard !list.isLoading else { continue }
        if !force, let retry = list.nextRetryAt, retry > at { continue }
        // Each list keeps its own pace: the short interval only while it has rows in flight.
        let interval = list.items.contains(where: \.isInFlight) ? state.refreshInterval : state.idleRefreshInterval
        if !force, list.consecutiveFailures == 0, let last = list.lastSuccess, at.timeIntervalSince(last) < interval * 0.8 { continue }
        let fullDue = list.lastFullLoad.map { at.timeIntervalSince($0) >= state.fullRelistInterval } ?? true
        // Image versions come in the order the user asked AWS for (SortBy/SortOrder): a first page merged by
        // creation time would undo it, so they are always listed in full (they are short lists).
        let cheap = !force && list.isComplete && list.consecutiveFailures == 0 && !fullDue && kind != .imageVersions
        if let effect = beginListLoad(&state, kind, firstPageOnly: cheap) { effects.append(effect) }
        if cheap, kind.hasDetails {
            // In-flight rows are followed with Describe (they may not be on the first page).
            for row in list.items where row.isInFlight && state.details.pending.insert("r:" + row.arn).inserted {
                effects.append(.describeResource(kind, arn: row.arn))
            }
        }
    }
    return effects
}

/// Describe of the lower pane's selected row: refreshed while in flight, trusted for `detailLifetime` once settled.
func lowerDetailEffects(_ state: inout DashboardState) -> [DashboardEffect] {
    guard let kind = state.navigation.lowerPane.kind, kind.hasDetails, let row = state.lists[kind]?.selected else { return [] }
    let lifetime = row.isInFlight ? state.refreshInterval : state.detailLifetime
    let fresh = state.details.describedAt[row.arn].map { state.now.timeIntervalSince($0) < lifetime } ?? false
    let changed = state.details.resources[row.arn]?.status != row.status
    guard !fresh || changed, state.details.pending.insert("r:" + row.arn).inserted else { return [] }
    return [.describeResource(kind, arn: row.arn)]
}

/// Each campaign of the solution is described once its list arrives: the summary does not say which version
/// it serves.
private func describeCampaigns(_ state: inout DashboardState) -> [DashboardEffect] {
    state.list(.campaigns).items.compactMap { row in
        let fresh = state.details.describedAt[row.arn].map { state.now.timeIntervalSince($0) < state.detailLifetime } ?? false
        let changed = state.details.resources[row.arn]?.status != row.status
        guard !fresh || changed, state.details.pending.insert("r:" + row.arn).inserted else { return nil }
        return .describeResource(.campaigns, arn: row.arn)
    }
}

/// Rows the list keeps: all-jobs scope lists the account's jobs, of which only the open solution's count.
private func keepRows(_ state: DashboardState, _ kind: ResourceKind, _ rows: [ResourceRow]) -> [ResourceRow] {
    guard kind == .segmentJobs || kind == .inferenceJobs, state.navigation.jobScope == .allVersions,
          let solution = state.solutionArn
    else { return rows }
    return rows.filter { $0.solutionVersionArn?.hasPrefix(solution + "/") ?? false }
}

/// Replaces a list's rows; status changes of watched lists (jobs, campaigns, image versions) go to the timeline.
private func setRows(_ state: inout DashboardState, _ kind: ResourceKind, _ list: inout ListState<ResourceRow>, _ rows: [ResourceRow], at: Date) {
    let watched: Set<ResourceKind> = [.segmentJobs, .inferenceJobs, .campaigns, .imageVersions]
    if list.isComplete, watched.contains(kind) {
        recordTransitions(&state, from: list.items, to: rows, at: at)
    }
    list.replaceItems(rows)
}

/// The first page's rows replace the same ARNs and add new ones; older rows are kept. Newest first.
func mergeByCreation<Row: ListRow>(firstPage: [Row], into items: [Row]) -> [Row] {
    var byArn: [String: Row] = [:]
    for item in items + firstPage { if let arn = item.rowArn { byArn[arn] = item } }
    return byArn.values.sorted { lhs, rhs in
        let left = lhs.rowCreated ?? .distantPast, right = rhs.rowCreated ?? .distantPast
        return left != right ? left > right : (lhs.rowArn ?? "") > (rhs.rowArn ?? "")
    }
}
