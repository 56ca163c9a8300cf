/// A bordered box with a title in its top edge.
enum Box {
    static func draw(_ screen: inout Screen, top: Int, bottom: Int, title: String, theme: Theme) {
        let width = screen.columns
        guard bottom > top, width >= 4 else { return }
        screen.put("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: 0, style: theme.border)
        screen.put(title, row: top, column: 2, style: theme.title, limit: width - 4)
        for row in (top + 1)..<bottom {
            screen.put("│", row: row, column: 0, style: theme.border)
            screen.put("│", row: row, column: width - 1, style: theme.border)
        }
        screen.put("└" + String(repeating: "─", count: width - 2) + "┘", row: bottom, column: 0, style: theme.border)
    }
}
