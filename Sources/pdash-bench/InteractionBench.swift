import AWSServices
import Dashboard
import DashboardView
import Foundation

/// Item 5: a key press to a finished frame with 10,000 versions loaded, measured in this process around what
/// the UI thread does for a key: `reduce` the key, `render` the state into a 120x35 `Screen`, and the cell
/// diff against the previous screen that `TerminalSession.draw` does before it hands the changed cells to
/// ncurses. ncurses' own output (wnoutrefresh/doupdate) is not included: it needs a terminal, and item 4
/// measures what reaches one.
enum InteractionBench {
    static let solution = "arn:aws:personalize:us-east-1:111122223333:solution/benchmark"

    /// A state as the store would hold it after loading `count` versions in pages of 100.
    static func loadedState(count: Int, now: Date) -> DashboardState {
        var state = DashboardState(
            connection: ConnectionInfo(endpoint: "http://127.0.0.1:4566", region: "us-east-1", isCustomEndpoint: true),
            now: now, solutionArn: solution, refreshInterval: 5, idleRefreshInterval: 60)
        _ = reduce(&state, .started(at: now))
        _ = reduce(&state, .viewportResized(rows: DashboardRenderer.listRows(forHeight: 35),
                                            lowerRows: DashboardRenderer.lowerListRows(forHeight: 35)))
        let pages: [[SolutionVersionSummary]] = stride(from: 0, to: count, by: 100).map { start in
            (start..<min(start + 100, count)).map { version($0, now: now) }
        }
        for (index, page) in pages.enumerated() {
            _ = reduce(&state, .solutionVersionsPageLoaded(generation: 1, items: page, isLastPage: index == pages.count - 1, at: now))
        }
        return state
    }

    /// The benchmark's `index`th version: mostly ACTIVE, a failure or a stop now and then, newest first.
    static func version(_ index: Int, now: Date) -> SolutionVersionSummary {
        let statuses = ["ACTIVE", "ACTIVE", "ACTIVE", "CREATE FAILED", "ACTIVE", "CREATE STOPPED", "ACTIVE"]
        let id = String(format: "%08x", 0x1000_0000 + index * 7919)
        let created: Date = now.addingTimeInterval(-Double(index + 1) * 3600)
        let updated: Date = now.addingTimeInterval(-Double(index) * 3600)
        let reason: String? = index % 7 == 3 ? "Not enough interactions to train a model." : nil
        return SolutionVersionSummary(
            solutionVersionArn: solution + "/" + id, status: statuses[index % statuses.count],
            trainingMode: index % 3 == 0 ? "FULL" : "UPDATE", trainingType: index % 2 == 0 ? "AUTOMATIC" : "MANUAL",
            creationDateTime: created, lastUpdatedDateTime: updated, failureReason: reason)
    }

    struct Result {
        var latencies: [Double]
        var loaded: Int
        var changedCells: Int
    }

    /// `presses` key presses: down through the list, then up again (scrolling at both ends of the window).
    static func measure(versions: Int, presses: Int) -> Result {
        let now = Date()
        var state = loadedState(count: versions, now: now)
        let renderer = DashboardRenderer(timeZone: TimeZone(identifier: "UTC") ?? .current)
        var previous = renderer.render(state, rows: 35, columns: 120)
        var latencies: [Double] = []
        var changed = 0
        latencies.reserveCapacity(presses)
        for press in 0..<presses {
            let action: UserAction = press < presses / 2 ? .moveDown : .moveUp
            let began = ContinuousClock.now
            _ = reduce(&state, .userRequested(action, at: now))
            let screen = renderer.render(state, rows: 35, columns: 120)
            changed += diff(previous, screen)
            previous = screen
            latencies.append((ContinuousClock.now - began).seconds)
        }
        return Result(latencies: latencies, loaded: state.versions.items.count, changedCells: changed)
    }

    /// The cells `TerminalSession.draw` would hand to ncurses: those that differ from the previous frame.
    static func diff(_ old: Screen, _ new: Screen) -> Int {
        guard old.rows == new.rows, old.columns == new.columns else { return new.rows * new.columns }
        var changed = 0
        for row in 0..<new.rows {
            for column in 0..<new.columns where old[row, column] != new[row, column] && !new[row, column].isContinuation {
                changed += 1
            }
        }
        return changed
    }

    static func row(_ result: Result) -> ReportRow {
        let p50 = Stats.percentile(result.latencies, 0.5), p99 = Stats.percentile(result.latencies, 0.99)
        return ReportRow(
            item: "Key press (j/k) to finished frame, \(result.loaded) versions loaded, \(result.latencies.count) presses, in-process reduce + render + cell diff",
            pdash: "p50 \(p50.ms), p99 \(p99.ms) (max \(Stats.percentile(result.latencies, 1).ms))",
            peers: "-", ratio: "-", goal: "p99 < 16 ms", met: p99 < 0.016)
    }
}
