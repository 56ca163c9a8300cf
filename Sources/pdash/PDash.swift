import ArgumentParser

/// The `pdash` command: the dashboard by default, plus `pdash emulator`.
@main
struct PDash: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdash",
        abstract: "A terminal dashboard for Amazon Personalize training runs.",
        discussion: """
            Try it without an AWS account:  pdash --demo
            Against AWS:                    pdash --region eu-west-1 --solution-arn arn:aws:personalize:...:solution/NAME
            """,
        version: "0.1.0",
        subcommands: [DashboardCommand.self, ListCommand.self, DescribeCommand.self, TrainCommand.self, EmulatorCommand.self, DoctorCommand.self],
        defaultSubcommand: DashboardCommand.self)
}
