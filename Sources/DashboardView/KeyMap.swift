import Dashboard

/// A key as the view understands it, independent of ncurses codes.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end, enter, escape, tab, backTab, backspace
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
        case .backspace: return "⌫"
        case let .control(c): return "^" + String(c).uppercased()
        }
    }
}

/// Where a binding applies: the panes, a dialog, or a text line (palette, filter) where letters are typed.
public enum KeyContext: String, Sendable, Equatable, CaseIterable {
    case main, dialog, text
}

/// One row of the key table: which keys do what, and how the footer and help describe it.
public struct KeyBinding: Sendable, Equatable {
    public var keys: [Key]
    public var action: UserAction
    public var context: KeyContext
    /// Short label for the footer, e.g. "move".
    public var label: String
    /// A sentence for the help screen.
    public var help: String
    /// Shown in the footer (some bindings only appear in help).
    public var inFooter: Bool
    /// Mutates AWS resources: confirmed, and left out of the footer and help in --read-only.
    public var dangerous: Bool

    public init(keys: [Key], action: UserAction, context: KeyContext = .main, label: String, help: String,
                inFooter: Bool = true, dangerous: Bool = false) {
        self.keys = keys
        self.action = action
        self.context = context
        self.label = label
        self.help = help
        self.inFooter = inFooter
        self.dangerous = dangerous
    }
}
