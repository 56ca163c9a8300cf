/// Where each part of the main screen goes at a given terminal size.
public struct DashboardLayout: Sendable, Equatable {
    public var rows: Int
    public var columns: Int
    /// Box rows of the versions pane (top border, bottom border).
    public var versionsTop: Int
    public var versionsBottom: Int
    /// Box rows of the details pane, absent on short terminals.
    public var details: ClosedRange<Int>?
    public var statusRow: Int
    public var footerRow: Int

    /// Terminals at least this tall get the details pane.
    public static let detailsMinimumRows = 20
    public static let detailsHeight = 8

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        footerRow = rows - 1
        statusRow = rows - 2
        versionsTop = 2
        if rows >= Self.detailsMinimumRows {
            let detailsBottom = statusRow - 1
            details = (detailsBottom - Self.detailsHeight + 1)...detailsBottom
            versionsBottom = detailsBottom - Self.detailsHeight
        } else {
            details = nil
            versionsBottom = statusRow - 1
        }
    }

    /// Visible rows of the versions list (inside the box, below the column titles).
    public var listRows: Int { max(versionsBottom - versionsTop - 2, 1) }
}
