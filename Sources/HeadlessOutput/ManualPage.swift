import DashboardView
import Foundation

/// A command as swift-argument-parser describes it with `--experimental-dump-help` (the members the manual uses).
public struct CommandHelp: Decodable, Sendable {
    public struct Argument: Decodable, Sendable {
        public struct Name: Decodable, Sendable {
            public var kind: String
            public var name: String
        }

        public var kind: String
        public var names: [Name]?
        public var valueName: String?
        public var abstract: String?
        public var discussion: String?
        public var defaultValue: String?
        public var allValues: [String]?
        public var isOptional: Bool
        public var shouldDisplay: Bool
    }

    public var commandName: String
    public var abstract: String?
    public var discussion: String?
    public var shouldDisplay: Bool?
    public var defaultSubcommand: String?
    public var arguments: [Argument]?
    public var subcommands: [CommandHelp]?

    /// The root command of a `--experimental-dump-help` document.
    public static func decodeDump(_ data: Data) throws -> CommandHelp {
        struct Dump: Decodable { var command: CommandHelp }
        return try JSONDecoder().decode(Dump.self, from: data).command
    }
}

/// pdash's man page (man(7) macros), generated from the commands' definitions and the key table, so it is
/// always what the binary accepts. Options shared by every command that connects to AWS are listed once.
public struct ManualPage {
    public var root: CommandHelp
    public var version: String
    public var date: String
    /// FILES, ENVIRONMENT, EXIT STATUS and the like: (title, paragraphs), written by the caller.
    public var extraSections: [(title: String, entries: [(term: String, text: String)])]

    public init(root: CommandHelp, version: String, date: String, extraSections: [(title: String, entries: [(term: String, text: String)])]) {
        self.root = root
        self.version = version
        self.date = date
        self.extraSections = extraSections
    }

    var commands: [CommandHelp] {
        (root.subcommands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }
    }

    /// Options (by their long name) that every command with a `--region` has: listed once as CONNECTION OPTIONS.
    var sharedOptionNames: Set<String> {
        let connecting = commands.filter { command in (command.arguments ?? []).contains { Self.longName($0) == "region" } }
        guard var shared = connecting.first.map({ Set(($0.arguments ?? []).compactMap(Self.longName)) }) else { return [] }
        for command in connecting.dropFirst() { shared.formIntersection(Set((command.arguments ?? []).compactMap(Self.longName))) }
        shared.remove("help")
        return shared
    }

    public func render() -> String {
        var out = ".TH PDASH 1 \(Self.quoted(date)) \(Self.quoted("pdash " + version)) \"User Commands\"\n"
        out += ".SH NAME\npdash \\- \(Self.text(root.abstract ?? ""))\n"
        out += ".SH SYNOPSIS\n"
        out += ".B pdash\n[\\fIOPTIONS\\fR]\n.br\n"
        for command in commands {
            out += ".B pdash \(Self.text(command.commandName))\n"
            out += positionals(command).map { "\\fI\(Self.text($0.valueName ?? "value"))\\fR\n" }.joined()
            out += "[\\fIOPTIONS\\fR]\n.br\n"
        }
        out += ".SH DESCRIPTION\n" + paragraphs(root.abstract.map { $0 + "\n" + (root.discussion ?? "") } ?? "")
        out += ".SH COMMANDS\n"
        let shared = sharedOptionNames
        for command in commands {
            out += ".SS \(Self.quoted("pdash " + command.commandName + (isDefault(command) ? " (or plain pdash)" : "")))\n"
            out += paragraphs((command.abstract ?? "") + "\n" + (command.discussion ?? ""))
            for argument in positionals(command) {
                out += ".TP\n\\fI\(Self.text(argument.valueName ?? "value"))\\fR\n\(Self.text(describe(argument)))\n"
            }
            out += options(command.arguments ?? [], excluding: shared)
            if !shared.isEmpty, (command.arguments ?? []).contains(where: { Self.longName($0) == "region" }) {
                out += ".PP\nAnd the CONNECTION OPTIONS below.\n"
            }
        }
        if let first = commands.first(where: { ($0.arguments ?? []).contains { Self.longName($0) == "region" } }) {
            out += ".SH CONNECTION OPTIONS\n"
            out += options((first.arguments ?? []).filter { Self.longName($0).map(shared.contains) ?? false }, excluding: [])
        }
        out += ".SH KEYS\nIn the dashboard (\\fB?\\fR shows the same list):\n"
        for section in KeyReference.sections() {
            out += ".SS \(Self.quoted(section.title))\n"
            for row in section.rows { out += ".TP\n.B \(Self.quoted(row.keys))\n\(Self.text(row.help))\n" }
        }
        for section in extraSections {
            out += ".SH \(Self.text(section.title.uppercased()))\n"
            for entry in section.entries {
                out += entry.term.isEmpty ? ".PP\n\(Self.text(entry.text))\n" : ".TP\n.B \(Self.quoted(entry.term))\n\(Self.text(entry.text))\n"
            }
        }
        return out
    }

