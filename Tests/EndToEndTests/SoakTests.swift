import AWSCore
import Foundation
import Testing

extension EndToEnd {
/// The dashboard left running against the emulator with a 100 ms refresh: after a warm-up, resident memory grows
/// by less than 5 MB and open file descriptors and threads stay flat. PDASH_SOAK_MINUTES sets the length
/// (default 10 in CI, where `CI` is set, else 1; 60 for the hour-long run).
@Suite("Soak", .serialized)
struct SoakTests {
    struct Sample {
        var at: TimeInterval
        var rssKB: Int
        var fds: Int
        var threads: Int
    }

    static var minutes: Double {
        let environment = ProcessInfo.processInfo.environment
        if let text = environment["PDASH_SOAK_MINUTES"], let minutes = Double(text), minutes > 0 { return minutes }
        return (environment["CI"] ?? "").isEmpty ? 1 : 10
    }

    static func sample(_ pid: Int32, at: TimeInterval) -> Sample? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let rss = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return nil }
        let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd"))?.count ?? -1
        let threads = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task"))?.count ?? -1
        return Sample(at: at, rssKB: rss, fds: fds, threads: threads)
    }

    @Test func aLongRunWithAFastRefreshStaysFlat() throws {
        let total = Self.minutes * 60
        let warmUp = min(60, max(20, total / 5))
        // Two trainings in progress on the demo account, and a refresh every 100 ms.
        let emulator = try EmulatorProcess()
        let run = try EmulatedDashboard(emulator: emulator, solution: "user-personalization-v2", arguments: "--test-refresh 0.1")
        try run.waitForVersions()
        let pid = try #require(try run.tmux.programPID())
        let began = Date()
        var samples: [Sample] = []
        var keys = ["j", "k", "Tab", "l", "h", "Tab"].makeIterator()
        while Date().timeIntervalSince(began) < total {
            Thread.sleep(forTimeInterval: 5)
            let at = Date().timeIntervalSince(began)
            guard let sample = Self.sample(pid, at: at) else {
                Issue.record("pdash exited during the soak after \(Int(at)) s: \(run.standardError)")
                return
            }
            samples.append(sample)
            // A little interaction now and then, as someone glancing at it would.
            if let key = keys.next() { try run.tmux.sendKeys(key) } else { keys = ["j", "k", "Tab", "l", "h", "Tab"].makeIterator() }
        }
        let steady = samples.filter { $0.at >= warmUp }
        let baseline = try #require(steady.first, "samples after the warm-up")
        let peak = steady.map(\.rssKB).max() ?? 0
        let last = try #require(steady.last)
        let growthKB = last.rssKB - baseline.rssKB
        let fdRange = (steady.map(\.fds).min() ?? 0)...(steady.map(\.fds).max() ?? 0)
        let threadRange = (steady.map(\.threads).min() ?? 0)...(steady.map(\.threads).max() ?? 0)
        let requests = try run.tmux.capture().split(separator: "\n").first.map(String.init) ?? ""
        print("soak \(Self.minutes) min, warm-up \(Int(warmUp)) s: RSS \(baseline.rssKB) KB -> \(last.rssKB) KB (growth \(growthKB) KB, peak \(peak) KB); "
            + "fds \(fdRange); threads \(threadRange); header: \(requests)")
        #expect(growthKB < 5 * 1024, "RSS grew by \(growthKB) KB after warm-up")
        #expect(peak - baseline.rssKB < 5 * 1024, "RSS peaked \(peak - baseline.rssKB) KB above the baseline")
        // Flat, not constant: pooled connections open and close with the refreshes (a few at once), so the
        // bound is on the spread and on any upward trend (the later half's peak against the earlier half's).
        let half = steady.count / 2
        let (earlier, later) = (steady.prefix(max(half, 1)), steady.suffix(max(steady.count - half, 1)))
        #expect(fdRange.upperBound - fdRange.lowerBound <= 10, "open files stay within a few pooled connections: \(fdRange)")
        #expect(later.map(\.fds).max() ?? 0 <= (earlier.map(\.fds).max() ?? 0) + 2, "open files do not creep up")
        #expect(threadRange.upperBound - threadRange.lowerBound <= 2, "threads stay flat: \(threadRange)")
        #expect(later.map(\.threads).max() ?? 0 <= (earlier.map(\.threads).max() ?? 0) + 1, "threads do not creep up")
        #expect(requests.contains("req"), "it kept refreshing: \(requests)")
        try run.tmux.sendKeys("q")
        #expect(run.exitCode() == "0")
    }
}
}
