import AWSServices
import Dashboard
import DashboardView
import Foundation
import Testing

/// Every screen rendered from a fixed state to colourless text at three sizes, compared with files under
/// Snapshots/ (PDASH_RECORD_SNAPSHOTS=1 re-records).
@Suite("screens")
struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 35), (200, 60)]
    let renderer = DashboardRenderer(timeZone: TimeZone(identifier: "UTC")!)
    let now = ViewFixture.now

    static func job(_ name: String, _ status: String, version: String, hoursAgo: Double, reason: String? = nil) -> ResourceRow {
        ResourceRow(arn: "arn:aws:personalize:eu-west-1:123456789012:batch-segment-job/\(name)", name: name, status: status,
                    created: ViewFixture.now.addingTimeInterval(-hoursAgo * 3600),
                    updated: ViewFixture.now.addingTimeInterval(-hoursAgo * 3600 + 1900), failureReason: reason,
                    solutionVersionArn: "\(ViewFixture.solution)/\(version)")
    }

    /// The fixture with jobs loaded for the selected version, a campaign, a timeline and image versions.
    var state: DashboardState {
        var state = ViewFixture.state
        _ = reduce(&state, .userRequested(.toggleJobScope, at: now))
        let jobs = [
            Self.job("weekly-segments-2026-11-16", "CREATE FAILED", version: "1c77e4f2", hoursAgo: 170,
                     reason: "Input file s3://shop-eu/segments/in.json has 3 malformed lines (first at line 118)."),
            Self.job("weekly-segments-2026-11-09", "ACTIVE", version: "6a0b91de", hoursAgo: 340),
            Self.job("店舗セグメント-週次", "CREATE IN_PROGRESS", version: "6a0b91de", hoursAgo: 0.2),
        ]
        _ = reduce(&state, .listPageLoaded(.segmentJobs, generation: state.list(.segmentJobs).generation, rows: jobs, isLastPage: true, at: now))
        _ = reduce(&state, .listPageLoaded(.campaigns, generation: state.list(.campaigns).generation, rows: [
            ResourceRow(arn: "arn:aws:personalize:eu-west-1:123456789012:campaign/homepage-recs", name: "homepage-recs", status: "ACTIVE",
                        created: now.addingTimeInterval(-40 * 86_400), updated: now.addingTimeInterval(-86_400)),
        ], isLastPage: true, at: now))
        var campaign = Campaign()
        campaign.campaignArn = "arn:aws:personalize:eu-west-1:123456789012:campaign/homepage-recs"
        campaign.status = "ACTIVE"
        campaign.solutionVersionArn = "\(ViewFixture.solution)/6a0b91de"
        _ = reduce(&state, .resourceDescribed(.campaign(campaign), at: now))
        state.timeline = [
            TimelineEntry(time: now.addingTimeInterval(-300), arn: "\(ViewFixture.solution)/e1d7b604", from: nil, to: "CREATE PENDING", byUser: true),
            TimelineEntry(time: now.addingTimeInterval(-120), arn: "\(ViewFixture.solution)/8f31c2a0", from: "CREATE PENDING", to: "CREATE IN_PROGRESS"),
            TimelineEntry(time: now.addingTimeInterval(-60), arn: "\(ViewFixture.solution)/0b9e8d7c", from: "CREATE IN_PROGRESS",
                          to: "CREATE FAILED", failureExcerpt: "There are not enough interactions in the dataset to train a model."),
        ]
        return state
    }

    func check(_ state: DashboardState, _ name: String) {
        for (columns, rows) in Self.sizes {
            let screen = renderer.render(state, rows: rows, columns: columns)
            for line in screen.text.split(separator: "\n") {
                #expect(TextWidth.of(String(line)) <= columns, "\(name) at \(columns)x\(rows)")
            }
            assertSnapshot(screen.text, named: "screen-\(name)-\(columns)x\(rows)")
        }
    }

    @Test func overviewWithJobs() {
        check(state, "overview")
    }

    @Test(arguments: [LowerPane.campaigns, .timeline])
    func lowerPaneTabs(pane: LowerPane) {
        var state = self.state
        while state.navigation.lowerPane != pane { _ = reduce(&state, .userRequested(.nextPane, at: now)) }
        check(state, "tab-\(pane.rawValue)")
    }

    @Test func imageVersions() {
        var state = self.state
        _ = reduce(&state, .pickerChosen(.images, arn: "recs-feature-pipeline", name: "recs-feature-pipeline", at: now))
        var rows: [ResourceRow] = []
        for number in [4, 3, 2, 1] {
            let status = number == 4 ? "CREATING" : (number == 2 ? "CREATE_FAILED" : "CREATED")
            let reason: String? = number == 2 ? "Base image 123456789012.dkr.ecr.eu-west-1.amazonaws.com/recs:2.1 not found" : nil
            let age = Double(5 - number) * 86_400
            rows.append(ResourceRow(
                arn: "arn:aws:sagemaker:eu-west-1:123456789012:image-version/recs-feature-pipeline/\(number)", name: "v\(number)",
                status: status, created: now.addingTimeInterval(-age), updated: now.addingTimeInterval(-age + 400),
                failureReason: reason, note: "v\(number)"))
        }
        _ = reduce(&state, .listPageLoaded(.imageVersions, generation: state.list(.imageVersions).generation, rows: rows, isLastPage: true, at: now))
        _ = reduce(&state, .userRequested(.focusNext, at: now))
        check(state, "image-versions")
    }

    @Test func solutionPicker() {
        var state = self.state
        _ = reduce(&state, .userRequested(.openSolutions, at: now))
        let rows = ["user-personalization-v2", "similar-items", "item-affinity-segments", "trending-now"].enumerated().map { index, name in
            ResourceRow(arn: "arn:aws:personalize:eu-west-1:123456789012:solution/\(name)", name: name, status: "ACTIVE",
                        created: now.addingTimeInterval(-Double(index + 20) * 86_400), note: "aws-\(name)")
        }
        _ = reduce(&state, .listPageLoaded(.solutions, generation: state.list(.solutions).generation, rows: rows, isLastPage: true, at: now))
        check(state, "picker")
    }

    @Test func trainDialogsAndStop() {
        var state = self.state
        _ = reduce(&state, .solutionDescribed(Solution(solutionArn: ViewFixture.solution, recipeArn: "arn:aws:personalize:::recipe/aws-similar-items"), at: now))
        _ = reduce(&state, .userRequested(.train, at: now))
        check(state, "dialog-mode")
        _ = reduce(&state, .userRequested(.choose, at: now))
        check(state, "dialog-confirm")
        _ = reduce(&state, .userRequested(.back, at: now))
        _ = reduce(&state, .userRequested(.moveToTop, at: now))
        _ = reduce(&state, .userRequested(.stop, at: now))
        check(state, "dialog-stop")
    }

    @Test func helpPaletteAndFilter() {
        var state = self.state
        _ = reduce(&state, .userRequested(.help, at: now))
        check(state, "help")
        _ = reduce(&state, .userRequested(.back, at: now))
        _ = reduce(&state, .userRequested(.openPalette, at: now))
        _ = reduce(&state, .typed("re", at: now))
        check(state, "palette")
        _ = reduce(&state, .userRequested(.back, at: now))
        _ = reduce(&state, .userRequested(.startFilter, at: now))
        _ = reduce(&state, .typed("UPDATE", at: now))
        check(state, "filter")
    }
}

