import AWSServices
import Dashboard
import Foundation
import Testing

/// Builders for reducer tests.
enum Fixture {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)
    static let solution = "arn:aws:personalize:eu-west-1:111122223333:solution/recs"

    static func version(_ id: String, _ status: String = "ACTIVE", minutesAgo: Double = 10) -> SolutionVersionSummary {
        SolutionVersionSummary(
            solutionVersionArn: "\(solution)/\(id)", status: status, trainingMode: "FULL", trainingType: "MANUAL",
            creationDateTime: t0.addingTimeInterval(-minutesAgo * 60), lastUpdatedDateTime: t0,
            failureReason: status == "CREATE FAILED" ? "broken" : nil)
    }

    static func state(solutionArn: String? = solution) -> DashboardState {
        DashboardState(
            connection: ConnectionInfo(endpoint: "http://127.0.0.1:1", region: "eu-west-1", isCustomEndpoint: true),
            now: t0, solutionArn: solutionArn, refreshInterval: 5)
    }

    /// Only the Describe / GetSolutionMetrics effects of versions.
    static func details(_ effects: [DashboardEffect]) -> [DashboardEffect] {
        effects.filter {
            switch $0 {
            case .describeSolutionVersion, .fetchMetrics: return true
            default: return false
            }
        }
    }

    /// Only the timer effects (loads also ask for details and metrics).
    static func timers(_ effects: [DashboardEffect]) -> [DashboardEffect] {
        effects.filter { if case .scheduleRefresh = $0 { return true } else { return false } }
    }

    /// A state whose first load has completed with `versions`.
    static func loaded(_ versions: [SolutionVersionSummary]) -> DashboardState {
        var state = state()
        _ = reduce(&state, .started(at: t0))
        _ = reduce(&state, .solutionVersionsPageLoaded(generation: 1, items: versions, isLastPage: true, at: t0))
        return state
    }
}

