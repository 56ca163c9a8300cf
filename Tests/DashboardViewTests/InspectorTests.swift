import AWSServices
import Dashboard
import DashboardView
import Foundation
import Testing

@Suite("Inspector")
struct InspectorTests {
    let inspector = Inspector(time: TimeText(timeZone: TimeZone(identifier: "UTC")!))
    static let sizes = [(80, 24), (120, 35), (200, 60)]

    static let subjects: [(name: String, subject: InspectorSubject)] = [
        ("failed", .version(arn: InspectorFixture.failedArn)),
        ("active", .version(arn: InspectorFixture.activeArn)),
        ("running", .version(arn: InspectorFixture.runningArn)),
        ("segment-job", .resource(kind: .segmentJobs, arn: InspectorFixture.segmentJobArn)),
        ("image-version", .resource(kind: .imageVersions, arn: InspectorFixture.imageVersionArn)),
    ]

    private func screen(_ subject: InspectorSubject, columns: Int, rows: Int, scroll: Int = 0,
                        state: DashboardState = InspectorFixture.state) -> (screen: Screen, scroll: Int) {
        var screen = Screen(rows: rows, columns: columns)
        let used = inspector.draw(state, subject: subject, scroll: scroll, into: &screen, top: 0, bottom: rows - 1)
        return (screen, used)
    }

    private func text(_ subject: InspectorSubject, width: Int, state: DashboardState = InspectorFixture.state) -> String {
        inspector.lines(state, subject: subject, width: width).map(\.text).joined(separator: "\n")
    }

    // MARK: - Snapshots

    @Test(arguments: sizes)
    func snapshotsAtTheTop(columns: Int, rows: Int) {
        for (name, subject) in Self.subjects {
            let suffix = name == "failed" ? "-top" : ""
            assertSnapshot(screen(subject, columns: columns, rows: rows).screen.text, named: "inspector-\(name)\(suffix)-\(columns)x\(rows)")
        }
    }

    @Test(arguments: sizes)
    func failedVersionScrolledToTheEnd(columns: Int, rows: Int) {
        let drawn = screen(.version(arn: InspectorFixture.failedArn), columns: columns, rows: rows, scroll: .max)
        assertSnapshot(drawn.screen.text, named: "inspector-failed-end-\(columns)x\(rows)")
        #expect(drawn.screen.text.contains("data-prep-formatting.html"), "the end of the reason shows")
    }

    // MARK: - Content

