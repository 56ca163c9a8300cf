import Foundation
import Synchronization

/// Runs a program and waits for it with posix_spawn and waitpid. Foundation's Process can miss the exit of a
/// short-lived child on Linux and wait forever (seen here with tmux); this cannot. Blocking: call it from a
/// thread of its own (see `runDetached`), never from Swift's cooperative pool.
public enum ChildProcess {
    public struct Result: Sendable {
        public var status: Int32
        /// Standard output, and standard error too unless they were captured separately.
        public var output: String
        public var errorOutput: String
    }

    /// Runs `arguments` on a dedicated thread and returns its result without blocking the caller's executor.
    public static func runDetached(_ arguments: [String], separateErrors: Bool = false) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Swift.Result { try run(arguments, separateErrors: separateErrors) })
            }
            thread.start()
        }
    }

    /// Runs `arguments` (looked up in PATH); captures stdout and stderr together unless `capture` is false.
    public static func run(_ arguments: [String], capture: Bool = true, separateErrors: Bool = false) throws -> Result {
        guard !arguments.isEmpty else { throw POSIXError(.ENOENT) }
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        var pipeEnds: [Int32] = [-1, -1]
        var errorEnds: [Int32] = [-1, -1]
        if capture {
            guard pipe(&pipeEnds) == 0 else { throw POSIXError(.EMFILE) }
            if separateErrors {
                guard pipe(&errorEnds) == 0 else { throw POSIXError(.EMFILE) }
            }
            posix_spawn_file_actions_adddup2(&fileActions, pipeEnds[1], 1)
            posix_spawn_file_actions_adddup2(&fileActions, separateErrors ? errorEnds[1] : pipeEnds[1], 2)
            for end in pipeEnds + errorEnds where end >= 0 { posix_spawn_file_actions_addclose(&fileActions, end) }
        } else {
            posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var attributes = ChildProcess.cleanSignalAttributes()
        defer { posix_spawnattr_destroy(&attributes) }
        var pid: pid_t = 0
        var spawned = posix_spawnp(&pid, arguments[0], &fileActions, &attributes, &argv, environ)
        // "Text file busy": another thread's fork briefly holds a write handle on a script just written. Try again.
        var retries = 0
        while spawned == ETXTBSY, retries < 10 {
            retries += 1
            usleep(20_000)
            spawned = posix_spawnp(&pid, arguments[0], &fileActions, &attributes, &argv, environ)
        }
        if capture { close(pipeEnds[1]) }
        if errorEnds[1] >= 0 { close(errorEnds[1]) }
        guard spawned == 0 else {
            for end in [pipeEnds[0], errorEnds[0]] where end >= 0 { close(end) }
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT)
        }
        var output = Data()
        var errorOutput = Data()
        if capture {
            if errorEnds[0] >= 0 {
                // Drain stderr on its own thread so neither pipe can fill up and stall the child.
                let errors = Mutex(Data())
                let finished = DispatchSemaphore(value: 0)
                let descriptor = errorEnds[0]
                Thread {
                    let data = drain(descriptor)
                    errors.withLock { $0 = data }
                    finished.signal()
                }.start()
                output = drain(pipeEnds[0])
                finished.wait()
                errorOutput = errors.withLock { $0 }
            } else {
                output = drain(pipeEnds[0])
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exitCode, output: String(decoding: output, as: UTF8.self),
                      errorOutput: String(decoding: errorOutput, as: UTF8.self))
    }

    /// Reads `descriptor` to its end (retrying on EINTR) and closes it.
    public static func drain(_ descriptor: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 { data.append(contentsOf: buffer[0..<count]) } else if count == 0 || errno != EINTR { break }
        }
        close(descriptor)
        return data
    }
}

extension ChildProcess {
    /// Spawn attributes for a child that starts with no blocked or ignored signals, whatever thread spawns it
    /// (libdispatch workers block them all; tmux and its panes would then never see SIGHUP/SIGTERM/SIGCHLD).
    /// `extraFlags` adds flags such as glibc's POSIX_SPAWN_SETSID. The caller destroys the attributes.
    public static func cleanSignalAttributes(extraFlags: Int32 = 0) -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGTERM, SIGQUIT, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | extraFlags))
        return attributes
    }
}
