import AWSServices
import Dashboard
import Foundation

/// The pane below the versions: tabs for batch segment jobs, batch inference jobs, campaigns, image versions
/// and the timeline; the list of the active tab with its phase (loading, failing, stale), sort and filter.
struct LowerPaneView {
    var theme: Theme
    var time: TimeText

    func draw(_ state: DashboardState, _ screen: inout Screen, top: Int, bottom: Int) {
        let pane = state.navigation.lowerPane
        let focused = state.navigation.focus == .lower
        Box.draw(&screen, top: top, bottom: bottom, title: "", theme: focused ? theme.withFocusBorder : theme)
        drawTabs(state, &screen, row: top)
        guard bottom - top >= 3 else { return }
        if let kind = pane.kind {
            ResourceListView(theme: theme, time: time).draw(state, kind: kind, focused: focused, &screen, top: top + 1, bottom: bottom - 1)
        } else {
            drawTimeline(state, &screen, top: top + 1, bottom: bottom - 1)
        }
    }

    /// "─ Segment jobs │ Inference jobs │ Campaigns │ Images │ Timeline ─ of 6a0b91de"
    private func drawTabs(_ state: DashboardState, _ screen: inout Screen, row: Int) {
        var x = 2
        let limit = screen.columns - 2
        for pane in LowerPane.allCases {
            let label = " \(Self.shortTitle(pane)) "
            guard x + TextWidth.of(label) < limit else { break }
            let style = pane == state.navigation.lowerPane ? theme.activeTab : theme.inactiveTab
            x += screen.put(label, row: row, column: x, style: style)
            x += screen.put("│", row: row, column: x, style: theme.border)
        }
        let scope = scopeText(state)
        if !scope.isEmpty, x + 2 < limit {
            screen.put(TextWidth.truncate(" " + scope + " ", to: limit - x - 1), row: row, column: x + 1, style: theme.dimText)
        }
    }

    private func scopeText(_ state: DashboardState) -> String {
        switch state.navigation.lowerPane {
        case .segmentJobs, .inferenceJobs:
            if state.navigation.jobScope == .allVersions { return "all versions · a: selected only" }
            return state.selectedArn.map { "of \(SolutionVersionName.versionId(fromArn: $0)) · a: all versions" } ?? ""
        case .campaigns: return state.solutionName.map { "of \($0)" } ?? ""
        case .imageVersions:
            guard let image = state.navigation.imageName else { return "i: pick an image" }
            let query = state.navigation.imageVersionQuery
            return "\(image) · \(query.sortBy.lowercased()) \(query.sortOrder == "ASCENDING" ? "▲" : "▼")"
        case .timeline: return "\(state.timeline.count) transition\(state.timeline.count == 1 ? "" : "s") this session"
        }
    }

    /// The tab drawn at this column of the tab row, if any (the same arithmetic as `drawTabs`).
    public static func tab(atColumn column: Int) -> LowerPane? {
        var x = 2
        for pane in LowerPane.allCases {
            let width = TextWidth.of(" \(shortTitle(pane)) ")
            if (x..<(x + width)).contains(column) { return pane }
            x += width + 1
        }
        return nil
    }

    static func shortTitle(_ pane: LowerPane) -> String {
        switch pane {
        case .segmentJobs: return "Segment jobs"
        case .inferenceJobs: return "Inference jobs"
        case .campaigns: return "Campaigns"
        case .imageVersions: return "Images"
        case .timeline: return "Timeline"
        }
    }

    /// Newest first: time, resource, from → to, the failure's first sentence.
    private func drawTimeline(_ state: DashboardState, _ screen: inout Screen, top: Int, bottom: Int) {
        let width = screen.columns - 4
        guard !state.timeline.isEmpty else {
            screen.put("No status changes seen yet this session; they appear here as they happen.", row: top, column: 2,
                       style: theme.dimText, limit: width)
            return
        }
        for (offset, entry) in state.timeline.reversed().prefix(bottom - top + 1).enumerated() {
            let row = top + offset
            var x = 2
            x += screen.put(TextWidth.fit(time.clock(entry.time), to: 9), row: row, column: x, style: theme.dimText)
            x += screen.put(TextWidth.fit(Self.resourceName(entry.arn), to: 26) + " ", row: row, column: x,
                            style: entry.byUser ? theme.breadcrumb : theme.text, limit: max(0, width + 2 - x))
            let from = entry.from.map { "\(StatusKind($0).glyph) \($0) → " } ?? "new → "
            x += screen.put(from, row: row, column: x, style: theme.dimText, limit: max(0, width + 2 - x))
            let kind = StatusKind(entry.to)
            x += screen.put("\(kind.glyph) \(entry.to)", row: row, column: x, style: theme.style(for: kind), limit: max(0, width + 2 - x))
            if let excerpt = entry.failureExcerpt, x + 3 < width {
                screen.put("  " + excerpt, row: row, column: x, style: theme.failed, limit: width + 2 - x)
            }
        }
    }

    /// `…/solution/NAME/ID` → `NAME/ID`; `…:batch-segment-job/NAME` → `NAME`.
    static func resourceName(_ arn: String) -> String {
        guard let resource = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).last else { return arn }
        let parts = resource.split(separator: "/")
        return parts.dropFirst().joined(separator: "/")
    }
}
