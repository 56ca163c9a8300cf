import Dashboard

/// The key table as reference sections: the dashboard's keys, a dialog's, the text line's and the palette's
/// commands. The help screen, the README's key section and the man page are all made from it, so none of them
/// can drift from what the keys do.
public enum KeyReference {
    public struct Row: Sendable, Equatable {
        /// The keys, as shown: "↑ k", "PgUp ^B".
        public var keys: String
        public var help: String
    }

    public struct Section: Sendable, Equatable {
        public var title: String
        public var rows: [Row]
    }

    public static func sections(_ keyMap: KeyMap = .standard, readOnly: Bool = false) -> [Section] {
        func rows(_ context: KeyContext) -> [Row] {
            keyMap.visible(readOnly: readOnly, context: context).map { binding in
                Row(keys: binding.keys.map(\.label).joined(separator: " "), help: binding.help)
            }
        }
        let commands = Palette.commands.map { command in
            Row(keys: ":" + command.name + (command.argument.map { " " + $0 } ?? ""), help: command.help)
        }
        return [
            Section(title: "Keys", rows: rows(.main)),
            Section(title: "In a dialog", rows: rows(.dialog)),
            Section(title: "On the : and / lines", rows: rows(.text)),
            Section(title: "Commands (:)", rows: commands),
        ]
    }

    /// Markdown tables, one per section, for the README.
    public static func markdown(_ keyMap: KeyMap = .standard) -> String {
        sections(keyMap).map { section in
            let rows = section.rows.map { row in
                let keys = row.keys.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
                let code = section.title.hasPrefix("Commands") ? "`\(row.keys)`" : keys
                return "| \(code) | \(row.help.replacingOccurrences(of: "|", with: "\\|")) |"
            }
            return (["**\(section.title)**", "", "| Key | What it does |", "|---|---|"] + rows).joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }
}
