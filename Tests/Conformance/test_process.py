"""The emulator as a process: its one stdout line, its signals, its refusal of bad options."""

import signal

import pytest

from helpers import personalize_arn
from pdash_emulator import Emulator, run_until_exit


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_signals_stop_it_cleanly(stop_signal):
    process = Emulator("--rate-limits", "off")
    try:
        assert process.client("personalize").list_solutions(maxResults=1)["solutions"]
        process.process.send_signal(stop_signal)
        assert process.process.wait(timeout=10) == 0
    finally:
        process.kill()


@pytest.mark.parametrize("args,mentions", [
    (("--rate-limits", "sometimes"), "--rate-limits"),
    (("--seed", "galaxy"), "--seed"),
    (("--time-scale", "0"), "--time-scale"),
    (("--access-key-id", "AKIDONLY"), "--secret-access-key"),
])
def test_bad_options_are_refused(args, mentions):
    status, stdout, stderr = run_until_exit(*args)
    assert status != 0 and stdout == ""
    assert mentions in stderr, stderr


def test_empty_seed_has_no_resources(start_emulator):
    emulator = start_emulator("--seed", "empty", "--rate-limits", "off")
    personalize, sagemaker = emulator.client("personalize"), emulator.client("sagemaker")
    assert personalize.list_solutions()["solutions"] == []
    assert personalize.list_solution_versions()["solutionVersions"] == []
    assert personalize.list_dataset_groups()["datasetGroups"] == []
    assert sagemaker.list_images()["Images"] == []


def test_random_seed_makes_created_ids_reproducible(start_emulator):
    def created_id(random_seed):
        personalize = start_emulator("--random-seed", random_seed, "--rate-limits", "off").client("personalize")
        arn = personalize.create_solution_version(solutionArn=personalize_arn("solution/similar-items"))["solutionVersionArn"]
        return arn.rsplit("/", 1)[1]

    assert created_id("1234") == created_id("1234")
    assert created_id("1234") != created_id("4321")
