/// One line of the inspector: styled pieces of text, drawn left to right. Its display width never exceeds the
/// width the inspector was asked for.
public struct InspectorLine: Equatable, Sendable {
    /// A run of text in one style.
    public struct Segment: Equatable, Sendable {
        public var text: String
        public var style: CellStyle

        public init(_ text: String, style: CellStyle) {
            self.text = text
            self.style = style
        }
    }

    public var segments: [Segment]

    public init(_ segments: [Segment] = []) {
        self.segments = segments
    }

    /// A line in a single style.
    public init(_ text: String, style: CellStyle) {
        self.segments = text.isEmpty ? [] : [Segment(text, style: style)]
    }

    /// The text without styles.
    public var text: String { segments.map(\.text).joined() }

    /// Display width in terminal columns.
    public var width: Int { segments.reduce(0) { $0 + TextWidth.of($1.text) } }

    /// Appends a segment (empty text is skipped).
    mutating func append(_ text: String, style: CellStyle) {
        guard !text.isEmpty else { return }
        segments.append(Segment(text, style: style))
    }
}
