import AWSCore
import Foundation
import Testing

extension EndToEnd {
/// The dashboard in terminals that make life hard: a storm of resizes, a 20x6 window, old or unusual TERMs,
/// NO_COLOR, signals at random moments. It must keep drawing, never crash, and always give the terminal back.
@Suite("Hostile terminal", .serialized)
struct HostileTerminalTests {
    /// The SGR parameters of every `ESC [ ... m` in `text`.
    static func sgrParameters(_ text: String) -> [Int] {
        var parameters: [Int] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1b}[") {
            let body = rest[start.upperBound...].prefix { $0.isNumber || $0 == ";" }
            let after = rest.index(start.upperBound, offsetBy: body.count)
            if after < rest.endIndex, rest[after] == "m" {
                parameters += body.split(separator: ";").compactMap { Int($0) }
            }
            rest = rest[after...]
        }
        return parameters
    }

    @Test func aHundredResizesInTwoSecondsThenItDrawsTheRightSize() throws {
        let emulator = try EmulatorProcess()
        let run = try EmulatedDashboard(emulator: emulator)
        try run.waitForVersions()
        let began = Date()
        for index in 0..<100 {
            try run.tmux.resize(columns: 20 + (index * 37) % 140, rows: 5 + (index * 13) % 45)
        }
        let elapsed = Date().timeIntervalSince(began)
        print("100 resizes sent in \(String(format: "%.2f", elapsed)) s")
        try run.tmux.resize(columns: 100, rows: 30)
        let screen = try run.tmux.waitFor("the dashboard at 100x30", timeout: 20) { screen in
            !VersionRows.statuses(in: screen).isEmpty && screen.split(separator: "\n").allSatisfy { $0.count <= 100 }
        }
        #expect(screen.contains("Solution versions"))
        #expect(try run.tmux.programPID() != nil, "still running")
        try run.tmux.sendKeys("q")
        #expect(run.exitCode() == "0")
    }

    @Test func aTwentyBySixTerminalSaysItIsTooSmallAndStillQuits() throws {
        let emulator = try EmulatorProcess()
        let run = try EmulatedDashboard(emulator: emulator, columns: 20, rows: 6)
        let screen = try run.tmux.waitFor("something drawn at 20x6", timeout: 60) { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 20 }, "nothing drawn past the edge:\n\(screen)")
        Thread.sleep(forTimeInterval: 1)
        #expect(try run.tmux.programPID() != nil, "still running at 20x6")
        try run.tmux.sendKeys("q")
        #expect(run.exitCode() == "0")
    }

    @Test(arguments: ["dumb", "vt100", "xterm-256color", "screen-256color", "tmux-256color"])
    func everyTermEitherDrawsTheDashboardOrSaysWhy(term: String) throws {
        let emulator = try EmulatorProcess()
        let run = try EmulatedDashboard(emulator: emulator, term: term)
        let deadline = Date().addingTimeInterval(60)
        var drew = false
        while Date() < deadline {
            if let screen = try? run.tmux.capture(), !VersionRows.statuses(in: screen).isEmpty { drew = true; break }
            if FileManager.default.fileExists(atPath: run.exitFile) { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        if drew {
            try run.tmux.sendKeys("q")
            #expect(run.exitCode() == "0", "TERM=\(term): q quits cleanly")
            #expect(try run.tmux.display("#{alternate_on}") == "0", "TERM=\(term): the alternate screen is left")
        } else {
            // A terminal it cannot drive: a usage-level refusal with a reason, never a crash or a hang.
            let code = run.exitCode()
            #expect(code != nil && code != "0" && (Int(code ?? "") ?? 999) < 128, "TERM=\(term): exit \(code ?? "none")")
            #expect(run.standardError.contains("terminal"), "TERM=\(term) says why: \(run.standardError)")
        }
        print("TERM=\(term): \(drew ? "drew the dashboard" : "refused: \(run.standardError)")")
    }

    @Test func noColorMeansNoColourEscapes() throws {
        let emulator = try EmulatorProcess()
        let run = try EmulatedDashboard(emulator: emulator, environment: "NO_COLOR=1")
        try run.waitForVersions()
        try run.tmux.sendKeys("Tab")
        Thread.sleep(forTimeInterval: 1)
        let colours = Self.sgrParameters(try run.tmux.captureWithEscapes()).filter { code in
            // 39 and 49 (the terminal's own foreground and background) are not colours.
            ((30...49).contains(code) || (90...107).contains(code)) && code != 39 && code != 49
        }
        #expect(colours.isEmpty, "colour SGR parameters with NO_COLOR: \(Set(colours).sorted())")
        try run.tmux.sendKeys("q")
        #expect(run.exitCode() == "0")
    }

    /// SIGINT, SIGTERM and SIGHUP, each at two random moments from start-up to steady state: the exit status says
    /// which signal, the terminal is restored (main screen, cursor shown, mouse off) and no process is left.
    @Test func signalsAtRandomMomentsRestoreTheTerminalAndLeaveNoProcess() throws {
        let emulator = try EmulatorProcess()
        var generator = SystemRandomNumberGenerator()
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGINT, SIGTERM, SIGHUP] {
            let delay = Double.random(in: 0.3...4, using: &generator)
            let run = try EmulatedDashboard(emulator: emulator)
            var pid: Int32?
            let started = Date()
            while pid == nil, Date().timeIntervalSince(started) < 20 {
                pid = try run.tmux.programPID()
                if pid == nil { Thread.sleep(forTimeInterval: 0.02) }
            }
            let target = try #require(pid, "pdash started")
            let wait = delay - Date().timeIntervalSince(started)
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            let children = Self.descendants(of: target)
            kill(target, signal)
            let code = run.exitCode(timeout: 20)
            let what = "signal \(signal) after \(String(format: "%.2f", delay)) s"
            #expect(code == "\(128 + signal)", "\(what): exit status \(code ?? "none")")
            #expect(!EndToEnd.isRunning(target), "\(what): pdash is gone")
            for child in children { #expect(!EndToEnd.isRunning(child), "\(what): child \(child) is gone") }
            #expect(try run.tmux.display("#{alternate_on}") == "0", "\(what): back on the main screen")
            #expect(try run.tmux.display("#{cursor_flag}") == "1", "\(what): the cursor is shown")
            #expect(try run.tmux.display("#{mouse_any_flag}#{mouse_button_flag}#{mouse_all_flag}") == "000", "\(what): mouse reporting off")
            #expect(!(try run.tmux.capture()).contains("Solution versions"), "\(what): the dashboard is gone from the screen")
            if EndToEnd.isRunning(target) { kill(target, SIGKILL) }
        }
    }

    /// Every process below `pid` (children, their children).
    static func descendants(of pid: Int32) -> [Int32] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        let children = tasks.flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "").split(separator: " ").compactMap { Int32($0) }
        }
        return children + children.flatMap(descendants)
    }
}
}
