import AWSCore
import Foundation

/// STS over the Query protocol: GetCallerIdentity, AssumeRole, AssumeRoleWithWebIdentity, with XML answers.
struct STSService: Sendable {
    var store: CredentialStore

    /// Actions that need no signature.
    static let unsignedActions: Set<String> = ["AssumeRoleWithWebIdentity"]

    func handle(action: String, parameters: [String: String], caller: CredentialStore.Entry?, now: Date, requestId: String)
        throws(EmulatorError) -> [UInt8]
    {
        switch action {
        case "GetCallerIdentity":
            guard let caller else { throw EmulatorError(status: 403, code: "MissingAuthenticationToken", message: "Missing Authentication Token") }
            return answer(action, requestId: requestId, result: """
                <Arn>\(XMLText.escape(caller.arn))</Arn><UserId>\(XMLText.escape(caller.userId))</UserId>\
                <Account>\(store.accountId)</Account>
                """)
        case "AssumeRole", "AssumeRoleWithWebIdentity":
            let roleArn = try required("RoleArn", parameters)
            let sessionName = try required("RoleSessionName", parameters)
            try validateRole(roleArn)
            guard sessionName.count >= 2, sessionName.count <= 64,
                  sessionName.allSatisfy({ $0.isLetter || $0.isNumber || "+=,.@-_".contains($0) }), sessionName.allSatisfy(\.isASCII)
            else {
                throw validation("Value '\(sessionName)' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*")
            }
            let duration = try durationSeconds(parameters["DurationSeconds"])
            if action == "AssumeRoleWithWebIdentity" {
                let token = try required("WebIdentityToken", parameters)
                guard token.split(separator: ".").count == 3 else {
                    throw EmulatorError(status: 400, code: "InvalidIdentityToken", message: "Couldn't parse the web identity token")
                }
            } else if parameters["SerialNumber"] != nil, (parameters["TokenCode"] ?? "").count != 6 {
                throw EmulatorError(status: 403, code: "AccessDenied", message: "MultiFactorAuthentication failed with invalid MFA one time pass code.")
            }
            let issued: (keyId: String, entry: CredentialStore.Entry)
            do {
                issued = try store.issue(roleArn: roleArn, sessionName: sessionName, duration: duration, now: now)
            } catch {
                throw .notSaved(error)
            }
            let (keyId, entry) = issued
            return answer(action, requestId: requestId, result: """
                <Credentials><AccessKeyId>\(keyId)</AccessKeyId><SecretAccessKey>\(entry.secret)</SecretAccessKey>\
                <SessionToken>\(entry.sessionToken ?? "")</SessionToken>\
                <Expiration>\(ISO8601Time.format(entry.expiration ?? now))</Expiration></Credentials>\
                <AssumedRoleUser><Arn>\(XMLText.escape(entry.arn))</Arn><AssumedRoleId>\(XMLText.escape(entry.userId))</AssumedRoleId></AssumedRoleUser>
                """)
        default:
            throw EmulatorError(status: 400, code: "InvalidAction", message: "Could not find operation \(action) for version 2011-06-15")
        }
    }

    private func answer(_ action: String, requestId: String, result: String) -> [UInt8] {
        Array("""
            <\(action)Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <\(action)Result>\(result)</\(action)Result>
              <ResponseMetadata><RequestId>\(requestId)</RequestId></ResponseMetadata>
            </\(action)Response>

            """.utf8)
    }

    private func required(_ name: String, _ parameters: [String: String]) throws(EmulatorError) -> String {
        guard let value = parameters[name], !value.isEmpty else {
            let member = name.prefix(1).lowercased() + name.dropFirst()
            throw validation("Value null at '\(member)' failed to satisfy constraint: Member must not be null")
        }
        return value
    }

    private func validateRole(_ arn: String) throws(EmulatorError) {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[2] == "iam", parts[4].count == 12,
              parts[4].allSatisfy(\.isNumber), parts[5].hasPrefix("role/"), parts[5].count > 5, arn.count >= 20, arn.count <= 2048
        else {
            throw validation("Value '\(arn)' at 'roleArn' failed to satisfy constraint: Member must be a valid IAM role ARN")
        }
    }

    private func durationSeconds(_ text: String?) throws(EmulatorError) -> TimeInterval {
        guard let text else { return 3600 }
        guard let value = Int(text), (900...43_200).contains(value) else {
            throw validation("Value '\(text)' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200")
        }
        return TimeInterval(value)
    }

    private func validation(_ detail: String) -> EmulatorError {
        EmulatorError(status: 400, code: "ValidationError", message: "1 validation error detected: \(detail)")
    }

    /// The STS error codes for the common authentication failures.
    static func translate(_ error: EmulatorError) -> EmulatorError {
        let codes = [
            "UnrecognizedClientException": "InvalidClientTokenId", "InvalidSignatureException": "SignatureDoesNotMatch",
            "IncompleteSignatureException": "IncompleteSignature", "MissingAuthenticationTokenException": "MissingAuthenticationToken",
            "ExpiredTokenException": "ExpiredToken",
        ]
        var translated = error
        translated.code = codes[error.code] ?? error.code
        return translated
    }

    static func errorBody(_ error: EmulatorError, requestId: String) -> [UInt8] {
        let type = error.status >= 500 ? "Receiver" : "Sender"
        return Array("""
            <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <Error><Type>\(type)</Type><Code>\(XMLText.escape(error.code))</Code><Message>\(XMLText.escape(error.message))</Message></Error>
              <RequestId>\(requestId)</RequestId>
            </ErrorResponse>

            """.utf8)
    }
}
