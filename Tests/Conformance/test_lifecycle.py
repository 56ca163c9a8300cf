"""Training lifecycles under a fast time scale: create, train, stop, update, metrics; image builds; batch job states."""

import pytest

from helpers import (BATCH_JOB_STATUSES, METRIC_NAMES, TRAINING, collapse_repeats, expect_error, personalize_arn,
                     status_history, version_status, wait_until)

BENCHMARK = personalize_arn("solution/benchmark")  # aws-user-personalization-v2, three finished versions, no schedule
FINISHED = {"ACTIVE", "CREATE FAILED", "CREATE STOPPED"}


def fast_world(time_scale):
    """At 100x a new version waits 0.1 s and trains 0.9 s (FULL) or 0.4 s (UPDATE); stopping takes 0.1 s."""
    return ("--rate-limits", "off", "--random-seed", "7", "--versions", "3", "--time-scale", str(time_scale))


@pytest.fixture
def fast(start_emulator):
    return start_emulator(*fast_world(100))


@pytest.fixture
def fast_personalize(fast):
    return fast.client("personalize")


def describe(client, version_arn):
    return client.describe_solution_version(solutionVersionArn=version_arn)["solutionVersion"]


def test_full_training_goes_pending_then_in_progress_then_active(start_emulator):
    client = start_emulator(*fast_world(50)).client("personalize")  # 0.2 s pending, 1.8 s training
    version_arn = client.create_solution_version(solutionArn=BENCHMARK, trainingMode="FULL")["solutionVersionArn"]
    pending = describe(client, version_arn)
    assert (pending["status"], pending["trainingMode"], pending["solutionArn"]) == ("CREATE PENDING", "FULL", BENCHMARK)
    assert "trainingHours" not in pending
    metric_errors = []

    def metrics_while_training(status):
        if status in TRAINING and not metric_errors:
            metric_errors.append(expect_error(client.get_solution_metrics, "ResourceInUseException", 400,
                                              solutionVersionArn=version_arn))

    history = status_history(client, version_arn, FINISHED, on_status=metrics_while_training)
    assert collapse_repeats([pending["status"]] + history) == ["CREATE PENDING", "CREATE IN_PROGRESS", "ACTIVE"], history
    assert metric_errors, "GetSolutionMetrics was never tried while training"
    active = describe(client, version_arn)
    assert active["trainingHours"] > 0
    assert active["lastUpdatedDateTime"] > active["creationDateTime"] == pending["creationDateTime"]
    metrics = client.get_solution_metrics(solutionVersionArn=version_arn)
    assert metrics["solutionVersionArn"] == version_arn
    assert set(metrics["metrics"]) == METRIC_NAMES
    assert all(isinstance(value, float) and 0 < value < 1 for value in metrics["metrics"].values())
    newest = client.list_solution_versions(solutionArn=BENCHMARK, maxResults=1)["solutionVersions"][0]
    assert (newest["solutionVersionArn"], newest["status"], newest["trainingType"]) == (version_arn, "ACTIVE", "MANUAL")


def test_stop_during_training_goes_stopping_then_stopped(start_emulator):
    client = start_emulator(*fast_world(20)).client("personalize")  # stopping lasts half a second
    version_arn = client.create_solution_version(solutionArn=BENCHMARK)["solutionVersionArn"]
    wait_until(lambda: version_status(client, version_arn) == "CREATE IN_PROGRESS", what="training to start")
    assert client.stop_solution_version_creation(solutionVersionArn=version_arn)["ResponseMetadata"]["HTTPStatusCode"] == 200
    history = status_history(client, version_arn, FINISHED)
    assert history == ["CREATE STOPPING", "CREATE STOPPED"], history
    expect_error(client.stop_solution_version_creation, "ResourceInUseException", 400, solutionVersionArn=version_arn)
    expect_error(client.get_solution_metrics, "ResourceInUseException", 400, solutionVersionArn=version_arn)


def test_stop_while_pending_goes_straight_to_stopped(start_emulator):
    client = start_emulator(*fast_world(20)).client("personalize")  # half a second of CREATE PENDING
    version_arn = client.create_solution_version(solutionArn=BENCHMARK)["solutionVersionArn"]
    assert version_status(client, version_arn) == "CREATE PENDING"
    client.stop_solution_version_creation(solutionVersionArn=version_arn)
    assert version_status(client, version_arn) == "CREATE STOPPED"


def test_stopping_is_not_stoppable_again(start_emulator):
    client = start_emulator(*fast_world(20)).client("personalize")  # stopping lasts half a second
    version_arn = client.create_solution_version(solutionArn=BENCHMARK)["solutionVersionArn"]
    wait_until(lambda: version_status(client, version_arn) == "CREATE IN_PROGRESS", what="training to start")
    client.stop_solution_version_creation(solutionVersionArn=version_arn)
    assert version_status(client, version_arn) == "CREATE STOPPING"
    expect_error(client.stop_solution_version_creation, "ResourceInUseException", 400, solutionVersionArn=version_arn)
    expect_error(client.create_solution_version, "ResourceInUseException", 400, solutionArn=BENCHMARK)


