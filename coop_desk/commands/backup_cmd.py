"""``coop-desk backup FILE`` and ``coop-desk restore FILE [--replace]`` (see coop_desk.backup)."""

from __future__ import annotations

import argparse
from pathlib import Path

from coop_desk import backup as backups
from coop_desk.commands.common import Outcome


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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
    r.set_defaults(handler=run_restore, opens_db=False)


def _url(args: argparse.Namespace) -> str:
    from models.db import resolve_url

    return resolve_url(getattr(args, "db", None))


def run_backup(_services: object, args: argparse.Namespace) -> Outcome:
    done = backups.backup(_url(args), args.file)
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
    done = backups.restore(args.file, _url(args), replace=args.replace)
    total = sum(done.rows.values())
    line = (
        f"restored {args.file} ({total} row(s), {done.attachments} attachment(s)); "
        f"the database opens at schema revision {done.revision}"
    )
    return Outcome(lines=[line], data=_data(done, file=str(args.file)))
