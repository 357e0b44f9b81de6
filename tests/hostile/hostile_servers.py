"""Servers on 127.0.0.1 that the hostile-input tests control.

- :class:`FaultServer`: a local HTTP server whose answer a test chooses (garbage, an HTTP
  error, or silence for a while) and which records every request, so that a test can prove
  nothing was fetched;
- :class:`OxigraphServer`: a real Oxigraph server (``oxigraph serve``) that a test may stop.
"""

from __future__ import annotations

import http.server
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class FaultServer:
    """A local HTTP server; set ``status``, ``body`` and ``delay`` before a request."""

    url: str = ""
    status: int = 200
    body: bytes = b""
    content_type: str = "application/sparql-results+json"
    delay: float = 0.0
    requests: list[str] = field(default_factory=list)
    #: answers for the next requests, in order, before ``body`` is used again
    queue: list[bytes] = field(default_factory=list)


def serve(state: FaultServer) -> http.server.ThreadingHTTPServer:
    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            state.requests.append(f"{self.command} {self.path}")
            if state.delay:
                time.sleep(state.delay)
            body = state.queue.pop(0) if state.queue else state.body
            try:
                self.send_response(state.status)
                self.send_header("Content-Type", state.content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the client gave up first
                pass

        do_GET = do_POST = do_PUT = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    state.url = f"http://127.0.0.1:{server.server_port}"
    return server


class OxigraphServer:
    """``oxigraph serve`` on a free port of 127.0.0.1, started and stopped by the test."""

    def __init__(self, location: Path) -> None:
        command = shutil.which("oxigraph")
        if command is None:
            pytest.skip("the oxigraph server command (pip install oxigraph) is not installed")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.url = f"{self.base}/query"
        self.process = subprocess.Popen(
            [command, "serve", "--location", str(location), "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while True:
            if self.process.poll() is not None:
                pytest.fail("the oxigraph server stopped at start")
            try:
                with urllib.request.urlopen(f"{self.url}?query=ASK%7B%7D", timeout=2):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    self.stop()
                    pytest.fail("the oxigraph server did not answer within 30 s")
                time.sleep(0.1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
