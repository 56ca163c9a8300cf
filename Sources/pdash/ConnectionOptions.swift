import AWSCore
import ArgumentParser
import Dashboard
import Emulator
import Foundation

/// The options that say where to connect and as whom; shared by the dashboard and `pdash doctor`.
struct ConnectionOptions: ParsableArguments {
    @Flag(help: "Start the built-in emulator and use its demo account. No AWS account needed.")
    var demo = false

    @Option(help: "Send requests to this URL instead of AWS's endpoint (an emulator, a proxy).")
    var endpointURL: String?

    @Option(help: "AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region; us-east-1 with --demo).",
            completion: .list(Navigation.personalizeRegions))
    var region: String?

    /// Shell completion offers the profiles of ~/.aws/config and ~/.aws/credentials (AWS_CONFIG_FILE and
    /// AWS_SHARED_CREDENTIALS_FILE respected), read when Tab is pressed.
    @Option(help: "Profile from ~/.aws/config and ~/.aws/credentials (default: AWS_PROFILE, then 'default').",
            completion: .custom { _, _, prefix in DashboardWiring.profileNames().filter { $0.hasPrefix(prefix) } })
    var profile: String?

    @Option(help: "Access key id (instead of AWS_ACCESS_KEY_ID). Prefer the environment: flags show up in `ps`.")
    var accessKeyId: String?

    @Option(help: "Secret access key, together with --access-key-id.")
    var secretAccessKey: String?

    @Option(help: "Seconds to wait for a connection to open (default 3).")
    var connectTimeout: Double = 3

    @Option(help: "Seconds to wait for an answer to one request (default 20).")
    var readTimeout: Double = 20

