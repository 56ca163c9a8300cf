import AWSCore
import Foundation
import Testing

extension EndToEnd {
/// Secrets (a secret access key, a session token, an SSO access token) given to pdash in every way it takes them
/// never come back out: not on screen, in errors, in doctor's report, in the audit log or in any log; the audit
/// log is 0600; the emulator will not listen beyond loopback unless told to.
@Suite("Secret hygiene", .serialized)
struct SecretHygieneTests {
    let unique = UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16)
    var secretKey: String { "SecretKeyHygiene\(unique)" }
    var sessionToken: String { "SessionTokenHygiene\(unique)" }
    var ssoToken: String { "SsoTokenHygiene\(unique)" }
    let accessKeyId = "AKIDHYGIENETEST0001"

    func expectClean(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for secret in [secretKey, sessionToken, ssoToken] {
            #expect(!text.contains(secret), "\(what) shows a secret", sourceLocation: sourceLocation)
            // Also a long piece of it (a cut-off or wrapped secret is still a leak).
            #expect(!text.contains(String(secret.suffix(12))), "\(what) shows part of a secret", sourceLocation: sourceLocation)
        }
    }

    func privateHome() throws -> String {
        let home = NSTemporaryDirectory() + "pdash-hygiene-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        return home
    }

    /// `pdash ARGUMENTS` with only `environment` (plus PATH and LANG): no demo keys.
    func pdash(_ arguments: [String], _ environment: [String: String]) throws -> ChildProcess.Result {
        let words = ["env", "-i", "PATH=/usr/bin:/bin", "LANG=C.UTF-8"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return try ChildProcess.run(words + [PDashBinary.path] + arguments)
    }

    @Test func noSecretInTheScreenTheAuditLogDoctorOrErrors() throws {
        let emulator = try EmulatorProcess(["--control", "--access-key-id", accessKeyId, "--secret-access-key", secretKey])
        let home = try privateHome()
        let keys = ["AWS_ACCESS_KEY_ID": accessKeyId, "AWS_SECRET_ACCESS_KEY": secretKey, "AWS_CONFIG_FILE": "/dev/null",
                    "AWS_SHARED_CREDENTIALS_FILE": "/dev/null", "HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config"]
        let connection = ["--endpoint-url", emulator.url, "--region", "us-east-1"]
        let similar = EmulatedDashboard.solution("similar-items")

        // Doctor (which checks end to end) and a training that writes the audit log.
        let doctor = try pdash(["doctor"] + connection, keys)
        #expect(doctor.output.contains("access key id"), "\(doctor.output)")
        expectClean(doctor.output, "doctor")
        let train = try pdash(["train", "--solution-arn", similar, "--mode", "FULL", "--yes"] + connection, keys)
        #expect(train.status == 0, "\(train.output)")
        expectClean(train.output, "pdash train")
        let audit = home + "/state/pdash/audit.log"
        let log = try String(contentsOfFile: audit, encoding: .utf8)
        #expect(log.contains("CreateSolutionVersion") || log.contains(similar), "the audit log has the training: \(log)")
        expectClean(log, "the audit log")
        let mode = (try FileManager.default.attributesOfItem(atPath: audit)[.posixPermissions] as? NSNumber)?.intValue ?? -1
        #expect(mode & 0o777 == 0o600, "the audit log is 0600, not \(String(mode, radix: 8))")

        // Errors: a session token the endpoint does not know, and a wrong secret (signature mismatch).
        var withToken = keys
        withToken["AWS_SESSION_TOKEN"] = sessionToken
        for (what, environment) in [("a rejected session token", withToken), ("a wrong secret", keys.merging(["AWS_SECRET_ACCESS_KEY": secretKey + "x"]) { $1 })] {
            let listed = try pdash(["list", "solution-versions", "--solution-arn", similar] + connection, environment)
            // (The emulator ignores a session token sent with long-term keys; a wrong secret it refuses.)
            if what == "a wrong secret" { #expect(listed.status != 0, "\(what) is refused: \(listed.output)") }
            expectClean(listed.output, "pdash list with \(what)")
            let doctored = try pdash(["doctor"] + connection, environment)
            expectClean(doctored.output, "doctor with \(what)")
            let trained = try pdash(["train", "--solution-arn", similar, "--mode", "FULL", "--yes"] + connection, environment)
            expectClean(trained.output, "pdash train with \(what)")
        }
        expectClean(try String(contentsOfFile: audit, encoding: .utf8), "the audit log after refusals")

        // The dashboard: on screen and on stderr, with good keys and with the rejected token.
        for credentials in ["AWS_ACCESS_KEY_ID=\(accessKeyId) AWS_SECRET_ACCESS_KEY=\(secretKey)",
                            "AWS_ACCESS_KEY_ID=\(accessKeyId) AWS_SECRET_ACCESS_KEY=\(secretKey) AWS_SESSION_TOKEN=\(sessionToken)"] {
            let run = try EmulatedDashboard(emulator: emulator, solution: "similar-items",
                                            credentials: credentials + " AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null")
            let screen = try run.tmux.waitFor("versions or an error", timeout: 60) { screen in
                !VersionRows.statuses(in: screen).isEmpty || screen.contains("✗")
            }
            expectClean(screen, "the dashboard")
            try run.tmux.sendKeys("q")
            _ = run.exitCode()
            expectClean(run.standardError, "the dashboard's stderr")
            for file in (try? FileManager.default.subpathsOfDirectory(atPath: run.home)) ?? [] {
                expectClean((try? String(contentsOfFile: run.home + "/" + file, encoding: .utf8)) ?? "", "\(file) in pdash's state")
            }
        }
        expectClean((try? String(contentsOfFile: emulator.log, encoding: .utf8)) ?? "", "the emulator's log")
    }

    @Test func anSSOTokenNeverAppearsInDoctorOrErrors() throws {
        let emulator = try EmulatorProcess(["--control"])
        let home = try privateHome()
        try FileManager.default.createDirectory(atPath: home + "/.aws/sso/cache", withIntermediateDirectories: true)
        try """
            [profile ssop]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = Reader
            region = us-east-1

            [sso-session corp]
            sso_start_url = https://example.awsapps.com/start
            sso_region = us-east-1
            """.write(toFile: home + "/.aws/config", atomically: true, encoding: .utf8)
        let digest = try ChildProcess.run(["sh", "-c", "printf corp | sha1sum"]).output.prefix(40)
        try #"{"accessToken": "\#(ssoToken)", "expiresAt": "2099-01-01T00:00:00Z", "region": "us-east-1"}"#
            .write(toFile: home + "/.aws/sso/cache/\(digest).json", atomically: true, encoding: .utf8)
        let environment = ["HOME": home, "AWS_CONFIG_FILE": home + "/.aws/config", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
                           "AWS_PROFILE": "ssop", "AWS_ENDPOINT_URL_SSO": emulator.url, "XDG_STATE_HOME": home + "/state"]
        let connection = ["--endpoint-url", emulator.url, "--region", "us-east-1"]
        let doctor = try pdash(["doctor"] + connection, environment)
        #expect(doctor.output.contains("ssop"), "\(doctor.output)")
        expectClean(doctor.output, "doctor with an SSO profile")
        // The portal refusing the token: the error names the re-login, never the token.
        let refused = try pdash(["doctor"] + connection, environment.merging(["AWS_ENDPOINT_URL_SSO": "http://127.0.0.1:9"]) { $1 })
        expectClean(refused.output, "doctor with an unreachable portal")
        let listed = try pdash(["list", "solutions"] + connection, environment)
        expectClean(listed.output, "pdash list with an SSO profile")
    }

    @Test func theEmulatorRefusesANonLoopbackAddressWithoutTheFlag() throws {
        for host in ["0.0.0.0", "::", "192.0.2.1"] {
            let result = try ChildProcess.run([PDashBinary.path, "emulator", "--host", host, "--port", "0"])
            #expect(result.status == 64, "--host \(host): exit \(result.status): \(result.output)")
            #expect(result.output.contains("--allow-non-loopback"), "the refusal names the flag: \(result.output)")
            #expect(!result.output.contains("listening on"))
        }
        let help = try ChildProcess.run([PDashBinary.path, "emulator", "--help"])
        #expect(help.output.contains("--allow-non-loopback"))
    }
}
}