def test_one_training_per_solution_at_a_time(fast, fast_personalize):
    client = fast_personalize
    first = client.create_solution_version(solutionArn=BENCHMARK)["solutionVersionArn"]
    response = expect_error(client.create_solution_version, "ResourceInUseException", 400, solutionArn=BENCHMARK)
    assert response["Error"]["Message"]
    other = client.create_solution_version(solutionArn=personalize_arn("solution/similar-items"))["solutionVersionArn"]
    assert other.startswith(personalize_arn("solution/similar-items/"))
    status_history(client, first, FINISHED)
    second = client.create_solution_version(solutionArn=BENCHMARK)["solutionVersionArn"]
    assert second != first


def test_update_training_after_an_active_full_version(fast_personalize):
    client = fast_personalize
    full = client.create_solution_version(solutionArn=BENCHMARK, trainingMode="FULL")["solutionVersionArn"]
    expect_error(client.create_solution_version, "ResourceInUseException", 400, solutionArn=BENCHMARK, trainingMode="UPDATE")
    assert status_history(client, full, FINISHED)[-1] == "ACTIVE"
    update = client.create_solution_version(solutionArn=BENCHMARK, trainingMode="UPDATE")["solutionVersionArn"]
    history = status_history(client, update, FINISHED)
    assert history[-1] == "ACTIVE" and "CREATE IN_PROGRESS" in history, history
    detail = describe(client, update)
    assert detail["trainingMode"] == "UPDATE" and detail["trainingHours"] > 0


def test_version_names_are_unique_within_a_solution(fast_personalize):
    client = fast_personalize
    named = client.create_solution_version(solutionArn=BENCHMARK, name="nightly-1")["solutionVersionArn"]
    assert describe(client, named)["name"] == "nightly-1"
    status_history(client, named, FINISHED)
    expect_error(client.create_solution_version, "ResourceAlreadyExistsException", 400, solutionArn=BENCHMARK, name="nightly-1")


def test_image_version_builds_from_creating_to_created(start_emulator):
    sagemaker = start_emulator(*fast_world(20)).client("sagemaker")  # the demo's newest image version builds 2.25 s
    versions = sagemaker.list_image_versions(ImageName="recs-feature-pipeline", SortBy="VERSION", SortOrder="DESCENDING")
    newest = versions["ImageVersions"][0]
    assert (newest["Version"], newest["ImageVersionStatus"]) == (4, "CREATING")
    assert "FailureReason" not in newest

    def built():
        answer = sagemaker.describe_image_version(ImageName="recs-feature-pipeline", Version=4)
        return answer if answer["ImageVersionStatus"] != "CREATING" else None

    done = wait_until(built, timeout=10, interval=0.05, what="image version 4 to build")
    assert done["ImageVersionStatus"] == "CREATED" and "FailureReason" not in done
    assert done["LastModifiedTime"] > newest["LastModifiedTime"]
    latest = sagemaker.describe_image_version(ImageName="recs-feature-pipeline")
    assert latest["Version"] == 4, "without Version, DescribeImageVersion answers the latest"


def test_failed_image_version_has_a_failure_reason(sagemaker):
    versions = sagemaker.list_image_versions(ImageName="recs-feature-pipeline")["ImageVersions"]
    failed = [v for v in versions if v["ImageVersionStatus"] == "CREATE_FAILED"]
    assert failed and all(v["FailureReason"] for v in failed)
    detail = sagemaker.describe_image_version(ImageName="recs-feature-pipeline", Version=failed[0]["Version"])
    assert detail["FailureReason"] == failed[0]["FailureReason"]


def test_seeded_batch_jobs_start_in_every_settled_state(start_emulator):
    personalize = start_emulator(*fast_world(1)).client("personalize")
    segment = personalize.list_batch_segment_jobs()["batchSegmentJobs"]
    inference = personalize.list_batch_inference_jobs()["batchInferenceJobs"]
    statuses = {job["status"] for job in segment + inference}
    assert statuses <= BATCH_JOB_STATUSES
    assert {"PENDING", "ACTIVE", "CREATE FAILED"} <= statuses, statuses
    for job in segment:
        detail = personalize.describe_batch_segment_job(batchSegmentJobArn=job["batchSegmentJobArn"])["batchSegmentJob"]
        assert detail["status"] == job["status"]
        assert bool(detail.get("failureReason")) == (job["status"] == "CREATE FAILED")
        assert detail["jobInput"]["s3DataSource"]["path"].startswith("s3://")
