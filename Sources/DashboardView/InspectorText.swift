/// Builds the inspector's lines for one width: headings, aligned key–value fields and word-wrapped paragraphs.
/// Long values wrap by display width (an ARN or S3 path splits after a `/` or `:`) and are never cut;
/// every line it produces fits `width`.
struct InspectorText {
    /// A key and its value, or (with children) a heading over an indented group of fields.
    struct Field {
        var key: String
        var value: String
        var style: CellStyle
        var keyStyle: CellStyle?
        var children: [Field]

        init(_ key: String, _ value: String, style: CellStyle, keyStyle: CellStyle? = nil) {
            self.key = key
            self.value = value
            self.style = style
            self.keyStyle = keyStyle
            self.children = []
        }

        /// A group heading; nil when it has nothing to show.
        static func group(_ key: String, _ children: [Field]) -> Field? {
            guard !children.isEmpty else { return nil }
            var field = Field(key, "", style: .plain)
            field.children = children
            return field
        }

        var isGroup: Bool { !children.isEmpty }
    }

    /// Columns between a key and its value.
    static let gap = 2

    let width: Int
    let theme: Theme
    private(set) var lines: [InspectorLine] = []

    init(width: Int, theme: Theme) {
        self.width = max(width, 1)
        self.theme = theme
    }

    /// The lines, without a trailing blank one.
    var finished: [InspectorLine] {
        var result = lines
        while result.last?.segments.isEmpty == true { result.removeLast() }
        return result
    }

    /// Adds a line, cutting it at the width only as a last resort (callers wrap first).
    mutating func append(_ line: InspectorLine) {
        lines.append(line.width <= width ? line : Self.clip(line, to: width))
    }

    /// An empty line between sections (never two in a row, never first).
    mutating func blank() {
        guard let last = lines.last, !last.segments.isEmpty else { return }
        lines.append(InspectorLine())
    }

    /// A section heading, with a dim note after it when it fits on the same line (else wrapped below).
    mutating func heading(_ title: String, style: CellStyle, note: String? = nil) {
        var line = InspectorLine(TextWidth.truncate(title, to: width), style: style)
        guard let note, !note.isEmpty else { return append(line) }
        if line.width + 2 + TextWidth.of(note) <= width {
            line.append("  " + note, style: theme.dimText)
            append(line)
        } else {
            append(line)
            paragraph(note, style: theme.dimText, indent: 2)
        }
    }

    /// Text wrapped to the width at `indent`, in full (line breaks in the text are kept).
    mutating func paragraph(_ text: String, style: CellStyle, indent: Int = 0) {
        let indent = min(max(indent, 0), max(width - 2, 0))
        for part in Self.wrap(text, width: width - indent) {
            var line = InspectorLine(String(repeating: " ", count: indent), style: .plain)
            line.append(part, style: style)
            append(line)
        }
    }

    /// Fields at `indent`: the keys of one level share a column (capped at 2/5 of the width, a longer key gets a
    /// line of its own); groups are headed by their key and indented below it.
    mutating func fields(_ fields: [Field], indent: Int = 0) {
        let indent = min(max(indent, 0), max(width - 4, 0))
        let available = width - indent
        let widest = fields.filter { !$0.isGroup }.map { TextWidth.of($0.key) }.max() ?? 0
        let keyColumn = min(widest, max(4, available * 2 / 5))
        for field in fields {
            if field.isGroup {
                paragraph(field.key, style: field.keyStyle ?? theme.title, indent: indent)
                self.fields(field.children, indent: indent + 2)
            } else {
                leaf(field, indent: indent, keyColumn: keyColumn)
            }
        }
    }

    private mutating func leaf(_ field: Field, indent: Int, keyColumn: Int) {
        let keyStyle = field.keyStyle ?? theme.dimText
        let valueIndent = indent + keyColumn + Self.gap
        let valueWidth = max(width - valueIndent, 2)
        let empty = field.value.isEmpty
        let values = Self.wrap(empty ? "\"\"" : field.value, width: valueWidth)
        let valueStyle = empty ? theme.dimText : field.style
        var remaining = values[...]
        if TextWidth.of(field.key) <= keyColumn {
            var line = InspectorLine(String(repeating: " ", count: indent), style: .plain)
            line.append(field.key, style: keyStyle)
            let pad = keyColumn - TextWidth.of(field.key) + Self.gap
            line.append(String(repeating: " ", count: pad) + (remaining.popFirst() ?? ""), style: valueStyle)
            append(line)
        } else {
            paragraph(field.key, style: keyStyle, indent: indent)
        }
        for value in remaining {
            var line = InspectorLine(String(repeating: " ", count: valueIndent), style: .plain)
            line.append(value, style: valueStyle)
            append(line)
        }
    }

    /// Word-wraps by display width (see `InspectorWrap`); never returns an empty array.
    static func wrap(_ text: String, width: Int) -> [String] {
        InspectorWrap.lines(text, width: width)
    }

    /// Cuts a line to `width` columns segment by segment, never splitting a wide character.
    static func clip(_ line: InspectorLine, to width: Int) -> InspectorLine {
        var result = InspectorLine()
        var used = 0
        for segment in line.segments {
            let room = width - used
            guard room > 0 else { break }
            let text = TextWidth.of(segment.text) <= room ? segment.text : TextWidth.truncate(segment.text, to: room)
            result.append(text, style: segment.style)
            used += TextWidth.of(text)
        }
        return result
    }
}
