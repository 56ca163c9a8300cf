/// An AWS shared config/credentials file, parsed by the AWS CLI's rules: `[section]` headers, `key = value`
/// or `key: value`, `#`/`;` comment lines, keys lower-cased, and nested blocks (`s3 =` followed by indented
/// `key = value` lines). Malformed input is an error that names the file and line.
public struct INIFile: Sendable, Equatable {
    /// A value: plain, or a nested block of sub-keys.
    public enum Value: Sendable, Equatable {
        case text(String)
        case nested([String: String])

        public var text: String? {
            if case let .text(value) = self { return value }
            return nil
        }
    }

    /// Sections in file order, values by lower-cased key.
    public private(set) var sections: [(name: String, values: [String: Value])] = []

    public static func == (lhs: INIFile, rhs: INIFile) -> Bool {
        lhs.sections.map(\.name) == rhs.sections.map(\.name) && zip(lhs.sections, rhs.sections).allSatisfy { $0.values == $1.values }
    }

    public func section(_ name: String) -> [String: Value]? {
        sections.first { $0.name == name }?.values
    }

    /// A line the parser could not accept.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file), line \(line): \(reason)" }
    }

    public init(parsing text: String, file: String) throws(ParseError) {
        var current: Int?
        var lastKey: String?
        var lastKeyIndent = 0
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingCharacters(in: Self.blanks)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]"), trimmed.count > 2 else {
                    throw ParseError(file: file, line: number, reason: "malformed section header '\(trimmed)'")
                }
                let name = String(trimmed.dropFirst().dropLast()).trimmingCharacters(in: Self.blanks)
                if sections.contains(where: { $0.name == name }) {
                    throw ParseError(file: file, line: number, reason: "section [\(name)] appears twice")
                }
                sections.append((name, [:]))
                current = sections.count - 1
                lastKey = nil
                continue
            }
            guard let index = current else {
                throw ParseError(file: file, line: number, reason: "'\(trimmed)' comes before any [section] header")
            }
            // An indented line continues the previous key: a nested block entry or a continuation of its value.
            if indent > lastKeyIndent, let key = lastKey {
                if case var .nested(block) = sections[index].values[key] ?? .text("") {
                    guard let (subKey, subValue) = Self.split(trimmed) else {
                        throw ParseError(file: file, line: number, reason: "expected 'key = value' in the nested '\(key)' block, found '\(trimmed)'")
                    }
                    block[subKey] = subValue
                    sections[index].values[key] = .nested(block)
                } else if case let .text(existing) = sections[index].values[key] ?? .text(""), existing.isEmpty,
                          let (subKey, subValue) = Self.split(trimmed) {
                    sections[index].values[key] = .nested([subKey: subValue])
                } else if case let .text(existing) = sections[index].values[key] ?? .text("") {
                    sections[index].values[key] = .text(existing.isEmpty ? trimmed : existing + "\n" + trimmed)
                }
                continue
            }
            guard let (key, value) = Self.split(trimmed) else {
                throw ParseError(file: file, line: number, reason: "expected 'key = value', found '\(trimmed)'")
            }
            sections[index].values[key] = .text(value)
            lastKey = key
            lastKeyIndent = indent
        }
    }

    static let blanks: Set<Character> = [" ", "\t"]

    /// `key = value` or `key: value` -> (lower-cased key, trimmed value); nil when there is no separator or key.
    static func split(_ line: String) -> (String, String)? {
        guard let separator = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else { return nil }
        let key = line[..<separator].trimmingCharacters(in: blanks).lowercased()
        guard !key.isEmpty else { return nil }
        let value = line[line.index(after: separator)...].trimmingCharacters(in: blanks)
        return (key, value)
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
