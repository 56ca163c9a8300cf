/// The contents of pdash's `config.toml`, validated. Every setting is optional.
///
/// ```toml
/// profile = "default"
/// region = "eu-west-1"
/// solution_arn = "arn:aws:personalize:eu-west-1:111122223333:solution/NAME"
/// read_only = false
/// theme = "auto"                 # auto | dark | light | mono
/// notifications = "bell"         # off | bell | desktop | both
/// price_per_training_hour = 0.24
/// pane = "versions"              # versions | segment-jobs | inference-jobs | campaigns | images | timeline
///
/// [refresh]
/// active = 5                     # seconds, 1...3600
/// idle = 60
///
/// [keys]
/// train = "T"                    # a character, a key name, or ctrl-LETTER
///
/// [profiles.prod]
/// read_only = true               # also region, solution_arn, price_per_training_hour, refresh_active, refresh_idle
/// ```
public struct PdashConfig: Equatable, Sendable {
    /// `profile`: the AWS profile to use when none is given on the command line.
    public var profile: String?
    /// `region`, such as `eu-west-1`.
    public var region: String?
    /// `solution_arn`: the Personalize solution to open.
    public var solutionArn: String?
    /// `read_only`: refuse actions that change anything, for every profile that does not say otherwise.
    public var readOnly: Bool?
    /// `theme`.
    public var theme: ThemeSetting?
    /// `notifications`.
    public var notifications: NotificationSetting?
    /// `price_per_training_hour`, in USD, for cost estimates.
    public var pricePerTrainingHour: Double?
    /// `pane`: the pane to open on.
    public var pane: StartPane?
    /// `[refresh] active`: seconds between refreshes while something is in progress.
    public var refreshActive: Double?
    /// `[refresh] idle`: seconds between refreshes while nothing is in progress.
    public var refreshIdle: Double?
    /// The `[keys]` table, in file order.
    public var keys: [KeyOverride]
    /// The `[profiles.NAME]` sections by profile name.
    public var profiles: [String: ProfileOverrides]

    /// Creates a config; with no arguments, the empty config (no file, or an empty one).
    public init(profile: String? = nil, region: String? = nil, solutionArn: String? = nil, readOnly: Bool? = nil,
                theme: ThemeSetting? = nil, notifications: NotificationSetting? = nil, pricePerTrainingHour: Double? = nil,
                pane: StartPane? = nil, refreshActive: Double? = nil, refreshIdle: Double? = nil,
                keys: [KeyOverride] = [], profiles: [String: ProfileOverrides] = [:]) {
        self.profile = profile
        self.region = region
        self.solutionArn = solutionArn
        self.readOnly = readOnly
        self.theme = theme
        self.notifications = notifications
        self.pricePerTrainingHour = pricePerTrainingHour
        self.pane = pane
        self.refreshActive = refreshActive
        self.refreshIdle = refreshIdle
        self.keys = keys
        self.profiles = profiles
    }

    /// The config with nothing set.
    public static let empty = PdashConfig()

    /// Parses and validates config text.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - file: The path to name in errors.
    ///   - knownActions: The action names the `[keys]` table may rebind.
    /// - Throws: The first problem in the file: a syntax error, unsupported TOML, an unknown key or table,
    ///   or a value of the wrong kind or out of range.
    public static func parse(_ text: String, file: String, knownActions: Set<String>) throws(ConfigError) -> PdashConfig {
        let document = try TOMLDocument.parse(text, file: file)
        return try ConfigValidator(file: file, knownActions: knownActions).config(from: document)
    }

    /// The settings for a profile: `profile` if given, else this config's `profile`, else `default`.
    ///
    /// Each setting of the profile's section wins over the global one. So `read_only = true` in a profile's section
    /// makes it read-only whatever the global setting, a global `read_only = true` covers every profile whose section
    /// does not say `read_only = false`, and with neither the profile is writable.
    public func effective(profile: String?) -> EffectiveSettings {
        let name = profile ?? self.profile ?? "default"
        let section = profiles[name] ?? ProfileOverrides()
        return EffectiveSettings(
            profile: name,
            readOnly: section.readOnly ?? readOnly ?? false,
            region: section.region ?? region,
            solutionArn: section.solutionArn ?? solutionArn,
            pricePerTrainingHour: section.pricePerTrainingHour ?? pricePerTrainingHour,
            refreshActive: section.refreshActive ?? refreshActive,
            refreshIdle: section.refreshIdle ?? refreshIdle,
            theme: theme, notifications: notifications, pane: pane)
    }
}
