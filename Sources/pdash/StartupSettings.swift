import AWSCore
import Dashboard
import DashboardView
import Foundation
import PdashSettings

/// What `~/.config/pdash/config.toml` and the last session say, merged under the command line: flags first,
/// then the environment (AWS_PROFILE, AWS_REGION), then the config (its profile section over its globals),
/// then the last session, then the defaults.
struct StartupSettings {
    var config: PdashConfig
    /// The config as it applies to the chosen profile.
    var effective: EffectiveSettings
    /// The connection options with the config's / last session's profile and region filled in where the
    /// command line and the environment say nothing.
    var connection: ConnectionOptions
    var session: SessionMemory?
    /// Where the config was looked for, and whether it was there.
    var configPath: String
    var configFound: Bool
    var sessionFile: SessionFile
    /// Sessions of the demo and of real AWS are remembered apart.
    var scope: String

    static let knownActions = Set(UserAction.allCases.map(\.rawValue))

    /// Reads the config (exit 64 naming file, line and key when it is wrong) and the last session (ignored when
    /// unreadable: it must never stop the dashboard).
    static func load(_ options: ConnectionOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> StartupSettings {
        let explicit = options.config != nil
        let path = options.config ?? ConfigLocation.defaultPath(environment: environment)
        let config: PdashConfig
        do {
            config = try ConfigLocation.load(path: path, explicit: explicit, knownActions: knownActions)
        } catch {
            throw Output.fail("\(error)", code: ExitStatus.usage)
        }
        let scope = options.demo ? "demo" : "aws"
        let sessionFile = SessionFile(path: SessionFile.defaultPath(environment: environment))
        let session = sessionFile.load(scope: scope)
        var connection = options
        // Credentials or a profile from the environment come before the config and the last session.
        let chosenByEnvironment = ["AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_WEB_IDENTITY_TOKEN_FILE"]
            .contains { !(environment[$0] ?? "").isEmpty }
        if !options.demo, connection.profile == nil, connection.accessKeyId == nil, !chosenByEnvironment {
            let known = Set(DashboardWiring.profileNames(environment: environment))
            if let configured = config.profile {
                connection.profile = configured
            } else if let remembered = session?.profile, known.contains(remembered) {
                connection.profile = remembered
            }
        }
        let profileName = connection.profile
            ?? ["AWS_PROFILE", "AWS_DEFAULT_PROFILE"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        let effective = config.effective(profile: options.demo ? nil : profileName)
        let regionFromEnvironment = ["AWS_REGION", "AWS_DEFAULT_REGION"].contains { !(environment[$0] ?? "").isEmpty }
        if !options.demo, connection.region == nil, !regionFromEnvironment {
            if let configured = effective.region {
                connection.region = configured
            } else if let remembered = session?.region, session?.profile == connection.profile {
                connection.region = remembered
            }
        }
        return StartupSettings(config: config, effective: effective, connection: connection, session: session,
                               configPath: path, configFound: FileManager.default.fileExists(atPath: path),
                               sessionFile: sessionFile, scope: scope)
    }

    /// The solution to open: the flag, else the config, else the last session's (same profile and region);
    /// nil lets the dashboard find the one with the most recent version activity.
    func solutionArn(flag: String?, region: String, profile: String?) -> String? {
        if let flag { return flag }
        // A configured solution in another region than the one connected to would fail forever: skip it.
        if let configured = effective.solutionArn, SolutionARN(configured)?.region == region { return configured }
        guard let session, session.profile == profile, session.region == region else { return nil }
        return session.solutionArn
    }

    /// The lower pane to show first: the config's, else the last session's.
    var pane: LowerPane? {
        if let configured = effective.pane, let pane = LowerPane(rawValue: configured.rawValue) { return pane }
        return session?.pane.flatMap(LowerPane.init(rawValue:))
    }

    /// The key table with the config's `[keys]` overrides applied.
    var keyMap: KeyMap {
        var map = KeyMap.standard
        for override in config.keys {
            guard let action = UserAction(rawValue: override.action) else { continue }
            map = map.rebinding(action, to: Self.key(override.spec))
        }
        return map
    }

    /// Stores where the user is; a failure to write is not worth interrupting the dashboard for.
    func remember(_ place: SessionPlace) {
        try? sessionFile.save(SessionMemory(profile: place.profile, region: place.region, solutionArn: place.solutionArn,
                                            pane: place.pane, savedAt: Date()), scope: scope)
    }

    static func key(_ spec: KeySpec) -> Key {
        switch spec {
        case let .character(character): return .character(character)
        case let .control(letter): return .control(letter)
        case let .named(name):
            switch name {
            case .up: return .up
            case .down: return .down
            case .left: return .left
            case .right: return .right
            case .pgup: return .pageUp
            case .pgdn: return .pageDown
            case .home: return .home
            case .end: return .end
            case .enter: return .enter
            case .esc: return .escape
            case .tab: return .tab
            }
        }
    }
}
