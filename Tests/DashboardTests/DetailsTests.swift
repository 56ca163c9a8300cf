import AWSServices
import Dashboard
import Foundation
import Testing

/// Details fetched on selection and cached; metrics with deltas and series; ETA; failure history; cost.
@Suite("details and insights")
struct DetailsTests {
    let t0 = Fixture.t0
    func arn(_ id: String) -> String { "\(Fixture.solution)/\(id)" }

    func version(_ id: String, _ status: String, mode: String = "FULL", minutesAgo: Double, tookMinutes: Double = 60) -> SolutionVersionSummary {
        let created = t0.addingTimeInterval(-minutesAgo * 60)
        return SolutionVersionSummary(
            solutionVersionArn: arn(id), status: status, trainingMode: mode, trainingType: "MANUAL", creationDateTime: created,
            lastUpdatedDateTime: created.addingTimeInterval(tookMinutes * 60), failureReason: status == "CREATE FAILED" ? "Bad data. Fix it." : nil)
    }

    @Test func selectionFetchesDetailsAndMetricsOnceAndCaches() {
        var state = Fixture.loaded([version("new", "ACTIVE", minutesAgo: 100), version("old", "ACTIVE", minutesAgo: 1000)])
        #expect(state.details.pending == ["d:\(arn("new"))", "m:\(arn("new"))", "m:\(arn("old"))"], "the first load asks once for each")
        var described = SolutionVersion()
        described.solutionVersionArn = arn("new")
        described.status = "ACTIVE"
        described.trainingHours = 3.5
        _ = reduce(&state, .solutionVersionDescribed(described, at: t0))
        _ = reduce(&state, .metricsLoaded(solutionVersionArn: arn("new"), metrics: ["coverage": 0.5, "precision_at_5": 0.12], at: t0))
        _ = reduce(&state, .metricsLoaded(solutionVersionArn: arn("old"), metrics: ["coverage": 0.4, "precision_at_5": 0.10], at: t0))
        #expect(state.details.pending.isEmpty)
        let down = Fixture.details(reduce(&state, .userRequested(.moveDown, at: t0.addingTimeInterval(1))))
        #expect(down == [.describeSolutionVersion(solutionVersionArn: arn("old"))], "metrics are never fetched twice")
        let up = Fixture.details(reduce(&state, .userRequested(.moveUp, at: t0.addingTimeInterval(2))))
        #expect(up == [], "a settled version's details are trusted for a while")
        let insights = VersionInsights(state)
        let deltas = insights.metricDeltas(for: arn("new"))
        #expect(deltas.map(\.name) == ["coverage", "precision_at_5"])
        #expect(abs((deltas.first?.delta ?? 0) - 0.1) < 1e-9)
        #expect(insights.metricDeltas(for: arn("old")).first?.delta == nil, "the oldest has nothing to compare with")
        #expect(insights.series("coverage") == [0.4, 0.5])
        #expect(insights.trainingHours(pricePerHour: 0.24) == (3.5, 0.84))
    }

    @Test func anEstimateNeedsHistoryOfTheSameMode() {
        let running = version("run", "CREATE IN_PROGRESS", mode: "UPDATE", minutesAgo: 10)
        var state = Fixture.loaded([running, version("a", "ACTIVE", minutesAgo: 500, tookMinutes: 60),
                                    version("b", "ACTIVE", minutesAgo: 900, tookMinutes: 80),
                                    version("u", "ACTIVE", mode: "UPDATE", minutesAgo: 300, tookMinutes: 20)])
        #expect(VersionInsights(state).estimate(for: running, now: t0) == .tooLittleHistory(samples: 1))
        var full = running
        full.trainingMode = "FULL"
        state.versions.replaceItems([full] + state.versions.items.dropFirst())
        #expect(VersionInsights(state).estimate(for: full, now: t0)
            == .finishesAround(t0.addingTimeInterval(-600 + 70 * 60), samples: 2), "the median of 60 and 80 minutes")
    }

    @Test func failureHistoryListsEveryFailedVersionWithItsReason() {
        let state = Fixture.loaded([version("a", "CREATE FAILED", minutesAgo: 5), version("b", "ACTIVE", minutesAgo: 50),
                                    version("c", "CREATE FAILED", minutesAgo: 500)])
        #expect(VersionInsights(state).failureHistory.map(\.arn) == [arn("a"), arn("c")])
        #expect(VersionInsights(state).failureHistory.allSatisfy { $0.reason == "Bad data. Fix it." })
    }
}

/// The state is copied on every event, in debug builds many times per frame of `reduce`, on cooperative
/// threads with small stacks: a large inline member (Solution is ~600 bytes) overflowed the stack of a test
/// thread. Large values live out of line.
@Test func theStateStaysSmall() {
    // 680 bytes froze the dashboard in a debug build (an event loop that silently stopped): keep a wide margin.
    #expect(MemoryLayout<DashboardState>.size < 480, "size \(MemoryLayout<DashboardState>.size)")
}
