import Foundation
import Synchronization

/// The access keys the emulator accepts: the configured long-term ones and the temporary ones its STS issues.
final class CredentialStore: Sendable {
    struct Entry: Sendable, Equatable, Codable {
        var secret: String
        var sessionToken: String?
        var expiration: Date?
        /// Who these keys are, for GetCallerIdentity.
        var arn: String
        var userId: String
    }

    private let entries: Mutex<[String: Entry]>
    private let longTerm: [String: Entry]
    let accountId: String
    /// Where issued credentials are saved before they are handed out, when the emulator keeps state.
    private let stateFile: StateFile?

    init(longTerm: [String: String], accountId: String, stateFile: StateFile? = nil) {
        self.accountId = accountId
        self.stateFile = stateFile
        var initial: [String: Entry] = [:]
        for (keyId, secret) in longTerm {
            initial[keyId] = Entry(secret: secret, arn: "arn:aws:iam::\(accountId):user/\(keyId)", userId: "AIDA" + Self.suffix(keyId))
        }
        self.longTerm = initial
        entries = Mutex(initial.merging(stateFile?.state.temporaryCredentials ?? [:]) { long, _ in long })
    }

    /// The temporary credentials issued so far.
    var temporary: [String: Entry] {
        entries.withLock { $0.filter { $0.value.sessionToken != nil } }
    }

    /// Forgets every temporary credential.
    func resetTemporary() throws(StateFileError) {
        try entries.withLock { (entries: inout [String: Entry]) throws(StateFileError) in
            try stateFile?.update { $0.temporaryCredentials = [:] }
            entries = longTerm
        }
    }

    func entry(for keyId: String) -> Entry? {
        entries.withLock { $0[keyId] }
    }

    /// Issues temporary credentials for an assumed role.
    func issue(roleArn: String, sessionName: String, duration: TimeInterval, now: Date) throws(StateFileError) -> (keyId: String, entry: Entry) {
        let keyId = "ASIA" + Self.random(16, alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        let roleName = roleArn.split(separator: "/").last.map(String.init) ?? "role"
        let entry = Entry(
            secret: Self.random(40, alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
            sessionToken: "FwoGZXIvYXdzE" + Self.random(120, alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
            expiration: now.addingTimeInterval(duration),
            arn: "arn:aws:sts::\(accountId):assumed-role/\(roleName)/\(sessionName)",
            userId: "AROA\(Self.suffix(roleName)):\(sessionName)")
        try entries.withLock { (entries: inout [String: Entry]) throws(StateFileError) in
            var issued = entries.filter { $0.value.sessionToken != nil }
            issued[keyId] = entry
            try stateFile?.update { $0.temporaryCredentials = issued }
            entries[keyId] = entry
        }
        return (keyId, entry)
    }

    private static func random(_ count: Int, alphabet: String) -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in characters.randomElement()! })
    }

    private static func suffix(_ seed: String) -> String {
        var hash: UInt64 = 1469598103934665603
        for byte in seed.utf8 { hash = (hash ^ UInt64(byte)) &* 1099511628211 }
        return String(String(hash, radix: 36).uppercased().prefix(13))
    }
}
