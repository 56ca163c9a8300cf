import DashboardView

/// What reading the keyboard produced.
public enum TerminalInput: Sendable, Equatable {
    case key(Key)
    case resized
    /// Ctrl-L: the user wants the whole screen redrawn.
    case redrawRequested
    case wheelUp, wheelDown
    /// A left click on this cell.
    case click(row: Int, column: Int)
}
