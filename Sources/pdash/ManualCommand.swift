import ArgumentParser
import DashboardView
import Foundation
import HeadlessOutput

/// `pdash manual`: the man page, generated from the commands' definitions (swift-argument-parser's
/// `--experimental-dump-help`) and the key table each time, so it always matches this binary.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Print pdash's man page (roff), generated from its commands and its key table.",
        discussion: """
            Examples:
              pdash manual | man -l -
              mkdir -p ~/.local/share/man/man1 && pdash manual > ~/.local/share/man/man1/pdash.1 && man pdash
            """)

    /// For the README: its Keys section is this output (a test keeps them equal).
    @Flag(help: ArgumentHelp("Print the key table as Markdown (the README's Keys section) instead.", visibility: .hidden))
    var keysMarkdown = false

    func run() throws {
        if keysMarkdown {
            try FileHandle.standardOutput.write(contentsOf: Data(KeyReference.markdown().utf8))
            return
        }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        if !FileManager.default.isExecutableFile(atPath: "/proc/self/exe") {
            child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        }
        child.arguments = ["--experimental-dump-help"]
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        guard child.terminationStatus == 0 else {
            throw Output.fail("manual: '--experimental-dump-help' exited \(child.terminationStatus)", code: 1)
        }
        let page = ManualPage(root: try CommandHelp.decodeDump(data), version: BuildInfo.version,
                              date: Self.releaseDate, extraSections: Self.sections)
        try FileHandle.standardOutput.write(contentsOf: Data(page.render().utf8))
    }

    /// The month of this version (man pages date the software, not the moment they were printed).
    static let releaseDate = "November 2026"

    static let sections: [(title: String, entries: [(term: String, text: String)])] = [
        ("Files", [
            ("~/.config/pdash/config.toml", "pdash's settings: profile, region, solution_arn, read_only, theme, notifications, "
                + "price_per_training_hour, pane, [refresh], [keys] and [profiles.NAME] sections ($XDG_CONFIG_HOME/pdash/config.toml "
                + "when XDG_CONFIG_HOME is set; --config names another). An error names the file, line and key."),
            ("~/.local/state/pdash/session.json", "Where the dashboard was: profile, region, solution, pane ($XDG_STATE_HOME/pdash/)."),
            ("~/.local/state/pdash/audit.log", "One line per training started or stopped, with the request id (mode 0600)."),
            ("~/.aws/config, ~/.aws/credentials", "Profiles, regions and credentials, read as the AWS CLI reads them "
                + "(AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE move them)."),
        ]),
        ("Environment", [
            ("AWS_PROFILE", "The profile to use (over the config file's)."),
            ("AWS_REGION, AWS_DEFAULT_REGION", "The region (over the profile's)."),
            ("AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN", "Credentials, first in the AWS credential chain; "
                + "then web identity, SSO, assume-role profiles, credential_process, ECS and EC2 instance roles."),
            ("AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_PERSONALIZE", "Another endpoint (an emulator, a proxy), as --endpoint-url."),
            ("NO_COLOR", "Any value: no colours."),
            ("XDG_CONFIG_HOME, XDG_STATE_HOME", "Where the config file and the session and audit files live."),
            ("TERM", "The terminal type; pdash needs cursor addressing (not dumb)."),
        ]),
        ("Exit status", [("", ExitStatus.summary + " pdash doctor: 0 when every check passed, 1 otherwise.")]),
        ("See also", [("", "aws(1), and pdash doctor for what pdash would use and why.")]),
    ]
}
