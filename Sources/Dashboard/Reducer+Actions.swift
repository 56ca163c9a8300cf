import AWSServices
import Foundation

/// Training and stopping: a dialog first, an explicit confirmation naming exactly what will change, never two
/// at once, nothing at all in read-only mode.
func reduceAction(_ state: inout DashboardState, _ event: DashboardEvent) -> [DashboardEffect] {
    switch event {
    case let .trainRequested(at):
        state.now = at
        guard let arn = state.solutionArn else { return refuse(&state, "No solution is open to train.") }
        guard !state.readOnly else { return refuse(&state, "Read-only: training is disabled (--read-only or read_only in the config).") }
        guard !state.createInFlight else { return refuse(&state, "A training request is already in flight; wait for its answer.") }
        state.dialog = .train(solutionArn: arn, updateBlockedBy: updateBlockedReason(state))
        return []

    case let .trainConfirmed(solutionArn, mode, at):
        state.now = at
        let updateBlockedBy: String?
        switch state.dialog {
        case let .train(dialogArn, blocked)? where dialogArn == solutionArn:
            updateBlockedBy = blocked
        case let .confirmTrain(dialogArn, dialogMode)? where dialogArn == solutionArn && dialogMode == mode:
            updateBlockedBy = mode == "UPDATE" ? updateBlockedReason(state) : nil
        default:
            // A confirmation must answer the dialog on screen; a second press after the first is ignored.
            return []
        }
        guard !state.readOnly else { state.dialog = nil; return refuse(&state, "Read-only: training is disabled.") }
        guard !state.createInFlight else { return refuse(&state, "A training request is already in flight.") }
        guard mode == "FULL" || mode == "UPDATE" else { return refuse(&state, "Unknown training mode \(mode).") }
        if mode == "UPDATE", let reason = updateBlockedBy { return refuse(&state, "UPDATE is not possible: \(reason)") }
        state.dialog = nil
        state.createInFlight = true
        state.message = StatusMessage("Starting a \(mode) training of \(state.solutionName ?? solutionArn)…", at: at)
        return [.createSolutionVersion(solutionArn: solutionArn, mode: mode)]

    case let .trainFinished(outcome, at):
        state.now = at
        state.createInFlight = false
        switch outcome {
        case let .created(arn, mode):
            return followNewVersion(&state, arn: arn, mode: mode, note: "Training started", at: at)
        case let .outcomeUnknown(found?, mode):
            return followNewVersion(&state, arn: found, mode: mode, note: "The answer was lost, but the version exists", at: at)
        case .outcomeUnknown(nil, _):
            state.message = StatusMessage("The request was sent but its answer was lost, and no new version exists: nothing was created. Press t to try again.", isError: true, at: at)
            return []
        case let .refused(code, message):
            state.message = StatusMessage("Training not started: \(TrainingRefusal.explain(code: code, message: message))", isError: true, at: at)
            return []
        }

    case let .stopRequested(at):
        state.now = at
        guard let version = state.selectedVersion, let arn = version.solutionVersionArn else { return refuse(&state, "Select a version to stop.") }
        guard !state.readOnly else { return refuse(&state, "Read-only: stopping is disabled.") }
        guard VersionStatus.stoppable.contains(version.status ?? "") else {
            return refuse(&state, "Only CREATE PENDING or CREATE IN_PROGRESS versions can be stopped; this one is \(version.status ?? "unknown").")
        }
        guard !state.stopsInFlight.contains(arn) else { return refuse(&state, "A stop request for this version is already in flight.") }
        state.dialog = .stop(solutionVersionArn: arn)
        return []

    case let .stopConfirmed(arn, at):
        state.now = at
        guard state.dialog == .stop(solutionVersionArn: arn) else { return [] }
        state.dialog = nil
        guard !state.readOnly else { return refuse(&state, "Read-only: stopping is disabled.") }
        state.stopsInFlight.insert(arn)
        return [.stopSolutionVersion(solutionVersionArn: arn)]

    case let .stopFinished(arn, error, at):
        state.now = at
        state.stopsInFlight.remove(arn)
        let id = SolutionVersionName.versionId(fromArn: arn)
        if let error {
            state.message = StatusMessage("Stop of \(id) failed: \(error)", isError: true, at: at)
            return []
        }
        state.message = StatusMessage("Stopping \(id): CREATE STOPPING, then CREATE STOPPED.", at: at)
        if let index = state.versions.items.firstIndex(where: { $0.solutionVersionArn == arn }) {
            var items = state.versions.items
            items[index].status = "CREATE STOPPING"
            items[index].lastUpdatedDateTime = at
            setItems(&state, items, at: at)
        }
        return [scheduleRefresh(&state, at: at, after: min(state.refreshInterval, 2))]

    case let .dialogDismissed(at):
        state.now = at
        state.dialog = nil
        return []

    default:
        return []
    }
}

/// Why UPDATE cannot be offered for the open solution, or nil when it can.
func updateBlockedReason(_ state: DashboardState) -> String? {
    guard let recipe = state.solution?.recipeArn else { return "the solution's recipe is not known yet (still loading)" }
    let name = recipe.split(separator: "/").last.map(String.init) ?? recipe
    guard name.contains("user-personalization") || name.contains("hrnn-coldstart") else {
        return "only User-Personalization and HRNN-Coldstart solutions can UPDATE; this one uses \(name)"
    }
    let hasActiveFull = state.versions.items.contains { $0.status == "ACTIVE" && $0.trainingMode == "FULL" }
    return hasActiveFull ? nil : "UPDATE needs an ACTIVE version trained with FULL first"
}

private func followNewVersion(_ state: inout DashboardState, arn: String, mode: String, note: String, at: Date) -> [DashboardEffect] {
    var items = state.versions.items
    if !items.contains(where: { $0.solutionVersionArn == arn }) {
        items.insert(SolutionVersionSummary(
            solutionVersionArn: arn, status: "CREATE PENDING", trainingMode: mode, trainingType: "MANUAL",
            creationDateTime: at, lastUpdatedDateTime: at, failureReason: nil), at: 0)
    }
    setItems(&state, items, at: at)
    state.versions.select(arn: arn)
    if let index = state.timeline.lastIndex(where: { $0.arn == arn && $0.from == nil }) {
        state.timeline[index].byUser = true
    } else {
        state.timeline.append(TimelineEntry(time: at, arn: arn, from: nil, to: "CREATE PENDING", byUser: true))
    }
    state.message = StatusMessage("\(note): \(SolutionVersionName.versionId(fromArn: arn)) (\(mode)).", at: at)
    return [scheduleRefresh(&state, at: at, after: min(state.refreshInterval, 2))]
}

private func refuse(_ state: inout DashboardState, _ text: String) -> [DashboardEffect] {
    state.message = StatusMessage(text, isError: true, at: state.now)
    return []
}

/// The service's refusal of a training, in words a user can act on.
public enum TrainingRefusal {
    public static func explain(code: String, message: String) -> String {
        switch code {
        case "ResourceInUseException": return "another version of this solution is still training (\(message)). Wait for it, or stop it."
        case "LimitExceededException": return "too many trainings at once in this account and region (\(message))."
        case "ResourceNotFoundException": return "the solution no longer exists (\(message))."
        default: return "\(code): \(message)"
        }
    }
}
