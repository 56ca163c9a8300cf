import AWSCore
import Emulator
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Synchronization
import Testing

/// A tiny loopback HTTP server answering from a closure (IMDS, container credentials).
final class LoopbackServer: Sendable {
    let url: String
    private let task: Task<Void, Never>

    init(_ handler: @escaping @Sendable (Request) async -> (Int, String)) async throws {
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            let (status, body) = await handler(request)
            return Response(status: .init(code: status), body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            responder: responder, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) },
            logger: Logger(label: "loopback", factory: { _ in SwiftLogNoOpLogHandler() }))
        task = Task { try? await app.run() }
        var port = 0
        for await value in ports { port = value; break }
        url = "http://127.0.0.1:\(port)"
    }

    deinit { task.cancel() }
}

@Suite("credential providers over loopback", .serialized)
struct CredentialProviderTests {
    static let secret = EmulatorConfiguration.demoSecretAccessKey

    func context(_ home: TemporaryHome, emulator: EmulatorServer, environment extra: [String: String] = [:],
                 mfa: @escaping @Sendable (String) async throws -> String = { _ in throw CredentialError("no MFA") }) throws -> CredentialContext {
        var environment = home.environment.merging(extra) { _, new in new }
        environment["AWS_EC2_METADATA_DISABLED"] = environment["AWS_EC2_METADATA_DISABLED"] ?? "true"
        return CredentialContext(
            environment: environment, configuration: try SharedConfiguration.load(environment: environment),
            stsEndpoint: try AWSEndpoint(service: .sts, region: "us-east-1", customURL: emulator.endpointURL), mfaCode: mfa)
    }

    func identity(_ credentials: AWSCredentials, emulator: EmulatorServer) async throws -> String {
        let sts = STSClient(
            endpoint: try AWSEndpoint(service: .sts, region: "us-east-1", customURL: emulator.endpointURL),
            credentials: StaticCredentialProvider(accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey,
                                                  sessionToken: credentials.sessionToken))
        return try await sts.getCallerIdentity().arn
    }

    @Test func assumeRoleThroughAChainOfSourceProfiles() async throws {
        let emulator = try await EmulatorServer.start()
        defer { Task { await emulator.stop() } }
        let home = try TemporaryHome(
            config: """
                [profile base]
                aws_access_key_id = pdash-demo
                aws_secret_access_key = \(Self.secret)
                [profile middle]
                role_arn = arn:aws:iam::111122223333:role/Middle
                source_profile = base
                [profile deploy]
                role_arn = arn:aws:iam::111122223333:role/Trainer
                source_profile = middle
                role_session_name = nightly
                external_id = ext-123
                duration_seconds = 1800
                """)
        defer { home.remove() }
        let chain = try CredentialChain.standard(explicit: nil, profileFlag: "deploy", context: context(home, emulator: emulator))
        let credentials = try await chain.require()
        #expect(credentials.source == "assume-role")
        #expect(credentials.accessKeyId.hasPrefix("ASIA"))
        #expect(credentials.sessionToken != nil)
        let expiresIn = try #require(credentials.expiration).timeIntervalSinceNow
        #expect(expiresIn > 1700 && expiresIn <= 1800)
        #expect(try await identity(credentials, emulator: emulator) == "arn:aws:sts::111122223333:assumed-role/Trainer/nightly")
    }

