/// The shared-files step of the chain for one profile: in botocore's order, role assumption and SSO first,
/// then static keys from the credentials file, `credential_process`, then static keys from the config file.
public struct ProfileCredentialProvider: CredentialProvider {
    public let name = "profile"
    public let configuration: SharedConfiguration
    public let profileName: String
    /// Chosen by `--profile` or `AWS_PROFILE`: then a missing profile is an error, not a skip.
    public let explicitlyChosen: Bool

    public init(configuration: SharedConfiguration, profileName: String, explicitlyChosen: Bool) {
        self.configuration = configuration
        self.profileName = profileName
        self.explicitlyChosen = explicitlyChosen
    }

    public func resolve() async throws -> AWSCredentials? {
        guard let profile = configuration.profile(profileName) else {
            guard explicitlyChosen else { return nil }
            let known = configuration.profileNames
            throw CredentialError("profile '\(profileName)' is not in \(configuration.configPath) or \(configuration.credentialsPath)"
                + (known.isEmpty ? " (no profiles found)" : "; profiles there: \(known.joined(separator: ", "))"))
        }
        if profile.string("role_arn") != nil {
            throw CredentialError("profile '\(profileName)' assumes a role (role_arn); pdash cannot assume roles yet. "
                + "Export the role's credentials (aws configure export-credentials --profile \(profileName) --format env) and run again.")
        }
        if profile.string("sso_session") != nil || profile.string("sso_start_url") != nil {
            throw CredentialError("profile '\(profileName)' uses IAM Identity Center (SSO); pdash cannot read SSO tokens yet. "
                + "Export the credentials (aws configure export-credentials --profile \(profileName) --format env) and run again.")
        }
        if profile.credentials["aws_access_key_id"] != nil || profile.credentials["aws_secret_access_key"] != nil {
            return try await SharedFileCredentialProvider(profile: profile).resolve()
        }
        if let command = profile.string("credential_process") {
            return try await ProcessCredentialProvider(profileName: profileName, command: command).resolve()
        }
        return try await SharedFileCredentialProvider(profile: profile).resolve()
    }
}
