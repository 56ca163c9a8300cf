"""Fixtures: emulator processes, boto3 clients, and checks every recorded response must pass."""

import json
import types
import xml.etree.ElementTree as ElementTree

import pytest

from model_shapes import error_message_key, json_output_problems, query_output_problems
from pdash_emulator import RESPONSES, STATIC_WORLD, Emulator


@pytest.fixture(scope="session", autouse=True)
def isolated_aws_environment(tmp_path_factory):
    """No user configuration, profile, endpoint or retry setting may leak into the clients under test."""
    folder = tmp_path_factory.mktemp("aws-config")
    (folder / "config").write_text("")
    (folder / "credentials").write_text("")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                     "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_PERSONALIZE",
                     "AWS_ENDPOINT_URL_SAGEMAKER", "AWS_ENDPOINT_URL_STS", "AWS_RETRY_MODE", "AWS_MAX_ATTEMPTS",
                     "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_DEFAULT_REGION", "AWS_REGION"):
            patch.delenv(name, raising=False)
        patch.setenv("AWS_CONFIG_FILE", str(folder / "config"))
        patch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(folder / "credentials"))
        patch.setenv("AWS_EC2_METADATA_DISABLED", "true")
        yield folder


@pytest.fixture(scope="session")
def emulator():
    """The shared emulator: demo seed plus a 250-version `benchmark` solution, no rate limits, time nearly frozen."""
    process = Emulator(*STATIC_WORLD)
    yield process
    process.stop()


@pytest.fixture
def start_emulator():
    """Starts emulators with special options for one test; stops them afterwards."""
    started = []

    def start(*args):
        process = Emulator(*args)
        started.append(process)
        return process

    yield start
    for process in started:
        process.stop()


@pytest.fixture(scope="session")
def personalize(emulator):
    return emulator.client("personalize")


@pytest.fixture(scope="session")
def sagemaker(emulator):
    return emulator.client("sagemaker")


@pytest.fixture(scope="session")
def sts(emulator):
    return emulator.client("sts")


@pytest.fixture(scope="session")
def unchecked_personalize(emulator):
    """No client-side parameter validation, so invalid input reaches the emulator."""
    return emulator.client("personalize", validate=False)


@pytest.fixture(scope="session")
def unchecked_sagemaker(emulator):
    return emulator.client("sagemaker", validate=False)


@pytest.fixture(scope="session")
def demo(personalize, sagemaker):
    """What the demo seed holds, discovered through the API rather than hard-coded."""
    solutions = {s["name"]: s for s in personalize.list_solutions(maxResults=100)["solutions"]}
    versions = personalize.list_solution_versions(maxResults=100)["solutionVersions"]

    def version_with(status, solution=None):
        for version in versions:
            if version["status"] == status and (solution is None or f"solution/{solution}/" in version["solutionVersionArn"]):
                return version["solutionVersionArn"]
        raise AssertionError(f"the demo seed has no {status} version" + (f" of {solution}" if solution else ""))

    updatable = [n for n, s in solutions.items() if "user-personalization" in s["recipeArn"] and n != "benchmark"]
    not_updatable = [n for n, s in solutions.items()
                     if not any(r in s["recipeArn"] for r in ("user-personalization", "hrnn-coldstart"))]
    assert updatable and not_updatable, solutions
    return types.SimpleNamespace(
        solutions=solutions,
        updatable_solution=updatable[0],
        not_updatable_solution=sorted(not_updatable)[0],
        active_version=version_with("ACTIVE"),
        failed_version=version_with("CREATE FAILED"),
        dataset_groups=personalize.list_dataset_groups(maxResults=100)["datasetGroups"],
        campaigns=personalize.list_campaigns(maxResults=100)["campaigns"],
        segment_jobs=personalize.list_batch_segment_jobs(maxResults=100)["batchSegmentJobs"],
        inference_jobs=personalize.list_batch_inference_jobs(maxResults=100)["batchInferenceJobs"],
        images=sagemaker.list_images(MaxResults=100)["Images"],
    )


def pytest_configure(config):
    config.addinivalue_line("markers", "malformed_answers: the test makes the emulator send unparseable 200 answers")


def _problems(entry, allow_malformed):
    problems = []
    if entry.status == 200 and not allow_malformed:
        checker = query_output_problems if entry.service == "sts" else json_output_problems
        try:
            problems.extend(checker(entry.service, entry.operation, entry.body))
        except (ValueError, ElementTree.ParseError) as error:
            problems.append(f"{entry.operation}: the 200 answer does not parse: {error}")
    for header in ("x-amzn-requestid", "date"):
        if not entry.headers.get(header):
            problems.append(f"{entry.operation} ({entry.status}): no {header} header")
    content_type = entry.headers.get("content-type", "")
    if entry.status >= 400 and "json" in content_type:
        try:
            document = json.loads(entry.body)
        except ValueError:
            return problems + [f"{entry.operation} ({entry.status}): error body is not JSON: {entry.body[:200]!r}"]
        message_key = error_message_key(entry.service, document.get("__type", ""))
        expected = {"__type", message_key}
        if set(document) != expected or not isinstance(document[message_key], str):
            problems.append(f"{entry.operation} ({entry.status}): error body {document} is not exactly {sorted(expected)}")
    return problems


@pytest.fixture(autouse=True)
def every_response_is_well_formed(request):
    """Every response any test received through boto3 has x-amzn-RequestId and Date headers and a request id of its
    own; every 200 answer matches botocore's output shape (no unknown member, right types, enums, epoch-second
    timestamps, required members); every JSON error body is exactly {"__type": ..., "message": ...}."""
    start = len(RESPONSES.entries)
    yield
    recorded = RESPONSES.entries[start:]
    allow_malformed = request.node.get_closest_marker("malformed_answers") is not None
    problems = [problem for entry in recorded for problem in _problems(entry, allow_malformed)]
    ids = [entry.headers.get("x-amzn-requestid") for entry in recorded if entry.headers.get("x-amzn-requestid")]
    if len(ids) != len(set(ids)):
        problems.append("a request id was reused across responses")
    assert not problems, "\n".join(problems)
