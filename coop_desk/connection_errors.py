"""Why a shared (PostgreSQL) database could not be reached, in one sentence a person can act on.

The driver's error (``connection to server at "127.0.0.1", port 5999 failed: Connection refused …``) is
sorted into a few kinds — the server cannot be reached, its name is unknown, the user name or password was
refused, no password was given, the database does not exist, the server refused this client — each with
its own sentence naming the server (host and port), never the password. No Qt here.
"""

from __future__ import annotations

import re

from sqlalchemy.engine import make_url

from coop_desk.errors import Refused
from coop_desk.text import Text

UNREACHABLE = "unreachable"
UNKNOWN_HOST = "unknown_host"
BAD_PASSWORD = "bad_password"
NO_PASSWORD = "no_password"
NO_DATABASE = "no_database"
REFUSED = "refused"
OTHER = "other"

#: Patterns of libpq's messages (lower case) and the kind of failure they mean, the first match wins.
_SIGNS: tuple[tuple[str, str], ...] = (
    ("no password supplied", NO_PASSWORD),
    ("password authentication failed", BAD_PASSWORD),
    ("authentication failed", BAD_PASSWORD),
    (r"pg_hba\.conf", REFUSED),
    (r'role "[^"]*" does not exist', BAD_PASSWORD),
    (r'database "[^"]*" does not exist', NO_DATABASE),
    ("could not translate host name", UNKNOWN_HOST),
    ("failed to resolve host", UNKNOWN_HOST),
    ("name or service not known", UNKNOWN_HOST),
    ("connection refused", UNREACHABLE),
    ("timeout expired", UNREACHABLE),
    ("no route to host", UNREACHABLE),
    ("network is unreachable", UNREACHABLE),
    ("could not connect to server", UNREACHABLE),
    ("no such file or directory", UNREACHABLE),  # a Unix socket with no server behind it
)

#: libpq's preamble (``connection to server at "h", port 5999 failed: ``): the sentence names the server.
_WHERE = re.compile(r"^(connection failed:\s*)?(connection to server (at|on) .*? failed:\s*)?")


class ConnectionRefused(Refused):
    """The database server could not be used: ``kind`` says why (one of the names above)."""

    def __init__(self, text: Text, *, kind: str) -> None:
        super().__init__(text)
        self.kind = kind

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.problems[0].message, self.kind))


def _rebuild(text: Text, kind: str) -> ConnectionRefused:
    return ConnectionRefused(text, kind=kind)


def server_of(url: str) -> str:
    """``host:port`` of a database URL (PostgreSQL's default port when none is given)."""
    parsed = make_url(url)
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}"


def failure_kind(exc: BaseException) -> str:
    """The kind of a driver's connection error, read from its message."""
    orig = getattr(exc, "orig", None) or exc
    message = str(orig).lower()
    return next((kind for sign, kind in _SIGNS if re.search(sign, message)), OTHER)


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(orig).strip().splitlines() if line.strip()]
    first = _WHERE.sub("", lines[0]) if lines else ""
    return first or type(exc).__name__


def connection_refusal(url: str, exc: BaseException, *, role: str | None = None) -> ConnectionRefused:
    """The refusal to show for ``exc``, raised while connecting to ``url`` (as ``role``, else its user)."""
    parsed = make_url(url)
    server, user, database = server_of(url), role or parsed.username or "", parsed.database or ""
    kind = failure_kind(exc)
    if kind == UNREACHABLE:
        text = Text("Cannot reach the server {server} — is it running?", server=server)
    elif kind == UNKNOWN_HOST:
        text = Text("There is no server named {host} — is the address right?", host=parsed.host or "")
    elif kind == BAD_PASSWORD:
        text = Text("The server {server} refused the user name or password of {user}.", server=server, user=user)
    elif kind == NO_PASSWORD:
        text = Text("The server {server} asks for the password of {user}.", server=server, user=user)
    elif kind == NO_DATABASE:
        text = Text("The server {server} has no database {database}.", server=server, database=database)
    elif kind == REFUSED:
        text = Text("The server {server} does not let {user} connect from here.", server=server, user=user)
    else:
        text = Text("Cannot connect to the server {server}: {reason}", server=server, reason=_reason(exc))
    return ConnectionRefused(text, kind=kind)
