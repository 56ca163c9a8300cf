import AWSCore
import Foundation

/// Runs the loop: events in, `reduce`, effects out, snapshots published. The only stateful object of the model.
public actor DashboardStore {
    private var state: DashboardState
    private var services: any DashboardServices
    private let clock: @Sendable () -> Date
    private let hooks: StoreHooks
    /// The load in flight of each list, so a newer load or navigation can cancel it.
    private var listTasks: [ResourceKind: Task<Void, Never>] = [:]
    private let events: AsyncStream<DashboardEvent>
    private let input: AsyncStream<DashboardEvent>.Continuation
    /// Effects running (loads, Describes, timers), by id; each removes itself when done.
    private var running: [Int: Task<Void, Never>] = [:]
    private var nextTaskID = 0
    private var ticker: Task<Void, Never>?
    /// Services of profile/region switches, waiting for their `connectionSwitched` event to be applied.
    private var stagedServices: [Int: any DashboardServices] = [:]
    private var nextSwitchID = 1
    /// The latest state, for the UI thread.
    public nonisolated let snapshots: SnapshotChannel
    /// Every published state in order, for async observers (tests, headless commands).
    public nonisolated let updates: AsyncStream<DashboardState>
    private let updatesInput: AsyncStream<DashboardState>.Continuation

    public init(initial: DashboardState, services: any DashboardServices, clock: @escaping @Sendable () -> Date = { Date() },
                hooks: StoreHooks = StoreHooks()) {
        self.state = initial
        self.services = services
        self.clock = clock
        self.hooks = hooks
        (events, input) = AsyncStream.makeStream(bufferingPolicy: .unbounded)
        (updates, updatesInput) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(64))
        snapshots = SnapshotChannel(initial)
    }

    /// Queues an event; safe from any thread.
    public nonisolated func send(_ event: DashboardEvent) {
        input.yield(event)
    }

    /// Queues a user action stamped with the store's clock.
    public nonisolated func send(_ action: UserAction) {
        input.yield(.userRequested(action, at: clock()))
    }

    /// Processes events until the user quits (or the task is cancelled), then stops every effect.
    public func run() async {
        ticker = Task { [clock, input, hooks] in
            while !Task.isCancelled {
                try? await hooks.sleep(1)
                if let counts = hooks.requestCounts?() { input.yield(.requestsCounted(counts, at: clock())) }
                input.yield(.clockTicked(at: clock()))
            }
        }
        input.yield(.started(at: clock()))
        for await event in events {
            if case let .connectionSwitched(change, _) = event, let staged = stagedServices.removeValue(forKey: change.switchID) {
                services = staged
            }
            let effects = reduce(&state, event)
            snapshots.publish(state)
            updatesInput.yield(state)
            for effect in effects { perform(effect) }
            if state.isQuitting || Task.isCancelled { break }
        }
        ticker?.cancel()
        cancelAll()
        updatesInput.finish()
    }

    private func perform(_ effect: DashboardEffect) {
        switch effect {
        case .quit:
            input.finish()
        case let .fetchSolutions(search):
            spawn { [services, clock, input] in
                do {
                    let solutions = try await services.listSolutions()
                    let activity = await services.latestVersionActivity(of: solutions)
                    deliver(input, .solutionsLoaded(search: search, solutions, activity: activity, at: clock()))
                } catch {
                    deliver(input, .solutionsFailed(search: search, ErrorText.describe(error), at: clock()))
                }
            }
        case let .fetchSolutionVersions(arn, generation, firstPageOnly):
            spawn { [services, clock, input] in
                do {
                    try await services.forEachSolutionVersionPage(solutionArn: arn, firstPageOnly: firstPageOnly) { items, isLast in
                        deliver(input, .solutionVersionsPageLoaded(generation: generation, items: items, isLastPage: isLast, at: clock()))
                    }
                } catch {
                    deliver(input, .solutionVersionsFailed(generation: generation, failure: LoadFailure(error), jitter: .random(in: 0..<1), at: clock()))
                }
            }
        case let .describeSolution(arn):
            spawn { [services, clock, input] in
                if let solution = try? await services.describeSolution(solutionArn: arn) {
                    deliver(input, .solutionDescribed(solution, at: clock()))
                }
            }
        case let .describeSolutionVersion(arn):
            spawn { [services, clock, input] in
                if let version = try? await services.describeSolutionVersion(solutionVersionArn: arn) {
                    deliver(input, .solutionVersionDescribed(version, at: clock()))
                } else {
                    deliver(input, .detailFailed(solutionVersionArn: arn, at: clock()))
                }
            }
        case let .fetchMetrics(arn):
            spawn { [services, clock, input] in
                if let metrics = try? await services.solutionMetrics(solutionVersionArn: arn) {
                    deliver(input, .metricsLoaded(solutionVersionArn: arn, metrics: metrics, at: clock()))
                } else {
                    deliver(input, .detailFailed(solutionVersionArn: arn, at: clock()))
                }
            }
        case let .createSolutionVersion(arn, mode):
            // Not cancelled with the others: once sent, its outcome must be recorded.
            Task { [services, clock, input] in
                let outcome = await services.createSolutionVersion(solutionArn: arn, mode: mode)
                input.yield(.trainFinished(outcome, at: clock()))
            }
        case let .stopSolutionVersion(arn):
            Task { [services, clock, input] in
                do {
                    try await services.stopSolutionVersion(solutionVersionArn: arn)
                    input.yield(.stopFinished(solutionVersionArn: arn, error: nil, at: clock()))
                } catch {
                    input.yield(.stopFinished(solutionVersionArn: arn, error: ErrorText.describe(error), at: clock()))
                }
            }
        case let .scheduleRefresh(id, delay):
            spawn { [clock, input, hooks] in
                try? await hooks.sleep(delay)
                guard !Task.isCancelled else { return }
                deliver(input, .refreshTimerFired(id: id, at: clock()))
            }
        case let .fetchList(request, generation, firstPageOnly):
            listTasks[request.kind]?.cancel()
            listTasks[request.kind] = Task { [services, clock, input] in
                do {
                    try await services.forEachPage(of: request, firstPageOnly: firstPageOnly) { rows, isLast in
                        guard !Task.isCancelled else { return }
                        deliver(input, .listPageLoaded(request.kind, generation: generation, rows: rows, isLastPage: isLast, at: clock()))
                    }
                } catch is CancellationError {
                } catch {
                    guard !Task.isCancelled else { return }
                    deliver(input, .listFailed(request.kind, generation: generation, failure: LoadFailure(error), jitter: .random(in: 0..<1), at: clock()))
                }
            }
        case let .scheduleListLoad(kind, generation, delay):
            listTasks[kind]?.cancel()
            listTasks[kind] = Task { [clock, input, hooks] in
                try? await hooks.sleep(delay)
                guard !Task.isCancelled else { return }
                deliver(input, .listLoadDue(kind, generation: generation, at: clock()))
            }
        case let .describeResource(kind, arn):
            spawn { [services, clock, input] in
                if let detail = try? await services.describe(kind, arn: arn) {
                    deliver(input, .resourceDescribed(detail, at: clock()))
                } else {
                    deliver(input, .detailFailed(solutionVersionArn: arn, at: clock()))
                }
            }
        case let .cancelList(kind):
            listTasks.removeValue(forKey: kind)?.cancel()
        case .cancelAll:
            cancelAll()
        case let .switchConnection(profile, region):
            guard let connect = hooks.connect else {
                input.yield(.connectionSwitchFailed("switching is not available here", at: clock()))
                return
            }
            let id = nextSwitchID
            nextSwitchID += 1
            Task { [clock, input] in
                do {
                    var (newServices, change) = try await connect(profile, region)
                    change.switchID = id
                    // The services change when the event is applied, together with the state they belong to.
                    await self.stage(newServices, id: id)
                    input.yield(.connectionSwitched(change, at: clock()))
                } catch {
                    input.yield(.connectionSwitchFailed(ErrorText.describe(error), at: clock()))
                }
            }
        case let .rememberSession(place):
            hooks.remember?(place)
        }
    }

    private func stage(_ newServices: any DashboardServices, id: Int) {
        stagedServices[id] = newServices
    }

    /// Runs an effect as a task that forgets itself when done (a session of days must not pile up handles).
    private func spawn(_ body: @escaping @Sendable () async -> Void) {
        let id = nextTaskID
        nextTaskID += 1
        running[id] = Task {
            await body()
            self.finished(id)
        }
    }

    private func finished(_ id: Int) {
        running.removeValue(forKey: id)
    }

    /// Cancels every load, Describe and timer.
    private func cancelAll() {
        for task in running.values { task.cancel() }
        running.removeAll()
        for task in listTasks.values { task.cancel() }
        listTasks.removeAll()
    }
}

