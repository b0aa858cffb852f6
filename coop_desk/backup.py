"""Backups of a whole programme: the database and its attachments in one file, and their restore.

A backup is one zip file (``*.coopdesk-backup``) holding

* ``manifest.json`` — format version, kind (``sqlite`` or ``postgresql``), schema revision, the CoopDesk version
  that wrote it, when, row counts;
* ``database.sqlite`` — a consistent copy of a SQLite database made with the sqlite3 online backup API
  (safe while the application is running), and ``attachments/ab/abcdef…`` — the files stored beside it;
* or ``database.pgdump`` — ``pg_dump -Fc`` of a PostgreSQL database (its attachments live in the database).

The file is written to a temporary name in the target folder, flushed and renamed, so a crash never leaves a
half-written backup under the chosen name. A restore checks the backup completely before anything is
replaced (members, manifest, a schema revision this version knows; for SQLite, in a temporary file: exactly
the schema the migrations create, the manifest's row counts, then the upgrade to this version), and only
then renames it over the target (SQLite: refused while another program has the file open) or runs
``pg_restore`` in one transaction (PostgreSQL, after the same checks of the dump). It refuses to overwrite a
database that holds data unless ``replace=True``. No Qt here: the command line and the window both use it.

The jobs are split: :mod:`coop_desk.backup_manifest` (the file's format and its manifest's checks),
:mod:`coop_desk.backup_target` (what a restore would replace), :mod:`coop_desk.backup_checks` (the checks of a
SQLite backup's database), :mod:`coop_desk.backup_sqlite` and :mod:`coop_desk.backup_pg` (each kind's backup and
restore), :mod:`coop_desk.schema_refusals` (the refusal texts); this module is the entry point.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, inspect, select
from sqlalchemy.engine import make_url

from coop_desk.backup_manifest import (
    ATTACHMENTS,
    FORMAT,
    MANIFEST,
    PG_MEMBER,
    SQLITE_MEMBER,
    SUFFIX,
    known_revision,
    manifest_rows,
    read_manifest,
)
from coop_desk.backup_pg import pg_dump, restore_pg
from coop_desk.backup_sqlite import attachment_files, restore_sqlite, sqlite_copy
from coop_desk.backup_target import check_target, holds_data
from coop_desk.errors import InvalidInput, Problem, Refused
from coop_desk.schema_refusals import schema_refusal
from coop_desk.text import Text
from models import Base
from models.db import (
    SchemaRefused,
    current_revision,
    database_label,
    make_engine,
    program_version,
    sqlite_path,
    upgrade,
)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    kind: str
    revision: str | None
    attachments: int
    rows: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class RestoreResult:
    url: str
    kind: str
    revision: str | None
    attachments: int
    rows: dict[str, int] = field(default_factory=dict)


# -- backup ---------------------------------------------------------------------------------------
def backup(db_url: str, target: Path | str) -> BackupResult:
    """Write a backup of the database at ``db_url`` (and its attachments) to ``target``."""
    target = Path(target)
    if target.is_dir():
        raise InvalidInput(Problem(str(target), Text("is a folder; name the backup file to write")))
    if target.exists() and not target.is_file():  # /dev/full, a pipe: never replaced by a regular file
        raise InvalidInput(Problem(str(target), Text("is not a regular file; name the backup file to write")))
    source = sqlite_path(db_url)
    if source is not None and target.resolve() == source.resolve():
        raise InvalidInput(Problem(str(target), Text("is the database itself; choose another file")))
    if not target.parent.is_dir():
        raise InvalidInput(Problem(str(target), Text("its folder {folder} does not exist", folder=str(target.parent))))
    kind = "sqlite" if source is not None else _server_kind(db_url)
    with tempfile.TemporaryDirectory(prefix="coopdesk-backup-") as tmp_dir:
        tmp = Path(tmp_dir)
        if source is not None:
            if not source.is_file():
                raise InvalidInput(Problem(str(source), Text("there is no database file to back up")))
            dump = tmp / SQLITE_MEMBER
            sqlite_copy(source, dump)
            files = attachment_files(source.parent / ATTACHMENTS)
        else:
            dump = tmp / PG_MEMBER
            pg_dump(db_url, dump)
            files = []
        revision, rows = _describe(db_url)
        manifest = {
            "format": FORMAT,
            "kind": kind,
            "revision": revision,
            "version": program_version(),
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "rows": rows,
            "attachments": len(files),
        }
        _write_zip(target, manifest, dump, files)
    return BackupResult(target, kind, revision, len(files), rows)


def _server_kind(db_url: str) -> str:
    backend = make_url(db_url).get_backend_name()
    if backend != "postgresql":
        raise Refused(
            Text("backing up a {backend} database is not supported (only SQLite files and PostgreSQL)", backend=backend)
        )
    return "postgresql"


def _describe(db_url: str) -> tuple[str | None, dict[str, int]]:
    """The schema revision and every table's row count (this also proves the database opens)."""
    engine = make_engine(db_url)
    try:
        revision = current_revision(engine)
        present = set(inspect(engine).get_table_names())
        rows: dict[str, int] = {}
        with engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                if table.name in present:
                    rows[table.name] = int(conn.scalar(select(func.count()).select_from(table)) or 0)
        return revision, rows
    finally:
        engine.dispose()


