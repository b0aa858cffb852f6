"""Opening a database for everyday work: the one way the window and the command line both open it.

A bare file path is a SQLite file; a SQLite file is created and migrated as it opens, a shared
(PostgreSQL) database must already be at this version's schema, and a database this version must not
open (not ours, newer, not a database) is refused with :class:`models.db.SchemaRefused`. Signing in
is the caller's (a prompt on the command line, a dialog in the window). No Qt here.
"""

from __future__ import annotations

from coop_desk.services import ServiceContext, Services
from models.db import Database, normalise_url


def open_for_work(url_or_path: str, *, database: Database | None = None) -> Services:
    """Services on the database at ``url_or_path`` (or on ``database``, already open), nobody signed in yet."""
    from coop_desk.pg_roles import open_database

    db = database if database is not None else open_database(normalise_url(url_or_path))
    try:
        return Services(ServiceContext(db))
    except BaseException:
        db.dispose()
        raise
