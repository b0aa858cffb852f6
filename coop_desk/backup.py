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
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import tempfile
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from sqlalchemy import create_engine, func, inspect, select
from sqlalchemy.engine import make_url

from coop_desk.errors import InvalidInput, Problem, Refused
from coop_desk.text import Text
from models import Base
from models.db import (
    SchemaRefused,
    current_revision,
    database_label,
    known_revisions,
    make_engine,
    program_version,
    sqlite_path,
    sqlite_url,
    upgrade,
)

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
#: How long a restore waits for the target SQLite file's lock before saying another program has it open.
LOCK_TIMEOUT = 0.5


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
            if not isinstance(manifest, dict):
                raise InvalidInput(Problem(where, Text("is not a CoopDesk backup: its manifest is not a JSON object")))
            member = SQLITE_MEMBER if manifest.get("kind") == "sqlite" else PG_MEMBER
            if member not in zf.namelist():
                raise InvalidInput(Problem(where, Text("is incomplete: {member} is missing", member=member)))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RecursionError) as exc:
        why = Text("is not a readable CoopDesk backup: {reason}", reason=str(exc))
        raise InvalidInput(Problem(where, why)) from exc
    if manifest.get("format") != FORMAT:
        raise InvalidInput(Problem(where, Text("is a backup of an unknown format (written by a newer CoopDesk?)")))
    if manifest.get("kind") not in ("sqlite", "postgresql"):
        why = Text("names an unknown database kind {kind}", kind=repr(manifest.get("kind")))
        raise InvalidInput(Problem(where, why))
    return manifest


def schema_refusal(exc: SchemaRefused) -> Refused:
    """models.db's refusal to open a database, as a translatable refusal."""
    d = exc.details
    if exc.reason == "not_a_database":
        why = Text(
            "is not a SQLite database ({detail}); CoopDesk opens only its own database files", detail=d["detail"]
        )
    elif exc.reason == "foreign":
        why = Text(
            "is not a CoopDesk database: it holds other tables ({tables}) and no CoopDesk schema revision; "
            "CoopDesk does not add its tables to another application's database",
            tables=d["tables"],
        )
    elif exc.reason == "newer":
        why = Text(
            "was written by a newer CoopDesk: its schema revision {revision} is not one that this version "
            "({version}) knows; open it with the version that wrote it, or a newer one",
            revision=d["revision"],
            version=d["version"],
        )
    elif exc.reason == "read_only_old":
        why = Text(
            "is in a read-only folder ({folder}) and at schema revision {revision}: it needs an upgrade (and a "
            "copy made first), which cannot be written there; open it where it can be written",
            folder=d["folder"],
            revision=d["revision"],
        )
    else:
        why = Text(
            "the schema upgrade to revision {revision} was stopped because it would leave rows that refer to "
            "missing rows ({detail}); the database stays at its previous revision",
            revision=d["revision"],
            detail=d["detail"],
        )
    return Refused(Problem(exc.where, why))


def holds_data(db_url: str) -> bool:
    """True if the database exists and has rows in any of the programme's tables (a SQLite file is only read)."""
    path = sqlite_path(db_url)
    if path is not None:
        if not path.exists() or path.stat().st_size == 0:
            return False
        lite = sqlite3.connect(_uri(path, "ro"), uri=True)
        try:
            present = {row[0] for row in lite.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            return any(
                lite.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() for name in DATA_TABLES if name in present
            )
        finally:
            lite.close()
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
    revision = _known_revision(manifest, backup_file)
    expected = _manifest_rows(manifest, backup_file)
    if target is not None:
        _check_target(target, replace=replace)
        attachments = _restore_sqlite(backup_file, target, revision, expected)
    else:
        if not replace and holds_data(db_url):
            raise Refused(
                Text(
                    "the database {database} already holds data; restore with --replace to overwrite it",
                    database=_label(db_url),
                )
            )
        attachments = 0
        _restore_pg(backup_file, db_url, revision, expected)
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


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(path.resolve().as_posix(), safe='/:')}?mode={mode}"


