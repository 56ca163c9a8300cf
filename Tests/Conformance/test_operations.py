"""Every operation once through boto3, its raw JSON (or XML) checked member by member against botocore's model;
ARN formats in two regions."""

import re

import pytest

from helpers import METRIC_NAMES, expect_error, personalize_arn
from model_shapes import json_output_problems, query_output_problems
from pdash_emulator import ACCOUNT, OTHER_REGION, REGION, RESPONSES, STATIC_WORLD

WEB_IDENTITY_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjb25mb3JtYW5jZSJ9.c2lnbmF0dXJl"
ROLE_ARN = f"arn:aws:iam::{ACCOUNT}:role/conformance"


def assert_raw_matches_model(service, operation):
    entry = RESPONSES.last(operation)
    assert entry.status == 200, (operation, entry.status, entry.body[:300])
    if service == "sts":
        problems = query_output_problems(service, operation, entry.body)
    else:
        assert entry.headers["content-type"] == "application/x-amz-json-1.1"
        problems = json_output_problems(service, operation, entry.body)
    assert not problems, "\n".join(problems)


# (client fixture, operation, method, parameters from the discovered demo world)
READ_CALLS = [
    ("personalize", "ListDatasetGroups", "list_dataset_groups", lambda d: {}),
    ("personalize", "ListSolutions", "list_solutions", lambda d: {}),
    ("personalize", "DescribeSolution", "describe_solution",
     lambda d: {"solutionArn": d.solutions[d.updatable_solution]["solutionArn"]}),
    ("personalize", "DescribeRecipe", "describe_recipe",
     lambda d: {"recipeArn": d.solutions[d.updatable_solution]["recipeArn"]}),
    ("personalize", "ListSolutionVersions", "list_solution_versions",
     lambda d: {"solutionArn": d.solutions[d.updatable_solution]["solutionArn"]}),
    ("personalize", "DescribeSolutionVersion", "describe_solution_version", lambda d: {"solutionVersionArn": d.active_version}),
    ("personalize", "DescribeSolutionVersion", "describe_solution_version", lambda d: {"solutionVersionArn": d.failed_version}),
    ("personalize", "GetSolutionMetrics", "get_solution_metrics", lambda d: {"solutionVersionArn": d.active_version}),
    ("personalize", "ListCampaigns", "list_campaigns", lambda d: {}),
    ("personalize", "DescribeCampaign", "describe_campaign", lambda d: {"campaignArn": d.campaigns[0]["campaignArn"]}),
    ("personalize", "ListBatchSegmentJobs", "list_batch_segment_jobs", lambda d: {}),
    ("personalize", "DescribeBatchSegmentJob", "describe_batch_segment_job",
     lambda d: {"batchSegmentJobArn": next(j for j in d.segment_jobs if j["status"] == "CREATE FAILED")["batchSegmentJobArn"]}),
    ("personalize", "ListBatchInferenceJobs", "list_batch_inference_jobs", lambda d: {}),
    ("personalize", "DescribeBatchInferenceJob", "describe_batch_inference_job",
     lambda d: {"batchInferenceJobArn": d.inference_jobs[0]["batchInferenceJobArn"]}),
    ("sagemaker", "ListImages", "list_images", lambda d: {}),
    ("sagemaker", "ListImageVersions", "list_image_versions", lambda d: {"ImageName": d.images[0]["ImageName"]}),
    ("sagemaker", "DescribeImageVersion", "describe_image_version", lambda d: {"ImageName": d.images[0]["ImageName"]}),
    ("sagemaker", "DescribeImageVersion", "describe_image_version",
     lambda d: {"ImageName": d.images[0]["ImageName"], "Version": 1}),
    ("sts", "GetCallerIdentity", "get_caller_identity", lambda d: {}),
    ("sts", "AssumeRole", "assume_role", lambda d: {"RoleArn": ROLE_ARN, "RoleSessionName": "conformance"}),
]


@pytest.mark.parametrize("service,operation,method,params", READ_CALLS,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(READ_CALLS)])
def test_operation_answer_matches_model(request, demo, service, operation, method, params):
    client = request.getfixturevalue(service)
    getattr(client, method)(**params(demo))
    assert_raw_matches_model(service, operation)


