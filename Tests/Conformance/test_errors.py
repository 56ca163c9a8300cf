"""Authentication, protocol and input errors: exact codes, HTTP statuses and bodies."""

import pytest
from botocore.exceptions import ClientError

from helpers import assert_raw_json_error, expect_error, personalize_arn
from model_shapes import COVERED_OPERATIONS, snake
from pdash_emulator import DEMO_ACCESS_KEY
from signed_http import operation_request, send, signed_json_request, signing_clock

SIGNED_OPERATIONS = [(service, op) for service, ops in COVERED_OPERATIONS.items() for op in ops
                     if op != "AssumeRoleWithWebIdentity"]  # the one unsigned operation
# STS (Query protocol) spells the authentication errors its own way.
AUTH_CODES = {
    "unknown key": {"personalize": "UnrecognizedClientException", "sagemaker": "UnrecognizedClientException",
                    "sts": "InvalidClientTokenId"},
    "bad signature": {"personalize": "InvalidSignatureException", "sagemaker": "InvalidSignatureException",
                      "sts": "SignatureDoesNotMatch"},
}
CHEAP_CALL = {"personalize": "list_solutions", "sagemaker": "list_images", "sts": "get_caller_identity"}
MISSING_VERSION = personalize_arn("solution/similar-items/ffffffff")


@pytest.mark.parametrize("service,operation", SIGNED_OPERATIONS, ids=[op for _, op in SIGNED_OPERATIONS])
def test_unknown_access_key_is_unrecognized(emulator, service, operation):
    client = emulator.client(service, access_key="AKIDUNKNOWN0000000", validate=False)
    expect_error(getattr(client, snake(operation)), AUTH_CODES["unknown key"][service], 403)


@pytest.mark.parametrize("service,operation", SIGNED_OPERATIONS, ids=[op for _, op in SIGNED_OPERATIONS])
def test_wrong_secret_is_an_invalid_signature(emulator, service, operation):
    client = emulator.client(service, secret_key="not-the-secret", validate=False)
    response = expect_error(getattr(client, snake(operation)), AUTH_CODES["bad signature"][service], 403)
    assert "signature" in response["Error"]["Message"].lower()


@pytest.mark.parametrize("service", ["personalize", "sagemaker", "sts"])
@pytest.mark.parametrize("skew_seconds", [6 * 60, -6 * 60, 24 * 3600])
def test_clock_skew_over_five_minutes_means_signature_expired(emulator, service, skew_seconds):
    call = getattr(emulator.client(service), CHEAP_CALL[service])
    with signing_clock(skew_seconds):
        response = expect_error(call, AUTH_CODES["bad signature"][service], 403)
    assert "Signature expired" in response["Error"]["Message"], response["Error"]["Message"]


@pytest.mark.parametrize("skew_seconds", [4 * 60, -4 * 60])
def test_clock_skew_within_five_minutes_is_accepted(personalize, skew_seconds):
    with signing_clock(skew_seconds):
        assert personalize.list_solutions(maxResults=1)["solutions"]


def test_skewed_signature_is_also_rejected_when_sent_by_hand(emulator):
    answer = signed_json_request(emulator.endpoint, "personalize", "AmazonPersonalize.ListSolutions", {}, skew_seconds=-3600)
    assert "Signature expired" in assert_raw_json_error(answer, "InvalidSignatureException", 403)


def test_unsigned_request_is_missing_its_token(emulator):
    answer = send(emulator.endpoint, headers={"Content-Type": "application/x-amz-json-1.1",
                                              "X-Amz-Target": "AmazonPersonalize.ListSolutions"}, body=b"{}")
    assert_raw_json_error(answer, "MissingAuthenticationTokenException", 403)


def test_signature_scoped_to_another_service_is_invalid(emulator):
    answer = signed_json_request(emulator.endpoint, "sagemaker", "AmazonPersonalize.ListSolutions", {})
    assert_raw_json_error(answer, "InvalidSignatureException", 403)


@pytest.mark.parametrize("target", ["AmazonPersonalize.DeleteEverything", "SageMaker.ListPipelines",
                                    "AmazonPersonalize.", "Nonexistent_20990101.Anything"])
