import AWSCore
import DashboardView
import Foundation
import Testing

extension EndToEnd {
/// The dashboard driven by keys in a real terminal (tmux) against the in-process demo: inspector, training and
/// stopping through the dialogs, filter and sort, help, read-only, resizes mid-dialog, monochrome, SIGHUP.
@Suite("pdash --demo: keys in tmux", .serialized)
struct InteractionEndToEndTests {
    static let similarItems = "arn:aws:personalize:us-east-1:111122223333:solution/similar-items"
    static let notEnoughInteractions = "There are not enough interactions in the dataset to train a model. The interactions dataset has 812 "
        + "unique users after filtering by eventValueThreshold 0.5; at least 1000 are required. Import more interactions or lower "
        + "eventValueThreshold in the solution configuration, then create a new solution version."

    struct Run {
        var tmux: TmuxSession
        var exitFile: String
    }

    func launch(_ arguments: String, environment: String = "", columns: Int = 120, rows: Int = 35) throws -> Run {
        let binary = PDashBinary.path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw TmuxSession.Failure(description: "pdash binary not found at \(binary); run swift build first or set PDASH_BINARY")
        }
        let home = NSTemporaryDirectory() + "pdash-keys-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let exitFile = home + "/exit"
        let tmux = try TmuxSession(
            command: "env LANG=C.UTF-8 TERM=xterm-256color XDG_STATE_HOME='\(home)/state' XDG_CONFIG_HOME='\(home)/config' \(environment) "
                + "'\(binary)' \(arguments); echo $? > '\(exitFile)'; sleep 30",
            columns: columns, rows: rows)
        return Run(tmux: tmux, exitFile: exitFile)
    }