def test_assume_role_with_web_identity_is_unsigned_and_matches_model(emulator):
    sts = emulator.client("sts", access_key="not-a-key", secret_key="not-a-secret")
    answer = sts.assume_role_with_web_identity(
        RoleArn=ROLE_ARN, RoleSessionName="web-session", WebIdentityToken=WEB_IDENTITY_TOKEN, DurationSeconds=900)
    assert_raw_matches_model("sts", "AssumeRoleWithWebIdentity")
    assert answer["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/conformance/web-session"


def test_create_and_stop_answers_match_model(start_emulator):
    client = start_emulator(*STATIC_WORLD).client("personalize")
    solution_arn = personalize_arn("solution/benchmark")
    version_arn = client.create_solution_version(solutionArn=solution_arn, trainingMode="FULL")["solutionVersionArn"]
    assert_raw_matches_model("personalize", "CreateSolutionVersion")
    assert re.fullmatch(re.escape(solution_arn) + r"/[0-9a-f]{8}", version_arn), version_arn
    client.stop_solution_version_creation(solutionVersionArn=version_arn)
    assert_raw_matches_model("personalize", "StopSolutionVersionCreation")


def test_metrics_answer_has_every_metric(personalize, demo):
    answer = personalize.get_solution_metrics(solutionVersionArn=demo.active_version)
    assert answer["solutionVersionArn"] == demo.active_version
    assert set(answer["metrics"]) == METRIC_NAMES
    assert all(0 <= value <= 1 for value in answer["metrics"].values()), answer["metrics"]


# --- ARNs -----------------------------------------------------------------------------------------------------------

def _arn(service, region, resource):
    return rf"arn:aws:{service}:{re.escape(region)}:{ACCOUNT}:{resource}"


def listed_arns(personalize, sagemaker):
    """(arn, expected regex for it) for every resource the lists show."""
    region = personalize.meta.region_name
    pairs = []
    for group in personalize.list_dataset_groups()["datasetGroups"]:
        pairs.append((group["datasetGroupArn"], _arn("personalize", region, "dataset-group/" + re.escape(group["name"]))))
    for solution in personalize.list_solutions()["solutions"]:
        name = re.escape(solution["name"])
        pairs.append((solution["solutionArn"], _arn("personalize", region, "solution/" + name)))
        for version in personalize.list_solution_versions(solutionArn=solution["solutionArn"], maxResults=5)["solutionVersions"]:
            pairs.append((version["solutionVersionArn"], _arn("personalize", region, f"solution/{name}/[0-9a-f]{{8}}")))
    for job in personalize.list_batch_segment_jobs()["batchSegmentJobs"]:
        pairs.append((job["batchSegmentJobArn"], _arn("personalize", region, "batch-segment-job/" + re.escape(job["jobName"]))))
    for job in personalize.list_batch_inference_jobs()["batchInferenceJobs"]:
        pairs.append((job["batchInferenceJobArn"], _arn("personalize", region, "batch-inference-job/" + re.escape(job["jobName"]))))
    for campaign in personalize.list_campaigns()["campaigns"]:
        pairs.append((campaign["campaignArn"], _arn("personalize", region, "campaign/" + re.escape(campaign["name"]))))
    for image in sagemaker.list_images()["Images"]:
        name = re.escape(image["ImageName"])
        pairs.append((image["ImageArn"], _arn("sagemaker", region, "image/" + name)))
        for version in sagemaker.list_image_versions(ImageName=image["ImageName"])["ImageVersions"]:
            pairs.append((version["ImageVersionArn"], _arn("sagemaker", region, f"image-version/{name}/{version['Version']}")))
            assert version["ImageArn"] == image["ImageArn"]
    return pairs


@pytest.mark.parametrize("region", [REGION, OTHER_REGION])
def test_arns_name_the_request_region_and_account(emulator, region):
    pairs = listed_arns(emulator.client("personalize", region=region), emulator.client("sagemaker", region=region))
    kinds = {re.match(r"arn:aws:\w+:[^:]*:\d*:([a-z-]+)", arn).group(1) for arn, _ in pairs}
    assert kinds == {"dataset-group", "solution", "batch-segment-job", "batch-inference-job", "campaign", "image", "image-version"}
    wrong = [(arn, pattern) for arn, pattern in pairs if not re.fullmatch(pattern, arn)]
    assert not wrong, wrong


@pytest.mark.parametrize("region", [REGION, OTHER_REGION])
def test_describe_answers_repeat_the_listed_arns(emulator, region):
    personalize = emulator.client("personalize", region=region)
    solution = personalize.list_solutions()["solutions"][0]
    detail = personalize.describe_solution(solutionArn=solution["solutionArn"])["solution"]
    assert detail["solutionArn"] == solution["solutionArn"]
    assert detail["datasetGroupArn"].startswith(f"arn:aws:personalize:{region}:{ACCOUNT}:dataset-group/")
    assert re.fullmatch(r"arn:aws:personalize:::recipe/[a-z0-9-]+", detail["recipeArn"]), detail["recipeArn"]
    version = personalize.list_solution_versions(solutionArn=solution["solutionArn"])["solutionVersions"][0]
    described = personalize.describe_solution_version(solutionVersionArn=version["solutionVersionArn"])["solutionVersion"]
    assert (described["solutionVersionArn"], described["solutionArn"]) == (version["solutionVersionArn"], solution["solutionArn"])
    campaign = personalize.list_campaigns()["campaigns"][0]
    described = personalize.describe_campaign(campaignArn=campaign["campaignArn"])["campaign"]
    assert described["campaignArn"] == campaign["campaignArn"]
    assert described["solutionVersionArn"].startswith(f"arn:aws:personalize:{region}:{ACCOUNT}:solution/")


def test_an_arn_of_another_region_is_not_found(emulator, demo):
    other = emulator.client("personalize", region=OTHER_REGION)
    arn = demo.solutions[demo.updatable_solution]["solutionArn"]
    assert f":{REGION}:" in arn
    expect_error(other.describe_solution, "ResourceNotFoundException", 400, solutionArn=arn)
    expect_error(other.describe_solution_version, "ResourceNotFoundException", 400, solutionVersionArn=demo.active_version)
