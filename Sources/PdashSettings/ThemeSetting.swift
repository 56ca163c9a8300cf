/// The `theme` setting: follow the terminal, or force a palette.
public enum ThemeSetting: String, CaseIterable, Sendable {
    case auto, dark, light, mono
}
