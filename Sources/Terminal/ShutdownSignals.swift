import Dispatch
import Foundation
import Synchronization

/// Turns SIGINT, SIGTERM and SIGHUP into a flag the UI loop polls, so the terminal is restored by normal code
/// rather than inside a signal handler. Keep this object alive for as long as the signals should be caught.
public final class ShutdownSignals {
    /// Readable from any thread.
    public let flag = SignalFlag()
    private let sources: [any DispatchSourceSignal]

    public init(signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]) {
        let queue = DispatchQueue(label: "pdash.signals")
        var sources: [any DispatchSourceSignal] = []
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [flag] in flag.raise(number) }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    deinit {
        for source in sources { source.cancel() }
    }
}

/// The last signal received, shared between the dispatch handlers and the UI loop.
public final class SignalFlag: Sendable {
    private let value = Atomic<Int32>(0)

    public init() {}

    func raise(_ signal: Int32) {
        value.store(signal, ordering: .relaxed)
    }

    /// The signal that asked us to stop, if any.
    public var pending: Int32? {
        let signal = value.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }
}
