import AWSCore
import Foundation

/// Drives a real terminal: a private tmux server, one window of a fixed size, keys by name, screen as text.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible { var description: String }

    let socket: String
    let name = "e2e"

    init(command: String, columns: Int = 120, rows: Int = 35) throws {
        socket = "pdash-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // The server that new-session starts would hold a captured pipe open forever: give it no pipe.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command], capture: false)
    }

    deinit {
        _ = try? tmux(["kill-server"], capture: false)
    }

    /// Closes every pane, as when an SSH connection drops.
    func killServer() throws {
        try tmux(["kill-server"], capture: false)
    }

    /// The visible screen as plain text.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// The visible screen with its SGR escapes (colours and attributes).
    func captureWithEscapes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", name])
    }

    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// A tmux format expanded for the pane, e.g. `#{alternate_on}` (is the alternate screen on?).
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pid of the program running in the pane's shell.
    func programPID() throws -> Int32? {
        let shell = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children?.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Polls the screen until `condition` holds; returns that screen, or throws with the last screen seen.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = (try? capture()) ?? ""
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure(description: "timed out after \(timeout)s waiting for \(what); last screen:\n\(screen)")
    }

    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let result = try ChildProcess.run(["tmux", "-L", socket] + arguments, capture: capture)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.output)")
        }
        return result.output
    }
}

/// Where the built `pdash` is: PDASH_BINARY, else beside the test bundle, else .build/debug.
enum PDashBinary {
    static var path: String {
        if let override = ProcessInfo.processInfo.environment["PDASH_BINARY"], !override.isEmpty { return override }
        var candidates: [URL] = []
        if let first = ProcessInfo.processInfo.arguments.first {
            var url = URL(fileURLWithPath: first)
            for _ in 0..<4 {
                url.deleteLastPathComponent()
                candidates.append(url.appendingPathComponent("pdash"))
            }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/pdash"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path ?? candidates.last!.path
    }
}

/// Rows of the versions pane as (version id, status).
enum VersionRows {
    static func statuses(in screen: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in screen.split(separator: "\n") {
            let cells = line.replacingOccurrences(of: "▶", with: " ").replacingOccurrences(of: "›", with: " ")
                .split(separator: "│", omittingEmptySubsequences: true)
            guard let row = cells.first else { continue }
            let fields = row.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 3, fields[0].count == 8, fields[0].allSatisfy(\.isHexDigit) else { continue }
            // After the id come the glyph and the status words, e.g. "◐ CREATE IN_PROGRESS".
            // (The LIVE column, when a campaign serves the version, sits between them.)
            func isStatusWord(_ word: Substring) -> Bool {
                word == "CREATE" || word == "ACTIVE" || word.contains("PENDING") || word.contains("IN_PROGRESS") || word == "FAILED"
                    || word.contains("STOPP")
            }
            let statusWords = fields.dropFirst().drop { !isStatusWord($0) }.prefix(while: isStatusWord)
            result[String(fields[0])] = statusWords.joined(separator: " ")
        }
        return result
    }
}
