import AWSCore
import Foundation
import Testing

extension EndToEnd {
/// pdash in tmux against `pdash emulator --control` with faults injected: a throttling storm, bursts of server
/// errors, slow answers, resets and cut-off JSON, the endpoint killed and restarted, credentials expiring.
/// Every wait has a generous bound; nothing asserts how fast the machine is.
@Suite("Reliability: faults injected under the running dashboard", .serialized)
struct ReliabilityEndToEndTests {
    /// The status line's words (the line that starts with ✗ refresh failed), or nil when it is not on screen.
    static func failureLine(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains("✗ refresh failed") }.map(String.init)
    }

    /// The header (first line) of a screen.
    static func header(_ screen: String) -> String {
        String(screen.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }

    /// Trains FULL through the dialogs: t, Enter (FULL), y.
    static func trainFull(_ run: EmulatedDashboard) throws {
        try run.tmux.sendKeys("t")
        try run.tmux.waitFor("the mode dialog", timeout: 20) { $0.contains("Train a new solution version") }
        try run.tmux.sendKeys("Enter")
        try run.tmux.waitFor("the confirmation", timeout: 20) { $0.contains("Confirm: start a FULL training") }
        try run.tmux.sendKeys("y")
    }

    @Test func aThrottlingStormIsRiddenOutAndATrainingDuringItCreatesExactlyOneVersion() throws {
        let emulator = try EmulatorProcess(["--control"])
        let control = EmulatorControl(emulator)
        let run = try EmulatedDashboard(emulator: emulator, solution: "similar-items", arguments: "--refresh-active 1 --refresh-idle 1")
        try run.waitForVersions()
        let before = try Headless.versions(emulator, solution: "similar-items")
        try control.call("DELETE", "requests")

        // The storm: for 30 s every read the dashboard makes in steady state is throttled (about half the
        // calls: the solution, recipe and session reads still pass), and the first create attempt too.
        let stormStart = Date()
        for operation in ["ListSolutionVersions", "DescribeSolutionVersion", "ListBatchSegmentJobs", "ListBatchInferenceJobs",
                          "ListCampaigns", "DescribeCampaign", "GetSolutionMetrics"] {
            try control.arm(operation, "throttle", seconds: 30)
        }
        try control.arm("CreateSolutionVersion", "throttle", count: 1)
        try run.tmux.sendKeys("r")
        let throttled = try run.tmux.waitFor("the throttling badge", timeout: 25) { Self.header($0).contains("✗ throttled") }
        #expect(!VersionRows.statuses(in: throttled).isEmpty, "the last good rows stay on screen")

        // Keys are answered at once during the storm: help opens and closes, the selection moves.
        try run.tmux.sendKeys("?")
        try run.tmux.waitFor("help during the storm", timeout: 10) { $0.contains("Help") }
        try run.tmux.sendKeys("Escape")
        try run.tmux.waitFor("help closed", timeout: 10) { !$0.contains("Help") && !VersionRows.statuses(in: $0).isEmpty }
        try run.tmux.sendKeys("j", "k", "g")

        try Self.trainFull(run)
        let answered = try run.tmux.waitFor("the training's answer", timeout: 40) {
            $0.contains("Training started") || $0.contains("Training not started") || $0.contains("answer was lost")
        }
        #expect(answered.contains("Training started"), "a throttled create is retried, not refused:\n\(answered)")

        // Wait out the window, then count what the dashboard sent during it.
        let remaining = 30 - Date().timeIntervalSince(stormStart)
        if remaining > 0 { Thread.sleep(forTimeInterval: remaining + 0.5) }
        let duringStorm = try control.requests()
        let lists = duringStorm["AmazonPersonalize.ListSolutionVersions"] ?? 0
        // Without backoff, a 1 s refresh with three attempts each would send about 90 in 30 s.
        #expect(lists <= 30, "backed off during the storm: \(lists) ListSolutionVersions in 30 s")

        // Recovery by itself: no key pressed, the badge and the error go away (the backoff may be at 32 s).
        let recovered = try run.tmux.waitFor("recovery", timeout: 120) { screen in
            !Self.header(screen).contains("✗") && Self.failureLine(screen) == nil && !VersionRows.statuses(in: screen).isEmpty
        }
        let after = try Headless.versions(emulator, solution: "similar-items")
        let created = Set(after.keys).subtracting(before.keys)
        #expect(created.count == 1, "exactly one version created: \(created)")
        #expect(try control.requests()["AmazonPersonalize.CreateSolutionVersion"] == 2, "one throttled attempt, one that created")
        if let arn = created.first {
            let id = String(arn.split(separator: "/").last ?? "")
            let screen = try run.tmux.capture()
            #expect(recovered.contains(id) || screen.contains(id), "the new version \(id) is listed")
        }
        print("throttling storm: \(lists) ListSolutionVersions in 30 s; requests \(duringStorm)")
        try run.tmux.sendKeys("q")
        #expect(run.exitCode() == "0")
    }

    /// Each kind of failure (incomplete: an answer missing its fields) shows its own message, keeps the last good rows (marked stale) and heals by itself.
    @Test func serverErrorsSlowAnswersResetsAndCutOffJSONEachSaySoAndHeal() throws {
        let emulator = try EmulatorProcess(["--control"])
        let control = EmulatorControl(emulator)
        let run = try EmulatedDashboard(emulator: emulator, solution: "user-personalization-v2",
                                        arguments: "--refresh-active 1 --refresh-idle 1 --read-timeout 2 --connect-timeout 2")
        try run.waitForVersions()
        var messages: [String: String] = [:]
        for (fault, delay) in [("http500", nil), ("http503", nil), ("delay", 6000), ("reset", nil), ("malformed", nil), ("incomplete", nil)] as [(String, Int?)] {
            // A slow answer must outlast every retry of a 2 s read timeout, however slow the machine: a long window.
            try control.arm("ListSolutionVersions", fault, seconds: delay == nil ? 6 : 25, delayMs: delay)
            try run.tmux.sendKeys("r")
            let failing = try run.tmux.waitFor("the \(fault) message", timeout: 60) { Self.failureLine($0) != nil }
            let line = Self.failureLine(failing) ?? ""
            messages[fault] = line
            #expect(!VersionRows.statuses(in: failing).isEmpty, "\(fault): the last good rows stay on screen")
            #expect(line.contains("showing data from"), "\(fault): the data is marked stale: \(line)")
            #expect(Self.header(failing).contains("✗"), "\(fault): the header says the refresh is failing")
            try run.tmux.waitFor("recovery from \(fault)", timeout: 90) { screen in
                Self.failureLine(screen) == nil && !Self.header(screen).contains("✗") && !VersionRows.statuses(in: screen).isEmpty
            }
        }
        print("fault messages:\n" + messages.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "\n"))
        #expect(messages["http500"]?.contains("InternalFailure") == true)
        #expect(messages["http503"]?.contains("ServiceUnavailable") == true)
        #expect(Set(messages.values).count == messages.count, "every kind has its own message")
        try run.tmux.sendKeys("q")
        #expect(run.exitCode() == "0")
    }

