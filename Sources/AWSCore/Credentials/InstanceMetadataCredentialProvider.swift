import Foundation

/// EC2 instance metadata (IMDSv2 only): a session token from `PUT /latest/api/token`, then the role name and its
/// credentials. `AWS_EC2_METADATA_SERVICE_ENDPOINT` moves it, `AWS_EC2_METADATA_DISABLED=true` turns it off.
/// Short timeouts: off EC2 it gives up within about a second and the chain moves on.
public struct InstanceMetadataCredentialProvider: CredentialProvider {
    public let name = "imds"
    public let client: InstanceMetadataClient

    public init(client: InstanceMetadataClient) {
        self.client = client
    }

    private struct Document: Decodable {
        var Code: String?
        var AccessKeyId: String?
        var SecretAccessKey: String?
        var Token: String?
        var Expiration: String?
    }

    public func resolve() async throws -> AWSCredentials? {
        guard !client.isDisabled else { return nil }
        guard let token = try? await client.sessionToken() else { return nil }
        guard let roles = try await client.get("/latest/meta-data/iam/security-credentials/", token: token),
              let role = roles.split(whereSeparator: \.isNewline).first.map(String.init), !role.isEmpty
        else { return nil }
        guard let body = try await client.get("/latest/meta-data/iam/security-credentials/\(role)", token: token),
              let document = try? JSONDecoder().decode(Document.self, from: Data(body.utf8))
        else { throw CredentialError("instance metadata: the credentials of role '\(role)' could not be read") }
        guard document.Code == nil || document.Code == "Success", let keyId = document.AccessKeyId,
              let secret = document.SecretAccessKey
        else { throw CredentialError("instance metadata: role '\(role)' answered \(document.Code ?? "without credentials")") }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: document.Token,
                              expiration: document.Expiration.flatMap(ISO8601Time.parse), source: name)
    }
}

/// Talks to the instance metadata service with an IMDSv2 session token.
public struct InstanceMetadataClient: Sendable {
    public let endpoint: String
    public let isDisabled: Bool
    private let transport: any HTTPTransport
    private let timeout: Duration

    public init(environment: [String: String], transport: any HTTPTransport = AsyncHTTPClientTransport(), timeout: Duration = .seconds(1)) {
        var endpoint = environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"].flatMap { $0.isEmpty ? nil : $0 } ?? "http://169.254.169.254"
        while endpoint.hasSuffix("/") { endpoint.removeLast() }
        self.endpoint = endpoint
        self.isDisabled = environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() == "true"
        self.transport = transport
        self.timeout = timeout
    }

    public func sessionToken() async throws -> String {
        let response = try await transport.send(HTTPRequestData(
            method: "PUT", url: endpoint + "/latest/api/token",
            headers: [("X-aws-ec2-metadata-token-ttl-seconds", "21600"), ("Content-Length", "0")], body: []), timeout: timeout)
        guard response.status == 200 else { throw CredentialError("instance metadata refused a session token (HTTP \(response.status))") }
        return String(decoding: response.body, as: UTF8.self)
    }

    /// The body of `path`, nil on 404.
    public func get(_ path: String, token: String) async throws -> String? {
        let response = try await transport.send(HTTPRequestData(
            method: "GET", url: endpoint + path, headers: [("X-aws-ec2-metadata-token", token)], body: []), timeout: timeout)
        if response.status == 404 { return nil }
        guard response.status == 200 else { throw CredentialError("instance metadata answered HTTP \(response.status) for \(path)") }
        return String(decoding: response.body, as: UTF8.self)
    }

    /// The instance's region, when running on EC2.
    public func region() async -> String? {
        guard !isDisabled, let token = try? await sessionToken(),
              let region = try? await get("/latest/meta-data/placement/region", token: token)
        else { return nil }
        let trimmed = region.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
