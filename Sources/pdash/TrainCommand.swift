import AWSCore
import AWSServices
import ArgumentParser
import Dashboard
import Foundation
import HeadlessOutput

/// `pdash train`: CreateSolutionVersion from a script or a shell, with a confirmation, an audit record, and
/// `--wait` to follow the training to its end.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a new solution version (CreateSolutionVersion), optionally waiting for it to finish.",
        discussion: """
            FULL retrains on all the data in the dataset group. UPDATE (User-Personalization and HRNN-Coldstart \
            only, after an ACTIVE FULL version) processes only what changed since, to pick up new items. Both are \
            billed by training hour. Asks for confirmation on a terminal; without one, pass --yes.
            Examples:
              pdash train --solution-arn arn:aws:personalize:eu-west-1:123456789012:solution/NAME
              pdash train --mode UPDATE --yes --wait \\
                  --solution-arn arn:aws:personalize:eu-west-1:123456789012:solution/NAME
            \(ExitStatus.summary)
            """)

    @Option(help: "The solution to train: arn:aws:personalize:REGION:ACCOUNT:solution/NAME.")
    var solutionArn: String

    @Option(help: "FULL or UPDATE.")
    var mode: String = "FULL"

    @Option(help: "Name the new version (default: pdash-<time>-<random>, which also lets pdash find it if the answer is lost).")
    var name: String?

    @Flag(help: "Follow the training until it ends: exit 0 on ACTIVE, 1 on CREATE FAILED (printing the reason), 3 on CREATE STOPPED.")
    var wait = false

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    @Flag(help: "Refuse to change anything (the command then always fails).")
    var readOnly = false

    @Option(help: "Seconds between status checks with --wait.")
    var pollInterval: Double = 10

    @Option(help: "Output format for the result: table (the ARN) or json (the AWS CLI's document).")
    var output: OutputFormat = .table

    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        guard SolutionARN(solutionArn) != nil else {
            throw ValidationError("--solution-arn '\(solutionArn)' is not a solution ARN (arn:aws:personalize:REGION:ACCOUNT:solution/NAME)")
        }
        guard mode == "FULL" || mode == "UPDATE" else {
            throw ValidationError("--mode '\(mode)' must be FULL or UPDATE")
        }
        if let name, !ModelPattern.isPersonalizeName(name) || name.count > 63 {
            throw ValidationError("--name '\(name)' must start with a letter or digit and hold only letters, digits, '-' and '_' (at most 63)")
        }
        guard pollInterval >= 1, pollInterval <= 3600 else { throw ValidationError("--poll-interval must be between 1 and 3600 seconds") }
    }

    func run() async throws {
        guard !readOnly else {
            throw Output.fail("read-only: not creating a solution version of \(solutionArn)", code: ExitStatus.usage)
        }
        let settings = try StartupSettings.load(connection)
        guard !settings.effective.readOnly else {
            throw Output.fail("read-only: the config (\(connection.config ?? "config.toml")) makes profile '\(settings.effective.profile)' "
                + "read-only; not creating a solution version of \(solutionArn)", code: ExitStatus.usage)
        }
        try await confirm()
        var connection = settings.connection
        let arn = SolutionARN(solutionArn)!
        if self.connection.region == nil { connection.region = arn.region }  // the ARN says where the solution lives
        let resolved = try await connection.resolveHeadless()
        defer { if let emulator = resolved.emulator { Task { await emulator.stop() } } }
        let client: PersonalizeClient
        do {
            client = PersonalizeClient(client: try resolved.client(.personalize))
        } catch {
            throw Output.fail(error.description, code: ExitStatus.failure)
        }
        var services = PersonalizeDashboardServices(personalize: client, audit: AuditLog.standard(),
                                                    profile: resolved.profile?.name, region: resolved.region.region)
        services.auditFailed = { Output.error("warning: \($0)") }
        let versionName = name ?? VersionNaming.generated(now: Date())
        let versionArn: String
        switch await services.createSolutionVersion(solutionArn: solutionArn, mode: mode, name: versionName) {
        case let .created(arn, _):
            versionArn = arn
        case let .outcomeUnknown(found?, _):
            Output.error("pdash: the request was sent but its answer was lost; the version exists: \(found)")
            versionArn = found
        case .outcomeUnknown(nil, _):
            throw Output.fail("the request was sent but its answer was lost, and no version named \(versionName) exists: "
                + "it was not created. Run the command again.", code: ExitStatus.failure)
        case let .refused(code, message):
            throw Output.fail("CreateSolutionVersion failed: \(TrainingRefusal.explain(code: code, message: message))", code: ExitStatus.failure)
        }
        guard wait else {
            if output == .json {
                HeadlessPrinter(format: .json).write(CLIDocument().render(.object([JSONNode.Member("solutionVersionArn", .string(versionArn))])))
            } else {
                Output.line(versionArn)
            }
            return
        }
        let final = try await TrainingWaiter(client: client, versionArn: versionArn, pollInterval: pollInterval).run()
        if output == .json {
            try HeadlessPrinter(format: .json).printDocument(DescribeSolutionVersionResponse(solutionVersion: final))
        } else {
            Output.line(versionArn)
        }
        switch final.status {
        case "ACTIVE": return
        case "CREATE FAILED":
            Output.error("failureReason: \(final.failureReason ?? "(none given)")")
            throw ExitCode(ExitStatus.trainingFailed)
        default:
            throw ExitCode(ExitStatus.stopped)
        }
    }

    /// On a terminal, asks; elsewhere, refuses unless --yes.
    private func confirm() async throws {
        guard !yes else { return }
        guard isatty(STDIN_FILENO) == 1 else {
            throw Output.fail("refusing to train without confirmation: stdin is not a terminal (pass --yes)", code: ExitStatus.usage)
        }
        let implication = mode == "FULL"
            ? "FULL retrains the model on all the data in the dataset group"
            : "UPDATE processes only the new items and interactions since the last training, without a full retrain"
        Output.error("Train a new solution version of\n  \(solutionArn)\nwith trainingMode \(mode)? \(implication); training is billed by the hour.")
        try? FileHandle.standardError.write(contentsOf: Data("Proceed? [y/N] ".utf8))
        let line: String? = await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: readLine(strippingNewline: true)) }.start()
        }
        let answer = line?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard answer == "y" || answer == "yes" else {
            throw Output.fail("not confirmed; nothing was created", code: ExitStatus.usage)
        }
    }

}

/// `arn:aws:personalize:REGION:ACCOUNT:solution/NAME`, taken apart.
struct SolutionARN {
    var region: String
    var account: String
    var name: String

    init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[2] == "personalize", !parts[3].isEmpty,
              parts[4].count == 12, parts[4].allSatisfy(\.isNumber), text.count <= 256 else { return nil }
        let resource = parts[5].split(separator: "/", omittingEmptySubsequences: false)
        guard resource.count == 2, resource[0] == "solution", ModelPattern.isPersonalizeName(String(resource[1])) else { return nil }
        region = String(parts[3])
        account = String(parts[4])
        name = String(resource[1])
    }
}
