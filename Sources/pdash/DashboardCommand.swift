import AWSCore
import AWSServices
import ArgumentParser
import Dashboard
import DashboardView
import Emulator
import Foundation
import Terminal

/// `pdash` (the default): the live dashboard.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the live dashboard of a solution's versions (the default command).")

    @Flag(help: "Start the built-in emulator and open the dashboard on its demo account. No AWS account needed.")
    var demo = false

    @Option(help: "Send requests to this URL instead of AWS's endpoint (an emulator, a proxy).")
    var endpointURL: String?

    @Option(help: "AWS region (default: AWS_REGION, then AWS_DEFAULT_REGION; us-east-1 with --demo).")
    var region: String?

    @Option(help: "The solution to watch. Default: the solution with the most recent activity.")
    var solutionArn: String?

    @Option(help: "Access key id (instead of AWS_ACCESS_KEY_ID). Prefer the environment: flags show up in `ps`.")
    var accessKeyId: String?

    @Option(help: "Secret access key, together with --access-key-id.")
    var secretAccessKey: String?

    @Option(help: "Seconds between background refreshes (default 10; 3 with --demo).")
    var refresh: Double?

    @Option(help: ArgumentHelp("Items per list request (1-100).", visibility: .hidden))
    var pageSize: Int?

    @Option(help: ArgumentHelp("Speed up the demo's simulated training.", visibility: .hidden))
    var demoTimeScale: Double = 1

    func validate() throws {
        if demo && endpointURL != nil {
            throw ValidationError("--demo runs its own emulator; drop --endpoint-url, or drop --demo to use that endpoint")
        }
        if (accessKeyId == nil) != (secretAccessKey == nil) {
            throw ValidationError("--access-key-id and --secret-access-key go together; give both or neither")
        }
        if let refresh, !(1...3600).contains(refresh) {
            throw ValidationError("--refresh must be between 1 and 3600 seconds, not \(refresh)")
        }
        if let pageSize, !(1...100).contains(pageSize) {
            throw ValidationError("--page-size must be between 1 and 100, not \(pageSize)")
        }
        if let solutionArn, let problem = SolutionARNCheck.problem(solutionArn) {
            throw ValidationError("--solution-arn: \(problem)")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var emulator: EmulatorServer?
        let resolvedRegion: String
        let credentials: any CredentialProvider
        let endpointOverride: String?
        if demo {
            resolvedRegion = region ?? "us-east-1"
            do {
                emulator = try await EmulatorServer.start(EmulatorConfiguration(timeScale: demoTimeScale))
            } catch {
                throw Output.fail("could not start the demo emulator: \(error)")
            }
            credentials = StaticCredentialProvider(
                accessKeyId: EmulatorConfiguration.demoAccessKeyId,
                secretAccessKey: EmulatorConfiguration.demoSecretAccessKey, name: "demo")
            endpointOverride = emulator?.endpointURL
        } else {
            guard let found = region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"], !found.isEmpty else {
                throw Output.fail("no AWS region: pass --region (e.g. --region eu-west-1) or set AWS_REGION. "
                    + "To look around without an account: pdash --demo")
            }
            resolvedRegion = found
            let explicit = accessKeyId.map {
                StaticCredentialProvider(accessKeyId: $0, secretAccessKey: secretAccessKey ?? "")
            }
            let chain = CredentialChain.standard(explicit: explicit, environment: environment)
            do {
                _ = try await chain.require()
            } catch {
                throw Output.fail("\(error)")
            }
            credentials = chain
            endpointOverride = endpointURL
        }
        defer { if let emulator { Task { await emulator.stop() } } }

        let endpoint: AWSEndpoint
        do {
            endpoint = try AWSEndpoint(service: .personalize, region: resolvedRegion, customURL: endpointOverride)
        } catch {
            throw Output.fail(error.description)
        }
        let client = JSON11Client(service: .personalize, endpoint: endpoint, credentials: credentials)
        let services = PersonalizeDashboardServices(personalize: PersonalizeClient(client: client), pageSize: pageSize)
        let initial = DashboardState(
            connection: ConnectionInfo(
                endpoint: demo ? "demo emulator \(endpoint.url)" : endpoint.url, region: resolvedRegion,
                isCustomEndpoint: endpoint.isCustom && !demo),
            now: Date(), solutionArn: solutionArn, refreshInterval: refresh ?? (demo ? 3 : 10))
        let store = DashboardStore(initial: initial, services: services)
        let outcome = try await runInterface(store: store)
        if let emulator { await emulator.stop() }
        if case let .signal(number) = outcome { throw ExitCode(128 + number) }
    }

    private func runInterface(store: DashboardStore) async throws -> DashboardLoop.Outcome {
        let signals = ShutdownSignals()
        let loop = DashboardLoop(
            renderer: DashboardRenderer(), keyMap: .standard,
            latest: { store.snapshots.latest }, send: { store.send($0) }, now: { Date() }, signals: signals.flag)
        let storeTask = Task { await store.run() }
        defer { storeTask.cancel() }
        let result: Result<DashboardLoop.Outcome, any Error> = await UIThread.run { Result { try loop.run() } }
        store.send(.userRequested(.quit, at: Date()))
        withExtendedLifetime(signals) {}
        switch result {
        case let .success(outcome): return outcome
        case let .failure(error): throw Output.fail("\(error)")
        }
    }
}

/// Runs blocking work (the ncurses loop) on a dedicated thread so it never blocks Swift's cooperative pool.
enum UIThread {
    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: body()) }
            thread.name = "pdash-ui"
            thread.start()
        }
    }
}

/// Client-side checks of a solution ARN, so a typo is reported before any request.
enum SolutionARNCheck {
    static func problem(_ arn: String) -> String? {
        let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == "arn" else {
            return "'\(arn)' is not an ARN (expected arn:aws:personalize:REGION:ACCOUNT:solution/NAME)"
        }
        guard fields[2] == "personalize" else { return "'\(arn)' is a \(fields[2]) ARN, not a Personalize one" }
        guard fields[5].hasPrefix("solution/") else {
            return "'\(arn)' names a \(fields[5].split(separator: "/").first ?? "resource"), not a solution (…:solution/NAME)"
        }
        let name = fields[5].dropFirst("solution/".count)
        guard !name.isEmpty, !name.contains("/") else {
            return name.contains("/") ? "'\(arn)' is a solution version ARN; pass its solution (…:solution/NAME)" : "'\(arn)' has no solution name"
        }
        guard arn.count <= 256 else { return "ARNs are at most 256 characters" }
        return nil
    }
}
