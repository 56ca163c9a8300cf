"""`--rate-limits on`: per-operation token buckets answering each service's throttling error."""

import time

import pytest
from botocore.exceptions import ClientError

READ_BURST = 10  # the emulator's standard read bucket: 10 requests, refilled at 5 a second

# (service, cheap call, throttling code, HTTP status)
THROTTLING = [
    ("personalize", "list_solutions", "LimitExceededException", 400),
    ("sagemaker", "list_images", "ThrottlingException", 400),
    ("sts", "get_caller_identity", "Throttling", 400),
]


@pytest.fixture
def limited(start_emulator):
    return start_emulator("--rate-limits", "on", "--random-seed", "3")


def burst(call, count):
    """Calls `call()` `count` times as fast as possible; returns None for a success or (code, status) per call."""
    outcomes = []
    for _ in range(count):
        try:
            call()
            outcomes.append(None)
        except ClientError as error:
            outcomes.append((error.response["Error"]["Code"], error.response["ResponseMetadata"]["HTTPStatusCode"]))
    return outcomes


@pytest.mark.parametrize("service,method,code,status", THROTTLING, ids=[t[0] for t in THROTTLING])
def test_a_fast_loop_is_throttled_after_the_burst(limited, service, method, code, status):
    call = getattr(limited.client(service), method)
    outcomes = burst(call, READ_BURST + 5)
    assert outcomes[:READ_BURST] == [None] * READ_BURST, outcomes
    refusals = [outcome for outcome in outcomes[READ_BURST:] if outcome is not None]
    assert refusals and set(refusals) == {(code, status)}, outcomes


def test_buckets_are_per_operation_and_refill(limited):
    personalize = limited.client("personalize")
    burst(personalize.list_solutions, READ_BURST + 3)
    assert burst(personalize.list_solutions, 1) == [("LimitExceededException", 400)]
    assert burst(personalize.list_dataset_groups, 1) == [None], "another operation has its own bucket"
    time.sleep(0.6)  # three tokens back at five a second
    assert burst(personalize.list_solutions, 2) == [None, None]


def test_without_rate_limits_nothing_is_throttled(emulator):
    assert burst(emulator.client("personalize").list_solutions, 3 * READ_BURST) == [None] * (3 * READ_BURST)
