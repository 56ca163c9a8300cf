import AWSServices
import Dashboard
import Foundation

/// Turns a dashboard state into a screen. Pure: same state, size and options, same screen.
public struct DashboardRenderer: Sendable {
    public static let minimumColumns = 40
    public static let minimumRows = 8

    public var theme: Theme
    public var keyMap: KeyMap
    public var time: TimeText

    public init(theme: Theme = .standard, keyMap: KeyMap = .standard, timeZone: TimeZone = .current) {
        self.theme = theme
        self.keyMap = keyMap
        self.time = TimeText(timeZone: timeZone)
    }

    /// Rows of the versions list at this terminal height (what the store needs for paging).
    public static func listRows(forHeight rows: Int) -> Int {
        DashboardLayout(rows: rows, columns: minimumColumns).listRows
    }

    public func render(_ state: DashboardState, rows: Int, columns: Int) -> Screen {
        var screen = Screen(rows: rows, columns: columns)
        screen.title = windowTitle(state)
        guard rows >= Self.minimumRows, columns >= Self.minimumColumns else {
            drawTooSmall(&screen)
            return screen
        }
        let layout = DashboardLayout(rows: rows, columns: columns)
        drawHeader(state, &screen)
        switch state.navigation.overlay {
        case let .inspector(item, scroll)?:
            InspectorScreen(theme: theme, time: time).draw(state, item: item, scroll: scroll, &screen, top: 1, bottom: layout.statusRow - 1)
        case let .help(scroll)?:
            HelpView(theme: theme, keyMap: keyMap).draw(state, scroll: scroll, &screen, top: 1, bottom: layout.statusRow - 1)
        default:
            drawBreadcrumb(state, &screen)
            VersionsPaneView(theme: theme, time: time).draw(state, &screen, top: layout.versionsTop, bottom: layout.versionsBottom)
            if let lower = layout.lower {
                LowerPaneView(theme: theme, time: time).draw(state, &screen, top: lower.lowerBound, bottom: lower.upperBound)
            }
            if let picker = state.navigation.picker {
                PickerView(theme: theme, time: time).draw(state, kind: picker, &screen)
            }
        }
        if state.navigation.overlay?.takesText == true {
            CommandLineView(theme: theme).draw(state, &screen, row: layout.statusRow)
        } else {
            drawStatusLine(state, &screen, row: layout.statusRow)
        }
        DialogView(theme: theme).draw(state, &screen)
        drawFooter(&screen, row: layout.footerRow, readOnly: state.readOnly)
        return screen
    }

    /// Rows of the lower pane's list at this terminal height.
    public static func lowerListRows(forHeight rows: Int) -> Int {
        DashboardLayout(rows: rows, columns: minimumColumns).lowerListRows
    }

    // MARK: - Parts

    private func drawTooSmall(_ screen: inout Screen) {
        let lines = [
            "Terminal too small (\(screen.columns)x\(screen.rows))",
            "need \(Self.minimumColumns)x\(Self.minimumRows) · q quits",
        ]
        let top = max(0, screen.rows / 2 - 1)
        for (offset, line) in lines.enumerated() {
            let column = max(0, (screen.columns - TextWidth.of(line)) / 2)
            screen.put(line, row: top + offset, column: column, style: offset == 0 ? theme.notice : theme.dimText)
        }
    }

    private func drawHeader(_ state: DashboardState, _ screen: inout Screen) {
        screen.fill(row: 0, column: 0, count: screen.columns, style: theme.headerDetail)
        var x = screen.put(" pdash ", row: 0, column: 0, style: theme.header)
        let endpoint = state.connection.endpoint + (state.connection.isCustomEndpoint ? " (custom endpoint)" : "")
        let right = refreshText(state)
        let rightWidth = TextWidth.of(right) + 1
        let available = screen.columns - x - rightWidth - 1
        var where_: [String] = []
        if let profile = state.connection.profile { where_.append("profile \(profile)") }
        where_.append(state.connection.region)
        if let account = Self.account(of: state.solutionArn) { where_.append("account \(account)") }
        let detail = " " + where_.joined(separator: " · ") + " · \(endpoint)"
        x += screen.put(TextWidth.truncate(detail, to: max(available, 0)), row: 0, column: x, style: theme.headerDetail)
        screen.put(right, row: 0, column: max(x + 1, screen.columns - rightWidth), style: theme.headerDetail)
    }

