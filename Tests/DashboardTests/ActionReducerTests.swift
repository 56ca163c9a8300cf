import AWSServices
import Dashboard
import Foundation
import Testing

/// Train and stop: confirmation naming exactly what changes, never twice, never in read-only mode.
@Suite("train and stop actions")
struct ActionReducerTests {
    let t0 = Fixture.t0

    func withRecipe(_ recipe: String, _ versions: [SolutionVersionSummary]) -> DashboardState {
        var state = Fixture.loaded(versions)
        var solution = Solution()
        solution.solutionArn = Fixture.solution
        solution.recipeArn = "arn:aws:personalize:::recipe/\(recipe)"
        _ = reduce(&state, .solutionDescribed(solution, at: t0))
        return state
    }

    @Test func trainAsksFirstThenCreatesOnceAndFollowsTheNewVersion() {
        var state = withRecipe("aws-user-personalization", [Fixture.version("a")])
        #expect(reduce(&state, .trainRequested(at: t0)) == [])
        #expect(state.dialog == .train(solutionArn: Fixture.solution, updateBlockedBy: nil))
        let effects = reduce(&state, .trainConfirmed(solutionArn: Fixture.solution, mode: "FULL", at: t0))
        #expect(effects == [.createSolutionVersion(solutionArn: Fixture.solution, mode: "FULL")])
        #expect(state.createInFlight)
        #expect(reduce(&state, .trainConfirmed(solutionArn: Fixture.solution, mode: "FULL", at: t0)) == [], "a double confirm does nothing")
        #expect(reduce(&state, .trainRequested(at: t0)) == [])
        #expect(state.dialog == nil, "no second dialog while a create is in flight")
        #expect(state.message?.isError == true)
        let arn = "\(Fixture.solution)/fresh"
        let done = reduce(&state, .trainFinished(.created(solutionVersionArn: arn, mode: "FULL"), at: t0.addingTimeInterval(1)))
        #expect(done == [.scheduleRefresh(id: state.refreshTimerID, after: 2)])
        #expect(!state.createInFlight)
        #expect(state.versions.items.first?.solutionVersionArn == arn)
        #expect(state.versions.items.first?.status == "CREATE PENDING")
        #expect(state.selectedArn == arn, "the new version is selected and followed")
        #expect(state.timeline.last?.byUser == true)
    }

    @Test func aConfirmationMustNameTheSolutionOnScreen() {
        var state = withRecipe("aws-user-personalization", [Fixture.version("a")])
        _ = reduce(&state, .trainRequested(at: t0))
        #expect(reduce(&state, .trainConfirmed(solutionArn: Fixture.solution + "-other", mode: "FULL", at: t0)) == [])
        #expect(reduce(&state, .dialogDismissed(at: t0)) == [])
        #expect(reduce(&state, .trainConfirmed(solutionArn: Fixture.solution, mode: "FULL", at: t0)) == [], "the dialog is gone")
    }

