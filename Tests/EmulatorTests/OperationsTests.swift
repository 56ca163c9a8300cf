import AWSCore
import AWSServices
import Emulator
import Foundation
import Testing

/// Every operation pdash uses, through the typed clients, over loopback HTTP against the emulator.
@Suite("every operation against the emulator")
struct OperationsTests {
    let region = "eu-west-1"
    func arn(_ resource: String) -> String { "arn:aws:personalize:eu-west-1:111122223333:\(resource)" }

    func sagemaker(_ harness: EmulatorHarness) throws -> SageMakerClient {
        SageMakerClient(client: JSON11Client(
            service: .sagemaker,
            endpoint: try AWSEndpoint(service: .sagemaker, region: region, customURL: harness.server.endpointURL),
            credentials: StaticCredentialProvider(accessKeyId: EmulatorConfiguration.demoAccessKeyId, secretAccessKey: EmulatorConfiguration.demoSecretAccessKey),
            retryPolicy: RetryPolicy(maxAttempts: 1)))
    }

    @Test func catalogOperations() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize()
        let groups = try await client.listDatasetGroups().items
        #expect(groups.compactMap(\.name).sorted() == ["media-demo", "retail-demo"])
        let solution = try await client.describeSolution(DescribeSolutionRequest(solutionArn: arn("solution/user-personalization-v2"))).solution
        #expect(solution?.performAutoTraining == true)
        #expect(solution?.solutionConfig?.autoTrainingConfig?.schedulingExpression == "rate(7 days)")
        #expect(solution?.latestSolutionVersion?.solutionVersionArn != nil)
        let recipe = try await client.describeRecipe(DescribeRecipeRequest(recipeArn: "arn:aws:personalize:::recipe/aws-similar-items")).recipe
        #expect(recipe?.recipeType == "RELATED_ITEMS")
        let campaigns = try await client.listCampaigns(ListCampaignsRequest(solutionArn: arn("solution/user-personalization-v2"))).items
        #expect(campaigns.count == 1)
        let campaign = try await client.describeCampaign(DescribeCampaignRequest(campaignArn: try #require(campaigns.first?.campaignArn))).campaign
        #expect(campaign?.solutionVersionArn == arn("solution/user-personalization-v2/6a0b91de"))
    }

    @Test func versionDetailsAndMetrics() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize()
        let failed = try await client.describeSolutionVersion(DescribeSolutionVersionRequest(
            solutionVersionArn: arn("solution/user-personalization-v2/0d6c9b15"))).solutionVersion
        #expect(failed?.status == "CREATE FAILED")
        #expect((failed?.failureReason ?? "").count > 100)
        #expect(failed?.trainingHours != nil)
        let active = arn("solution/user-personalization-v2/71f3ad82")
        let metrics = try await client.getSolutionMetrics(GetSolutionMetricsRequest(solutionVersionArn: active)).metrics ?? [:]
        #expect(metrics["precision_at_25"] != nil)
        #expect(metrics["normalized_discounted_cumulative_gain_at_25"] != nil)
        let again = try await client.getSolutionMetrics(GetSolutionMetricsRequest(solutionVersionArn: active)).metrics
        #expect(again == metrics, "metrics are stable")
        let error = await awsError { _ = try await client.getSolutionMetrics(GetSolutionMetricsRequest(solutionVersionArn: arn("solution/user-personalization-v2/0d6c9b15"))) }
        #expect(error?.code == "ResourceInUseException")
    }

