import AWSCore
import AWSServices
import Emulator
import Foundation
import Testing

@Suite("Emulator over loopback HTTP")
struct EmulatorProtocolTests {
    @Test func listsSolutionsWithRealARNs() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let solutions = try await harness.personalize(region: "ap-south-1").listSolutionsPaginator().allItems()
        #expect(solutions.count >= 2)
        for solution in solutions {
            let arn = try #require(solution.solutionArn)
            #expect(arn.hasPrefix("arn:aws:personalize:ap-south-1:111122223333:solution/"))
            #expect(arn.hasSuffix("/" + (solution.name ?? "?")))
        }
    }

    @Test func paginationWalksEveryVersionOnceNewestFirst() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize()
        let request = ListSolutionVersionsRequest(solutionArn: EmulatorHarness.solutionArn("user-personalization-v2"))
        let whole = try await client.listSolutionVersions(request)
        #expect(whole.nextToken == nil)
        var pages = 0
        var paged: [SolutionVersionSummary] = []
        for try await page in client.listSolutionVersionsPaginator(request, pageSize: 3) {
            pages += 1
            #expect(page.items.count <= 3)
            paged += page.items
        }
        let wholeArns = whole.items.map(\.solutionVersionArn)
        #expect(paged.map(\.solutionVersionArn) == wholeArns)
        #expect(Set(wholeArns).count == wholeArns.count)
        #expect(pages == (whole.items.count + 2) / 3)
        let created = whole.items.compactMap(\.creationDateTime)
        #expect(created == created.sorted(by: >))
        let statuses = Set(whole.items.compactMap(\.status))
        #expect(statuses.contains("ACTIVE"))
        #expect(statuses.contains("CREATE FAILED"))
        #expect(whole.items.filter { $0.status == "CREATE FAILED" }.allSatisfy { ($0.failureReason ?? "").count > 40 })
    }

    @Test func rejectsAWrongSecretWithInvalidSignature() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize(secret: "not-the-secret")
        let error = await awsError { _ = try await client.listSolutions(ListSolutionsRequest()) }
        #expect(error?.code == "InvalidSignatureException")
        #expect(error?.httpStatus == 403)
        #expect(error?.requestId?.isEmpty == false)
    }

    @Test func rejectsAnUnknownAccessKey() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize(accessKeyId: "AKIDUNKNOWN", secret: "whatever")
        let error = await awsError { _ = try await client.listSolutions(ListSolutionsRequest()) }
        #expect(error?.code == "UnrecognizedClientException")
        #expect(error?.httpStatus == 403)
    }

    @Test func rejectsASignatureFromTenMinutesAgo() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize(clock: { Date().addingTimeInterval(-600) })
        let error = await awsError { _ = try await client.listSolutions(ListSolutionsRequest()) }
        #expect(error?.code == "InvalidSignatureException")
        #expect(error?.message.hasPrefix("Signature expired") == true)
    }

    @Test(arguments: [0, 101])
    func rejectsMaxResultsOutOfRange(maxResults: Int) async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize()
        // The typed client validates first; send raw to see the server's own answer.
        let error = await awsError {
            let _: ListSolutionVersionsResponse = try await client.client.send(
                "ListSolutionVersions", ListSolutionVersionsRequest(maxResults: maxResults), idempotent: true)
        }
        #expect(error?.code == "InvalidInputException")
        #expect(error?.message.contains("maxResults") == true)
    }

    @Test func rejectsForgedAndForeignTokens() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize()
        let first = try await client.listSolutionVersions(
            ListSolutionVersionsRequest(solutionArn: EmulatorHarness.solutionArn("user-personalization-v2"), maxResults: 2))
        let token = try #require(first.nextToken)
        let forged = await awsError {
            _ = try await client.listSolutionVersions(ListSolutionVersionsRequest(
                solutionArn: EmulatorHarness.solutionArn("user-personalization-v2"), nextToken: "x" + token))
        }
        #expect(forged?.code == "InvalidNextTokenException")
        let foreign = await awsError {
            _ = try await client.listSolutionVersions(ListSolutionVersionsRequest(
                solutionArn: EmulatorHarness.solutionArn("similar-items"), nextToken: token))
        }
        #expect(foreign?.code == "InvalidNextTokenException")
    }

    @Test func unknownSolutionIsNotFoundAndBadARNIsInvalidInput() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize()
        let missing = await awsError {
            _ = try await client.listSolutionVersions(ListSolutionVersionsRequest(solutionArn: EmulatorHarness.solutionArn("nope")))
        }
        #expect(missing?.code == "ResourceNotFoundException")
        let malformed = await awsError {
            let _: ListSolutionVersionsResponse = try await client.client.send(
                "ListSolutionVersions", ListSolutionVersionsRequest(solutionArn: "solution/nope"), idempotent: true)
        }
        #expect(malformed?.code == "InvalidInputException")
        #expect(malformed?.message.contains("solutionArn") == true)
    }

    @Test func unknownOperationIsReported() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize()
        let error = await awsError {
            let _: ListSolutionsResponse = try await client.client.send("ListRocketShips", ListSolutionsRequest(), idempotent: true)
        }
        #expect(error?.code == "UnknownOperationException")
    }

    /// Found by the emulator fuzz target: a control character in a value STS echoes made its XML unreadable, so
    /// the client saw "not XML" instead of the validation error.
    @Test func stsEchoesAnyRoleArnInReadableXML() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let sts = STSClient(
            endpoint: try AWSEndpoint(service: .sts, region: "eu-west-1", customURL: harness.server.endpointURL),
            credentials: StaticCredentialProvider(accessKeyId: EmulatorConfiguration.demoAccessKeyId,
                                                  secretAccessKey: EmulatorConfiguration.demoSecretAccessKey))
        for roleArn in ["arn:aws:iam::111122223333:rol\u{15}e/Personalize", "arn:aws:iam::111122223333:rol<\u{301}e/x"] {
            let error = await awsError { _ = try await sts.assumeRole(roleArn: roleArn, sessionName: "pdash") }
            #expect(error?.code == "ValidationError")
            #expect(error?.message.contains("roleArn") == true)
        }
    }

    @Test func trainingMovesThroughItsLifecycleAsTimePasses() async throws {
        let clock = ManualClock(Date())
        let harness = try await EmulatorHarness.start(clock: clock.function)
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize(clock: clock.function)
        let request = ListSolutionVersionsRequest(solutionArn: EmulatorHarness.solutionArn("user-personalization-v2"))
        func status(_ id: String) async throws -> String? {
            try await client.listSolutionVersions(request).items.first { $0.solutionVersionArn?.hasSuffix("/" + id) == true }?.status
        }
        #expect(try await status("8f31c2a0") == "CREATE IN_PROGRESS")
        #expect(try await status("e1d7b604") == "CREATE PENDING")
        clock.advance(by: 60)
        #expect(try await status("8f31c2a0") == "ACTIVE")
        #expect(try await status("e1d7b604") == "CREATE FAILED")
        let trending = ListSolutionVersionsRequest(solutionArn: EmulatorHarness.solutionArn("trending-now"))
        let before = try await client.listSolutionVersions(trending).items.count
        clock.advance(by: 301)
        let after = try await client.listSolutionVersions(trending).items
        #expect(after.count == before + 1, "automatic training adds a version every 5 minutes")
        #expect(after.first?.trainingType == "AUTOMATIC")
    }
}
