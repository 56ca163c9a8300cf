/// Static keys of a profile: `aws_access_key_id`, `aws_secret_access_key` and `aws_session_token` from the
/// credentials file (`shared-credentials-file`) or, failing that, the config file (`shared-config-file`).
public struct SharedFileCredentialProvider: CredentialProvider {
    public let profile: Profile

    public init(profile: Profile) {
        self.profile = profile
    }

    public var name: String {
        profile.file(of: "aws_access_key_id") == profile.configPath ? "shared-config-file" : "shared-credentials-file"
    }

    public func resolve() async throws -> AWSCredentials? {
        let keyId = profile.string("aws_access_key_id")
        let secret = profile.string("aws_secret_access_key")
        switch (keyId, secret) {
        case (nil, nil):
            return nil
        case (.some, nil):
            throw CredentialError("profile '\(profile.name)' has aws_access_key_id but no aws_secret_access_key "
                + "(\(profile.file(of: "aws_access_key_id") ?? profile.credentialsPath))")
        case (nil, .some):
            throw CredentialError("profile '\(profile.name)' has aws_secret_access_key but no aws_access_key_id "
                + "(\(profile.file(of: "aws_secret_access_key") ?? profile.credentialsPath))")
        case let (.some(keyId), .some(secret)):
            return AWSCredentials(
                accessKeyId: keyId, secretAccessKey: secret, sessionToken: profile.string("aws_session_token"), source: name)
        }
    }
}
