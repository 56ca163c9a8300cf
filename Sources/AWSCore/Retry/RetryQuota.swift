import Synchronization

/// The standard-mode retry quota: a bucket of 500 tokens; a retry costs 5 (10 after a timeout), a success
/// without retries refunds 1, a success after retries refunds what its retries cost. When the bucket cannot pay,
/// nobody retries, so an outage does not turn into a retry storm. Pure value; see `SharedRetryQuota` for sharing.
public struct RetryQuota: Sendable, Equatable {
    public static let capacity = 500
    public static let retryCost = 5
    public static let timeoutRetryCost = 10

    public private(set) var available: Int

    public init(available: Int = RetryQuota.capacity) {
        self.available = available
    }

    /// Takes the cost of one retry; nil (and nothing taken) when the bucket cannot pay.
    public mutating func acquire(afterTimeout: Bool) -> Int? {
        let cost = afterTimeout ? Self.timeoutRetryCost : Self.retryCost
        guard available >= cost else { return nil }
        available -= cost
        return cost
    }

    /// A request succeeded; `retryCost` is what its last retry took (0 when it needed none).
    public mutating func recordSuccess(retryCost: Int) {
        available = min(Self.capacity, available + (retryCost > 0 ? retryCost : 1))
    }
}

/// One quota shared by every request of a client.
public final class SharedRetryQuota: Sendable {
    private let quota = Mutex(RetryQuota())

    public init() {}

    public func acquire(afterTimeout: Bool) -> Int? {
        quota.withLock { $0.acquire(afterTimeout: afterTimeout) }
    }

    public func recordSuccess(retryCost: Int) {
        quota.withLock { $0.recordSuccess(retryCost: retryCost) }
    }

    public var available: Int { quota.withLock { $0.available } }
}
