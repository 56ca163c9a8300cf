import AWSServices
import Dashboard
import Foundation
import Testing

@Suite("reduce: inspector, palette, filter line, dialogs, clipboard")
struct OverlayReducerTests {
    let t0 = Fixture.t0

    func loaded() -> DashboardState {
        var state = Fixture.loaded([Fixture.version("run", "CREATE IN_PROGRESS", minutesAgo: 5), Fixture.version("ok", minutesAgo: 100),
                                    Fixture.version("bad", "CREATE FAILED", minutesAgo: 300)])
        state.solution = Solution(solutionArn: Fixture.solution, recipeArn: "arn:aws:personalize:::recipe/aws-user-personalization")
        return state
    }

    func act(_ state: inout DashboardState, _ actions: UserAction...) {
        for action in actions { _ = reduce(&state, .userRequested(action, at: t0)) }
    }

    @Test func enterInspectsTheSelectionAndScrollsAndEscCloses() {
        var state = loaded()
        act(&state, .moveDown, .choose)
        #expect(state.navigation.overlay == .inspector(.version(arn: "\(Fixture.solution)/ok"), scroll: 0))
        act(&state, .moveDown, .moveDown, .pageDown)
        #expect(state.navigation.overlay == .inspector(.version(arn: "\(Fixture.solution)/ok"), scroll: 12))
        #expect(state.cursor == 1, "the list does not move under the inspector")
        _ = reduce(&state, .overlayScrolled(7))
        act(&state, .moveUp)
        #expect(state.navigation.overlay == .inspector(.version(arn: "\(Fixture.solution)/ok"), scroll: 6), "scrolling resumes from what was drawn")
        act(&state, .back)
        #expect(state.navigation.overlay == nil)
    }

