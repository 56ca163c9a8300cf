import Emulator
import Foundation
import Testing

/// boto3 calls every operation pdash uses; botocore parses each answer against its own models.
@Suite("boto3: every operation")
struct Boto3OperationsTests {
    static let script = #"""
import json, sys, boto3
from botocore.exceptions import ClientError
url = sys.argv[1]
kw = dict(endpoint_url=url, region_name="eu-west-1", aws_access_key_id="pdash-demo", aws_secret_access_key="pdash-demo-secret")
p, sm, sts = boto3.client("personalize", **kw), boto3.client("sagemaker", **kw), boto3.client("sts", **kw)
A = "arn:aws:personalize:eu-west-1:111122223333:"
out = {}
out["groups"] = len(p.list_dataset_groups()["datasetGroups"])
out["autotrain"] = p.describe_solution(solutionArn=A + "solution/user-personalization-v2")["solution"]["solutionConfig"]["autoTrainingConfig"]["schedulingExpression"]
v = p.describe_solution_version(solutionVersionArn=A + "solution/user-personalization-v2/0d6c9b15")["solutionVersion"]
out["failed_status"] = v["status"]; out["created_year"] = v["creationDateTime"].year
out["metrics"] = sorted(p.get_solution_metrics(solutionVersionArn=A + "solution/user-personalization-v2/71f3ad82")["metrics"])[:2]
arn = p.create_solution_version(solutionArn=A + "solution/similar-items", trainingMode="FULL")["solutionVersionArn"]
out["created_prefix"] = arn.rsplit("/", 1)[0]
p.stop_solution_version_creation(solutionVersionArn=arn)
out["stopped"] = p.describe_solution_version(solutionVersionArn=arn)["solutionVersion"]["status"]
out["segments"] = len([j for pg in p.get_paginator("list_batch_segment_jobs").paginate(
    solutionVersionArn=A + "solution/item-affinity-segments/8d3b1e42", PaginationConfig={"PageSize": 1}) for j in pg["batchSegmentJobs"]])
job = p.list_batch_inference_jobs()["batchInferenceJobs"][0]["batchInferenceJobArn"]
out["inference_output"] = p.describe_batch_inference_job(batchInferenceJobArn=job)["batchInferenceJob"]["jobOutput"]["s3DataDestination"]["path"][:5]
seg = p.list_batch_segment_jobs()["batchSegmentJobs"][0]["batchSegmentJobArn"]
out["segment_input"] = p.describe_batch_segment_job(batchSegmentJobArn=seg)["batchSegmentJob"]["jobInput"]["s3DataSource"]["path"][:5]
c = p.list_campaigns()["campaigns"]
out["campaigns"] = len(c)
out["campaign_tps"] = p.describe_campaign(campaignArn=c[0]["campaignArn"])["campaign"]["minProvisionedTPS"]
out["recipe"] = p.describe_recipe(recipeArn="arn:aws:personalize:::recipe/aws-item-affinity")["recipe"]["recipeType"]
out["images"] = sorted(i["ImageName"] for i in sm.list_images()["Images"])
out["versions"] = [v["Version"] for pg in sm.get_paginator("list_image_versions").paginate(
    ImageName="recs-feature-pipeline", SortBy="VERSION", SortOrder="ASCENDING", PaginationConfig={"PageSize": 2}) for v in pg["ImageVersions"]]
out["image_v2"] = sm.describe_image_version(ImageName="recs-feature-pipeline", Version=2)["ImageVersionStatus"]
out["caller"] = sts.get_caller_identity()["Account"]
errors = {}
for name, call in [
    ("missing_image", lambda: sm.list_image_versions(ImageName="nope")),
    ("bad_sort", lambda: sm.list_image_versions(ImageName="recs-feature-pipeline", SortBy="SIZE")),
    ("not_active", lambda: p.get_solution_metrics(solutionVersionArn=A + "solution/user-personalization-v2/0d6c9b15")),
    ("missing_campaign", lambda: p.describe_campaign(campaignArn=A + "campaign/nope")),
]:
    try:
        call(); errors[name] = None
    except ClientError as e:
        errors[name] = e.response["Error"]["Code"]
out["errors"] = errors
print(json.dumps(out))
"""#

    @Test func boto3CallsEveryOperation() async throws {
        let server = try await EmulatorServer.start()
        defer { Task { await server.stop() } }
        let output = try await Python.run(script: Self.script, arguments: [server.endpointURL])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(report["groups"] as? Int == 2)
        #expect(report["autotrain"] as? String == "rate(7 days)")
        #expect(report["failed_status"] as? String == "CREATE FAILED")
        #expect((report["created_year"] as? Int ?? 0) >= 2025)
        #expect((report["metrics"] as? [String])?.count == 2)
        #expect(report["created_prefix"] as? String == "arn:aws:personalize:eu-west-1:111122223333:solution/similar-items")
        #expect(report["stopped"] as? String == "CREATE STOPPED")
        #expect(report["segments"] as? Int == 4)
        #expect(report["inference_output"] as? String == "s3://")
        #expect(report["segment_input"] as? String == "s3://")
        #expect(report["campaigns"] as? Int == 2)
        #expect(report["campaign_tps"] as? Int == 2 || report["campaign_tps"] as? Int == 1)
        #expect(report["recipe"] as? String == "USER_SEGMENTATION")
        #expect(report["images"] as? [String] == ["notebook-base", "recs-feature-pipeline"])
        #expect(report["versions"] as? [Int] == [1, 2, 3, 4])
        #expect(report["image_v2"] as? String == "CREATE_FAILED")
        #expect(report["caller"] as? String == "111122223333")
        let errors = report["errors"] as? [String: String] ?? [:]
        #expect(errors["missing_image"] == "ResourceNotFound")
        #expect(errors["bad_sort"] == "ValidationException")
        #expect(errors["not_active"] == "ResourceInUseException")
        #expect(errors["missing_campaign"] == "ResourceNotFoundException")
    }
}
