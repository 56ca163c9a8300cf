import Foundation

/// Everything behind the HTTP server, wired from a configuration: the world (from the state file or the seed),
/// credentials, clock, services, control API.
struct EmulatorParts: Sendable {
    var responder: EmulatorResponder
    var stateFile: StateFile?

    init(_ configuration: EmulatorConfiguration) throws {
        let seed: @Sendable (Date) -> EmulatorWorld = { start in
            var world = configuration.seed == .empty ? DemoSeed.empty() : DemoSeed.world(start: start, timeScale: configuration.timeScale)
            DemoSeed.addBenchmarkSolution(to: &world, versions: configuration.extraVersions, start: start)
            return world
        }
        // Whole milliseconds, like the timestamps the real service returns.
        let start = Date(timeIntervalSince1970: (configuration.clock().timeIntervalSince1970 * 1000).rounded(.down) / 1000)
        var keyGenerator = SeededGenerator(seed: configuration.randomSeed)
        let freshKey = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &keyGenerator) }
        let stateFile = try configuration.stateFile.map { path throws(StateFileError) in
            try StateFile(path: path) {
                EmulatorState(world: seed(start), temporaryCredentials: [:], tokenKey: freshKey, clock: EmulatorClock.Setting())
            }
        }
        let saved = stateFile?.state
        let world = saved?.world ?? seed(start)
        let tokens = PageTokenCodec(key: saved?.tokenKey ?? freshKey)
        let clock = EmulatorClock(wall: configuration.clock, setting: saved?.clock ?? EmulatorClock.Setting())
        let credentials = CredentialStore(longTerm: configuration.credentials, accountId: world.accountId, stateFile: stateFile)
        let worldStore = WorldStore(world, timeScale: configuration.timeScale, randomSeed: configuration.randomSeed, stateFile: stateFile)
        let faults = FaultInjector()
        let counter = RequestCounter()
        let control = configuration.control
            ? ControlService(faults: faults, counter: counter, clock: clock, world: worldStore, credentials: credentials,
                             stateFile: stateFile, seed: seed)
            : nil
        responder = EmulatorResponder(
            authenticator: RequestAuthenticator(store: credentials),
            personalize: PersonalizeService(store: worldStore, tokens: tokens),
            sagemaker: SageMakerService(store: worldStore, tokens: tokens),
            sts: STSService(store: credentials),
            sso: SSOPortalService(store: credentials, tokens: configuration.ssoTokens),
            limiter: configuration.rateLimits.map(RateLimiter.init),
            clock: clock, counter: counter, faults: faults, control: control)
        self.stateFile = stateFile
    }
}
