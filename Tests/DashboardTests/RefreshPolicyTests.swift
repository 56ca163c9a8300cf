import AWSServices
import Dashboard
import Foundation
import Testing

/// The background refresh: adaptive, cheap when settled, backing off on errors, pausable.
@Suite("refresh policy")
struct RefreshPolicyTests {
    let t0 = Fixture.t0

    @Test func inFlightWorkUsesTheShortIntervalSettledTheLongOne() {
        var state = Fixture.state()
        _ = reduce(&state, .started(at: t0))
        let active = reduce(&state, .solutionVersionsPageLoaded(
            generation: 1, items: [Fixture.version("a", "CREATE IN_PROGRESS"), Fixture.version("b")], isLastPage: true, at: t0))
        #expect(Fixture.timers(active) == [.scheduleRefresh(id: 1, after: 5)])
        _ = reduce(&state, .userRequested(.refresh, at: t0))
        let settled = reduce(&state, .solutionVersionsPageLoaded(
            generation: 2, items: [Fixture.version("a"), Fixture.version("b")], isLastPage: true, at: t0))
        #expect(Fixture.timers(settled) == [.scheduleRefresh(id: 2, after: 60)])
        #expect(state.nextRefreshAt == t0.addingTimeInterval(60))
    }

    @Test func aSettledListIsRefreshedByItsFirstPageAndRelistedInFullOnASlowCadence() {
        var state = Fixture.loaded([Fixture.version("a", minutesAgo: 10), Fixture.version("b", minutesAgo: 20)])
        let cheap = reduce(&state, .refreshTimerFired(id: 1, at: t0.addingTimeInterval(60)))
        #expect(cheap == [.fetchSolutionVersions(solutionArn: Fixture.solution, generation: 2, firstPageOnly: true)])
        // The first page brings a new version and a changed one; the older one is kept.
        _ = reduce(&state, .solutionVersionsPageLoaded(
            generation: 2, items: [Fixture.version("new", "CREATE PENDING", minutesAgo: 1), Fixture.version("a", "ACTIVE", minutesAgo: 10)],
            isLastPage: true, at: t0.addingTimeInterval(61)))
        #expect(state.versions.items.compactMap(\.solutionVersionArn).map(SolutionVersionName.versionId) == ["new", "a", "b"])
        let full = reduce(&state, .refreshTimerFired(id: state.refreshTimerID, at: t0.addingTimeInterval(601)))
        #expect(full == [.fetchSolutionVersions(solutionArn: Fixture.solution, generation: 3, firstPageOnly: false)])
    }

    @Test func inProgressVersionsBeyondTheFirstPageAreFollowedWithDescribe() {
        var state = Fixture.loaded([Fixture.version("a", minutesAgo: 1), Fixture.version("old", "CREATE IN_PROGRESS", minutesAgo: 50)])
        _ = reduce(&state, .refreshTimerFired(id: 1, at: t0.addingTimeInterval(5)))
        let effects = reduce(&state, .solutionVersionsPageLoaded(generation: 2, items: [Fixture.version("a", minutesAgo: 1)],
                                                                 isLastPage: true, at: t0.addingTimeInterval(6)))
        #expect(effects.first == .describeSolutionVersion(solutionVersionArn: "\(Fixture.solution)/old"))
        var described = SolutionVersion()
        described.solutionVersionArn = "\(Fixture.solution)/old"
        described.status = "CREATE FAILED"
        described.failureReason = "Out of memory. Use a larger instance."
        _ = reduce(&state, .solutionVersionDescribed(described, at: t0.addingTimeInterval(7)))
        #expect(state.versions.items.last?.status == "CREATE FAILED")
        #expect(state.timeline.last == TimelineEntry(time: t0.addingTimeInterval(7), arn: "\(Fixture.solution)/old",
                                                    from: "CREATE IN_PROGRESS", to: "CREATE FAILED", failureExcerpt: "Out of memory."))
        #expect(state.notifications.count == 1, "a watched version reached a terminal state")
    }

    @Test func failuresBackOffExponentiallyWithJitterAndRecoveryResets() {
        var state = Fixture.loaded([Fixture.version("a", "CREATE IN_PROGRESS")])
        var delays: [TimeInterval] = []
        for attempt in 0..<8 {
            let now = t0.addingTimeInterval(Double(attempt) * 1000)
            _ = reduce(&state, .userRequested(.refresh, at: now))
            let effects = reduce(&state, .solutionVersionsFailed(
                generation: state.versions.generation, failure: LoadFailure(message: "LimitExceededException", isThrottling: true), jitter: 1, at: now))
            if case let .scheduleRefresh(_, after)? = effects.first { delays.append(after) }
        }
        #expect(delays == [5, 10, 20, 40, 80, 160, 300, 300], "doubling from the active interval, capped at 5 minutes")
        #expect(state.isThrottled)
        _ = reduce(&state, .userRequested(.refresh, at: t0))
        let low = reduce(&state, .solutionVersionsFailed(generation: state.versions.generation, failure: LoadFailure(message: "x"), jitter: 0, at: t0))
        #expect(low == [.scheduleRefresh(id: state.refreshTimerID, after: 150)], "jitter 0 waits half the step")
        _ = reduce(&state, .userRequested(.refresh, at: t0))
        _ = reduce(&state, .solutionVersionsPageLoaded(generation: state.versions.generation, items: [Fixture.version("a", "CREATE IN_PROGRESS")],
                                                      isLastPage: true, at: t0))
        #expect(state.consecutiveFailures == 0)
        #expect(!state.isThrottled)
        #expect(state.versions.lastError == nil)
    }

    @Test func expiredCredentialsBecomeAStateAndRetrySlowly() {
        var state = Fixture.loaded([Fixture.version("a")])
        _ = reduce(&state, .userRequested(.refresh, at: t0))
        let failure = LoadFailure(message: "ExpiredTokenException: run aws sso login --profile prod", isCredentials: true)
        for _ in 0..<10 {
            _ = reduce(&state, .solutionVersionsFailed(generation: state.versions.generation, failure: failure, jitter: 1, at: t0))
            _ = reduce(&state, .userRequested(.refresh, at: t0))
        }
        let last = reduce(&state, .solutionVersionsFailed(generation: state.versions.generation, failure: failure, jitter: 1, at: t0))
        #expect(last == [.scheduleRefresh(id: state.refreshTimerID, after: 60)], "a re-login is waited for at most a minute at a time")
        #expect(state.credentialsProblem?.contains("aws sso login --profile prod") == true)
        #expect(state.versions.items.count == 1, "the data stays on screen")
    }

    @Test func pauseStopsAllPollingAndResumeRefreshesAtOnce() {
        var state = Fixture.loaded([Fixture.version("a", "CREATE IN_PROGRESS")])
        let timer = state.refreshTimerID
        #expect(reduce(&state, .userRequested(.togglePause, at: t0)) == [])
        #expect(state.isPaused)
        #expect(state.nextRefreshAt == nil)
        #expect(reduce(&state, .refreshTimerFired(id: timer, at: t0.addingTimeInterval(5))) == [])
        #expect(reduce(&state, .refreshTimerFired(id: state.refreshTimerID, at: t0.addingTimeInterval(5))) == [], "no timer runs while paused")
        let resumed = reduce(&state, .userRequested(.togglePause, at: t0.addingTimeInterval(30)))
        #expect(resumed == [.fetchSolutionVersions(solutionArn: Fixture.solution, generation: 2, firstPageOnly: false)])
        #expect(!state.isPaused)
    }
}
