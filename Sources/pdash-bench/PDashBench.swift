import ArgumentParser

/// Benchmarks that print numbers; targets live here, not in timed unit tests.
@main
struct PDashBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdash-bench",
        abstract: "pdash benchmarks. Build with -c release for meaningful numbers.",
        subcommands: [EmulatorThroughput.self])
}