    func exitCode(_ run: Run, timeout: TimeInterval = 10) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: run.exitFile, encoding: .utf8), text.hasSuffix("\n") {
                return text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    /// The screen's words, with box borders and line breaks gone (a wrapped text reads as one sentence).
    static func words(_ screen: String) -> String {
        screen.replacingOccurrences(of: "│", with: " ").replacingOccurrences(of: "▼", with: " ").replacingOccurrences(of: "▲", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func aFailedVersionsWholeReasonInTheInspector() throws {
        let run = try launch("--demo")
        try run.tmux.waitFor("versions", timeout: 60) { VersionRows.statuses(in: $0).values.contains("CREATE FAILED") }
        // Filter to the failed ones, keep the filter, inspect the first.
        try run.tmux.sendKeys("/")
        try run.tmux.sendKeys("-l", "not enough")
        try run.tmux.waitFor("the filter to apply", timeout: 10) { screen in
            let statuses = VersionRows.statuses(in: screen)
            return !statuses.isEmpty && statuses.values.allSatisfy { $0 == "CREATE FAILED" }
        }
        try run.tmux.sendKeys("Enter")
        try run.tmux.sendKeys("Enter")
        let inspector = try run.tmux.waitFor("the inspector", timeout: 10) { $0.contains("failureReason") && $0.contains("Inspector") }
        #expect(Self.words(inspector).contains(Self.notEnoughInteractions), "the whole reason, wrapped, never cut:\n\(inspector)")
        try run.tmux.sendKeys("Escape")
        try run.tmux.waitFor("the panes again", timeout: 10) { $0.contains("Solution versions") }
        try run.tmux.sendKeys("q")
        #expect(exitCode(run) == "0")
    }

    @Test func trainFullThroughTheDialogsThenRefuseASecondThenStop() throws {
        let run = try launch("--demo --demo-time-scale 20 --solution-arn \(Self.similarItems)")
        try run.tmux.waitFor("versions", timeout: 60) { VersionRows.statuses(in: $0).values.contains("ACTIVE") }
        try run.tmux.sendKeys("t")
        // The whole dialog (its last line is the hint), not a frame caught half drawn.
        let choose = try run.tmux.waitFor("the mode dialog", timeout: 10) { $0.contains("Train a new solution version") && $0.contains("Esc cancel") }
        #expect(choose.contains("UPDATE unavailable"), "similar-items cannot UPDATE, and says why")
        try run.tmux.sendKeys("Right")
        #expect(try run.tmux.waitFor("the refusal", timeout: 5) { $0.contains("UPDATE is not possible") }.contains("[ FULL ]"))
        try run.tmux.sendKeys("Enter")
        let confirm = try run.tmux.waitFor("the confirmation", timeout: 10) { $0.contains("Confirm: start a FULL training") && $0.contains("Esc cancel") }
        #expect(Self.words(confirm).contains(Self.similarItems), "the exact solution ARN")
        #expect(confirm.contains("[ No ]"), "No is the default")
        try run.tmux.sendKeys("y")
        try run.tmux.waitFor("the new version", timeout: 20) { $0.contains("Training started") || VersionRows.statuses(in: $0).values.contains("CREATE PENDING") }
        try run.tmux.waitFor("it to advance", timeout: 60) { VersionRows.statuses(in: $0).values.contains("CREATE IN_PROGRESS") }

        try run.tmux.sendKeys("t")
        try run.tmux.waitFor("the mode dialog", timeout: 10) { $0.contains("Train a new solution version") }
        try run.tmux.sendKeys("Enter", "y")
        let refused = try run.tmux.waitFor("the refusal", timeout: 20) { $0.contains("Training not started") }
        #expect(refused.contains("still training"), "\(refused)")

        try run.tmux.sendKeys("g", "x")
        try run.tmux.waitFor("the stop dialog", timeout: 10) { $0.contains("Stop this training?") }
        try run.tmux.sendKeys("y")
        try run.tmux.waitFor("the version to stop", timeout: 60) { screen in
            VersionRows.statuses(in: screen).values.contains { $0 == "CREATE STOPPING" || $0 == "CREATE STOPPED" }
        }
        try run.tmux.sendKeys("q")
        #expect(exitCode(run) == "0")
    }

    @Test func sortHelpAndReadOnly() throws {
        let run = try launch("--demo --read-only")
        try run.tmux.waitFor("versions", timeout: 60) { VersionRows.statuses(in: $0).values.contains("ACTIVE") }
        let footer = try run.tmux.capture()
        #expect(!footer.contains(" train ") && !footer.contains(" stop "), "no train/stop hints in read-only")
        try run.tmux.sendKeys("t")
        try run.tmux.waitFor("the reason", timeout: 10) { $0.contains("Read-only: training is disabled") }

        try run.tmux.sendKeys("s")
        try run.tmux.waitFor("the sort arrow", timeout: 10) { $0.contains("CREATED▼") }
        try run.tmux.sendKeys("S")
        let ascending = try run.tmux.waitFor("the reversed sort", timeout: 10) { $0.contains("CREATED▲") }
        let ids = ascending.split(separator: "\n").compactMap { line -> Substring? in
            let first = line.replacingOccurrences(of: "▶", with: " ").split(separator: "│").first?.split(separator: " ").first
            return first.flatMap { $0.count == 8 && $0.allSatisfy(\.isHexDigit) ? $0 : nil }
        }
        #expect(ids.first == "3f9a1c07", "oldest first:\n\(ascending)")

        try run.tmux.sendKeys("?")
        var seen = Self.words(try run.tmux.waitFor("help", timeout: 10) { $0.contains("Help") })
        for _ in 0..<8 {
            try run.tmux.sendKeys("PageDown")
            Thread.sleep(forTimeInterval: 0.3)
            seen += " " + Self.words(try run.tmux.capture())
        }
        // Every binding of the table the keys are dispatched from (less training and stopping, in read-only).
        for context in KeyContext.allCases {
            for binding in KeyMap.standard.visible(readOnly: true, context: context) {
                #expect(seen.contains(Self.words(binding.help)), "help lists \(binding.help)")
            }
        }
        #expect(!seen.contains("Train a new version"), "read-only help leaves out training")
        try run.tmux.sendKeys("q")
        #expect(exitCode(run) == "0")
    }

    @Test func resizesMidDialogAndRunsWithoutColour() throws {
        let run = try launch("--demo --solution-arn \(Self.similarItems)", environment: "NO_COLOR=1")
        try run.tmux.waitFor("versions", timeout: 60) { VersionRows.statuses(in: $0).values.contains("ACTIVE") }
        let escapes = try run.tmux.captureWithEscapes()
        #expect(!escapes.contains("[3") || !escapes.contains(";3"), "no colour escapes with NO_COLOR")
        try run.tmux.sendKeys("t")
        try run.tmux.waitFor("the dialog", timeout: 10) { $0.contains("Train a new solution version") }
        for (columns, rows) in [(70, 20), (30, 8), (120, 35)] {
            try run.tmux.resize(columns: columns, rows: rows)
            Thread.sleep(forTimeInterval: 0.5)
            #expect(try run.tmux.programPID() != nil, "still running at \(columns)x\(rows)")
        }
        try run.tmux.waitFor("the dialog after the resizes", timeout: 10) { $0.contains("Train a new solution version") }
        try run.tmux.sendKeys("Escape")
        try run.tmux.waitFor("the dialog gone", timeout: 10) { !$0.contains("Train a new solution version") }
        try run.tmux.sendKeys("q")
        #expect(exitCode(run) == "0")
    }

    @Test func paletteAndPicker() throws {
        let run = try launch("--demo")
        try run.tmux.waitFor("versions", timeout: 60) { VersionRows.statuses(in: $0).values.contains("ACTIVE") }
        try run.tmux.sendKeys(":")
        try run.tmux.sendKeys("-l", "pane tim")
        try run.tmux.waitFor("the completion", timeout: 10) { $0.contains(":pane timeline") }
        try run.tmux.sendKeys("Tab", "Enter")
        try run.tmux.waitFor("the timeline tab", timeout: 10) { $0.contains("this session") }

        try run.tmux.sendKeys("b")
        try run.tmux.waitFor("the solution picker", timeout: 15) { $0.contains("Solutions") && $0.contains("similar-items") }
        try run.tmux.sendKeys("/")
        try run.tmux.sendKeys("-l", "similar")
        try run.tmux.sendKeys("Enter", "Enter")
        let opened = try run.tmux.waitFor("similar-items opened", timeout: 20) { screen in
            screen.contains("/ similar-items") && !VersionRows.statuses(in: screen).isEmpty
        }
        #expect(!opened.contains("Enter choose"), "the picker closed")
        try run.tmux.sendKeys("q")
        #expect(exitCode(run) == "0")
    }

    @Test func sighupLeavesNoProcess() throws {
        let run = try launch("--demo")
        try run.tmux.waitFor("versions", timeout: 60) { VersionRows.statuses(in: $0).values.contains("ACTIVE") }
        let pid = try #require(try run.tmux.programPID())
        kill(pid, SIGHUP)
        #expect(exitCode(run) == "129")
        #expect(kill(pid, 0) != 0, "the process is gone")
    }
}
}
