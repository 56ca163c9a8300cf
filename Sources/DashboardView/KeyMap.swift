import Dashboard

/// A key as the view understands it, independent of ncurses codes.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end, enter, escape, tab, backTab
    case control(Character)

    /// How the key is written in hints and help.
    public var label: String {
        switch self {
        case let .character(c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case let .control(c): return "^" + String(c).uppercased()
        }
    }
}

/// One row of the key table: which keys do what, and how the footer and help describe it.
public struct KeyBinding: Sendable, Equatable {
    public var keys: [Key]
    public var action: UserAction
    /// Short label for the footer, e.g. "move".
    public var label: String
    /// A sentence for the help screen.
    public var help: String
    /// Shown in the footer (some bindings only appear in help).
    public var inFooter: Bool
    /// Mutates AWS resources: confirmed, and absent in --read-only.
    public var dangerous: Bool

    public init(keys: [Key], action: UserAction, label: String, help: String, inFooter: Bool = true, dangerous: Bool = false) {
        self.keys = keys
        self.action = action
        self.label = label
        self.help = help
        self.inFooter = inFooter
        self.dangerous = dangerous
    }
}

/// The key table: the single source for dispatch, footer hints and help.
public struct KeyMap: Sendable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    public static let standard = KeyMap(bindings: [
        KeyBinding(keys: [.up, .character("k")], action: .moveUp, label: "up", help: "Select the previous version", inFooter: false),
        KeyBinding(keys: [.down, .character("j")], action: .moveDown, label: "move", help: "Select the next version"),
        KeyBinding(keys: [.pageUp, .control("b")], action: .pageUp, label: "page up", help: "Scroll up one page", inFooter: false),
        KeyBinding(keys: [.pageDown, .control("f")], action: .pageDown, label: "page", help: "Scroll down one page"),
        KeyBinding(keys: [.character("g"), .home], action: .moveToTop, label: "top", help: "Jump to the newest version"),
        KeyBinding(keys: [.character("G"), .end], action: .moveToBottom, label: "bottom", help: "Jump to the oldest version"),
        KeyBinding(keys: [.character("r")], action: .refresh, label: "refresh", help: "Refresh now"),
        KeyBinding(keys: [.character("p")], action: .togglePause, label: "pause", help: "Pause or resume all polling"),
        KeyBinding(keys: [.character("s")], action: .openSolutions, label: "solutions", help: "Pick a solution", inFooter: false),
        KeyBinding(keys: [.character("d")], action: .openDatasetGroups, label: "dataset groups",
                   help: "Pick a dataset group, then one of its solutions", inFooter: false),
        KeyBinding(keys: [.character("i")], action: .openImages, label: "images", help: "Pick a SageMaker image to list its versions", inFooter: false),
        KeyBinding(keys: [.character("P")], action: .openProfiles, label: "profile", help: "Switch AWS profile", inFooter: false),
        KeyBinding(keys: [.character("R")], action: .openRegions, label: "region", help: "Switch region", inFooter: false),
        KeyBinding(keys: [.enter], action: .choose, label: "choose", help: "Choose the picker's row, or focus the lower pane", inFooter: false),
        KeyBinding(keys: [.escape], action: .back, label: "back", help: "Close the picker or dialog, clear the filter, or focus the versions", inFooter: false),
        KeyBinding(keys: [.tab], action: .focusNext, label: "pane", help: "Move between the versions and the lower pane", inFooter: false),
        KeyBinding(keys: [.character("]")], action: .nextPane, label: "next tab", help: "Next tab of the lower pane", inFooter: false),
        KeyBinding(keys: [.character("[")], action: .previousPane, label: "prev tab", help: "Previous tab of the lower pane", inFooter: false),
        KeyBinding(keys: [.character("a")], action: .toggleJobScope, label: "all jobs",
                   help: "Batch jobs of the selected version, or of every version of the solution", inFooter: false),
        KeyBinding(keys: [.character("o")], action: .cycleSort, label: "sort", help: "Sort by the next column", inFooter: false),
        KeyBinding(keys: [.character("O")], action: .reverseSort, label: "reverse", help: "Reverse the sort", inFooter: false),
        KeyBinding(keys: [.character("f")], action: .cycleStatusFilter, label: "status",
                   help: "Show only in-flight, failed or settled rows (cycles)", inFooter: false),
        KeyBinding(keys: [.character("F")], action: .clearFilter, label: "clear filter", help: "Show every row again", inFooter: false),
        KeyBinding(keys: [.character("q"), .control("c")], action: .quit, label: "quit", help: "Quit pdash"),
    ])

    /// The table with `action` bound to `key` alone (a key override from the config). The key is taken away
    /// from whatever had it, so no key ever does two things.
    public func rebinding(_ action: UserAction, to key: Key) -> KeyMap {
        var bindings = self.bindings.map { binding in
            var binding = binding
            binding.keys.removeAll { $0 == key }
            return binding
        }
        if let index = bindings.firstIndex(where: { $0.action == action }) {
            bindings[index].keys = [key]
        }
        return KeyMap(bindings: bindings)
    }

    /// The action bound to `key`, if any.
    public func action(for key: Key) -> UserAction? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// Footer entries: ("↑↓/jk", "move"). Up and down share one hint.
    public var footerHints: [(keys: String, label: String)] {
        bindings.filter(\.inFooter).map { binding in
            if binding.action == .moveDown,
               let up = bindings.first(where: { $0.action == .moveUp }) {
                return ("↑↓/" + binding.keys.compactMap(Self.letter).joined() + up.keys.compactMap(Self.letter).joined(), binding.label)
            }
            if binding.action == .pageDown, let up = bindings.first(where: { $0.action == .pageUp }) {
                return ((up.keys.first?.label ?? "") + "/" + (binding.keys.first?.label ?? ""), binding.label)
            }
            return (binding.keys.first?.label ?? "", binding.label)
        }
    }

    private static func letter(_ key: Key) -> String? {
        if case let .character(c) = key { return String(c) }
        return nil
    }
}
