"""Virtuoso Open Source (Debian package ``virtuoso-opensource-7-bin``) on 127.0.0.1, for tests.

``VirtuosoServer(folder)`` writes a small ``virtuoso.ini`` into ``folder`` (its database, log
and temporary files live there; the SQL and HTTP ports are free ports of 127.0.0.1; only that
folder is readable by the server), runs ``virtuoso-t -f -c virtuoso.ini`` and waits until the
SPARQL endpoint answers (about 12 s for a new database). Started again on the same folder, it
serves the same database. The account is Virtuoso's default ``dba``/``dba``.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

PACKAGE = "virtuoso-opensource-7-bin"
USER = PASSWORD = "dba"

INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DirsAllowed = {folder}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 60
ServerThreads = 10

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 10
MaxClientConnections = 5

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 120
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def virtuoso_command() -> str:
    """The ``virtuoso-t`` command, or skip the test with the Debian package to install."""
    command = shutil.which("virtuoso-t")
    if command is None:
        pytest.skip(f"Virtuoso is not installed (Debian package {PACKAGE}, command virtuoso-t)")
    return command


class VirtuosoServer:
    """``virtuoso-t`` with its database in ``folder``, started and stopped by the test."""

    def __init__(self, folder: Path, *, timeout: float = 90) -> None:
        command = virtuoso_command()
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        #: the query and update endpoint that asks for Digest credentials
        self.sparql_auth = f"{self.base}/sparql-auth"
        #: the Graph Store Protocol endpoint that asks for Digest credentials
        self.graph_store_auth = f"{self.base}/sparql-graph-crud-auth"
        #: the anonymous, read-only endpoints
        self.sparql = f"{self.base}/sparql"
        self.graph_store = f"{self.base}/sparql-graph-crud"
        (folder / "virtuoso.ini").write_text(
            INI.format(folder=folder, sql_port=free_port(), http_port=self.port)
        )
        self.process = subprocess.Popen(
            [command, "-f", "-c", "virtuoso.ini"],
            cwd=folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                pytest.fail(f"Virtuoso stopped at start: {self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.sparql}?query=ASK%7B%7D", timeout=2):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    self.stop()
                    pytest.fail(f"Virtuoso did not answer within {timeout:g} s: {self.log_tail()}")
                time.sleep(0.25)

    def load_argv(self) -> list[str]:
        """The ``cogov load`` options that write into this server."""
        return [
            "--endpoint",
            self.sparql_auth,
            "--update-endpoint",
            self.sparql_auth,
            "--graph-store",
            self.graph_store_auth,
        ]

    def log_tail(self) -> str:
        log = self.folder / "virtuoso.log"
        lines = log.read_text(errors="replace").splitlines() if log.exists() else []
        return " | ".join(lines[-3:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
