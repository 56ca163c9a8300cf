import Dashboard

/// The key table: the single source for dispatch, the footer hints and the help screen.
public struct KeyMap: Sendable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    private static func main(_ keys: [Key], _ action: UserAction, _ label: String, _ help: String,
                             footer: Bool = false, dangerous: Bool = false) -> KeyBinding {
        KeyBinding(keys: keys, action: action, label: label, help: help, inFooter: footer, dangerous: dangerous)
    }

    private static func c(_ text: Character) -> Key { .character(text) }

    public static let standard = KeyMap(bindings: [
        main([.up, c("k")], .moveUp, "up", "Select the previous row (scroll up in the inspector and help)"),
        main([.down, c("j")], .moveDown, "move", "Select the next row (scroll down in the inspector and help)", footer: true),
        main([.pageUp, .control("b")], .pageUp, "page up", "Up one page"),
        main([.pageDown, .control("f")], .pageDown, "page", "Down one page"),
        main([c("g"), .home], .moveToTop, "top", "First row"),
        main([c("G"), .end], .moveToBottom, "bottom", "Last row"),
        main([.left, c("h")], .previousPane, "prev tab", "Previous tab of the lower pane"),
        main([.right, c("l")], .nextPane, "tabs", "Next tab of the lower pane (jobs, inference, campaigns, images, timeline)", footer: true),
        main([.tab], .focusNext, "pane", "Move between the versions and the lower pane", footer: true),
        main([.backTab], .focusPrevious, "pane back", "Move between the panes the other way"),
        main([.enter], .choose, "inspect", "Inspect the selected item: every field, failureReason in full, metrics", footer: true),
        main([.escape], .back, "back", "Close the inspector, picker or help; clear the filter; focus the versions"),
        main([c("t")], .train, "train", "Train a new version of the solution (FULL or UPDATE, confirmed)", footer: true, dangerous: true),
        main([c("x")], .stop, "stop", "Stop the selected training (confirmed)", footer: true, dangerous: true),
        main([c("r")], .refresh, "refresh", "Refresh now"),
        main([c("p")], .togglePause, "pause", "Pause or resume all polling"),
        main([c("/")], .startFilter, "filter", "Filter the focused list as you type; Enter keeps it, Esc clears it", footer: true),
        main([c("f")], .cycleStatusFilter, "status", "Quick status filter: in flight, failed, settled, all"),
        main([c("F")], .clearFilter, "clear filter", "Show every row again"),
        main([c("s")], .cycleSort, "sort", "Sort by the next column (shown in the column header)", footer: true),
        main([c("S")], .reverseSort, "reverse", "Reverse the sort"),
        main([c(":")], .openPalette, "commands", "Command palette: :solution :image :pane :region :profile :refresh N :quit", footer: true),
        main([c("y")], .copyArn, "copy ARN", "Copy the selected item's ARN to the clipboard (OSC 52, works over SSH)"),
        main([c("o")], .copyConsoleURL, "console", "Copy the selected item's AWS console URL"),
        main([c("a")], .toggleJobScope, "all jobs", "Batch jobs of the selected version, or of every version of the solution"),
        main([c("b")], .openSolutions, "solutions", "Pick a solution"),
        main([c("d")], .openDatasetGroups, "groups", "Pick a dataset group, then one of its solutions"),
        main([c("i")], .openImages, "images", "Pick a SageMaker image and list its versions"),
        main([c("P")], .openProfiles, "profile", "Switch AWS profile"),
        main([c("R")], .openRegions, "region", "Switch region"),
        main([c("?")], .help, "help", "This help", footer: true),
        main([c("q"), .control("c")], .quit, "quit", "Quit pdash", footer: true),
        KeyBinding(keys: [c("y")], action: .answerYes, context: .dialog, label: "yes", help: "Answer yes"),
        KeyBinding(keys: [c("n")], action: .answerNo, context: .dialog, label: "no", help: "Answer no (the default)"),
        KeyBinding(keys: [.left, .right, .up, .down, .tab, c("h"), c("l")], action: .moveDown, context: .dialog, label: "choose",
                   help: "Move between the answers"),
        KeyBinding(keys: [.enter], action: .choose, context: .dialog, label: "answer", help: "Give the highlighted answer"),
        KeyBinding(keys: [.escape, c("q")], action: .back, context: .dialog, label: "cancel", help: "Cancel"),
        KeyBinding(keys: [.enter], action: .choose, context: .text, label: "run", help: "Run the command / keep the filter"),
        KeyBinding(keys: [.escape], action: .back, context: .text, label: "cancel", help: "Close the line (the filter is cleared)"),
        KeyBinding(keys: [.tab], action: .complete, context: .text, label: "complete", help: "Complete the highlighted suggestion"),
        KeyBinding(keys: [.backspace], action: .deleteBackward, context: .text, label: "erase", help: "Erase the last character"),
        KeyBinding(keys: [.up], action: .moveUp, context: .text, label: "prev", help: "Previous suggestion"),
        KeyBinding(keys: [.down], action: .moveDown, context: .text, label: "next", help: "Next suggestion"),
    ])

    /// The action bound to `key` in `context`, if any.
    public func action(for key: Key, in context: KeyContext = .main) -> UserAction? {
        bindings.first { $0.context == context && $0.keys.contains(key) }?.action
    }

    /// The bindings shown to the user: dangerous ones are left out in read-only mode.
    public func visible(readOnly: Bool, context: KeyContext = .main) -> [KeyBinding] {
        bindings.filter { $0.context == context && !(readOnly && $0.dangerous) }
    }

    /// Footer entries: ("↑↓/jk", "move"). Up and down share one hint.
    public func footerHints(readOnly: Bool = false) -> [(keys: String, label: String)] {
        visible(readOnly: readOnly).filter(\.inFooter).map { binding in
            if binding.action == .moveDown, let up = bindings.first(where: { $0.action == .moveUp && $0.context == .main }) {
                return ("↑↓/" + binding.keys.compactMap(Self.letter).joined() + up.keys.compactMap(Self.letter).joined(), binding.label)
            }
            if binding.action == .nextPane, let left = bindings.first(where: { $0.action == .previousPane && $0.context == .main }) {
                return ((left.keys.first?.label ?? "") + (binding.keys.first?.label ?? ""), binding.label)
            }
            return (binding.keys.first?.label ?? "", binding.label)
        }
    }

    /// The table with `action` bound to `key` alone (a key override from the config). The key is taken away
    /// from whatever had it in the same context, so no key ever does two things.
    public func rebinding(_ action: UserAction, to key: Key) -> KeyMap {
        guard let context = bindings.first(where: { $0.action == action })?.context else { return self }
        var bindings = self.bindings.map { binding in
            var binding = binding
            if binding.context == context { binding.keys.removeAll { $0 == key } }
            return binding
        }
        if let index = bindings.firstIndex(where: { $0.action == action && $0.context == context }) {
            bindings[index].keys = [key]
        }
        return KeyMap(bindings: bindings)
    }

    private static func letter(_ key: Key) -> String? {
        if case let .character(c) = key { return String(c) }
        return nil
    }
}
