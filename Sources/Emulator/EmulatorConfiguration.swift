import Foundation

/// How an emulator runs: where it listens, whose signatures it accepts, and how fast its time runs.
public struct EmulatorConfiguration: Sendable {
    public static let demoAccessKeyId = "pdash-demo"
    public static let demoSecretAccessKey = "pdash-demo-secret"

    /// Bind address; loopback unless the user asks otherwise.
    public var host: String
    /// 0 picks a free ephemeral port.
    public var port: Int
    /// Secret access key by access key id.
    public var credentials: [String: String]
    /// Per-operation request rate limits; nil turns them off.
    public var rateLimits: RateLimits?
    /// Which account to start with: the demo data, or nothing at all.
    public var seed: Seed
    /// Adds a solution `benchmark` with this many versions (for benchmarks and paging tests).
    public var extraVersions: Int
    /// Makes generated ids and tokens reproducible.
    public var randomSeed: UInt64?
    /// Bearer tokens its SSO portal accepts, as if `aws sso login` had cached them.
    public var ssoTokens: Set<String>
    /// Above 1, the simulated training lifecycle runs that many times faster.
    public var timeScale: Double
    /// Where to keep state across restarts; nil keeps it in memory only.
    public var stateFile: String?
    /// Serves the test-only `/_emulator/` API (faults, clock, request counts, reset) to loopback clients.
    public var control: Bool
    /// The emulator's wall clock; tests inject their own.
    public var clock: @Sendable () -> Date

    public init(
        host: String = "127.0.0.1", port: Int = 0,
        credentials: [String: String] = [demoAccessKeyId: demoSecretAccessKey],
        timeScale: Double = 1, ssoTokens: Set<String> = ["pdash-demo-sso-token"], rateLimits: RateLimits? = nil,
        seed: Seed = .demo, extraVersions: Int = 0, randomSeed: UInt64? = nil, stateFile: String? = nil, control: Bool = false,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.stateFile = stateFile
        self.control = control
        self.rateLimits = rateLimits
        self.seed = seed
        self.extraVersions = extraVersions
        self.randomSeed = randomSeed
        self.ssoTokens = ssoTokens
        self.host = host
        self.port = port
        self.credentials = credentials
        self.timeScale = timeScale
        self.clock = clock
    }
}

/// The account an emulator starts with.
public enum Seed: String, Sendable, CaseIterable {
    case demo, empty
}