    /// The command plain `pdash` runs: the default subcommand, or the one whose options are the root's own.
    private func isDefault(_ command: CommandHelp) -> Bool {
        if command.commandName == root.defaultSubcommand { return true }
        let rootOptions = Set((root.arguments ?? []).compactMap(Self.longName))
        return rootOptions.count > 2 && Set((command.arguments ?? []).compactMap(Self.longName)) == rootOptions
    }

    private func positionals(_ command: CommandHelp) -> [CommandHelp.Argument] {
        (command.arguments ?? []).filter { $0.kind == "positional" && $0.shouldDisplay }
    }

    private func options(_ arguments: [CommandHelp.Argument], excluding shared: Set<String>) -> String {
        var out = ""
        for argument in arguments where argument.kind != "positional" && argument.shouldDisplay {
            guard let long = Self.longName(argument), long != "help", long != "version", !shared.contains(long) else { continue }
            let names = (argument.names ?? []).map { ($0.kind == "long" ? "\\-\\-" : "\\-") + Self.text($0.name) }
            var term = "\\fB" + names.joined(separator: "\\fR, \\fB") + "\\fR"
            if argument.kind == "option" { term += " \\fI\(Self.text(argument.valueName ?? "value"))\\fR" }
            out += ".TP\n\(term)\n\(Self.text(describe(argument)))\n"
        }
        return out
    }

    private func describe(_ argument: CommandHelp.Argument) -> String {
        var text = argument.abstract ?? ""
        if let discussion = argument.discussion, !discussion.isEmpty { text += " " + discussion }
        if let values = argument.allValues, !values.isEmpty, !text.contains(values[0]) {
            text += " One of: " + values.joined(separator: ", ") + "."
        }
        if let value = argument.defaultValue, argument.kind == "option", !text.contains("default") {
            text += " Default: " + value + "."
        }
        return text
    }

    /// Discussion text: plain lines become filled paragraphs, indented lines (examples) stay as written.
    private func paragraphs(_ text: String) -> String {
        var out = "", inExample = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let isExample = line.hasPrefix("  ")
            if isExample != inExample { out += isExample ? ".PP\n.RS 4\n.nf\n" : ".fi\n.RE\n"; inExample = isExample }
            if isExample {
                out += Self.text(String(line.dropFirst(2))) + "\n"
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                out += ".PP\n" + Self.text(String(line)) + "\n"
            }
        }
        if inExample { out += ".fi\n.RE\n" }
        return out
    }

    static func longName(_ argument: CommandHelp.Argument) -> String? {
        argument.names?.first { $0.kind == "long" }?.name
    }

    /// Text safe in a roff line: backslashes and hyphens escaped, no line starting with a control character.
    static func text(_ raw: String) -> String {
        var out = raw.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            .replacingOccurrences(of: "\n", with: " ")
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        // Non-ASCII (arrows, ⌫) as named code points: any roff reads them without a preprocessor.
        guard out.unicodeScalars.contains(where: { !$0.isASCII }) else { return out }
        return out.unicodeScalars.map { scalar in
            scalar.isASCII ? String(scalar) : "\\[u" + String(repeating: "0", count: max(0, 4 - String(scalar.value, radix: 16).count))
                + String(scalar.value, radix: 16, uppercase: true) + "]"
        }.joined()
    }

    /// A macro argument: quoted, inner quotes doubled.
    static func quoted(_ raw: String) -> String {
        "\"" + text(raw).replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
