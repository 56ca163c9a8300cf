import Foundation

/// `credential_process`: runs the profile's command and reads its JSON (`Version` 1, `AccessKeyId`,
/// `SecretAccessKey`, optional `SessionToken` and `Expiration`). The command's output is never echoed in errors,
/// because it carries a secret.
public struct ProcessCredentialProvider: CredentialProvider {
    public let name = "credential-process"
    public let profileName: String
    public let command: String

    public init(profileName: String, command: String) {
        self.profileName = profileName
        self.command = command
    }

    private struct Output: Decodable {
        var Version: Int?
        var AccessKeyId: String?
        var SecretAccessKey: String?
        var SessionToken: String?
        var Expiration: String?
    }

    public func resolve() async throws -> AWSCredentials? {
        let arguments: [String]
        do {
            arguments = try ShellWords.split(command)
        } catch {
            throw CredentialError("credential_process of profile '\(profileName)': \(error)")
        }
        guard let program = arguments.first else {
            throw CredentialError("credential_process of profile '\(profileName)' is empty")
        }
        let result: ChildProcess.Result
        do {
            result = try await ChildProcess.runDetached(arguments, separateErrors: true)
        } catch {
            throw CredentialError("credential_process of profile '\(profileName)': cannot run '\(program)': \(error)")
        }
        guard result.status == 0 else {
            let detail = result.errorOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            throw CredentialError("credential_process of profile '\(profileName)' ('\(program)') exited with status \(result.status)"
                + (detail.isEmpty ? "" : ": \(detail.prefix(300))"))
        }
        guard let output = try? JSONDecoder().decode(Output.self, from: Data(result.output.utf8)) else {
            throw CredentialError("credential_process of profile '\(profileName)' did not print a JSON object")
        }
        guard output.Version == 1 else {
            throw CredentialError("credential_process of profile '\(profileName)' printed Version \(output.Version.map(String.init) ?? "(none)"); only Version 1 is supported")
        }
        guard let keyId = output.AccessKeyId, !keyId.isEmpty, let secret = output.SecretAccessKey, !secret.isEmpty else {
            throw CredentialError("credential_process of profile '\(profileName)' printed no AccessKeyId/SecretAccessKey")
        }
        var expiration: Date?
        if let text = output.Expiration {
            guard let parsed = ISO8601Time.parse(text) else {
                throw CredentialError("credential_process of profile '\(profileName)' printed an Expiration that is not ISO 8601: '\(text)'")
            }
            expiration = parsed
        }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: output.SessionToken,
                              expiration: expiration, source: name)
    }
}

/// ISO 8601 timestamps as AWS writes them (`2026-11-23T20:00:00Z`, with or without fractions or an offset).
public enum ISO8601Time {
    public static func parse(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }

    public static func format(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
