import ArgumentParser
import Emulator
import Foundation

/// `pdash emulator`: the local AWS emulator in the foreground.
struct EmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emulator",
        abstract: "Run the local Personalize emulator (AWS JSON 1.1 + SigV4) in the foreground.",
        discussion: """
            Accepts requests signed with access key id '\(EmulatorConfiguration.demoAccessKeyId)' and secret \
            '\(EmulatorConfiguration.demoSecretAccessKey)', for any region. Stop it with Ctrl-C.
            Example: aws personalize list-solutions --endpoint-url http://127.0.0.1:PORT --region us-east-1
            """)

    @Option(help: "TCP port to listen on (0 picks a free one).")
    var port: Int = 4566

    @Option(help: "Address to bind. Keep the default unless you know why.")
    var host: String = "127.0.0.1"

    @Option(help: "Run the simulated training lifecycle this many times faster.")
    var timeScale: Double = 1

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "[::1]"
    }

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port)") }
        guard timeScale > 0, timeScale <= 10_000 else { throw ValidationError("--time-scale must be above 0 and at most 10000") }
    }

    func run() async throws {
        let signals = ProcessSignals()
        let server: EmulatorServer
        do {
            server = try await EmulatorServer.start(EmulatorConfiguration(host: host, port: port, timeScale: timeScale))
        } catch {
            throw Output.fail("emulator: \(error)")
        }
        Output.line("listening on \(server.endpointURL)")
        if !Self.isLoopback(host) {
            Output.error("warning: listening on \(host), which is not a loopback address: anyone who can reach it can use the demo credentials")
        }
        Output.error("credentials: access key id \(EmulatorConfiguration.demoAccessKeyId), "
            + "secret \(EmulatorConfiguration.demoSecretAccessKey), any region. Ctrl-C stops.")
        _ = await signals.wait()
        await server.stop()
    }
}
