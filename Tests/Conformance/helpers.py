"""Assertions and small utilities shared by the conformance tests."""

import time

import pytest
from botocore.exceptions import ClientError

from pdash_emulator import ACCOUNT, REGION

SOLUTION_VERSION_STATUSES = {
    "CREATE PENDING", "CREATE IN_PROGRESS", "ACTIVE", "CREATE FAILED", "CREATE STOPPING", "CREATE STOPPED"}
BATCH_JOB_STATUSES = {"PENDING", "IN PROGRESS", "ACTIVE", "CREATE FAILED"}
TRAINING = {"CREATE PENDING", "CREATE IN_PROGRESS", "CREATE STOPPING"}
METRIC_NAMES = {
    "coverage", "mean_reciprocal_rank_at_25",
    "normalized_discounted_cumulative_gain_at_5", "normalized_discounted_cumulative_gain_at_10",
    "normalized_discounted_cumulative_gain_at_25", "precision_at_5", "precision_at_10", "precision_at_25",
}


def personalize_arn(resource, region=REGION):
    return f"arn:aws:personalize:{region}:{ACCOUNT}:{resource}"


def sagemaker_arn(resource, region=REGION):
    return f"arn:aws:sagemaker:{region}:{ACCOUNT}:{resource}"


def expect_error(call, code, status, **params):
    """Calls `call(**params)`, asserts a ClientError with exactly this code and HTTP status; returns its response."""
    with pytest.raises(ClientError) as raised:
        call(**params)
    response = raised.value.response
    got = (response["Error"].get("Code"), response["ResponseMetadata"]["HTTPStatusCode"])
    assert got == (code, status), f"expected {code} / {status}, got {got}: {response['Error']}"
    return response


def assert_raw_json_error(response, code, status, message_key="message"):
    """A hand-sent request's answer: this status, x-amzn-RequestId and Date headers, body exactly {__type, message}."""
    assert response.status == status, (response.status, response.body)
    assert response.headers.get("x-amzn-requestid") and response.headers.get("date"), response.headers
    document = response.json()
    assert set(document) == {"__type", message_key} and document["__type"] == code, document
    assert isinstance(document[message_key], str) and document[message_key], document
    return document[message_key]


def error_code(call, **params):
    """The error code `call(**params)` fails with (the call must fail)."""
    with pytest.raises(ClientError) as raised:
        call(**params)
    return raised.value.response["Error"]["Code"]


def wait_until(probe, timeout=15.0, interval=0.02, what="condition"):
    """Polls `probe()` until it returns something truthy; returns that value."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


def collapse_repeats(statuses):
    """[a, a, b, b, a] -> [a, b, a]: the transitions a sequence of polls observed."""
    return [status for index, status in enumerate(statuses) if index == 0 or statuses[index - 1] != status]


def version_status(personalize, version_arn):
    return personalize.describe_solution_version(solutionVersionArn=version_arn)["solutionVersion"]["status"]


def status_history(personalize, version_arn, final_statuses, timeout=20.0, interval=0.01, on_status=None):
    """Polls DescribeSolutionVersion until the status is one of `final_statuses`; returns the distinct statuses seen,
    in order. `on_status(status)` runs after every poll (to act at a given point of the lifecycle)."""
    seen = []

    def poll():
        status = version_status(personalize, version_arn)
        if not seen or seen[-1] != status:
            seen.append(status)
        if on_status is not None:
            on_status(status)
        return status in final_statuses

    wait_until(poll, timeout=timeout, interval=interval, what=f"{version_arn} to reach {sorted(final_statuses)}")
    return seen


def drain_pages(call, result_key, token_key, limit_key, page_size, **params):
    """Follows next tokens by hand; returns (items, number of pages)."""
    items, pages, token = [], 0, None
    while True:
        request = dict(params, **{limit_key: page_size})
        if token:
            request[token_key] = token
        page = call(**request)
        pages += 1
        items.extend(page[result_key])
        token = page.get(token_key)
        if not token:
            return items, pages
