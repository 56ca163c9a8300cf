import AWSCore
import AWSServices
import ArgumentParser
import Emulator
import Foundation
import Synchronization

/// `pdash-bench emulator`: how many list pages a second the emulator serves on loopback, through pdash's own
/// client (SigV4 + JSON 1.1 over AsyncHTTPClient) and, in the same run, through boto3 for comparison.
struct EmulatorThroughput: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emulator",
        abstract: "Measure the emulator's list-page throughput on loopback (pdash's client, then boto3).")

    @Option(help: "Seconds to measure each client for.")
    var seconds: Double = 5

    @Option(help: "Concurrent requests from pdash's client.")
    var concurrency: Int = 8

    @Option(help: "Versions of the benchmark solution.")
    var versions: Int = 1000

    @Option(help: "maxResults of each page.")
    var pageSize: Int = 25

    @Option(help: "Measure an emulator already running here instead of starting one in-process.")
    var endpointUrl: String?

    @Flag(help: "Skip the boto3 comparison.")
    var noBoto3 = false

    func validate() throws {
        guard seconds > 0, seconds <= 600 else { throw ValidationError("--seconds must be in (0, 600]") }
        guard (1...256).contains(concurrency) else { throw ValidationError("--concurrency must be 1...256") }
        guard (1...100).contains(pageSize) else { throw ValidationError("--page-size must be 1...100") }
    }

    func run() async throws {
        var server: EmulatorServer?
        let endpoint: String
        if let endpointUrl {
            endpoint = endpointUrl
        } else {
            let started = try await EmulatorServer.start(EmulatorConfiguration(port: 0, rateLimits: nil, extraVersions: versions))
            server = started
            endpoint = started.endpointURL
        }
        print("emulator: \(endpoint) (\(server == nil ? "external" : "in-process"), \(versions) versions, pages of \(pageSize))")
        let client = PersonalizeClient(client: JSON11Client(
            service: .personalize,
            endpoint: try AWSEndpoint(service: .personalize, region: "us-east-1", customURL: endpoint),
            credentials: StaticCredentialProvider(accessKeyId: EmulatorConfiguration.demoAccessKeyId,
                                                  secretAccessKey: EmulatorConfiguration.demoSecretAccessKey),
            retryPolicy: RetryPolicy(maxAttempts: 1)))
        let solution = "arn:aws:personalize:us-east-1:111122223333:solution/benchmark"
        let swift = try await measure(client: client, solution: solution)
        print(String(format: "pdash client: %.0f pages/s (%d pages, %d errors, concurrency %d), latency p50 %.2f ms, p99 %.2f ms",
                     swift.rate, swift.pages, swift.errors, concurrency, swift.p50 * 1000, swift.p99 * 1000))
        if !noBoto3 {
            do {
                let (seconds, pageSize) = (seconds, pageSize)
                let boto = try await Blocking.run { try Boto3Baseline.run(endpoint: endpoint, solution: solution, seconds: seconds, pageSize: pageSize) }
                print(String(format: "boto3 (1 thread): %.0f pages/s (%d pages); pdash client / boto3 = %.1fx", boto.rate, boto.pages, swift.rate / max(boto.rate, 1)))
            } catch {
                print("boto3: skipped (\(error))")
            }
        }
        await server?.stop()
    }

    struct Result {
        var pages: Int
        var errors: Int
        var rate: Double
        var p50: Double
        var p99: Double
    }

    /// Every worker pages through the whole solution again and again until time is up.
    func measure(client: PersonalizeClient, solution: String) async throws -> Result {
        _ = try await client.listSolutionVersions(ListSolutionVersionsRequest(solutionArn: solution, maxResults: pageSize))
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        let start = ContinuousClock.now
        let outcomes = await withTaskGroup(of: (latencies: [Double], errors: Int).self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    var latencies: [Double] = []
                    var errors = 0
                    var token: String?
                    while ContinuousClock.now < deadline {
                        let began = ContinuousClock.now
                        do {
                            let page = try await client.listSolutionVersions(
                                ListSolutionVersionsRequest(solutionArn: solution, nextToken: token, maxResults: pageSize))
                            token = page.nextToken
                            latencies.append((ContinuousClock.now - began).seconds)
                        } catch {
                            errors += 1
                            token = nil
                        }
                    }
                    return (latencies, errors)
                }
            }
            var all: [(latencies: [Double], errors: Int)] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        let elapsed = (ContinuousClock.now - start).seconds
        let latencies = outcomes.flatMap(\.latencies).sorted()
        func percentile(_ p: Double) -> Double {
            latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
        }
        return Result(pages: latencies.count, errors: outcomes.map(\.errors).reduce(0, +),
                      rate: Double(latencies.count) / elapsed, p50: percentile(0.5), p99: percentile(0.99))
    }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