def test_unknown_target_is_an_unknown_operation(emulator, target):
    service = "sagemaker" if target.startswith("SageMaker") else "personalize"
    answer = signed_json_request(emulator.endpoint, service, target, {})
    assert_raw_json_error(answer, "UnknownOperationException", 400)


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'{"maxResults": "ten"}', b'{"solutionArn": 7}'])
def test_unreadable_body_is_a_serialization_error(emulator, body):
    answer = signed_json_request(emulator.endpoint, "personalize", "AmazonPersonalize.ListSolutionVersions", body)
    assert_raw_json_error(answer, "SerializationException", 400)


def test_sagemaker_serialization_error(emulator):
    answer = operation_request(emulator.endpoint, "sagemaker", "ListImages", {"MaxResults": "ten"})
    assert_raw_json_error(answer, "SerializationException", 400)


def test_error_answer_carries_request_id_in_metadata(personalize):
    with pytest.raises(ClientError) as raised:
        personalize.describe_solution_version(solutionVersionArn=MISSING_VERSION)
    metadata = raised.value.response["ResponseMetadata"]
    assert metadata["RequestId"] and metadata["RequestId"] == metadata["HTTPHeaders"]["x-amzn-requestid"]
    assert raised.value.response["Error"]["Message"]


# --- Personalize input validation ------------------------------------------------------------------------------------

@pytest.mark.parametrize("operation,member", [
    ("DescribeSolution", "solutionArn"), ("DescribeSolutionVersion", "solutionVersionArn"),
    ("DescribeRecipe", "recipeArn"), ("DescribeCampaign", "campaignArn"),
    ("DescribeBatchSegmentJob", "batchSegmentJobArn"), ("DescribeBatchInferenceJob", "batchInferenceJobArn"),
    ("CreateSolutionVersion", "solutionArn"), ("StopSolutionVersionCreation", "solutionVersionArn"),
    ("GetSolutionMetrics", "solutionVersionArn"),
])
@pytest.mark.parametrize("value", [None, "not-an-arn", "arn:aws:s3:::bucket/key", "arn:aws:personalize:eu-west-1:1:" + "x" * 260])
def test_missing_or_malformed_arn_is_invalid_input(unchecked_personalize, operation, member, value):
    params = {} if value is None else {member: value}
    response = expect_error(getattr(unchecked_personalize, snake(operation)), "InvalidInputException", 400, **params)
    assert member in response["Error"]["Message"]


@pytest.mark.parametrize("operation", ["ListSolutions", "ListSolutionVersions", "ListCampaigns",
                                       "ListBatchSegmentJobs", "ListBatchInferenceJobs"])
@pytest.mark.parametrize("max_results", [0, 101, -1])
def test_max_results_outside_1_to_100_is_invalid_input(unchecked_personalize, operation, max_results):
    expect_error(getattr(unchecked_personalize, snake(operation)), "InvalidInputException", 400, maxResults=max_results)


@pytest.mark.parametrize("max_results", [1, 100])
def test_max_results_bounds_are_accepted(personalize, max_results):
    assert len(personalize.list_solution_versions(maxResults=max_results)["solutionVersions"]) == max_results


@pytest.mark.parametrize("params", [
    {"trainingMode": "PARTIAL"}, {"trainingMode": "full"}, {"name": "bad name!"}, {"name": "-leading-dash"},
    {"name": "x" * 64},
])
def test_create_with_invalid_members_is_invalid_input(unchecked_personalize, demo, params):
    solution_arn = demo.solutions[demo.not_updatable_solution]["solutionArn"]
    expect_error(unchecked_personalize.create_solution_version, "InvalidInputException", 400, solutionArn=solution_arn, **params)


def test_update_on_a_recipe_without_incremental_training_is_invalid_input(personalize, demo):
    solution_arn = demo.solutions[demo.not_updatable_solution]["solutionArn"]
    response = expect_error(personalize.create_solution_version, "InvalidInputException", 400,
                            solutionArn=solution_arn, trainingMode="UPDATE")
    assert "UPDATE" in response["Error"]["Message"]


