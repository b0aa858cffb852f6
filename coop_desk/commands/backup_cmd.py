"""``coop-desk backup FILE`` and ``coop-desk restore FILE [--replace]`` (see coop_desk.backup).

On a shared (PostgreSQL) database both need a signed-in programme owner (a backup holds the password hashes);
a restore also connects as the PostgreSQL role that owns the database (``--admin-user``), into an empty
database too, and grants the application roles their privileges again afterwards.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coop_desk import backup as backups
from coop_desk.commands.access import add_admin_option, admin_credentials, owner_signed_in
from coop_desk.commands.common import Outcome
from coop_desk.text import Text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "backup",
        help="back up the database and its attachments to one file",
        description="Write the database (SQLite: online backup; PostgreSQL: pg_dump) and its attachments to "
        f"one {backups.SUFFIX} file.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help=f"the backup file to write (e.g. 2027{backups.SUFFIX})")
    p.set_defaults(handler=run_backup, opens_db=False)
    r = sub.add_parser(
        "restore",
        help="restore a backup into the database",
        description="Restore a backup written by `coop-desk backup` and check that the result opens.",
    )
    r.add_argument("file", type=Path, metavar="FILE", help="the backup file to read")
    r.add_argument("--replace", action="store_true", help="overwrite a database that already holds data")
    add_admin_option(r)
    r.set_defaults(handler=run_restore, opens_db=False)


def _url(args: argparse.Namespace) -> str:
    from models.db import resolve_url

    return resolve_url(getattr(args, "db", None))


def run_backup(_services: object, args: argparse.Namespace) -> Outcome:
    from models.db import is_sqlite

    url = _url(args)
    if not is_sqlite(url):
        owner_signed_in(url, args, Text("back up the database"))
    done = backups.backup(url, args.file)
    total = sum(done.rows.values())
    line = f"backed up the {done.kind} database ({total} row(s), {done.attachments} attachment(s)) to {done.path}"
    return Outcome(lines=[line], data=_data(done, path=str(done.path)))


def _data(done: backups.BackupResult | backups.RestoreResult, **extra: str) -> dict[str, object]:
    data: dict[str, object] = {
        "kind": done.kind,
        "revision": done.revision,
        "attachments": done.attachments,
        "rows": done.rows,
    }
    return data | extra


def run_restore(_services: object, args: argparse.Namespace) -> Outcome:
    from models.db import is_sqlite

    url = _url(args)
    done = backups.restore(args.file, url, replace=args.replace) if is_sqlite(url) else _restore_shared(args, url)
    total = sum(done.rows.values())
    line = (
        f"restored {args.file} ({total} row(s), {done.attachments} attachment(s)); "
        f"the database opens at schema revision {done.revision}"
    )
    return Outcome(lines=[line], data=_data(done, file=str(args.file)))


def _restore_shared(args: argparse.Namespace, url: str) -> backups.RestoreResult:
    """As the database owner role; a programme owner signs in first unless the database has no users yet."""
    from coop_desk import pg_roles
    from models.db import Database

    admin, password = admin_credentials(args, Text("restoring a backup"))
    engine = pg_roles.connect_as_owner(url, admin, password)
    target = pg_roles.owner_url(url, admin, password)
    try:
        with engine.connect() as conn:
            users = pg_roles.user_count(conn)
            roles = pg_roles.app_roles(conn)
        if users:
            owner_signed_in(url, args, Text("restore a backup"), database=Database(target, migrate=False))
        done = backups.restore(args.file, target, replace=args.replace)
        with engine.begin() as conn:
            for role in pg_roles.everyday_roles(conn, url, admin, roles):
                pg_roles.grant_app_role(conn, role)
    finally:
        engine.dispose()
    return done
