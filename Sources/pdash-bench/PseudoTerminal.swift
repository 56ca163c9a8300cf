import Foundation
import Synchronization

/// A pseudo-terminal of a given size with a child on its slave side and a thread reading everything the child
/// writes to it, timestamped: the bytes a real terminal would have to process.
///
/// Linux only (/dev/ptmx and its ioctls; Swift's Glibc module hides posix_openpt and the ioctl numbers).
final class PseudoTerminal: Sendable {
    private struct Capture {
        var output = Data()
        /// (seconds since the child started, byte count) of every read.
        var chunks: [(at: Double, bytes: Int)] = []
        var marker: [UInt8]?
        var markerSeenAt: Double?
        var stopped = false
        var finished = false
    }

    let master: Int32
    /// The parent keeps the slave open too, so the master never reads EIO before the child has opened it.
    private let slave: Int32
    let slavePath: String
    private let capture = Mutex(Capture())

    private static let setLock = UInt(0x4004_5431)  // TIOCSPTLCK
    private static let getNumber = UInt(0x8004_5430)  // TIOCGPTN

    init(rows: UInt16, columns: UInt16) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw BenchError("cannot open /dev/ptmx") }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, Self.setLock, &unlock) == 0, ioctl(master, Self.getNumber, &number) == 0 else {
            Glibc.close(master)
            throw BenchError("cannot unlock the pseudo-terminal")
        }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        slavePath = "/dev/pts/\(number)"
        slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else {
            Glibc.close(master)
            throw BenchError("cannot open \(slavePath)")
        }
    }

    /// Starts `arguments` as a session leader with this terminal as its controlling terminal and standard
    /// descriptors, and starts reading. `marker` (if any) is looked for in the output as it arrives.
    func start(_ arguments: [String], environment: [String: String], marker: String? = nil) throws -> Child {
        capture.withLock { $0.marker = marker.map { Array($0.utf8) } }
        let child = try Child.spawn(arguments, environment: environment, stdinPath: slavePath, newSession: true)
        let started = child.started
        Thread { [self] in readLoop(since: started) }.start()
        return child
    }

    private func readLoop(since started: ContinuousClock.Instant) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !capture.withLock({ $0.stopped }) {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let count = read(master, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            let at = (ContinuousClock.now - started).seconds
            capture.withLock { state in
                state.output.append(contentsOf: buffer[0..<count])
                state.chunks.append((at, count))
                if state.markerSeenAt == nil, let marker = state.marker,
                   state.output.suffix(count + marker.count).firstRange(of: marker) != nil {
                    state.markerSeenAt = at
                }
            }
        }
        capture.withLock { $0.finished = true }
    }

    /// Seconds from spawn to the first output containing the marker; nil if it did not come within `timeout`.
    func waitForMarker(timeout: Double) -> Double? {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while ContinuousClock.now < deadline {
            if let seen = capture.withLock({ $0.markerSeenAt }) { return seen }
            usleep(2_000)
        }
        return nil
    }

    /// Bytes read from the child in [from, to) seconds after its start.
    func bytes(from: Double = 0, to: Double = .infinity) -> Int {
        capture.withLock { $0.chunks.filter { $0.at >= from && $0.at < to }.map(\.bytes).reduce(0, +) }
    }

    /// Sizes of the bursts of output in [from, to): reads less than 20 ms apart count as one frame.
    func frames(from: Double, to: Double) -> [Int] {
        let chunks = capture.withLock { $0.chunks.filter { $0.at >= from && $0.at < to } }
        var frames: [Int] = []
        var last = -Double.infinity
        for chunk in chunks {
            if chunk.at - last < 0.020, !frames.isEmpty { frames[frames.count - 1] += chunk.bytes } else { frames.append(chunk.bytes) }
            last = chunk.at
        }
        return frames
    }

    /// Everything read so far, as text (escape sequences included).
    var text: String { capture.withLock { String(decoding: $0.output, as: UTF8.self) } }

    /// Types `text` into the terminal.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Stops reading (after the child has exited) and closes both sides.
    func close() {
        capture.withLock { $0.stopped = true }
        let deadline = ContinuousClock.now + .seconds(2)
        while !capture.withLock({ $0.finished }) && ContinuousClock.now < deadline { usleep(5_000) }
        Glibc.close(slave)
        Glibc.close(master)
    }
}
