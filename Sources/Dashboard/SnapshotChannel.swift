import Synchronization

/// The newest published state, readable from any thread (the terminal's UI thread polls it).
public final class SnapshotChannel: Sendable {
    private let storage: Mutex<(sequence: Int, state: DashboardState)>

    public init(_ initial: DashboardState) {
        storage = Mutex((0, initial))
    }

    func publish(_ state: DashboardState) {
        storage.withLock { value in
            guard value.state != state else { return }
            value = (value.sequence + 1, state)
        }
    }

    /// The latest state and a number that grows each time it changes.
    public var latest: (sequence: Int, state: DashboardState) {
        storage.withLock { $0 }
    }
}