def test_more_than_200_tags_is_too_many(unchecked_personalize, demo):
    tags = [{"tagKey": f"k{i}", "tagValue": "v"} for i in range(201)]
    expect_error(unchecked_personalize.create_solution_version, "TooManyTagsException", 400,
                 solutionArn=demo.solutions[demo.not_updatable_solution]["solutionArn"], tags=tags)


@pytest.mark.parametrize("operation,member,arn", [
    ("DescribeSolution", "solutionArn", personalize_arn("solution/no-such-solution")),
    ("ListSolutionVersions", "solutionArn", personalize_arn("solution/no-such-solution")),
    ("CreateSolutionVersion", "solutionArn", personalize_arn("solution/no-such-solution")),
    ("DescribeSolutionVersion", "solutionVersionArn", MISSING_VERSION),
    ("DescribeSolutionVersion", "solutionVersionArn", personalize_arn("solution/no-such-solution/ffffffff")),
    ("DescribeSolutionVersion", "solutionVersionArn", personalize_arn("solution/similar-items").replace("111122223333", "999999999999") + "/ffffffff"),
    ("StopSolutionVersionCreation", "solutionVersionArn", MISSING_VERSION),
    ("GetSolutionMetrics", "solutionVersionArn", MISSING_VERSION),
    ("DescribeRecipe", "recipeArn", "arn:aws:personalize:::recipe/aws-no-such-recipe"),
    ("DescribeCampaign", "campaignArn", personalize_arn("campaign/no-such-campaign")),
    ("DescribeBatchSegmentJob", "batchSegmentJobArn", personalize_arn("batch-segment-job/no-such-job")),
    ("DescribeBatchInferenceJob", "batchInferenceJobArn", personalize_arn("batch-inference-job/no-such-job")),
])
def test_missing_resource_is_not_found(personalize, operation, member, arn):
    expect_error(getattr(personalize, snake(operation)), "ResourceNotFoundException", 400, **{member: arn})


def test_metrics_of_a_version_that_is_not_active(personalize, demo):
    expect_error(personalize.get_solution_metrics, "ResourceInUseException", 400, solutionVersionArn=demo.failed_version)


def test_stopping_an_active_version_is_resource_in_use(personalize, demo):
    expect_error(personalize.stop_solution_version_creation, "ResourceInUseException", 400,
                 solutionVersionArn=demo.active_version)


# --- SageMaker ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["-leading-dash", "double..dot", "under_score", "x" * 64, ""])
@pytest.mark.parametrize("operation", ["ListImageVersions", "DescribeImageVersion"])
def test_bad_image_name_is_a_validation_error(unchecked_sagemaker, operation, name):
    expect_error(getattr(unchecked_sagemaker, snake(operation)), "ValidationException", 400, ImageName=name)


@pytest.mark.parametrize("operation", ["ListImageVersions", "DescribeImageVersion"])
def test_missing_image_name_is_a_validation_error(unchecked_sagemaker, operation):
    expect_error(getattr(unchecked_sagemaker, snake(operation)), "ValidationException", 400)


@pytest.mark.parametrize("params", [{"MaxResults": 0}, {"MaxResults": 101}, {"SortBy": "SIZE"}, {"SortOrder": "UP"}])
def test_bad_list_images_input_is_a_validation_error(unchecked_sagemaker, params):
    expect_error(unchecked_sagemaker.list_images, "ValidationException", 400, **params)


def test_describe_image_version_with_negative_version(unchecked_sagemaker, demo):
    expect_error(unchecked_sagemaker.describe_image_version, "ValidationException", 400,
                 ImageName=demo.images[0]["ImageName"], Version=-1)


@pytest.mark.parametrize("operation,params", [
    ("ListImageVersions", {"ImageName": "no-such-image"}),
    ("DescribeImageVersion", {"ImageName": "no-such-image"}),
    ("DescribeImageVersion", {"ImageName": "recs-feature-pipeline", "Version": 99}),
])
def test_missing_image_is_resource_not_found(sagemaker, operation, params):
    response = expect_error(getattr(sagemaker, snake(operation)), "ResourceNotFound", 400, **params)
    assert response["Error"]["Message"]  # from the model's capitalised `Message` member


def test_demo_key_is_the_default(sts):
    assert sts.get_caller_identity()["Arn"].endswith(f":user/{DEMO_ACCESS_KEY}")
