import AWSCore
import AWSServices
import ArgumentParser
import Dashboard
import DashboardView
import Emulator
import Foundation
import Terminal

/// `pdash dashboard`: the live dashboard, and what plain `pdash` runs.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the live dashboard of a solution's versions (the default command).",
        discussion: """
            Watches a solution's versions, their batch jobs, campaigns and SageMaker image versions, refreshing \
            faster while anything is in flight. Keys: ? in the dashboard, or 'pdash manual'.
            Examples:
              pdash dashboard --demo
              pdash --profile prod \\
                  --solution-arn arn:aws:personalize:eu-west-1:123456789012:solution/NAME
              pdash --read-only --refresh-active 10 --notifications desktop
            """)

    @OptionGroup var options: DashboardOptions

    func run() async throws {
        try await options.runDashboard()
    }
}

/// The dashboard's options.
struct DashboardOptions: ParsableArguments {
    @OptionGroup var connection: ConnectionOptions

    @Option(help: "The solution to watch. Default: the solution with the most recent activity.")
    var solutionArn: String?

    @Option(help: "Seconds between refreshes while anything is pending or in progress (default 5; 3 with --demo).")
    var refreshActive: Double?

    @Option(help: "Seconds between refreshes when everything is settled (default 60; 10 with --demo).")
    var refreshIdle: Double?

    @Option(help: ArgumentHelp("Same as --refresh-active.", visibility: .hidden))
    var refresh: Double?

    /// For the soak test: one interval for active and idle refreshes, below the documented 1 s minimum.
    @Option(help: ArgumentHelp("Seconds between refreshes, active or idle (0.1-3600); for tests.", visibility: .hidden))
    var testRefresh: Double?

    @Flag(help: "Refuse every change (training, stopping): for watching production.")
    var readOnly = false

    @Flag(help: "No colours (also NO_COLOR=1 or theme = \"mono\" in the config); status stays readable by glyph and text.")
    var noColor = false

    @Flag(help: "Leave the mouse to the terminal (its own text selection without Shift); by default the wheel scrolls and a click selects.")
    var noMouse = false

    @Option(help: "Announce a watched item reaching ACTIVE or a failure: off, bell, desktop (OSC 9/777) or both (default: bell, or the config's notifications).")
    var notifications: String?

    @Option(help: ArgumentHelp("Items per list request (1-100).", visibility: .hidden))
    var pageSize: Int?

    func validate() throws {
        if let notifications, AlertMode(rawValue: notifications) == nil {
            throw ValidationError("--notifications must be off, bell, desktop or both, not '\(notifications)'")
        }
        for (flag, value) in [("--refresh-active", refreshActive), ("--refresh-idle", refreshIdle), ("--refresh", refresh)] {
            if let value, !(1...3600).contains(value) {
                throw ValidationError("\(flag) must be between 1 and 3600 seconds, not \(value)")
            }
        }
        if let testRefresh, !(0.1...3600).contains(testRefresh) {
            throw ValidationError("--test-refresh must be between 0.1 and 3600 seconds, not \(testRefresh)")
        }
        if let pageSize, !(1...100).contains(pageSize) {
            throw ValidationError("--page-size must be between 1 and 100, not \(pageSize)")
        }
        if let solutionArn, let problem = SolutionARNCheck.problem(solutionArn) {
            throw ValidationError("--solution-arn: \(problem)")
        }
    }

    func runDashboard() async throws {
        let settings = try StartupSettings.load(connection)
        let options = settings.connection
        var resolved = try await options.resolve()
        defer { if let emulator = resolved.emulator { Task { await emulator.stop() } } }
        let counter = RequestCounter()
        resolved.transport = CountingTransport(resolved.transport, counter: counter)
        // Missing credentials do not stop the dashboard: it says what was tried and resumes once they work.
        var credentialsProblem: String?
        do {
            _ = try await resolved.requireCredentials()
        } catch {
            credentialsProblem = "\(error) `pdash doctor` shows what each source had; pdash keeps trying and starts by itself once credentials work."
        }
        let services: PersonalizeDashboardServices, info: ConnectionInfo
        do {
            (services, info) = try DashboardWiring.connect(resolved, demo: options.demo, pageSize: pageSize)
        } catch {
            throw Output.fail("\(error)")
        }
        let effective = settings.effective
        var state = DashboardState(
            connection: info, now: Date(),
            solutionArn: settings.solutionArn(flag: solutionArn, region: info.region, profile: info.profile),
            refreshInterval: testRefresh ?? refreshActive ?? refresh ?? effective.refreshActive ?? (options.demo ? 3 : 5),
            idleRefreshInterval: testRefresh ?? refreshIdle ?? effective.refreshIdle ?? (options.demo ? 10 : 60))
        state.readOnly = readOnly || effective.readOnly
        state.pricePerTrainingHour = effective.pricePerTrainingHour
        state.credentialsProblem = credentialsProblem
        state.navigation.profile = info.profile
        state.navigation.availableProfiles = DashboardWiring.profileNames()
        if let pane = settings.pane { state.navigation.lowerPane = pane }
        let flagReadOnly = readOnly, pageSize = pageSize, config = settings.config
        let hooks = StoreHooks(
            requestCounts: { counter.snapshot },
            connect: { profile, region in
                try await DashboardWiring.switchConnection(options, profile: profile, region: region, counter: counter,
                                                           config: config, flagReadOnly: flagReadOnly, pageSize: pageSize)
            },
            remember: { settings.remember($0) })
        let store = DashboardStore(initial: state, services: services, hooks: hooks)
        let environment = ProcessInfo.processInfo.environment
        let monochrome = noColor || !(environment["NO_COLOR"] ?? "").isEmpty || effective.theme == .mono
        let alerts = notifications.flatMap(AlertMode.init(rawValue:))
            ?? effective.notifications.flatMap { AlertMode(rawValue: $0.rawValue) } ?? .bell
        let outcome = try await runInterface(store: store, keyMap: settings.keyMap, monochrome: monochrome, alerts: alerts)
        if let emulator = resolved.emulator { await emulator.stop() }
        if case let .signal(number) = outcome { throw ExitCode(128 + number) }
    }

    private func runInterface(store: DashboardStore, keyMap: KeyMap, monochrome: Bool, alerts: AlertMode) async throws -> DashboardLoop.Outcome {
        let signals = ShutdownSignals()
        var loop = DashboardLoop(
            renderer: DashboardRenderer(theme: monochrome ? .monochrome : .standard, keyMap: keyMap), keyMap: keyMap,
            latest: { store.snapshots.latest }, send: { store.send($0) }, now: { Date() }, signals: signals.flag)
        loop.monochrome = monochrome
        loop.alerts = alerts
        loop.mouse = !noMouse
        let configured = loop
        let storeTask = Task { await store.run() }
        defer { storeTask.cancel() }
        let result: Result<DashboardLoop.Outcome, any Error> = await UIThread.run { Result { try configured.run() } }
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
