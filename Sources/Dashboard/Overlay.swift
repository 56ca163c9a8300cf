import Foundation

/// A screen or input line over the panes: the inspector, help, the command palette or the filter being typed.
public enum Overlay: Equatable, Sendable {
    /// Every field of one item; `scroll` is the first line shown.
    case inspector(InspectedItem, scroll: Int)
    case help(scroll: Int)
    /// `:` and what was typed after it; `selected` is the highlighted completion.
    case palette(text: String, selected: Int)
    /// `/` and the text typed so far (applied to the focused list as it is typed).
    case filter(text: String)

    /// Keys are text here (letters are typed, not dispatched).
    public var takesText: Bool {
        switch self {
        case .palette, .filter: return true
        case .inspector, .help: return false
        }
    }
}

/// What the inspector shows.
public enum InspectedItem: Equatable, Sendable {
    case version(arn: String)
    case resource(ResourceKind, arn: String)
}

/// A request for the terminal to put text on the clipboard (OSC 52); `sequence` tells a new request from the
/// one already carried out.
public struct ClipboardRequest: Equatable, Sendable {
    public var text: String
    public var sequence: Int

    public init(text: String, sequence: Int) {
        self.text = text
        self.sequence = sequence
    }
}
