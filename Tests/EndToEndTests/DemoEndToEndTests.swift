import AWSCore
import Foundation
import Testing

extension EndToEnd {
/// The built binary in a real terminal (tmux, 120x35): keys by send-keys, assertions on capture-pane.
@Suite("pdash --demo in tmux", .serialized)
struct DemoEndToEndTests {
    func launch(_ arguments: String, exitFile: String) throws -> TmuxSession {
        let binary = PDashBinary.path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw TmuxSession.Failure(description: "pdash binary not found at \(binary); run swift build first or set PDASH_BINARY")
        }
        // Its own config and state directories: no session remembered from another run, no user config.
        let home = NSTemporaryDirectory() + "pdash-e2e-home-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        return try TmuxSession(command: "env LANG=C.UTF-8 TERM=xterm-256color XDG_STATE_HOME='\(home)/state' XDG_CONFIG_HOME='\(home)/config' "
            + "'\(binary)' \(arguments); echo $? > '\(exitFile)'; sleep 30")
    }

    func waitForExitCode(_ file: String, timeout: TimeInterval) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: file, encoding: .utf8), text.hasSuffix("\n") {
                return text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    @Test func showsLiveVersionsRefreshesByItselfAndQuitsCleanly() throws {
        let exitFile = NSTemporaryDirectory() + "pdash-e2e-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: exitFile) }
        let tmux = try launch("--demo", exitFile: exitFile)

        let first = try tmux.waitFor("an ACTIVE and a CREATE FAILED row", timeout: 60) { screen in
            let statuses = VersionRows.statuses(in: screen).values
            return statuses.contains("ACTIVE") && statuses.contains("CREATE FAILED")
        }
        #expect(first.contains("user-personalization-v2"))
        #expect(first.contains(/q\s+quit/), "the footer shows the key hints")
        let before = VersionRows.statuses(in: first)

        // No key is pressed: the background refresh alone must show a status change.
        try tmux.waitFor("a version to change status", timeout: 90) { screen in
            let now = VersionRows.statuses(in: screen)
            return now.contains { id, status in before[id].map { $0 != status } ?? false }
        }

        try tmux.sendKeys("q")
        #expect(waitForExitCode(exitFile, timeout: 10) == "0")
    }

    @Test func survivesATinyTerminalAndRestoresTheTerminalOnSIGTERM() throws {
        let exitFile = NSTemporaryDirectory() + "pdash-e2e-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: exitFile) }
        let tmux = try launch("--demo", exitFile: exitFile)
        try tmux.waitFor("versions", timeout: 60) { VersionRows.statuses(in: $0).values.contains("ACTIVE") }

        try tmux.resize(columns: 30, rows: 6)
        try tmux.waitFor("the too-small message", timeout: 10) { $0.contains("Terminal too small") }
        try tmux.resize(columns: 100, rows: 30)
        try tmux.waitFor("the dashboard again", timeout: 10) { VersionRows.statuses(in: $0).values.contains("ACTIVE") }
        try tmux.sendKeys("j", "j", "G", "g")

        let pid = try #require(try tmux.programPID())
        kill(pid, SIGTERM)
        #expect(waitForExitCode(exitFile, timeout: 10) == "143")
        let after = try tmux.capture()
        #expect(!after.contains("Solution versions"), "the dashboard left the alternate screen")
    }

    @Test func exitsWhenItsTerminalGoesAway() throws {
        let exitFile = NSTemporaryDirectory() + "pdash-e2e-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: exitFile) }
        let tmux = try launch("--demo", exitFile: exitFile)
        try tmux.waitFor("versions", timeout: 60) { VersionRows.statuses(in: $0).values.contains("ACTIVE") }
        let pid = try #require(try tmux.programPID())
        try tmux.killServer()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, Self.isRunning(pid) { Thread.sleep(forTimeInterval: 0.1) }
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let threads = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        let tty = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/0")) ?? "?"
        let servers = (try? ChildProcess.run(["pgrep", "-fa", tmux.socket]).output) ?? "?"
        let stacks = [tty, servers] + threads.map { (try? String(contentsOfFile: "/proc/\(pid)/task/\($0)/wchan", encoding: .utf8)) ?? "?" }
        #expect(!Self.isRunning(pid), "pdash must not linger after its terminal is gone: \(status.split(separator: "\n").filter { $0.hasPrefix("State") || $0.hasPrefix("Sig") || $0.hasPrefix("PPid") }) \(stacks)")
        if Self.isRunning(pid) { kill(pid, SIGKILL) }
    }

    /// Alive and not a zombie (an orphan's exit may be reaped late by whoever adopted it).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(close, offsetBy: 2)...].prefix(1)
        return state != "Z" && state != "X"
    }
}
}
