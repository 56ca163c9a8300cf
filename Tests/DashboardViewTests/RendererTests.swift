import AWSServices
import Dashboard
import DashboardView
import Foundation
import Testing

enum ViewFixture {
    static let now = Date(timeIntervalSince1970: 1_795_453_200)  // 2026-11-23 17:00 UTC
    static let solution = "arn:aws:personalize:eu-west-1:123456789012:solution/user-personalization-v2"
    static let longReason = "There are not enough interactions in the dataset to train a model. The interactions dataset "
        + "has 812 unique users after filtering; at least 1000 are required. Import more interactions and train again."

    static func version(_ id: String, _ status: String, mode: String = "FULL", type: String = "MANUAL",
                        createdHoursAgo: Double, updatedMinutesAgo: Double, reason: String? = nil) -> SolutionVersionSummary {
        SolutionVersionSummary(
            solutionVersionArn: "\(solution)/\(id)", status: status, trainingMode: mode, trainingType: type,
            creationDateTime: now.addingTimeInterval(-createdHoursAgo * 3600),
            lastUpdatedDateTime: now.addingTimeInterval(-updatedMinutesAgo * 60), failureReason: reason)
    }

    static var state: DashboardState {
        var state = DashboardState(
            connection: ConnectionInfo(endpoint: "https://personalize.eu-west-1.amazonaws.com", region: "eu-west-1", isCustomEndpoint: false),
            now: now, solutionArn: solution, refreshInterval: 10)
        let versions = [
            version("8f31c2a0", "CREATE IN_PROGRESS", createdHoursAgo: 0.8, updatedMinutesAgo: 4),
            version("e1d7b604", "CREATE PENDING", mode: "UPDATE", createdHoursAgo: 0.01, updatedMinutesAgo: 0.5),
            version("6a0b91de", "ACTIVE", mode: "UPDATE", type: "AUTOMATIC", createdHoursAgo: 30, updatedMinutesAgo: 1400),
            version("1c77e4f2", "CREATE FAILED", createdHoursAgo: 90, updatedMinutesAgo: 5000, reason: longReason),
            version("c29e4d50", "CREATE STOPPED", mode: "UPDATE", createdHoursAgo: 200, updatedMinutesAgo: 11000),
            version("3f9a1c07", "ACTIVE", createdHoursAgo: 700, updatedMinutesAgo: 41000),
        ]
        _ = reduce(&state, .started(at: now))
        _ = reduce(&state, .solutionVersionsPageLoaded(generation: 1, items: versions, isLastPage: true, at: now.addingTimeInterval(-4)))
        _ = reduce(&state, .userRequested(.moveDown, at: now))
        _ = reduce(&state, .userRequested(.moveDown, at: now))
        _ = reduce(&state, .userRequested(.moveDown, at: now))
        return state
    }
}

@Suite("DashboardRenderer")
struct RendererTests {
    let renderer = DashboardRenderer(timeZone: TimeZone(identifier: "UTC")!)

    @Test(arguments: [(120, 35), (80, 24)])
    func mainScreenMatchesSnapshot(columns: Int, rows: Int) {
        let screen = renderer.render(ViewFixture.state, rows: rows, columns: columns)
        assertSnapshot(screen.text, named: "main-\(columns)x\(rows)")
    }

