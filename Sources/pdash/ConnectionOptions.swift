import AWSCore
import ArgumentParser
import Emulator
import Foundation

/// The options that say where to connect and as whom; shared by the dashboard and `pdash doctor`.
struct ConnectionOptions: ParsableArguments {
    @Flag(help: "Start the built-in emulator and use its demo account. No AWS account needed.")
    var demo = false

    @Option(help: "Send requests to this URL instead of AWS's endpoint (an emulator, a proxy).")
    var endpointURL: String?

    @Option(help: "AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region; us-east-1 with --demo).")
    var region: String?

    @Option(help: "Profile from ~/.aws/config and ~/.aws/credentials (default: AWS_PROFILE, then 'default').")
    var profile: String?

    @Option(help: "Access key id (instead of AWS_ACCESS_KEY_ID). Prefer the environment: flags show up in `ps`.")
    var accessKeyId: String?

    @Option(help: "Secret access key, together with --access-key-id.")
    var secretAccessKey: String?

    @Option(help: ArgumentHelp("Speed up the demo's simulated training.", visibility: .hidden))
    var demoTimeScale: Double = 1

    func validate() throws {
        if demo && endpointURL != nil {
            throw ValidationError("--demo runs its own emulator; drop --endpoint-url, or drop --demo to use that endpoint")
        }
        if (accessKeyId == nil) != (secretAccessKey == nil) {
            throw ValidationError("--access-key-id and --secret-access-key go together; give both or neither")
        }
        if demo && (accessKeyId != nil || profile != nil) {
            throw ValidationError("--demo uses the emulator's own credentials; drop --profile/--access-key-id")
        }
        guard demoTimeScale > 0, demoTimeScale <= 10_000 else { throw ValidationError("--demo-time-scale must be in (0, 10000]") }
    }

    /// Where to connect and with what, resolved once; the emulator is running when `demo` is set.
    struct Resolved {
        var region: RegionResolver.Resolved
        var credentials: any CredentialProvider
        var endpoints: EndpointResolver
        var profile: ProfileSelection?
        var emulator: EmulatorServer?

        /// The credentials, or an error that names every source tried.
        func requireCredentials() async throws -> AWSCredentials {
            if let chain = credentials as? CredentialChain { return try await chain.require() }
            guard let found = try await credentials.resolve() else { throw CredentialError("no AWS credentials found") }
            return found
        }
    }

    /// Resolves region, credentials and endpoint, or fails with a message that says what to do.
    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> Resolved {
        if demo {
            let emulator: EmulatorServer
            do {
                emulator = try await EmulatorServer.start(EmulatorConfiguration(timeScale: demoTimeScale))
            } catch {
                throw Output.fail("could not start the demo emulator: \(error)")
            }
            return Resolved(
                region: RegionResolver.Resolved(region: region ?? "us-east-1", source: region == nil ? "--demo default" : "--region"),
                credentials: StaticCredentialProvider(
                    accessKeyId: EmulatorConfiguration.demoAccessKeyId,
                    secretAccessKey: EmulatorConfiguration.demoSecretAccessKey, name: "explicit"),
                endpoints: EndpointResolver(flag: emulator.endpointURL, environment: [:], flagLabel: "--demo"), profile: nil, emulator: emulator)
        }
        let configuration: SharedConfiguration
        do {
            configuration = try SharedConfiguration.load(environment: environment)
        } catch {
            throw Output.fail("\(error)")
        }
        let selection = ProfileSelection(flag: profile, environment: environment)
        let profileSettings = configuration.profile(selection.name)
        if selection.isExplicit, profileSettings == nil, accessKeyId == nil {
            let known = configuration.profileNames
            throw Output.fail("profile '\(selection.name)' (from \(selection.source)) is not in \(configuration.configPath) "
                + "or \(configuration.credentialsPath)" + (known.isEmpty ? "" : "; profiles there: \(known.joined(separator: ", "))"))
        }
        guard let region = RegionResolver.resolve(flag: region, environment: environment, profile: profileSettings) else {
            throw Output.fail(RegionResolver.missingMessage(profileName: selection.name))
        }
        let explicit = accessKeyId.map { StaticCredentialProvider(accessKeyId: $0, secretAccessKey: secretAccessKey ?? "") }
        let chain = CredentialChain.standard(
            explicit: explicit, environment: environment, profileFlag: profile, configuration: configuration)
        let endpoints = EndpointResolver(flag: endpointURL, environment: environment, profile: profileSettings, configuration: configuration)
        return Resolved(region: region, credentials: chain, endpoints: endpoints, profile: selection, emulator: nil)
    }
}
