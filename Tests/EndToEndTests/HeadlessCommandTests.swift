import AWSCore
import Foundation
import Testing

extension EndToEnd {
/// `pdash list`, `describe` and `train` as scripts run them: the built binary against `pdash emulator`.
@Suite("headless commands", .serialized)
struct HeadlessCommandTests {
    static let solution = "arn:aws:personalize:eu-west-1:111122223333:solution/similar-items"

    /// Runs pdash with the demo keys, no shared config, a private state directory, and no terminal on stdin.
    func pdash(_ arguments: [String], stateHome: String = NSTemporaryDirectory() + "pdash-state-\(UUID().uuidString)") throws -> ChildProcess.Result {
        var command = ["env", "-i", "PATH=\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")", "HOME=/nonexistent",
                       "AWS_ACCESS_KEY_ID=pdash-demo", "AWS_SECRET_ACCESS_KEY=pdash-demo-secret", "AWS_CONFIG_FILE=/dev/null",
                       "AWS_SHARED_CREDENTIALS_FILE=/dev/null", "AWS_DEFAULT_REGION=eu-west-1", "XDG_STATE_HOME=\(stateHome)", "XDG_CONFIG_HOME=\(stateHome)/config", "TZ=UTC"]
        command += ["sh", "-c", "exec \"$0\" \"$@\" < /dev/null", PDashBinary.path] + arguments
        return try ChildProcess.run(command, separateErrors: true)
    }

