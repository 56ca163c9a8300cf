"""STS over the Query protocol: caller identity, temporary credentials and what the other services make of them."""

import datetime
import re

import pytest

from helpers import expect_error
from pdash_emulator import ACCOUNT, DEMO_ACCESS_KEY, DEMO_SECRET_KEY

ROLE_ARN = f"arn:aws:iam::{ACCOUNT}:role/conformance"
WEB_IDENTITY_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjb25mb3JtYW5jZSJ9.c2lnbmF0dXJl"


def temporary_clients(emulator, credentials, *services, with_token=True):
    return [emulator.client(service, access_key=credentials["AccessKeyId"], secret_key=credentials["SecretAccessKey"],
                            session_token=credentials["SessionToken"] if with_token else None) for service in services]


def assert_fresh_credentials(answer, role_session, duration):
    credentials = answer["Credentials"]
    assert re.fullmatch(r"ASIA[A-Z2-7]{16}", credentials["AccessKeyId"]), credentials["AccessKeyId"]
    assert len(credentials["SecretAccessKey"]) == 40 and credentials["SessionToken"]
    remaining = credentials["Expiration"] - datetime.datetime.now(datetime.timezone.utc)
    assert abs(remaining.total_seconds() - duration) < 60, remaining
    assert answer["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/conformance/{role_session}"
    assert answer["AssumedRoleUser"]["AssumedRoleId"].endswith(":" + role_session)
    return credentials


def test_caller_identity_of_the_demo_key(sts):
    identity = sts.get_caller_identity()
    assert identity["Account"] == ACCOUNT
    assert identity["Arn"] == f"arn:aws:iam::{ACCOUNT}:user/{DEMO_ACCESS_KEY}"
    assert identity["UserId"]


def test_assume_role_credentials_work_for_personalize_and_sts(emulator, sts):
    credentials = assert_fresh_credentials(
        sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="assumed", DurationSeconds=900), "assumed", 900)
    personalize, temporary_sts, sagemaker = temporary_clients(emulator, credentials, "personalize", "sts", "sagemaker")
    assert personalize.list_solutions(maxResults=1)["solutions"]
    assert sagemaker.list_images(MaxResults=1)["Images"]
    identity = temporary_sts.get_caller_identity()
    assert identity["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/conformance/assumed"
    assert identity["Account"] == ACCOUNT


def test_assume_role_default_duration_is_an_hour(sts):
    assert_fresh_credentials(sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="default-hour"), "default-hour", 3600)


def test_web_identity_credentials_work_for_personalize(emulator):
    unsigned_sts = emulator.client("sts", access_key="anything", secret_key="anything")
    answer = unsigned_sts.assume_role_with_web_identity(
        RoleArn=ROLE_ARN, RoleSessionName="web", WebIdentityToken=WEB_IDENTITY_TOKEN, DurationSeconds=1800)
    credentials = assert_fresh_credentials(answer, "web", 1800)
    (personalize,) = temporary_clients(emulator, credentials, "personalize")
    assert personalize.list_dataset_groups()["datasetGroups"]


@pytest.mark.parametrize("service,call,code", [
    ("personalize", "list_solutions", "UnrecognizedClientException"),
    ("sagemaker", "list_images", "UnrecognizedClientException"),
    ("sts", "get_caller_identity", "InvalidClientTokenId"),
])
def test_temporary_key_without_its_session_token_is_refused(emulator, sts, service, call, code):
    credentials = sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="no-token")["Credentials"]
    (client,) = temporary_clients(emulator, credentials, service, with_token=False)
    expect_error(getattr(client, call), code, 403)


def test_temporary_key_with_another_session_token_is_refused(emulator, sts):
    first = sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="first")["Credentials"]
    second = sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="second")["Credentials"]
    mixed = dict(first, SessionToken=second["SessionToken"])
    (personalize,) = temporary_clients(emulator, mixed, "personalize")
    expect_error(personalize.list_solutions, "UnrecognizedClientException", 403)


def test_temporary_secret_must_match(emulator, sts):
    credentials = dict(sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="bad-secret")["Credentials"],
                       SecretAccessKey="x" * 40)
    (personalize,) = temporary_clients(emulator, credentials, "personalize")
    expect_error(personalize.list_solutions, "InvalidSignatureException", 403)


def test_custom_keys_replace_the_demo_key(start_emulator):
    emulator = start_emulator("--rate-limits", "off", "--access-key-id", "AKIDCONFORMANCE", "--secret-access-key", "s3cret")
    custom = emulator.client("sts", access_key="AKIDCONFORMANCE", secret_key="s3cret")
    assert custom.get_caller_identity()["Arn"] == f"arn:aws:iam::{ACCOUNT}:user/AKIDCONFORMANCE"
    assert emulator.client("personalize", access_key="AKIDCONFORMANCE", secret_key="s3cret").list_solutions()["solutions"]
    demo = emulator.client("personalize", access_key=DEMO_ACCESS_KEY, secret_key=DEMO_SECRET_KEY)
    expect_error(demo.list_solutions, "UnrecognizedClientException", 403)
