import Foundation

/// The command palette (`:`): its commands, completion and parsing. Pure.
public enum Palette {
    public struct Command: Equatable, Sendable {
        public var name: String
        public var argument: String?
        public var help: String
    }

    public static let commands: [Command] = [
        Command(name: "solution", argument: "NAME|ARN", help: "open a solution (no name: the picker)"),
        Command(name: "group", argument: nil, help: "pick a dataset group, then one of its solutions"),
        Command(name: "image", argument: "NAME", help: "list a SageMaker image's versions (no name: the picker)"),
        Command(name: "pane", argument: "NAME", help: "show a lower pane: " + LowerPane.allCases.map(\.rawValue).joined(separator: ", ")),
        Command(name: "region", argument: "NAME", help: "switch region (no name: the picker)"),
        Command(name: "profile", argument: "NAME", help: "switch AWS profile (no name: the picker)"),
        Command(name: "refresh", argument: "SECONDS", help: "refresh every SECONDS while anything is in flight (1-3600)"),
        Command(name: "pause", argument: nil, help: "pause or resume all polling"),
        Command(name: "help", argument: nil, help: "every key and command"),
        Command(name: "quit", argument: nil, help: "quit pdash"),
    ]

    /// Completions for what was typed: command names, then the command's arguments.
    public static func completions(for text: String, in state: DashboardState) -> [String] {
        let trimmed = text.drop { $0 == " " }
        guard let space = trimmed.firstIndex(of: " ") else {
            let prefix = trimmed.lowercased()
            return commands.map(\.name).filter { $0.hasPrefix(prefix) }
        }
        let name = trimmed[..<space].lowercased()
        let argument = trimmed[trimmed.index(after: space)...].trimmingCharacters(in: .whitespaces).lowercased()
        let candidates: [String]
        switch name {
        case "solution": candidates = state.list(.solutions).items.map(\.name)
        case "image": candidates = state.list(.images).items.map(\.name)
        case "pane": candidates = LowerPane.allCases.map(\.rawValue)
        case "region": candidates = state.navigation.availableRegions
        case "profile": candidates = state.navigation.availableProfiles
        default: candidates = []
        }
        return candidates.filter { $0.lowercased().hasPrefix(argument) }.map { "\(name) \($0)" }
    }

    /// A palette line, parsed.
    public enum Parsed: Equatable, Sendable {
        case run(name: String, argument: String?)
        case unknown(String)
        case empty
    }

    public static func parse(_ text: String) -> Parsed {
        let words = text.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = words.first?.lowercased(), !first.isEmpty else { return .empty }
        // A unique prefix is enough (`:reg eu-west-1`).
        let matches = commands.filter { $0.name.hasPrefix(first) }
        guard let command = matches.first(where: { $0.name == first }) ?? (matches.count == 1 ? matches[0] : nil) else {
            return .unknown(first)
        }
        let argument = words.count > 1 && !words[1].isEmpty ? words[1] : nil
        return .run(name: command.name, argument: argument)
    }
}
