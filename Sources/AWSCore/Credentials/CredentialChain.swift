/// Providers tried in order; the first that returns credentials wins. A provider that throws stops the chain,
/// because a half-configured source is a mistake the user should hear about, not skip over.
public struct CredentialChain: CredentialProvider {
    public let name = "chain"
    public let providers: [any CredentialProvider]

    public init(_ providers: [any CredentialProvider]) {
        self.providers = providers
    }

    /// The AWS SDKs' chain: explicit keys, environment, web identity, the shared files' profile, container, then
    /// EC2 instance metadata. A profile named with `--profile` takes precedence over environment keys, as in the CLI.
    public static func standard(
        explicit: StaticCredentialProvider?, profileFlag: String? = nil, context: CredentialContext
    ) throws -> CredentialChain {
        var providers: [any CredentialProvider] = []
        if let explicit { providers.append(explicit) }
        if profileFlag == nil {
            providers.append(EnvironmentCredentialProvider(environment: context.environment))
            if let webIdentity = try WebIdentityCredentialProvider.fromEnvironment(context) { providers.append(webIdentity) }
        }
        let selection = ProfileSelection(flag: profileFlag, environment: context.environment)
        providers.append(ProfileCredentialProvider(context: context, profileName: selection.name, explicitlyChosen: selection.isExplicit))
        if profileFlag == nil {
            providers.append(ContainerCredentialProvider(environment: context.environment, transport: context.transport))
            providers.append(InstanceMetadataCredentialProvider(
                client: InstanceMetadataClient(environment: context.environment, transport: context.transport)))
        }
        return CredentialChain(providers)
    }

    /// Explicit keys and the environment only: no files, no network (tests, the emulator's own clients).
    public static func keysOnly(explicit: StaticCredentialProvider?, environment: [String: String]) -> CredentialChain {
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
        throw missing
    }

    /// The error for "no provider had anything", naming what was tried.
    public var missing: CredentialError {
        let tried = providers.map(\.name).joined(separator: ", ")
        return CredentialError(
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