@Suite("reduce")
struct ReducerTests {
    @Test func startingWithASolutionLoadsItsVersions() {
        var state = Fixture.state()
        let effects = reduce(&state, .started(at: Fixture.t0))
        #expect(effects == [.fetchSolutionVersions(solutionArn: Fixture.solution, generation: 1, firstPageOnly: false),
                            .describeSolution(solutionArn: Fixture.solution),
                            .fetchList(.campaigns(solutionArn: Fixture.solution), generation: 1, firstPageOnly: false)],
                "versions, the solution, and its campaigns (they mark live versions)")
        #expect(state.versions.isLoading)
        #expect(state.solutionName == "recs")
    }

    @Test func startingWithoutASolutionPicksTheMostRecentlyUpdatedOne() {
        var state = Fixture.state(solutionArn: nil)
        #expect(reduce(&state, .started(at: Fixture.t0)) == [.fetchSolutions(search: 1)])
        let old = SolutionSummary(name: "old", solutionArn: "arn:aws:personalize:r:1:solution/old", status: "ACTIVE",
                                  creationDateTime: nil, lastUpdatedDateTime: Fixture.t0.addingTimeInterval(-900), recipeArn: nil)
        var recent = old
        recent.name = "recent"
        recent.solutionArn = "arn:aws:personalize:r:1:solution/recent"
        recent.lastUpdatedDateTime = Fixture.t0
        let effects = reduce(&state, .solutionsLoaded(search: 1, [old, recent], at: Fixture.t0))
        #expect(effects.prefix(2) == [.fetchSolutionVersions(solutionArn: "arn:aws:personalize:r:1:solution/recent", generation: 1, firstPageOnly: false),
                                      .describeSolution(solutionArn: "arn:aws:personalize:r:1:solution/recent")])
        #expect(state.solutionName == "recent")
    }

    @Test func versionActivityBeatsTheSolutionsOwnUpdateTime() {
        var state = Fixture.state(solutionArn: nil)
        _ = reduce(&state, .started(at: Fixture.t0))
        let busy = SolutionSummary(name: "busy", solutionArn: "arn:aws:personalize:r:1:solution/busy", status: "ACTIVE",
                                   creationDateTime: nil, lastUpdatedDateTime: Fixture.t0.addingTimeInterval(-86_400), recipeArn: nil)
        let touched = SolutionSummary(name: "touched", solutionArn: "arn:aws:personalize:r:1:solution/touched", status: "ACTIVE",
                                      creationDateTime: nil, lastUpdatedDateTime: Fixture.t0.addingTimeInterval(-3_600), recipeArn: nil)
        _ = reduce(&state, .solutionsLoaded(search: 1, [touched, busy], activity: [busy.solutionArn!: Fixture.t0.addingTimeInterval(-60)], at: Fixture.t0))
        #expect(state.solutionArn == busy.solutionArn, "a version changed a minute ago: that solution is the one being worked on")
    }

    @Test func noSolutionsIsAStateNotACrash() {
        var state = Fixture.state(solutionArn: nil)
        _ = reduce(&state, .started(at: Fixture.t0))
        #expect(reduce(&state, .solutionsLoaded(search: 1, [], at: Fixture.t0)) == [])
        #expect(state.solutionLookup == .noneFound)
    }

    @Test func firstLoadStreamsPagesThenSchedulesARefresh() {
        var state = Fixture.state()
        _ = reduce(&state, .started(at: Fixture.t0))
        let first = reduce(&state, .solutionVersionsPageLoaded(
            generation: 1, items: [Fixture.version("a"), Fixture.version("b")], isLastPage: false, at: Fixture.t0))
        #expect(first == [])
        #expect(state.versions.items.count == 2, "the first page shows before the rest arrives")
        #expect(!state.versions.isComplete)
        let last = reduce(&state, .solutionVersionsPageLoaded(
            generation: 1, items: [Fixture.version("c")], isLastPage: true, at: Fixture.t0.addingTimeInterval(1)))
        #expect(Fixture.timers(last) == [.scheduleRefresh(id: 1, after: 60)], "everything is settled: the idle interval")
        #expect(state.versions.items.map(\.solutionVersionArn) == ["a", "b", "c"].map { "\(Fixture.solution)/\($0)" })
        #expect(state.versions.isComplete)
        #expect(!state.versions.isLoading)
        #expect(state.versions.lastSuccess == Fixture.t0.addingTimeInterval(1))
    }

    @Test func refreshKeepsTheOldListUntilTheLastPageAndKeepsSelectionByARN() {
        var state = Fixture.loaded([Fixture.version("a"), Fixture.version("b"), Fixture.version("c")])
        _ = reduce(&state, .userRequested(.moveDown, at: Fixture.t0))
        #expect(state.selectedArn == "\(Fixture.solution)/b")
        let refresh = reduce(&state, .userRequested(.refresh, at: Fixture.t0))
        #expect(refresh == [.fetchSolutionVersions(solutionArn: Fixture.solution, generation: 2, firstPageOnly: false)], "r lists in full")
        _ = reduce(&state, .solutionVersionsPageLoaded(generation: 2, items: [Fixture.version("new")], isLastPage: false, at: Fixture.t0))
        #expect(state.versions.items.count == 3, "a refresh does not blank the list")
        _ = reduce(&state, .solutionVersionsPageLoaded(
            generation: 2, items: [Fixture.version("a"), Fixture.version("b", "CREATE FAILED"), Fixture.version("c")],
            isLastPage: true, at: Fixture.t0))
        #expect(state.versions.items.count == 4)
        #expect(state.selectedArn == "\(Fixture.solution)/b")
        #expect(state.cursor == 2)
        #expect(state.selectedVersion?.status == "CREATE FAILED")
    }

    @Test func resultsOfAnOlderLoadAreIgnored() {
        var state = Fixture.loaded([Fixture.version("a")])
        _ = reduce(&state, .userRequested(.refresh, at: Fixture.t0))
        let before = state
        #expect(reduce(&state, .solutionVersionsPageLoaded(generation: 1, items: [], isLastPage: true, at: Fixture.t0)) == [])
        #expect(reduce(&state, .solutionVersionsFailed(generation: 1, failure: LoadFailure(message: "late"), jitter: 0, at: Fixture.t0)) == [])
        #expect(state == before)
    }

    @Test func aFailedRefreshKeepsTheDataAndSaysWhy() {
        var state = Fixture.loaded([Fixture.version("a")])
        _ = reduce(&state, .refreshTimerFired(id: 1, at: Fixture.t0))
        let effects = reduce(&state, .solutionVersionsFailed(
            generation: 2, failure: LoadFailure(message: "ThrottlingException: slow down", isThrottling: true), jitter: 1, at: Fixture.t0))
        #expect(effects == [.scheduleRefresh(id: 2, after: 5)])
        #expect(state.versions.items.count == 1)
        #expect(state.versions.lastError == "ThrottlingException: slow down")
        #expect(state.isThrottled)
        #expect(!state.versions.isLoading)
    }

    @Test func staleTimersAndRefreshesDuringALoadDoNothing() {
        var state = Fixture.loaded([Fixture.version("a")])
        #expect(reduce(&state, .refreshTimerFired(id: 0, at: Fixture.t0)) == [], "an old timer")
        _ = reduce(&state, .userRequested(.refresh, at: Fixture.t0))
        #expect(reduce(&state, .userRequested(.refresh, at: Fixture.t0)) == [], "already loading")
        #expect(reduce(&state, .refreshTimerFired(id: 1, at: Fixture.t0)) == [], "already loading")
    }

    @Test func cursorMovesPagesAndStaysVisible() {
        var state = Fixture.loaded((0..<30).map { Fixture.version("v\($0)") })
        _ = reduce(&state, .viewportResized(rows: 10))
        _ = reduce(&state, .userRequested(.moveUp, at: Fixture.t0))
        #expect(state.cursor == 0)
        _ = reduce(&state, .userRequested(.pageDown, at: Fixture.t0))
        #expect(state.cursor == 10)
        #expect(state.scrollTop == 1)
        _ = reduce(&state, .userRequested(.moveToBottom, at: Fixture.t0))
        #expect(state.cursor == 29)
        #expect(state.scrollTop == 20)
        _ = reduce(&state, .userRequested(.moveDown, at: Fixture.t0))
        #expect(state.cursor == 29)
        _ = reduce(&state, .userRequested(.pageUp, at: Fixture.t0))
        #expect(state.cursor == 19)
        #expect(state.scrollTop == 19)
        _ = reduce(&state, .userRequested(.moveToTop, at: Fixture.t0))
        #expect(state.cursor == 0)
        #expect(state.scrollTop == 0)
        #expect(state.selectedArn == "\(Fixture.solution)/v0")
    }

    @Test func movingInAnEmptyListIsHarmless() {
        var state = Fixture.loaded([])
        for action in UserAction.allCases where action != .quit && action != .refresh {
            _ = reduce(&state, .userRequested(action, at: Fixture.t0))
        }
        #expect(state.cursor == 0)
        #expect(state.selectedArn == nil)
    }

    @Test func quitStopsTheStore() {
        var state = Fixture.loaded([])
        #expect(reduce(&state, .userRequested(.quit, at: Fixture.t0)) == [.rememberSession(SessionPlace(state)), .quit])
        #expect(state.isQuitting)
    }

    @Test func clockTicksOnlyMoveTime() {
        var state = Fixture.loaded([Fixture.version("a")])
        var expected = state
        expected.now = Fixture.t0.addingTimeInterval(7)
        #expect(reduce(&state, .clockTicked(at: Fixture.t0.addingTimeInterval(7))) == [])
        #expect(state == expected)
    }
}
