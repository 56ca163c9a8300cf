/// The settings in force for one profile: its `[profiles.NAME]` section laid over the global ones.
///
/// Anything still nil was set nowhere; the caller applies its own default (or a command-line flag) then.
public struct EffectiveSettings: Equatable, Sendable {
    /// The profile these settings are for.
    public var profile: String
    /// Whether actions that change anything are refused. False unless the config says otherwise.
    public var readOnly: Bool
    /// The AWS region, such as `eu-west-1`.
    public var region: String?
    /// The Personalize solution to open.
    public var solutionArn: String?
    /// USD per training hour, for cost estimates.
    public var pricePerTrainingHour: Double?
    /// Seconds between refreshes while something is in progress.
    public var refreshActive: Double?
    /// Seconds between refreshes while nothing is in progress.
    public var refreshIdle: Double?
    /// The colour theme (global only).
    public var theme: ThemeSetting?
    /// How to announce finished work (global only).
    public var notifications: NotificationSetting?
    /// The pane to open on.
    public var pane: StartPane?

    /// Creates settings for `profile`; everything not given is unset (and `readOnly` false).
    public init(profile: String, readOnly: Bool = false, region: String? = nil, solutionArn: String? = nil,
                pricePerTrainingHour: Double? = nil, refreshActive: Double? = nil, refreshIdle: Double? = nil,
                theme: ThemeSetting? = nil, notifications: NotificationSetting? = nil, pane: StartPane? = nil) {
        self.profile = profile
        self.readOnly = readOnly
        self.region = region
        self.solutionArn = solutionArn
        self.pricePerTrainingHour = pricePerTrainingHour
        self.refreshActive = refreshActive
        self.refreshIdle = refreshIdle
        self.theme = theme
        self.notifications = notifications
        self.pane = pane
    }
}
