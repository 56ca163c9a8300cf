/// Providers tried in order; the first that returns credentials wins. A provider that throws stops the chain,
/// because a half-configured source is a mistake the user should hear about, not skip over.
public struct CredentialChain: CredentialProvider {
    public let name = "chain"
    public let providers: [any CredentialProvider]

    public init(_ providers: [any CredentialProvider]) {
        self.providers = providers
    }

    /// The chain pdash uses: explicit keys (when given), the environment, then the shared files' profile.
    /// A profile named with `--profile` takes precedence over environment keys, as in the AWS CLI.
    public static func standard(
        explicit: StaticCredentialProvider?, environment: [String: String],
        profileFlag: String? = nil, configuration: SharedConfiguration? = nil
    ) -> CredentialChain {
        var providers: [any CredentialProvider] = []
        if let explicit { providers.append(explicit) }
        if profileFlag == nil { providers.append(EnvironmentCredentialProvider(environment: environment)) }
        if let configuration {
            let selection = ProfileSelection(flag: profileFlag, environment: environment)
            providers.append(ProfileCredentialProvider(
                configuration: configuration, profileName: selection.name, explicitlyChosen: selection.isExplicit))
        }
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
                + "choose a profile with --profile or AWS_PROFILE, pass --access-key-id and --secret-access-key, "
                + "or try `pdash --demo`.")
    }
}

/// Which profile to read: `--profile`, then `AWS_PROFILE` (or `AWS_DEFAULT_PROFILE`), then "default".
public struct ProfileSelection: Sendable, Equatable {
    public var name: String
    /// Where the name came from: "--profile", "AWS_PROFILE", "AWS_DEFAULT_PROFILE" or "default".
    public var source: String
    public var isExplicit: Bool { source != "default" }

    public init(flag: String?, environment: [String: String]) {
        if let flag, !flag.isEmpty {
            (name, source) = (flag, "--profile")
        } else if let value = environment["AWS_PROFILE"], !value.isEmpty {
            (name, source) = (value, "AWS_PROFILE")
        } else if let value = environment["AWS_DEFAULT_PROFILE"], !value.isEmpty {
            (name, source) = (value, "AWS_DEFAULT_PROFILE")
        } else {
            (name, source) = ("default", "default")
        }
    }
}
