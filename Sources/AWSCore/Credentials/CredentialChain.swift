/// Providers tried in order; the first that returns credentials wins. A provider that throws stops the chain,
/// because a half-configured source is a mistake the user should hear about, not skip over.
public struct CredentialChain: CredentialProvider {
    public let name = "chain"
    public let providers: [any CredentialProvider]

    public init(_ providers: [any CredentialProvider]) {
        self.providers = providers
    }

    /// The chain pdash uses today: explicit keys (when given), then the environment.
    public static func standard(explicit: StaticCredentialProvider?, environment: [String: String]) -> CredentialChain {
        var providers: [any CredentialProvider] = []
        if let explicit { providers.append(explicit) }
        providers.append(EnvironmentCredentialProvider(environment: environment))
        return CredentialChain(providers)
    }

    public func resolve() async throws -> AWSCredentials? {
        for provider in providers {
            if let credentials = try await provider.resolve() { return credentials }
        }
        return nil
    }

    /// Like `resolve`, but a missing result becomes an error that names what was tried.
    public func require() async throws -> AWSCredentials {
        if let credentials = try await resolve() { return credentials }
        let tried = providers.map(\.name).joined(separator: ", ")
        throw CredentialError(
            "no AWS credentials found (tried: \(tried)). Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
                + "pass --access-key-id and --secret-access-key, or try `pdash --demo`.")
    }
}
