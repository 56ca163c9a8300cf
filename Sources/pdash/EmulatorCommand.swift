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
            Examples:
              pdash emulator --port 4566 --time-scale 60
              aws personalize list-solutions --endpoint-url http://127.0.0.1:4566 --region us-east-1
              pdash emulator --port 0 --state-file /tmp/emulator.json --control  # for tests
            """)

    @Option(help: "TCP port to listen on (0 picks a free one).")
    var port: Int = 4566

    @Option(help: "Address to bind. Keep the default unless you know why; a non-loopback address needs --allow-non-loopback.")
    var host: String = "127.0.0.1"

    @Flag(help: "Allow --host to name an address that is not loopback (anyone who reaches it can use the demo credentials).")
    var allowNonLoopback = false

    @Option(help: "Run the simulated training lifecycle this many times faster.")
    var timeScale: Double = 1

    @Option(help: "The account to start with: demo (solutions, versions in every state, jobs, campaigns, images) or empty.")
    var seed: String = "demo"

    @Option(help: "Add a solution 'benchmark' with this many versions.")
    var versions: Int = 0

    @Option(help: "Make generated ids and page tokens reproducible.")
    var randomSeed: UInt64?

    @Option(help: "Per-operation request rate limits like the service's: on or off.")
    var rateLimits: String = "on"

    @Option(help: ArgumentHelp("Keep the account in this file: every acknowledged change is on disk before the answer, and a restart resumes from it.", valueName: "path"))
    var stateFile: String?

    @Flag(help: "Serve the test-only /_emulator/ API (fault injection, clock, request counts, reset) to loopback clients.")
    var control = false

    @Option(help: "Accept this access key id (with --secret-access-key) instead of the demo's.")
    var accessKeyId: String?

    @Option(help: "The secret for --access-key-id.")
    var secretAccessKey: String?

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "[::1]"
    }

    func validate() throws {
        guard Self.isLoopback(host) || allowNonLoopback else {
            throw ValidationError("--host \(host) is not a loopback address: anyone who can reach it could use the emulator's credentials; add --allow-non-loopback if that is what you want")
        }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port)") }
        guard timeScale > 0, timeScale <= 10_000 else { throw ValidationError("--time-scale must be above 0 and at most 10000") }
        guard Seed(rawValue: seed) != nil else { throw ValidationError("--seed must be demo or empty, not '\(seed)'") }
        guard (0...100_000).contains(versions) else { throw ValidationError("--versions must be between 0 and 100000") }
        if let stateFile, stateFile.isEmpty { throw ValidationError("--state-file needs a path") }
        guard rateLimits == "on" || rateLimits == "off" else { throw ValidationError("--rate-limits must be on or off, not '\(rateLimits)'") }
        if (accessKeyId == nil) != (secretAccessKey == nil) {
            throw ValidationError("--access-key-id and --secret-access-key go together")
        }
    }

    func run() async throws {
        let signals = ProcessSignals()
        let server: EmulatorServer
        do {
            var credentials = [EmulatorConfiguration.demoAccessKeyId: EmulatorConfiguration.demoSecretAccessKey]
            if let accessKeyId, let secretAccessKey { credentials = [accessKeyId: secretAccessKey] }
            server = try await EmulatorServer.start(EmulatorConfiguration(
                host: host, port: port, credentials: credentials, timeScale: timeScale,
                rateLimits: rateLimits == "on" ? .standard : nil, seed: Seed(rawValue: seed) ?? .demo,
                extraVersions: versions, randomSeed: randomSeed, stateFile: stateFile, control: control))
        } catch {
            throw Output.fail("emulator: \(error)")
        }
        Output.line("listening on \(server.endpointURL)")
        if let path = server.stateFilePath {
            Output.error("state: \(path)")
        }
        if control {
            Output.error("control API: \(server.endpointURL)/_emulator/ (health, requests, faults, clock, reset)")
        }
        if !Self.isLoopback(host) {
            Output.error("warning: listening on \(host), which is not a loopback address: anyone who can reach it can use the demo credentials")
        }
        if accessKeyId == nil {
            Output.error("credentials: access key id \(EmulatorConfiguration.demoAccessKeyId), "
                + "secret \(EmulatorConfiguration.demoSecretAccessKey), any region. Ctrl-C stops.")
        } else {
            Output.error("credentials: access key id \(accessKeyId ?? ""), any region. Ctrl-C stops.")
        }
        _ = await signals.wait()
        await server.stop()
    }
}