    @Test func listAsJSONIsTheAWSCLIDocumentWithAResumeToken() throws {
        let emulator = try EmulatorProcess()
        let first = try pdash(["list", "solution-versions", "--solution-arn", Self.solution, "--endpoint-url", emulator.url,
                               "--output", "json", "--max-items", "3", "--page-size", "2"])
        #expect(first.status == 0, "\(first.errorOutput)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any])
        #expect(Array(document.keys).sorted() == ["NextToken", "solutionVersions"])
        let page = try #require(document["solutionVersions"] as? [[String: Any]])
        #expect(page.count == 3)
        #expect((page.first?["creationDateTime"] as? String)?.hasSuffix("+00:00") == true, "timestamps are ISO 8601")
        #expect(first.output.hasPrefix("{\n    \"solutionVersions\": [\n        {\n"), "indented like the AWS CLI")
        let rest = try pdash(["list", "solution-versions", "--solution-arn", Self.solution, "--endpoint-url", emulator.url,
                              "--output", "json", "--starting-token", try #require(document["NextToken"] as? String)])
        let remaining = try #require((try JSONSerialization.jsonObject(with: Data(rest.output.utf8)) as? [String: Any])?["solutionVersions"] as? [[String: Any]])
        let all = try pdash(["list", "solution-versions", "--solution-arn", Self.solution, "--endpoint-url", emulator.url, "--output", "csv"])
        #expect(all.output.split(separator: "\r\n").count == 1 + page.count + remaining.count, "resuming gives exactly the rest")
        #expect(all.output.hasPrefix("VERSION,STATUS,MODE,TYPE,CREATED,UPDATED,FAILURE,ARN\r\n"))
    }

    @Test func tableAndBadInputs() throws {
        let emulator = try EmulatorProcess()
        let table = try pdash(["list", "images", "--endpoint-url", emulator.url])
        #expect(table.status == 0)
        #expect(table.output.hasPrefix("NAME"))
        #expect(table.output.contains("recs-feature-pipeline"))
        let wrongFilter = try pdash(["list", "solutions", "--image-name", "x", "--endpoint-url", emulator.url])
        #expect(wrongFilter.status == 64)
        #expect(wrongFilter.errorOutput.contains("--image-name does not apply to 'solutions'"))
        let badArn = try pdash(["describe", "solution-version", "arn:aws:personalize:eu-west-1:111122223333:solution/similar-items", "--endpoint-url", emulator.url])
        #expect(badArn.status == 64)
        #expect(badArn.errorOutput.contains("a solution version ARN ends in /ID"))
        let missing = try pdash(["describe", "solution-version", Self.solution + "/ffffffff", "--endpoint-url", emulator.url])
        #expect(missing.status == 2)
        #expect(missing.errorOutput.contains("ResourceNotFoundException"))
    }

    @Test func theConfigMakesAProfileReadOnlyAndAWrongConfigNamesFileLineAndKey() throws {
        let emulator = try EmulatorProcess()
        let state = NSTemporaryDirectory() + "pdash-state-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: state + "/config/pdash", withIntermediateDirectories: true)
        let config = state + "/config/pdash/config.toml"
        try "# production is watched, never changed\n[profiles.default]\nread_only = true\n".write(toFile: config, atomically: true, encoding: .utf8)
        let refused = try pdash(["train", "--solution-arn", Self.solution, "--endpoint-url", emulator.url, "--yes"], stateHome: state)
        #expect(refused.status == 64)
        #expect(refused.errorOutput.contains("read-only"), "\(refused.errorOutput)")
        #expect(!FileManager.default.fileExists(atPath: state + "/pdash/audit.log"), "nothing was sent, so nothing was audited")

        try "[refresh]\nactive = 5\nidel = 60\n".write(toFile: config, atomically: true, encoding: .utf8)
        let wrong = try pdash(["train", "--solution-arn", Self.solution, "--endpoint-url", emulator.url, "--yes"], stateHome: state)
        #expect(wrong.status == 64)
        #expect(wrong.errorOutput.contains("\(config):3: key 'refresh.idel': unknown key"), "\(wrong.errorOutput)")
        #expect(wrong.errorOutput.contains("did you mean 'idle'?"))
        let explicit = try pdash(["list", "solutions", "--config", state + "/nope.toml", "--endpoint-url", emulator.url], stateHome: state)
        #expect(explicit.status != 0)
    }

    @Test func trainWaitsThroughToActiveAndAudits() throws {
        let emulator = try EmulatorProcess(["--time-scale", "30"])
        let state = NSTemporaryDirectory() + "pdash-state-\(UUID().uuidString)"
        let result = try pdash(["train", "--solution-arn", Self.solution, "--endpoint-url", emulator.url, "--wait", "--yes",
                                "--poll-interval", "1"], stateHome: state)
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.output.hasPrefix(Self.solution + "/"))
        #expect(result.errorOutput.contains("CREATE IN_PROGRESS"))
        #expect(result.errorOutput.contains("ACTIVE"))
        let entries = try AuditLogLines(path: state + "/pdash/audit.log")
        #expect(entries.count == 1)
        #expect(entries.first?["mode"] as? String == "FULL")
        #expect((entries.first?["result"] as? String)?.hasPrefix("created arn:aws:personalize:") == true)
        #expect(entries.first?["requestId"] as? String != nil)
        let attributes = try FileManager.default.attributesOfItem(atPath: state + "/pdash/audit.log")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func trainWaitsThroughToCreateFailedWithTheReason() throws {
        let emulator = try EmulatorProcess(["--time-scale", "30"])
        let result = try pdash(["train", "--solution-arn", "arn:aws:personalize:eu-west-1:111122223333:solution/new-user-onboarding",
                                "--endpoint-url", emulator.url, "--wait", "--yes", "--poll-interval", "1"])
        #expect(result.status == 1, "\(result.errorOutput)")
        #expect(result.errorOutput.contains("failureReason: There are not enough interactions"))
    }

    @Test func trainRefusesWithoutConfirmationUpdateWithoutFullAndReadOnly() throws {
        let emulator = try EmulatorProcess()
        let onboarding = "arn:aws:personalize:eu-west-1:111122223333:solution/new-user-onboarding"
        let unconfirmed = try pdash(["train", "--solution-arn", Self.solution, "--endpoint-url", emulator.url])
        #expect(unconfirmed.status == 64)
        #expect(unconfirmed.errorOutput.contains("pass --yes"))
        let update = try pdash(["train", "--solution-arn", onboarding, "--mode", "UPDATE", "--yes", "--endpoint-url", emulator.url])
        #expect(update.status == 2)
        #expect(update.errorOutput.contains("InvalidInputException"))
        let readOnly = try pdash(["train", "--solution-arn", Self.solution, "--yes", "--read-only", "--endpoint-url", emulator.url])
        #expect(readOnly.status == 64)
        let badMode = try pdash(["train", "--solution-arn", Self.solution, "--mode", "AUTOTRAIN", "--yes"])
        #expect(badMode.status == 64)
        #expect(badMode.errorOutput.contains("'AUTOTRAIN'"))
        // Nothing was created by any of these.
        let versions = try pdash(["list", "solution-versions", "--solution-arn", onboarding, "--endpoint-url", emulator.url, "--output", "csv"])
        #expect(versions.output.split(separator: "\r\n").count == 2, "only the seeded version")
    }
}
}

func AuditLogLines(path: String) throws -> [[String: Any]] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
        try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
}
