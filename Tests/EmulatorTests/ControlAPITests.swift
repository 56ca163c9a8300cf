import AWSCore
import AWSServices
import Emulator
import Foundation
import Testing

/// The `/_emulator/` control API, driven the way the reliability tests and benchmarks will: faults seen through
/// pdash's own client, the clock moving lifecycles and credential expiry, request counts, reset.
@Suite("Emulator control API")
struct ControlAPITests {
    static let solution = EmulatorHarness.solutionArn("similar-items")

    func harness(control: Bool = true) async throws -> EmulatorHarness {
        try await EmulatorHarness.start(EmulatorConfiguration(control: control))
    }

    @Test func controlIsOffUnlessAsked() async throws {
        let harness = try await harness(control: false)
        defer { Task { await harness.server.stop() } }
        let answer = try await harness.control("GET", "requests")
        #expect(answer.status == 404)
        #expect(answer.json["__type"] as? String == "UnknownOperationException")
    }

    @Test func throttleFaultAppliesToItsCountThenClears() async throws {
        let harness = try await harness()
        defer { Task { await harness.server.stop() } }
        let armed = try await harness.control("POST", "faults", ["operation": "ListSolutions", "fault": "throttle", "count": 2])
        #expect(armed.status == 200)
        let client = try harness.personalize()
        for _ in 0..<2 {
            let error = await awsError { _ = try await client.listSolutions(ListSolutionsRequest()) }
            #expect(error?.code == "LimitExceededException")
        }
        #expect(await awsError { _ = try await client.listSolutions(ListSolutionsRequest()) } == nil)
        // Other operations were never affected.
        #expect(await awsError { _ = try await client.listSolutionVersions(ListSolutionVersionsRequest(solutionArn: Self.solution)) } == nil)
        let counts = try await harness.control("GET", "requests")
        let operations = counts.json["operations"] as? [String: Int] ?? [:]
        #expect(operations["AmazonPersonalize.ListSolutions"] == 3)
        #expect(operations["AmazonPersonalize.ListSolutionVersions"] == 1)
        #expect(counts.json["total"] as? Int == 4)
    }

    @Test func serverErrorIsRetriedByTheClientAndCounted() async throws {
        let harness = try await harness()
        defer { Task { await harness.server.stop() } }
        _ = try await harness.control("POST", "faults", ["operation": "AmazonPersonalize.ListSolutions", "fault": "http503"])
        let client = try harness.personalize(retryPolicy: RetryPolicy(maxAttempts: 3, maximumBackoff: 0.05))
        #expect(await awsError { _ = try await client.listSolutions(ListSolutionsRequest()) } == nil)
        let operations = try await harness.control("GET", "requests").json["operations"] as? [String: Int]
        #expect(operations?["AmazonPersonalize.ListSolutions"] == 2)
        _ = try await harness.control("POST", "faults", ["operation": "*", "fault": "http500"])
        let error = await awsError { _ = try await harness.personalize().listSolutions(ListSolutionsRequest()) }
        #expect(error?.code == "InternalFailure")
        #expect(error?.httpStatus == 500)
    }

    @Test func resetMalformedAndDelayFaultsReachTheClientAsSuch() async throws {
        let harness = try await harness()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize()
        // Short enough to time out on the injected 3 s delay, long enough for a busy test machine otherwise.
        let impatient = try harness.personalize(timeout: .seconds(1))
        _ = try await harness.control("POST", "faults", ["operation": "ListSolutions", "fault": "reset"])
        await #expect(throws: TransportError.self) { _ = try await client.listSolutions(ListSolutionsRequest()) }
        _ = try await harness.control("POST", "faults", ["operation": "ListSolutions", "fault": "malformed"])
        await #expect(throws: ResponseDecodingError.self) { _ = try await client.listSolutions(ListSolutionsRequest()) }
        _ = try await harness.control("POST", "faults", ["operation": "ListSolutions", "fault": "delay", "delayMs": 3000])
        let timedOut = await #expect(throws: TransportError.self) { _ = try await impatient.listSolutions(ListSolutionsRequest()) }
        #expect(timedOut?.isTimeout == true)
        #expect(await awsError { _ = try await client.listSolutions(ListSolutionsRequest()) } == nil)
    }

    @Test func timeWindowFaultsExpireAndCanBeListedAndCleared() async throws {
        let harness = try await harness()
        defer { Task { await harness.server.stop() } }
        _ = try await harness.control("POST", "faults", ["operation": "DescribeRecipe", "fault": "throttle", "seconds": 60])
        let listed = try await harness.control("GET", "faults").json["faults"] as? [[String: Any]]
        #expect(listed?.count == 1)
        #expect(listed?.first?["operation"] as? String == "DescribeRecipe")
        #expect(try await harness.control("DELETE", "faults").status == 200)
        #expect((try await harness.control("GET", "faults").json["faults"] as? [Any])?.isEmpty == true)
        let bad = try await harness.control("POST", "faults", ["operation": "ListSolutions", "fault": "explode"])
        #expect(bad.status == 400)
        #expect((bad.json["message"] as? String)?.contains("throttle") == true)
    }

    @Test func advancingTheClockFinishesTrainingAndExpiresTemporaryCredentials() async throws {
        let harness = try await harness()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize()
        let created = try await client.createSolutionVersion(CreateSolutionVersionRequest(solutionArn: Self.solution))
        let arn = try #require(created.solutionVersionArn)
        let describe = DescribeSolutionVersionRequest(solutionVersionArn: arn)
        #expect(try await client.describeSolutionVersion(describe).solutionVersion?.status == "CREATE PENDING")

        let sts = STSClient(
            endpoint: try AWSEndpoint(service: .sts, region: "eu-west-1", customURL: harness.server.endpointURL),
            credentials: StaticCredentialProvider(accessKeyId: EmulatorConfiguration.demoAccessKeyId,
                                                  secretAccessKey: EmulatorConfiguration.demoSecretAccessKey))
        let role = try await sts.assumeRole(roleArn: "arn:aws:iam::111122223333:role/Trainer", sessionName: "trainer", durationSeconds: 900)
        let temporary = try harness.personalize(accessKeyId: role.accessKeyId, secret: role.secretAccessKey, sessionToken: role.sessionToken)
        #expect(await awsError { _ = try await temporary.listSolutions(ListSolutionsRequest()) } == nil)

        let clock = try await harness.control("POST", "clock", ["advanceSeconds": 3600])
        #expect((clock.json["offsetSeconds"] as? Double ?? 0) >= 3599)
        #expect(try await client.describeSolutionVersion(describe).solutionVersion?.status == "ACTIVE")
        // Signatures are still checked against the wall clock: the long-term keys keep working.
        #expect(await awsError { _ = try await temporary.listSolutions(ListSolutionsRequest()) }?.code == "ExpiredTokenException")
    }

    @Test func resetRestoresTheSeed() async throws {
        let harness = try await harness()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize()
        let request = ListSolutionVersionsRequest(solutionArn: Self.solution)
        let before = try await client.listSolutionVersions(request).items.count
        _ = try await client.createSolutionVersion(CreateSolutionVersionRequest(solutionArn: Self.solution))
        #expect(try await client.listSolutionVersions(request).items.count == before + 1)
        #expect(try await harness.control("POST", "reset").status == 200)
        #expect(try await client.listSolutionVersions(request).items.count == before)
        let counts = try await harness.control("GET", "requests").json
        #expect(counts["total"] as? Int == 1, "counts restart at the reset")
    }
}
