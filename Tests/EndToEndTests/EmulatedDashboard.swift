import AWSCore
import Foundation

extension EndToEnd {
    /// Alive and not a zombie (an orphan's exit may be reaped late by whoever adopted it).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(close, offsetBy: 2)...].prefix(1)
        return state != "Z" && state != "X"
    }
}

/// The built `pdash` in tmux against a `pdash emulator --control` child, signed with the demo keys from the
/// environment and with private config and state directories; plus the emulator's control API (through curl).
final class EmulatedDashboard {
    static let region = "us-east-1"
    static let account = "111122223333"
    static func solution(_ name: String) -> String { "arn:aws:personalize:\(region):\(account):solution/\(name)" }
    /// Demo keys in the environment, no AWS config or credentials files.
    static let demoCredentials = "AWS_ACCESS_KEY_ID=pdash-demo AWS_SECRET_ACCESS_KEY=pdash-demo-secret "
        + "AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null"

    let emulator: EmulatorProcess
    let tmux: TmuxSession
    /// The private HOME-like folder: `state/` and `config/` (XDG), `exit` (pdash's exit status).
    let home: String
    var exitFile: String { home + "/exit" }

    /// - Parameters:
    ///   - arguments: extra pdash arguments (after `--endpoint-url`, `--region`, `--solution-arn`).
    ///   - environment: extra `NAME=value` words, after the defaults (so they win).
    ///   - credentials: the credential part of the environment.
    init(emulator: EmulatorProcess, solution: String = "user-personalization-v2", arguments: String = "", environment: String = "",
         credentials: String = EmulatedDashboard.demoCredentials, term: String = "xterm-256color", columns: Int = 120, rows: Int = 35) throws {
        let binary = PDashBinary.path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw TmuxSession.Failure(description: "pdash binary not found at \(binary); run swift build first or set PDASH_BINARY")
        }
        self.emulator = emulator
        home = NSTemporaryDirectory() + "pdash-rel-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let command = "env LANG=C.UTF-8 TERM=\(term) XDG_STATE_HOME='\(home)/state' XDG_CONFIG_HOME='\(home)/config' HOME='\(home)' "
            + "\(credentials) \(environment) '\(binary)' --endpoint-url \(emulator.url) --region \(Self.region) "
            + "--solution-arn \(Self.solution(solution)) \(arguments) 2> '\(home)/stderr'; echo $? > '\(home)/exit'; sleep 60"
        tmux = try TmuxSession(command: command, columns: columns, rows: rows)
    }

    /// pdash's exit status, once it has exited (nil after `timeout` seconds).
    func exitCode(timeout: TimeInterval = 15) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: exitFile, encoding: .utf8), text.hasSuffix("\n") {
                return text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    /// What pdash wrote to its standard error.
    var standardError: String { (try? String(contentsOfFile: home + "/stderr", encoding: .utf8)) ?? "" }

    /// Waits until the versions pane shows at least one row.
    @discardableResult
    func waitForVersions(timeout: TimeInterval = 60) throws -> String {
        try tmux.waitFor("versions", timeout: timeout) { !VersionRows.statuses(in: $0).isEmpty }
    }
}

/// The emulator's `/_emulator/` API (loopback, unsigned JSON), called with curl so a blocking test can use it.
struct EmulatorControl {
    let url: String

    init(_ emulator: EmulatorProcess) { url = emulator.url }

    @discardableResult
    func call(_ method: String, _ resource: String, _ body: String? = nil) throws -> String {
        var arguments = ["curl", "-sS", "--max-time", "10", "-X", method, url + "/_emulator/" + resource]
        if let body { arguments += ["-H", "Content-Type: application/json", "--data", body] }
        let result = try ChildProcess.run(arguments)
        guard result.status == 0 else { throw TmuxSession.Failure(description: "curl \(method) \(resource): \(result.output)") }
        return result.output
    }

    /// Arms a fault: `fault` for `operation` (a name or `*`), for `count` requests and/or `seconds`.
    func arm(_ operation: String, _ fault: String, count: Int? = nil, seconds: Double? = nil, delayMs: Int? = nil) throws {
        var fields = ["\"operation\": \"\(operation)\"", "\"fault\": \"\(fault)\""]
        if let count { fields.append("\"count\": \(count)") }
        if let seconds { fields.append("\"seconds\": \(seconds)") }
        if let delayMs { fields.append("\"delayMs\": \(delayMs)") }
        try call("POST", "faults", "{" + fields.joined(separator: ", ") + "}")
    }

    /// Requests received per operation, e.g. `AmazonPersonalize.ListSolutionVersions`.
    func requests() throws -> [String: Int] {
        let text = try call("GET", "requests")
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        return object?["operations"] as? [String: Int] ?? [:]
    }
}

/// The headless `pdash` with the demo keys, for checks that must not go through the screen.
enum Headless {
    /// Runs `pdash ARGUMENTS` with the demo keys (and `environment` on top); returns (status, stdout+stderr).
    static func run(_ arguments: [String], environment: [String: String] = [:], separateErrors: Bool = false) throws -> ChildProcess.Result {
        var words = ["env", "AWS_ACCESS_KEY_ID=pdash-demo", "AWS_SECRET_ACCESS_KEY=pdash-demo-secret", "AWS_CONFIG_FILE=/dev/null",
                     "AWS_SHARED_CREDENTIALS_FILE=/dev/null"]
        words += environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return try ChildProcess.run(words + [PDashBinary.path] + arguments, separateErrors: separateErrors)
    }

    /// The solution's versions as the emulator lists them (ARN to status).
    static func versions(_ emulator: EmulatorProcess, solution: String) throws -> [String: String] {
        let result = try run(["list", "solution-versions", "--endpoint-url", emulator.url, "--region", EmulatedDashboard.region,
                              "--solution-arn", EmulatedDashboard.solution(solution), "--output", "json"], separateErrors: true)
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any],
              let items = object["solutionVersions"] as? [[String: Any]] else {
            throw TmuxSession.Failure(description: "pdash list solution-versions failed (\(result.status)): \(result.output)")
        }
        var versions: [String: String] = [:]
        for item in items {
            if let arn = item["solutionVersionArn"] as? String { versions[arn] = item["status"] as? String ?? "" }
        }
        return versions
    }
}