    @Test func theEndpointKilledAndRestartedLosesNothingAndTheDashboardResumes() throws {
        let stateFile = NSTemporaryDirectory() + "pdash-rel-state-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: stateFile) }
        let first = try EmulatorProcess(["--control", "--state-file", stateFile])
        let run = try EmulatedDashboard(emulator: first, solution: "similar-items", arguments: "--refresh-active 1 --refresh-idle 1")
        try run.waitForVersions()
        let before = try Headless.versions(first, solution: "similar-items")
        try Self.trainFull(run)
        try run.tmux.waitFor("the answer", timeout: 30) { $0.contains("Training started") }
        let acknowledged = Set(try Headless.versions(first, solution: "similar-items").keys).subtracting(before.keys)
        #expect(acknowledged.count == 1)

        first.crash()
        let outage = try run.tmux.waitFor("the outage", timeout: 60) { Self.failureLine($0) != nil }
        #expect(!VersionRows.statuses(in: outage).isEmpty, "the rows stay during the outage")

        let second = try EmulatorProcess(["--control", "--state-file", stateFile], port: first.port)
        let resumed = try run.tmux.waitFor("the dashboard to resume", timeout: 120) { screen in
            Self.failureLine(screen) == nil && !Self.header(screen).contains("✗") && !VersionRows.statuses(in: screen).isEmpty
        }
        let afterRestart = try Headless.versions(second, solution: "similar-items")
        for arn in before.keys.sorted() + acknowledged.sorted() {
            #expect(afterRestart[arn] != nil, "\(arn) survived the restart")
        }
        if let arn = acknowledged.first {
            #expect(resumed.contains(String(arn.split(separator: "/").last ?? "")), "the acknowledged version is on screen")
        }
        try run.tmux.sendKeys("q")
        #expect(run.exitCode() == "0")
    }

    @Test func expiredTemporaryCredentialsAreResolvedAgainWithoutTheUser() throws {
        let emulator = try EmulatorProcess(["--control"])
        let control = EmulatorControl(emulator)
        let home = NSTemporaryDirectory() + "pdash-rel-aws-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try """
            [profile short]
            role_arn = arn:aws:iam::111122223333:role/pdash-reader
            source_profile = base
            duration_seconds = 900
            """.write(toFile: home + "/config", atomically: true, encoding: .utf8)
        try "[base]\naws_access_key_id = pdash-demo\naws_secret_access_key = pdash-demo-secret\n"
            .write(toFile: home + "/credentials", atomically: true, encoding: .utf8)
        let run = try EmulatedDashboard(
            emulator: emulator, arguments: "--refresh-active 1 --refresh-idle 1",
            credentials: "AWS_CONFIG_FILE='\(home)/config' AWS_SHARED_CREDENTIALS_FILE='\(home)/credentials' AWS_PROFILE=short")
        try run.waitForVersions()
        #expect(try control.requests()["STS.AssumeRole"] == 1)

        // An hour later on the emulator's clock the 15-minute credentials have expired.
        try control.call("POST", "clock", #"{"advanceSeconds": 3600}"#)
        try run.tmux.sendKeys("r")
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, (try control.requests()["STS.AssumeRole"] ?? 0) < 2 { Thread.sleep(forTimeInterval: 0.2) }
        #expect((try control.requests()["STS.AssumeRole"] ?? 0) >= 2, "the role was assumed again")
        try control.call("DELETE", "requests")
        // Listing goes on with the new credentials: more successful requests, and no error on screen.
        let healthy = try run.tmux.waitFor("refreshes with new credentials", timeout: 60) { screen in
            let lists = (try? control.requests()["AmazonPersonalize.ListSolutionVersions"]) ?? 0
            return lists >= 2 && Self.failureLine(screen) == nil && !screen.contains("credentials:")
        }
        #expect(!VersionRows.statuses(in: healthy).isEmpty)
        try run.tmux.sendKeys("q")
        #expect(run.exitCode() == "0")
    }
}
}
