"""The `--control` test API: request counts, fault injection, the simulated clock, reset."""

import json
import time

import pytest
from botocore.exceptions import ConnectionError as BotocoreConnectionError
from botocore.exceptions import HTTPClientError, ReadTimeoutError
from botocore.parsers import ResponseParserError

from control_api import ControlAPI
from helpers import BATCH_JOB_STATUSES, collapse_repeats, expect_error, personalize_arn, version_status
from pdash_emulator import ACCOUNT, RESPONSES
from signed_http import signing_clock

BENCHMARK = personalize_arn("solution/benchmark")
# Real time: a new version waits 10 s and trains 90 s, so only the control clock moves it along.
CONTROLLED_WORLD = ("--control", "--rate-limits", "off", "--random-seed", "11", "--versions", "3", "--time-scale", "1")


@pytest.fixture
def controlled(start_emulator):
    return start_emulator(*CONTROLLED_WORLD)


@pytest.fixture
def control(controlled):
    return ControlAPI(controlled.endpoint)


def fault_ids(control):
    return {fault["id"] for fault in control.faults()}


def test_control_api_is_absent_without_the_flag(emulator, personalize):
    api = ControlAPI(emulator.endpoint)
    for method, path, body in [("GET", "requests", None), ("POST", "faults", {"operation": "*", "fault": "http500"}),
                               ("POST", "clock", {"advanceSeconds": 3600}), ("POST", "reset", {})]:
        status, _ = api.call(method, path, body)
        assert 400 <= status < 500, (method, path, status)
    assert personalize.list_solutions(maxResults=1)["solutions"], "the refused fault must not apply"


def test_requests_are_counted_per_operation(controlled, control):
    control.reset_request_counts()
    personalize, sagemaker, sts = (controlled.client(s) for s in ("personalize", "sagemaker", "sts"))
    for _ in range(3):
        personalize.list_solution_versions(maxResults=1)
    sagemaker.list_images()
    sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/counted", RoleSessionName="counted")
    expected = {"total": 5, "operations": {"AmazonPersonalize.ListSolutionVersions": 3, "SageMaker.ListImages": 1,
                                           "STS.AssumeRole": 1}}
    assert control.request_counts() == expected
    assert control.request_counts() == expected, "control requests are not counted"
    control.reset_request_counts()
    assert control.request_counts() == {"total": 0, "operations": {}}


@pytest.mark.parametrize("service,method,operation,code", [
    ("personalize", "list_solution_versions", "ListSolutionVersions", "LimitExceededException"),
    ("personalize", "list_solution_versions", "AmazonPersonalize.ListSolutionVersions", "LimitExceededException"),
    ("sagemaker", "list_images", "SageMaker.ListImages", "ThrottlingException"),
    ("sts", "get_caller_identity", "GetCallerIdentity", "Throttling"),
])
def test_throttle_fault_for_two_requests(controlled, control, service, method, operation, code):
    client = controlled.client(service)
    fault = control.add_fault(operation, "throttle", count=2)
    assert fault in fault_ids(control)
    assert controlled.client("personalize").list_dataset_groups()["datasetGroups"], "other operations are unaffected"
    expect_error(getattr(client, method), code, 400)
    expect_error(getattr(client, method), code, 400)
    getattr(client, method)()
    assert fault not in fault_ids(control), "a used-up fault is no longer listed"


def test_http500_fault_on_every_operation_applies_once(controlled, control):
    control.add_fault("*", "http500")
    sagemaker = controlled.client("sagemaker")
    expect_error(sagemaker.list_images, "InternalFailure", 500)
    assert sagemaker.list_images()["Images"]


def test_http503_without_retries_is_service_unavailable(controlled, control):
    control.add_fault("ListSolutions", "http503")
    expect_error(controlled.client("personalize").list_solutions, "ServiceUnavailable", 503)


