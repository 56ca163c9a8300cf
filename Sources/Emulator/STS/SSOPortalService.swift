import Foundation

/// The IAM Identity Center portal's GetRoleCredentials (`GET /federation/credentials`), for SSO profiles:
/// a cached bearer token in, temporary role credentials out.
struct SSOPortalService: Sendable {
    var store: CredentialStore
    /// Bearer tokens that count as a valid `aws sso login`.
    var tokens: Set<String>

    func getRoleCredentials(query: String, bearer: String?, now: Date) -> EmulatorResponder.Answer {
        guard let bearer, tokens.contains(bearer) else {
            return error(401, "UnauthorizedException", "Session token not found or invalid")
        }
        var parameters: [String: String] = [:]
        for (key, value) in AWSQueryForm.decode(query) { parameters[key] = value }
        guard let account = parameters["account_id"], account == store.accountId else {
            return error(403, "ForbiddenException", "No access")
        }
        guard let role = parameters["role_name"], !role.isEmpty else {
            return error(400, "InvalidRequestException", "role_name is required")
        }
        let issued: (keyId: String, entry: CredentialStore.Entry)
        do {
            issued = try store.issue(roleArn: "arn:aws:iam::\(account):role/\(role)", sessionName: "sso-user", duration: 3600, now: now)
        } catch {
            return self.error(500, "InternalFailure", error.description)
        }
        let (keyId, entry) = issued
        let expiration = Int64(((entry.expiration ?? now).timeIntervalSince1970 * 1000).rounded())
        let body = """
            {"roleCredentials":{"accessKeyId":\(JSONText.quote(keyId)),"secretAccessKey":\(JSONText.quote(entry.secret)),\
            "sessionToken":\(JSONText.quote(entry.sessionToken ?? "")),"expiration":\(expiration)}}
            """
        return EmulatorResponder.Answer(status: 200, body: Array(body.utf8), contentType: "application/json")
    }

    private func error(_ status: Int, _ code: String, _ message: String) -> EmulatorResponder.Answer {
        EmulatorResponder.Answer(status: status, body: EmulatorError(status: status, code: code, message: message).body,
                                 contentType: "application/json")
    }
}

import AWSCore

/// Form and query-string decoding shared with the Query protocol.
enum AWSQueryForm {
    static func decode(_ text: String) -> [(String, String)] { QueryClient.formDecode(text) }
}
