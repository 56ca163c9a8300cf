/// Word wrapping for the inspector, by display width. Unlike `TextWrap` it keeps the text's line breaks and each
/// line's leading indentation (continuation lines hang under it), and it breaks a word longer than a line after
/// a separator (`/`, `:`, `-`, …) where it can, so ARNs and S3 paths split at their natural joints. Nothing is
/// ever dropped, and a wide character is never split.
enum InspectorWrap {
    /// Characters after which a long word may break.
    static let joints: Set<Character> = ["/", ":", "-", "_", ".", ",", "=", "&", "?", "#", "@", ";", "|"]

    /// The lines of `text` at most `width` columns wide (at least 2), never empty.
    static func lines(_ text: String, width: Int) -> [String] {
        let width = max(width, 2)
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var result: [String] = []
        for paragraph in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
            result += wrapParagraph(TextWidth.sanitize(String(paragraph)), width: width)
        }
        while result.first == "" { result.removeFirst() }
        while result.last == "" { result.removeLast() }
        return result.isEmpty ? [""] : result
    }

    /// Markers of list items; the lines after an item's first hang under its text.
    static let bullets: Set<Character> = ["•", "-", "*", "·", "–", "‣", "◦"]

    /// One paragraph: its leading spaces indent every line (up to half the width), a list item's continuation
    /// lines hang under its text.
    private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        let leading = min(paragraph.prefix { $0 == " " }.count, width / 2)
        let body = paragraph.drop { $0 == " " }
        let isItem = body.count > 2 && bullets.contains(body[body.startIndex]) && body[body.index(after: body.startIndex)] == " "
        let hang = min(leading + (isItem ? 1 + TextWidth.of(body[body.startIndex]) : 0), width / 2)
        var lines: [String] = []
        var current = ""
        var room: Int { width - (lines.isEmpty ? leading : hang) }
        func flush() {
            if !current.isEmpty { lines.append(String(repeating: " ", count: lines.isEmpty ? leading : hang) + current) }
            current = ""
        }
        for word in paragraph.split(separator: " ").map(String.init) {
            let separator = current.isEmpty ? "" : " "
            if TextWidth.of(current) + TextWidth.of(separator) + TextWidth.of(word) <= room {
                current += separator + word
                continue
            }
            if TextWidth.of(word) <= room {
                flush()
                current = word
                continue
            }
            // Longer than a line: continue the current line with its pieces, then fill further lines.
            for (index, piece) in pieces(of: word).enumerated() {
                var rest = piece
                var join = index == 0 && !current.isEmpty ? " " : ""
                while !rest.isEmpty {
                    let free = room - TextWidth.of(current) - TextWidth.of(join)
                    if TextWidth.of(rest) <= free {
                        current += join + rest
                        break
                    }
                    if TextWidth.of(rest) <= room {
                        flush()
                        join = ""
                        continue
                    }
                    // Wider than any line: it is cut anyway, so the cut fills this line first.
                    let head = prefix(of: rest, width: free)
                    if head.isEmpty {
                        flush()
                        join = ""
                        if let first = rest.first, TextWidth.of(first) > room { current = String(first); rest.removeFirst() }
                        continue
                    }
                    current += join + head
                    rest.removeFirst(head.count)
                    flush()
                    join = ""
                }
            }
        }
        flush()
        return lines.isEmpty ? [""] : lines
    }

    /// A word cut after each joint.
    static func pieces(of word: String) -> [String] {
        var pieces: [String] = []
        var piece = ""
        for character in word {
            piece.append(character)
            if joints.contains(character) {
                pieces.append(piece)
                piece = ""
            }
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    /// The longest start of `text` at most `width` columns wide (never splitting a character).
    private static func prefix(of text: String, width: Int) -> String {
        var head = ""
        var used = 0
        for character in text {
            let columns = TextWidth.of(character)
            if used + columns > width { break }
            head.append(character)
            used += columns
        }
        return head
    }
}
