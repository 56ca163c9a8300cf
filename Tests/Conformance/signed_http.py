"""Hand-built requests: signed with botocore's SigV4 signer (optionally at a skewed time) and sent with http.client,
for what boto3 cannot send (unknown targets, malformed bodies) or would hide (the raw body and headers)."""

import contextlib
import datetime
import http.client
import json
from dataclasses import dataclass
from unittest import mock
from urllib.parse import urlsplit

import botocore.auth
import botocore.compat
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from pdash_emulator import DEMO_ACCESS_KEY, DEMO_SECRET_KEY, REGION

JSON_11 = "application/x-amz-json-1.1"
TARGET_PREFIX = {"personalize": "AmazonPersonalize", "sagemaker": "SageMaker"}


@dataclass
class RawResponse:
    status: int
    headers: dict  # lower-cased names
    body: bytes

    def json(self):
        return json.loads(self.body)


@contextlib.contextmanager
def signing_clock(offset_seconds):
    """botocore signs (X-Amz-Date and the credential scope) as if the clock were `offset_seconds` off."""
    assert hasattr(botocore.auth, "get_current_datetime"), "botocore.auth no longer reads the time via get_current_datetime"
    real = botocore.compat.get_current_datetime
    delta = datetime.timedelta(seconds=offset_seconds)

    def skewed(*args, **kwargs):
        return real(*args, **kwargs) + delta

    with mock.patch.object(botocore.auth, "get_current_datetime", skewed):
        yield


def send(endpoint, method="POST", path="/", headers=None, body=b""):
    parts = urlsplit(endpoint)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return RawResponse(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
    finally:
        connection.close()


def signed_json_request(endpoint, service, target, body, region=REGION, access_key=DEMO_ACCESS_KEY,
                        secret_key=DEMO_SECRET_KEY, session_token=None, skew_seconds=0):
    """POSTs a JSON 1.1 request with `X-Amz-Target: target`; `body` is bytes or a JSON-able object."""
    payload = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = AWSRequest(
        method="POST", url=endpoint + "/", data=payload,
        headers={"Content-Type": JSON_11, "X-Amz-Target": target})
    signer = botocore.auth.SigV4Auth(Credentials(access_key, secret_key, session_token), service, region)
    with signing_clock(skew_seconds):
        signer.add_auth(request)
    prepared = request.prepare()
    return send(endpoint, headers=dict(prepared.headers), body=payload)


def operation_request(endpoint, service, operation, params, **signing):
    """The raw answer to a correctly signed call of a modelled operation."""
    return signed_json_request(endpoint, service, f"{TARGET_PREFIX[service]}.{operation}", params, **signing)
