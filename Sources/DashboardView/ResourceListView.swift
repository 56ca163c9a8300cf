import AWSServices
import Dashboard
import Foundation

/// A list of jobs, campaigns, image versions, or a picker's rows: columns by width, the selection, the phase
/// of the list (loading, failing, stale), and filter matches highlighted.
struct ResourceListView {
    var theme: Theme
    var time: TimeText

    /// Draws the list between `top` (column titles) and `bottom` inside a box whose inner width is the screen's minus 4.
    func draw(_ state: DashboardState, kind: ResourceKind, focused: Bool, _ screen: inout Screen, top: Int, bottom: Int,
              left: Int = 2, width explicitWidth: Int? = nil) {
        let list = state.list(kind)
        let width = explicitWidth ?? (screen.columns - 4)
        let columns = Self.columns(for: kind, width: width)
        var x = left
        for column in columns {
            let arrow = list.query.sort.map { $0.column == column.sort ? ($0.ascending ? "▲" : "▼") : "" } ?? ""
            screen.put(TextWidth.fit(column.title + arrow, to: column.width), row: top, column: x, style: theme.columnHeader)
            x += column.width + 1
        }
        let rows = list.visible
        let capacity = bottom - top
        guard capacity > 0 else { return }
        if rows.isEmpty {
            screen.put(emptyText(state, kind: kind, list: list), row: top + 1, column: left,
                       style: list.lastError == nil ? theme.dimText : theme.error, limit: width)
            return
        }
        let cursor = min(max(list.cursor, 0), rows.count - 1)
        var first = min(max(list.scrollTop, 0), max(rows.count - capacity, 0))
        if cursor < first { first = cursor }
        if cursor >= first + capacity { first = cursor - capacity + 1 }
        for (offset, row) in rows[first..<min(rows.count, first + capacity)].enumerated() {
            let line = top + 1 + offset
            var x = left
            for column in columns {
                let (text, style) = cell(column.id, row, kind: kind, state: state)
                screen.put(TextWidth.fit(text, to: column.width), row: line, column: x, style: style)
                RowHighlight.matches(of: list.query.text, in: text, width: column.width, row: line, column: x, screen: &screen, theme: theme)
                x += column.width + 1
            }
            if first + offset == cursor {
                if focused {
                    screen.put("▶", row: line, column: left - 1, style: theme.selectionMarker)
                    let bar = theme.selectedRow
                    screen.restyle(row: line, column: left, count: width) { style in
                        style.foreground = bar.foreground
                        style.background = bar.background
                        style.reverse = bar.reverse
                    }
                } else {
                    screen.put("›", row: line, column: left - 1, style: theme.dimText)
                }
            }
        }
        let footer = phaseText(state, list: list, shown: rows.count)
        if !footer.isEmpty, bottom + 1 < screen.rows {
            let text = " \(footer) "
            screen.put(text, row: bottom + 1, column: max(left, left + width - TextWidth.of(text)), style: theme.dimText)
        }
    }

    private func emptyText(_ state: DashboardState, kind: ResourceKind, list: ListState<ResourceRow>) -> String {
        if let error = list.lastError { return "✗ \(error)" }
        if list.isLoading { return "Loading…" }
        if !list.items.isEmpty { return "No row matches the filter (Esc or F clears it)." }
        switch kind {
        case .segmentJobs, .inferenceJobs:
            if listRequest(state, kind) == nil { return "Select a version to see its jobs." }
            return state.navigation.jobScope == .allVersions
                ? "No batch jobs for any version of this solution." : "No batch jobs ran on this version (a: all versions)."
        case .campaigns: return "No campaign serves a version of this solution."
        case .imageVersions: return state.navigation.imageName == nil ? "Press i to pick a SageMaker image." : "This image has no versions."
        default: return list.isComplete ? "Nothing here." : ""
        }
    }

