import AWSServices
import Foundation

/// The dashboard's only logic: apply an event to the state and say which effects to run. Pure.
public func reduce(_ state: inout DashboardState, _ event: DashboardEvent) -> [DashboardEffect] {
    switch event {
    case let .started(at):
        state.now = at
        state.sessionStart = state.sessionStart ?? at
        guard let arn = state.solutionArn else { return startSolutionSearch(&state) }
        return openSolutionEffects(&state, arn: arn)

    case let .userRequested(action, at):
        state.now = at
        return handle(action, &state)

    case let .viewportResized(rows, lowerRows):
        state.versions.viewportRows = max(1, rows)
        if let lowerRows {
            for kind in state.lists.keys { state.lists[kind]?.viewportRows = max(1, lowerRows) }
            state.navigation.lowerViewportRows = max(1, lowerRows)
        }
        return []

    case let .clockTicked(at):
        state.now = at
        return []

    case let .refreshTimerFired(id, at):
        state.now = at
        guard id == state.refreshTimerID, !state.isPaused else { return [] }
        let listEffects = refreshVisibleLists(&state, at: at)
        guard !state.versions.isLoading else { return listEffects }
        guard let arn = state.solutionArn else {
            if case .failed = state.solutionLookup { return startSolutionSearch(&state) }
            return []
        }
        let fullDue = state.lastFullList.map { at.timeIntervalSince($0) >= state.fullRelistInterval } ?? true
        let cheap = state.versions.isComplete && state.consecutiveFailures == 0 && !fullDue
        return [beginVersionsLoad(&state, solutionArn: arn, firstPageOnly: cheap)] + listEffects

    case let .solutionsLoaded(search, solutions, activity, at):
        state.now = at
        // Only the answer to the search in progress (not one from before a profile or region switch).
        guard search == state.solutionSearch, state.solutionArn == nil else { return [] }
        state.credentialsProblem = nil
        state.consecutiveFailures = 0
        guard let chosen = mostRecentlyActive(solutions, activity: activity), let arn = chosen.solutionArn else {
            state.solutionLookup = .noneFound
            return []
        }
        state.solutionName = chosen.name
        return openSolutionEffects(&state, arn: arn)

    case let .solutionsFailed(search, message, at):
        state.now = at
        guard search == state.solutionSearch else { return [] }
        state.solutionLookup = .failed(message)
        state.consecutiveFailures += 1
        return [scheduleRefresh(&state, at: at, after: backoff(state, jitter: 1, credentials: true))]

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
        state.versions.consecutiveFailures = state.consecutiveFailures
        state.versions.isThrottled = failure.isThrottling
        state.credentialsProblem = failure.isCredentials ? credentialsAdvice(state, failure.message) : nil
        let delay = backoff(state, jitter: jitter, credentials: failure.isCredentials)
        state.versions.nextRetryAt = at.addingTimeInterval(delay)
        return [scheduleRefresh(&state, at: at, after: delay)]

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

    case .listPageLoaded, .listFailed, .resourceDescribed, .listLoadDue:
        return reduceList(&state, event)

    case .filterChanged, .statusFilterChanged, .sortChanged, .imageVersionQueryChanged, .connectionSwitched,
         .connectionSwitchFailed, .pickerChosen:
        return reduceNavigation(&state, event)

    case let .keyPressed(press, at):
        state.now = at
        if state.dialog != nil { return press.dialog.map { handle($0, &state) } ?? [] }
        if state.navigation.overlay?.takesText == true {
            if let action = press.line { return handle(action, &state) }
            return press.text.map { reduceTyped($0, &state) } ?? []
        }
        return press.main.map { handle($0, &state) } ?? []

    case let .rowClicked(pane, index, at):
        state.now = at
        if pane == .lower, let kind = state.navigation.lowerPane.kind {
            state.navigation.focus = .lower
            guard index < state.list(kind).visible.count else { return [] }
            state.lists[kind]?.moveCursor(to: index)
            return lowerDetailEffects(&state)
        }
        state.navigation.focus = .versions
        guard index < state.versions.visible.count else { return [] }
        state.versions.moveCursor(to: index)
        return detailEffects(&state, prefetchMetrics: false) + syncLowerPane(&state, debounce: true)

    case let .paneClicked(pane, at):
        state.now = at
        return showPane(&state, pane)

    case let .overlayScrolled(position):
        switch state.navigation.overlay {
        case let .inspector(item, _)?: state.navigation.overlay = .inspector(item, scroll: position)
        case .help?: state.navigation.overlay = .help(scroll: position)
        default: break
        }
        return []

    case let .typed(text, at):
        state.now = at
        return reduceTyped(text, &state)

    case let .requestsCounted(counts, at):
        state.now = at
        state.requests.record(counts, at: at)
        return []

    case let .metricsLoaded(arn, metrics, at):
        state.now = at
        state.details.metrics[arn] = metrics
        state.details.pending.remove("m:" + arn)
        return []

    case let .detailFailed(arn, at):
        state.now = at
        state.details.pending.remove("d:" + arn)
        state.details.pending.remove("m:" + arn)
        state.details.pending.remove("r:" + arn)
        return []

    case let .notificationsDelivered(upTo):
        state.notificationsDelivered = min(max(upTo, state.notificationsDelivered), state.notifications.count)
        return []
    }
}