    @Option(help: "pdash's config file (default: $XDG_CONFIG_HOME/pdash/config.toml or ~/.config/pdash/config.toml).",
            completion: .file(extensions: ["toml"]))
    var config: String?

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
        guard (0.1...600).contains(connectTimeout) else { throw ValidationError("--connect-timeout must be between 0.1 and 600 seconds") }
        guard (0.1...3600).contains(readTimeout) else { throw ValidationError("--read-timeout must be between 0.1 and 3600 seconds") }
        guard demoTimeScale > 0, demoTimeScale <= 10_000 else { throw ValidationError("--demo-time-scale must be in (0, 10000]") }
    }

    /// Where to connect and with what, resolved once; the emulator is running when `demo` is set.
    struct Resolved {
        var region: RegionResolver.Resolved
        var credentials: any CredentialProvider
        var endpoints: EndpointResolver
        var profile: ProfileSelection?
        var emulator: EmulatorServer?
        var retryPolicy = RetryPolicy()
        var transport: any HTTPTransport = AsyncHTTPClientTransport()
        var requestTimeout: Duration = .seconds(20)

        /// A JSON 1.1 client for `service` with this connection's endpoint, credentials, retries and timeouts.
        func client(_ service: AWSServiceDescriptor, credentials override: (any CredentialProvider)? = nil) throws(EndpointError) -> JSON11Client {
            JSON11Client(
                service: service, endpoint: try endpoints.resolve(service, region: region.region).endpoint,
                credentials: override ?? credentials, transport: transport, retryPolicy: retryPolicy, timeout: requestTimeout)
        }

        /// Says what was tried when nothing was found.
        var missingCredentials = CredentialError("no AWS credentials found")

        /// The credentials (resolved once, then cached and refreshed), or an error that names every source tried.
        func requireCredentials() async throws -> AWSCredentials {
            guard let found = try await credentials.resolve() else { throw missingCredentials }
            return found
        }
    }

    /// Resolves region, credentials and endpoint, or prints a message that says what to do and exits 1.
    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> Resolved {
        do {
            return try await resolveQuietly(environment: environment)
        } catch let problem as ConnectionProblem {
            throw Output.fail(problem.message)
        }
    }

    /// `resolve()` without printing: a problem is thrown as `ConnectionProblem` (the dashboard shows it when the
    /// user switches profile or region while running).
    /// With `interactive` false (the dashboard owns the terminal) a profile that needs an MFA code is refused
    /// rather than prompted for.
    func resolveQuietly(environment: [String: String] = ProcessInfo.processInfo.environment, interactive: Bool = true) async throws -> Resolved {
        if demo {
            let emulator: EmulatorServer
            do {
                emulator = try await EmulatorServer.start(EmulatorConfiguration(timeScale: demoTimeScale, rateLimits: .standard))
            } catch {
                throw ConnectionProblem("could not start the demo emulator: \(error)")
            }
            var demoResolved = Resolved(
                region: RegionResolver.Resolved(region: region ?? "us-east-1", source: region == nil ? "--demo default" : "--region"),
                credentials: StaticCredentialProvider(
                    accessKeyId: EmulatorConfiguration.demoAccessKeyId,
                    secretAccessKey: EmulatorConfiguration.demoSecretAccessKey, name: "explicit"),
                endpoints: EndpointResolver(flag: emulator.endpointURL, environment: [:], flagLabel: "--demo"), profile: nil, emulator: emulator)
            demoResolved.requestTimeout = .milliseconds(Int(readTimeout * 1000))
            return demoResolved
        }
        let configuration: SharedConfiguration
        do {
            configuration = try SharedConfiguration.load(environment: environment)
        } catch {
            throw ConnectionProblem("\(error)")
        }
        let selection = ProfileSelection(flag: profile, environment: environment)
        let profileSettings = configuration.profile(selection.name)
        if selection.isExplicit, profileSettings == nil, accessKeyId == nil {
            let known = configuration.profileNames
            throw ConnectionProblem("profile '\(selection.name)' (from \(selection.source)) is not in \(configuration.configPath) "
                + "or \(configuration.credentialsPath)" + (known.isEmpty ? "" : "; profiles there: \(known.joined(separator: ", "))"))
        }
        var foundRegion = RegionResolver.resolve(flag: region, environment: environment, profile: profileSettings)
        if foundRegion == nil, let imdsRegion = await InstanceMetadataClient(environment: environment).region() {
            foundRegion = RegionResolver.Resolved(region: imdsRegion, source: "EC2 instance metadata")
        }
        guard let region = foundRegion else {
            throw ConnectionProblem(RegionResolver.missingMessage(profileName: selection.name))
        }
        let endpoints = EndpointResolver(flag: endpointURL, environment: environment, profile: profileSettings, configuration: configuration)
        let stsEndpoint: AWSEndpoint
        do {
            stsEndpoint = try endpoints.resolve(.sts, region: region.region).endpoint
        } catch {
            throw ConnectionProblem(error.description)
        }
        let transport = AsyncHTTPClientTransport(connectTimeout: .milliseconds(Int(connectTimeout * 1000)))
        let context = CredentialContext(
            environment: environment, configuration: configuration, stsEndpoint: stsEndpoint, transport: transport,
            mfaCode: interactive ? MFAPrompt.ask : MFAPrompt.refuse)
        let explicit = accessKeyId.map { StaticCredentialProvider(accessKeyId: $0, secretAccessKey: secretAccessKey ?? "") }
        let chain: CredentialChain
        do {
            chain = try CredentialChain.standard(explicit: explicit, profileFlag: profile, context: context)
        } catch {
            throw ConnectionProblem("\(error)")
        }
        var resolved = Resolved(
            region: region, credentials: CachingCredentialProvider(chain), endpoints: endpoints, profile: selection, emulator: nil)
        resolved.missingCredentials = chain.missing
        resolved.transport = transport
        resolved.requestTimeout = .milliseconds(Int(readTimeout * 1000))
        do {
            resolved.retryPolicy = try RetryPolicy.configured(environment: environment, profile: profileSettings)
        } catch {
            throw ConnectionProblem(error.description)
        }
        return resolved
    }
}

/// Why a connection cannot be set up, in words that say what to do.
struct ConnectionProblem: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// Asks for an MFA code on the terminal, before the dashboard takes the screen.
enum MFAPrompt {
    /// While the dashboard owns the terminal nothing can be typed into a prompt.
    @Sendable static func refuse(serial: String) async throws -> String {
        throw CredentialError("this profile needs an MFA code (\(serial)); quit and start pdash with it to type the code")
    }

    @Sendable static func ask(serial: String) async throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            throw CredentialError("the profile needs an MFA code for \(serial), but stdin is not a terminal")
        }
        try? FileHandle.standardError.write(contentsOf: Data("MFA code for \(serial): ".utf8))
        let line: String? = await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: readLine(strippingNewline: true)) }.start()
        }
        guard let code = line?.trimmingCharacters(in: .whitespaces), code.count == 6, code.allSatisfy(\.isNumber) else {
            throw CredentialError("an MFA code is six digits")
        }
        return code
    }
}
