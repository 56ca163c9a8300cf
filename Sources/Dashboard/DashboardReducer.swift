import AWSServices
import Foundation

/// The dashboard's only logic: apply an event to the state and say which effects to run. Pure.
public func reduce(_ state: inout DashboardState, _ event: DashboardEvent) -> [DashboardEffect] {
    switch event {
    case let .started(at):
        state.now = at
        guard let arn = state.solutionArn else { return [.fetchSolutions] }
        return [beginVersionsLoad(&state, solutionArn: arn)]

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
        guard id == state.refreshTimerID, !state.versions.isLoading, let arn = state.solutionArn else { return [] }
        return [beginVersionsLoad(&state, solutionArn: arn)]

    case let .solutionsLoaded(solutions, at):
        state.now = at
        guard let chosen = mostRecentlyActive(solutions), let arn = chosen.solutionArn else {
            state.solutionLookup = .noneFound
            return []
        }
        state.solutionArn = arn
        state.solutionName = chosen.name ?? SolutionVersionName.solutionName(fromSolutionArn: arn)
        return [beginVersionsLoad(&state, solutionArn: arn)]

    case let .solutionsFailed(message, at):
        state.now = at
        state.solutionLookup = .failed(message)
        return [scheduleRefresh(&state, at: at)]

    case let .solutionVersionsPageLoaded(generation, items, isLastPage, at):
        state.now = at
        guard generation == state.versions.generation, state.versions.isLoading else { return [] }
        state.versions.incoming.append(contentsOf: items)
        if !state.versions.isComplete { setItems(&state, state.versions.incoming) }
        guard isLastPage else { return [] }
        setItems(&state, state.versions.incoming)
        state.versions.incoming = []
        state.versions.isComplete = true
        state.versions.isLoading = false
        state.versions.lastSuccess = at
        state.versions.lastError = nil
        state.versions.lastErrorAt = nil
        return [scheduleRefresh(&state, at: at)]

    case let .solutionVersionsFailed(generation, message, at):
        state.now = at
        guard generation == state.versions.generation, state.versions.isLoading else { return [] }
        state.versions.incoming = []
        state.versions.isLoading = false
        state.versions.lastError = message
        state.versions.lastErrorAt = at
        return [scheduleRefresh(&state, at: at)]
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
        return [beginVersionsLoad(&state, solutionArn: arn)]
    case .moveUp: moveCursor(&state, to: state.cursor - 1)
    case .moveDown: moveCursor(&state, to: state.cursor + 1)
    case .pageUp: moveCursor(&state, to: state.cursor - state.viewportRows)
    case .pageDown: moveCursor(&state, to: state.cursor + state.viewportRows)
    case .moveToTop: moveCursor(&state, to: 0)
    case .moveToBottom: moveCursor(&state, to: count - 1)
    }
    return []
}

private func scheduleRefresh(_ state: inout DashboardState, at now: Date) -> DashboardEffect {
    state.refreshTimerID += 1
    state.nextRefreshAt = now.addingTimeInterval(state.refreshInterval)
    return .scheduleRefresh(id: state.refreshTimerID, after: state.refreshInterval)
}

private func beginVersionsLoad(_ state: inout DashboardState, solutionArn: String) -> DashboardEffect {
    state.nextRefreshAt = nil
    state.versions.generation += 1
    state.versions.isLoading = true
    state.versions.incoming = []
    return .fetchSolutionVersions(solutionArn: solutionArn, generation: state.versions.generation)
}

/// The solution whose last update is the most recent; ties go to the first listed.
private func mostRecentlyActive(_ solutions: [SolutionSummary]) -> SolutionSummary? {
    solutions.filter { $0.solutionArn != nil }.max { lhs, rhs in
        (lhs.lastUpdatedDateTime ?? .distantPast) < (rhs.lastUpdatedDateTime ?? .distantPast)
    }
}

/// Replaces the visible items, keeping the selection on the same ARN when it is still there.
private func setItems(_ state: inout DashboardState, _ items: [SolutionVersionSummary]) {
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
