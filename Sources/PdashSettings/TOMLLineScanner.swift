/// Reads the pieces of one line of TOML: keys, table headers and values, left to right.
///
/// Every failure is a `ConfigError` on this scanner's line; callers add the key they were reading.
struct TOMLLineScanner {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private let file: String
    /// The 1-based line being read.
    let line: Int

    init(_ scalars: [Unicode.Scalar], file: String, line: Int) {
        self.scalars = scalars
        self.file = file
        self.line = line
    }

    /// True when only whitespace and perhaps a comment are left.
    var isAtLineEnd: Bool {
        var copy = self
        copy.skipWhitespace()
        return copy.peek == nil || copy.peek == "#"
    }

    /// The next character, without consuming it.
    var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    mutating func skipWhitespace() {
        while let next = peek, next == " " || next == "\t" { position += 1 }
    }

    /// Consumes `expected` after optional whitespace, or fails with `message`.
    mutating func expect(_ expected: Unicode.Scalar, otherwise message: String) throws(ConfigError) {
        skipWhitespace()
        guard peek == expected else { throw failure(message) }
        position += 1
    }

    /// Fails unless only whitespace and perhaps a comment are left.
    mutating func expectLineEnd(after what: String) throws(ConfigError) {
        guard isAtLineEnd else {
            skipWhitespace()
            throw failure("unexpected text after \(what): '\(rest)'")
        }
    }

    /// Reads one key: bare (`A-Za-z0-9_-`), "basic quoted" or 'literal quoted'. Dotted keys are rejected.
    mutating func readKey() throws(ConfigError) -> String {
        let key = try readKeyPart()
        skipWhitespace()
        if peek == "." { throw unsupported("dotted keys (put the key under a [table] header instead)") }
        return key
    }

    /// Reads `[a.b."c d"]` after the opening bracket has been seen but not consumed, up to the end of the line.
    mutating func readTableHeader() throws(ConfigError) -> [String] {
        position += 1
        if peek == "[" { throw unsupported("arrays of tables ([[...]])") }
        var path: [String] = []
        while true {
            skipWhitespace()
            path.append(try readKeyPart())
            skipWhitespace()
            if peek == "." {
                position += 1
            } else if peek == "]" {
                position += 1
                break
            } else {
                throw failure("invalid table header: expected '.' or ']'")
            }
        }
        try expectLineEnd(after: "table header")
        return path
    }

    /// Reads a value: a string, number, boolean or (unless `inArray`) a one-line array.
    mutating func readValue(inArray: Bool = false) throws(ConfigError) -> TOMLValue {
        skipWhitespace()
        switch peek {
        case nil, "#":
            throw failure("missing value")
        case "\"":
            if startsWith("\"\"\"") { throw unsupported("multi-line strings (\"\"\"...\"\"\")") }
            return .string(try readBasicString())
        case "'":
            if startsWith("'''") { throw unsupported("multi-line literal strings ('''...''')") }
            return .string(try readLiteralString())
        case "[":
            if inArray { throw unsupported("nested arrays") }
            return try readArray()
        case "{":
            throw unsupported("inline tables ({...})")
        default:
            return try readBareValue()
        }
    }

    // MARK: - Pieces

    private var rest: String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[position...])
        return text
    }

    private func startsWith(_ prefix: String) -> Bool {
        let wanted = Array(prefix.unicodeScalars)
        return scalars.count - position >= wanted.count && Array(scalars[position..<position + wanted.count]) == wanted
    }

    private static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": return true
        default: return false
        }
    }

    private static func isValueTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        isBareKeyScalar(scalar) || scalar == "." || scalar == "+" || scalar == ":"
    }

    private mutating func readKeyPart() throws(ConfigError) -> String {
        switch peek {
        case "\"": return try readBasicString()
        case "'": return try readLiteralString()
        default:
            let start = position
            while let next = peek, Self.isBareKeyScalar(next) { position += 1 }
            guard position > start else {
                throw failure(peek.map { "expected a key, found '\(Character($0))'" } ?? "expected a key")
            }
            return text(start..<position)
        }
    }

    private func text(_ range: Range<Int>) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[range])
        return result
    }

    private mutating func readLiteralString() throws(ConfigError) -> String {
        position += 1
        let start = position
        while let next = peek, next != "'" { position += 1 }
        guard peek == "'" else { throw failure("unterminated string") }
        let result = text(start..<position)
        position += 1
        return result
    }

    private mutating func readBasicString() throws(ConfigError) -> String {
        position += 1
        var result = ""
        while let next = peek {
            position += 1
            switch next {
            case "\"":
                return result
            case "\\":
                result.unicodeScalars.append(try readEscape())
            default:
                if next.value < 0x20 && next != "\t" || next.value == 0x7F {
                    throw failure("control character U+\(String(next.value, radix: 16, uppercase: true)) in string")
                }
                result.unicodeScalars.append(next)
            }
        }
        throw failure("unterminated string")
    }

    private mutating func readEscape() throws(ConfigError) -> Unicode.Scalar {
        guard let code = peek else { throw failure("unterminated string") }
        position += 1
        switch code {
        case "\"": return "\""
        case "\\": return "\\"
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "u": return try readUnicodeEscape(digits: 4)
        case "U": return try readUnicodeEscape(digits: 8)
        default: throw failure("invalid escape '\\\(Character(code))' in string")
        }
    }

    private mutating func readUnicodeEscape(digits: Int) throws(ConfigError) -> Unicode.Scalar {
        let end = position + digits
        guard end <= scalars.count, let value = UInt32(text(position..<end), radix: 16),
              !text(position..<end).contains(where: { $0 == "+" || $0 == "-" }),
              let scalar = Unicode.Scalar(value)
        else { throw failure("invalid unicode escape: expected \(digits) hex digits naming a valid character") }
        position = end
        return scalar
    }

    private mutating func readArray() throws(ConfigError) -> TOMLValue {
        position += 1
        var items: [TOMLValue] = []
        while true {
            skipWhitespace()
            if peek == nil || peek == "#" { throw unsupported("arrays must open and close on the same line") }
            if peek == "]" { break }
            items.append(try readValue(inArray: true))
            skipWhitespace()
            if peek == "," {
                position += 1
            } else if peek != "]" {
                if peek == nil || peek == "#" { throw unsupported("arrays must open and close on the same line") }
                throw failure("expected ',' or ']' in array")
            }
        }
        position += 1
        return .array(items)
    }

    private mutating func readBareValue() throws(ConfigError) -> TOMLValue {
        let start = position
        while let next = peek, Self.isValueTokenScalar(next) { position += 1 }
        let token = text(start..<position)
        guard !token.isEmpty else { throw failure("expected a value, found '\(rest)'") }
        switch TOMLBareValueParser.parse(token) {
        case let .value(value): return value
        case let .unsupported(what): throw unsupported(what)
        case let .invalid(reason): throw failure(reason)
        }
    }

    private func failure(_ message: String) -> ConfigError {
        ConfigError(file: file, line: line, message: message)
    }

    private func unsupported(_ what: String) -> ConfigError {
        failure("unsupported TOML: \(what)")
    }
}
