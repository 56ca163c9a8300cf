import AWSCore
import AWSServices
import Foundation
import Testing

/// The client methods against a scripted transport: targets, validation before sending, retries, paginators.
@Suite("Client operations")
struct ClientOperationTests {
    @Test func everyPersonalizeOperationHasItsTarget() async throws {
        let transport = ScriptedTransport(Array(repeating: .json(200, "{}"), count: 13))
        let client = try Clients.personalize(transport)
        _ = try await client.listDatasetGroups()
        _ = try await client.describeSolution(DescribeSolutionRequest(solutionArn: ARN.solution))
        _ = try await client.describeSolutionVersion(DescribeSolutionVersionRequest(solutionVersionArn: ARN.solutionVersion))
        _ = try await client.createSolutionVersion(CreateSolutionVersionRequest(solutionArn: ARN.solution))
        try await client.stopSolutionVersionCreation(StopSolutionVersionCreationRequest(solutionVersionArn: ARN.solutionVersion))
        _ = try await client.getSolutionMetrics(GetSolutionMetricsRequest(solutionVersionArn: ARN.solutionVersion))
        _ = try await client.listBatchSegmentJobs()
        _ = try await client.describeBatchSegmentJob(DescribeBatchSegmentJobRequest(batchSegmentJobArn: ARN.batchSegmentJob))
        _ = try await client.listBatchInferenceJobs()
        _ = try await client.describeBatchInferenceJob(DescribeBatchInferenceJobRequest(batchInferenceJobArn: ARN.batchInferenceJob))
        _ = try await client.listCampaigns()
        _ = try await client.describeCampaign(DescribeCampaignRequest(campaignArn: ARN.campaign))
        _ = try await client.describeRecipe(DescribeRecipeRequest(recipeArn: ARN.recipe))
        #expect(transport.targets == [
            "ListDatasetGroups", "DescribeSolution", "DescribeSolutionVersion", "CreateSolutionVersion",
            "StopSolutionVersionCreation", "GetSolutionMetrics", "ListBatchSegmentJobs", "DescribeBatchSegmentJob",
            "ListBatchInferenceJobs", "DescribeBatchInferenceJob", "ListCampaigns", "DescribeCampaign", "DescribeRecipe",
        ].map { "AmazonPersonalize." + $0 })
        #expect(try transport.body(3)["solutionArn"] as? String == ARN.solution)
    }

    @Test func everySageMakerOperationHasItsTarget() async throws {
        let transport = ScriptedTransport([
            .json(200, #"{"Images": []}"#), .json(200, #"{"ImageVersions": []}"#), .json(200, #"{"Version": 2}"#),
        ])
        let client = try Clients.sageMaker(transport)
        _ = try await client.listImages()
        _ = try await client.listImageVersions(ListImageVersionsRequest(ImageName: "tf-gpu", SortBy: "VERSION"))
        let version = try await client.describeImageVersion(DescribeImageVersionRequest(ImageName: "tf-gpu", Version: 2))
        #expect(version.Version == 2)
        #expect(transport.targets == ["SageMaker.ListImages", "SageMaker.ListImageVersions", "SageMaker.DescribeImageVersion"])
        #expect(try transport.body(1) as NSDictionary == ["ImageName": "tf-gpu", "SortBy": "VERSION"] as NSDictionary)
    }

    @Test func anInvalidRequestIsNeverSent() async throws {
        let transport = ScriptedTransport([])
        let personalize = try Clients.personalize(transport)
        let sageMaker = try Clients.sageMaker(transport)
        await #expect(throws: RequestValidationError.self) {
            _ = try await personalize.createSolutionVersion(CreateSolutionVersionRequest(solutionArn: ARN.solution, trainingMode: "PARTIAL"))
        }
        await #expect(throws: RequestValidationError.self) {
            _ = try await personalize.listSolutionVersions(ListSolutionVersionsRequest(maxResults: 101))
        }
        await #expect(throws: RequestValidationError.self) {
            _ = try await personalize.listSolutions(ListSolutionsRequest(datasetGroupArn: "dataset-group/x"))
        }
        await #expect(throws: RequestValidationError.self) {
            _ = try await sageMaker.listImageVersions(ListImageVersionsRequest(ImageName: "bad_name"))
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func readsAreRetriedButALostCreateIsNot() async throws {
        let lost = TransportError("connection reset", mayHaveBeenSent: true)
        let reads = ScriptedTransport([.failure(lost), .json(200, #"{"solutionVersion": {"status": "ACTIVE"}}"#)])
        let described = try await Clients.personalize(reads)
            .describeSolutionVersion(DescribeSolutionVersionRequest(solutionVersionArn: ARN.solutionVersion))
        #expect(described.solutionVersion?.status == "ACTIVE")
        #expect(reads.requests.count == 2)

        let creates = ScriptedTransport([.failure(lost), .json(200, #"{"solutionVersionArn": "x"}"#)])
        await #expect(throws: OutcomeUnknownError.self) {
            _ = try await Clients.personalize(creates).createSolutionVersion(CreateSolutionVersionRequest(solutionArn: ARN.solution))
        }
        #expect(creates.requests.count == 1)

        // Stopping is idempotent in the model: asking twice cannot start anything, so it is retried.
        let stops = ScriptedTransport([.failure(lost), .empty(200)])
        try await Clients.personalize(stops).stopSolutionVersionCreation(
            StopSolutionVersionCreationRequest(solutionVersionArn: ARN.solutionVersion))
        #expect(stops.requests.count == 2)
    }

    @Test func stopAcceptsAnEmptyBodyAndReportsServiceErrors() async throws {
        let transport = ScriptedTransport([
            .empty(200),
            .json(400, #"{"__type": "ResourceInUseException", "message": "not in progress"}"#),
        ])
        let client = try Clients.personalize(transport)
        let request = StopSolutionVersionCreationRequest(solutionVersionArn: ARN.solutionVersion)
        try await client.stopSolutionVersionCreation(request)
        await #expect(throws: AWSServiceError(code: "ResourceInUseException", message: "not in progress", httpStatus: 400)) {
            try await client.stopSolutionVersionCreation(request)
        }
    }

    @Test func paginatorsFollowTokensWithPaginationConfig() async throws {
        let transport = ScriptedTransport([
            .json(200, #"{"campaigns": [{"name": "a"}, {"name": "b"}], "nextToken": "t1"}"#),
            .json(200, #"{"campaigns": [{"name": "c"}], "nextToken": "t2"}"#),
        ])
        let client = try Clients.personalize(transport)
        let result = try await client.listCampaignsPaginator(
            ListCampaignsRequest(solutionArn: ARN.solution), config: PaginationConfig(maxItems: 3, pageSize: 2)).collect()
        #expect(result.items.map(\.name) == ["a", "b", "c"])
        // At a page boundary boto3's resume token wraps the service token: base64 of {"nextToken": "t2"}.
        #expect(result.resumeToken == "eyJuZXh0VG9rZW4iOiAidDIifQ==")
        #expect(ResumeToken.decode(result.resumeToken ?? "").serviceToken == "t2")
        #expect(try transport.body(0)["maxResults"] as? Int == 2)
        #expect(try transport.body(1)["nextToken"] as? String == "t1")
        #expect(try transport.body(1)["solutionArn"] as? String == ARN.solution)
    }

    @Test func everyListOperationHasPaginators() async throws {
        let transport = ScriptedTransport([
            .json(200, #"{"datasetGroups": [{"name": "g"}]}"#),
            .json(200, #"{"batchSegmentJobs": [{"jobName": "s"}]}"#),
            .json(200, #"{"batchInferenceJobs": [{"jobName": "i"}]}"#),
            .json(200, #"{"solutions": [{"name": "s"}]}"#),
            .json(200, #"{"Images": [{"ImageName": "tf"}], "NextToken": "n"}"#),
            .json(200, #"{"Images": [{"ImageName": "pt"}]}"#),
            .json(200, #"{"ImageVersions": [{"Version": 1}]}"#),
        ])
        let personalize = try Clients.personalize(transport)
        let sageMaker = try Clients.sageMaker(transport)
        #expect(try await personalize.listDatasetGroupsPaginator().allItems().map(\.name) == ["g"])
        #expect(try await personalize.listBatchSegmentJobsPaginator(pageSize: 10).allItems().map(\.jobName) == ["s"])
        #expect(try await personalize.listBatchInferenceJobsPaginator(config: PaginationConfig()).allItems().map(\.jobName) == ["i"])
        #expect(try await personalize.listSolutionsPaginator(config: PaginationConfig(pageSize: 5)).allItems().map(\.name) == ["s"])
        #expect(try await sageMaker.listImagesPaginator(config: PaginationConfig(pageSize: 1)).allItems().map(\.ImageName) == ["tf", "pt"])
        #expect(try transport.body(5) as NSDictionary == ["MaxResults": 1, "NextToken": "n"] as NSDictionary)
        let versions = try await sageMaker.listImageVersionsPaginator(ListImageVersionsRequest(ImageName: "tf")).allItems()
        #expect(versions.map(\.Version) == [1])
    }

    @Test func aPaginatorValidatesItsPageSize() async throws {
        let transport = ScriptedTransport([])
        let client = try Clients.sageMaker(transport)
        await #expect(throws: RequestValidationError.self) {
            _ = try await client.listImagesPaginator(config: PaginationConfig(pageSize: 500)).allItems()
        }
        #expect(transport.requests.isEmpty)
    }
}