    @Test func theHeaderCountsRequestsAndTheirRate() {
        var state = ViewFixture.state
        let start = Date(timeIntervalSince1970: (ViewFixture.now.timeIntervalSince1970 / 60).rounded(.down) * 60 - 125)
        state.requests.record(["ListSolutionVersions": 2], at: start)
        state.requests.record(["ListSolutionVersions": 4], at: start.addingTimeInterval(60))
        state.requests.record(["ListSolutionVersions": 18, "DescribeSolutionVersion": 2], at: start.addingTimeInterval(120))
        let header = renderer.render(state, rows: 30, columns: 160).text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("20 req, 2/min"), "the last whole minute saw requests 3 and 4: \(header)")
        #expect(header.contains("⟳ current"), "fresh data shows no ticking counter")
        var late = state
        late.now = late.now.addingTimeInterval(300)
        let lateHeader = renderer.render(late, rows: 30, columns: 160).text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(lateHeader.contains("ago"), "late data shows its age")
    }

    @Test func narrowTerminalsDropColumnsButNeverStatus() {
        let screen = renderer.render(ViewFixture.state, rows: 24, columns: 60)
        #expect(screen.text.contains("STATUS"))
        #expect(screen.text.contains("CREATE FAILED"))
        #expect(!screen.text.contains("FAILURE"))
    }

    @Test(arguments: [(0, 0), (1, 1), (10, 3), (39, 30), (200, 7)])
    func tinyTerminalsGetAMessageNotACrash(columns: Int, rows: Int) {
        let screen = renderer.render(ViewFixture.state, rows: rows, columns: columns)
        #expect(screen.rows == rows)
        #expect(screen.columns == columns)
        if columns >= 30 && rows >= 2 { #expect(screen.text.contains("Terminal too small")) }
    }

    @Test func everySizeRendersWithinBounds() {
        for rows in stride(from: 8, through: 60, by: 7) {
            for columns in stride(from: 40, through: 250, by: 23) {
                let screen = renderer.render(ViewFixture.state, rows: rows, columns: columns)
                for line in screen.text.split(separator: "\n") {
                    #expect(TextWidth.of(String(line)) <= columns)
                }
            }
        }
    }

    @Test func theInspectorShowsTheWholeFailureReason() {
        var state = ViewFixture.state
        _ = reduce(&state, .userRequested(.choose, at: ViewFixture.now))
        let screen = renderer.render(state, rows: 35, columns: 120)
        let text = screen.text.replacingOccurrences(of: "│", with: " ")
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains(ViewFixture.longReason))
    }

    @Test func statusIsColouredAndSelectionIsABar() {
        var state = ViewFixture.state
        _ = reduce(&state, .userRequested(.moveToTop, at: ViewFixture.now))
        let screen = renderer.render(state, rows: 35, columns: 120)
        func style(of text: String) -> CellStyle? {
            for row in 0..<screen.rows {
                let line = (0..<screen.columns).map { screen[row, $0].text }.joined()
                if let range = line.range(of: text) {
                    return screen[row, line.distance(from: line.startIndex, to: range.lowerBound)].style
                }
            }
            return nil
        }
        #expect(style(of: "● ACTIVE")?.foreground == .green)
        #expect(style(of: "○ CREATE PENDING")?.foreground == .yellow)
        #expect(style(of: "✗ CREATE FAILED")?.foreground == .red)
        #expect(style(of: "8f31c2a0   ")?.background == .cyan, "the selected row is a bar")
        #expect(style(of: "6a0b91de   ")?.background == .standard)
        #expect(screen.title == "pdash: 2 training, 1 failed · user-personalization-v2")
    }

    @Test func headerShowsRegionEndpointSolutionAndAge() {
        let header = renderer.render(ViewFixture.state, rows: 35, columns: 120).text.split(separator: "\n").prefix(2).joined(separator: "\n")
        #expect(header.contains("eu-west-1"))
        #expect(header.contains("personalize.eu-west-1.amazonaws.com"))
        #expect(header.contains("user-personalization-v2"))
        #expect(header.contains("⟳ current"), "fresh data: no ticking age")
        var late = ViewFixture.state
        _ = reduce(&late, .clockTicked(at: ViewFixture.now.addingTimeInterval(56)))
        let lateHeader = renderer.render(late, rows: 35, columns: 120).text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(lateHeader.contains("1m ago"), "late data shows its age: \(lateHeader)")
    }

    @Test func errorsAppearInTheStatusLineWithTheDataKept() {
        var state = ViewFixture.state
        _ = reduce(&state, .userRequested(.refresh, at: ViewFixture.now))
        _ = reduce(&state, .solutionVersionsFailed(
            generation: 2, failure: LoadFailure(message: "ThrottlingException: Rate exceeded", isThrottling: true), jitter: 0.5, at: ViewFixture.now))
        let text = renderer.render(state, rows: 35, columns: 120).text
        #expect(text.contains("refresh failed 0s ago: ThrottlingException: Rate exceeded"))
        #expect(text.contains("8f31c2a0"))
    }

    /// A long error is cut, never the "showing data from … ago" that marks the rows as old.
    @Test func aLongErrorKeepsTheStaleMarkOnTheStatusLine() {
        var state = ViewFixture.state
        _ = reduce(&state, .userRequested(.refresh, at: ViewFixture.now))
        let long = "InternalFailure: " + String(repeating: "The request processing has failed because of an unknown error. ", count: 4)
        _ = reduce(&state, .solutionVersionsFailed(generation: 2, failure: LoadFailure(message: long), jitter: 0.5, at: ViewFixture.now))
        for columns in [80, 120] {
            let line = renderer.render(state, rows: 30, columns: columns).text.split(separator: "\n").first { $0.contains("refresh failed") }
            #expect(line?.contains("InternalFailure") == true, "\(columns) columns: \(line ?? "no status line")")
            #expect(line?.trimmingCharacters(in: .whitespaces).hasSuffix("; showing data from 4s ago") == true, "\(columns) columns: \(line ?? "no status line")")
        }
    }

    @Test func wideAndAccentedTextStaysInsideItsColumns() {
        var state = ViewFixture.state
        let reason = "Invalid data: 'Küche & Haushalt — 台所用品' is not valid UTF-8 after decoding. 商品カテゴリを確認してください。"
        let version = ViewFixture.version("c0ffee17", "CREATE FAILED", createdHoursAgo: 1, updatedMinutesAgo: 1, reason: reason)
        _ = reduce(&state, .userRequested(.refresh, at: ViewFixture.now))
        _ = reduce(&state, .solutionVersionsPageLoaded(generation: 2, items: [version], isLastPage: true, at: ViewFixture.now))
        for columns in [60, 80, 97, 120] {
            let screen = renderer.render(state, rows: 30, columns: columns)
            for line in screen.text.split(separator: "\n") {
                #expect(TextWidth.of(String(line)) <= columns)
            }
            var inspecting = state
            _ = reduce(&inspecting, .userRequested(.choose, at: ViewFixture.now))
            let inspector = renderer.render(inspecting, rows: 30, columns: columns)
            #expect(inspector.text.contains("台所用品"), "the inspector shows the text, wide characters included")
            for line in inspector.text.split(separator: "\n") {
                #expect(TextWidth.of(String(line)) <= columns)
            }
        }
    }

    @Test func serverTextCannotInjectEscapeSequences() {
        var state = ViewFixture.state
        var evil = ViewFixture.version("evil", "CREATE FAILED", createdHoursAgo: 1, updatedMinutesAgo: 1, reason: "boom\u{1b}[2J\u{1b}]0;owned\u{7}")
        evil.status = "CREATE FAILED\u{1b}[31m"
        _ = reduce(&state, .userRequested(.refresh, at: ViewFixture.now))
        _ = reduce(&state, .solutionVersionsPageLoaded(generation: 2, items: [evil], isLastPage: true, at: ViewFixture.now))
        let screen = renderer.render(state, rows: 35, columns: 120)
        #expect(!screen.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7f } })
    }
}
