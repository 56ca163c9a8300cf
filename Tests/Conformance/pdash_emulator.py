"""`pdash emulator` as a subprocess, and boto3 clients pointed at it whose raw responses are recorded."""

import os
import re
import selectors
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import boto3
from botocore.config import Config

DEMO_ACCESS_KEY = "pdash-demo"
DEMO_SECRET_KEY = "pdash-demo-secret"
ACCOUNT = "111122223333"
REGION = "eu-west-1"
OTHER_REGION = "ap-southeast-2"

# A world that stands still for the length of the suite: at a tenth of real speed the demo's automatic training
# (a version every 50 minutes) and its "training right now" versions do not change while the tests run.
STATIC_WORLD = ("--rate-limits", "off", "--random-seed", "42", "--versions", "250", "--time-scale", "0.1")

_DEFAULT_BINARY = Path(__file__).resolve().parents[2] / ".build" / "debug" / "pdash"
_LISTENING = re.compile(r"listening on (http://127\.0\.0\.1:(\d+))")


def emulator_binary():
    path = os.environ.get("PDASH_BIN") or str(_DEFAULT_BINARY)
    if not os.access(path, os.X_OK):
        raise RuntimeError(f"no pdash binary at {path}: run `swift build --product pdash` or set PDASH_BIN")
    return path


class EmulatorExited(RuntimeError):
    """The emulator ended before it printed its `listening on` line."""

    def __init__(self, returncode, stderr):
        super().__init__(f"pdash emulator exited with status {returncode} before listening; stderr:\n{stderr}")
        self.returncode = returncode
        self.stderr = stderr


@dataclass
class RecordedResponse:
    service: str
    operation: str
    status: int
    headers: dict  # lower-cased names
    body: bytes


@dataclass
class ResponseLog:
    """Every HTTP response any test client received (through botocore's after-call event)."""

    entries: list = field(default_factory=list)

    def attach(self, client):
        service = client.meta.service_model.service_name

        def record(http_response, model, **_):
            headers = {name.lower(): value for name, value in http_response.headers.items()}
            self.entries.append(RecordedResponse(service, model.name, http_response.status_code, headers, http_response.content))

        client.meta.events.register("after-call", record)
        return client

    def last(self, operation=None):
        for entry in reversed(self.entries):
            if operation is None or entry.operation == operation:
                return entry
        raise AssertionError(f"no response recorded for {operation}")


RESPONSES = ResponseLog()


def client_config(total_attempts=1, validate=True, read_timeout=10, **extra):
    """One attempt by default, so every error surfaces exactly as the emulator sent it. (`max_attempts` in the
    retries dict counts retries, not attempts: {"max_attempts": 1} would still retry once.)"""
    return Config(
        retries={"total_max_attempts": total_attempts, "mode": "standard"}, parameter_validation=validate,
        read_timeout=read_timeout, connect_timeout=5, **extra)


class Emulator:
    """One running `pdash emulator --port 0 ...`."""

    def __init__(self, *args, startup_timeout=20):
        self.args = [str(arg) for arg in args]
        self._clients = {}
        self._stderr = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [emulator_binary(), "emulator", "--port", "0", *self.args],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=self._stderr)
        self.endpoint = self._await_listening(startup_timeout)
        self.port = int(self.endpoint.rsplit(":", 1)[1])
        threading.Thread(target=self._drain_stdout, daemon=True).start()

    def _await_listening(self, timeout):
        deadline = time.monotonic() + timeout
        buffer = b""
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            while b"\n" not in buffer:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    self.kill()
                    raise RuntimeError(f"pdash emulator printed no listening line within {timeout}s: {buffer!r}")
                if not selector.select(remaining):
                    continue
                chunk = os.read(self.process.stdout.fileno(), 4096)
                if not chunk:
                    returncode = self.process.wait(timeout=10)
                    raise EmulatorExited(returncode, self.stderr_text())
                buffer += chunk
        line = buffer.split(b"\n", 1)[0].decode()
        match = _LISTENING.fullmatch(line)
        if match is None:
            self.kill()
            raise AssertionError(f"first stdout line {line!r} is not exactly 'listening on http://127.0.0.1:PORT'")
        return match.group(1)

    def _drain_stdout(self):
        for _ in self.process.stdout:
            pass

    def stderr_text(self):
        self._stderr.seek(0)
        return self._stderr.read().decode(errors="replace")

    def stop(self):
        """SIGTERM, then SIGKILL if it does not end within ten seconds; returns the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                return self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        return self.kill()

    def kill(self):
        """SIGKILL: a crash, as far as the emulator can tell."""
        if self.process.poll() is None:
            self.process.kill()
        return self.process.wait(timeout=10)

    def client(self, service, region=REGION, access_key=DEMO_ACCESS_KEY, secret_key=DEMO_SECRET_KEY,
               session_token=None, **config):
        """A boto3 client for this emulator (cached: clients are stateless and slow to build)."""
        key = (service, region, access_key, secret_key, session_token, tuple(sorted(config.items())))
        if key not in self._clients:
            self._clients[key] = self._new_client(service, region, access_key, secret_key, session_token, config)
        return self._clients[key]

    def _new_client(self, service, region, access_key, secret_key, session_token, config):
        session = boto3.session.Session(
            aws_access_key_id=access_key, aws_secret_access_key=secret_key, aws_session_token=session_token,
            region_name=region)
        client = session.client(service, endpoint_url=self.endpoint, config=client_config(**config))
        return RESPONSES.attach(client)


def run_until_exit(*args, timeout=20):
    """Runs `pdash emulator` that is expected to refuse to start; returns (status, stdout, stderr)."""
    process = subprocess.Popen(
        [emulator_binary(), "emulator", "--port", "0", *map(str, args)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
        raise AssertionError(f"pdash emulator kept running (stdout {stdout!r}); it should have refused to start")
    return process.returncode, stdout.decode(errors="replace"), stderr.decode(errors="replace")
