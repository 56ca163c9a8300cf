import Crypto
import Foundation

/// IAM Identity Center (SSO) profiles, with an `sso_session` section or the legacy `sso_start_url`: reads the
/// token that `aws sso login` cached in `~/.aws/sso/cache/` and exchanges it for role credentials
/// (GetRoleCredentials). A missing or expired token is an error that says which login command to run.
public struct SSOCredentialProvider: CredentialProvider {
    public let name = "sso"
    public let profile: Profile
    public let context: CredentialContext

    public init(profile: Profile, context: CredentialContext) {
        self.profile = profile
        self.context = context
    }

    private struct CachedToken: Decodable {
        var accessToken: String?
        var expiresAt: String?
    }

    private struct RoleCredentialsAnswer: Decodable {
        struct RoleCredentials: Decodable {
            var accessKeyId: String?
            var secretAccessKey: String?
            var sessionToken: String?
            var expiration: Double?
        }
        var roleCredentials: RoleCredentials?
    }

    private var loginAdvice: String { "run `aws sso login --profile \(profile.name)` and start pdash again" }

    public func resolve() async throws -> AWSCredentials? {
        let (cacheKey, ssoRegion) = try sessionSettings()
        guard let account = profile.string("sso_account_id"), let role = profile.string("sso_role_name") else {
            throw CredentialError("profile '\(profile.name)' uses SSO but lacks sso_account_id or sso_role_name")
        }
        let token = try cachedToken(cacheKey)
        let base = ssoEndpoint(region: ssoRegion)
        let query = "account_id=\(SigV4EncodingBridge.encode(account))&role_name=\(SigV4EncodingBridge.encode(role))"
        let response = try await context.transport.send(HTTPRequestData(
            method: "GET", url: base + "/federation/credentials?" + query,
            headers: [("x-amz-sso_bearer_token", token)], body: []), timeout: .seconds(10))
        if response.status == 401 || response.status == 403 {
            throw CredentialError("the SSO session of profile '\(profile.name)' is no longer valid: \(loginAdvice)")
        }
        guard response.status == 200 else {
            throw CredentialError("SSO GetRoleCredentials for profile '\(profile.name)' failed: \(AWSServiceError.decode(response))")
        }
        guard let answer = try? JSONDecoder().decode(RoleCredentialsAnswer.self, from: Data(response.body)),
              let keys = answer.roleCredentials, let keyId = keys.accessKeyId, let secret = keys.secretAccessKey
        else { throw CredentialError("SSO GetRoleCredentials for profile '\(profile.name)' returned no credentials") }
        return AWSCredentials(
            accessKeyId: keyId, secretAccessKey: secret, sessionToken: keys.sessionToken,
            expiration: keys.expiration.map { Date(timeIntervalSince1970: $0 / 1000) }, source: name)
    }

    /// The cache key (session name, or start URL for legacy profiles) and the SSO region.
    private func sessionSettings() throws -> (String, String) {
        if let session = profile.string("sso_session") {
            guard let section = context.configuration.ssoSession(session) else {
                throw CredentialError("profile '\(profile.name)' names sso_session '\(session)', but \(context.configuration.configPath) has no [sso-session \(session)]")
            }
            guard let region = section["sso_region"]?.text, !region.isEmpty else {
                throw CredentialError("[sso-session \(session)] has no sso_region")
            }
            return (session, region)
        }
        guard let url = profile.string("sso_start_url"), let region = profile.string("sso_region") else {
            throw CredentialError("profile '\(profile.name)' uses SSO but lacks sso_start_url or sso_region")
        }
        return (url, region)
    }

    private func cachedToken(_ key: String) throws -> String {
        let home = context.environment["HOME"] ?? NSHomeDirectory()
        let digest = Insecure.SHA1.hash(data: Array(key.utf8)).map { String(format: "%02x", $0) }.joined()
        let path = "\(home)/.aws/sso/cache/\(digest).json"
        guard let data = FileManager.default.contents(atPath: path),
              let token = try? JSONDecoder().decode(CachedToken.self, from: data), let access = token.accessToken
        else { throw CredentialError("profile '\(profile.name)' has no SSO login cached (\(path)): \(loginAdvice)") }
        let expiry = token.expiresAt.flatMap { ISO8601Time.parse($0.replacingOccurrences(of: "UTC", with: "Z")) }
        guard let expiry, expiry > context.clock() else {
            throw CredentialError("the SSO login of profile '\(profile.name)' has expired: \(loginAdvice)")
        }
        return access
    }

    private func ssoEndpoint(region: String) -> String {
        for variable in ["AWS_ENDPOINT_URL_SSO", "AWS_ENDPOINT_URL"] {
            if var url = context.environment[variable], !url.isEmpty {
                while url.hasSuffix("/") { url.removeLast() }
                return url
            }
        }
        return "https://portal.sso.\(region).amazonaws.com"
    }
}

import AWSSigV4

/// Query-string encoding shared with the signer.
enum SigV4EncodingBridge {
    static func encode(_ text: String) -> String { SigV4Encoding.encode(text) }
}
