"""The emulator's test-only `/_emulator/` API (served with `--control`): plain unsigned JSON over HTTP."""

import json

from signed_http import send


class ControlAPI:
    def __init__(self, endpoint):
        self.endpoint = endpoint

    def call(self, method, path, body=None):
        """(status, parsed JSON or None) of one control request."""
        payload = json.dumps(body).encode() if body is not None else b""
        headers = {"Content-Type": "application/json"} if body is not None else {}
        response = send(self.endpoint, method=method, path="/_emulator/" + path, headers=headers, body=payload)
        try:
            document = json.loads(response.body) if response.body else None
        except ValueError:
            document = None
        return response.status, document

    def _ok(self, method, path, body=None):
        status, document = self.call(method, path, body)
        assert status == 200, f"{method} /_emulator/{path} answered {status}: {document}"
        return document

    def request_counts(self):
        return self._ok("GET", "requests")

    def reset_request_counts(self):
        self._ok("DELETE", "requests")

    def add_fault(self, operation, fault, **options):
        """options: count, seconds, delayMs. Returns the fault's id."""
        document = self._ok("POST", "faults", {"operation": operation, "fault": fault, **options})
        assert "id" in document, document
        return document["id"]

    def faults(self):
        """The active faults as a list (the answer may be a bare list or {"faults": [...]})."""
        document = self._ok("GET", "faults")
        return document["faults"] if isinstance(document, dict) else document

    def clear_faults(self):
        self._ok("DELETE", "faults")

    def clock(self):
        return self._ok("GET", "clock")

    def set_clock(self, **settings):
        """settings: advanceSeconds and/or rate."""
        return self._ok("POST", "clock", settings)

    def reset(self):
        self._ok("POST", "reset")
