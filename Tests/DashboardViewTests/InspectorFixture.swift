import AWSServices
import Dashboard
import DashboardView
import Foundation

/// A solution with five ACTIVE versions (metrics loaded), one in training, two failed (one with a ~2 KB reason in
/// Japanese and emoji), a campaign, a batch segment job and an image version.
enum InspectorFixture {
    static let now = ViewFixture.now
    static let region = "arn:aws:personalize:eu-west-1:123456789012"
    static let failedArn = "\(ViewFixture.solution)/1c77e4f2"
    static let activeArn = "\(ViewFixture.solution)/a5e0c4d1"
    static let runningArn = "\(ViewFixture.solution)/8f31c2a0"
    static let segmentJobArn = "\(region):batch-segment-job/nightly-segments-2026-11-23"
    static let imageVersionArn = "arn:aws:sagemaker:eu-west-1:123456789012:image-version/pdash-recsys-training/7"

    /// About 2 KB: sentences, a long unbroken S3 key, line breaks, wide characters (データセット) and emoji.
    static let longReason: String = {
        let parts = [
            "⚠️ Training could not start: the データセット 'interactions' in dataset group 'shop-eu-ドイツ' failed validation.",
            "After removing events older than the training window and events whose EVENT_TYPE is not 'purchase', 812 unique "
                + "users and 3,104 unique items remain; the recipe aws-user-personalization-v2 needs at least 1,000 users with "
                + "at least 2 interactions each, and at least 1,000 items.",
            "Rows rejected while reading s3://pdash-demo-exports-eu-west-1/interactions/2026-11-23/part-00000-3f9a1c07-7b1e-4d2c-9a4e-0c1d2e3f4a5b.snappy.parquet:",
            "  • 2,311 rows: TIMESTAMP is in milliseconds, not seconds (値が大きすぎます) 📦",
            "  • 877 rows: USER_ID is empty",
            "  • 64 rows: ITEM_ID '商品-４２' is not in the items データセット",
            "Check the import job 'interactions-import-2026-11-22' (status ACTIVE, 1,204,388 records) and its schema; the schema "
                + "declares TIMESTAMP as long, which Amazon Personalize reads as seconds since the Unix epoch. Convert the values, "
                + "import the データセット again with a FULL import, and train a new solution version. If the data is correct and "
                + "the catalogue is small on purpose, consider the aws-similar-items recipe or a longer training window instead. "
                + "No training hours were charged for this attempt. 🙇 申し訳ありません。",
            "Earlier attempts with the same データセット: 0b9e8d7c (UPDATE, failed: insufficient new data) and 5d4c3b2a (FULL, "
                + "stopped by the user after 12 minutes). The last ACTIVE FULL version, a4e5f6a7, was trained on 1,188,002 records "
                + "from 1,341 users; since then 204 users were deleted by the data-retention job.",
            "Request ID: 6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b. Error code: InvalidInputException (データセットの検証に失敗しました). "
                + "See https://docs.aws.amazon.com/personalize/latest/dg/limits.html#limits-table for the minimum data requirements "
                + "of each recipe, and https://docs.aws.amazon.com/personalize/latest/dg/data-prep-formatting.html for the formats.",
        ]
        return parts.joined(separator: "\n")
    }()

    static func version(_ id: String, _ status: String, mode: String = "FULL", type: String = "MANUAL", createdHoursAgo: Double,
                        tookHours: Double?, reason: String? = nil) -> SolutionVersionSummary {
        let created = now.addingTimeInterval(-createdHoursAgo * 3600)
        return SolutionVersionSummary(
            solutionVersionArn: "\(ViewFixture.solution)/\(id)", status: status, trainingMode: mode, trainingType: type,
            creationDateTime: created, lastUpdatedDateTime: tookHours.map { created.addingTimeInterval($0 * 3600) } ?? now.addingTimeInterval(-120),
            failureReason: reason)
    }

    static let activeIds = ["a1b2c3d4", "a2c3d4e5", "a3d4e5f6", "a4e5f6a7", "a5e0c4d1"]

