import AWSCore
import Foundation
import Testing

extension EndToEnd {
/// A failureReason of 10 KB full of wide characters, combining marks and terminal control sequences, planted in
/// the emulator's state file: the status line and the inspector show it as text, and none of its escapes reach
/// the terminal (the window title, the screen mode and the frame stay pdash's).
@Suite("Hostile text from the service", .serialized)
struct HostileTextTests {
    static let marker = "PWNED"

    /// About 10 KB: CJK and emoji (two columns each), combining marks, bidi overrides, C0 and C1 controls,
    /// OSC (set the title), CSI (clear, leave the alternate screen), a bell, CR, backspaces, tabs.
    static let hostileReason: String = {
        let pieces = [
            "漢字かなカナ한국어🙂👍🏽", "e\u{301}a\u{308}", "\u{202e}txet desrever\u{202c}", "\u{200b}\u{200d}",
            "\u{1b}]0;\(marker)\u{7}", "\u{1b}[2J", "\u{1b}[?1049l", "\u{1b}[31mred", "\u{9b}32m", "\u{7}", "\r", "\u{8}\u{8}", "\t", "\u{0}",
            "\u{1b}P+q\u{1b}\\", "\u{1b}[?1000h", " plain words between them ",
        ]
        var text = "Hostile start. "
        var index = 0
        while text.utf8.count < 10_000 { text += pieces[index % pieces.count]; index += 1 }
        return text + " Hostile end."
    }()

    /// Every failure reason in the state file's JSON (`failureReason` of jobs and images, `reason` of a
    /// training plan's `failed` outcome), replaced by `reason`.
    static func replacingReasons(_ value: Any, with reason: String, underFailed: Bool = false) -> Any {
        if var object = value as? [String: Any] {
            for (key, field) in object {
                let isReason = field is String && (key == "failureReason" || (underFailed && key == "reason"))
                object[key] = isReason ? reason : replacingReasons(field, with: reason, underFailed: key == "failed")
            }
            return object
        }
        if let array = value as? [Any] { return array.map { replacingReasons($0, with: reason) } }
        return value
    }

    @Test func aHostileFailureReasonIsShownAsTextAndNeverReachesTheTerminalRaw() throws {
        // A state file from the demo seed, every failureReason replaced by the hostile one.
        let stateFile = NSTemporaryDirectory() + "pdash-hostile-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: stateFile) }
        do {
            let seeding = try EmulatorProcess(["--state-file", stateFile])
            _ = try Headless.versions(seeding, solution: "user-personalization-v2")
            kill(seeding.pid, SIGTERM)
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline, EndToEnd.isRunning(seeding.pid) { Thread.sleep(forTimeInterval: 0.05) }
        }
        let original = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: stateFile)))
        let planted = try JSONSerialization.data(withJSONObject: Self.replacingReasons(original, with: Self.hostileReason))
        #expect(String(decoding: planted, as: UTF8.self).contains(Self.marker), "the state file has failureReasons to replace")
        try planted.write(to: URL(fileURLWithPath: stateFile))

        let emulator = try EmulatorProcess(["--state-file", stateFile])
        let run = try EmulatedDashboard(emulator: emulator, solution: "user-personalization-v2")
        try run.tmux.waitFor("a failed version", timeout: 60) { VersionRows.statuses(in: $0).values.contains("CREATE FAILED") }
        let title = try run.tmux.display("#{pane_title}")
        try run.tmux.sendKeys("g")
        var statusLine = ""
        for _ in 0..<30 {
            Thread.sleep(forTimeInterval: 0.3)
            let screen = try run.tmux.capture()
            if let line = screen.split(separator: "\n").first(where: { $0.contains("Enter: in full") }) { statusLine = String(line); break }
            try run.tmux.sendKeys("j")
        }
        #expect(statusLine.contains("Hostile start"), "the reason on the status line: \(statusLine)")
        try run.tmux.sendKeys("Enter")
        let inspector = try run.tmux.waitFor("the inspector", timeout: 20) { $0.contains("Inspector") && $0.contains("failureReason") }
        #expect(inspector.contains("漢字"), "wide characters are shown")
        #expect(inspector.contains(Self.marker), "the escape's text is shown as text")
        for _ in 0..<6 {
            try run.tmux.sendKeys("PageDown")
            Thread.sleep(forTimeInterval: 0.2)
        }
        let scrolled = try run.tmux.capture()
        #expect(scrolled.contains("Inspector"), "the frame survives scrolling through the reason")
        #expect(try run.tmux.display("#{pane_title}") == title, "no OSC reached the terminal (title unchanged)")
        #expect(!(try run.tmux.display("#{pane_title}")).contains(Self.marker))
        #expect(try run.tmux.display("#{alternate_on}") == "1", "no CSI left the alternate screen")
        let escapes = try run.tmux.captureWithEscapes()
        #expect(!escapes.contains("\u{7}") && !escapes.contains("\u{1b}]"), "no bell or OSC in the drawn cells")
        #expect(try run.tmux.programPID() != nil, "still running")
        try run.tmux.sendKeys("Escape", "q")
        #expect(run.exitCode() == "0")
    }
}
}
