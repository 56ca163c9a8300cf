import AWSServices
import Dashboard
import Foundation

/// The solution versions pane: columns by width, sort arrows, live markers, filter matches, the selection.
struct VersionsPaneView {
    var theme: Theme
    var time: TimeText

    func draw(_ state: DashboardState, _ screen: inout Screen, top: Int, bottom: Int) {
        let width = screen.columns
        let items = state.versions.visible
        let total = state.versions.items.count
        let count = items.count == total ? "\(total)" : "\(items.count) of \(total)"
        let query = state.versions.query
        var filters: [String] = []
        if !query.text.isEmpty { filters.append("/\(query.text)") }
        if !query.statuses.isEmpty { filters.append(query.statuses.sorted().joined(separator: ",")) }
        let title = " Solution versions (\(count)\(state.versions.isComplete ? "" : "…"))" + (filters.isEmpty ? " " : " filter: \(filters.joined(separator: " ")) ")
        let focused = state.navigation.focus == .versions && state.navigation.picker == nil
        Box.draw(&screen, top: top, bottom: bottom, title: title, theme: focused ? theme.withFocusBorder : theme)
        let inner = width - 4
        let columns = VersionColumn.layout(width: inner)
        var x = 2
        for column in columns {
            let arrow = query.sort.map { column.sortColumn == $0.column ? ($0.ascending ? "▲" : "▼") : "" } ?? ""
            screen.put(TextWidth.fit(column.title + arrow, to: column.width), row: top + 1, column: x, style: theme.columnHeader)
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
        let live = state.liveVersions
        let cursor = min(max(state.cursor, 0), items.count - 1)
        var first = min(max(state.scrollTop, 0), max(items.count - visible, 0))
        if cursor < first { first = cursor }
        if cursor >= first + visible { first = cursor - visible + 1 }
        for (offset, version) in items[first..<min(items.count, first + visible)].enumerated() {
            let row = top + 2 + offset
            let index = first + offset
            let selected = index == cursor
            if selected { screen.put(focused ? "▶" : "›", row: row, column: 1, style: focused ? theme.selectionMarker : theme.dimText) }
            var x = 2
            for column in columns {
                let (text, style) = column.cell(version, now: state.now, time: time, theme: theme, live: live)
                screen.put(TextWidth.fit(text, to: column.width), row: row, column: x, style: style)
                RowHighlight.matches(of: query.text, in: text, width: column.width, row: row, column: x, screen: &screen, theme: theme)
                x += column.width + 1
            }
            if selected && focused {
                let bar = theme.selectedRow
                screen.restyle(row: row, column: 2, count: inner) { style in
                    style.foreground = bar.foreground
                    style.background = bar.background
                    style.reverse = bar.reverse
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

}
