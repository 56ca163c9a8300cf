import Foundation

/// `AssumeRoleWithWebIdentity` with a token file (EKS IRSA, GitHub Actions OIDC): from the environment
/// (`AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_ARN`, `AWS_ROLE_SESSION_NAME`) or a profile's
/// `web_identity_token_file`, `role_arn` and `role_session_name`. The file is re-read at each refresh.
public struct WebIdentityCredentialProvider: CredentialProvider {
    public let name = "web-identity"
    public let tokenFile: String
    public let roleArn: String
    public let sessionName: String?
    public let context: CredentialContext

    public init(tokenFile: String, roleArn: String, sessionName: String?, context: CredentialContext) {
        self.tokenFile = tokenFile
        self.roleArn = roleArn
        self.sessionName = sessionName
        self.context = context
    }

    /// The provider the environment describes, nil when `AWS_WEB_IDENTITY_TOKEN_FILE` is not set.
    public static func fromEnvironment(_ context: CredentialContext) throws -> WebIdentityCredentialProvider? {
        guard let file = context.environment["AWS_WEB_IDENTITY_TOKEN_FILE"], !file.isEmpty else { return nil }
        guard let role = context.environment["AWS_ROLE_ARN"], !role.isEmpty else {
            throw CredentialError("AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not; set both")
        }
        return WebIdentityCredentialProvider(
            tokenFile: file, roleArn: role, sessionName: context.environment["AWS_ROLE_SESSION_NAME"], context: context)
    }

    public func resolve() async throws -> AWSCredentials? {
        guard let data = FileManager.default.contents(atPath: tokenFile) else {
            throw CredentialError("cannot read the web identity token file \(tokenFile)")
        }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { throw CredentialError("the web identity token file \(tokenFile) is empty") }
        do {
            return try await context.sts(with: nil).assumeRoleWithWebIdentity(
                roleArn: roleArn, sessionName: sessionName ?? context.defaultSessionName, token: token)
        } catch let error as AWSServiceError {
            throw CredentialError("AssumeRoleWithWebIdentity for \(roleArn) failed: \(error)")
        }
    }
}