def test_http503_is_retried_transparently_by_standard_retries(controlled, control):
    control.reset_request_counts()
    control.add_fault("ListSolutions", "http503")
    retrying = controlled.client("personalize", total_attempts=3)
    assert retrying.list_solutions()["solutions"]
    assert control.request_counts()["operations"] == {"AmazonPersonalize.ListSolutions": 2}


@pytest.mark.malformed_answers
@pytest.mark.parametrize("service,method,operation,result_key", [
    ("personalize", "list_solution_versions", "ListSolutionVersions", "solutionVersions"),
    ("sagemaker", "list_images", "ListImages", "Images"),
])
def test_malformed_json_answer(controlled, control, service, method, operation, result_key):
    control.add_fault(operation, "malformed")
    client = controlled.client(service)
    answer = getattr(client, method)()
    raw = RESPONSES.last(operation)
    assert raw.status == 200 and raw.body
    with pytest.raises(ValueError):
        json.loads(raw.body)
    # botocore's JSON parser does not raise on an unparseable 200: it yields no members at all.
    assert result_key not in answer
    assert result_key in getattr(client, method)(), "the fault applies once"


@pytest.mark.malformed_answers
def test_malformed_xml_answer_is_a_parse_error(controlled, control):
    control.add_fault("STS.GetCallerIdentity", "malformed")
    sts = controlled.client("sts")
    with pytest.raises(ResponseParserError):
        sts.get_caller_identity()
    assert sts.get_caller_identity()["Account"] == ACCOUNT


def test_reset_fault_drops_the_connection(controlled, control):
    control.add_fault("DescribeSolution", "reset")
    personalize = controlled.client("personalize")
    with pytest.raises((BotocoreConnectionError, HTTPClientError)):
        personalize.describe_solution(solutionArn=BENCHMARK)
    assert personalize.describe_solution(solutionArn=BENCHMARK)["solution"]["name"] == "benchmark"


def test_delay_fault_beyond_the_read_timeout(controlled, control):
    control.add_fault("ListImages", "delay", delayMs=1500)
    with pytest.raises(ReadTimeoutError):
        controlled.client("sagemaker", read_timeout=0.5).list_images()


def test_delay_fault_answers_late(controlled, control):
    control.add_fault("ListImages", "delay", delayMs=400)
    started = time.monotonic()
    assert controlled.client("sagemaker").list_images()["Images"]
    assert time.monotonic() - started >= 0.4


def test_fault_for_a_time_window(controlled, control):
    control.add_fault("ListCampaigns", "throttle", seconds=0.5)
    personalize = controlled.client("personalize")
    for _ in range(3):
        expect_error(personalize.list_campaigns, "LimitExceededException", 400)
    time.sleep(0.6)
    assert personalize.list_campaigns()["campaigns"]


def test_faults_are_listed_and_cleared(controlled, control):
    first = control.add_fault("ListSolutions", "http500", count=5)
    second = control.add_fault("*", "throttle", seconds=60)
    assert {first, second} <= fault_ids(control)
    control.clear_faults()
    assert control.faults() == []
    assert controlled.client("personalize").list_solutions()["solutions"]


def test_unknown_fault_kind_is_refused(control):
    status, _ = control.call("POST", "faults", {"operation": "*", "fault": "meltdown"})
    assert status == 400


def test_clock_reads_and_advances(control):
    reading = control.clock()
    assert abs(reading["now"] - time.time()) < 5 and abs(reading["offsetSeconds"]) < 1 and reading["rate"] == 1
    advanced = control.set_clock(advanceSeconds=3600)
    assert abs(advanced["now"] - (time.time() + 3600)) < 5 and abs(advanced["offsetSeconds"] - 3600) < 1
    assert abs(control.clock()["offsetSeconds"] - 3600) < 1
    assert control.set_clock(rate=2)["rate"] == 2


