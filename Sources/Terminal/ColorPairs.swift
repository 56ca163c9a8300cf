import CNcursesw
import DashboardView

/// Allocates ncurses colour pairs on demand for (foreground, background) combinations.
struct ColorPairs {
    private var pairs: [Int: Int16] = [:]
    private var next: Int16 = 1
    let enabled: Bool
    let colorCount: Int

    init(enabled: Bool, colorCount: Int) {
        self.enabled = enabled
        self.colorCount = colorCount
    }

    /// The pair for a style, and whether grey had to be faked with bold black.
    mutating func pair(for style: CellStyle) -> (pair: Int16, boldForGrey: Bool) {
        guard enabled else { return (0, false) }
        if style.foreground == .standard && style.background == .standard { return (0, false) }
        let key = Int(style.foreground.rawValue) << 8 | Int(style.background.rawValue)
        let greyFallback = style.foreground == .grey && colorCount < 16
        if let existing = pairs[key] { return (existing, greyFallback) }
        guard Int(next) < Int(pdash_color_pairs()) else { return (0, greyFallback) }
        let pair = next
        next += 1
        init_pair(pair, curses(style.foreground), curses(style.background))
        pairs[key] = pair
        return (pair, greyFallback)
    }

    private func curses(_ color: ThemeColor) -> Int16 {
        switch color {
        case .standard: return -1
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        case .grey: return colorCount >= 16 ? 8 : Int16(COLOR_BLACK)
        }
    }
}
