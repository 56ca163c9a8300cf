/// Credentials given explicitly (command-line flags, or the demo's fixed keys).
public struct StaticCredentialProvider: CredentialProvider {
    public let name: String
    private let credentials: AWSCredentials

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, name: String = "explicit") {
        self.name = name
        self.credentials = AWSCredentials(
            accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken, source: name)
    }

    public func resolve() async throws -> AWSCredentials? { credentials }
}