    /// The account field of an ARN.
    static func account(of arn: String?) -> String? {
        guard let fields = arn?.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false), fields.count == 6,
              !fields[4].isEmpty else { return nil }
        return String(fields[4])
    }

    private func refreshText(_ state: DashboardState) -> String {
        if state.versions.isLoading && !state.versions.isComplete { return "⟳ loading…" }
        guard let last = state.versions.lastSuccess else { return state.versions.lastError == nil ? "⟳ —" : "✗ no data" }
        // While the data is as fresh as the refresh cadence promises, say so without a ticking counter (an
        // idle dashboard then writes nothing between refreshes); once it is late, its age shows.
        let seconds = state.now.timeIntervalSince(last)
        let late = state.isPaused || seconds > state.currentRefreshInterval * 2 + 1
        let age = late ? "\(TimeText.duration(seconds)) ago" : "current"
        let loading = state.versions.isLoading ? " ⟳" : ""
        let failing = state.isThrottled ? " ✗ throttled" : state.versions.lastError == nil ? "" : " ✗"
        let badges = (state.readOnly ? " · read-only" : "") + (state.isPaused ? " · ⏸ paused" : "")
        let cadence = state.isPaused ? "" : " · every \(TimeText.duration(state.currentRefreshInterval))"
        let rate = state.requests.lastMinute.map { ", \($0)/min" } ?? ""
        let requests = state.requests.total > 0 ? " · \(state.requests.total) req\(rate)" : ""
        return "⟳ \(age)\(loading)\(failing)\(cadence)\(requests)\(badges)"
    }

    private func drawBreadcrumb(_ state: DashboardState, _ screen: inout Screen) {
        // dataset group / solution  (recipe · automatic training)   — "b" picks another
        let name = state.solutionName ?? (state.solutionLookup == .searching ? "finding a solution…" : "—")
        let group = state.navigation.datasetGroupName
            ?? state.solution?.datasetGroupArn.map { String($0.split(separator: "/").last ?? "") }
        var x = screen.put(" ", row: 1, column: 0, style: theme.dimText)
        if let group, !group.isEmpty {
            x += screen.put(group, row: 1, column: x, style: theme.dimText)
            x += screen.put(" / ", row: 1, column: x, style: theme.dimText)
        }
        x += screen.put(name, row: 1, column: x, style: theme.breadcrumb)
        var notes: [String] = []
        if let recipe = state.solution?.recipeArn { notes.append(String(recipe.split(separator: "/").last ?? "")) }
        if let schedule = state.autoTraining {
            let due = schedule.nextDue.map { $0 > state.now ? " next in \(TimeText.duration($0.timeIntervalSince(state.now)))" : " due now" } ?? ""
            notes.append("auto-training \(schedule.expression)\(due)")
        }
        if let arn = state.solutionArn { notes.append(arn) }
        if !notes.isEmpty {
            screen.put(TextWidth.truncate("  " + notes.joined(separator: " · "), to: max(0, screen.columns - x)), row: 1, column: x,
                       style: theme.dimText)
        }
    }

    private func drawBox(_ screen: inout Screen, top: Int, bottom: Int, title: String) {
        Box.draw(&screen, top: top, bottom: bottom, title: title, theme: theme)
    }

    private func drawStatusLine(_ state: DashboardState, _ screen: inout Screen, row: Int) {
        if let problem = state.credentialsProblem {
            screen.put(" ✗ credentials: \(problem) (retrying; the data below is kept)", row: row, column: 0, style: theme.error)
        } else if let message = state.message, message.isError || state.now.timeIntervalSince(message.at) < 10 {
            screen.put(" " + message.text, row: row, column: 0, style: message.isError ? theme.error : theme.dimText)
        } else if let error = state.versions.lastError {
            let when = state.versions.lastErrorAt.map { " " + TimeText.duration(state.now.timeIntervalSince($0)) + " ago" } ?? ""
            let stale = state.versions.lastSuccess.map { "; showing data from " + TimeText.duration(state.now.timeIntervalSince($0)) + " ago" } ?? ""
            // A long error is cut, never the staleness: the rows above must stay marked as old data.
            let lead = " ✗ refresh failed\(when): "
            let room = max(0, screen.columns - TextWidth.of(lead) - TextWidth.of(stale))
            screen.put(lead + TextWidth.truncate(error, to: room) + stale, row: row, column: 0, style: theme.error)
        } else if case let .failed(message) = state.solutionLookup {
            screen.put(" ✗ could not list solutions: \(message)", row: row, column: 0, style: theme.error)
        } else if let reason = selectedFailure(state) {
            // The selected item failed: its reason, and where to read it in full.
            let used = screen.put(" ✗ ", row: row, column: 0, style: theme.failed)
            let hint = "  (Enter: in full)"
            let room = screen.columns - used - TextWidth.of(hint)
            let shown = TextWidth.truncate(reason.split(whereSeparator: \.isNewline).joined(separator: " "), to: max(room, 0))
            let x = used + screen.put(shown, row: row, column: used, style: theme.failed)
            screen.put(hint, row: row, column: x, style: theme.dimText)
        } else {
            drawSummary(state, &screen, row: row)
        }
    }

    private func selectedFailure(_ state: DashboardState) -> String? {
        let reason: String?
        if state.navigation.focus == .lower, let row = state.selectedLowerRow {
            reason = row.failureReason
        } else {
            reason = state.selectedVersion?.failureReason
        }
        return reason?.isEmpty == false ? reason : nil
    }

    /// "◐ 2 training  ✗ 3 failed  ● 5 active   refreshing…"
    private func drawSummary(_ state: DashboardState, _ screen: inout Screen, row: Int) {
        let kinds = state.versions.items.map { StatusKind($0.status) }
        let groups: [(StatusKind, String, Int)] = [
            (.inProgress, "training", kinds.filter { $0 == .pending || $0 == .inProgress || $0 == .stopping }.count),
            (.failed, "failed", kinds.filter { $0 == .failed }.count),
            (.active, "active", kinds.filter { $0 == .active }.count),
        ]
        var x = 1
        for (kind, label, count) in groups where count > 0 {
            x += screen.put("\(kind.glyph) \(count) \(label)  ", row: row, column: x, style: theme.style(for: kind))
        }
        // No countdown: a clock ticking every second would redraw the line all the time.
        if state.versions.isLoading { screen.put(" refreshing…", row: row, column: x + 1, style: theme.dimText) }
    }

    private func drawFooter(_ screen: inout Screen, row: Int, readOnly: Bool) {
        var hints = keyMap.footerHints(readOnly: readOnly)
        func width(_ hint: (keys: String, label: String)) -> Int { TextWidth.of(hint.keys) + TextWidth.of(hint.label) + 5 }
        // When they do not all fit, the ones before the last go first: the way out (quit) always shows.
        while hints.count > 1, 1 + hints.map(width).reduce(0, +) > screen.columns { hints.remove(at: hints.count - 2) }
        var x = 1
        for hint in hints {
            guard x + width(hint) <= screen.columns else { break }
            x += screen.put(" \(hint.keys) ", row: row, column: x, style: theme.footerKey)
            x += screen.put(" \(hint.label)  ", row: row, column: x, style: theme.footerLabel)
        }
    }

    /// "pdash: 1 training, 2 failed · user-personalization-v2"
    public func windowTitle(_ state: DashboardState) -> String {
        let kinds = state.versions.items.map { StatusKind($0.status) }
        let training = kinds.filter { $0 == .pending || $0 == .inProgress }.count
        let failed = kinds.filter { $0 == .failed }.count
        var parts: [String] = []
        if training > 0 { parts.append("\(training) training") }
        if failed > 0 { parts.append("\(failed) failed") }
        let summary = parts.isEmpty ? "idle" : parts.joined(separator: ", ")
        return "pdash: \(summary)" + (state.solutionName.map { " · \($0)" } ?? "")
    }
}