/// What the store needs from its surroundings besides the AWS calls; the defaults run on the wall clock alone.
public struct StoreHooks: Sendable {
    /// Sleeps for a number of seconds (tests compress time with it).
    public var sleep: @Sendable (TimeInterval) async throws -> Void
    /// The transport's request counts by operation, read every tick.
    public var requestCounts: (@Sendable () -> [String: Int])?
    /// Connects as another profile / in another region.
    public var connect: (@Sendable (_ profile: String?, _ region: String?) async throws -> (any DashboardServices, ConnectionSwitch))?
    /// Stores where the user is, for the next start.
    public var remember: (@Sendable (SessionPlace) -> Void)?

    public init(
        sleep: @escaping @Sendable (TimeInterval) async throws -> Void = { try await Task.sleep(for: .milliseconds(Int($0 * 1000))) },
        requestCounts: (@Sendable () -> [String: Int])? = nil,
        connect: (@Sendable (String?, String?) async throws -> (any DashboardServices, ConnectionSwitch))? = nil,
        remember: (@Sendable (SessionPlace) -> Void)? = nil
    ) {
        self.sleep = sleep
        self.requestCounts = requestCounts
        self.connect = connect
        self.remember = remember
    }
}

/// Delivers an effect's result unless its task was cancelled (navigation or a switch made it meaningless).
private func deliver(_ input: AsyncStream<DashboardEvent>.Continuation, _ event: DashboardEvent) {
    guard !Task.isCancelled else { return }
    input.yield(event)
}

extension LoadFailure {
    /// Classifies an error from the AWS client.
    init(_ error: any Error) {
        let message = ErrorText.describe(error)
        if let service = error as? AWSServiceError {
            self.init(message: message, isThrottling: RetryPolicy.throttlingCodes.contains(service.code),
                      // AccessDenied is a permission, not a login: it stays the list's own error.
                      isCredentials: RetryPolicy.expiredTokenCodes.contains(service.code)
                          || ["UnrecognizedClientException", "InvalidClientTokenId"].contains(service.code))
        } else {
            self.init(message: message, isCredentials: error is CredentialError)
        }
    }
}

/// Turns any error into one line for the status bar.
enum ErrorText {
    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
