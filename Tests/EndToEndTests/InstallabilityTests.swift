import AWSCore
import DashboardView
import Foundation
import HeadlessOutput
import Testing

extension EndToEnd {
    /// What a stranger installing pdash meets: `--version`, `--help` with examples everywhere, the man page, shell
    /// completion of profiles, and a README whose key table is the product's.
    @Suite("Installable like a real tool")
    struct InstallabilityTests {
        static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()

        func run(_ arguments: [String]) throws -> ChildProcess.Result {
            try ChildProcess.run(["env", "AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null", PDashBinary.path]
                + arguments, separateErrors: true)
        }

        func commands() throws -> CommandHelp {
            let dump = try run(["--experimental-dump-help"])
            #expect(dump.status == 0)
            return try CommandHelp.decodeDump(Data(dump.output.utf8))
        }

        @Test func versionNamesTheVersionAndTheCommit() throws {
            let result = try run(["--version"])
            #expect(result.status == 0)
            let line = result.output.trimmingCharacters(in: .newlines)
            #expect(line.wholeMatch(of: /pdash \d+\.\d+\.\d+(-[0-9A-Za-z.]+)?( \(commit [0-9a-f]{12}(-dirty)?\))?/) != nil, "\(line)")
            // A tagged checkout is tagged v<version>.
            let tag = try? ChildProcess.run(["git", "-C", Self.repository.path, "describe", "--tags", "--exact-match"], separateErrors: true)
            if let tag, tag.status == 0, let version = line.split(separator: " ").dropFirst().first {
                #expect(tag.output.trimmingCharacters(in: .whitespacesAndNewlines) == "v\(version)")
            }
            // The commit, when the build was given one (the release build of .ci/static-binary is, and checks it).
        }

        @Test func everyCommandHasHelpWithAnExample() throws {
            let root = try commands()
            let names = (root.subcommands ?? []).map(\.commandName).filter { $0 != "help" }
            #expect(Set(names).isSuperset(of: ["dashboard", "list", "describe", "train", "doctor", "emulator", "manual"]))
            for words in [[]] + names.map({ [$0] }) {
                let result = try run(words + ["--help"])
                #expect(result.status == 0, "pdash \(words) --help")
                #expect(result.output.contains("Examples:\n  pdash") || result.output.contains("Examples:\n  aws"),
                        "pdash \(words.joined()) --help has no example:\n\(result.output)")
            }
        }

        @Test func theManualRendersWithoutWarningsAndNamesEveryOption() throws {
            let page = try run(["manual"])
            #expect(page.status == 0)
            let file = NSTemporaryDirectory() + "pdash-\(UUID().uuidString).1"
            try page.output.write(toFile: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: file) }
            let check = try ChildProcess.run(["groff", "-man", "-Tutf8", "-ww", "-z", file], separateErrors: true)
            #expect(check.status == 0 && check.errorOutput.isEmpty, "groff: \(check.errorOutput)")
            let text = try ChildProcess.run(["env", "MANWIDTH=200", "man", "-l", file], separateErrors: true).output
            let root = try commands()
            for command in (root.subcommands ?? []) where command.commandName != "help" {
                #expect(text.contains("pdash \(command.commandName)"), "\(command.commandName) missing from the manual")
                for argument in command.arguments ?? [] where argument.shouldDisplay {
                    guard let long = argument.names?.first(where: { $0.kind == "long" })?.name, long != "help", long != "version" else { continue }
                    #expect(text.contains("--" + long), "--\(long) of \(command.commandName) missing from the manual")
                }
            }
            for section in KeyReference.sections() {
                for row in section.rows { #expect(text.contains(row.help.prefix(30)), "key help '\(row.help)' missing") }
            }
        }

        @Test func bashCompletesProfilesFromTheAWSConfig() throws {
            let scratch = NSTemporaryDirectory() + "pdash-completion-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            try "[default]\nregion = us-east-1\n[profile prod-eu]\nregion = eu-west-1\n[profile staging]\n"
                .write(toFile: scratch + "/config", atomically: true, encoding: .utf8)
            try "[ci-robot]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = example\n"
                .write(toFile: scratch + "/credentials", atomically: true, encoding: .utf8)
            for shell in ["bash", "zsh", "fish"] {
                let script = try run(["--generate-completion-script", shell])
                #expect(script.status == 0 && script.output.contains("pdash"), "\(shell) completion script")
                if shell == "bash" { try script.output.write(toFile: scratch + "/pdash.bash", atomically: true, encoding: .utf8) }
            }
            #expect(try ChildProcess.run(["bash", "-n", scratch + "/pdash.bash"]).status == 0)
            let binDirectory = URL(fileURLWithPath: PDashBinary.path).deletingLastPathComponent().path
            let rc = """
                PS1='$ '; PATH=\(binDirectory):$PATH; export AWS_CONFIG_FILE=\(scratch)/config \
                AWS_SHARED_CREDENTIALS_FILE=\(scratch)/credentials; source \(scratch)/pdash.bash
                """
            try rc.write(toFile: scratch + "/rc", atomically: true, encoding: .utf8)
            let terminal = try TmuxSession(command: "bash --noprofile --rcfile \(scratch)/rc -i", columns: 120, rows: 20)
            _ = try terminal.waitFor("a prompt", timeout: 10) { $0.contains("$") }
            // The dashboard and the other commands complete --profile from the AWS files.
            try terminal.sendKeys("pdash dashboard --profile ", "Tab", "Tab")
            let listed = try terminal.waitFor("the profiles", timeout: 10) { $0.contains("prod-eu") && $0.contains("ci-robot") }
            #expect(listed.contains("staging") && listed.contains("default"))
            try terminal.sendKeys("C-c")
            try terminal.sendKeys("pdash doctor --profile pro", "Tab")
            _ = try terminal.waitFor("prod-eu completed", timeout: 10) { $0.contains("pdash doctor --profile prod-eu") }
            try terminal.sendKeys("C-c")
            try terminal.sendKeys("pdash list solution-v", "Tab")
            _ = try terminal.waitFor("the resource completed", timeout: 10) { $0.contains("pdash list solution-versions") }
        }

        @Test func theReadmesKeyTableIsTheKeyTable() throws {
            let readme = try String(contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
            let begin = "<!-- keys: generated from KeyReference.markdown(); a test keeps them equal -->\n"
            let end = "<!-- end of keys -->"
            guard let start = readme.range(of: begin), let stop = readme.range(of: end, range: start.upperBound..<readme.endIndex) else {
                Issue.record("README.md has no generated key section")
                return
            }
            let section = String(readme[start.upperBound..<stop.lowerBound])
            #expect(section == KeyReference.markdown(), "README keys differ from the key table; paste KeyReference.markdown() between the markers")
        }
    }
}
