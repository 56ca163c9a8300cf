import ArgumentParser

/// Benchmarks that print numbers; targets live here, not in timed unit tests. With no subcommand it runs them
/// all (`all`) and prints one table.
@main
struct PDashBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdash-bench",
        abstract: "pdash benchmarks. Build with -c release (both products) for meaningful numbers.",
        subcommands: [RunAll.self, EmulatorThroughput.self],
        defaultSubcommand: RunAll.self)
}
