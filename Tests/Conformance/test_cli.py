"""The AWS CLI against the emulator, as a user would run it (no user configuration leaks in)."""

import importlib.util
import json
import os
import shutil
import subprocess
import sys

import pytest

from helpers import drain_pages, personalize_arn
from pdash_emulator import DEMO_ACCESS_KEY, DEMO_SECRET_KEY, REGION, emulator_binary

BENCHMARK = personalize_arn("solution/benchmark")
CLI_SERVICE_ERROR_EXITS = {254, 255}  # v2 answers a service error with 254, v1 with 255


def aws_cli_command():
    """`aws`, or the pip-installed CLI's module when its script is not on PATH."""
    if shutil.which("aws"):
        return [shutil.which("aws")]
    if importlib.util.find_spec("awscli") is not None:
        return [sys.executable, "-m", "awscli"]
    raise AssertionError("the AWS CLI is not installed (.ci/run installs it with pip)")


@pytest.fixture(scope="module")
def aws(emulator, isolated_aws_environment):
    command = aws_cli_command()
    env = dict(os.environ, AWS_ACCESS_KEY_ID=DEMO_ACCESS_KEY, AWS_SECRET_ACCESS_KEY=DEMO_SECRET_KEY, AWS_PAGER="",
               AWS_CONFIG_FILE=str(isolated_aws_environment / "config"),
               AWS_SHARED_CREDENTIALS_FILE=str(isolated_aws_environment / "credentials"))

    def run(*args, secret=None):
        run_env = dict(env, AWS_SECRET_ACCESS_KEY=secret) if secret else env
        return subprocess.run(
            [*command, *args, "--endpoint-url", emulator.endpoint, "--region", REGION, "--output", "json"],
            env=run_env, capture_output=True, text=True, timeout=60)

    return run


def parse(result):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def benchmark_arns(personalize):
    versions, _ = drain_pages(personalize.list_solution_versions, "solutionVersions", "nextToken", "maxResults", 100,
                              solutionArn=BENCHMARK)
    return [version["solutionVersionArn"] for version in versions]


def test_list_solution_versions_prints_every_version(aws, benchmark_arns):
    listed = parse(aws("personalize", "list-solution-versions", "--solution-arn", BENCHMARK))
    versions = listed["solutionVersions"]
    assert [v["solutionVersionArn"] for v in versions] == benchmark_arns
    for version in versions:
        assert version["status"] in {"ACTIVE", "CREATE FAILED"}
        assert version["trainingMode"] in {"FULL", "UPDATE"}
        assert isinstance(version["creationDateTime"], (int, float, str)) and version["lastUpdatedDateTime"]
    assert "NextToken" not in listed


def test_max_items_and_starting_token(aws, benchmark_arns):
    first = parse(aws("personalize", "list-solution-versions", "--solution-arn", BENCHMARK, "--max-items", "3"))
    assert [v["solutionVersionArn"] for v in first["solutionVersions"]] == benchmark_arns[:3]
    assert first["NextToken"]
    second = parse(aws("personalize", "list-solution-versions", "--solution-arn", BENCHMARK,
                       "--max-items", "3", "--starting-token", first["NextToken"]))
    assert [v["solutionVersionArn"] for v in second["solutionVersions"]] == benchmark_arns[3:6]


def test_describe_solution_version(aws, benchmark_arns):
    described = parse(aws("personalize", "describe-solution-version", "--solution-version-arn", benchmark_arns[0]))
    assert described["solutionVersion"]["solutionVersionArn"] == benchmark_arns[0]
    assert described["solutionVersion"]["solutionArn"] == BENCHMARK