def _write_zip(target: Path, manifest: dict[str, object], dump: Path, files: list[tuple[Path, str]]) -> None:
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
            zf.write(dump, dump.name)
            for path, arcname in files:
                zf.write(path, arcname, compress_type=zipfile.ZIP_STORED)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        why = Text("cannot be written: {reason}", reason=str(exc.strerror or exc))
        raise Refused(Problem(str(target), why)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# -- restore --------------------------------------------------------------------------------------
def restore(backup_file: Path | str, db_url: str, *, replace: bool = False) -> RestoreResult:
    """Restore a backup into ``db_url``; refuses a database holding data unless ``replace``.

    Nothing is replaced before the backup was checked completely: its manifest, its schema revision (one
    this version knows), its schema (exactly what the migrations create), its row counts (the manifest's).
    A SQLite backup is checked and upgraded in a temporary file beside the target, which then replaces the
    target in one rename, keeping the target's permissions; a target open in another program is refused.
    Any failure before that rename leaves the target as it was. A PostgreSQL dump is compared (pg_restore's
    script) with the schema the migrations create in a scratch schema of the target (dropped at once) and
    its COPY rows counted, before ``pg_restore`` replaces the database in one transaction."""
    backup_file = Path(backup_file)
    manifest = read_manifest(backup_file)
    target = sqlite_path(db_url)
    kind = "sqlite" if target is not None else _server_kind(db_url)
    if kind != manifest["kind"]:
        raise Refused(
            Text(
                "{file} is a {kind} backup; it cannot be restored into a {target} database",
                file=str(backup_file),
                kind=manifest["kind"],
                target=kind,
            )
        )
    revision = known_revision(manifest, backup_file)
    expected = manifest_rows(manifest, backup_file)
    if target is not None:
        check_target(target, replace=replace)
        attachments = restore_sqlite(backup_file, target, revision, expected)
    else:
        if not replace and holds_data(db_url):
            raise Refused(
                Text(
                    "the database {database} already holds data; restore with --replace to overwrite it",
                    database=_label(db_url),
                )
            )
        attachments = 0
        restore_pg(backup_file, db_url, revision, expected)
        engine = make_engine(db_url)
        try:
            upgrade(engine)  # an older backup opens in this version
        except SchemaRefused as exc:
            raise schema_refusal(exc) from None
        finally:
            engine.dispose()
    now, rows = _describe(db_url)
    return RestoreResult(db_url, kind, now, attachments, rows)


def _label(db_url: str) -> str:
    return database_label(db_url)


__all__ = [
    "SUFFIX",
    "BackupResult",
    "RestoreResult",
    "backup",
    "holds_data",
    "read_manifest",
    "restore",
    "schema_refusal",
]