@Suite("mouse")
struct MouseTargetTests {
    @Test func clicksSelectRowsAndTabs() {
        let state = ViewFixture.state
        let layout = DashboardLayout(rows: 35, columns: 120)
        let at = ViewFixture.now
        #expect(MouseTarget.event(row: layout.versionsTop + 2 + 3, column: 10, state: state, size: (35, 120), at: at)
            == .rowClicked(.versions, index: 3, at: at))
        let lower = layout.lower!
        #expect(MouseTarget.event(row: lower.lowerBound + 2, column: 10, state: state, size: (35, 120), at: at)
            == .rowClicked(.lower, index: 0, at: at))
        #expect(MouseTarget.event(row: lower.lowerBound, column: 20, state: state, size: (35, 120), at: at)
            == .paneClicked(.inferenceJobs, at: at), "the second tab")
        #expect(MouseTarget.event(row: 0, column: 10, state: state, size: (35, 120), at: at) == nil, "the header is not a row")
        var dialog = state
        _ = reduce(&dialog, .userRequested(.train, at: at))
        #expect(MouseTarget.event(row: layout.versionsTop + 3, column: 10, state: dialog, size: (35, 120), at: at) == nil,
                "a dialog keeps the clicks away from the panes")
    }

    @Test func aClickedRowIsSelectedAndFocused() {
        var state = ViewFixture.state
        _ = reduce(&state, .rowClicked(.versions, index: 5, at: ViewFixture.now))
        #expect(state.cursor == 5)
        _ = reduce(&state, .rowClicked(.versions, index: 99, at: ViewFixture.now))
        #expect(state.cursor == 5, "below the last row nothing changes")
        _ = reduce(&state, .paneClicked(.timeline, at: ViewFixture.now))
        #expect(state.navigation.lowerPane == .timeline)
    }
}