def _known_revision(manifest: dict[str, object], backup_file: Path) -> str:
    """The backup's schema revision, refused when this version does not know it (a newer CoopDesk made it)."""
    revision = manifest.get("revision")
    if not isinstance(revision, str) or not revision:
        raise InvalidInput(Problem(str(backup_file), Text("its manifest names no schema revision")))
    if revision not in known_revisions():
        made_by = manifest.get("version")
        raise Refused(
            Problem(
                str(backup_file),
                Text(
                    "was made by CoopDesk {version} at schema revision {revision}, which this version ({ours}) "
                    "does not know; restore it with CoopDesk {version} or newer",
                    version=str(made_by) if isinstance(made_by, str) and made_by else Text("(a newer version)"),
                    revision=revision,
                    ours=program_version(),
                ),
            )
        )
    return revision


def _manifest_rows(manifest: dict[str, object], backup_file: Path) -> dict[str, int]:
    rows = manifest.get("rows")
    if not isinstance(rows, dict) or not all(isinstance(k, str) and type(v) is int and v >= 0 for k, v in rows.items()):
        why = Text("its manifest has no row counts (a table name and a whole number for each table)")
        raise InvalidInput(Problem(str(backup_file), why))
    return dict(rows)


def _check_target(target: Path, *, replace: bool) -> None:
    """The file a restore would replace: nothing, an empty file or a CoopDesk database (with data only when
    ``replace``). Only read."""
    if not target.exists():
        return
    where = str(target)
    if not target.is_file():
        raise Refused(Problem(where, Text("is not a file; a restore replaces only a CoopDesk database file")))
    if target.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(_uri(target, "ro"), uri=True, timeout=LOCK_TIMEOUT)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        why = Text("is not a CoopDesk database ({reason}); a restore does not overwrite it", reason=str(exc))
        raise Refused(Problem(where, why)) from exc
    ours = {t.name for t in Base.metadata.sorted_tables} | {"alembic_version"}
    foreign = sorted(t for t in tables if not t.startswith("sqlite_") and t not in ours)
    if foreign or (tables and "alembic_version" not in tables):
        shown = ", ".join(foreign[:5]) or ", ".join(sorted(tables)[:5])
        why = Text("is not a CoopDesk database (it holds {tables}); a restore does not overwrite it", tables=shown)
        raise Refused(Problem(where, why))
    if not replace and holds_data(sqlite_url(target)):
        raise Refused(
            Text(
                "the database {database} already holds data; restore with --replace to overwrite it",
                database=where,
            )
        )


def _restore_sqlite(backup_file: Path, target: Path, revision: str, expected: dict[str, int]) -> int:
    """Check the backup's database in a temporary folder beside ``target``, upgrade it there, then put it in
    place with one rename (after the attachments, which merge). The target is untouched until the rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".restoring"))
    try:
        copy = work / target.name
        with zipfile.ZipFile(backup_file) as zf:
            with zf.open(SQLITE_MEMBER) as src, open(copy, "wb") as out:
                shutil.copyfileobj(src, out)
                out.flush()
                os.fsync(out.fileno())
            _check_sqlite(copy, backup_file)
            _check_copy(copy, backup_file, revision, expected)
            _upgrade_copy(copy, backup_file)
            count = _restore_attachments(zf, target.parent / ATTACHMENTS)
        _seal(copy, target)
        _put_in_place(copy, target)
        return count
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InvalidInput(Problem(str(backup_file), Text("cannot be restored: {reason}", reason=str(exc)))) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


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


def _sqlite_schema(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str]]:
    """(type, name) → (table, SQL with its spacing normalised) of every table, index, trigger and view; a
    table's columns and constraints in a canonical order (a table rebuilt by a migration lists its
    constraints in an order that varies from one run to the next)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'")
    return {
        (kind, name): (table, canonical_table_sql(sql) if kind == "table" else " ".join((sql or "").split()))
        for kind, name, table, sql in rows
    }


def canonical_table_sql(sql: str | None) -> str:
    """``CREATE TABLE name (a, b, c)`` with its items (split at top-level commas, outside quotes) sorted."""
    text = " ".join((sql or "").split())
    start, end = text.find("("), text.rfind(")")
    if start < 0 or end < start:
        return text
    items: list[str] = []
    depth, quote = 0, ""
    current: list[str] = []
    for ch in text[start + 1 : end]:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"`[":
            quote = "]" if ch == "[" else ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    items.append("".join(current).strip())
    return f"{text[:start].strip()} ({', '.join(sorted(items))}){text[end + 1 :]}"


