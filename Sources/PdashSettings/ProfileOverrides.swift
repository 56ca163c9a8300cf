/// The settings of one `[profiles.NAME]` section; each one set there replaces the global value for that profile.
public struct ProfileOverrides: Equatable, Sendable {
    /// `read_only`: true makes the profile read-only even when the global setting is false, and false lifts a global true.
    public var readOnly: Bool?
    /// `region`, such as `us-east-1`.
    public var region: String?
    /// `solution_arn`: the Personalize solution to open.
    public var solutionArn: String?
    /// `price_per_training_hour`, in USD.
    public var pricePerTrainingHour: Double?
    /// `refresh_active`: seconds between refreshes while something is in progress.
    public var refreshActive: Double?
    /// `refresh_idle`: seconds between refreshes while nothing is in progress.
    public var refreshIdle: Double?

    /// Creates overrides; every setting left nil falls back to the global one.
    public init(readOnly: Bool? = nil, region: String? = nil, solutionArn: String? = nil,
                pricePerTrainingHour: Double? = nil, refreshActive: Double? = nil, refreshIdle: Double? = nil) {
        self.readOnly = readOnly
        self.region = region
        self.solutionArn = solutionArn
        self.pricePerTrainingHour = pricePerTrainingHour
        self.refreshActive = refreshActive
        self.refreshIdle = refreshIdle
    }
}
