"""Backups of a whole programme: the database and its attachments in one file, and their restore.

A backup is one zip file (``*.coopdesk-backup``) holding

* ``manifest.json`` — format version, kind (``sqlite`` or ``postgresql``), schema revision, when, row counts;
* ``database.sqlite`` — a consistent copy of a SQLite database made with the sqlite3 online backup API
  (safe while the application is running), and ``attachments/ab/abcdef…`` — the files stored beside it;
* or ``database.pgdump`` — ``pg_dump -Fc`` of a PostgreSQL database (its attachments live in the database).

The file is written to a temporary name in the target folder, flushed and renamed, so a crash never leaves a
half-written backup under the chosen name. A restore checks the backup (members, manifest), restores into a
temporary file (SQLite) or runs ``pg_restore`` (PostgreSQL), then proves that the result opens: the schema is
brought to the current revision and every table's row count is read. It refuses to overwrite a database that
holds data unless ``replace=True``. No Qt here: the command line and the window both use it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from sqlalchemy import func, inspect, select
from sqlalchemy.engine import make_url

from coop_desk.errors import InvalidInput, Problem, Refused
from coop_desk.text import Text
from models import Base
from models.db import current_revision, make_engine, sqlite_path, upgrade

FORMAT = 1
SUFFIX = ".coopdesk-backup"
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database.sqlite"
PG_MEMBER = "database.pgdump"
ATTACHMENTS = "attachments"
#: Tables whose rows mean "this database holds a programme" (migrations create no rows in them).
DATA_TABLES = ("audit_event", "programme_year", "dealer", "attachment")


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
            _sqlite_copy(source, dump)
            files = _attachment_files(source.parent / ATTACHMENTS)
        else:
            dump = tmp / PG_MEMBER
            _pg_dump(db_url, dump)
            files = []
        revision, rows = _describe(db_url)
        manifest = {
            "format": FORMAT,
            "kind": kind,
            "revision": revision,
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


def _sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file (the online backup API), as a single file (no WAL)."""
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise Refused(Problem(str(source), Text("cannot be backed up: {reason}", reason=str(exc)))) from exc
    finally:
        src.close()


def _attachment_files(folder: Path) -> list[tuple[Path, str]]:
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.startswith(".incoming-"):
            out.append((path, f"{ATTACHMENTS}/{path.relative_to(folder).as_posix()}"))
    return out


def _libpq_url(db_url: str) -> str:
    url = make_url(db_url)
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise Refused(
            Text(
                "{name} was not found on PATH: install the PostgreSQL client tools, or back up the server database "
                "on the server",
                name=name,
            )
        )
    return found


def _run(cmd: list[str], what: str) -> None:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=3600, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Refused(Text("{what} failed: {reason}", what=what, reason=str(exc))) from exc
    if done.returncode != 0:
        message = (done.stderr or done.stdout).strip().splitlines()
        reason = message[-1] if message else Text("exit code {code}", code=done.returncode)
        raise Refused(Text("{what} failed: {reason}", what=what, reason=reason))


def _pg_dump(db_url: str, target: Path) -> None:
    _run([_tool("pg_dump"), "-Fc", "--no-owner", "--no-privileges", "-f", str(target), _libpq_url(db_url)], "pg_dump")


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
def read_manifest(backup_file: Path | str) -> dict[str, object]:
    """The backup's manifest, after checking the file is a CoopDesk backup with safe member names."""
    path = Path(backup_file)
    where = str(path)
    try:
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                pure = PurePosixPath(name)
                if pure.is_absolute() or ".." in pure.parts or "\\" in name or ":" in name:
                    why = Text("holds a member with an unsafe name: {name}", name=repr(name))
                    raise InvalidInput(Problem(where, why))
            try:
                manifest = json.loads(zf.read(MANIFEST))
            except KeyError:
                raise InvalidInput(Problem(where, Text("is not a CoopDesk backup (no manifest.json)"))) from None
            member = SQLITE_MEMBER if manifest.get("kind") == "sqlite" else PG_MEMBER
            if member not in zf.namelist():
                raise InvalidInput(Problem(where, Text("is incomplete: {member} is missing", member=member)))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        why = Text("is not a readable CoopDesk backup: {reason}", reason=str(exc))
        raise InvalidInput(Problem(where, why)) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InvalidInput(Problem(where, Text("is a backup of an unknown format (written by a newer CoopDesk?)")))
    if manifest.get("kind") not in ("sqlite", "postgresql"):
        why = Text("names an unknown database kind {kind}", kind=repr(manifest.get("kind")))
        raise InvalidInput(Problem(where, why))
    return manifest


