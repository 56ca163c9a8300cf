import ArgumentParser

/// The `pdash` command: the dashboard by default, plus the headless commands, the doctor, the emulator and the
/// manual. (The dashboard's options cannot also be the root's: swift-argument-parser would then take a
/// subcommand's `--solution-arn` or `--region` for the root's.)
@main
struct PDash: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdash",
        abstract: "A terminal dashboard for Amazon Personalize training runs.",
        discussion: """
            With no command, opens the live dashboard (pdash dashboard). Credentials and region come from where the \
            AWS CLI finds them; run 'pdash doctor' first on a new machine. In the dashboard, ? lists the keys.
            Examples:
              pdash --demo                      # no AWS account needed
              pdash doctor --profile prod       # check the setup first
              pdash --profile prod --region eu-west-1 --read-only
              pdash list solution-versions --output json \\
                  --solution-arn arn:aws:personalize:eu-west-1:123456789012:solution/NAME
              pdash --generate-completion-script bash > ~/.local/share/bash-completion/completions/pdash
            """,
        version: BuildInfo.versionLine,
        subcommands: [DashboardCommand.self, ListCommand.self, DescribeCommand.self, TrainCommand.self, DoctorCommand.self,
                      EmulatorCommand.self, ManualCommand.self],
        defaultSubcommand: DashboardCommand.self)
}
