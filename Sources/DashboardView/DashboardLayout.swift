/// Where each part of the main screen goes at a given terminal size: header, breadcrumb, the versions pane
/// above and the lower pane (jobs, campaigns, images, timeline) below, split by the height; status and footer.
public struct DashboardLayout: Sendable, Equatable {
    public var rows: Int
    public var columns: Int
    /// Box rows of the versions pane (top border, bottom border).
    public var versionsTop: Int
    public var versionsBottom: Int
    /// Box rows of the lower pane, absent on short terminals.
    public var lower: ClosedRange<Int>?
    public var statusRow: Int
    public var footerRow: Int

    /// Terminals at least this tall get the lower pane.
    public static let lowerMinimumRows = 18

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        footerRow = rows - 1
        statusRow = rows - 2
        versionsTop = 2
        let middle = statusRow - versionsTop
        if rows >= Self.lowerMinimumRows {
            // The versions get a little more than half; each box keeps at least 6 rows.
            let versionsHeight = max(6, min(middle - 6, (middle * 11) / 20))
            versionsBottom = versionsTop + versionsHeight - 1
            lower = (versionsBottom + 1)...(statusRow - 1)
        } else {
            lower = nil
            versionsBottom = statusRow - 1
        }
    }

    /// Visible rows of the versions list (inside the box, below the column titles).
    public var listRows: Int { max(versionsBottom - versionsTop - 2, 1) }

    /// Visible rows of the lower pane's list.
    public var lowerListRows: Int { lower.map { max($0.upperBound - $0.lowerBound - 2, 1) } ?? 1 }
}