def holds_data(db_url: str) -> bool:
    """True if the database exists and has rows in any of the programme's tables."""
    path = sqlite_path(db_url)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        return False
    engine = make_engine(db_url)
    try:
        present = set(inspect(engine).get_table_names())
        with engine.connect() as conn:
            for name in DATA_TABLES:
                if name in present:
                    table = Base.metadata.tables[name]
                    if conn.scalar(select(func.count()).select_from(table)):
                        return True
        return False
    finally:
        engine.dispose()


def restore(backup_file: Path | str, db_url: str, *, replace: bool = False) -> RestoreResult:
    """Restore a backup into ``db_url``; refuses a database holding data unless ``replace``."""
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
    if not replace and holds_data(db_url):
        raise Refused(
            Text(
                "the database {database} already holds data; restore with --replace to overwrite it",
                database=_label(db_url),
            )
        )
    if target is not None:
        attachments = _restore_sqlite(backup_file, target)
    else:
        attachments = 0
        _restore_pg(backup_file, db_url)
    engine = make_engine(db_url)
    try:
        upgrade(engine)  # an older backup opens in this version
    finally:
        engine.dispose()
    revision, rows = _describe(db_url)
    return RestoreResult(db_url, kind, revision, attachments, rows)


def _label(db_url: str) -> str:
    path = sqlite_path(db_url)
    return str(path) if path is not None else make_url(db_url).render_as_string(hide_password=True)


def _restore_sqlite(backup_file: Path, target: Path) -> int:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".restoring")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(backup_file) as zf:
            with zf.open(SQLITE_MEMBER) as src, open(tmp, "wb") as out:
                shutil.copyfileobj(src, out)
                out.flush()
                os.fsync(out.fileno())
            _check_sqlite(tmp, backup_file)
            count = _restore_attachments(zf, target.parent / ATTACHMENTS)
        for suffix in ("-wal", "-shm", "-journal"):  # a stale log beside the old file must not meet the new one
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, target)
        return count
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InvalidInput(Problem(str(backup_file), Text("cannot be restored: {reason}", reason=str(exc)))) from exc
    finally:
        tmp.unlink(missing_ok=True)


def _check_sqlite(path: Path, backup_file: Path) -> None:
    try:
        conn = sqlite3.connect(str(path))
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        why = Text("its database does not open: {reason}", reason=str(exc))
        raise InvalidInput(Problem(str(backup_file), why)) from exc
    if not result or result[0] != "ok":
        why = Text("its database is damaged: {reason}", reason=str(result[0]) if result else "?")
        raise InvalidInput(Problem(str(backup_file), why))


def _restore_attachments(zf: zipfile.ZipFile, folder: Path) -> int:
    """Attachments are named by their hash, so restoring merges: a file already there is the same file."""
    count = 0
    for info in zf.infolist():
        parts = PurePosixPath(info.filename).parts
        if len(parts) != 3 or parts[0] != ATTACHMENTS or info.is_dir():
            continue
        path = folder / parts[1] / parts[2]
        if not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(path, "wb") as out:
                shutil.copyfileobj(src, out)
        count += 1
    return count


def _restore_pg(backup_file: Path, db_url: str) -> None:
    with tempfile.TemporaryDirectory(prefix="coopdesk-restore-") as tmp_dir:
        dump = Path(tmp_dir) / PG_MEMBER
        with zipfile.ZipFile(backup_file) as zf, zf.open(PG_MEMBER) as src, open(dump, "wb") as out:
            shutil.copyfileobj(src, out)
        _run(
            [
                _tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "-d",
                _libpq_url(db_url),
                str(dump),
            ],
            "pg_restore",
        )


__all__ = ["SUFFIX", "BackupResult", "RestoreResult", "backup", "holds_data", "read_manifest", "restore"]