    /// "3 of 12 · loading…", "✗ LimitExceededException · retry in 8s", "updated 40s ago".
    private func phaseText(_ state: DashboardState, list: ListState<ResourceRow>, shown: Int) -> String {
        var parts: [String] = []
        if shown != list.items.count { parts.append("\(shown) of \(list.items.count)") } else { parts.append("\(shown)") }
        switch list.phase {
        case .loading, .loadingFirstPage: parts.append("loading…")
        case let .failing(message, _, retry):
            let code = message.split(separator: ":").first.map(String.init) ?? message
            parts.append("✗ \(code)" + (retry.map { " · retry in \(TimeText.duration(max(0, $0.timeIntervalSince(state.now))))" } ?? ""))
        case .complete:
            // Its age only once it is late (no counter ticking every second).
            if let success = list.lastSuccess, state.now.timeIntervalSince(success) > state.idleRefreshInterval * 2 {
                parts.append("updated \(TimeText.duration(state.now.timeIntervalSince(success))) ago")
            }
        case .idle: break
        }
        return parts.joined(separator: " · ")
    }

    struct Column {
        enum ID { case name, status, version, created, duration, detail }
        var id: ID
        var title: String
        var width: Int
        var sort: SortColumn?
    }

    /// Columns that fit `width`; DETAIL (failure or note) takes what is left, VERSION and DURATION go first when narrow.
    static func columns(for kind: ResourceKind, width: Int) -> [Column] {
        var columns = [
            Column(id: .name, title: kind == .imageVersions ? "VERSION" : "NAME", width: 26, sort: .name),
            Column(id: .status, title: "STATUS", width: 21, sort: .status),
        ]
        if [.segmentJobs, .inferenceJobs, .campaigns].contains(kind) {
            columns.append(Column(id: .version, title: kind == .campaigns ? "SERVES" : "ON VERSION", width: 10, sort: nil))
        }
        columns += [
            Column(id: .created, title: "CREATED", width: 17, sort: .created),
            Column(id: .duration, title: "TOOK", width: 8, sort: .duration),
            Column(id: .detail, title: kind == .imageVersions || kind == .solutions ? "NOTE" : "FAILURE", width: 10, sort: nil),
        ]
        func total() -> Int { columns.reduce(0) { $0 + $1.width } + columns.count - 1 }
        for id in [Column.ID.detail, .duration, .version, .created] where total() > width {
            columns.removeAll { $0.id == id }
        }
        if let last = columns.indices.last, total() < width { columns[last].width += width - total() }
        if total() > width { columns[0].width = max(4, columns[0].width - (total() - width)) }
        if total() > width, columns.count > 1 { columns[1].width = max(4, columns[1].width - (total() - width)) }
        return columns
    }

    private func cell(_ id: Column.ID, _ row: ResourceRow, kind: ResourceKind, state: DashboardState) -> (String, CellStyle) {
        switch id {
        case .name: return (row.name, theme.text)
        case .status:
            let status = StatusKind(row.status)
            return ("\(status.glyph) \(row.status ?? "—")", theme.style(for: status))
        case .version:
            var version = row.solutionVersionArn
            if kind == .campaigns, case let .campaign(campaign)? = state.details.resources[row.arn] { version = campaign.solutionVersionArn }
            return (version.map(SolutionVersionName.versionId(fromArn:)) ?? "—", theme.text)
        case .created: return (row.created.map { time.moment($0, now: state.now) } ?? "—", theme.text)
        case .duration:
            guard let created = row.created else { return ("—", theme.dimText) }
            if row.isInFlight { return (TimeText.elapsed(state.now.timeIntervalSince(created)), theme.inProgress) }
            return ((row.updated.map { TimeText.duration($0.timeIntervalSince(created)) }) ?? "—", theme.text)
        case .detail:
            if let reason = row.failureReason, !reason.isEmpty { return (reason, theme.failed) }
            return (row.note ?? "—", theme.dimText)
        }
    }
}

/// Filter matches inside a drawn cell, highlighted in place.
enum RowHighlight {
    static func matches(of needle: String, in text: String, width: Int, row: Int, column: Int, screen: inout Screen, theme: Theme) {
        guard !needle.isEmpty else { return }
        let shown = TextWidth.fit(text, to: width)
        var searchStart = shown.startIndex
        while let range = shown.range(of: needle, options: .caseInsensitive, range: searchStart..<shown.endIndex), !range.isEmpty {
            let offset = TextWidth.of(String(shown[shown.startIndex..<range.lowerBound]))
            let length = TextWidth.of(String(shown[range]))
            let style = theme.match
            screen.restyle(row: row, column: column + offset, count: length) { cell in
                cell.foreground = style.foreground
                cell.bold = true
                cell.underline = true
            }
            searchStart = range.upperBound
        }
    }
}