    @Test func updateIsOfferedOnlyWhenTheRecipeAndAnActiveFullVersionAllowIt() {
        var similar = withRecipe("aws-similar-items", [Fixture.version("a")])
        _ = reduce(&similar, .trainRequested(at: t0))
        guard case let .train(_, blocked)? = similar.dialog else { Issue.record("no dialog"); return }
        #expect(blocked?.contains("aws-similar-items") == true)
        #expect(reduce(&similar, .trainConfirmed(solutionArn: Fixture.solution, mode: "UPDATE", at: t0)) == [])
        #expect(similar.message?.text.contains("UPDATE is not possible") == true)

        var fresh = withRecipe("aws-user-personalization", [Fixture.version("a", "CREATE FAILED")])
        _ = reduce(&fresh, .trainRequested(at: t0))
        #expect(fresh.dialog == .train(solutionArn: Fixture.solution, updateBlockedBy: "UPDATE needs an ACTIVE version trained with FULL first"))

        var ready = withRecipe("aws-hrnn-coldstart", [Fixture.version("a")])
        _ = reduce(&ready, .trainRequested(at: t0))
        #expect(reduce(&ready, .trainConfirmed(solutionArn: Fixture.solution, mode: "UPDATE", at: t0))
            == [.createSolutionVersion(solutionArn: Fixture.solution, mode: "UPDATE")])
    }

    @Test func readOnlyRefusesInTheModelItself() {
        var state = withRecipe("aws-user-personalization", [Fixture.version("a", "CREATE IN_PROGRESS")])
        state.readOnly = true
        #expect(reduce(&state, .trainRequested(at: t0)) == [])
        #expect(state.dialog == nil)
        #expect(state.message?.text.contains("Read-only") == true)
        #expect(reduce(&state, .stopRequested(at: t0)) == [])
        // Even a dialog that was somehow open cannot be confirmed.
        state.dialog = .train(solutionArn: Fixture.solution, updateBlockedBy: nil)
        #expect(reduce(&state, .trainConfirmed(solutionArn: Fixture.solution, mode: "FULL", at: t0)) == [])
        state.dialog = .stop(solutionVersionArn: "\(Fixture.solution)/a")
        #expect(reduce(&state, .stopConfirmed(solutionVersionArn: "\(Fixture.solution)/a", at: t0)) == [])
    }

    @Test func aLostAnswerIsReconciledAndReported() {
        var state = withRecipe("aws-user-personalization", [Fixture.version("a")])
        _ = reduce(&state, .trainRequested(at: t0))
        _ = reduce(&state, .trainConfirmed(solutionArn: Fixture.solution, mode: "FULL", at: t0))
        _ = reduce(&state, .trainFinished(.outcomeUnknown(found: nil, mode: "FULL"), at: t0))
        #expect(!state.createInFlight)
        #expect(state.message?.text.contains("nothing was created") == true)
        _ = reduce(&state, .trainRequested(at: t0))
        _ = reduce(&state, .trainConfirmed(solutionArn: Fixture.solution, mode: "FULL", at: t0))
        _ = reduce(&state, .trainFinished(.outcomeUnknown(found: "\(Fixture.solution)/found", mode: "FULL"), at: t0))
        #expect(state.selectedArn == "\(Fixture.solution)/found")
        #expect(state.message?.text.contains("answer was lost") == true)
    }

    @Test func refusalsBecomeClearMessages() {
        var state = withRecipe("aws-user-personalization", [Fixture.version("a")])
        _ = reduce(&state, .trainRequested(at: t0))
        _ = reduce(&state, .trainConfirmed(solutionArn: Fixture.solution, mode: "FULL", at: t0))
        _ = reduce(&state, .trainFinished(.refused(code: "ResourceInUseException", message: "busy"), at: t0))
        #expect(state.message == StatusMessage(
            "Training not started: another version of this solution is still training (busy). Wait for it, or stop it.", isError: true, at: t0))
    }

    @Test func stopOnlyInFlightVersionsAfterConfirmation() {
        var state = withRecipe("aws-user-personalization", [Fixture.version("run", "CREATE IN_PROGRESS"), Fixture.version("done")])
        let running = "\(Fixture.solution)/run"
        #expect(reduce(&state, .stopRequested(at: t0)) == [])
        #expect(state.dialog == .stop(solutionVersionArn: running))
        #expect(reduce(&state, .stopConfirmed(solutionVersionArn: running, at: t0)) == [.stopSolutionVersion(solutionVersionArn: running)])
        #expect(reduce(&state, .stopConfirmed(solutionVersionArn: running, at: t0)) == [], "no second stop")
        _ = reduce(&state, .stopFinished(solutionVersionArn: running, error: nil, at: t0))
        #expect(state.versions.items.first?.status == "CREATE STOPPING")
        _ = reduce(&state, .userRequested(.moveDown, at: t0))
        #expect(reduce(&state, .stopRequested(at: t0)) == [])
        #expect(state.dialog == nil)
        #expect(state.message?.text.contains("this one is ACTIVE") == true)
    }

    @Test func notificationsAreDeliveredOnce() {
        var state = Fixture.loaded([Fixture.version("a", "CREATE IN_PROGRESS")])
        _ = reduce(&state, .userRequested(.refresh, at: t0))
        _ = reduce(&state, .solutionVersionsPageLoaded(generation: 2, items: [Fixture.version("a", "ACTIVE")], isLastPage: true, at: t0))
        #expect(state.notifications.map(\.to) == ["ACTIVE"])
        _ = reduce(&state, .notificationsDelivered(upTo: 1))
        #expect(state.notificationsDelivered == 1)
        _ = reduce(&state, .notificationsDelivered(upTo: 0))
        #expect(state.notificationsDelivered == 1, "never goes back")
    }
}
