/// Colours the view may ask for; the terminal maps them to its palette.
public enum ThemeColor: UInt8, Sendable, Hashable, CaseIterable {
    case standard, black, red, green, yellow, blue, magenta, cyan, white, grey
}

/// How a cell is drawn.
public struct CellStyle: Sendable, Hashable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var bold: Bool
    public var reverse: Bool
    public var dim: Bool
    public var underline: Bool

    public init(foreground: ThemeColor = .standard, background: ThemeColor = .standard, bold: Bool = false,
                reverse: Bool = false, dim: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
    }

    public static let plain = CellStyle()
}

/// One terminal cell. A wide character occupies its cell and the next, which holds an empty `text`.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var style: CellStyle

    public init(text: String, style: CellStyle) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell(text: " ", style: .plain)
    /// True for the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
}

/// A grid of cells: what the terminal should show. Built by the view, diffed and drawn by the terminal.
public struct Screen: Sendable, Equatable {
    public let rows: Int
    public let columns: Int
    public private(set) var cells: [Cell]
    /// The terminal window title.
    public var title: String = ""
    /// The scroll position the inspector or help was drawn at, clamped to its content (the loop reports it back
    /// so that scrolling up after End starts from the last line, not from far below it).
    public var scrollPosition: Int?

    public init(rows: Int, columns: Int) {
        self.rows = max(rows, 0)
        self.columns = max(columns, 0)
        self.cells = Array(repeating: .blank, count: self.rows * self.columns)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * columns + column]
    }

    /// Writes `text` from (row, column), clipped to `limit` columns (default: to the edge). Returns columns used.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < rows, column < columns else { return 0 }
        let end = min(columns, column + (limit ?? columns))
        var x = column
        for character in TextWidth.sanitize(text) {
            let width = TextWidth.of(character)
            if width == 0 { continue }
            if x + width > end { break }
            if x >= 0 {
                clearWide(row: row, column: x)
                cells[row * columns + x] = Cell(text: String(character), style: style)
                if width == 2 {
                    clearWide(row: row, column: x + 1)
                    cells[row * columns + x + 1] = Cell(text: "", style: style)
                }
            }
            x += width
        }
        return x - column
    }

    /// Fills `count` cells of a row with a character and style.
    public mutating func fill(row: Int, column: Int, count: Int, text: String = " ", style: CellStyle = .plain) {
        let start = max(column, 0), stop = min(columns, column + count)
        guard row >= 0, row < rows, start < stop else { return }
        for x in start..<stop {
            clearWide(row: row, column: x)
            cells[row * columns + x] = Cell(text: text, style: style)
        }
    }

    /// Restyles existing cells without changing their text.
    public mutating func restyle(row: Int, column: Int, count: Int, _ change: (inout CellStyle) -> Void) {
        let start = max(column, 0), stop = min(columns, column + count)
        guard row >= 0, row < rows, start < stop else { return }
        for x in start..<stop {
            change(&cells[row * columns + x].style)
        }
    }

    /// Overwriting half of a wide character blanks its other half, so no half-glyph is ever left behind.
    private mutating func clearWide(row: Int, column: Int) {
        let index = row * columns + column
        if cells[index].isContinuation, column > 0 {
            cells[index - 1] = Cell(text: " ", style: cells[index - 1].style)
        } else if column + 1 < columns, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
        }
    }

    /// The screen as plain text, one line per row, trailing spaces removed: what tests compare.
    public var text: String {
        (0..<rows).map { row in
            var line = ""
            for column in 0..<columns { line += self[row, column].text }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
