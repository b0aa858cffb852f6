"""Opening a database for everyday work: the one way the window and the command line both open it.

A bare file path is a SQLite file; a SQLite file is created and migrated as it opens, a shared
(PostgreSQL) database must already be at this version's schema, and a database this version must not
open (not ours, newer, not a database) is refused with :class:`models.db.SchemaRefused`. Signing in
is the caller's (a prompt on the command line, a dialog in the window). No Qt here.
"""

from __future__ import annotations

import re

from sqlalchemy.engine import make_url

from coop_desk.errors import CoopDeskError
from coop_desk.services import ServiceContext, Services
from models.db import (
    Database,
    SchemaRefused,
    database_label,
    default_data_dir,
    error_log_file,
    is_sqlite,
    normalise_url,
    resolve_url,
    sqlite_path,
    sqlite_url,
)
from models.enums import Role

#: Where databases are and how they are named, for the window (which takes from ``models`` only the vocabulary).
__all__ = [
    "default_data_dir",
    "masked",
    "error_log_file",
    "normalise_url",
    "open_for_work",
    "opening_refusal",
    "resolve_url",
    "server_refusal",
    "services_on",
    "shown_url",
    "sqlite_path",
    "sqlite_url",
    "with_password",
    "without_password",
]

#: ``scheme://user:password@`` anywhere in a text: the password part.
_PASSWORD_IN_URL = re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]+@", re.IGNORECASE)


def shown_url(url: str) -> str:
    """A database as people see it (title, menus, messages, logs): a file's path, else the URL with its
    password as ``***`` — the one way every place that shows a database names it."""
    return database_label(url) if "://" in url else url  # a bare path is a file's


def masked(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***`` (error texts, log lines)."""
    return _PASSWORD_IN_URL.sub(r"\g<head>***@", text)


def without_password(url: str) -> str:
    """``url`` as it may be stored (settings, recent databases): without its password."""
    if "://" not in url:
        return url
    parsed = make_url(url)
    if parsed.password is None:
        return url
    return parsed._replace(password=None).render_as_string(hide_password=False)


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` (asked of the person, kept in memory only)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def open_for_work(url_or_path: str, *, database: Database | None = None) -> Services:
    """Services on the database at ``url_or_path`` (or on ``database``, already open), nobody signed in yet."""
    from coop_desk.pg_roles import open_database

    db = database if database is not None else open_database(normalise_url(url_or_path))
    try:
        return Services(ServiceContext(db))
    except BaseException:
        db.dispose()
        raise


def services_on(url: str, *, migrate: bool = True, actor: str | None = None, role: Role | None = None) -> Services:
    """Services on their own connection to ``url`` as it is (a worker thread's: the schema was checked when
    the database was opened for work, so ``migrate=False``; a new demo file: ``migrate=True``)."""
    ctx = ServiceContext(Database(url, migrate=migrate))
    if actor:
        ctx.actor = actor
    ctx.role = role
    return Services(ctx)


def opening_refusal(exc: BaseException, url: str = "") -> CoopDeskError | None:
    """A failure to open a database as a refusal with translatable lines (the schema check's refusal, a
    refusal of the services, or a server of ``url`` that could not be used), or None for anything else (a
    driver's or the system's error)."""
    if isinstance(exc, SchemaRefused):
        from coop_desk.schema_refusals import schema_refusal

        return schema_refusal(exc)
    if isinstance(exc, CoopDeskError):
        return exc
    return server_refusal(exc, url)


def server_refusal(exc: BaseException, url: str) -> CoopDeskError | None:
    """The one sentence for a database server of ``url`` that could not be used (not reached, a refused
    password, no such database…), or None when ``exc`` is no such failure or ``url`` is a file."""
    from sqlalchemy.exc import ArgumentError, DBAPIError

    from coop_desk.connection_errors import OTHER, connection_refusal, failure_kind

    if not isinstance(exc, DBAPIError) or "://" not in url or failure_kind(exc) == OTHER:
        return None
    try:
        return None if is_sqlite(url) else connection_refusal(url, exc)
    except (ArgumentError, ValueError):  # a URL that cannot be read names no server: the driver's reason
        return None
