/// A parsed TOML file in the subset pdash reads: tables of `key = value` entries, each remembering its line.
///
/// Supported: `#` comments, `key = value` with bare or quoted keys, `[table]` and dotted `[a."b c"]` headers,
/// basic and literal strings, integers, floats, booleans and one-line arrays. Anything else is an error
/// reading "unsupported TOML: ..." on the line where it appears.
struct TOMLDocument: Equatable, Sendable {
    /// One `key = value` line.
    struct Entry: Equatable, Sendable {
        var key: String
        var value: TOMLValue
        var line: Int
    }

    /// The root table or a table opened by a header, with its entries in file order.
    struct Table: Equatable, Sendable {
        /// The header's path; empty for the root table.
        var path: [String]
        /// The header's line; 0 for the root table.
        var line: Int
        var entries: [Entry]

        /// The entry for `key`, if the table has one.
        func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }
    }

    /// The root table first, then each table in the order its header appears.
    var tables: [Table]

    /// The table with exactly this path, if a header (or the root, for `[]`) defined it.
    func table(_ path: [String]) -> Table? { tables.first { $0.path == path } }

    /// Parses `text`, naming `file` in errors. Throws the first problem found.
    static func parse(_ text: String, file: String) throws(ConfigError) -> TOMLDocument {
        var document = TOMLDocument(tables: [Table(path: [], line: 0, entries: [])])
        var current = 0
        for (index, scalars) in lines(of: text).enumerated() {
            let line = index + 1
            var scanner = TOMLLineScanner(scalars, file: file, line: line)
            if scanner.isAtLineEnd { continue }
            scanner.skipWhitespace()
            if scanner.peek == "[" {
                let path = try scanner.readTableHeader()
                try document.checkNewTable(path, file: file, line: line)
                document.tables.append(Table(path: path, line: line, entries: []))
                current = document.tables.count - 1
            } else {
                let entry = try readEntry(&scanner, tablePath: document.tables[current].path)
                try document.checkNewEntry(entry, in: current, file: file)
                document.tables[current].entries.append(entry)
            }
        }
        return document
    }

    /// A key path written the way TOML would: bare parts as they are, others quoted (`profiles."my prof".region`).
    static func dottedName(_ path: [String]) -> String {
        path.map { part in
            let bare = !part.isEmpty && part.unicodeScalars.allSatisfy {
                ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
            }
            return bare ? part : TOMLValue.quoted(part)
        }.joined(separator: ".")
    }

    // MARK: - Private

    private static func lines(of text: String) -> [[Unicode.Scalar]] {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        return scalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? Array(line.dropLast()) : Array(line)
        }
    }

    private static func readEntry(_ scanner: inout TOMLLineScanner, tablePath: [String]) throws(ConfigError) -> Entry {
        let key = try scanner.readKey()
        do {
            try scanner.expect("=", otherwise: "expected '=' after the key")
            let value = try scanner.readValue()
            try scanner.expectLineEnd(after: "value")
            return Entry(key: key, value: value, line: scanner.line)
        } catch {
            var located = error
            located.key = dottedName(tablePath + [key])
            throw located
        }
    }

    private func checkNewTable(_ path: [String], file: String, line: Int) throws(ConfigError) {
        if let earlier = table(path) {
            throw ConfigError(file: file, line: line,
                              message: "duplicate table [\(Self.dottedName(path))] (first defined on line \(earlier.line))")
        }
        for depth in 0..<path.count {
            if let parent = table(Array(path[..<depth])), let clash = parent.entry(path[depth]) {
                throw ConfigError(file: file, line: line,
                                  message: "table [\(Self.dottedName(path))] clashes with key '\(Self.dottedName(parent.path + [clash.key]))' set on line \(clash.line)")
            }
        }
    }

    private func checkNewEntry(_ entry: Entry, in tableIndex: Int, file: String) throws(ConfigError) {
        let path = tables[tableIndex].path + [entry.key]
        if let earlier = tables[tableIndex].entry(entry.key) {
            throw ConfigError(file: file, line: entry.line, key: Self.dottedName(path),
                              message: "duplicate key (first set on line \(earlier.line))")
        }
        if let clash = tables.first(where: { $0.path.starts(with: path) }) {
            throw ConfigError(file: file, line: entry.line, key: Self.dottedName(path),
                              message: "key clashes with table [\(Self.dottedName(clash.path))] on line \(clash.line)")
        }
    }
}
