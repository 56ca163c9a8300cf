import Foundation

/// A profile with `role_arn`: gets base credentials from `source_profile` (which may itself assume a role;
/// loops are detected) or `credential_source` (Environment, Ec2InstanceMetadata, EcsContainer), then calls
/// STS AssumeRole with `role_session_name`, `external_id`, `duration_seconds` and `mfa_serial`.
public struct AssumeRoleCredentialProvider: CredentialProvider {
    public let name = "assume-role"
    public let profileName: String
    public let context: CredentialContext

    public init(profileName: String, context: CredentialContext) {
        self.profileName = profileName
        self.context = context
    }

    public func resolve() async throws -> AWSCredentials? {
        try await credentials(for: profileName, visited: [])
    }

    private func credentials(for name: String, visited: [String]) async throws -> AWSCredentials {
        if visited.contains(name) {
            throw CredentialError("profiles form a loop through source_profile: \((visited + [name]).joined(separator: " -> "))")
        }
        guard let profile = context.configuration.profile(name) else {
            throw CredentialError("profile '\(name)'\(visited.last.map { " (source_profile of '\($0)')" } ?? "") is not in "
                + "\(context.configuration.configPath) or \(context.configuration.credentialsPath)")
        }
        guard let roleArn = profile.string("role_arn") else {
            guard let base = try await ProfileCredentialProvider.nonRoleCredentials(profile, context: context) else {
                throw CredentialError("profile '\(name)', the source_profile of '\(visited.last ?? name)', has no credentials")
            }
            return base
        }
        if let tokenFile = profile.string("web_identity_token_file") {
            return try await WebIdentityCredentialProvider(
                tokenFile: tokenFile, roleArn: roleArn, sessionName: profile.string("role_session_name"), context: context
            ).resolve() ?? { throw CredentialError("web identity for profile '\(name)' returned nothing") }()
        }
        let base: AWSCredentials
        switch (profile.string("source_profile"), profile.string("credential_source")) {
        case (nil, nil):
            throw CredentialError("profile '\(name)' has role_arn but neither source_profile nor credential_source")
        case (.some, .some):
            throw CredentialError("profile '\(name)' sets both source_profile and credential_source; keep one")
        case let (source?, nil):
            if source == name {
                guard let own = try await SharedFileCredentialProvider(profile: profile).resolve() else {
                    throw CredentialError("profile '\(name)' is its own source_profile but has no keys")
                }
                base = own
            } else {
                base = try await credentials(for: source, visited: visited + [name])
            }
        case let (nil, source?):
            base = try await credentialSource(source, profile: name)
        }
        return try await assume(roleArn: roleArn, profile: profile, base: base)
    }

    private func credentialSource(_ source: String, profile: String) async throws -> AWSCredentials {
        let provider: any CredentialProvider
        switch source {
        case "Environment": provider = EnvironmentCredentialProvider(environment: context.environment)
        case "Ec2InstanceMetadata":
            provider = InstanceMetadataCredentialProvider(client: InstanceMetadataClient(environment: context.environment, transport: context.transport))
        case "EcsContainer": provider = ContainerCredentialProvider(environment: context.environment, transport: context.transport)
        default:
            throw CredentialError("profile '\(profile)': credential_source '\(source)' is not one of Environment, Ec2InstanceMetadata, EcsContainer")
        }
        guard let credentials = try await provider.resolve() else {
            throw CredentialError("profile '\(profile)': credential_source \(source) has no credentials")
        }
        return credentials
    }

    private func assume(roleArn: String, profile: Profile, base: AWSCredentials) async throws -> AWSCredentials {
        var duration: Int?
        if let text = profile.string("duration_seconds") {
            guard let value = Int(text), (900...43_200).contains(value) else {
                throw CredentialError("profile '\(profile.name)': duration_seconds must be a number from 900 to 43200, not '\(text)'")
            }
            duration = value
        }
        let serial = profile.string("mfa_serial")
        let code = try await serial.asyncMap { try await context.mfaCode($0) }
        do {
            var credentials = try await context.sts(with: base).assumeRole(
                roleArn: roleArn, sessionName: profile.string("role_session_name") ?? context.defaultSessionName,
                durationSeconds: duration, externalId: profile.string("external_id"), serialNumber: serial, tokenCode: code)
            credentials.source = name
            return credentials
        } catch let error as AWSServiceError {
            throw CredentialError("profile '\(profile.name)': AssumeRole \(roleArn) failed: \(error)")
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
