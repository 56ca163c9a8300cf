import AWSCore
import AWSServices
import Foundation
import Testing

/// Requests put the model's member names on the wire, and leave absent members out.
@Suite("Personalize requests encode")
struct PersonalizeRequestEncodingTests {
    @Test func listRequests() throws {
        #expect(try encodedKeys(ListDatasetGroupsRequest()) == [])
        #expect(try encodedKeys(ListDatasetGroupsRequest(nextToken: "t", maxResults: 5)) == ["nextToken", "maxResults"])
        #expect(try encodedKeys(ListBatchSegmentJobsRequest(solutionVersionArn: ARN.solutionVersion, nextToken: "t", maxResults: 5))
            == ["solutionVersionArn", "nextToken", "maxResults"])
        #expect(try encodedKeys(ListBatchInferenceJobsRequest(solutionVersionArn: ARN.solutionVersion, nextToken: "t", maxResults: 5))
            == ["solutionVersionArn", "nextToken", "maxResults"])
        #expect(try encodedKeys(ListCampaignsRequest(solutionArn: ARN.solution, nextToken: "t", maxResults: 5))
            == ["solutionArn", "nextToken", "maxResults"])
        #expect(try encodedKeys(ListSolutionsRequest(datasetGroupArn: ARN.datasetGroup, maxResults: 1))
            == ["datasetGroupArn", "maxResults"])
        #expect(try encodedKeys(ListSolutionVersionsRequest(solutionArn: ARN.solution, nextToken: "x"))
            == ["solutionArn", "nextToken"])
        let object = try encodedObject(ListCampaignsRequest(solutionArn: ARN.solution, maxResults: 25))
        #expect(object["solutionArn"] as? String == ARN.solution)
        #expect(object["maxResults"] as? Int == 25)
    }

    @Test func describeAndGetRequests() throws {
        #expect(try encodedObject(DescribeSolutionRequest(solutionArn: ARN.solution))["solutionArn"] as? String == ARN.solution)
        #expect(try encodedKeys(DescribeSolutionVersionRequest(solutionVersionArn: ARN.solutionVersion)) == ["solutionVersionArn"])
        #expect(try encodedKeys(StopSolutionVersionCreationRequest(solutionVersionArn: ARN.solutionVersion)) == ["solutionVersionArn"])
        #expect(try encodedKeys(GetSolutionMetricsRequest(solutionVersionArn: ARN.solutionVersion)) == ["solutionVersionArn"])
        #expect(try encodedKeys(DescribeBatchSegmentJobRequest(batchSegmentJobArn: ARN.batchSegmentJob)) == ["batchSegmentJobArn"])
        #expect(try encodedKeys(DescribeBatchInferenceJobRequest(batchInferenceJobArn: ARN.batchInferenceJob)) == ["batchInferenceJobArn"])
        #expect(try encodedKeys(DescribeCampaignRequest(campaignArn: ARN.campaign)) == ["campaignArn"])
        #expect(try encodedKeys(DescribeRecipeRequest(recipeArn: ARN.recipe)) == ["recipeArn"])
    }

    @Test func createSolutionVersion() throws {
        let request = CreateSolutionVersionRequest(
            solutionArn: ARN.solution, name: "v8", trainingMode: "UPDATE",
            tags: [AWSServices.Tag(tagKey: "team", tagValue: "recs")])
        let object = try encodedObject(request)
        #expect(Set(object.keys) == ["solutionArn", "name", "trainingMode", "tags"])
        #expect(object["trainingMode"] as? String == "UPDATE")
        let tags = try #require(object["tags"] as? [[String: String]])
        #expect(tags == [["tagKey": "team", "tagValue": "recs"]])
        #expect(try encodedKeys(CreateSolutionVersionRequest(solutionArn: ARN.solution)) == ["solutionArn"])
    }

    @Test func paginationMapsToNextTokenAndMaxResults() {
        var request = ListBatchSegmentJobsRequest()
        request.paginationToken = "p"
        request.pageSize = 3
        #expect(request == ListBatchSegmentJobsRequest(nextToken: "p", maxResults: 3))
    }
}
