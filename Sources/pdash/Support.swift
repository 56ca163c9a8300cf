import ArgumentParser
import Dispatch
import Foundation

/// Unbuffered output, so lines reach pipes (tests, scripts) the moment they are written.
enum Output {
    /// A closed pipe (`pdash doctor | head -3`) is not an error worth crashing for: the rest is dropped.
    static func line(_ text: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data((text + "\n").utf8))
    }

    /// Prints `pdash: message` on stderr and exits with `code`.
    static func fail(_ message: String, code: Int32 = 1) -> ExitCode {
        error("pdash: \(message)")
        return ExitCode(code)
    }
}

/// Waits for SIGINT, SIGTERM or SIGHUP without killing the process, so shutdown runs normal code.
final class ProcessSignals: Sendable {
    private let stream: AsyncStream<Int32>
    private let sources: SignalSources

    init(_ signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]) {
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        self.stream = stream
        self.sources = SignalSources(signals) { continuation.yield($0) }
    }

    /// Returns the first signal received.
    func wait() async -> Int32 {
        for await signal in stream { return signal }
        return 0
    }
}

/// Owns the dispatch sources. Sendable because its only stored property is immutable after init and
/// `DispatchSourceSignal` objects are thread-safe (their handlers run on their own serial queue).
private final class SignalSources: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]

    init(_ signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) {
        let queue = DispatchQueue(label: "pdash.process-signals")
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { handler(number) }
            source.resume()
            return source
        }
    }
}

extension Output {
    /// Writes to stderr without a newline (progress lines rewritten in place).
    static func errorRaw(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }
}
