import AWSCore
import Foundation
import Testing

extension EndToEnd {
/// `pdash doctor` as a user runs it: the built binary, a temporary HOME, and `pdash emulator` on loopback.
@Suite("pdash doctor", .serialized)
struct DoctorCommandTests {
    static let secret = "pdash-demo-secret"

    /// Runs `pdash doctor` with exactly `environment` (plus PATH and a temporary HOME).
    func doctor(_ arguments: [String], environment: [String: String], home: String) throws -> ChildProcess.Result {
        var command = ["env", "-i", "PATH=\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")", "HOME=\(home)"]
        command += environment.map { "\($0.key)=\($0.value)" }
        return try ChildProcess.run(command + [PDashBinary.path, "doctor"] + arguments)
    }

    func makeHome(config: String = "", credentials: String = "") throws -> String {
        let home = NSTemporaryDirectory() + "pdash-doctor-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/.aws", withIntermediateDirectories: true)
        try config.write(toFile: home + "/.aws/config", atomically: true, encoding: .utf8)
        try credentials.write(toFile: home + "/.aws/credentials", atomically: true, encoding: .utf8)
        return home
    }

    @Test func demoPassesEveryCheck() throws {
        let home = try makeHome()
        let result = try doctor(["--demo"], environment: [:], home: home)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("credentials: explicit"))
        #expect(result.output.contains("caller identity: arn:aws:iam::111122223333:user/pdash-demo"))
        #expect(result.output.contains("all checks passed"))
        #expect(!result.output.contains(Self.secret))
    }

    @Test func aClosedPipeDoesNotCrashIt() throws {
        let result = try ChildProcess.run(["bash", "-c", "'\(PDashBinary.path)' doctor --demo | head -1; echo \"status=${PIPESTATUS[0]}\""])
        #expect(result.output.hasPrefix("config: "))
        #expect(result.output.contains("status=0"), "\(result.output)")
    }

    @Test func eachCredentialSourceReachesTheEmulator() throws {
        let emulator = try EmulatorProcess()
        let script = NSTemporaryDirectory() + "pdash-creds-\(UUID().uuidString).sh"
        try "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"pdash-demo\", \"SecretAccessKey\": \"\(Self.secret)\"}'\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let home = try makeHome(
            config: "[profile cfg]\nregion = eu-west-1\naws_access_key_id = pdash-demo\naws_secret_access_key = \(Self.secret)\n"
                + "[profile proc]\nregion = eu-west-1\ncredential_process = \(script)\n"
                + "[profile role]\nregion = eu-west-1\nrole_arn = arn:aws:iam::111122223333:role/Trainer\nsource_profile = cfg\n"
                + "[profile sso]\nregion = eu-west-1\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Dev\n"
                + "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n",
            credentials: "[file]\naws_access_key_id = pdash-demo\naws_secret_access_key = \(Self.secret)\n")
        let digest = try ChildProcess.run(["sh", "-c", "printf corp | sha1sum | cut -d' ' -f1"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try FileManager.default.createDirectory(atPath: home + "/.aws/sso/cache", withIntermediateDirectories: true)
        try #"{"accessToken": "pdash-demo-sso-token", "expiresAt": "2099-01-01T00:00:00Z"}"#
            .write(toFile: home + "/.aws/sso/cache/\(digest).json", atomically: true, encoding: .utf8)
        let tokenFile = home + "/web-token"
        try "header.payload.signature".write(toFile: tokenFile, atomically: true, encoding: .utf8)
        let cases: [([String], [String: String], String)] = [
            (["--region", "eu-west-1"], ["AWS_ACCESS_KEY_ID": "pdash-demo", "AWS_SECRET_ACCESS_KEY": Self.secret], "environment"),
            (["--region", "eu-west-1", "--access-key-id", "pdash-demo", "--secret-access-key", Self.secret], [:], "explicit"),
            (["--profile", "file", "--region", "us-west-2"], [:], "shared-credentials-file"),
            ([], ["AWS_PROFILE": "cfg"], "shared-config-file"),
            (["--profile", "proc"], [:], "credential-process"),
            (["--profile", "role"], [:], "assume-role"),
            (["--profile", "sso"], ["AWS_ENDPOINT_URL_SSO": emulator.url], "sso"),
            (["--region", "eu-west-1"], ["AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile, "AWS_ROLE_ARN": "arn:aws:iam::111122223333:role/Pod"],
             "web-identity"),
        ]
        for (arguments, environment, source) in cases {
            let result = try doctor(arguments + ["--endpoint-url", emulator.url], environment: environment, home: home)
            #expect(result.status == 0, "\(source): \(result.output)")
            #expect(result.output.contains("credentials: \(source)\n"), "\(source): \(result.output)")
            #expect(result.output.contains("access key id: " + (["environment", "explicit", "shared-credentials-file", "shared-config-file", "credential-process"].contains(source) ? "pdas**demo" : "ASIA")))
            #expect(!result.output.contains(Self.secret), "no secret in the output")
        }
    }

    @Test func containerAndInstanceMetadataCredentialsReachTheEmulator() throws {
        let emulator = try EmulatorProcess()
        let metadata = try MetadataServer()
        let home = try makeHome()
        let container = try doctor(["--endpoint-url", emulator.url, "--region", "eu-west-1"], environment: [
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": metadata.url + "/container-creds",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": "Bearer container-token",
        ], home: home)
        #expect(container.status == 0, "\(container.output)")
        #expect(container.output.contains("credentials: container\n"))
        // On "EC2": no region configured anywhere, so it comes from instance metadata too.
        let imds = try doctor(["--endpoint-url", emulator.url], environment: [
            "AWS_EC2_METADATA_SERVICE_ENDPOINT": metadata.url,
        ], home: home)
        #expect(imds.status == 0, "\(imds.output)")
        #expect(imds.output.contains("credentials: imds\n"))
        #expect(imds.output.contains("region: ap-southeast-2 (from EC2 instance metadata)"))
        #expect(!imds.output.contains(Self.secret))
    }

    @Test func eachFailureHasItsOwnMessageAndExitCode() throws {
        let emulator = try EmulatorProcess()
        let home = try makeHome(credentials: "[dev]\naws_access_key_id = pdash-demo\naws_secret_access_key = \(Self.secret)\n")
        let good = ["AWS_ACCESS_KEY_ID": "pdash-demo", "AWS_SECRET_ACCESS_KEY": Self.secret]
        let cases: [([String], [String: String], String)] = [
            (["--endpoint-url", emulator.url], good, "no AWS region"),
            (["--endpoint-url", emulator.url, "--region", "eu-west-1", "--profile", "prod"], [:], "profile 'prod'"),
            (["--endpoint-url", emulator.url, "--region", "eu-west-1"],
             ["AWS_ACCESS_KEY_ID": "AKIDUNKNOWNKEY00", "AWS_SECRET_ACCESS_KEY": "x"], "access key id is not known"),
            (["--endpoint-url", emulator.url, "--region", "eu-west-1"],
             ["AWS_ACCESS_KEY_ID": "pdash-demo", "AWS_SECRET_ACCESS_KEY": "not-the-secret"], "secret access key does not match"),
            (["--endpoint-url", emulator.url, "--region", "eu-west-1"], [:], "no AWS credentials found"),
        ]
        for (arguments, environment, message) in cases {
            let result = try doctor(arguments, environment: environment.merging(["AWS_EC2_METADATA_DISABLED": "true"]) { $1 }, home: home)
            #expect(result.status == 1, "\(message): \(result.output)")
            #expect(result.output.contains(message), "expected '\(message)' in: \(result.output)")
            #expect(!result.output.contains(Self.secret))
        }
    }
}
}
