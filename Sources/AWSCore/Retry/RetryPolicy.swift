/// Standard-mode retry decisions as values (no sleeping here): which failures are retryable and how long to wait.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in total, the first included.
    public var maxAttempts: Int
    /// Upper bound of a single backoff, in seconds.
    public var maximumBackoff: Double

    public init(maxAttempts: Int = 3, maximumBackoff: Double = 20) {
        self.maxAttempts = max(1, maxAttempts)
        self.maximumBackoff = maximumBackoff
    }

    /// `AWS_MAX_ATTEMPTS`, else the profile's `max_attempts`, else 3. A value that is not a positive number is an error.
    public static func configured(environment: [String: String], profile: Profile?) throws(CredentialError) -> RetryPolicy {
        let (text, origin): (String?, String) = environment["AWS_MAX_ATTEMPTS"].map { ($0, "AWS_MAX_ATTEMPTS") }
            ?? (profile?.string("max_attempts").map { ($0, "max_attempts in profile \(profile?.name ?? "")") } ?? (nil, ""))
        guard let text, !text.isEmpty else { return RetryPolicy() }
        guard let value = Int(text), value >= 1 else {
            throw CredentialError("\(origin) must be a whole number of at least 1, not '\(text)'")
        }
        return RetryPolicy(maxAttempts: value)
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
