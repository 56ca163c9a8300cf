import Foundation

/// What the providers that call out (STS, SSO, IMDS, containers) need: the environment and files, where STS is,
/// how to reach the network, and how to ask the user for an MFA code.
public struct CredentialContext: Sendable {
    public var environment: [String: String]
    public var configuration: SharedConfiguration
    /// Where AssumeRole and AssumeRoleWithWebIdentity go.
    public var stsEndpoint: AWSEndpoint
    public var transport: any HTTPTransport
    /// Asks for the current code of an MFA device (by its serial), before any TUI starts.
    public var mfaCode: @Sendable (_ serial: String) async throws -> String
    public var clock: @Sendable () -> Date

    public init(
        environment: [String: String], configuration: SharedConfiguration, stsEndpoint: AWSEndpoint,
        transport: any HTTPTransport = AsyncHTTPClientTransport(),
        mfaCode: @escaping @Sendable (String) async throws -> String = { serial in
            throw CredentialError("an MFA code for \(serial) is needed, but there is no terminal to ask on")
        },
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.environment = environment
        self.configuration = configuration
        self.stsEndpoint = stsEndpoint
        self.transport = transport
        self.mfaCode = mfaCode
        self.clock = clock
    }

    /// `role_session_name` when none is configured, like botocore's `botocore-session-<epoch>`.
    var defaultSessionName: String { "pdash-session-\(Int(clock().timeIntervalSince1970))" }

    func sts(with credentials: AWSCredentials?) -> STSClient {
        STSClient(
            endpoint: stsEndpoint,
            credentials: credentials.map {
                StaticCredentialProvider(accessKeyId: $0.accessKeyId, secretAccessKey: $0.secretAccessKey, sessionToken: $0.sessionToken)
            },
            transport: transport, clock: clock)
    }
}
