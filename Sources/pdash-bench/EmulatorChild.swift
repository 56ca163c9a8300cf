import Foundation

/// A `pdash emulator` child process (the release binary next to this one), rate limits off, with a
/// `benchmark` solution of a given number of versions and the control API on.
struct EmulatorChild: Sendable {
    static let solutionArn = "arn:aws:personalize:us-east-1:111122223333:solution/benchmark"

    let versions: Int
    let endpoint: String
    let pid: pid_t
    private let outputDescriptor: Int32

    /// Starts the emulator and waits for its "listening on URL" line.
    static func start(pdash: String, versions: Int) throws -> EmulatorChild {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw BenchError("pipe failed") }
        let child = try Child.spawn(
            [pdash, "emulator", "--port", "0", "--rate-limits", "off", "--versions", String(versions),
             "--random-seed", "7", "--control"],
            stdoutFD: ends[1], closing: [ends[0], ends[1]])
        close(ends[1])
        var line = [UInt8]()
        var byte: UInt8 = 0
        while read(ends[0], &byte, 1) == 1, byte != UInt8(ascii: "\n") { line.append(byte) }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: "listening on ") else {
            child.signal(SIGKILL)
            _ = child.wait()
            throw BenchError("pdash emulator did not start: '\(text)'")
        }
        // The read end stays open until stop(), so the emulator can never die of SIGPIPE.
        return EmulatorChild(versions: versions, endpoint: String(text[range.upperBound...]), pid: child.pid,
                             outputDescriptor: ends[0])
    }

    /// Stops the emulator (SIGINT, as Ctrl-C would) and reaps it.
    func stop() {
        kill(pid, SIGINT)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        close(outputDescriptor)
    }
}
