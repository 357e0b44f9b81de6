"""Small HTTP servers on 127.0.0.1 that require credentials, for the endpoint tests.

:func:`serve_auth` starts one that answers SPARQL-results JSON once a request carries the
right credentials: HTTP Basic, HTTP Digest (RFC 7616 with MD5 and ``qop=auth``, the server
side written here with hashlib) or a bearer token; else 401 with the challenge. ``forbid``
makes it answer 403 with an HTML page instead, as Virtuoso does for a write it refuses.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import re
import secrets
import threading
from dataclasses import dataclass, field

EMPTY_RESULTS = b'{"head": {"vars": ["g"]}, "results": {"bindings": []}}'
FORBIDDEN_PAGE = b"""<!DOCTYPE html>
<html><head><title>Error 403</title><style>body { font: 12px sans-serif }</style></head>
<body><h3>Error 403</h3><p>SR575: SECURITY: No permission to execute DB.DBA.TTLP_RL_NEW_GRAPH
with user ID 107, group ID 107</p><pre>SPARQL query:
define sql:big-data-const 0 ...</pre></body></html>"""


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


@dataclass
class AuthServer:
    scheme: str  # "basic", "digest", "bearer", or "none" (no credentials needed)
    user: str = "alice"
    secret: str = "s3cret-Pa55"
    realm: str = "cogov-test"
    forbid: bool = False
    #: answer 500 with the Authorization header it was sent (a server that echoes secrets)
    echo: bool = False
    url: str = ""
    #: (method, path, Authorization header or "") of every request
    seen: list[tuple[str, str, str]] = field(default_factory=list)
    nonces: set[str] = field(default_factory=set)

    def accepts(self, method: str, header: str) -> bool:
        if self.scheme == "none":
            return True
        if self.scheme == "bearer":
            return header == f"Bearer {self.secret}"
        if self.scheme == "basic":
            token = base64.b64encode(f"{self.user}:{self.secret}".encode()).decode()
            return header == f"Basic {token}"
        if not header.startswith("Digest "):
            return False
        fields = re.findall(r'(\w+)=(?:"([^"]*)"|([^\s,]*))', header[7:])
        parts = {name: quoted or bare for name, quoted, bare in fields}
        if parts.get("username") != self.user or parts.get("nonce") not in self.nonces:
            return False
        ha1 = _md5(f"{self.user}:{self.realm}:{self.secret}")
        ha2 = _md5(f"{method}:{parts.get('uri', '')}")
        expected = _md5(
            f"{ha1}:{parts['nonce']}:{parts.get('nc', '')}:{parts.get('cnonce', '')}:"
            f"{parts.get('qop', '')}:{ha2}"
        )
        return parts.get("response") == expected

    def challenge(self) -> str:
        if self.scheme == "bearer":
            return f'Bearer realm="{self.realm}"'
        if self.scheme == "basic":
            return f'Basic realm="{self.realm}"'
        nonce = secrets.token_hex(16)
        self.nonces.add(nonce)
        return f'Digest realm="{self.realm}", nonce="{nonce}", qop="auth", algorithm=MD5'


def serve_auth(state: AuthServer) -> http.server.ThreadingHTTPServer:
    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            header = self.headers.get("Authorization", "")
            state.seen.append((self.command, self.path, header))
            if state.echo:
                self._send(500, "text/plain", f"cannot use {header!r}".encode())
                return
            if state.accepts(self.command, header):
                if state.forbid:
                    self._send(403, "text/html; charset=utf-8", FORBIDDEN_PAGE)
                else:
                    self._send(200, "application/sparql-results+json", EMPTY_RESULTS)
                return
            self._send(
                401,
                "text/html",
                b"<html><head><title>401 Unauthorized</title></head>"
                b"<body><h1>Unauthorized</h1></body></html>",
                {"WWW-Authenticate": state.challenge()},
            )

        def _send(self, code: int, kind: str, body: bytes, extra: dict | None = None) -> None:
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    state.url = f"http://127.0.0.1:{server.server_port}"
    return server
