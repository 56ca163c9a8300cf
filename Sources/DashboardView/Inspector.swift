import Dashboard
import Foundation

/// The full-screen inspector: everything known about one solution version or one resource, in full, scrollable.
/// Pure: `lines` turns a state into styled lines for a width; `draw` puts a scrolled window of them on a screen.
public struct Inspector: Sendable {
    public var theme: Theme
    public var time: TimeText

    public init(theme: Theme = .standard, time: TimeText) {
        self.theme = theme
        self.time = time
    }

    /// The inspector's content as styled lines for a given width (pure; the caller scrolls). No line is wider
    /// than `width`; long values wrap instead of being cut.
    public func lines(_ state: DashboardState, subject: InspectorSubject, width: Int) -> [InspectorLine] {
        var text = InspectorText(width: width, theme: theme)
        switch subject {
        case let .version(arn):
            versionContent(state, arn: arn, into: &text)
        case let .resource(kind, arn):
            resourceContent(state, kind: kind, arn: arn, into: &text)
        }
        return text.finished
    }

    /// What the title bar names: "solution version 3f9a1c07", "batch segment job nightly-segments".
    public func title(_ state: DashboardState, subject: InspectorSubject) -> String {
        switch subject {
        case let .version(arn):
            return "solution version " + SolutionVersionName.versionId(fromArn: arn)
        case let .resource(kind, arn):
            let name = state.list(kind).items.first { $0.arn == arn }?.name ?? Self.lastPathComponent(arn)
            return Self.label(of: kind) + " " + name
        }
    }

    /// Draws it full-screen between `top` and `bottom` (inclusive rows) starting at line `scroll` (clamped); returns
    /// the clamped scroll so the caller can store it. Row `top` is a title bar with the scroll position
    /// ("lines 12–40 of 95"); arrows in the right margin say when there is more above or below.
    @discardableResult
    public func draw(_ state: DashboardState, subject: InspectorSubject, scroll: Int, into screen: inout Screen,
                     top: Int, bottom: Int) -> Int {
        let top = max(top, 0), bottom = min(bottom, screen.rows - 1)
        guard bottom >= top, screen.columns > 0 else { return 0 }
        let columns = screen.columns
        let content = lines(state, subject: subject, width: max(columns - 2, 1))
        let visible = bottom - top
        let first = Self.clampedScroll(scroll, lineCount: content.count, visibleRows: visible)
        let shown = content.isEmpty ? 0..<0 : first..<min(content.count, first + visible)

        screen.fill(row: top, column: 0, count: columns, style: theme.header)
        let position = " " + Self.position(shown, of: content.count) + " "
        let positionWidth = TextWidth.of(position)
        let titleRoom = positionWidth + 1 < columns ? columns - positionWidth - 1 : columns
        screen.put(TextWidth.truncate(" Inspector · " + title(state, subject: subject), to: titleRoom),
                   row: top, column: 0, style: theme.header)
        if titleRoom < columns { screen.put(position, row: top, column: columns - positionWidth, style: theme.headerDetail) }

        if visible > 0 {
            for row in (top + 1)...bottom { screen.fill(row: row, column: 0, count: columns) }
        }
        for (offset, index) in shown.enumerated() {
            var x = 1
            for segment in content[index].segments {
                x += screen.put(segment.text, row: top + 1 + offset, column: x, style: segment.style, limit: max(columns - 1 - x, 0))
            }
        }
        if columns >= 3, visible > 0 {
            if shown.lowerBound > 0 { screen.put("▲", row: top + 1, column: columns - 1, style: theme.dimText) }
            if shown.upperBound < content.count { screen.put("▼", row: bottom, column: columns - 1, style: theme.dimText) }
        }
        return first
    }

    /// `scroll` kept between the first line and the last full screen.
    public static func clampedScroll(_ scroll: Int, lineCount: Int, visibleRows: Int) -> Int {
        min(max(scroll, 0), max(lineCount - max(visibleRows, 0), 0))
    }

    /// "lines 12–40 of 95", or "95 lines" when they all show.
    static func position(_ shown: Range<Int>, of count: Int) -> String {
        if count == 0 { return "empty" }
        if shown.count >= count { return count == 1 ? "1 line" : "\(count) lines" }
        return "lines \(shown.lowerBound + 1)–\(shown.upperBound) of \(count)"
    }

    /// What a kind of resource is called in a title.
    static func label(of kind: ResourceKind) -> String {
        switch kind {
        case .datasetGroups: return "dataset group"
        case .solutions: return "solution"
        case .segmentJobs: return "batch segment job"
        case .inferenceJobs: return "batch inference job"
        case .campaigns: return "campaign"
        case .images: return "image"
        case .imageVersions: return "image version"
        case .profiles: return "profile"
        case .regions: return "region"
        }
    }

    static func lastPathComponent(_ arn: String) -> String {
        arn.split(separator: "/").last.map(String.init) ?? arn
    }
}
