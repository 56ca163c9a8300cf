import AWSServices
import Foundation

/// The dashboard's only logic: apply an event to the state and say which effects to run. Pure.
public func reduce(_ state: inout DashboardState, _ event: DashboardEvent) -> [DashboardEffect] {
    switch event {
    case let .started(at):
        state.now = at
        guard let arn = state.solutionArn else { return [.fetchSolutions] }
        return [beginVersionsLoad(&state, solutionArn: arn, firstPageOnly: false), .describeSolution(solutionArn: arn)]

    case let .userRequested(action, at):
        state.now = at
        return handle(action, &state)

    case let .viewportResized(rows):
        state.viewportRows = max(1, rows)
        keepCursorVisible(&state)
        return []

    case let .clockTicked(at):
        state.now = at
        return []

    case let .refreshTimerFired(id, at):
        state.now = at
        guard id == state.refreshTimerID, !state.isPaused, !state.versions.isLoading else { return [] }
        guard let arn = state.solutionArn else {
            if case .failed = state.solutionLookup {
                state.solutionLookup = .searching
                return [.fetchSolutions]
            }
            return []
        }
        let fullDue = state.lastFullList.map { at.timeIntervalSince($0) >= state.fullRelistInterval } ?? true
        let cheap = state.versions.isComplete && state.consecutiveFailures == 0 && !fullDue
        return [beginVersionsLoad(&state, solutionArn: arn, firstPageOnly: cheap)]

    case let .solutionsLoaded(solutions, at):
        state.now = at
        guard let chosen = mostRecentlyActive(solutions), let arn = chosen.solutionArn else {
            state.solutionLookup = .noneFound
            return []
        }
        state.solutionArn = arn
        state.solutionName = chosen.name ?? SolutionVersionName.solutionName(fromSolutionArn: arn)
        return [beginVersionsLoad(&state, solutionArn: arn, firstPageOnly: false), .describeSolution(solutionArn: arn)]

    case let .solutionsFailed(message, at):
        state.now = at
        state.solutionLookup = .failed(message)
        return [scheduleRefresh(&state, at: at, after: state.refreshInterval)]

    case let .solutionDescribed(solution, at):
        state.now = at
        guard solution.solutionArn == state.solutionArn else { return [] }
        state.solution = solution
        return []

    case let .solutionVersionsPageLoaded(generation, items, isLastPage, at):
        state.now = at
        guard generation == state.versions.generation, state.versions.isLoading else { return [] }
        return pageLoaded(&state, items: items, isLastPage: isLastPage, at: at)

    case let .solutionVersionsFailed(generation, failure, jitter, at):
        state.now = at
        guard generation == state.versions.generation, state.versions.isLoading else { return [] }
        state.versions.incoming = []
        state.versions.isLoading = false
        state.versions.lastError = failure.message
        state.versions.lastErrorAt = at
        state.consecutiveFailures += 1
        state.isThrottled = failure.isThrottling
        state.credentialsProblem = failure.isCredentials ? failure.message : nil
        return [scheduleRefresh(&state, at: at, after: backoff(state, jitter: jitter, credentials: failure.isCredentials))]

    case let .solutionVersionDescribed(version, at):
        state.now = at
        guard let arn = version.solutionVersionArn else { return [] }
        state.details.described[arn] = version
        state.details.describedAt[arn] = at
        state.details.pending.remove("d:" + arn)
        guard let index = state.versions.items.firstIndex(where: { $0.solutionVersionArn == arn }) else { return [] }
        var items = state.versions.items
        items[index].status = version.status
        items[index].lastUpdatedDateTime = version.lastUpdatedDateTime
        items[index].failureReason = version.failureReason
        setItems(&state, items, at: at)
        return []

    case .trainRequested, .trainConfirmed, .trainFinished, .stopRequested, .stopConfirmed, .stopFinished, .dialogDismissed:
        return reduceAction(&state, event)

    case let .metricsLoaded(arn, metrics, at):
        state.now = at
        state.details.metrics[arn] = metrics
        state.details.pending.remove("m:" + arn)
        return []

    case let .detailFailed(arn, at):
        state.now = at
        state.details.pending.remove("d:" + arn)
        state.details.pending.remove("m:" + arn)
        return []

    case let .notificationsDelivered(upTo):
        state.notificationsDelivered = min(max(upTo, state.notificationsDelivered), state.notifications.count)
        return []
    }
}

private func handle(_ action: UserAction, _ state: inout DashboardState) -> [DashboardEffect] {
    let count = state.versions.items.count
    switch action {
    case .quit:
        state.isQuitting = true
        return [.quit]
    case .refresh:
        if state.solutionArn == nil {
            if case .searching = state.solutionLookup { return [] }
            state.solutionLookup = .searching
            return [.fetchSolutions]
        }
        guard !state.versions.isLoading, let arn = state.solutionArn else { return [] }
        return [beginVersionsLoad(&state, solutionArn: arn, firstPageOnly: false)]
    case .togglePause:
        state.isPaused.toggle()
        if state.isPaused {
            // Invalidate the pending timer: nothing polls until resumed.
            state.refreshTimerID += 1
            state.nextRefreshAt = nil
            state.message = StatusMessage("Paused: no polling until p is pressed again.", at: state.now)
            return []
        }
        state.message = StatusMessage("Resumed polling.", at: state.now)
        guard let arn = state.solutionArn, !state.versions.isLoading else { return [] }
        return [beginVersionsLoad(&state, solutionArn: arn, firstPageOnly: false)]
    case .moveUp: moveCursor(&state, to: state.cursor - 1)
    case .moveDown: moveCursor(&state, to: state.cursor + 1)
    case .pageUp: moveCursor(&state, to: state.cursor - state.viewportRows)
    case .pageDown: moveCursor(&state, to: state.cursor + state.viewportRows)
    case .moveToTop: moveCursor(&state, to: 0)
    case .moveToBottom: moveCursor(&state, to: count - 1)
    }
    return detailEffects(&state, prefetchMetrics: false)
}

