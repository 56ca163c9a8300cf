import Foundation
import Synchronization

/// The emulated account behind a lock: reads take a consistent copy, writes (create, stop) are atomic.
final class WorldStore: Sendable {
    private let world: Mutex<EmulatorWorld>
    /// How fast simulated time runs for new training (1 = realistic).
    let timeScale: Double

    private let generator: Mutex<SeededGenerator>
    /// Where every change is saved before it is acknowledged, when the emulator keeps state.
    private let stateFile: StateFile?

    init(_ world: EmulatorWorld, timeScale: Double, randomSeed: UInt64? = nil, stateFile: StateFile? = nil) {
        self.world = Mutex(world)
        self.timeScale = max(timeScale, 0.01)
        self.generator = Mutex(SeededGenerator(seed: randomSeed.map { $0 ^ 0x5eed }))
        self.stateFile = stateFile
    }

    var snapshot: EmulatorWorld { world.withLock { $0 } }

    /// Replaces the whole world (the control API's reset).
    func replace(with newWorld: EmulatorWorld) throws(StateFileError) {
        try world.withLock { (world: inout EmulatorWorld) throws(StateFileError) in
            try stateFile?.update { $0.world = newWorld }
            world = newWorld
        }
    }

    /// Saves `changed` (the world after a mutation) and only then makes it the current world.
    private func commit(_ changed: EmulatorWorld, into world: inout EmulatorWorld) throws(EmulatorError) {
        do {
            try stateFile?.update { $0.world = changed }
        } catch {
            throw .notSaved(error)
        }
        world = changed
    }

    /// Eight lowercase hex digits no version of the solution has yet.
    private func newVersionId(avoiding plans: [TrainingPlan]) -> String {
        let taken = Set(plans.map(\.id))
        while true {
            let id = generator.withLock { String(format: "%08x", UInt32.random(in: .min ... .max, using: &$0)) }
            if !taken.contains(id) { return id }
        }
    }

    /// Personalize allows this many versions pending or in progress per region.
    static let maximumActiveVersions = 20

    /// CreateSolutionVersion's rules: the solution exists, nothing of it is already training, the account is under
    /// its quota, UPDATE needs an ACTIVE FULL version, names are unique within the solution.
    func createVersion(solutionName: String, trainingMode: String, name: String?, now: Date) throws(EmulatorError) -> TrainingPlan {
        try world.withLock { (world: inout EmulatorWorld) throws(EmulatorError) -> TrainingPlan in
            let all = world.plans(at: now)
            let observed = all.compactMap { plan in plan.observe(at: now).map { (plan, $0.status) } }
            let busy = observed.filter { ["CREATE PENDING", "CREATE IN_PROGRESS", "CREATE STOPPING"].contains($0.1) }
            if let running = busy.first(where: { $0.0.solutionName == solutionName }) {
                throw EmulatorError(status: 400, code: "ResourceInUseException",
                                    message: "Solution \(solutionName) already has a solution version in progress (\(running.0.id)). Wait for it to finish or stop it.")
            }
            if busy.count >= Self.maximumActiveVersions {
                throw EmulatorError(status: 400, code: "LimitExceededException",
                                    message: "You have reached the limit of \(Self.maximumActiveVersions) pending or in progress solution versions.")
            }
            if trainingMode == "UPDATE" {
                let hasFull = observed.contains { $0.0.solutionName == solutionName && $0.0.trainingMode == "FULL" && $0.1 == "ACTIVE" }
                guard hasFull else {
                    throw .invalidInput("trainingMode UPDATE requires an ACTIVE solution version trained with trainingMode FULL.")
                }
            }
            if let name, all.contains(where: { $0.solutionName == solutionName && $0.name == name }) {
                throw EmulatorError(status: 400, code: "ResourceAlreadyExistsException",
                                    message: "A solution version named \(name) already exists for solution \(solutionName).")
            }
            let id = newVersionId(avoiding: all)
            let failure = world.solution(named: solutionName)?.trainingFailure
            // A FULL training is about an hour of real work on a few instances, an UPDATE a fraction of it; a
            // training that fails on its data fails early.
            let variation = 0.8 + 0.4 * Double(UInt32(id, radix: 16) ?? 0) / Double(UInt32.max)
            let hours = (trainingMode == "UPDATE" ? 0.9 : 3.2) * variation * (failure == nil ? 1 : 0.15)
            let plan = TrainingPlan(
                id: id, solutionName: solutionName, trainingMode: trainingMode, trainingType: "MANUAL", created: now,
                pendingSeconds: 10 / timeScale,
                trainingSeconds: (trainingMode == "UPDATE" ? 40 : 90) / timeScale * (failure == nil ? 1 : 0.3),
                outcome: failure.map { .failed(reason: $0) } ?? .active, name: name, stoppingSeconds: 10 / timeScale,
                billedHours: (hours * 1000).rounded() / 1000)
            var changed = world
            changed.plans.append(plan)
            try commit(changed, into: &world)
            return plan
        }
    }

    /// StopSolutionVersionCreation: only versions still pending or in progress can be stopped.
    func stopVersion(id: String, solutionName: String, now: Date) throws(EmulatorError) {
        try world.withLock { (world: inout EmulatorWorld) throws(EmulatorError) in
            guard let index = world.plans.firstIndex(where: { $0.id == id && $0.solutionName == solutionName }) else {
                if world.plans(at: now).contains(where: { $0.id == id && $0.solutionName == solutionName }) {
                    throw EmulatorError(status: 400, code: "ResourceInUseException",
                                        message: "Solution version \(id) was created by automatic training and cannot be stopped here.")
                }
                throw .resourceNotFound("Could not find solution version \(id) of solution \(solutionName).")
            }
            let status = world.plans[index].observe(at: now)?.status ?? ""
            guard status == "CREATE PENDING" || status == "CREATE IN_PROGRESS" else {
                throw EmulatorError(status: 400, code: "ResourceInUseException",
                                    message: "Solution version \(id) is \(status); only CREATE PENDING or CREATE IN_PROGRESS versions can be stopped.")
            }
            var changed = world
            changed.plans[index].stopRequested = now
            try commit(changed, into: &world)
        }
    }
}