    @Test func sourceProfileLoopsAreDetected() async throws {
        let emulator = try await EmulatorServer.start()
        defer { Task { await emulator.stop() } }
        let home = try TemporaryHome(config: """
            [profile a]
            role_arn = arn:aws:iam::111122223333:role/A
            source_profile = b
            [profile b]
            role_arn = arn:aws:iam::111122223333:role/B
            source_profile = a
            """)
        defer { home.remove() }
        let chain = try CredentialChain.standard(explicit: nil, profileFlag: "a", context: context(home, emulator: emulator))
        await #expect(throws: CredentialError.self) { _ = try await chain.require() }
        do { _ = try await chain.require() } catch { #expect("\(error)".contains("a -> b -> a")) }
    }

    @Test func credentialSourceEnvironmentAndMFA() async throws {
        let emulator = try await EmulatorServer.start()
        defer { Task { await emulator.stop() } }
        let home = try TemporaryHome(config: """
            [profile admin]
            role_arn = arn:aws:iam::111122223333:role/Admin
            credential_source = Environment
            mfa_serial = arn:aws:iam::111122223333:mfa/me
            """)
        defer { home.remove() }
        let asked = Mutex<[String]>([])
        let ctx = try context(home, emulator: emulator,
                              environment: ["AWS_ACCESS_KEY_ID": "pdash-demo", "AWS_SECRET_ACCESS_KEY": Self.secret]) { serial in
            asked.withLock { $0.append(serial) }
            return "123456"
        }
        let credentials = try await CredentialChain.standard(explicit: nil, profileFlag: "admin", context: ctx).require()
        #expect(credentials.source == "assume-role")
        #expect(asked.withLock { $0 } == ["arn:aws:iam::111122223333:mfa/me"])
    }

    @Test func webIdentityFromTheEnvironment() async throws {
        let emulator = try await EmulatorServer.start()
        defer { Task { await emulator.stop() } }
        let home = try TemporaryHome()
        defer { home.remove() }
        let tokenFile = try home.write("token", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb2QifQ.c2lnbmF0dXJl\n")
        let ctx = try context(home, emulator: emulator, environment: [
            "AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile, "AWS_ROLE_ARN": "arn:aws:iam::111122223333:role/Pod",
            "AWS_ROLE_SESSION_NAME": "pod-1",
        ])
        let credentials = try await CredentialChain.standard(explicit: nil, context: ctx).require()
        #expect(credentials.source == "web-identity")
        #expect(try await identity(credentials, emulator: emulator) == "arn:aws:sts::111122223333:assumed-role/Pod/pod-1")
    }

    @Test func ssoUsesTheCachedLoginAndSaysHowToLogInWhenItIsGone() async throws {
        let emulator = try await EmulatorServer.start()
        defer { Task { await emulator.stop() } }
        let home = try TemporaryHome(config: """
            [profile dev]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = DataScientist
            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = eu-west-1
            """)
        defer { home.remove() }
        let ctx = try context(home, emulator: emulator, environment: ["AWS_ENDPOINT_URL_SSO": emulator.endpointURL])
        let chain = try CredentialChain.standard(explicit: nil, profileFlag: "dev", context: ctx)
        do {
            _ = try await chain.require()
            Issue.record("expected the missing login to be reported")
        } catch {
            #expect("\(error)".contains("aws sso login --profile dev"))
        }
        // sha1("corp"), the cache file name `aws sso login` uses for session "corp".
        try FileManager.default.createDirectory(atPath: home.path + "/.aws/sso/cache", withIntermediateDirectories: true)
        let digest = try ChildProcess.run(["sh", "-c", "printf corp | sha1sum | cut -d' ' -f1"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let expires = ISO8601Time.format(Date().addingTimeInterval(3600))
        _ = try home.write(".aws/sso/cache/\(digest).json", #"{"accessToken": "pdash-demo-sso-token", "expiresAt": "\#(expires)"}"#)
        let credentials = try await chain.require()
        #expect(credentials.source == "sso")
        #expect(try await identity(credentials, emulator: emulator) == "arn:aws:sts::111122223333:assumed-role/DataScientist/sso-user")
        let expired = ISO8601Time.format(Date().addingTimeInterval(-60))
        _ = try home.write(".aws/sso/cache/\(digest).json", #"{"accessToken": "pdash-demo-sso-token", "expiresAt": "\#(expired)"}"#)
        do {
            _ = try await CredentialChain.standard(explicit: nil, profileFlag: "dev", context: ctx).require()
            Issue.record("expected the expired login to be reported")
        } catch {
            #expect("\(error)".contains("expired"))
            #expect("\(error)".contains("aws sso login --profile dev"))
        }
    }

    @Test func containerCredentialsSendTheAuthorizationToken() async throws {
        let seen = Mutex<String?>(nil)
        let server = try await LoopbackServer { request in
            seen.withLock { $0 = request.headers[.authorization] }
            return (200, #"{"AccessKeyId": "ASIACONTAINER", "SecretAccessKey": "s", "Token": "t", "Expiration": "2031-01-01T00:00:00Z"}"#)
        }
        let home = try TemporaryHome()
        defer { home.remove() }
        let tokenFile = try home.write("auth", "Bearer abc\n")
        let provider = ContainerCredentialProvider(environment: [
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.url + "/creds", "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": tokenFile,
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ignored",
        ])
        let credentials = try #require(try await provider.resolve())
        #expect(credentials.accessKeyId == "ASIACONTAINER")
        #expect(credentials.source == "container")
        #expect(seen.withLock { $0 } == "Bearer abc")
        #expect(throws: CredentialError.self) {
            _ = try ContainerCredentialProvider(environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://example.com/creds"]).url()
        }
    }

    @Test func instanceMetadataUsesIMDSv2Tokens() async throws {
        let server = try await LoopbackServer { request in
            if request.method == .put, request.uri.path == "/latest/api/token" {
                return request.headers[HTTPField.Name("X-aws-ec2-metadata-token-ttl-seconds")!] == nil ? (400, "") : (200, "imds-token")
            }
            guard request.headers[HTTPField.Name("X-aws-ec2-metadata-token")!] == "imds-token" else { return (401, "") }
            switch request.uri.path {
            case "/latest/meta-data/iam/security-credentials/": return (200, "BastionRole")
            case "/latest/meta-data/iam/security-credentials/BastionRole":
                return (200, #"{"Code": "Success", "AccessKeyId": "ASIAIMDS", "SecretAccessKey": "s", "Token": "t", "Expiration": "2031-01-01T00:00:00Z"}"#)
            case "/latest/meta-data/placement/region": return (200, "ap-southeast-2")
            default: return (404, "")
            }
        }
        let client = InstanceMetadataClient(environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.url])
        let credentials = try #require(try await InstanceMetadataCredentialProvider(client: client).resolve())
        #expect(credentials.accessKeyId == "ASIAIMDS")
        #expect(credentials.source == "imds")
        #expect(await client.region() == "ap-southeast-2")
        let disabled = InstanceMetadataClient(environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.url, "AWS_EC2_METADATA_DISABLED": "true"])
        #expect(try await InstanceMetadataCredentialProvider(client: disabled).resolve() == nil)
    }

    @Test func instanceMetadataGivesUpQuicklyWhenThereIsNone() async throws {
        let started = Date()
        let client = InstanceMetadataClient(environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:9"])
        #expect(try await InstanceMetadataCredentialProvider(client: client).resolve() == nil)
        #expect(Date().timeIntervalSince(started) < 5)
    }
}

/// Counts how often it is asked, for the cache tests.
final class CountingProvider: CredentialProvider {
    let name = "counting"
    let calls = Mutex(0)
    let lifetime: TimeInterval

    init(lifetime: TimeInterval) { self.lifetime = lifetime }

    func resolve() async throws -> AWSCredentials? {
        let call = calls.withLock { value -> Int in value += 1; return value }
        try await Task.sleep(for: .milliseconds(50))
        return AWSCredentials(accessKeyId: "AKID\(call)", secretAccessKey: "s", expiration: Date().addingTimeInterval(lifetime), source: name)
    }
}

@Suite struct CachingCredentialProviderTests {
    @Test func concurrentCallersShareOneRefresh() async throws {
        let base = CountingProvider(lifetime: 3600)
        let cache = CachingCredentialProvider(base)
        let keys = try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<20 { group.addTask { try await cache.resolve()?.accessKeyId } }
            return try await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(Set(keys) == ["AKID1"])
        #expect(base.calls.withLock { $0 } == 1)
    }

    @Test func refreshesAheadOfExpiryAndAfterInvalidate() async throws {
        let base = CountingProvider(lifetime: 120)
        let cache = CachingCredentialProvider(base, refreshMargin: 300)
        #expect(try await cache.resolve()?.accessKeyId == "AKID1")
        #expect(try await cache.resolve()?.accessKeyId == "AKID2", "inside the refresh margin: fetched again")
        let stable = CachingCredentialProvider(CountingProvider(lifetime: 3600))
        #expect(try await stable.resolve()?.accessKeyId == "AKID1")
        #expect(try await stable.resolve()?.accessKeyId == "AKID1")
        await stable.invalidate()
        #expect(try await stable.resolve()?.accessKeyId == "AKID2")
    }
}
