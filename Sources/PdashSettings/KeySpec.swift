/// A key a dashboard action can be bound to in the `[keys]` table.
///
/// Written as a single character (`"T"`, case kept), a key name (`up down left right pgup pgdn home end enter esc tab`,
/// any case) or `ctrl-LETTER` (any case).
public enum KeySpec: Hashable, Sendable {
    /// Keys with a name rather than a character.
    public enum NamedKey: String, CaseIterable, Sendable {
        case up, down, left, right, pgup, pgdn, home, end, enter, esc, tab
    }

    /// A printable character, as typed.
    case character(Character)
    /// A named key such as `enter` or `pgdn`.
    case named(NamedKey)
    /// Control plus a letter; the letter is lowercase.
    case control(Character)

    /// Reads a key spec, or nil when `text` is none of the accepted forms.
    public init?(parsing text: String) {
        let lowered = text.lowercased()
        if let named = NamedKey(rawValue: lowered) {
            self = .named(named)
        } else if lowered.hasPrefix("ctrl-"), lowered.count == 6, let letter = lowered.last,
                  letter.isASCII, letter.isLetter {
            self = .control(letter)
        } else if text.count == 1, let character = text.first, !character.isWhitespace,
                  !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            self = .character(character)
        } else {
            return nil
        }
    }

    /// The spec in its normal spelling: the character itself, the lowercase key name, or `ctrl-x`.
    public var text: String {
        switch self {
        case let .character(character): return String(character)
        case let .named(named): return named.rawValue
        case let .control(letter): return "ctrl-" + String(letter)
        }
    }

    /// What a key spec may be, for error messages.
    static let formsDescription = "a single character, one of "
        + NamedKey.allCases.map(\.rawValue).joined(separator: " ") + ", or ctrl-LETTER"
}
