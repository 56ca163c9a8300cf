import Dashboard
import Foundation

/// What a click on a cell means: a row of the versions or of the lower pane (select it), a tab (show it).
public enum MouseTarget {
    public static func event(row: Int, column: Int, state: DashboardState, size: (rows: Int, columns: Int), at: Date) -> DashboardEvent? {
        guard state.navigation.overlay == nil, state.dialog == nil, state.navigation.picker == nil else { return nil }
        let layout = DashboardLayout(rows: size.rows, columns: size.columns)
        let firstVersionRow = layout.versionsTop + 2
        if (firstVersionRow..<layout.versionsBottom).contains(row) {
            return .rowClicked(.versions, index: state.versions.scrollTop + row - firstVersionRow, at: at)
        }
        guard let lower = layout.lower else { return nil }
        if row == lower.lowerBound, let pane = LowerPaneView.tab(atColumn: column) {
            return .paneClicked(pane, at: at)
        }
        let firstLowerRow = lower.lowerBound + 2
        if (firstLowerRow..<lower.upperBound).contains(row), let kind = state.navigation.lowerPane.kind {
            return .rowClicked(.lower, index: state.list(kind).scrollTop + row - firstLowerRow, at: at)
        }
        return nil
    }
}