/// A page arrived. A full load streams pages into view during the first load and swaps the list in at the end;
/// a first-page refresh merges into the list and follows in-progress versions it did not cover.
private func pageLoaded(_ state: inout DashboardState, items: [SolutionVersionSummary], isLastPage: Bool, at: Date) -> [DashboardEffect] {
    var effects: [DashboardEffect] = []
    if state.versions.isFirstPageOnly {
        let merged = merge(firstPage: items, into: state.versions.items)
        let covered = Set(items.compactMap(\.solutionVersionArn))
        for version in state.versions.items where VersionStatus.inFlight.contains(version.status ?? "") {
            if let arn = version.solutionVersionArn, !covered.contains(arn) { effects.append(.describeSolutionVersion(solutionVersionArn: arn)) }
        }
        setItems(&state, merged, at: at)
    } else {
        state.versions.incoming.append(contentsOf: items)
        if !state.versions.isComplete { setItems(&state, state.versions.incoming, at: at) }
        guard isLastPage else { return [] }
        setItems(&state, state.versions.incoming, at: at)
        state.lastFullList = at
    }
    state.versions.incoming = []
    state.versions.isComplete = true
    state.versions.isLoading = false
    state.versions.lastSuccess = at
    state.versions.lastError = nil
    state.versions.lastErrorAt = nil
    state.consecutiveFailures = 0
    state.isThrottled = false
    state.credentialsProblem = nil
    effects += detailEffects(&state, prefetchMetrics: true)
    return effects + [scheduleRefresh(&state, at: at, after: state.currentRefreshInterval)]
}

/// The first page's versions replace the same ARNs and add new ones; older versions are kept. Newest first.
func merge(firstPage: [SolutionVersionSummary], into items: [SolutionVersionSummary]) -> [SolutionVersionSummary] {
    var byArn: [String: SolutionVersionSummary] = [:]
    for item in items + firstPage { if let arn = item.solutionVersionArn { byArn[arn] = item } }
    return byArn.values.sorted { lhs, rhs in
        let left = lhs.creationDateTime ?? .distantPast, right = rhs.creationDateTime ?? .distantPast
        return left != right ? left > right : (lhs.solutionVersionArn ?? "") > (rhs.solutionVersionArn ?? "")
    }
}

/// Exponential backoff from the active interval, capped (5 minutes; 1 minute while waiting for a re-login), with
/// jitter in [50%, 100%] of the step.
func backoff(_ state: DashboardState, jitter: Double, credentials: Bool) -> TimeInterval {
    let base = max(state.refreshInterval, 1)
    let step = min(base * pow(2, Double(max(state.consecutiveFailures - 1, 0))), credentials ? 60 : 300)
    return step * (0.5 + 0.5 * min(max(jitter, 0), 1))
}

func scheduleRefresh(_ state: inout DashboardState, at now: Date, after delay: TimeInterval) -> DashboardEffect {
    state.refreshTimerID += 1
    state.nextRefreshAt = now.addingTimeInterval(delay)
    return .scheduleRefresh(id: state.refreshTimerID, after: delay)
}

func beginVersionsLoad(_ state: inout DashboardState, solutionArn: String, firstPageOnly: Bool) -> DashboardEffect {
    state.nextRefreshAt = nil
    state.versions.generation += 1
    state.versions.isLoading = true
    state.versions.isFirstPageOnly = firstPageOnly
    state.versions.incoming = []
    return .fetchSolutionVersions(solutionArn: solutionArn, generation: state.versions.generation, firstPageOnly: firstPageOnly)
}

/// The solution whose last update is the most recent; ties go to the first listed.
private func mostRecentlyActive(_ solutions: [SolutionSummary]) -> SolutionSummary? {
    solutions.filter { $0.solutionArn != nil }.max { lhs, rhs in
        (lhs.lastUpdatedDateTime ?? .distantPast) < (rhs.lastUpdatedDateTime ?? .distantPast)
    }
}

/// Replaces the visible items, recording status transitions and keeping the selection on the same ARN.
func setItems(_ state: inout DashboardState, _ items: [SolutionVersionSummary], at: Date) {
    if state.versions.isComplete {
        recordTransitions(&state, from: state.versions.items, to: items, at: at)
    }
    state.versions.items = items
    if let arn = state.selectedArn, let index = items.firstIndex(where: { $0.solutionVersionArn == arn }) {
        state.cursor = index
    } else {
        state.cursor = min(max(state.cursor, 0), max(items.count - 1, 0))
        state.selectedArn = items.indices.contains(state.cursor) ? items[state.cursor].solutionVersionArn : nil
    }
    keepCursorVisible(&state)
}

private func moveCursor(_ state: inout DashboardState, to index: Int) {
    let items = state.versions.items
    guard !items.isEmpty else { return }
    state.cursor = min(max(index, 0), items.count - 1)
    state.selectedArn = items[state.cursor].solutionVersionArn
    keepCursorVisible(&state)
}

private func keepCursorVisible(_ state: inout DashboardState) {
    let rows = max(state.viewportRows, 1)
    if state.cursor < state.scrollTop { state.scrollTop = state.cursor }
    if state.cursor >= state.scrollTop + rows { state.scrollTop = state.cursor - rows + 1 }
    let maxTop = max(state.versions.items.count - rows, 0)
    state.scrollTop = min(max(state.scrollTop, 0), maxTop)
}
