"""`--state-file`: acknowledged changes survive `kill -9`; a corrupt file is refused and left alone."""

import json
import signal

import pytest

from helpers import expect_error, personalize_arn, status_history, version_status
from pdash_emulator import Emulator, run_until_exit

BENCHMARK = personalize_arn("solution/benchmark")
SIMILAR_ITEMS = personalize_arn("solution/similar-items")
FINISHED = {"ACTIVE", "CREATE FAILED", "CREATE STOPPED"}


def persistent_world(state_file, time_scale=50):
    """At 50x a new FULL version waits 0.2 s and trains 1.8 s."""
    return ("--state-file", state_file, "--rate-limits", "off", "--random-seed", "9", "--versions", "3",
            "--time-scale", str(time_scale))


@pytest.fixture
def state_file(tmp_path):
    return tmp_path / "pdash-state.json"


def seeded_creation_times(personalize):
    versions = personalize.list_solution_versions(solutionArn=personalize_arn("solution/user-personalization-v2"))
    return {v["solutionVersionArn"]: v["creationDateTime"] for v in versions["solutionVersions"]}


def test_acknowledged_changes_survive_kill_9(start_emulator, state_file):
    first = start_emulator(*persistent_world(state_file))
    personalize = first.client("personalize")
    seeded = seeded_creation_times(personalize)
    training = personalize.create_solution_version(solutionArn=BENCHMARK, name="before-crash")["solutionVersionArn"]
    created_at = personalize.describe_solution_version(solutionVersionArn=training)["solutionVersion"]["creationDateTime"]
    stopped = personalize.create_solution_version(solutionArn=SIMILAR_ITEMS)["solutionVersionArn"]
    personalize.stop_solution_version_creation(solutionVersionArn=stopped)
    assert first.kill() == -signal.SIGKILL

    second = start_emulator(*persistent_world(state_file))
    restarted = second.client("personalize")
    detail = restarted.describe_solution_version(solutionVersionArn=training)["solutionVersion"]
    assert (detail["solutionVersionArn"], detail["name"], detail["creationDateTime"]) == (training, "before-crash", created_at)
    assert status_history(restarted, training, FINISHED)[-1] == "ACTIVE", "the lifecycle continues after the restart"
    assert version_status(restarted, stopped) == "CREATE STOPPED"
    assert seeded_creation_times(restarted) == seeded, "the world is loaded from the file, not seeded again"
    assert second.stop() == 0


def test_a_new_state_file_is_created_and_reloaded(start_emulator, state_file):
    assert not state_file.exists()
    first = start_emulator(*persistent_world(state_file))
    assert json.loads(state_file.read_bytes()), "the state file holds JSON"
    version = first.client("personalize").create_solution_version(solutionArn=BENCHMARK)["solutionVersionArn"]
    assert first.stop() == 0
    second = start_emulator(*persistent_world(state_file))
    assert second.client("personalize").describe_solution_version(solutionVersionArn=version)


def test_state_files_are_independent(start_emulator, tmp_path):
    first = start_emulator(*persistent_world(tmp_path / "one.json")).client("personalize")
    version = first.create_solution_version(solutionArn=BENCHMARK)["solutionVersionArn"]
    other = start_emulator(*persistent_world(tmp_path / "two.json")).client("personalize")
    expect_error(other.describe_solution_version, "ResourceNotFoundException", 400, solutionVersionArn=version)


def truncated_real_state(state_file):
    process = Emulator(*persistent_world(state_file))
    process.client("personalize").create_solution_version(solutionArn=BENCHMARK)
    process.stop()
    content = state_file.read_bytes()
    return content[: len(content) // 2]


@pytest.mark.parametrize("corruption", ["garbage", "not a state file", "truncated", "empty"])
def test_corrupt_state_file_is_refused_and_left_unchanged(state_file, corruption):
    content = {
        "garbage": lambda: b"\x00\x01 this is not json \xff{{{",
        "not a state file": lambda: b'{"hello": "world"}',
        "truncated": lambda: truncated_real_state(state_file),
        "empty": lambda: b"",
    }[corruption]()
    state_file.write_bytes(content)
    status, stdout, stderr = run_until_exit(*persistent_world(state_file))
    assert status != 0
    assert "listening on" not in stdout
    assert str(state_file) in stderr, stderr
    assert state_file.read_bytes() == content, "a refused state file must not be touched"


def test_a_state_file_in_use_is_refused(start_emulator, state_file):
    start_emulator(*persistent_world(state_file))
    before = state_file.read_bytes()
    status, stdout, stderr = run_until_exit(*persistent_world(state_file))
    assert status != 0 and "listening on" not in stdout
    assert str(state_file) in stderr, stderr
    assert state_file.read_bytes() == before
