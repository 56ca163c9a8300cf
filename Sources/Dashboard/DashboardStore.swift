import AWSCore
import Foundation

/// Runs the loop: events in, `reduce`, effects out, snapshots published. The only stateful object of the model.
public actor DashboardStore {
    private var state: DashboardState
    private let services: any DashboardServices
    private let clock: @Sendable () -> Date
    private let events: AsyncStream<DashboardEvent>
    private let input: AsyncStream<DashboardEvent>.Continuation
    private var tasks: [Task<Void, Never>] = []
    /// The latest state, for the UI thread.
    public nonisolated let snapshots: SnapshotChannel
    /// Every published state in order, for async observers (tests, headless commands).
    public nonisolated let updates: AsyncStream<DashboardState>
    private let updatesInput: AsyncStream<DashboardState>.Continuation

    public init(initial: DashboardState, services: any DashboardServices, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.state = initial
        self.services = services
        self.clock = clock
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
        let ticker = Task { [clock, input] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                input.yield(.clockTicked(at: clock()))
            }
        }
        tasks.append(ticker)
        input.yield(.started(at: clock()))
        for await event in events {
            let effects = reduce(&state, event)
            snapshots.publish(state)
            updatesInput.yield(state)
            for effect in effects { perform(effect) }
            if state.isQuitting || Task.isCancelled { break }
        }
        for task in tasks { task.cancel() }
        tasks.removeAll()
        updatesInput.finish()
    }

    private func perform(_ effect: DashboardEffect) {
        tasks.removeAll { $0.isCancelled }
        switch effect {
        case .quit:
            input.finish()
        case .fetchSolutions:
            tasks.append(Task { [services, clock, input] in
                do {
                    let solutions = try await services.listSolutions()
                    input.yield(.solutionsLoaded(solutions, at: clock()))
                } catch {
                    input.yield(.solutionsFailed(ErrorText.describe(error), at: clock()))
                }
            })
        case let .fetchSolutionVersions(arn, generation, firstPageOnly):
            tasks.append(Task { [services, clock, input] in
                do {
                    try await services.forEachSolutionVersionPage(solutionArn: arn, firstPageOnly: firstPageOnly) { items, isLast in
                        input.yield(.solutionVersionsPageLoaded(generation: generation, items: items, isLastPage: isLast, at: clock()))
                    }
                } catch {
                    input.yield(.solutionVersionsFailed(generation: generation, failure: LoadFailure(error), jitter: .random(in: 0..<1), at: clock()))
                }
            })
        case let .describeSolution(arn):
            tasks.append(Task { [services, clock, input] in
                if let solution = try? await services.describeSolution(solutionArn: arn) {
                    input.yield(.solutionDescribed(solution, at: clock()))
                }
            })
        case let .describeSolutionVersion(arn):
            tasks.append(Task { [services, clock, input] in
                if let version = try? await services.describeSolutionVersion(solutionVersionArn: arn) {
                    input.yield(.solutionVersionDescribed(version, at: clock()))
                } else {
                    input.yield(.detailFailed(solutionVersionArn: arn, at: clock()))
                }
            })
        case let .fetchMetrics(arn):
            tasks.append(Task { [services, clock, input] in
                if let metrics = try? await services.solutionMetrics(solutionVersionArn: arn) {
                    input.yield(.metricsLoaded(solutionVersionArn: arn, metrics: metrics, at: clock()))
                } else {
                    input.yield(.detailFailed(solutionVersionArn: arn, at: clock()))
                }
            })
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
            tasks.append(Task { [clock, input] in
                try? await Task.sleep(for: .milliseconds(Int(delay * 1000)))
                guard !Task.isCancelled else { return }
                input.yield(.refreshTimerFired(id: id, at: clock()))
            })
        }
    }
}

extension LoadFailure {
    /// Classifies an error from the AWS client.
    init(_ error: any Error) {
        let message = ErrorText.describe(error)
        if let service = error as? AWSServiceError {
            self.init(message: message, isThrottling: RetryPolicy.throttlingCodes.contains(service.code),
                      isCredentials: RetryPolicy.expiredTokenCodes.contains(service.code)
                          || ["UnrecognizedClientException", "InvalidClientTokenId", "AccessDeniedException"].contains(service.code))
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