def test_advancing_the_clock_moves_training_forward(controlled, control):
    personalize = controlled.client("personalize")
    version = personalize.create_solution_version(solutionArn=BENCHMARK)["solutionVersionArn"]
    assert version_status(personalize, version) == "CREATE PENDING"
    control.set_clock(advanceSeconds=15)
    assert version_status(personalize, version) == "CREATE IN_PROGRESS"
    control.set_clock(advanceSeconds=100)
    assert version_status(personalize, version) == "ACTIVE"


def test_clock_rate_speeds_up_time(controlled, control):
    personalize = controlled.client("personalize")
    version = personalize.create_solution_version(solutionArn=BENCHMARK)["solutionVersionArn"]
    control.set_clock(rate=50)
    time.sleep(0.5)  # 25 simulated seconds: past the 10 s wait
    assert version_status(personalize, version) == "CREATE IN_PROGRESS"


def test_signature_skew_keeps_using_the_wall_clock(controlled, control):
    control.set_clock(advanceSeconds=3600)
    personalize = controlled.client("personalize")
    assert personalize.list_solutions()["solutions"], "a request signed at wall-clock time is still accepted"
    with signing_clock(3600):
        response = expect_error(personalize.list_solutions, "InvalidSignatureException", 403)
    assert "Signature expired" in response["Error"]["Message"]


@pytest.mark.parametrize("service,method,code", [
    ("personalize", "list_solutions", "ExpiredTokenException"),
    ("sagemaker", "list_images", "ExpiredTokenException"),
    ("sts", "get_caller_identity", "ExpiredToken"),
])
def test_temporary_credentials_expire_with_the_clock(controlled, control, service, method, code):
    credentials = controlled.client("sts").assume_role(
        RoleArn=f"arn:aws:iam::{ACCOUNT}:role/expiring", RoleSessionName="expiring", DurationSeconds=900)["Credentials"]
    client = controlled.client(service, access_key=credentials["AccessKeyId"], secret_key=credentials["SecretAccessKey"],
                               session_token=credentials["SessionToken"])
    getattr(client, method)()
    control.set_clock(advanceSeconds=901)
    expect_error(getattr(client, method), code, 400)


def test_batch_jobs_move_through_their_states_with_the_clock(controlled, control):
    personalize = controlled.client("personalize")

    def statuses():
        jobs = personalize.list_batch_segment_jobs()["batchSegmentJobs"]
        return {job["jobName"]: job["status"] for job in jobs}

    pending = [name for name, status in statuses().items() if status == "PENDING"]
    assert pending, statuses()
    seen = [statuses()[pending[0]]]
    for step in (15, 30, 60):  # at time scale 1 the seed's live job waits until 10 s after start, then runs a minute
        control.set_clock(advanceSeconds=step)
        seen.append(statuses()[pending[0]])
    assert set(seen) <= BATCH_JOB_STATUSES
    assert collapse_repeats(seen) == ["PENDING", "IN PROGRESS", "ACTIVE"], seen


def test_reset_restores_the_seed_and_clears_everything(controlled, control):
    personalize = controlled.client("personalize")
    similar_items = personalize_arn("solution/similar-items")

    def versions(solution_arn):
        return [v["solutionVersionArn"] for v in personalize.list_solution_versions(solutionArn=solution_arn)["solutionVersions"]]

    seeded = versions(similar_items)
    benchmark_count = len(versions(BENCHMARK))
    created = personalize.create_solution_version(solutionArn=similar_items)["solutionVersionArn"]
    assert versions(similar_items) == [created] + seeded
    control.add_fault("ListImages", "http500", count=3)
    control.set_clock(advanceSeconds=7200)
    control.reset()
    assert control.faults() == []
    assert control.request_counts() == {"total": 0, "operations": {}}
    assert abs(control.clock()["offsetSeconds"]) < 1
    expect_error(personalize.describe_solution_version, "ResourceNotFoundException", 400, solutionVersionArn=created)
    assert versions(similar_items) == seeded
    assert len(versions(BENCHMARK)) == benchmark_count
    assert controlled.client("sagemaker").list_images()["Images"]