    static var state: DashboardState {
        var state = DashboardState(
            connection: ConnectionInfo(endpoint: "https://personalize.eu-west-1.amazonaws.com", region: "eu-west-1", isCustomEndpoint: false),
            now: now, solutionArn: ViewFixture.solution, refreshInterval: 10)
        state.versions.replaceItems([
            version("8f31c2a0", "CREATE IN_PROGRESS", createdHoursAgo: 0.75, tookHours: nil),
            version("e1d7b604", "CREATE PENDING", mode: "UPDATE", createdHoursAgo: 0.02, tookHours: nil),
            version(activeIds[4], "ACTIVE", type: "AUTOMATIC", createdHoursAgo: 30, tookHours: 2.1),
            version("1c77e4f2", "CREATE FAILED", createdHoursAgo: 90, tookHours: 0.3, reason: longReason),
            version(activeIds[3], "ACTIVE", createdHoursAgo: 200, tookHours: 2.4),
            version("0b9e8d7c", "CREATE FAILED", mode: "UPDATE", createdHoursAgo: 260, tookHours: 0.1,
                    reason: "Insufficient new data since the last FULL training.\nNo new events were imported."),
            version(activeIds[2], "ACTIVE", mode: "FULL", createdHoursAgo: 400, tookHours: 1.9),
            version("c0ffee17", "ACTIVE", mode: "UPDATE", createdHoursAgo: 450, tookHours: 0.4),
            version(activeIds[1], "ACTIVE", createdHoursAgo: 600, tookHours: 2.2),
            version(activeIds[0], "ACTIVE", createdHoursAgo: 800, tookHours: 2.0),
        ])
        let metrics: [[String: Double]] = [
            ["coverage": 0.2211, "mean_reciprocal_rank_at_25": 0.0912, "normalized_discounted_cumulative_gain_at_10": 0.1204, "precision_at_25": 0.0301],
            ["coverage": 0.2390, "mean_reciprocal_rank_at_25": 0.0957, "normalized_discounted_cumulative_gain_at_10": 0.1250, "precision_at_25": 0.0301],
            ["coverage": 0.2512, "mean_reciprocal_rank_at_25": 0.0949, "normalized_discounted_cumulative_gain_at_10": 0.1318, "precision_at_25": 0.0301],
            ["coverage": 0.2450, "mean_reciprocal_rank_at_25": 0.1023, "normalized_discounted_cumulative_gain_at_10": 0.1391, "precision_at_25": 0.0301],
            ["coverage": 0.2573, "mean_reciprocal_rank_at_25": 0.0978, "normalized_discounted_cumulative_gain_at_10": 0.1514, "precision_at_25": 0.0301],
        ]
        for (id, values) in zip(activeIds, metrics) { state.details.metrics["\(ViewFixture.solution)/\(id)"] = values }
        state.details.described[activeArn] = describedActive
        state.details.described[failedArn] = SolutionVersion(
            name: "nightly-full", solutionVersionArn: failedArn, solutionArn: ViewFixture.solution, performHPO: false,
            recipeArn: "arn:aws:personalize:::recipe/aws-user-personalization-v2", datasetGroupArn: "\(region):dataset-group/shop-eu",
            trainingHours: 0, trainingMode: "FULL", status: "CREATE FAILED", failureReason: longReason,
            creationDateTime: now.addingTimeInterval(-90 * 3600), lastUpdatedDateTime: now.addingTimeInterval(-90 * 3600 + 1080),
            trainingType: "MANUAL")
        state.pricePerTrainingHour = 0.24
        state.solution = Solution(
            name: "user-personalization-v2", solutionArn: ViewFixture.solution, performAutoTraining: true,
            solutionConfig: SolutionConfig(autoTrainingConfig: AutoTrainingConfig(schedulingExpression: "rate(7 days)")),
            creationDateTime: now.addingTimeInterval(-900 * 3600))
        addCampaign(&state)
        addSegmentJob(&state)
        addImageVersion(&state)
        return state
    }

