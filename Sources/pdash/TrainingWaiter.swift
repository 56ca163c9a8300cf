import AWSCore
import AWSServices
import Foundation

/// `train --wait`: polls DescribeSolutionVersion until the version ends, showing progress: a line rewritten in
/// place on a terminal, one line per status change otherwise. Transient errors are reported and retried.
struct TrainingWaiter {
    var client: PersonalizeClient
    var versionArn: String
    var pollInterval: Double
    var onTerminal = isatty(STDERR_FILENO) == 1

    static let ended: Set<String> = ["ACTIVE", "CREATE FAILED", "CREATE STOPPED"]

    func run() async throws -> SolutionVersion {
        let started = Date()
        var lastStatus: String?
        var failures = 0
        while true {
            do {
                let version = try await client.describeSolutionVersion(DescribeSolutionVersionRequest(solutionVersionArn: versionArn)).solutionVersion
                    ?? SolutionVersion()
                failures = 0
                let status = version.status ?? "UNKNOWN"
                show(status: status, changed: status != lastStatus, since: version.creationDateTime ?? started)
                lastStatus = status
                if Self.ended.contains(status) {
                    if onTerminal { Output.errorRaw("\n") }
                    return version
                }
            } catch let error as AWSServiceError where !RetryPolicy.throttlingCodes.contains(error.code) && error.httpStatus < 500 {
                if onTerminal { Output.errorRaw("\n") }
                throw Output.fail("DescribeSolutionVersion failed: \(error.code): \(error.message)", code: ExitStatus.failure)
            } catch {
                failures += 1
                Output.error("\(onTerminal ? "\n" : "")warning: \(error) (retrying; the training continues regardless)")
                if failures >= 30 { throw Output.fail("giving up after 30 failed checks; the training continues: \(versionArn)", code: ExitStatus.failure) }
            }
            try await Task.sleep(for: .milliseconds(Int(pollInterval * 1000)))
        }
    }

    private func show(status: String, changed: Bool, since: Date) {
        let elapsed = Self.duration(Date().timeIntervalSince(since))
        if onTerminal {
            Output.errorRaw("\r\u{1B}[2K\(Self.glyph(status)) \(status)  \(elapsed)  \(versionArn.split(separator: "/").last ?? "")")
        } else if changed {
            Output.error("\(ISO8601DateFormatter().string(from: Date())) \(status) (\(elapsed))")
        }
    }

    static func glyph(_ status: String) -> String {
        switch status {
        case "ACTIVE": return "●"
        case "CREATE FAILED": return "✗"
        case "CREATE STOPPED", "CREATE STOPPING": return "■"
        default: return "◐"
        }
    }

    static func duration(_ seconds: Double) -> String {
        let total = max(0, Int(seconds))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m\(String(format: "%02d", total % 60))s" }
        return "\(total / 3600)h\(String(format: "%02d", total % 3600 / 60))m"
    }
}
