import AWSServices
import Dashboard
import Foundation
import Testing

@Suite("reduce: switches, stale answers, retries")
struct SwitchAndRetryTests {
    let t0 = Fixture.t0
    let prod = ConnectionInfo(endpoint: "https://personalize.us-east-1.amazonaws.com", region: "us-east-1", isCustomEndpoint: false, profile: "prod")

    @Test func answersFromBeforeASwitchNeverLandInTheNewPlace() {
        var state = Fixture.state(solutionArn: nil)
        _ = reduce(&state, .started(at: t0))
        _ = reduce(&state, .solutionsLoaded(search: 1, [SolutionSummary(name: "a", solutionArn: Fixture.solution, status: "ACTIVE",
                                                                          creationDateTime: t0, lastUpdatedDateTime: t0, recipeArn: nil)], at: t0))
        let oldGeneration = state.versions.generation
        _ = reduce(&state, .connectionSwitched(ConnectionSwitch(connection: prod, readOnly: false), at: t0))
        #expect(state.solutionSearch == 3 && state.solutionLookup == .searching)
        // The old connection's answers arrive late.
        _ = reduce(&state, .solutionVersionsFailed(generation: oldGeneration, failure: LoadFailure(message: "cancelled"), jitter: 0, at: t0))
        _ = reduce(&state, .solutionsLoaded(search: 1, [SolutionSummary(name: "old", solutionArn: "arn:aws:personalize:eu-west-1:1:solution/old",
                                                                        status: "ACTIVE", creationDateTime: t0, lastUpdatedDateTime: t0, recipeArn: nil)], at: t0))
        #expect(state.solutionArn == nil, "a solution of the old region is not opened")
        #expect(state.versions.lastError == nil)
        _ = reduce(&state, .solutionsLoaded(search: 3, [SolutionSummary(name: "new", solutionArn: "arn:aws:personalize:us-east-1:1:solution/new",
                                                                        status: "ACTIVE", creationDateTime: t0, lastUpdatedDateTime: t0, recipeArn: nil)], at: t0))
        #expect(state.solutionName == "new")
        #expect(state.versions.generation > oldGeneration, "generations keep counting across the switch")
    }

    @Test func anotherSolutionListsItsOwnJobsInTheAllVersionsScope() {
        var state = Rows.withJobs([])
        _ = reduce(&state, .userRequested(.toggleJobScope, at: t0))
        _ = reduce(&state, .listPageLoaded(.segmentJobs, generation: state.list(.segmentJobs).generation,
                                           rows: [Rows.job("mine", version: "v2")], isLastPage: true, at: t0))
        let other = ResourceRow(arn: "arn:aws:personalize:eu-west-1:111122223333:solution/other", name: "other")
        state.navigation.picker = .solutions
        _ = reduce(&state, .listPageLoaded(.solutions, generation: 0, rows: [other], isLastPage: true, at: t0))
        let effects = reduce(&state, .pickerChosen(.solutions, arn: other.arn, name: other.name, at: t0))
        #expect(state.list(.segmentJobs).items.isEmpty, "the old solution's jobs are gone at once")
        #expect(Rows.loads(effects).contains(.fetchList(.segmentJobs(solutionVersionArn: nil), generation: state.list(.segmentJobs).generation, firstPageOnly: false)))
    }

    @Test func retriesWaitWhileTheListIsOffScreenOrPaused() {
        var state = Rows.withJobs([Rows.job("a", version: "v2")])
        _ = reduce(&state, .userRequested(.refresh, at: t0))
        let generation = state.list(.segmentJobs).generation
        _ = reduce(&state, .listFailed(.segmentJobs, generation: generation, failure: LoadFailure(message: "AccessDenied"), jitter: 1, at: t0))
        var hidden = state
        _ = reduce(&hidden, .userRequested(.nextPane, at: t0))
        #expect(reduce(&hidden, .listLoadDue(.segmentJobs, generation: generation, at: t0.addingTimeInterval(5))) == [])
        var paused = state
        _ = reduce(&paused, .userRequested(.togglePause, at: t0))
        #expect(reduce(&paused, .listLoadDue(.segmentJobs, generation: generation, at: t0.addingTimeInterval(5))) == [])
        #expect(!reduce(&state, .listLoadDue(.segmentJobs, generation: generation, at: t0.addingTimeInterval(5))).isEmpty)
    }

