import AWSCore
import Foundation
import Synchronization

/// A child process started with posix_spawn, waited for with wait4 so that its CPU time and peak resident set
/// come from the kernel (`ru_maxrss` covers the child and every descendant it waited for).
///
/// Everything here blocks: call it from a thread of its own (`Blocking.run`), never from the cooperative pool.
struct Child {
    /// What a finished child cost.
    struct Usage: Sendable {
        var status: Int32
        /// Wall time from spawn to exit, seconds.
        var wall: Double
        /// User + system CPU seconds of the child and the descendants it reaped.
        var cpu: Double
        /// Peak resident set, megabytes.
        var peakRSSMB: Double
    }

    let pid: pid_t
    let started: ContinuousClock.Instant

    /// glibc's POSIX_SPAWN_SETSID, which Swift's Glibc module does not export.
    static let spawnSetSID: Int32 = 0x80

    /// Starts `arguments` (looked up in PATH) with `environment` added to ours. `stdinPath` / `stdoutFD` /
    /// `stderrFD` choose the standard descriptors (default /dev/null); `newSession` makes the child a session
    /// leader, so that opening a terminal as its stdin makes that terminal its controlling one.
    static func spawn(_ arguments: [String], environment: [String: String] = [:], stdinPath: String = "/dev/null",
                      stdoutFD: Int32? = nil, stderrFD: Int32? = nil, newSession: Bool = false,
                      closing: [Int32] = []) throws -> Child {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDWR, 0)
        if let stdoutFD { posix_spawn_file_actions_adddup2(&actions, stdoutFD, 1) } else if stdinPath == "/dev/null" {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
        }
        if let stderrFD { posix_spawn_file_actions_adddup2(&actions, stderrFD, 2) } else if stdinPath == "/dev/null" {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
        }
        for descriptor in closing { posix_spawn_file_actions_addclose(&actions, descriptor) }

        // Start the child with no blocked or ignored signals, whatever thread spawns it.
        var attributes = ChildProcess.cleanSignalAttributes(extraFlags: newSession ? spawnSetSID : 0)
        defer { posix_spawnattr_destroy(&attributes) }

        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let started = ContinuousClock.now
        let result = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &envp)
        guard result == 0 else { throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(result)))") }
        return Child(pid: pid, started: started)
    }

    /// Waits for the child to exit and returns what it cost.
    func wait() -> Usage {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = (ContinuousClock.now - started).seconds
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return Usage(status: exit, wall: wall, cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime),
                     peakRSSMB: Double(usage.ru_maxrss) / 1024)
    }

    /// Waits up to `timeout` seconds, then kills the child (SIGKILL) and waits for that.
    func wait(timeout: Double) -> Usage {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while ContinuousClock.now < deadline {
            // WNOWAIT leaves the child to wait() below, which collects its rusage.
            var info = siginfo_t()
            if waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0, info._sifields._sigchld.si_pid == pid {
                return wait()
            }
            usleep(5_000)
        }
        kill(pid, SIGKILL)
        return wait()
    }

    /// CPU seconds so far (user + system) of the running child and of the children it has reaped, from
    /// /proc/PID/stat; nil once it is gone.
    func cpuSoFar() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 14 else { return nil }
        let ticks = [11, 12, 13, 14].compactMap { Double(fields[$0]) }.reduce(0, +)
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Sends `signal` to the child.
    func signal(_ signal: Int32) { kill(pid, signal) }

    /// Runs `arguments` to the end with stdout captured (stderr discarded); returns the cost and the output.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (Usage, Data) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw BenchError("pipe failed") }
        let child: Child
        do {
            child = try spawn(arguments, environment: environment, stdoutFD: ends[1], closing: [ends[0], ends[1]])
        } catch {
            close(ends[0]); close(ends[1])
            throw error
        }
        close(ends[1])
        let output = drain(ends[0])
        return (child.wait(), output)
    }

    /// Reads `descriptor` to its end and closes it.
    static func drain(_ descriptor: Int32) -> Data {
        ChildProcess.drain(descriptor)
    }
}

/// Runs blocking work on a thread of its own, so that waiting for children never holds a cooperative thread.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }
}