    static let describedActive = SolutionVersion(
        name: "weekly-full-47", solutionVersionArn: activeArn, solutionArn: ViewFixture.solution, performHPO: true,
        performAutoML: false, performIncrementalUpdate: false, recipeArn: "arn:aws:personalize:::recipe/aws-user-personalization-v2",
        eventType: "purchase", datasetGroupArn: "arn:aws:personalize:eu-west-1:123456789012:dataset-group/shop-eu",
        solutionConfig: SolutionConfig(
            eventValueThreshold: "0.5",
            hpoConfig: HPOConfig(
                hpoObjective: HPOObjective(type: "Maximize", metricName: "normalized_discounted_cumulative_gain_at_10"),
                hpoResourceConfig: HPOResourceConfig(maxNumberOfTrainingJobs: "40", maxParallelTrainingJobs: "10"),
                algorithmHyperParameterRanges: HyperParameterRanges(
                    integerHyperParameterRanges: [IntegerHyperParameterRange(name: "hidden_dimension", minValue: 32, maxValue: 256)],
                    continuousHyperParameterRanges: [ContinuousHyperParameterRange(name: "recency_mask_weight", minValue: 0.1, maxValue: 0.9)],
                    categoricalHyperParameterRanges: [CategoricalHyperParameterRange(name: "recency_mask", values: ["true", "false"])])),
            algorithmHyperParameters: ["bptt": "32", "hidden_dimension": "149", "recency_mask": "true"],
            featureTransformationParameters: ["max_user_history_length_percentile": "0.99", "min_user_history_length_percentile": "0.0"],
            autoTrainingConfig: AutoTrainingConfig(schedulingExpression: "rate(7 days)")),
        trainingHours: 2.417, trainingMode: "FULL",
        tunedHPOParams: TunedHPOParams(algorithmHyperParameters: ["bptt": "32", "hidden_dimension": "149", "recency_mask_weight": "0.42"]),
        status: "ACTIVE", creationDateTime: now.addingTimeInterval(-30 * 3600), lastUpdatedDateTime: now.addingTimeInterval(-27.9 * 3600),
        trainingType: "AUTOMATIC")

    private static func addCampaign(_ state: inout DashboardState) {
        let arn = "\(region):campaign/shop-home"
        var list = ListState<ResourceRow>()
        list.replaceItems([ResourceRow(arn: arn, name: "shop-home", status: "ACTIVE")])
        state.lists[.campaigns] = list
        state.details.resources[arn] = .campaign(Campaign(name: "shop-home", campaignArn: arn, solutionVersionArn: activeArn, status: "ACTIVE"))
    }

    private static func addSegmentJob(_ state: inout DashboardState) {
        var list = ListState<ResourceRow>()
        list.replaceItems([ResourceRow(arn: segmentJobArn, name: "nightly-segments-2026-11-23", status: "ACTIVE", solutionVersionArn: activeArn)])
        state.lists[.segmentJobs] = list
        state.details.resources[segmentJobArn] = .segmentJob(BatchSegmentJob(
            jobName: "nightly-segments-2026-11-23", batchSegmentJobArn: segmentJobArn,
            filterArn: "\(region):filter/exclude-purchased-last-30-days", solutionVersionArn: activeArn, numResults: 2500,
            jobInput: BatchSegmentJobInput(s3DataSource: S3DataConfig(
                path: "s3://pdash-demo-batch-eu-west-1/segments/input/2026/11/23/items-for-segmentation-part-0001.jsonl")),
            jobOutput: BatchSegmentJobOutput(s3DataDestination: S3DataConfig(
                path: "s3://pdash-demo-batch-eu-west-1/segments/output/2026/11/23/",
                kmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")),
            roleArn: "arn:aws:iam::123456789012:role/service-role/PersonalizeBatchSegmentRole",
            status: "ACTIVE", creationDateTime: now.addingTimeInterval(-5 * 3600), lastUpdatedDateTime: now.addingTimeInterval(-3.6 * 3600)))
    }

    private static func addImageVersion(_ state: inout DashboardState) {
        var list = ListState<ResourceRow>()
        list.replaceItems([ResourceRow(arn: imageVersionArn, name: "v7", status: "CREATED", note: "v7")])
        state.lists[.imageVersions] = list
        state.details.resources[imageVersionArn] = .imageVersion(DescribeImageVersionResponse(
            BaseImage: "763104351884.dkr.ecr.eu-west-1.amazonaws.com/pytorch-training:2.3.0-gpu-py311-cu121-ubuntu20.04-sagemaker",
            ContainerImage: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/pdash-recsys-training@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            CreationTime: now.addingTimeInterval(-50 * 3600), ImageArn: "arn:aws:sagemaker:eu-west-1:123456789012:image/pdash-recsys-training",
            ImageVersionArn: imageVersionArn, ImageVersionStatus: "CREATED", LastModifiedTime: now.addingTimeInterval(-49.5 * 3600),
            Version: 7, VendorGuidance: "STABLE", JobType: "TRAINING", MLFramework: "PyTorch 2.3.0", ProgrammingLang: "Python 3.11",
            Processor: "GPU", Horovod: false,
            ReleaseNotes: "Adds the two-tower retrieval model and pins numpy below 2.0.\nFixes the CUDA 12.1 driver mismatch."))
    }
}
