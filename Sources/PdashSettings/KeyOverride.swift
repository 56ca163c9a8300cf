/// One `action = "key"` line of the `[keys]` table.
public struct KeyOverride: Equatable, Sendable {
    /// The action being rebound, one of the names the caller passed as known actions.
    public var action: String
    /// The key it is bound to.
    public var spec: KeySpec
    /// The line in the config file, for pointing at conflicts the caller finds later.
    public var line: Int

    /// Creates a binding of `action` to `spec`, set on `line`.
    public init(action: String, spec: KeySpec, line: Int) {
        self.action = action
        self.spec = spec
        self.line = line
    }

    /// The key in its normal spelling (`"T"`, `"enter"`, `"ctrl-x"`).
    public var key: String { spec.text }
}
