import CNcursesw
import DashboardView
import Foundation

/// The ncurses screen. Owns every ncurses call: use it from one thread only. Draws `Screen`s by diffing them
/// against what is already on the terminal, reads keys with a timeout, and always gives the terminal back.
public final class TerminalSession {
    private var drawn: Screen?
    private var colors: ColorPairs
    private var title = ""
    private var active = true

    /// False when the terminal has no colours or `monochrome` was asked for.
    public let supportsColor: Bool

    /// Puts the terminal in full-screen mode. Throws if stdin/stdout is not a usable terminal.
    public init(monochrome: Bool = false, mouse: Bool = true) throws {
        setlocale(LC_ALL, "")
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError("pdash's dashboard needs a terminal (stdin and stdout must be a TTY)")
        }
        guard initscr() != nil else { throw TerminalError("could not initialise the terminal (is TERM set?)") }
        // Without cursor addressing every row would pile up on the last line: refuse, and say what to do.
        guard pdash_can_address_cursor() != 0 else {
            endwin()
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            throw TerminalError("the terminal (TERM=\(term)) cannot move the cursor, which the dashboard needs; "
                + "set TERM to your terminal's type (e.g. xterm-256color) or use the headless commands (pdash list ...)")
        }
        TerminalSession.registerExitRestore()
        cbreak()
        noecho()
        nonl()
        keypad(pdash_stdscr(), true)
        intrflush(pdash_stdscr(), false)
        set_escdelay(25)
        curs_set(0)
        if mouse { pdash_enable_mouse() }
        var colorEnabled = false
        if has_colors() && !monochrome {
            start_color()
            use_default_colors()
            colorEnabled = true
        }
        colors = ColorPairs(enabled: colorEnabled, colorCount: Int(pdash_colors()))
        supportsColor = colorEnabled
        // Save the window title so it can be restored on exit (xterm title stack; ignored elsewhere).
        Self.writeRaw("\u{1b}[22;0t")
    }

    deinit {
        restore()
    }

    /// Current size in rows and columns.
    public var size: (rows: Int, columns: Int) {
        (Int(getmaxy(pdash_stdscr())), Int(getmaxx(pdash_stdscr())))
    }

    /// Waits up to `timeoutMilliseconds` for input; nil when nothing arrived.
    public func readInput(timeoutMilliseconds: Int32) -> TerminalInput? {
        wtimeout(pdash_stdscr(), timeoutMilliseconds)
        var character: wint_t = 0
        let result = pdash_get_wch(&character)
        if result == ERR { return nil }
        let code = Int32(bitPattern: character)
        if result == pdash_key_code_yes() {
            if code == pdash_key_resize() { return .resized }
            if code == pdash_key_mouse() {
                var row: Int32 = 0, column: Int32 = 0
                switch pdash_read_mouse(&row, &column) {
                case 1: return .wheelUp
                case 2: return .wheelDown
                case 3: return .click(row: Int(row), column: Int(column))
                default: return nil
                }
            }
            return KeyDecoder.functionKey(code).map(TerminalInput.key)
        }
        if code == 12 { return .redrawRequested }
        return KeyDecoder.character(code).map(TerminalInput.key)
    }

    /// True when the terminal has gone away (SSH connection dropped, tmux window killed): the kernel may not
    /// send us SIGHUP when our parent shell gets it, but the TTY reports the hang-up.
    public var isHungUp: Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Draws the cells that differ from the last frame; writes nothing when nothing changed.
    public func draw(_ screen: Screen) {
        let previous = (drawn?.rows == screen.rows && drawn?.columns == screen.columns) ? drawn : nil
        if previous == nil { werase(pdash_stdscr()) }
        var changed = false
        for row in 0..<screen.rows {
            for column in 0..<screen.columns {
                let cell = screen[row, column]
                if let previous, previous[row, column] == cell { continue }
                if cell.isContinuation { continue }
                put(cell, row: row, column: column)
                changed = true
            }
        }
        drawn = screen
        if changed || previous == nil {
            wnoutrefresh(pdash_stdscr())
            doupdate()
        }
        if screen.title != title {
            title = screen.title
            Self.writeRaw("\u{1b}]2;\(TextWidth.sanitize(title))\u{7}")
        }
    }

    /// Puts text on the clipboard of the terminal the user sits at (OSC 52; works over SSH and in tmux with
    /// `set-clipboard on`).
    public func copyToClipboard(_ text: String) {
        Self.writeRaw("\u{1b}]52;c;\(Data(text.utf8).base64EncodedString())\u{7}")
    }

    /// The terminal bell.
    public func bell() {
        Self.writeRaw("\u{7}")
    }

    /// A desktop notification: OSC 9 (iTerm2, Windows Terminal, kitty…) and OSC 777 (urxvt, VTE, foot…);
    /// terminals that know neither ignore both.
    public func notifyDesktop(title: String, body: String) {
        let clean = { (text: String) in TextWidth.sanitize(text).replacingOccurrences(of: ";", with: ",") }
        Self.writeRaw("\u{1b}]9;\(clean(title)): \(clean(body))\u{7}\u{1b}]777;notify;\(clean(title));\(clean(body))\u{7}")
    }

    /// Forgets what is on screen so the next `draw` repaints everything (Ctrl-L, resize).
    public func invalidate() {
        drawn = nil
        clearok(pdash_stdscr(), true)
    }

    /// Leaves full-screen mode and restores the terminal. Safe to call more than once.
    public func restore() {
        guard active else { return }
        active = false
        curs_set(1)
        endwin()
        Self.writeRaw("\u{1b}[23;0t")
    }

    private func put(_ cell: Cell, row: Int, column: Int) {
        var attributes = pdash_a_normal()
        let (pair, greyAsBold) = colors.pair(for: cell.style)
        if cell.style.bold || greyAsBold { attributes |= pdash_a_bold() }
        if cell.style.reverse { attributes |= pdash_a_reverse() }
        if cell.style.dim { attributes |= pdash_a_dim() }
        if cell.style.underline { attributes |= pdash_a_underline() }
        var wide: [wchar_t] = cell.text.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
        if wide.isEmpty { wide = [wchar_t(32)] }
        wide.append(0)
        _ = pdash_put_cell(Int32(row), Int32(column), wide, attributes, pair)
    }

    /// Writes bytes straight to the terminal (ncurses has flushed its own buffer by then).
    private static func writeRaw(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 { break }
            offset += written
        }
    }

    private static let exitRestoreRegistered = ExitRestoreFlag()

    /// If the process exits without `restore` (an uncaught path), endwin still runs.
    private static func registerExitRestore() {
        guard exitRestoreRegistered.claim() else { return }
        atexit {
            if isendwin() == false { endwin() }
        }
    }
}

/// The terminal could not be used.
public struct TerminalError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
