import Foundation

/// Caches what another provider returns and refreshes temporary credentials a few minutes before they expire,
/// one refresh at a time however many callers ask at once. `invalidate()` forces the next call to re-resolve
/// (after an `ExpiredToken` answer).
public actor CachingCredentialProvider: CredentialProvider {
    public nonisolated let name: String
    private let base: any CredentialProvider
    private let refreshMargin: TimeInterval
    private let clock: @Sendable () -> Date
    private var cached: AWSCredentials?
    private var inFlight: Task<AWSCredentials?, any Error>?

    public init(_ base: any CredentialProvider, refreshMargin: TimeInterval = 300, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.base = base
        self.name = base.name
        self.refreshMargin = refreshMargin
        self.clock = clock
    }

    public func resolve() async throws -> AWSCredentials? {
        if let cached, !needsRefresh(cached) { return cached }
        if let inFlight { return try await inFlight.value }
        let task = Task { [base] in try await base.resolve() }
        inFlight = task
        defer { inFlight = nil }
        do {
            let fresh = try await task.value
            cached = fresh
            return fresh
        } catch {
            // A failed refresh keeps credentials that are still valid, if any.
            if let cached, let expiration = cached.expiration, expiration > clock() { return cached }
            throw error
        }
    }

    /// Forgets the cached credentials.
    public func invalidate() {
        cached = nil
    }

    private func needsRefresh(_ credentials: AWSCredentials) -> Bool {
        guard let expiration = credentials.expiration else { return false }
        return expiration.timeIntervalSince(clock()) < refreshMargin
    }
}