    @Test func theWholeFailureReasonIsPresentAtEveryWidth() {
        let reason = InspectorFixture.longReason
        #expect(reason.utf8.count > 1900)
        let squeezed = String(reason.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) })
        let normalised = reason.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for width in 40...200 {
            let lines = inspector.lines(InspectorFixture.state, subject: .version(arn: InspectorFixture.failedArn), width: width)
            let joined = lines.map(\.text).joined(separator: "\n")
            let joinedSqueezed = String(joined.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) })
            #expect(joinedSqueezed.contains(squeezed), "width \(width): the reason is cut")
            if width >= 160 {
                // Wide enough that no word is split: the words read back in order, separated by whitespace.
                #expect(joined.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(normalised), "width \(width)")
            }
        }
    }

    @Test func everyLineFitsEveryWidth() {
        for (name, subject) in Self.subjects {
            for width in 40...200 {
                for line in inspector.lines(InspectorFixture.state, subject: subject, width: width) {
                    #expect(line.width <= width, "\(name) at \(width): \(line.text)")
                }
            }
        }
    }

    @Test func drawnScreensStayInsideTheirColumns() {
        for (name, subject) in Self.subjects {
            for columns in stride(from: 40, through: 200, by: 7) {
                for scroll in [0, 17, Int.max] {
                    let drawn = screen(subject, columns: columns, rows: 20, scroll: scroll).screen
                    for line in drawn.text.split(separator: "\n") {
                        #expect(TextWidth.of(String(line)) <= columns, "\(name) at \(columns)")
                    }
                    #expect(!drawn.cells.enumerated().contains { index, cell in
                        cell.isContinuation && (index % columns == 0 || TextWidth.of(drawn.cells[index - 1].text) != 2)
                    }, "no half of a wide character is left alone (\(name) at \(columns))")
                }
            }
        }
    }

    @Test func scrollClampsAtBothEnds() {
        let subject = InspectorSubject.version(arn: InspectorFixture.failedArn)
        let count = inspector.lines(InspectorFixture.state, subject: subject, width: 78).count
        #expect(count > 23)
        #expect(screen(subject, columns: 80, rows: 24, scroll: -5).scroll == 0)
        #expect(screen(subject, columns: 80, rows: 24, scroll: .max).scroll == count - 23)
        #expect(screen(subject, columns: 80, rows: 24, scroll: .min).scroll == 0)
        #expect(screen(subject, columns: 80, rows: 24, scroll: 7).scroll == 7)
        let title = screen(subject, columns: 80, rows: 24, scroll: 7).screen.text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(title.contains("lines 8–30 of \(count)"), "\(title)")
        #expect(Inspector.clampedScroll(3, lineCount: 5, visibleRows: 10) == 0)
        #expect(Inspector.clampedScroll(99, lineCount: 50, visibleRows: 10) == 40)
    }

    @Test func metricsShowValuesDeltasAndTheCurrentPointHighlighted() {
        let lines = inspector.lines(InspectorFixture.state, subject: .version(arn: InspectorFixture.activeArn), width: 120)
        let text = lines.map(\.text).joined(separator: "\n")
        #expect(text.contains("change against a4e5f6a7"))
        #expect(text.contains("0.2573  +0.0123  ▁▄▇▆█"), "\(text)")
        #expect(text.contains("0.0978  \u{2212}0.0045  ▁▄▃█▅"))
        #expect(text.contains("0.0301  ±0.0000  ▄▄▄▄▄"))
        let coverage = lines.first { $0.text.contains("coverage") }
        #expect(coverage?.segments.last?.text == "█" && coverage?.segments.last?.style == Theme.standard.selectionMarker)
        #expect(coverage?.segments.contains { $0.text == "+0.0123" && $0.style.foreground == .green } == true)
        let oldest = inspector.lines(InspectorFixture.state, subject: .version(arn: "\(ViewFixture.solution)/a1b2c3d4"), width: 120)
        #expect(oldest.map(\.text).joined().contains("0.2211  —  ▁▄▇▆█"))
    }

    @Test func metricsNotLoadedOrNotActiveSaySo() {
        var state = InspectorFixture.state
        state.details.metrics[InspectorFixture.activeArn] = nil
        #expect(text(.version(arn: InspectorFixture.activeArn), width: 80, state: state).contains("metrics: loading…"))
        #expect(text(.version(arn: InspectorFixture.failedArn), width: 80).contains("metrics exist only for ACTIVE versions"))
    }

    @Test func runningVersionsShowAnEtaOrWhyNot() {
        let running = text(.version(arn: InspectorFixture.runningArn), width: 200)
        // FULL trainings took 2.1, 2.4, 1.9, 2.2 and 2.0 hours: the median is 2.1 h after 16:15.
        #expect(running.contains("running for 45m · ETA around 18:21, in 1h21m (median of 5 earlier FULL trainings)"), "\(running)")
        let pending = text(.version(arn: "\(ViewFixture.solution)/e1d7b604"), width: 200)
        #expect(pending.contains("no ETA yet: only 1 earlier training of this mode"), "\(pending)")
    }

    @Test func versionShowsEverythingDescribed() {
        let text = text(.version(arn: InspectorFixture.activeArn), width: 120)
        for expected in ["weekly-full-47", "2.417 h · about $0.58 at $0.24 per hour", "performHPO", "purchase", "shop-home",
                         "hidden_dimension", "integer 32…256", "one of true, false", "max_user_history_length_percentile",
                         "recency_mask_weight", "rate(7 days) · next automatic version due in 5d (Nov 29 11:00)", "failure history: 2 failed versions",
                         "Insufficient new data since the last FULL training."] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        #expect(!text.contains("No new events were imported."), "the history shows only each reason's first line")
    }

    @Test func resourcesFallBackToTheirRowUntilDescribed() {
        var state = InspectorFixture.state
        state.details.resources[InspectorFixture.segmentJobArn] = nil
        let text = text(.resource(kind: .segmentJobs, arn: InspectorFixture.segmentJobArn), width: 100, state: state)
        #expect(text.contains("details loading…"))
        #expect(text.contains("nightly-segments-2026-11-23"))
        #expect(!text.contains("s3://"))
    }

    @Test func longValuesWrapInsteadOfBeingCut() {
        let text = text(.resource(kind: .segmentJobs, arn: InspectorFixture.segmentJobArn), width: 40)
        let squeezed = text.filter { !$0.isWhitespace }
        #expect(squeezed.contains("s3://pdash-demo-batch-eu-west-1/segments/input/2026/11/23/items-for-segmentation-part-0001.jsonl"))
        #expect(!text.contains("…"))
    }

    @Test func campaignsAndInferenceJobsShowTheirConfigurationAndUpdate() {
        var state = InspectorFixture.state
        let campaignArn = "\(InspectorFixture.region):campaign/shop-home"
        state.details.resources[campaignArn] = .campaign(Campaign(
            name: "shop-home", campaignArn: campaignArn, solutionVersionArn: InspectorFixture.activeArn, minProvisionedTPS: 2,
            campaignConfig: CampaignConfig(itemExplorationConfig: ["explorationWeight": "0.3"], syncWithLatestSolutionVersion: true),
            status: "ACTIVE", latestCampaignUpdate: CampaignUpdateSummary(
                solutionVersionArn: InspectorFixture.runningArn, status: "CREATE FAILED", failureReason: "The version is not ACTIVE.")))
        let campaign = text(.resource(kind: .campaigns, arn: campaignArn), width: 120, state: state)
        for expected in ["minProvisionedTPS   2", "explorationWeight", "syncWithLatestSolutionVersion  true",
                         "latestCampaignUpdate  ✗ CREATE FAILED", "8f31c2a0", "The version is not ACTIVE."] {
            #expect(campaign.contains(expected), "missing \(expected) in\n\(campaign)")
        }
        let jobArn = "\(InspectorFixture.region):batch-inference-job/weekly-recs"
        var jobs = ListState<ResourceRow>()
        jobs.replaceItems([ResourceRow(arn: jobArn, name: "weekly-recs", status: "CREATE IN_PROGRESS")])
        state.lists[.inferenceJobs] = jobs
        state.details.resources[jobArn] = .inferenceJob(BatchInferenceJob(
            jobName: "weekly-recs", batchInferenceJobArn: jobArn, numResults: 25,
            batchInferenceJobConfig: BatchInferenceJobConfig(rankingInfluence: ["POPULARITY": 0.5]),
            batchInferenceJobMode: "BATCH_INFERENCE", status: "CREATE IN_PROGRESS",
            creationDateTime: InspectorFixture.now.addingTimeInterval(-600)))
        let job = text(.resource(kind: .inferenceJobs, arn: jobArn), width: 120, state: state)
        for expected in ["batchInferenceJobMode  BATCH_INFERENCE", "rankingInfluence", "POPULARITY  0.5", "running for 10m"] {
            #expect(job.contains(expected), "missing \(expected) in\n\(job)")
        }
        #expect(inspector.title(state, subject: .resource(kind: .inferenceJobs, arn: jobArn)) == "batch inference job weekly-recs")
    }

    // MARK: - Sparkline

    @Test func sparklineScalesFromMinimumToMaximum() {
        #expect(Sparkline.render([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.render([10, 20]) == "▁█")
        #expect(Sparkline.render([-3, 0, 3]) == "▁▅█")
        #expect(Sparkline.render([0.25, 0.25, 0.25]) == "▄▄▄", "a flat series is the middle block")
        #expect(Sparkline.render([42]) == "▄", "a single point is the middle block")
        #expect(Sparkline.render([]) == "")
        #expect(Sparkline.render([1, .nan, 3]) == "▁ █")
    }

    @Test func sparklineKeepsTheLatestPoints() {
        let values = (0..<40).map(Double.init)
        let bars = Sparkline.render(values)
        #expect(bars.count == 24)
        #expect(bars.first == "▁" && bars.last == "█", "scaled over the points shown")
        #expect(Sparkline.render(values, limit: 5) == "▁▃▅▆█")
        #expect(Sparkline.render(values, limit: 0) == "")
    }
}