    @Test func theSolutionSearchBacksOffAndResumesAfterAPause() {
        var state = Fixture.state(solutionArn: nil)
        _ = reduce(&state, .started(at: t0))
        var delays: [TimeInterval] = []
        for attempt in 1...4 {
            let effects = reduce(&state, .solutionsFailed(search: state.solutionSearch, "ExpiredTokenException", at: t0))
            guard case let .scheduleRefresh(id, delay)? = effects.first else { Issue.record("no retry timer"); return }
            delays.append(delay)
            #expect(reduce(&state, .refreshTimerFired(id: id, at: t0)) == [.fetchSolutions(search: attempt + 1)])
        }
        #expect(delays == [5, 10, 20, 40], "doubling from the active interval")
        _ = reduce(&state, .solutionsFailed(search: state.solutionSearch, "ExpiredTokenException", at: t0))
        _ = reduce(&state, .userRequested(.togglePause, at: t0))
        #expect(reduce(&state, .userRequested(.togglePause, at: t0)) == [.fetchSolutions(search: 6)], "resuming searches again at once")
    }

    @Test func imageVersionsAreAlwaysListedInFullToKeepTheirOrder() {
        var state = Fixture.loaded([Fixture.version("v1")])
        state.navigation.imageName = "recs-train"
        for _ in 0..<3 { _ = reduce(&state, .userRequested(.nextPane, at: t0)) }
        state.navigation.picker = nil
        _ = reduce(&state, .listPageLoaded(.imageVersions, generation: state.list(.imageVersions).generation,
                                           rows: [ResourceRow(arn: "arn:aws:sagemaker:eu-west-1:111122223333:image-version/recs-train/1", name: "v1")],
                                           isLastPage: true, at: t0))
        let tick = Rows.loads(reduce(&state, .refreshTimerFired(id: state.refreshTimerID, at: t0.addingTimeInterval(120))))
        #expect(tick.contains { if case .fetchList(.imageVersions, _, firstPageOnly: false) = $0 { return true } else { return false } })
    }

    @Test func leavingAPaneMidLoadCancelsItAndComingBackLoadsAgain() {
        var state = Fixture.loaded([Fixture.version("v2", minutesAgo: 10)])
        #expect(state.list(.segmentJobs).isLoading)
        let left = reduce(&state, .userRequested(.nextPane, at: t0))
        #expect(left.contains(.cancelList(.segmentJobs)), "nobody sees it any more")
        #expect(!state.list(.segmentJobs).isLoading)
        let stale = state.list(.segmentJobs).generation - 1
        _ = reduce(&state, .listPageLoaded(.segmentJobs, generation: stale, rows: [Rows.job("late", version: "v2")], isLastPage: true, at: t0))
        #expect(state.list(.segmentJobs).items.isEmpty, "an answer to the cancelled load is ignored")
        let back = Rows.loads(reduce(&state, .userRequested(.previousPane, at: t0)))
        #expect(back == [.cancelList(.inferenceJobs), .fetchList(.segmentJobs(solutionVersionArn: "\(Fixture.solution)/v2"), generation: state.list(.segmentJobs).generation, firstPageOnly: false)])

        _ = reduce(&state, .userRequested(.openSolutions, at: t0))
        #expect(state.list(.solutions).isLoading)
        #expect(reduce(&state, .userRequested(.back, at: t0)) == [.cancelList(.solutions)])
        #expect(!state.list(.solutions).isLoading)
    }
}
