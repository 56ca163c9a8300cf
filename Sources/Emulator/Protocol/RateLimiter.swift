import Foundation
import Synchronization

/// Request-rate limits like the service's: a token bucket per operation. Creates get a smaller bucket.
public struct RateLimits: Sendable, Equatable {
    public var readsPerSecond: Double
    public var readBurst: Double
    public var writesPerSecond: Double
    public var writeBurst: Double

    public init(readsPerSecond: Double = 5, readBurst: Double = 10, writesPerSecond: Double = 1, writeBurst: Double = 2) {
        self.readsPerSecond = readsPerSecond
        self.readBurst = readBurst
        self.writesPerSecond = writesPerSecond
        self.writeBurst = writeBurst
    }

    /// The service-like default: a few reads a second, fewer writes.
    public static let standard = RateLimits()

    static func isWrite(_ operation: String) -> Bool {
        operation.hasPrefix("Create") || operation.hasPrefix("Stop") || operation.hasPrefix("Delete") || operation.hasPrefix("Update")
    }
}

/// Token buckets keyed by operation; `allow` takes a token or says no.
final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    private let limits: RateLimits
    private let buckets = Mutex<[String: Bucket]>([:])

    init(_ limits: RateLimits) {
        self.limits = limits
    }

    func allow(_ operation: String, now: Date) -> Bool {
        let write = RateLimits.isWrite(operation)
        let rate = write ? limits.writesPerSecond : limits.readsPerSecond
        let burst = write ? limits.writeBurst : limits.readBurst
        return buckets.withLock { buckets in
            var bucket = buckets[operation] ?? Bucket(tokens: burst, updated: now)
            bucket.tokens = min(burst, bucket.tokens + max(0, now.timeIntervalSince(bucket.updated)) * rate)
            bucket.updated = now
            defer { buckets[operation] = bucket }
            guard bucket.tokens >= 1 else { return false }
            bucket.tokens -= 1
            return true
        }
    }
}
