import AWSCore
import AWSServices
import Emulator
import Foundation
import Testing

@Suite("emulator options")
struct EmulatorOptionsTests {
    func client(_ server: EmulatorServer) throws -> PersonalizeClient {
        PersonalizeClient(client: JSON11Client(
            service: .personalize, endpoint: try AWSEndpoint(service: .personalize, region: "us-east-1", customURL: server.endpointURL),
            credentials: StaticCredentialProvider(accessKeyId: EmulatorConfiguration.demoAccessKeyId, secretAccessKey: EmulatorConfiguration.demoSecretAccessKey),
            retryPolicy: RetryPolicy(maxAttempts: 1)))
    }

    @Test func rateLimitsThrottleABurstWithTheServicesCode() async throws {
        // A stopped clock: the bucket never refills, however slowly a busy machine sends the requests.
        let frozen = Date()
        let server = try await EmulatorServer.start(EmulatorConfiguration(rateLimits: RateLimits(readsPerSecond: 1, readBurst: 3), clock: { frozen }))
        defer { Task { await server.stop() } }
        let personalize = try client(server)
        var codes: [String] = []
        for _ in 0..<6 {
            do { _ = try await personalize.listSolutions(ListSolutionsRequest()); codes.append("ok") } catch let error as AWSServiceError {
                codes.append(error.code)
            }
        }
        #expect(codes == ["ok", "ok", "ok", "LimitExceededException", "LimitExceededException", "LimitExceededException"])
    }

    @Test func emptySeedAndBenchmarkVersions() async throws {
        let server = try await EmulatorServer.start(EmulatorConfiguration(seed: .empty, extraVersions: 250))
        defer { Task { await server.stop() } }
        let personalize = try client(server)
        let solutions = try await personalize.listSolutions(ListSolutionsRequest()).items
        #expect(solutions.compactMap(\.name) == ["benchmark"])
        let versions = try await personalize.listSolutionVersionsPaginator(
            ListSolutionVersionsRequest(solutionArn: solutions.first?.solutionArn), pageSize: 100).allItems()
        #expect(versions.count == 250)
        #expect(Set(versions.compactMap(\.solutionVersionArn)).count == 250)
    }

    @Test func aRandomSeedMakesCreatedIdsReproducible() async throws {
        func createdId() async throws -> String {
            let server = try await EmulatorServer.start(EmulatorConfiguration(randomSeed: 42))
            defer { Task { await server.stop() } }
            let created = try await client(server).createSolutionVersion(CreateSolutionVersionRequest(
                solutionArn: "arn:aws:personalize:us-east-1:111122223333:solution/similar-items"))
            return created.solutionVersionArn ?? ""
        }
        let first = try await createdId()
        #expect(!first.isEmpty)
        #expect(try await createdId() == first)
    }
}
