import AWSCore
import Foundation

/// A running `pdash emulator --port 0` (the built binary) and its URL; stopped when released.
final class EmulatorProcess {
    let pid: Int32
    let url: String

    init(_ arguments: [String] = []) throws {
        let log = NSTemporaryDirectory() + "pdash-emulator-\(UUID().uuidString).log"
        let extra = (["--rate-limits", "off"] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let result = try ChildProcess.run(["sh", "-c", "'\(PDashBinary.path)' emulator --port 0 \(extra) > '\(log)' 2>/dev/null & echo $!"])
        pid = Int32(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        let deadline = Date().addingTimeInterval(20)
        var line = ""
        while Date() < deadline {
            line = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if line.contains("listening on ") { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        guard let range = line.range(of: "listening on ") else {
            kill(pid, SIGTERM)
            throw TmuxSession.Failure(description: "pdash emulator did not print its address: '\(line)'")
        }
        url = String(line[range.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit { kill(pid, SIGTERM) }
}
