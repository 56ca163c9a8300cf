import Foundation

/// What pdash remembers between runs so the next one opens where the last one left off.
public struct SessionMemory: Codable, Equatable, Sendable {
    /// The AWS profile in use.
    public var profile: String?
    /// The region in use.
    public var region: String?
    /// The solution that was open.
    public var solutionArn: String?
    /// The pane that was showing (a `StartPane` raw value, kept as text so an unknown pane never breaks loading).
    public var pane: String?
    /// When this was saved; set by the caller. Stored to whole seconds.
    public var savedAt: Date?

    /// Creates a memory; everything not given is unknown.
    public init(profile: String? = nil, region: String? = nil, solutionArn: String? = nil, pane: String? = nil, savedAt: Date? = nil) {
        self.profile = profile
        self.region = region
        self.solutionArn = solutionArn
        self.pane = pane
        self.savedAt = savedAt
    }
}
