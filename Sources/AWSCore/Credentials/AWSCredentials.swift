import AWSSigV4
import Foundation

/// A resolved set of AWS credentials. `description` never shows the secret or the token.
public struct AWSCredentials: Sendable, Equatable, CustomStringConvertible {
    public var accessKeyId: String
    public var secretAccessKey: String
    public var sessionToken: String?
    public var expiration: Date?
    /// Which provider produced them, e.g. "environment" or "explicit".
    public var source: String

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil, source: String) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
        self.source = source
    }

    public var signing: SigV4Credentials {
        SigV4Credentials(accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken)
    }

    public var description: String {
        "AWSCredentials(accessKeyId: \(accessKeyId), secretAccessKey: <redacted>, source: \(source))"
    }
}

/// Something that can produce credentials, or explain why it cannot.
public protocol CredentialProvider: Sendable {
    /// A short name used in messages ("environment", "explicit").
    var name: String { get }
    /// Returns credentials, nil when this provider has nothing to offer, or throws when it is misconfigured.
    func resolve() async throws -> AWSCredentials?
}

/// Why no credentials could be found; `description` is written for the user.
public struct CredentialError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
