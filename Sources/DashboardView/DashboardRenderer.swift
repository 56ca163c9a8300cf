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
        drawBreadcrumb(state, &screen)
        drawVersionsPane(state, &screen, top: layout.versionsTop, bottom: layout.versionsBottom)
        if let details = layout.details {
            DetailsPane(theme: theme, time: time).draw(state, &screen, top: details.lowerBound, bottom: details.upperBound)
        }
        drawStatusLine(state, &screen, row: layout.statusRow, hasDetails: layout.details != nil)
        drawFooter(&screen, row: layout.footerRow)
        return screen
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
        let detail = " \(state.connection.region) · \(endpoint)"
        x += screen.put(TextWidth.truncate(detail, to: max(available, 0)), row: 0, column: x, style: theme.headerDetail)
        screen.put(right, row: 0, column: max(x + 1, screen.columns - rightWidth), style: theme.headerDetail)
    }

    private func refreshText(_ state: DashboardState) -> String {
        if state.versions.isLoading && !state.versions.isComplete { return "⟳ loading…" }
        guard let last = state.versions.lastSuccess else { return state.versions.lastError == nil ? "⟳ —" : "✗ no data" }
        let age = TimeText.duration(state.now.timeIntervalSince(last))
        let loading = state.versions.isLoading ? " ⟳" : ""
        let failing = state.isThrottled ? " ✗ throttled" : state.versions.lastError == nil ? "" : " ✗"
        let badges = (state.readOnly ? " · read-only" : "") + (state.isPaused ? " · ⏸ paused" : "")
        let cadence = state.isPaused ? "" : " · every \(TimeText.duration(state.currentRefreshInterval))"
        let requests = state.requests.total > 0 ? " · \(state.requests.total) req, \(Int(state.requests.perMinute.rounded()))/min" : ""
        return "⟳ \(age) ago\(loading)\(failing)\(cadence)\(requests)\(badges)"
    }

    private func drawBreadcrumb(_ state: DashboardState, _ screen: inout Screen) {
        let name = state.solutionName ?? (state.solutionLookup == .searching ? "finding a solution…" : "—")
        var x = screen.put(" solution: ", row: 1, column: 0, style: theme.dimText)
        x += screen.put(name, row: 1, column: x, style: theme.breadcrumb)
        if let arn = state.solutionArn {
            screen.put(TextWidth.truncate("  " + arn, to: screen.columns - x), row: 1, column: x, style: theme.dimText)
        }
    }

    private func drawVersionsPane(_ state: DashboardState, _ screen: inout Screen, top: Int, bottom: Int) {
        let width = screen.columns
        let items = state.versions.visible
        let title = " Solution versions (\(items.count)\(state.versions.isComplete ? "" : "…")) "
        drawBox(&screen, top: top, bottom: bottom, title: title)
        let inner = width - 4
        let columns = VersionColumn.layout(width: inner)
        var x = 2
        for column in columns {
            screen.put(TextWidth.fit(column.title, to: column.width), row: top + 1, column: x, style: theme.columnHeader)
            x += column.width + 1
        }
        let visible = bottom - top - 2
        guard visible > 0 else { return }
        if items.isEmpty {
            if let problem = state.credentialsProblem {
                // First start without credentials: say what was tried and what to do, in full.
                for (offset, line) in TextWrap.lines("No data: " + problem, width: inner).prefix(visible).enumerated() {
                    screen.put(line, row: top + 2 + offset, column: 2, style: theme.error, limit: inner)
                }
                return
            }
            let message = emptyMessage(state)
            screen.put(message, row: top + 2, column: 2, style: theme.dimText, limit: inner)
            return
        }
        let cursor = min(max(state.cursor, 0), items.count - 1)
        var first = min(max(state.scrollTop, 0), max(items.count - visible, 0))
        if cursor < first { first = cursor }
        if cursor >= first + visible { first = cursor - visible + 1 }
        for (offset, version) in items[first..<min(items.count, first + visible)].enumerated() {
            let row = top + 2 + offset
            let index = first + offset
            let selected = index == cursor
            if selected { screen.put("▶", row: row, column: 1, style: theme.selectionMarker) }
            var x = 2
            for column in columns {
                let (text, style) = column.cell(version, now: state.now, time: time, theme: theme)
                screen.put(TextWidth.fit(text, to: column.width), row: row, column: x, style: style)
                x += column.width + 1
            }
            if selected {
                let bar = theme.selectedRow
                screen.restyle(row: row, column: 2, count: inner) { style in
                    style.foreground = bar.foreground
                    style.background = bar.background
                }
            }
        }
        if items.count > visible {
            let position = " \(first + 1)-\(min(items.count, first + visible)) of \(items.count) "
            screen.put(position, row: bottom, column: width - TextWidth.of(position) - 2, style: theme.dimText)
        }
    }

    private func emptyMessage(_ state: DashboardState) -> String {
        switch state.solutionLookup {
        case .searching where state.solutionArn == nil: return "Looking for solutions in \(state.connection.region)…"
        case .noneFound: return "No solutions in \(state.connection.region). Pass --solution-arn, or try pdash --demo."
        case let .failed(message): return "Could not list solutions: \(message)"
        default: break
        }
        if state.versions.isLoading { return "Loading solution versions…" }
        if state.versions.lastError != nil { return "No data yet: the last refresh failed (see below)." }
        return "This solution has no versions yet."
    }

    private func drawBox(_ screen: inout Screen, top: Int, bottom: Int, title: String) {
        Box.draw(&screen, top: top, bottom: bottom, title: title, theme: theme)
    }

    private func drawStatusLine(_ state: DashboardState, _ screen: inout Screen, row: Int, hasDetails: Bool) {
        if let problem = state.credentialsProblem {
            screen.put(" ✗ credentials: \(problem) (retrying; the data below is kept)", row: row, column: 0, style: theme.error)
        } else if let message = state.message, message.isError || state.now.timeIntervalSince(message.at) < 10 {
            screen.put(" " + message.text, row: row, column: 0, style: message.isError ? theme.error : theme.dimText)
        } else if let error = state.versions.lastError {
            let when = state.versions.lastErrorAt.map { " " + TimeText.duration(state.now.timeIntervalSince($0)) + " ago" } ?? ""
            let stale = state.versions.lastSuccess.map { "; showing data from " + TimeText.duration(state.now.timeIntervalSince($0)) + " ago" } ?? ""
            screen.put(" ✗ refresh failed\(when): \(error)\(stale)", row: row, column: 0, style: theme.error)
        } else if case let .failed(message) = state.solutionLookup {
            screen.put(" ✗ could not list solutions: \(message)", row: row, column: 0, style: theme.error)
        } else if hasDetails {
            drawSummary(state, &screen, row: row)
        } else if let selected = state.selectedVersion, let reason = selected.failureReason, !reason.isEmpty {
            screen.put(" failureReason: \(reason)", row: row, column: 0, style: theme.failed)
        } else if let selected = state.selectedVersion, let arn = selected.solutionVersionArn {
            screen.put(" " + arn, row: row, column: 0, style: theme.dimText)
        }
    }

    /// "◐ 2 training  ✗ 3 failed  ● 5 active   next refresh in 2s"
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
        let next: String
        if state.versions.isLoading {
            next = "refreshing…"
        } else if let at = state.nextRefreshAt {
            next = "next refresh in \(TimeText.duration(max(0, at.timeIntervalSince(state.now)).rounded(.up)))"
        } else {
            next = ""
        }
        screen.put(" " + next, row: row, column: x + 1, style: theme.dimText)
    }

    private func drawFooter(_ screen: inout Screen, row: Int) {
        var hints = keyMap.footerHints
        func width(_ hint: (keys: String, label: String)) -> Int { TextWidth.of(hint.keys) + TextWidth.of(hint.label) + 4 }
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