    @Test func trainThenStopThenRefuseADoubleStart() async throws {
        let clock = ManualClock(Date())
        let harness = try await EmulatorHarness.start(clock: clock.function)
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize(clock: clock.function)
        let solution = arn("solution/similar-items")
        let created = try await client.createSolutionVersion(CreateSolutionVersionRequest(solutionArn: solution, name: "nightly-1", trainingMode: "FULL"))
        let versionArn = try #require(created.solutionVersionArn)
        #expect(versionArn.hasPrefix(solution + "/"))
        let busy = await awsError { _ = try await client.createSolutionVersion(CreateSolutionVersionRequest(solutionArn: solution)) }
        #expect(busy?.code == "ResourceInUseException", "one training at a time per solution")
        clock.advance(by: 20)
        #expect(try await client.describeSolutionVersion(DescribeSolutionVersionRequest(solutionVersionArn: versionArn)).solutionVersion?.status == "CREATE IN_PROGRESS")
        try await client.stopSolutionVersionCreation(StopSolutionVersionCreationRequest(solutionVersionArn: versionArn))
        #expect(try await client.describeSolutionVersion(DescribeSolutionVersionRequest(solutionVersionArn: versionArn)).solutionVersion?.status == "CREATE STOPPING")
        clock.advance(by: 15)
        #expect(try await client.describeSolutionVersion(DescribeSolutionVersionRequest(solutionVersionArn: versionArn)).solutionVersion?.status == "CREATE STOPPED")
        let stopAgain = await awsError { try await client.stopSolutionVersionCreation(StopSolutionVersionCreationRequest(solutionVersionArn: versionArn)) }
        #expect(stopAgain?.code == "ResourceInUseException")
        let update = await awsError { _ = try await client.createSolutionVersion(CreateSolutionVersionRequest(solutionArn: solution, trainingMode: "UPDATE")) }
        #expect(update?.code == "InvalidInputException", "UPDATE needs the User-Personalization recipe")
        let duplicate = await awsError { _ = try await client.createSolutionVersion(CreateSolutionVersionRequest(solutionArn: solution, name: "nightly-1")) }
        #expect(duplicate?.code == "ResourceAlreadyExistsException")
    }

    @Test func batchJobs() async throws {
        // A stopped clock: the live jobs are still PENDING however slowly the machine runs the test.
        let frozen = Date()
        let harness = try await EmulatorHarness.start(clock: { frozen })
        defer { Task { await harness.server.stop() } }
        let client = try harness.personalize()
        let segments = try await client.listBatchSegmentJobs(ListBatchSegmentJobsRequest(
            solutionVersionArn: arn("solution/item-affinity-segments/8d3b1e42"))).items
        #expect(segments.count == 4)
        #expect(segments.contains { $0.status == "CREATE FAILED" })
        let failed = try #require(segments.first { $0.status == "CREATE FAILED" }?.batchSegmentJobArn)
        let job = try await client.describeBatchSegmentJob(DescribeBatchSegmentJobRequest(batchSegmentJobArn: failed)).batchSegmentJob
        #expect(job?.jobInput?.s3DataSource?.path?.hasPrefix("s3://") == true)
        #expect(job?.failureReason?.contains("malformed") == true)
        let inference = try await client.listBatchInferenceJobs().items
        #expect(inference.count == 3)
        #expect(inference.contains { $0.status == "PENDING" }, "one job starts with the demo")
        let detail = try await client.describeBatchInferenceJob(DescribeBatchInferenceJobRequest(
            batchInferenceJobArn: try #require(inference.first?.batchInferenceJobArn))).batchInferenceJob
        #expect(detail?.numResults == 25)
        let missing = await awsError { _ = try await client.describeBatchSegmentJob(DescribeBatchSegmentJobRequest(batchSegmentJobArn: arn("batch-segment-job/nope"))) }
        #expect(missing?.code == "ResourceNotFoundException")
    }

    @Test func sageMakerImages() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.server.stop() } }
        let client = try sagemaker(harness)
        let images = try await client.listImages().items
        #expect(images.compactMap(\.ImageName).contains("recs-feature-pipeline"))
        let versions = try await client.listImageVersions(ListImageVersionsRequest(ImageName: "recs-feature-pipeline", SortBy: "VERSION", SortOrder: "ASCENDING")).items
        #expect(versions.compactMap(\.Version) == [1, 2, 3, 4])
        let paged = try await client.listImageVersionsPaginator(ListImageVersionsRequest(ImageName: "recs-feature-pipeline"), config: PaginationConfig(pageSize: 1)).allItems()
        #expect(paged.count == 4)
        let latest = try await client.describeImageVersion(DescribeImageVersionRequest(ImageName: "recs-feature-pipeline"))
        #expect(latest.Version == 4)
        let failed = try await client.describeImageVersion(DescribeImageVersionRequest(ImageName: "recs-feature-pipeline", Version: 2))
        #expect(failed.ImageVersionStatus == "CREATE_FAILED")
        let missing = await awsError { _ = try await client.listImageVersions(ListImageVersionsRequest(ImageName: "no-such-image")) }
        #expect(missing?.code == "ResourceNotFound")
        #expect(missing?.message.contains("does not exist") == true)
    }
}
