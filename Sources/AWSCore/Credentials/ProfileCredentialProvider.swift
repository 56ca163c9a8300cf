/// The shared-files step of the chain for one profile, in botocore's order: role assumption (and web identity)
/// first, then SSO, static keys from the credentials file, `credential_process`, static keys from the config file.
public struct ProfileCredentialProvider: CredentialProvider {
    public let name = "profile"
    public let context: CredentialContext
    public let profileName: String
    /// Chosen by `--profile` or `AWS_PROFILE`: then a missing profile is an error, not a skip.
    public let explicitlyChosen: Bool

    public init(context: CredentialContext, profileName: String, explicitlyChosen: Bool) {
        self.context = context
        self.profileName = profileName
        self.explicitlyChosen = explicitlyChosen
    }

    public func resolve() async throws -> AWSCredentials? {
        let configuration = context.configuration
        guard let profile = configuration.profile(profileName) else {
            guard explicitlyChosen else { return nil }
            let known = configuration.profileNames
            throw CredentialError("profile '\(profileName)' is not in \(configuration.configPath) or \(configuration.credentialsPath)"
                + (known.isEmpty ? " (no profiles found)" : "; profiles there: \(known.joined(separator: ", "))"))
        }
        if profile.string("role_arn") != nil {
            return try await AssumeRoleCredentialProvider(profileName: profileName, context: context).resolve()
        }
        return try await Self.nonRoleCredentials(profile, context: context)
    }

    /// A profile's own credentials, without role assumption: SSO, then keys and processes.
    static func nonRoleCredentials(_ profile: Profile, context: CredentialContext) async throws -> AWSCredentials? {
        if profile.string("sso_session") != nil || profile.string("sso_start_url") != nil || profile.string("sso_account_id") != nil {
            return try await SSOCredentialProvider(profile: profile, context: context).resolve()
        }
        if profile.credentials["aws_access_key_id"] != nil || profile.credentials["aws_secret_access_key"] != nil {
            return try await SharedFileCredentialProvider(profile: profile).resolve()
        }
        if let command = profile.string("credential_process") {
            return try await ProcessCredentialProvider(profileName: profile.name, command: command).resolve()
        }
        return try await SharedFileCredentialProvider(profile: profile).resolve()
    }
}
