import AWSServices
import Dashboard
import Foundation
import Testing

/// Builders for the lists besides the versions.
enum Rows {
    static let t0 = Fixture.t0

    static func job(_ id: String, version: String, _ status: String = "ACTIVE", minutesAgo: Double = 30) -> ResourceRow {
        ResourceRow(arn: "arn:aws:personalize:eu-west-1:111122223333:batch-segment-job/\(id)", name: id, status: status,
                    created: t0.addingTimeInterval(-minutesAgo * 60), updated: t0,
                    failureReason: status == "CREATE FAILED" ? "Input file is empty. Check the path." : nil,
                    solutionVersionArn: "\(Fixture.solution)/\(version)")
    }

    static func campaign(_ name: String) -> ResourceRow {
        ResourceRow(arn: "arn:aws:personalize:eu-west-1:111122223333:campaign/\(name)", name: name, status: "ACTIVE", created: t0)
    }

    /// The list effects only.
    static func loads(_ effects: [DashboardEffect]) -> [DashboardEffect] {
        effects.filter {
            switch $0 {
            case .fetchList, .scheduleListLoad, .cancelList: return true
            default: return false
            }
        }
    }

    /// A loaded state whose segment-jobs list has answered `rows` for the selected version.
    static func withJobs(_ rows: [ResourceRow], versions: [SolutionVersionSummary]? = nil) -> DashboardState {
        var state = Fixture.loaded(versions ?? [Fixture.version("v2", minutesAgo: 10), Fixture.version("v1", minutesAgo: 100)])
        let generation = state.list(.segmentJobs).generation
        _ = reduce(&state, .listPageLoaded(.segmentJobs, generation: generation, rows: rows, isLastPage: true, at: t0))
        return state
    }
}

@Suite("reduce: lists and navigation")
struct ListReducerTests {
    let t0 = Fixture.t0

