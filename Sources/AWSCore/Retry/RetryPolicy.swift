/// Standard-mode retry decisions as values (no sleeping here): which failures are retryable and how long to wait.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in total, the first included.
    public var maxAttempts: Int
    /// Upper bound of a single backoff, in seconds.
    public var maximumBackoff: Double

    public init(maxAttempts: Int = 3, maximumBackoff: Double = 20) {
        self.maxAttempts = maxAttempts
        self.maximumBackoff = maximumBackoff
    }

    public static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    ]
    /// Answers that mean "your temporary credentials expired": refresh them, then retry once.
    public static let expiredTokenCodes: Set<String> = ["ExpiredToken", "ExpiredTokenException", "RequestExpired"]
    public static let transientCodes: Set<String> = ["RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete"]

    /// What went wrong with one attempt.
    public enum Failure: Sendable, Equatable {
        case service(code: String, httpStatus: Int)
        case transport
    }

    public func isRetryable(_ failure: Failure) -> Bool {
        switch failure {
        case .transport:
            return true
        case let .service(code, status):
            return Self.throttlingCodes.contains(code) || Self.transientCodes.contains(code)
                || [500, 502, 503, 504].contains(status)
        }
    }

    /// Seconds to wait before attempt `attempt + 1` (attempt counts from 1), or nil to give up.
    /// `random` is in [0, 1): full jitter over an exponential ceiling.
    public func delay(afterAttempt attempt: Int, failure: Failure, random: Double) -> Double? {
        guard attempt < maxAttempts, isRetryable(failure) else { return nil }
        let ceiling = min(Double(1 << min(attempt - 1, 30)), maximumBackoff)
        return random * ceiling
    }
}
