import AWSServices
import Dashboard
import Foundation
import Testing

@Suite("automatic training and request stats")
struct ScheduleAndRequestTests {
    let t0 = Fixture.t0

    @Test(arguments: [("rate(7 days)", 604_800.0), ("rate(1 day)", 86_400), ("rate(12 hours)", 43_200), ("rate(30 minutes)", 1_800)])
    func ratesAreRead(expression: String, seconds: Double) {
        #expect(AutoTrainingSchedule.period(of: expression) == seconds)
    }

    @Test(arguments: ["cron(0 12 * * ? *)", "rate(0 days)", "rate(7 fortnights)", "7 days", ""])
    func otherExpressionsHaveNoPeriod(expression: String) {
        #expect(AutoTrainingSchedule.period(of: expression) == nil)
    }

    @Test func theNextAutomaticVersionIsDueOnePeriodAfterTheLastOne() {
        var solution = Solution(solutionArn: Fixture.solution, performAutoTraining: true, creationDateTime: t0.addingTimeInterval(-30 * 86_400))
        solution.solutionConfig = SolutionConfig(autoTrainingConfig: AutoTrainingConfig(schedulingExpression: "rate(7 days)"))
        var automatic = Fixture.version("auto", minutesAgo: 2 * 24 * 60)
        automatic.trainingType = "AUTOMATIC"
        let manual = Fixture.version("manual", minutesAgo: 60)
        let schedule = AutoTrainingSchedule(solution: solution, versions: [manual, automatic])
        #expect(schedule?.expression == "rate(7 days)")
        #expect(schedule?.lastAutomaticRun == automatic.creationDateTime)
        #expect(schedule?.nextDue == automatic.creationDateTime?.addingTimeInterval(7 * 86_400), "manual versions do not move it")

        let fresh = AutoTrainingSchedule(solution: solution, versions: [manual])
        #expect(fresh?.nextDue == solution.creationDateTime?.addingTimeInterval(3_600), "the first run starts within an hour of creation")

        var off = solution
        off.performAutoTraining = false
        #expect(AutoTrainingSchedule(solution: off, versions: [automatic]) == nil)
    }

    @Test func theStateShowsTheScheduleOfTheOpenSolution() {
        var state = Fixture.loaded([Fixture.version("v1")])
        #expect(state.autoTraining == nil, "not described yet")
        var solution = Solution(solutionArn: Fixture.solution, performAutoTraining: true, creationDateTime: t0)
        solution.solutionConfig = SolutionConfig(autoTrainingConfig: AutoTrainingConfig(schedulingExpression: "rate(1 day)"))
        _ = reduce(&state, .solutionDescribed(solution, at: t0))
        #expect(state.autoTraining?.period == 86_400)
    }

    @Test func requestCountsAndTheRateOfTheLastWholeMinute() {
        var stats = RequestStats()
        let m = Date(timeIntervalSince1970: 29_916_666 * 60)  // a minute mark
        stats.record(["ListSolutionVersions": 1], at: m.addingTimeInterval(10))
        #expect(stats.total == 1 && stats.lastMinute == nil)
        stats.record(["ListSolutionVersions": 3, "DescribeSolutionVersion": 2], at: m.addingTimeInterval(70))
        #expect(stats.total == 5 && stats.byOperation["DescribeSolutionVersion"] == 2)
        #expect(stats.lastMinute == nil, "the first minute was only partly seen")
        stats.record(["ListSolutionVersions": 23, "DescribeSolutionVersion": 2], at: m.addingTimeInterval(130))
        #expect(stats.lastMinute == 4, "the minute from 1:00 to 2:00 saw requests 2 to 5")
        stats.record(["ListSolutionVersions": 23, "DescribeSolutionVersion": 2], at: m.addingTimeInterval(190))
        #expect(stats.lastMinute == 20)
        stats.record(["ListSolutionVersions": 24, "DescribeSolutionVersion": 2], at: m.addingTimeInterval(200))
        #expect(stats.lastMinute == 20, "steady within a minute: nothing ticks")
        #expect(stats.perMinute == 20)
    }

    @Test func sessionCostCountsVersionsTrainedDuringTheSession() {
        var state = Fixture.state()
        state.pricePerTrainingHour = 0.25
        _ = reduce(&state, .started(at: t0))
        let before = Fixture.version("old", minutesAgo: 600)
        var during = Fixture.version("new", "ACTIVE", minutesAgo: -30)
        during.creationDateTime = t0.addingTimeInterval(60)
        _ = reduce(&state, .solutionVersionsPageLoaded(generation: 1, items: [during, before], isLastPage: true, at: t0))
        for (id, hours) in [("old", 10.0), ("new", 2.0)] {
            var described = SolutionVersion()
            described.solutionVersionArn = "\(Fixture.solution)/\(id)"
            described.status = "ACTIVE"
            described.trainingHours = hours
            _ = reduce(&state, .solutionVersionDescribed(described, at: t0))
        }
        #expect(state.sessionTraining.hours == 2)
        #expect(state.sessionTraining.cost == 0.5)
        #expect(state.trainingCost(of: "\(Fixture.solution)/old") == 2.5)
    }
}