@functools.lru_cache(maxsize=8)
def _reference_schema(revision: str) -> dict[tuple[str, str], tuple[str, str]]:
    """The schema that this version's migrations create at ``revision``, in a fresh empty SQLite file."""
    with tempfile.TemporaryDirectory(prefix="coopdesk-reference-") as tmp:
        engine = make_engine(sqlite_url(Path(tmp) / "reference.sqlite"))
        try:
            upgrade(engine, revision, copy_first=False)
        finally:
            engine.dispose()
        conn = sqlite3.connect(Path(tmp) / "reference.sqlite")
        try:
            return _sqlite_schema(conn)
        finally:
            conn.close()


def _check_copy(copy: Path, backup_file: Path, revision: str, expected: dict[str, int]) -> None:
    """The restored copy is a CoopDesk database at the manifest's revision, with exactly the tables, indexes
    and triggers the migrations create there, the manifest's row counts and no dangling reference."""
    where = str(backup_file)
    conn = sqlite3.connect(str(copy))
    try:
        schema = _sqlite_schema(conn)
        if ("table", "alembic_version") not in schema:
            raise InvalidInput(Problem(where, Text("its database is not a CoopDesk database (no schema revision)")))
        stamped = sorted(str(row[0]) for row in conn.execute("SELECT version_num FROM alembic_version"))
        if stamped != [revision]:
            why = Text(
                "its database is at schema revision {found}, but its manifest says {revision}",
                found=", ".join(stamped) or "-",
                revision=revision,
            )
            raise InvalidInput(Problem(where, why))
        reference = _reference_schema(revision)
        differences = [
            *(f"+{kind} {name}" for kind, name in sorted(schema.keys() - reference.keys())),
            *(f"-{kind} {name}" for kind, name in sorted(reference.keys() - schema.keys())),
            *(
                f"~{kind} {name}"
                for kind, name in sorted(schema.keys() & reference.keys())
                if schema[kind, name] != reference[kind, name]
            ),
        ]
        if differences:
            why = Text(
                "its database is not the schema that CoopDesk's migrations create at revision {revision} "
                "(+ extra, - missing, ~ changed: {differences}); it was not restored",
                revision=revision,
                differences=", ".join(differences[:8]) + (", …" if len(differences) > 8 else ""),
            )
            raise InvalidInput(Problem(where, why))
        tables = sorted(
            name
            for kind, name in schema
            if kind == "table" and name != "alembic_version" and not name.startswith("sqlite_")
        )
        counts = {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in tables}
        if counts != expected:
            wrong = [
                f"{name}: {counts.get(name, '-')} / {expected.get(name, '-')}"
                for name in sorted(counts.keys() | expected.keys())
                if counts.get(name) != expected.get(name)
            ]
            why = Text(
                "its database's row counts differ from its manifest (table: rows / manifest: {tables}); "
                "it was not restored",
                tables=", ".join(wrong[:8]) + (", …" if len(wrong) > 8 else ""),
            )
            raise InvalidInput(Problem(where, why))
        dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            why = Text(
                "its database has rows that refer to missing rows ({tables}); it was not restored",
                tables=", ".join(sorted({str(row[0]) for row in dangling})),
            )
            raise InvalidInput(Problem(where, why))
    except sqlite3.Error as exc:
        why = Text("its database does not open: {reason}", reason=str(exc))
        raise InvalidInput(Problem(where, why)) from exc
    finally:
        conn.close()


def _upgrade_copy(copy: Path, backup_file: Path) -> None:
    """An older backup is brought to this version's schema in its temporary place (no pre-upgrade copy)."""
    engine = make_engine(sqlite_url(copy))
    try:
        upgrade(engine, copy_first=False)
    except SchemaRefused as exc:
        raise schema_refusal(exc) from None
    finally:
        engine.dispose()


