/// Splits a command line the way POSIX shells (and Python's `shlex.split`) do: whitespace separates words,
/// single quotes are literal, double quotes allow `\"` and `\\`, a backslash outside quotes escapes one character.
public enum ShellWords {
    public struct UnbalancedQuote: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String { "unbalanced quote in command line" }
    }

    public static func split(_ line: String) throws(UnbalancedQuote) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            switch character {
            case " ", "\t", "\n":
                if inWord { words.append(current); current = ""; inWord = false }
            case "'":
                inWord = true
                var closed = false
                while let next = iterator.next() {
                    if next == "'" { closed = true; break }
                    current.append(next)
                }
                if !closed { throw UnbalancedQuote() }
            case "\"":
                inWord = true
                var closed = false
                while let next = iterator.next() {
                    if next == "\"" { closed = true; break }
                    if next == "\\", let escaped = iterator.next() {
                        if escaped != "\"" && escaped != "\\" && escaped != "$" && escaped != "`" { current.append("\\") }
                        current.append(escaped)
                    } else {
                        current.append(next)
                    }
                }
                if !closed { throw UnbalancedQuote() }
            case "\\":
                inWord = true
                if let escaped = iterator.next() { current.append(escaped) }
            default:
                inWord = true
                current.append(character)
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