private func handle(_ action: UserAction, _ state: inout DashboardState) -> [DashboardEffect] {
    if let effects = handleOverlay(action, &state) ?? openOverlay(action, &state) { return effects }
    switch action {
    case .quit:
        state.isQuitting = true
        return [.rememberSession(SessionPlace(state)), .quit]
    case .refresh:
        var effects = refreshVisibleLists(&state, at: state.now, force: true)
        if state.solutionArn == nil {
            if case .searching = state.solutionLookup { return effects }
            return effects + startSolutionSearch(&state)
        }
        guard !state.versions.isLoading, let arn = state.solutionArn else { return effects }
        effects.insert(beginVersionsLoad(&state, solutionArn: arn, firstPageOnly: false), at: 0)
        return effects
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
        if state.solutionArn == nil, case .failed = state.solutionLookup { return startSolutionSearch(&state) }
        guard let arn = state.solutionArn, !state.versions.isLoading else { return [] }
        return [beginVersionsLoad(&state, solutionArn: arn, firstPageOnly: false)]
    case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
        return moveFocusedCursor(&state, action)
    default:
        return handleNavigation(action, &state)
    }
}

/// A page arrived. A full load streams pages into view during the first load and swaps the list in at the end;
/// a first-page refresh merges into the list and follows in-progress versions it did not cover.
private func pageLoaded(_ state: inout DashboardState, items: [SolutionVersionSummary], isLastPage: Bool, at: Date) -> [DashboardEffect] {
    var effects: [DashboardEffect] = []
    if state.versions.isFirstPageOnly {
        let merged = mergeByCreation(firstPage: items, into: state.versions.items)
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
    state.versions.nextRetryAt = nil
    state.versions.consecutiveFailures = 0
    if !state.versions.isFirstPageOnly { state.versions.lastFullLoad = at }
    state.consecutiveFailures = 0
    state.versions.isThrottled = false
    state.credentialsProblem = nil
    effects += detailEffects(&state, prefetchMetrics: true)
    effects += syncLowerPane(&state)
    return effects + [scheduleRefresh(&state, at: at, after: state.currentRefreshInterval)]
}

/// Exponential backoff from the active interval, capped (5 minutes; 1 minute while waiting for a re-login), with
/// jitter in [50%, 100%] of the step.
func backoff(_ state: DashboardState, jitter: Double, credentials: Bool) -> TimeInterval {
    backoff(after: state.consecutiveFailures, from: state.refreshInterval, jitter: jitter, credentials: credentials)
}

/// The delay after `failures` failures in a row: doubling from `interval`, capped, with jitter.
func backoff(after failures: Int, from interval: TimeInterval, jitter: Double, credentials: Bool) -> TimeInterval {
    let step = min(max(interval, 1) * pow(2, Double(max(failures - 1, 0))), credentials ? 60 : 300)
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

/// The solution with the most recent version activity (or, without that, the latest update); ties go to the
/// first listed.
private func mostRecentlyActive(_ solutions: [SolutionSummary], activity: [String: Date]) -> SolutionSummary? {
    func latest(_ solution: SolutionSummary) -> Date {
        max(activity[solution.solutionArn ?? ""] ?? .distantPast, solution.lastUpdatedDateTime ?? .distantPast)
    }
    return solutions.filter { $0.solutionArn != nil }.max { latest($0) < latest($1) }
}

/// Replaces the versions, recording status transitions and keeping the selection on the same ARN.
func setItems(_ state: inout DashboardState, _ items: [SolutionVersionSummary], at: Date) {
    if state.versions.isComplete {
        recordTransitions(&state, from: state.versions.items, to: items, at: at)
    }
    state.versions.replaceItems(items)
}

/// Looks for the solution to open (the one with the most recent version activity).
func startSolutionSearch(_ state: inout DashboardState) -> [DashboardEffect] {
    state.solutionSearch += 1
    state.solutionLookup = .searching
    return [.fetchSolutions(search: state.solutionSearch)]
}

/// What to say when credentials fail: the error and, when known, the exact command that renews them.
func credentialsAdvice(_ state: DashboardState, _ message: String) -> String {
    guard let command = state.connection.reloginCommand else {
        return "\(message). pdash retries every minute; `pdash doctor` shows each credential source it tried."
    }
    return "\(message). Run `\(command)`; pdash resumes by itself once the credentials work."
}