def _seal(copy: Path, target: Path) -> None:
    """The copy as one self-contained file (no WAL beside it), on disk, with the target's permissions."""
    conn = sqlite3.connect(str(copy), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    with open(copy, "rb+") as fh:
        os.fsync(fh.fileno())
    if target.exists():
        mode = stat.S_IMODE(target.stat().st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(copy, mode)


def _put_in_place(copy: Path, target: Path) -> None:
    """Replace ``target`` by ``copy`` in one rename, holding the target's exclusive lock so that no other
    connection has it open (refused when one has: another CoopDesk is using it)."""
    lock = _exclusive_lock(target)
    try:
        if lock is not None and os.name == "nt":  # Windows cannot rename over an open file
            lock.close()
            lock = None
        os.replace(copy, target)
        for suffix in ("-wal", "-shm", "-journal"):  # the old file's (empty) logs must not meet the new one
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        _fsync_folder(target.parent)
    finally:
        if lock is not None:
            lock.close()


def _exclusive_lock(target: Path) -> sqlite3.Connection | None:
    """A connection holding ``target``'s exclusive lock, or a refusal naming the file when another
    connection (another CoopDesk, another program) has it open; None when there is no database there yet.
    A log left by a crash is merged first, so that it cannot be applied to the restored file."""
    if not target.exists() or target.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(_uri(target, "rw"), uri=True, timeout=LOCK_TIMEOUT, isolation_level=None)
    except sqlite3.Error as exc:
        why = Text("cannot be replaced: {reason}", reason=str(exc))
        raise Refused(Problem(str(target), why)) from exc
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        if Path(f"{target}-wal").is_file() and Path(f"{target}-wal").stat().st_size:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("BEGIN EXCLUSIVE")
    except sqlite3.Error as exc:
        conn.close()
        why = Text(
            "is open in another CoopDesk window or program; close it there, then restore again (nothing was changed)"
        )
        raise Refused(Problem(str(target), why)) from exc
    return conn


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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


def _restore_pg(backup_file: Path, db_url: str, revision: str, expected: dict[str, int]) -> None:
    """Check the dump (schema and row counts) before ``pg_restore`` replaces anything, in one transaction."""
    with tempfile.TemporaryDirectory(prefix="coopdesk-restore-") as tmp_dir:
        dump = Path(tmp_dir) / PG_MEMBER
        with zipfile.ZipFile(backup_file) as zf, zf.open(PG_MEMBER) as src, open(dump, "wb") as out:
            shutil.copyfileobj(src, out)
        _check_pg_dump(dump, db_url, backup_file, revision, expected)
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


_PG_HEADER = re.compile(r"^-- Name: (?P<name>.*); Type: (?P<type>[^;]*); Schema: (?P<schema>[^;]*); Owner: .*$")


def _pg_blocks(script: str, schema: str = "public") -> dict[tuple[str, str, str], str]:
    """(type, schema, name) → the statement, spacing normalised, of every object of a pg_dump script; the
    objects of ``schema`` are named as if they were in ``public``."""
    blocks: dict[tuple[str, str, str], list[str]] = {}
    current: list[str] | None = None
    for line in script.splitlines():
        header = _PG_HEADER.match(line)
        if header:
            where = "public" if header["schema"] == schema else header["schema"]
            current = blocks.setdefault((header["type"], where, header["name"]), [])
        elif current is not None and line.strip() and not line.startswith(("--", "SET ", "\\", "SELECT pg_catalog.")):
            current.append(line.replace(f"{schema}.", "public."))
    out = {key: " ".join(" ".join(lines).split()) for key, lines in blocks.items()}
    if schema != "public":
        out.pop(("SCHEMA", "-", schema), None)
    return out


def _pg_script(args: list[str], what: str) -> str:
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=3600, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Refused(Text("{what} failed: {reason}", what=what, reason=str(exc))) from exc
    if done.returncode != 0:
        message = (done.stderr or done.stdout).strip().splitlines()
        reason = message[-1] if message else Text("exit code {code}", code=done.returncode)
        raise Refused(Text("{what} failed: {reason}", what=what, reason=reason))
    return done.stdout


def _pg_reference(db_url: str, revision: str) -> dict[tuple[str, str, str], str]:
    """The schema this version's migrations create at ``revision``, built in a scratch schema of the target
    database (dropped at once) and described by pg_dump as the backup's dump is."""
    scratch = f"coopdesk_check_{uuid.uuid4().hex[:12]}"
    admin = make_engine(db_url)
    try:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{scratch}"')
        try:
            engine = create_engine(db_url, connect_args={"options": f"-csearch_path={scratch}"})
            try:
                upgrade(engine, revision, copy_first=False)
            finally:
                engine.dispose()
            args = [_tool("pg_dump"), "--schema-only", "--no-owner", "--no-privileges", "-n", scratch, "-f", "-"]
            script = _pg_script([*args, _libpq_url(db_url)], "pg_dump")
        finally:
            with admin.begin() as conn:
                conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{scratch}" CASCADE')
    finally:
        admin.dispose()
    return _pg_blocks(script, scratch)


def _pg_counts(dump: Path) -> tuple[dict[str, int], list[str]]:
    """Rows per table of the dump (its COPY blocks, read as a stream) and its alembic_version rows."""
    args = [_tool("pg_restore"), "--data-only", "-f", "-", str(dump)]
    counts: dict[str, int] = {}
    stamped: list[str] = []
    try:
        with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
            assert proc.stdout is not None
            table: str | None = None
            for line in proc.stdout:
                if table is None:
                    if line.startswith("COPY "):
                        name = line.split()[1]
                        table = name.split(".", 1)[1] if name.startswith("public.") else name
                        counts[table] = 0
                elif line.rstrip("\n") == "\\.":
                    table = None
                else:
                    counts[table] += 1
                    if table == "alembic_version":
                        stamped.append(line.rstrip("\n"))
            error = proc.stderr.read() if proc.stderr is not None else ""
    except OSError as exc:
        raise Refused(Text("{what} failed: {reason}", what="pg_restore", reason=str(exc))) from exc
    if proc.returncode != 0:
        lines = error.strip().splitlines()
        reason = lines[-1] if lines else Text("exit code {code}", code=proc.returncode)
        raise Refused(Text("{what} failed: {reason}", what="pg_restore", reason=reason))
    return counts, stamped


def _check_pg_dump(dump: Path, db_url: str, backup_file: Path, revision: str, expected: dict[str, int]) -> None:
    """The dump holds exactly the schema the migrations create at ``revision`` (no extra table, view,
    trigger, function, index or schema), is stamped with that revision and has the manifest's row counts."""
    where = str(backup_file)
    args = [_tool("pg_restore"), "--schema-only", "--no-owner", "--no-privileges", "-f", "-", str(dump)]
    found = _pg_blocks(_pg_script(args, "pg_restore"))
    reference = _pg_reference(db_url, revision)
    differences = [
        *(f"+{kind} {schema}.{name}" for kind, schema, name in sorted(found.keys() - reference.keys())),
        *(f"-{kind} {schema}.{name}" for kind, schema, name in sorted(reference.keys() - found.keys())),
        *(
            f"~{kind} {schema}.{name}"
            for kind, schema, name in sorted(found.keys() & reference.keys())
            if found[kind, schema, name] != reference[kind, schema, name]
        ),
    ]
    if differences:
        why = Text(
            "its database is not the schema that CoopDesk's migrations create at revision {revision} "
            "(+ extra, - missing, ~ changed: {differences}); it was not restored",
            revision=revision,
            differences=", ".join(differences[:8]) + (", …" if len(differences) > 8 else ""),
        )
        raise InvalidInput(Problem(where, why))
    counts, stamped = _pg_counts(dump)
    if stamped != [revision]:
        why = Text(
            "its database is at schema revision {found}, but its manifest says {revision}",
            found=", ".join(stamped) or "-",
            revision=revision,
        )
        raise InvalidInput(Problem(where, why))
    counts.pop("alembic_version", None)
    tables = {name for kind, _schema, name in found if kind == "TABLE" and name != "alembic_version"}
    counts = {name: counts.get(name, 0) for name in tables} | counts
    if counts != expected:
        wrong = [
            f"{name}: {counts.get(name, '-')} / {expected.get(name, '-')}"
            for name in sorted(counts.keys() | expected.keys())
            if counts.get(name) != expected.get(name)
        ]
        why = Text(
            "its database's row counts differ from its manifest (table: rows / manifest: {tables}); "
            "it was not restored",
            tables=", ".join(wrong[:8]) + (", …" if len(wrong) > 8 else ""),
        )
        raise InvalidInput(Problem(where, why))


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
