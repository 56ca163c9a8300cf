/// Makes sense of an unquoted value token: `true`, `false`, integers and floats, and names the TOML forms pdash does not read.
enum TOMLBareValueParser {
    /// What an unquoted token turned out to be.
    enum Outcome: Equatable {
        case value(TOMLValue)
        /// Valid TOML that pdash does not read (dates, inf/nan, hex); the text names it.
        case unsupported(String)
        /// Not a value at all; the text says why.
        case invalid(String)
    }

    /// Classifies one token made of letters, digits and `_ - + . :`.
    static func parse(_ token: String) -> Outcome {
        switch token {
        case "true": return .value(.boolean(true))
        case "false": return .value(.boolean(false))
        default: break
        }
        let unsigned = token.first == "+" || token.first == "-" ? String(token.dropFirst()) : token
        if unsigned == "inf" || unsigned == "nan" { return .unsupported("inf and nan") }
        if looksLikeDateOrTime(token) { return .unsupported("dates and times") }
        if unsigned.hasPrefix("0x") || unsigned.hasPrefix("0o") || unsigned.hasPrefix("0b") {
            return .unsupported("hexadecimal, octal and binary integers")
        }
        if let number = number(token) { return number }
        if token.allSatisfy({ $0.isLetter || $0 == "_" || $0 == "-" }) {
            return .invalid("invalid value '\(token)': strings must be quoted, like \"\(token)\"")
        }
        return .invalid("invalid number '\(token)'")
    }

    private static func looksLikeDateOrTime(_ token: String) -> Bool {
        if token.contains(":") { return true }
        let characters = Array(token)
        return characters.count >= 5 && characters[0..<4].allSatisfy(\.isASCIIDigit) && characters[4] == "-"
    }

    /// An integer or float following TOML's rules (underscores only between digits, no leading zeros), or nil.
    private static func number(_ token: String) -> Outcome? {
        var body = Substring(token)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        var mantissa = body
        var exponent: Substring?
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = body[..<e]
            exponent = body[body.index(after: e)...]
        }
        var integerPart = mantissa
        var fraction: Substring?
        if let dot = mantissa.firstIndex(of: ".") {
            integerPart = mantissa[..<dot]
            fraction = mantissa[mantissa.index(after: dot)...]
        }
        guard isDigitGroup(integerPart) else { return nil }
        if integerPart.count > 1 && integerPart.first == "0" { return .invalid("invalid number '\(token)': leading zeros are not allowed") }
        if let fraction, !isDigitGroup(fraction) { return nil }
        if var exponent {
            if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
            guard isDigitGroup(exponent) else { return nil }
        }
        let plain = token.filter { $0 != "_" }
        if fraction == nil && exponent == nil {
            guard let integer = Int(plain) else { return .invalid("integer '\(token)' is out of range") }
            return .value(.integer(integer))
        }
        guard let float = Double(plain), float.isFinite else { return .invalid("float '\(token)' is out of range") }
        return .value(.float(float))
    }

    /// Digits with single underscores between them.
    private static func isDigitGroup(_ text: Substring) -> Bool {
        guard let first = text.first, let last = text.last, first.isASCIIDigit, last.isASCIIDigit else { return false }
        return !text.contains("__") && text.allSatisfy { $0.isASCIIDigit || $0 == "_" }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