    @Test func trainingIsTwoStepsWithNoAsTheDefault() {
        var state = loaded()
        state.solution = Solution(solutionArn: Fixture.solution, recipeArn: "arn:aws:personalize:::recipe/aws-similar-items")
        act(&state, .train)
        #expect(state.dialog == .train(solutionArn: Fixture.solution,
                                       updateBlockedBy: "only User-Personalization and HRNN-Coldstart solutions can UPDATE; this one uses aws-similar-items"))
        act(&state, .moveDown)
        #expect(state.dialogChoice == 0, "UPDATE cannot be chosen while blocked")
        #expect(state.message?.text.contains("UPDATE is not possible") == true)
        act(&state, .choose)
        #expect(state.dialog == .confirmTrain(solutionArn: Fixture.solution, mode: "FULL"))
        #expect(state.dialogChoice == 0)
        act(&state, .choose)
        #expect(state.dialog == nil && !state.createInFlight, "Enter on the default answer (No) creates nothing")
        act(&state, .train, .choose)
        let effects = reduce(&state, .userRequested(.answerYes, at: t0))
        #expect(effects == [.createSolutionVersion(solutionArn: Fixture.solution, mode: "FULL")])
    }

    @Test func stopAsksFirst() {
        var state = loaded()
        act(&state, .stop)
        #expect(state.dialog == .stop(solutionVersionArn: "\(Fixture.solution)/run"))
        act(&state, .answerNo)
        #expect(state.dialog == nil && state.stopsInFlight.isEmpty)
        act(&state, .stop, .moveDown)
        #expect(reduce(&state, .userRequested(.choose, at: t0)) == [.stopSolutionVersion(solutionVersionArn: "\(Fixture.solution)/run")])
    }

    @Test func theFilterLineFiltersAsYouTypeAndEscClearsIt() {
        var state = loaded()
        act(&state, .startFilter)
        #expect(state.navigation.overlay?.takesText == true)
        _ = reduce(&state, .typed("f", at: t0))
        _ = reduce(&state, .typed("ail", at: t0))
        #expect(state.versions.visible.count == 1 && state.versions.query.text == "fail")
        act(&state, .deleteBackward, .deleteBackward)
        #expect(state.versions.query.text == "fa")
        act(&state, .choose)
        #expect(state.navigation.overlay == nil && state.versions.query.text == "fa", "Enter keeps the filter")
        act(&state, .startFilter)
        #expect(state.navigation.overlay == .filter(text: "fa"), "reopening edits the current filter")
        act(&state, .back)
        #expect(state.versions.query.text.isEmpty && state.versions.visible.count == 3)
    }

    @Test func thePaletteCompletesAndRuns() {
        var state = loaded()
        state.navigation.availableProfiles = ["default", "prod"]
        act(&state, .openPalette)
        _ = reduce(&state, .typed("pa", at: t0))
        #expect(Palette.completions(for: "pa", in: state) == ["pane", "pause"])
        act(&state, .complete)
        #expect(state.navigation.overlay == .palette(text: "pane ", selected: 0))
        _ = reduce(&state, .typed("ti", at: t0))
        act(&state, .choose)
        #expect(state.navigation.lowerPane == .timeline && state.navigation.overlay == nil)

        act(&state, .openPalette)
        _ = reduce(&state, .typed("refresh 10", at: t0))
        let refresh = reduce(&state, .userRequested(.choose, at: t0))
        #expect(state.refreshInterval == 10)
        #expect(refresh.contains { if case .scheduleRefresh = $0 { return true } else { return false } })

        act(&state, .openPalette)
        _ = reduce(&state, .typed("profile prod", at: t0))
        #expect(reduce(&state, .userRequested(.choose, at: t0)) == [.switchConnection(profile: "prod", region: nil)])

        act(&state, .openPalette)
        _ = reduce(&state, .typed("frobnicate", at: t0))
        act(&state, .choose)
        #expect(state.message?.isError == true && state.message?.text.contains("Unknown command :frobnicate") == true)

        act(&state, .openPalette)
        _ = reduce(&state, .typed("refresh 0", at: t0))
        act(&state, .choose)
        #expect(state.message?.text.contains("between 1 and 3600") == true && state.refreshInterval == 10)

        #expect(Palette.parse("reg eu-west-1") == .run(name: "region", argument: "eu-west-1"), "a unique prefix is enough")
        #expect(Palette.parse("p") == .unknown("p"), "an ambiguous prefix is not guessed")
    }

    @Test func copyingPutsTheArnOrTheConsoleURLOnTheClipboard() {
        var state = loaded()
        act(&state, .copyArn)
        #expect(state.clipboard == ClipboardRequest(text: "\(Fixture.solution)/run", sequence: 1))
        act(&state, .copyConsoleURL)
        #expect(state.clipboard?.sequence == 2)
        #expect(state.clipboard?.text.hasPrefix("https://eu-west-1.console.aws.amazon.com/personalize/home?region=eu-west-1#") == true)
        #expect(ConsoleURL.of("arn:aws:sagemaker:eu-west-1:1:image-version/recs/3", region: "eu-west-1")
            == "https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/images/recs")
    }

    @Test func readOnlySaysWhyWhenTIsPressed() {
        var state = loaded()
        state.readOnly = true
        act(&state, .train)
        #expect(state.dialog == nil)
        #expect(state.message?.text.hasPrefix("Read-only") == true)
    }

    @Test func aKeyMeansWhatTheStateSaysEvenIfTheScreenLagged() {
        var state = loaded()
        let colon = KeyPress(text: ":", main: .openPalette)
        let q = KeyPress(text: "q", main: .quit, dialog: .back)
        let y = KeyPress(text: "y", main: .copyArn, dialog: .answerYes)
        _ = reduce(&state, .keyPressed(colon, at: t0))
        #expect(reduce(&state, .keyPressed(q, at: t0)) == [], "typed, not quit")
        #expect(state.navigation.overlay == .palette(text: "q", selected: 0) && !state.isQuitting)
        _ = reduce(&state, .keyPressed(KeyPress(main: .back, dialog: .back, line: .back), at: t0))
        _ = reduce(&state, .keyPressed(KeyPress(text: "x", main: .stop), at: t0))
        #expect(state.dialog == .stop(solutionVersionArn: "\(Fixture.solution)/run"))
        #expect(reduce(&state, .keyPressed(y, at: t0)) == [.stopSolutionVersion(solutionVersionArn: "\(Fixture.solution)/run")],
                "y answers the dialog rather than copying")
    }
}