    @Test func theLowerPaneFollowsTheSelectedVersionOnceTheSelectionRests() {
        var state = Fixture.state()
        _ = reduce(&state, .started(at: t0))
        let loaded = reduce(&state, .solutionVersionsPageLoaded(
            generation: 1, items: [Fixture.version("v2", minutesAgo: 10), Fixture.version("v1", minutesAgo: 100)], isLastPage: true, at: t0))
        #expect(Rows.loads(loaded) == [.fetchList(.segmentJobs(solutionVersionArn: "\(Fixture.solution)/v2"), generation: 1, firstPageOnly: false)])
        _ = reduce(&state, .listPageLoaded(.segmentJobs, generation: 1, rows: [Rows.job("j1", version: "v2")], isLastPage: true, at: t0))
        #expect(state.list(.segmentJobs).visible.map(\.name) == ["j1"])

        let moved = reduce(&state, .userRequested(.moveDown, at: t0))
        #expect(Rows.loads(moved) == [.scheduleListLoad(.segmentJobs, generation: 2, after: 0.3)], "scrolling does not send a request per row")
        #expect(state.list(.segmentJobs).items.isEmpty, "the other version's jobs are not shown under this one")
        #expect(state.list(.segmentJobs).phase == .loadingFirstPage)
        _ = reduce(&state, .userRequested(.moveUp, at: t0))
        _ = reduce(&state, .userRequested(.moveDown, at: t0))
        #expect(reduce(&state, .listLoadDue(.segmentJobs, generation: 2, at: t0)) == [], "a superseded wait sends nothing")
        #expect(reduce(&state, .listLoadDue(.segmentJobs, generation: 4, at: t0))
            == [.fetchList(.segmentJobs(solutionVersionArn: "\(Fixture.solution)/v1"), generation: 4, firstPageOnly: false)])
    }

    @Test func allJobsOfTheSolutionKeepsOnlyItsOwnVersionsJobs() {
        var state = Rows.withJobs([])
        let toggled = reduce(&state, .userRequested(.toggleJobScope, at: t0))
        let generation = state.list(.segmentJobs).generation
        #expect(Rows.loads(toggled) == [.fetchList(.segmentJobs(solutionVersionArn: nil), generation: generation, firstPageOnly: false)])
        var foreign = Rows.job("other", version: "x")
        foreign.solutionVersionArn = "arn:aws:personalize:eu-west-1:111122223333:solution/recs-other/x"
        _ = reduce(&state, .listPageLoaded(.segmentJobs, generation: generation,
                                           rows: [Rows.job("a", version: "v2"), foreign, Rows.job("b", version: "v1")], isLastPage: true, at: t0))
        #expect(state.list(.segmentJobs).items.map(\.name) == ["a", "b"], "a solution whose name starts the same is not ours")
        _ = reduce(&state, .userRequested(.moveDown, at: t0))
        #expect(state.listRequests[.segmentJobs] == .segmentJobs(solutionVersionArn: nil), "moving in the versions does not matter in this scope")
    }

    @Test func pagesStreamInAndARefreshOfASettledListIsItsFirstPage() {
        var state = Rows.withJobs([])
        _ = reduce(&state, .userRequested(.refresh, at: t0))
        let generation = state.list(.segmentJobs).generation
        _ = reduce(&state, .listPageLoaded(.segmentJobs, generation: generation, rows: [Rows.job("a", version: "v2")], isLastPage: false, at: t0))
        #expect(state.list(.segmentJobs).isLoading)
        _ = reduce(&state, .listPageLoaded(.segmentJobs, generation: generation, rows: [Rows.job("b", version: "v2", minutesAgo: 90)], isLastPage: true, at: t0))
        #expect(state.list(.segmentJobs).items.map(\.name) == ["a", "b"])
        #expect(state.list(.segmentJobs).phase == .complete)

        let tick = reduce(&state, .refreshTimerFired(id: state.refreshTimerID, at: t0.addingTimeInterval(60)))
        #expect(Rows.loads(tick) == [.fetchList(.segmentJobs(solutionVersionArn: "\(Fixture.solution)/v2"), generation: generation + 1, firstPageOnly: true)])
        _ = reduce(&state, .listPageLoaded(.segmentJobs, generation: generation + 1, rows: [Rows.job("c", version: "v2", minutesAgo: 1)], isLastPage: true, at: t0))
        #expect(state.list(.segmentJobs).items.map(\.name) == ["c", "a", "b"], "new items first, older ones kept")
        let later = reduce(&state, .refreshTimerFired(id: state.refreshTimerID, at: t0.addingTimeInterval(700)))
        #expect(Rows.loads(later).contains(.fetchList(.segmentJobs(solutionVersionArn: "\(Fixture.solution)/v2"), generation: generation + 2, firstPageOnly: false)),
                "a full re-list at the slow cadence")
    }

    @Test func aFailingListBacksOffAndRecovers() {
        var state = Rows.withJobs([Rows.job("a", version: "v2")])
        _ = reduce(&state, .userRequested(.refresh, at: t0))
        var generation = state.list(.segmentJobs).generation
        let failed = reduce(&state, .listFailed(.segmentJobs, generation: generation, failure: LoadFailure(message: "Rate exceeded", isThrottling: true), jitter: 1, at: t0))
        #expect(failed == [.scheduleListLoad(.segmentJobs, generation: generation, after: 5)], "its own retry timer, not the idle refresh")
        var early = state
        #expect(reduce(&early, .listLoadDue(.segmentJobs, generation: generation, at: t0.addingTimeInterval(5)))
            == [.fetchList(.segmentJobs(solutionVersionArn: "\(Fixture.solution)/v2"), generation: generation + 1, firstPageOnly: false)])
        let list = state.list(.segmentJobs)
        #expect(list.items.map(\.name) == ["a"], "the rows of the last success stay")
        #expect(list.phase == .failing("Rate exceeded", since: t0, retryAt: t0.addingTimeInterval(5)))
        #expect(state.isThrottled)
        #expect(Rows.loads(reduce(&state, .refreshTimerFired(id: state.refreshTimerID, at: t0.addingTimeInterval(2)))).isEmpty, "not before its retry time")
        let retry = Rows.loads(reduce(&state, .refreshTimerFired(id: state.refreshTimerID, at: t0.addingTimeInterval(6))))
        generation = state.list(.segmentJobs).generation
        #expect(retry == [.fetchList(.segmentJobs(solutionVersionArn: "\(Fixture.solution)/v2"), generation: generation, firstPageOnly: false)],
                "after a failure the list is loaded in full")
        _ = reduce(&state, .listFailed(.segmentJobs, generation: generation, failure: LoadFailure(message: "Rate exceeded", isThrottling: true), jitter: 1, at: t0))
        #expect(state.list(.segmentJobs).nextRetryAt == t0.addingTimeInterval(10), "the delay doubles")
        _ = reduce(&state, .userRequested(.refresh, at: t0))
        _ = reduce(&state, .listPageLoaded(.segmentJobs, generation: state.list(.segmentJobs).generation, rows: [], isLastPage: true, at: t0))
        #expect(state.list(.segmentJobs).consecutiveFailures == 0)
        #expect(state.list(.segmentJobs).phase == .complete)
    }

    @Test func inFlightJobsAreFollowedAndTheirEndsNotified() {
        var state = Rows.withJobs([Rows.job("done", version: "v2", minutesAgo: 1), Rows.job("run", version: "v2", "CREATE IN_PROGRESS")])
        #expect(state.hasWorkInFlight, "a running job keeps the short interval")
        #expect(state.currentRefreshInterval == state.refreshInterval)
        let tick = reduce(&state, .refreshTimerFired(id: state.refreshTimerID, at: t0.addingTimeInterval(5)))
        #expect(tick.contains(.describeResource(.segmentJobs, arn: Rows.job("run", version: "v2").arn)))
        var job = BatchSegmentJob()
        job.batchSegmentJobArn = Rows.job("run", version: "v2").arn
        job.status = "CREATE FAILED"
        job.failureReason = "Input file is empty. Check the path."
        _ = reduce(&state, .resourceDescribed(.segmentJob(job), at: t0.addingTimeInterval(6)))
        #expect(state.list(.segmentJobs).items.first { $0.name == "run" }?.status == "CREATE FAILED")
        #expect(state.timeline.last?.to == "CREATE FAILED")
        #expect(state.timeline.last?.from == "CREATE IN_PROGRESS")
        #expect(state.notifications.map(\.arn) == [job.batchSegmentJobArn!])
    }

    @Test func campaignsMarkTheVersionsTheyServe() {
        var state = Fixture.loaded([Fixture.version("v2"), Fixture.version("v1", minutesAgo: 100)])
        let generation = state.list(.campaigns).generation
        let effects = reduce(&state, .listPageLoaded(.campaigns, generation: generation, rows: [Rows.campaign("web"), Rows.campaign("app")], isLastPage: true, at: t0))
        #expect(effects.contains(.describeResource(.campaigns, arn: Rows.campaign("web").arn)))
        #expect(effects.contains(.describeResource(.campaigns, arn: Rows.campaign("app").arn)), "the summary does not say which version")
        var web = Campaign()
        web.campaignArn = Rows.campaign("web").arn
        web.status = "ACTIVE"
        web.solutionVersionArn = "\(Fixture.solution)/v1"
        web.latestCampaignUpdate = CampaignUpdateSummary(solutionVersionArn: "\(Fixture.solution)/v2", status: "CREATE IN_PROGRESS")
        _ = reduce(&state, .resourceDescribed(.campaign(web), at: t0))
        #expect(state.liveVersions == ["\(Fixture.solution)/v1": ["web"], "\(Fixture.solution)/v2": ["→web"]])
    }

    @Test func filtersAndSortsAreStateAndKeepTheSelection() {
        var state = Fixture.loaded([Fixture.version("c", "CREATE IN_PROGRESS", minutesAgo: 1), Fixture.version("b", "CREATE FAILED", minutesAgo: 20),
                                    Fixture.version("a", "ACTIVE", minutesAgo: 300)])
        _ = reduce(&state, .userRequested(.moveDown, at: t0))
        #expect(state.selectedArn == "\(Fixture.solution)/b")
        _ = reduce(&state, .sortChanged(ListSort(.created, ascending: true), at: t0))
        #expect(state.versions.visible.map { SolutionVersionName.versionId(fromArn: $0.solutionVersionArn!) } == ["a", "b", "c"])
        #expect(state.cursor == 1 && state.selectedArn == "\(Fixture.solution)/b", "the selection moved with its row")
        _ = reduce(&state, .userRequested(.cycleStatusFilter, at: t0))
        #expect(state.versions.query.statuses == ["CREATE IN_PROGRESS"])
        #expect(state.versions.visible.count == 1)
        _ = reduce(&state, .userRequested(.cycleStatusFilter, at: t0))
        #expect(state.versions.query.statuses == ["CREATE FAILED"])
        #expect(state.selectedArn == "\(Fixture.solution)/b")
        _ = reduce(&state, .filterChanged(text: "nomatch", at: t0))
        #expect(state.versions.visible.isEmpty && state.selectedVersion == nil)
        _ = reduce(&state, .userRequested(.back, at: t0))
        #expect(state.versions.query == ListQuery(sort: ListSort(.created, ascending: true)), "Esc clears the filter, not the sort")
        #expect(state.selectedArn == "\(Fixture.solution)/b", "clearing the filter brings the selection back")
        _ = reduce(&state, .userRequested(.reverseSort, at: t0))
        #expect(state.versions.query.sort == ListSort(.created, ascending: false))
        _ = reduce(&state, .filterChanged(text: "FAILED", at: t0))
        #expect(state.versions.visible.map(\.status) == ["CREATE FAILED"], "text matches status and failure reason, any case")
    }

    @Test func sortingPutsRowsWithoutAValueLastEitherWay() {
        var rows = [Rows.job("x", version: "v"), Rows.job("y", version: "v"), Rows.job("z", version: "v")]
        rows[1].updated = nil
        rows[0].updated = t0.addingTimeInterval(-10)
        for ascending in [true, false] {
            let sorted = ListQuery(sort: ListSort(.updated, ascending: ascending)).apply(to: rows).map(\.name)
            #expect(sorted == (ascending ? ["x", "z", "y"] : ["z", "x", "y"]))
        }
    }

    @Test func theFocusedListGetsTheCursorAndTheFilter() {
        var state = Rows.withJobs([Rows.job("a", version: "v2"), Rows.job("b", version: "v2", "CREATE FAILED", minutesAgo: 60)])
        _ = reduce(&state, .userRequested(.focusNext, at: t0))
        #expect(state.navigation.focus == .lower)
        let moved = reduce(&state, .userRequested(.moveDown, at: t0))
        #expect(state.list(.segmentJobs).selected?.name == "b")
        #expect(state.cursor == 0, "the versions did not move")
        #expect(moved == [.describeResource(.segmentJobs, arn: Rows.job("b", version: "v2").arn)], "the selected job is described")
        _ = reduce(&state, .filterChanged(text: "EMPTY", at: t0))
        #expect(state.list(.segmentJobs).visible.map(\.name) == ["b"], "matched in the failure reason")
        #expect(state.versions.query.text.isEmpty)
    }

    @Test func pickersNavigateDatasetGroupThenSolution() {
        var state = Fixture.loaded([Fixture.version("v1")])
        #expect(reduce(&state, .userRequested(.openDatasetGroups, at: t0)) == [.fetchList(.datasetGroups, generation: 1, firstPageOnly: false)])
        let group = ResourceRow(arn: "arn:aws:personalize:eu-west-1:111122223333:dataset-group/media", name: "media")
        _ = reduce(&state, .listPageLoaded(.datasetGroups, generation: 1, rows: [group], isLastPage: true, at: t0))
        let chosen = reduce(&state, .userRequested(.choose, at: t0))
        #expect(chosen == [.fetchList(.solutions(datasetGroupArn: group.arn), generation: 1, firstPageOnly: false)])
        #expect(state.navigation.picker == .solutions)
        let other = ResourceRow(arn: "arn:aws:personalize:eu-west-1:111122223333:solution/other", name: "other")
        _ = reduce(&state, .listPageLoaded(.solutions, generation: 1, rows: [other], isLastPage: true, at: t0))
        let opened = reduce(&state, .userRequested(.choose, at: t0))
        #expect(opened.prefix(2) == [.fetchSolutionVersions(solutionArn: other.arn, generation: 2, firstPageOnly: false),
                                     .describeSolution(solutionArn: other.arn)])
        #expect(opened.last == .rememberSession(SessionPlace(state)))
        #expect(state.solutionArn == other.arn && state.solutionName == "other")
        #expect(state.versions.items.isEmpty && state.navigation.picker == nil)
        #expect(state.list(.segmentJobs).items.isEmpty, "nothing of the old solution is left on screen")
    }

    @Test func imageVersionsNeedAnImageAndFollowTheirQuery() {
        var state = Fixture.loaded([Fixture.version("v1")])
        for _ in 0..<3 { _ = reduce(&state, .userRequested(.nextPane, at: t0)) }
        #expect(state.navigation.lowerPane == .imageVersions)
        #expect(state.navigation.picker == .images, "no image chosen yet: the picker opens")
        let generation = state.list(.images).generation
        _ = reduce(&state, .listPageLoaded(.images, generation: generation, rows: [ResourceRow(arn: "arn:aws:sagemaker:eu-west-1:111122223333:image/recs-train", name: "recs-train")], isLastPage: true, at: t0))
        let chosen = reduce(&state, .userRequested(.choose, at: t0))
        #expect(Rows.loads(chosen) == [.fetchList(.imageVersions(imageName: "recs-train", query: ImageVersionQuery()), generation: 1, firstPageOnly: false)])
        var query = ImageVersionQuery()
        query.sortBy = "VERSION"
        query.sortOrder = "ASCENDING"
        query.creationTimeAfter = t0.addingTimeInterval(-86_400)
        #expect(reduce(&state, .imageVersionQueryChanged(query, at: t0))
            == [.fetchList(.imageVersions(imageName: "recs-train", query: query), generation: 2, firstPageOnly: false)])
    }

    @Test func switchingProfileStartsAfreshInTheNewPlace() {
        var state = Fixture.loaded([Fixture.version("v1")])
        state.navigation.availableProfiles = ["default", "prod"]
        _ = reduce(&state, .userRequested(.openProfiles, at: t0))
        #expect(state.list(.profiles).visible.map(\.name) == ["default", "prod"])
        _ = reduce(&state, .userRequested(.moveDown, at: t0))
        #expect(reduce(&state, .userRequested(.choose, at: t0)) == [.switchConnection(profile: "prod", region: nil)])
        let prod = ConnectionInfo(endpoint: "https://personalize.us-east-1.amazonaws.com", region: "us-east-1", isCustomEndpoint: false, profile: "prod")
        let effects = reduce(&state, .connectionSwitched(ConnectionSwitch(connection: prod, readOnly: true), at: t0))
        #expect(effects.first == .cancelAll)
        #expect(effects.contains(.fetchSolutions(search: 2)), "no solution configured there: the most active one is found")
        #expect(state.connection == prod && state.readOnly && state.versions.items.isEmpty)
        #expect(state.navigation.availableProfiles == ["default", "prod"])
        _ = reduce(&state, .trainRequested(at: t0))
        #expect(state.dialog == nil, "read-only on that profile, in the model")
        _ = reduce(&state, .connectionSwitchFailed("profile 'x' has no region", at: t0))
        #expect(state.message?.isError == true)
    }

    @Test func credentialFailuresSayHowToLogInAgain() {
        var state = Fixture.state()
        state.connection.reloginCommand = "aws sso login --profile prod"
        _ = reduce(&state, .started(at: t0))
        _ = reduce(&state, .solutionVersionsFailed(generation: 1, failure: LoadFailure(message: "the SSO session has expired", isCredentials: true), jitter: 0, at: t0))
        #expect(state.credentialsProblem?.contains("Run `aws sso login --profile prod`") == true)
        _ = reduce(&state, .refreshTimerFired(id: state.refreshTimerID, at: t0.addingTimeInterval(60)))
        _ = reduce(&state, .solutionVersionsPageLoaded(generation: 2, items: [], isLastPage: true, at: t0.addingTimeInterval(61)))
        #expect(state.credentialsProblem == nil, "resumes by itself once the credentials work")
    }
}