@pytest.mark.parametrize("args,code,operation", [
    (("personalize", "describe-solution-version", "--solution-version-arn", BENCHMARK + "/ffffffff"),
     "ResourceNotFoundException", "DescribeSolutionVersion"),
    (("personalize", "list-solution-versions", "--solution-arn", "not-an-arn"), "InvalidInputException", "ListSolutionVersions"),
    (("sagemaker", "list-image-versions", "--image-name", "no-such-image"), "ResourceNotFound", "ListImageVersions"),
])
def test_service_errors_exit_non_zero_with_the_code_on_stderr(aws, args, code, operation):
    result = aws(*args)
    assert result.returncode in CLI_SERVICE_ERROR_EXITS, (result.returncode, result.stderr)
    assert f"({code})" in result.stderr and operation in result.stderr, result.stderr
    assert result.stdout == ""


def test_wrong_secret_through_the_cli(aws):
    result = aws("personalize", "list-solutions", secret="wrong-secret")
    assert result.returncode in CLI_SERVICE_ERROR_EXITS
    assert "(InvalidSignatureException)" in result.stderr, result.stderr


# `pdash list/describe --output json` promises the AWS CLI's document byte for byte (timestamps as ISO 8601, the
# CLI v2 default, which v1 prints with cli_timestamp_format = iso8601).
SAME_DOCUMENT_CALLS = [
    (("personalize", "list-solution-versions", "--solution-arn", BENCHMARK, "--max-items", "7", "--page-size", "3"),
     ("list", "solution-versions", "--solution-arn", BENCHMARK, "--max-items", "7", "--page-size", "3")),
    (("personalize", "list-solution-versions", "--solution-arn", BENCHMARK, "--max-items", "6", "--page-size", "3"),
     ("list", "solution-versions", "--solution-arn", BENCHMARK, "--max-items", "6", "--page-size", "3")),
    (("personalize", "list-solutions"), ("list", "solutions")),
    (("personalize", "list-dataset-groups"), ("list", "dataset-groups")),
    (("personalize", "list-batch-segment-jobs"), ("list", "batch-segment-jobs")),
    (("personalize", "list-campaigns"), ("list", "campaigns")),
    (("sagemaker", "list-images"), ("list", "images")),
    (("sagemaker", "list-image-versions", "--image-name", "recs-feature-pipeline", "--max-items", "2"),
     ("list", "image-versions", "--image-name", "recs-feature-pipeline", "--max-items", "2")),
    (("personalize", "describe-solution-version", "--solution-version-arn",
      personalize_arn("solution/user-personalization-v2/3f9a1c07")),
     ("describe", "solution-version", personalize_arn("solution/user-personalization-v2/3f9a1c07"))),
    (("personalize", "describe-solution", "--solution-arn", personalize_arn("solution/user-personalization-v2")),
     ("describe", "solution", personalize_arn("solution/user-personalization-v2"))),
]


@pytest.mark.parametrize("cli_args,pdash_args", SAME_DOCUMENT_CALLS, ids=[" ".join(c[1][:2]) + f"-{i}" for i, c in enumerate(SAME_DOCUMENT_CALLS)])
def test_pdash_json_output_is_the_aws_cli_document(emulator, isolated_aws_environment, cli_args, pdash_args):
    (isolated_aws_environment / "iso-config").write_text("[default]\ncli_timestamp_format = iso8601\n")
    env = dict(os.environ, AWS_ACCESS_KEY_ID=DEMO_ACCESS_KEY, AWS_SECRET_ACCESS_KEY=DEMO_SECRET_KEY, AWS_PAGER="",
               AWS_CONFIG_FILE=str(isolated_aws_environment / "iso-config"),
               AWS_SHARED_CREDENTIALS_FILE=str(isolated_aws_environment / "credentials"), TZ="UTC")
    where = ("--endpoint-url", emulator.endpoint, "--region", REGION, "--output", "json")
    expected = subprocess.run([*aws_cli_command(), *cli_args, *where], env=env, capture_output=True, text=True, timeout=60)
    actual = subprocess.run([emulator_binary(), *pdash_args, *where], env=env, capture_output=True, text=True, timeout=60)
    assert expected.returncode == 0, expected.stderr
    assert actual.returncode == 0, actual.stderr
    assert actual.stdout == expected.stdout
