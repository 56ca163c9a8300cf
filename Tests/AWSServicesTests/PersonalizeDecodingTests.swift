import AWSCore
import AWSServices
import Foundation
import Testing

/// Realistic Personalize responses decode: fractional epoch seconds, unknown members ignored, unknown enum values kept.
@Suite("Personalize responses decode")
struct PersonalizeDecodingTests {
    @Test func listDatasetGroups() throws {
        let page = try decode(ListDatasetGroupsResponse.self, #"""
        {"datasetGroups": [
            {"name": "retail", "datasetGroupArn": "\#(ARN.datasetGroup)", "status": "ACTIVE",
             "creationDateTime": 1718000000.123, "lastUpdatedDateTime": 1718000100.5, "domain": "ECOMMERCE"},
            {"name": "video", "status": "CREATE FAILED", "failureReason": "bad schema", "domain": "PODCASTS",
             "brandNewField": {"x": 1}}],
         "nextToken": "tok-1", "somethingElse": true}
        """#)
        #expect(page.items.count == 2)
        #expect(page.paginationToken == "tok-1")
        let retail = page.items[0]
        #expect(retail.datasetGroupArn == ARN.datasetGroup)
        #expect(retail.creationDateTime == epoch(1718000000.123))
        #expect(retail.lastUpdatedDateTime == epoch(1718000100.5))
        #expect(page.items[1].domain == "PODCASTS")
        #expect(page.items[1].failureReason == "bad schema")
    }

    @Test func emptyPageHasNoItems() throws {
        let page = try decode(ListCampaignsResponse.self, "{}")
        #expect(page.items.isEmpty)
        #expect(page.paginationToken == nil)
    }

    @Test func describeSolution() throws {
        let response = try decode(DescribeSolutionResponse.self, #"""
        {"solution": {
            "name": "retail-upv2", "solutionArn": "\#(ARN.solution)", "performHPO": true, "performAutoML": false,
            "performAutoTraining": true, "performIncrementalUpdate": false, "recipeArn": "\#(ARN.recipe)",
            "datasetGroupArn": "\#(ARN.datasetGroup)", "eventType": "purchase",
            "solutionConfig": {
                "eventValueThreshold": "0.5",
                "hpoConfig": {
                    "hpoObjective": {"type": "Maximize", "metricName": "precision_at_25", "metricRegex": "p@25=(.*)"},
                    "hpoResourceConfig": {"maxNumberOfTrainingJobs": "16", "maxParallelTrainingJobs": "4"},
                    "algorithmHyperParameterRanges": {
                        "integerHyperParameterRanges": [{"name": "bptt", "minValue": 2, "maxValue": 32}],
                        "continuousHyperParameterRanges": [{"name": "recency_mask_weight", "minValue": 0.0, "maxValue": 1.5}],
                        "categoricalHyperParameterRanges": [{"name": "recency_mask", "values": ["true", "false"]}]}},
                "algorithmHyperParameters": {"hidden_dimension": "100"},
                "featureTransformationParameters": {"max_hist_length_percentile": "0.99"},
                "autoMLConfig": {"metricName": "precision_at_25", "recipeList": ["\#(ARN.recipe)"]},
                "eventsConfig": {"eventParametersList": [{"eventType": "click", "eventValueThreshold": 1.5, "weight": 0.3}]},
                "optimizationObjective": {"itemAttribute": "price", "objectiveSensitivity": "EXTREME"},
                "trainingDataConfig": {"excludedDatasetColumns": {"ITEMS": ["DESCRIPTION", "COLOR"]}},
                "autoTrainingConfig": {"schedulingExpression": "rate(7 days)"},
                "futureKnob": 3},
            "autoMLResult": {"bestRecipeArn": "\#(ARN.recipe)"},
            "status": "ACTIVE", "creationDateTime": 1717000000.25, "lastUpdatedDateTime": 1717003600.75,
            "latestSolutionVersion": {"solutionVersionArn": "\#(ARN.solutionVersion)", "status": "CREATE IN_PROGRESS",
                "trainingMode": "FULL", "trainingType": "AUTOMATIC", "creationDateTime": 1718000000.5},
            "latestSolutionUpdate": {"solutionUpdateConfig": {"autoTrainingConfig": {"schedulingExpression": "rate(1 day)"},
                "eventsConfig": {"eventParametersList": []}}, "status": "ACTIVE", "performAutoTraining": true,
                "performIncrementalUpdate": false, "creationDateTime": 1718000001, "lastUpdatedDateTime": 1718000002.5}}}
        """#)
        let solution = try #require(response.solution)
        #expect(solution.performAutoTraining == true)
        #expect(solution.creationDateTime == epoch(1717000000.25))
        let config = try #require(solution.solutionConfig)
        #expect(config.hpoConfig?.hpoObjective?.type == "Maximize")
        #expect(config.hpoConfig?.hpoResourceConfig?.maxParallelTrainingJobs == "4")
        #expect(config.hpoConfig?.algorithmHyperParameterRanges?.integerHyperParameterRanges?.first?.maxValue == 32)
        #expect(config.hpoConfig?.algorithmHyperParameterRanges?.continuousHyperParameterRanges?.first?.maxValue == 1.5)
        #expect(config.hpoConfig?.algorithmHyperParameterRanges?.categoricalHyperParameterRanges?.first?.values == ["true", "false"])
        #expect(config.algorithmHyperParameters == ["hidden_dimension": "100"])
        #expect(config.autoMLConfig?.recipeList == [ARN.recipe])
        #expect(config.eventsConfig?.eventParametersList?.first?.weight == 0.3)
        #expect(config.optimizationObjective?.objectiveSensitivity == "EXTREME")
        #expect(config.trainingDataConfig?.excludedDatasetColumns?["ITEMS"] == ["DESCRIPTION", "COLOR"])
        #expect(config.autoTrainingConfig?.schedulingExpression == "rate(7 days)")
        #expect(solution.autoMLResult?.bestRecipeArn == ARN.recipe)
        #expect(solution.latestSolutionVersion?.status == "CREATE IN_PROGRESS")
        #expect(solution.latestSolutionVersion?.creationDateTime == epoch(1718000000.5))
        #expect(solution.latestSolutionUpdate?.solutionUpdateConfig?.autoTrainingConfig?.schedulingExpression == "rate(1 day)")
        #expect(solution.latestSolutionUpdate?.lastUpdatedDateTime == epoch(1718000002.5))
    }

    @Test func describeSolutionVersion() throws {
        let response = try decode(DescribeSolutionVersionResponse.self, #"""
        {"solutionVersion": {
            "name": "v7", "solutionVersionArn": "\#(ARN.solutionVersion)", "solutionArn": "\#(ARN.solution)",
            "performHPO": false, "performAutoML": false, "performIncrementalUpdate": true, "recipeArn": "\#(ARN.recipe)",
            "eventType": "purchase", "datasetGroupArn": "\#(ARN.datasetGroup)",
            "solutionConfig": {"algorithmHyperParameters": {"bptt": "32"}},
            "trainingHours": 2.375, "trainingMode": "INCREMENTAL_MAGIC",
            "tunedHPOParams": {"algorithmHyperParameters": {"hidden_dimension": "149"}},
            "status": "CREATE STOPPING", "failureReason": null,
            "creationDateTime": 1718000000.001, "lastUpdatedDateTime": 1718007200.999, "trainingType": "MANUAL",
            "trainingInputMode": "ANYTHING"}}
        """#)
        let version = try #require(response.solutionVersion)
        #expect(version.trainingHours == 2.375)
        #expect(version.trainingMode == "INCREMENTAL_MAGIC")
        #expect(version.tunedHPOParams?.algorithmHyperParameters == ["hidden_dimension": "149"])
        #expect(version.failureReason == nil)
        #expect(version.performIncrementalUpdate == true)
        #expect(version.solutionConfig?.algorithmHyperParameters == ["bptt": "32"])
        #expect(abs(version.creationDateTime!.timeIntervalSince1970 - 1718000000.001) < 0.000_01)
        #expect(version.trainingType == "MANUAL")
    }

    @Test func createSolutionVersionAndMetrics() throws {
        let created = try decode(CreateSolutionVersionResponse.self, #"{"solutionVersionArn": "\#(ARN.solutionVersion)", "x": 1}"#)
        #expect(created.solutionVersionArn == ARN.solutionVersion)
        let metrics = try decode(GetSolutionMetricsResponse.self, #"""
        {"solutionVersionArn": "\#(ARN.solutionVersion)",
         "metrics": {"coverage": 0.2719, "mean_reciprocal_rank_at_25": 0.0758, "normalized_discounted_cumulative_gain_at_5": 0.1, "precision_at_10": 0}}
        """#)
        #expect(metrics.metrics?["coverage"] == 0.2719)
        #expect(metrics.metrics?["precision_at_10"] == 0)
        #expect(metrics.metrics?.count == 4)
    }

    @Test func batchSegmentJobs() throws {
        let page = try decode(ListBatchSegmentJobsResponse.self, #"""
        {"batchSegmentJobs": [{"batchSegmentJobArn": "\#(ARN.batchSegmentJob)", "jobName": "segments-june",
            "status": "IN PROGRESS", "creationDateTime": 1718000000.5, "lastUpdatedDateTime": 1718000060.25,
            "solutionVersionArn": "\#(ARN.solutionVersion)", "priority": "HIGH"}]}
        """#)
        #expect(page.items.first?.status == "IN PROGRESS")
        #expect(page.paginationToken == nil)
        let job = try #require(try decode(DescribeBatchSegmentJobResponse.self, #"""
        {"batchSegmentJob": {"jobName": "segments-june", "batchSegmentJobArn": "\#(ARN.batchSegmentJob)",
            "filterArn": "arn:aws:personalize:us-east-1:111122223333:filter/in-stock", "failureReason": "",
            "solutionVersionArn": "\#(ARN.solutionVersion)", "numResults": 50,
            "jobInput": {"s3DataSource": {"path": "s3://bucket/in/items.json", "kmsKeyArn": "arn:aws:kms:us-east-1:111122223333:key/abc"}},
            "jobOutput": {"s3DataDestination": {"path": "s3://bucket/out/"}},
            "roleArn": "arn:aws:iam::111122223333:role/PersonalizeS3", "status": "ACTIVE",
            "creationDateTime": 1718000000.5, "lastUpdatedDateTime": 1718003600.125, "queueTime": 12}}
        """#).batchSegmentJob)
        #expect(job.numResults == 50)
        #expect(job.jobInput?.s3DataSource?.path == "s3://bucket/in/items.json")
        #expect(job.jobInput?.s3DataSource?.kmsKeyArn == "arn:aws:kms:us-east-1:111122223333:key/abc")
        #expect(job.jobOutput?.s3DataDestination?.path == "s3://bucket/out/")
        #expect(job.jobOutput?.s3DataDestination?.kmsKeyArn == nil)
        #expect(job.lastUpdatedDateTime == epoch(1718003600.125))
    }

    @Test func batchInferenceJobs() throws {
        let page = try decode(ListBatchInferenceJobsResponse.self, #"""
        {"batchInferenceJobs": [{"batchInferenceJobArn": "\#(ARN.batchInferenceJob)", "jobName": "recs-june",
            "status": "CREATE FAILED", "failureReason": "AccessDenied", "creationDateTime": 1718000000.5,
            "solutionVersionArn": "\#(ARN.solutionVersion)", "batchInferenceJobMode": "SUMMARY_GENERATION"}],
         "nextToken": "abc"}
        """#)
        #expect(page.items.first?.batchInferenceJobMode == "SUMMARY_GENERATION")
        #expect(page.paginationToken == "abc")
        let job = try #require(try decode(DescribeBatchInferenceJobResponse.self, #"""
        {"batchInferenceJob": {"jobName": "recs-june", "batchInferenceJobArn": "\#(ARN.batchInferenceJob)",
            "solutionVersionArn": "\#(ARN.solutionVersion)", "numResults": 25,
            "jobInput": {"s3DataSource": {"path": "s3://bucket/in/users.json"}},
            "jobOutput": {"s3DataDestination": {"path": "s3://bucket/out/", "kmsKeyArn": "arn:aws:kms:us-east-1:111122223333:key/k"}},
            "batchInferenceJobConfig": {"itemExplorationConfig": {"explorationWeight": "0.3"}, "rankingInfluence": {"FRESHNESS": 0.8}},
            "roleArn": "arn:aws:iam::111122223333:role/PersonalizeS3", "batchInferenceJobMode": "THEME_GENERATION",
            "themeGenerationConfig": {"fieldsForThemeGeneration": {"itemName": "TITLE"}},
            "status": "ACTIVE", "creationDateTime": 1718000000.5, "lastUpdatedDateTime": 1718000900.5, "extra": []}}
        """#).batchInferenceJob)
        #expect(job.batchInferenceJobConfig?.itemExplorationConfig == ["explorationWeight": "0.3"])
        #expect(job.batchInferenceJobConfig?.rankingInfluence == ["FRESHNESS": 0.8])
        #expect(job.themeGenerationConfig?.fieldsForThemeGeneration?.itemName == "TITLE")
        #expect(job.jobOutput?.s3DataDestination?.kmsKeyArn == "arn:aws:kms:us-east-1:111122223333:key/k")
    }

    @Test func campaigns() throws {
        let page = try decode(ListCampaignsResponse.self, #"""
        {"campaigns": [{"name": "retail-live", "campaignArn": "\#(ARN.campaign)", "status": "ACTIVE",
            "creationDateTime": 1716000000.5, "lastUpdatedDateTime": 1716500000.5}], "nextToken": "n2"}
        """#)
        #expect(page.items.first?.campaignArn == ARN.campaign)
        let campaign = try #require(try decode(DescribeCampaignResponse.self, #"""
        {"campaign": {"name": "retail-live", "campaignArn": "\#(ARN.campaign)", "solutionVersionArn": "\#(ARN.solutionVersion)",
            "minProvisionedTPS": 2,
            "campaignConfig": {"itemExplorationConfig": {"explorationWeight": "0.3", "explorationItemAgeCutOff": "30"},
                "enableMetadataWithRecommendations": true, "syncWithLatestSolutionVersion": false, "rankingInfluence": {"POPULARITY": 0.25}},
            "status": "UPDATE IN_PROGRESS", "creationDateTime": 1716000000.5, "lastUpdatedDateTime": 1718000000.75,
            "latestCampaignUpdate": {"solutionVersionArn": "\#(ARN.solutionVersion)", "minProvisionedTPS": 5,
                "campaignConfig": {"syncWithLatestSolutionVersion": true}, "status": "CREATE PENDING",
                "creationDateTime": 1718000000.75, "lastUpdatedDateTime": 1718000001.25, "reason": "n/a"}}}
        """#).campaign)
        #expect(campaign.minProvisionedTPS == 2)
        #expect(campaign.campaignConfig?.itemExplorationConfig?["explorationItemAgeCutOff"] == "30")
        #expect(campaign.campaignConfig?.enableMetadataWithRecommendations == true)
        #expect(campaign.campaignConfig?.rankingInfluence == ["POPULARITY": 0.25])
        #expect(campaign.latestCampaignUpdate?.minProvisionedTPS == 5)
        #expect(campaign.latestCampaignUpdate?.campaignConfig?.syncWithLatestSolutionVersion == true)
        #expect(campaign.latestCampaignUpdate?.lastUpdatedDateTime == epoch(1718000001.25))
    }

    @Test func describeRecipe() throws {
        let recipe = try #require(try decode(DescribeRecipeResponse.self, #"""
        {"recipe": {"name": "aws-user-personalization-v2", "recipeArn": "\#(ARN.recipe)",
            "algorithmArn": "arn:aws:personalize:::algorithm/aws-user-personalization-v2",
            "featureTransformationArn": "arn:aws:personalize:::feature-transformation/user-personalization-v2",
            "status": "ACTIVE", "description": "Trains on up to 5 million items.", "creationDateTime": 1700000000.0,
            "recipeType": "USER_PERSONALIZATION", "lastUpdatedDateTime": 1700000000.5, "domain": "ECOMMERCE"}}
        """#).recipe)
        #expect(recipe.recipeType == "USER_PERSONALIZATION")
        #expect(recipe.description == "Trains on up to 5 million items.")
        #expect(recipe.algorithmArn == "arn:aws:personalize:::algorithm/aws-user-personalization-v2")
        #expect(recipe.lastUpdatedDateTime == epoch(1700000000.5))
    }

    @Test func responsesRoundTrip() throws {
        let original = DescribeSolutionVersionResponse(solutionVersion: SolutionVersion(
            solutionVersionArn: ARN.solutionVersion, trainingHours: 1.5, status: "ACTIVE",
            creationDateTime: epoch(1718000000.5)))
        let data = try JSON11Coding.encoder.encode(original)
        #expect(try JSON11Coding.decoder.decode(DescribeSolutionVersionResponse.self, from: data) == original)
    }
}
