import AWSServices
import Emulator
import Foundation
import Testing

/// boto3's PaginationConfig semantics (MaxItems, PageSize, StartingToken), against the emulator.
@Suite("Paginator against the emulator")
struct PaginatorTests {
    let request = ListSolutionVersionsRequest(solutionArn: EmulatorHarness.solutionArn("user-personalization-v2"))

    @Test func maxItemsStopsInsideAPageAndTheResumeTokenContinuesExactly() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize()
        let everything = try await client.listSolutionVersions(request).items.map(\.solutionVersionArn)

        let first = try await client.listSolutionVersionsPaginator(request, config: PaginationConfig(maxItems: 4, pageSize: 3)).collect()
        #expect(first.items.count == 4)
        let resume = try #require(first.resumeToken)
        let rest = try await client.listSolutionVersionsPaginator(request, config: PaginationConfig(pageSize: 3, startingToken: resume)).collect()
        #expect(rest.resumeToken == nil, "the list is complete")
        #expect((first.items + rest.items).map(\.solutionVersionArn) == everything)
    }

    @Test func maxItemsOnAPageBoundaryResumesWithTheServiceToken() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize()
        let first = try await client.listSolutionVersionsPaginator(request, config: PaginationConfig(maxItems: 3, pageSize: 3)).collect()
        #expect(first.items.count == 3)
        let token = try #require(first.resumeToken)
        let decoded = ResumeToken.decode(token)
        #expect(decoded.truncateAmount == 0)
        let next = try await client.listSolutionVersions(ListSolutionVersionsRequest(
            solutionArn: request.solutionArn, nextToken: decoded.serviceToken, maxResults: 1))
        #expect(next.items.count == 1)
    }

    @Test func itemsStreamOneByOne() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize()
        var count = 0
        for try await item in client.listSolutionVersionsPaginator(request, config: PaginationConfig(maxItems: 5, pageSize: 2)).items {
            #expect(item.solutionVersionArn != nil)
            count += 1
        }
        #expect(count == 5)
    }

    @Test func aBoto3ResumeTokenIsAccepted() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let script = #"""
import sys, boto3
c = boto3.client("personalize", endpoint_url=sys.argv[1], region_name="eu-west-1",
                 aws_access_key_id="pdash-demo", aws_secret_access_key="pdash-demo-secret")
r = c.get_paginator("list_solution_versions").paginate(
    solutionArn="arn:aws:personalize:eu-west-1:111122223333:solution/user-personalization-v2",
    PaginationConfig={"MaxItems": 5, "PageSize": 3}).build_full_result()
print(r["NextToken"])
"""#
        let token = try await Python.run(script: script, arguments: [harness.server.endpointURL])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let client = try harness.personalize()
        let everything = try await client.listSolutionVersions(request).items.map(\.solutionVersionArn)
        let rest = try await client.listSolutionVersionsPaginator(request, config: PaginationConfig(pageSize: 3, startingToken: token)).allItems()
        #expect(rest.map(\.solutionVersionArn) == Array(everything.dropFirst(5)))
    }
}
