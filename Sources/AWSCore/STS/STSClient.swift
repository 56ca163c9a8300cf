import Foundation

/// AWS Security Token Service over the Query protocol: who am I, and temporary credentials for a role.
public struct STSClient: Sendable {
    public static let apiVersion = "2011-06-15"
    public let endpoint: AWSEndpoint
    private let signed: QueryClient
    private let unsigned: QueryClient

    public init(endpoint: AWSEndpoint, credentials: (any CredentialProvider)?, transport: any HTTPTransport = AsyncHTTPClientTransport(),
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.endpoint = endpoint
        signed = QueryClient(signingName: "sts", version: Self.apiVersion, endpoint: endpoint, credentials: credentials,
                             transport: transport, clock: clock)
        unsigned = QueryClient(signingName: "sts", version: Self.apiVersion, endpoint: endpoint, credentials: nil,
                               transport: transport, clock: clock)
    }

    /// `GetCallerIdentity`.
    public struct CallerIdentity: Sendable, Equatable {
        public var account: String
        public var arn: String
        public var userId: String
        /// The server's `Date` header, for clock-skew checks.
        public var serverDate: String?
    }

    public func getCallerIdentity() async throws -> CallerIdentity {
        let answer = try await signed.send("GetCallerIdentity", [])
        return CallerIdentity(
            account: answer.values.value("Account") ?? "", arn: answer.values.value("Arn") ?? "",
            userId: answer.values.value("UserId") ?? "", serverDate: answer.serverDate)
    }

    /// `AssumeRole` with the options a profile can set.
    public func assumeRole(roleArn: String, sessionName: String, durationSeconds: Int? = nil, externalId: String? = nil,
                           serialNumber: String? = nil, tokenCode: String? = nil) async throws -> AWSCredentials {
        var parameters = [("RoleArn", roleArn), ("RoleSessionName", sessionName)]
        if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
        if let externalId { parameters.append(("ExternalId", externalId)) }
        if let serialNumber { parameters.append(("SerialNumber", serialNumber)) }
        if let tokenCode { parameters.append(("TokenCode", tokenCode)) }
        return try Self.credentials(from: try await signed.send("AssumeRole", parameters), source: "assume-role")
    }

    /// `AssumeRoleWithWebIdentity`: unsigned; the token proves who we are.
    public func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, token: String, durationSeconds: Int? = nil)
        async throws -> AWSCredentials
    {
        var parameters = [("RoleArn", roleArn), ("RoleSessionName", sessionName), ("WebIdentityToken", token)]
        if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
        return try Self.credentials(from: try await unsigned.send("AssumeRoleWithWebIdentity", parameters), source: "web-identity")
    }

    static func credentials(from answer: QueryClient.Answer, source: String) throws -> AWSCredentials {
        guard let keyId = answer.values.value("Credentials/AccessKeyId"),
              let secret = answer.values.value("Credentials/SecretAccessKey")
        else { throw ResponseDecodingError(operation: "STS", detail: "no Credentials in the answer") }
        return AWSCredentials(
            accessKeyId: keyId, secretAccessKey: secret, sessionToken: answer.values.value("Credentials/SessionToken"),
            expiration: answer.values.value("Credentials/Expiration").flatMap(ISO8601Time.parse), source: source)
    }
}
