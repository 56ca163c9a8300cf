import AWSCore
import Foundation

/// A running `pdash emulator` (the built binary) and its URL; stopped when released.
final class EmulatorProcess {
    let pid: Int32
    let url: String
    /// Where its standard output and error go (the address line, warnings).
    let log: String

    /// Starts `pdash emulator --port PORT` (0 picks a free one) with `--rate-limits off` and `arguments`.
    init(_ arguments: [String] = [], port: Int = 0) throws {
        log = NSTemporaryDirectory() + "pdash-emulator-\(UUID().uuidString).log"
        let extra = (["--rate-limits", "off"] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let result = try ChildProcess.run(["sh", "-c", "'\(PDashBinary.path)' emulator --port \(port) \(extra) > '\(log)' 2>&1 & echo $!"])
        pid = Int32(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        let deadline = Date().addingTimeInterval(20)
        var text = ""
        while Date() < deadline {
            text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if text.contains("listening on ") { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        guard let range = text.range(of: "listening on ") else {
            kill(pid, SIGTERM)
            throw TmuxSession.Failure(description: "pdash emulator did not print its address: '\(text)'")
        }
        url = String(text[range.upperBound...].prefix { !$0.isNewline }).trimmingCharacters(in: .whitespaces)
    }

    /// The TCP port of `url`.
    var port: Int { Int(url.split(separator: ":").last ?? "") ?? 0 }

    /// Kills it without warning (SIGKILL), as a crash would, and waits until it is gone.
    func crash() {
        kill(pid, SIGKILL)
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, EndToEnd.isRunning(pid) { Thread.sleep(forTimeInterval: 0.05) }
    }

    deinit { kill(pid, SIGTERM) }
}
