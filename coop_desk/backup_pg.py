"""PostgreSQL backup and restore with the client tools: ``pg_dump -Fc``, and ``pg_restore`` in one transaction
after the dump was checked (its schema compared with what the migrations create in a scratch schema of the
target, its COPY rows counted against the manifest)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import uuid
import zipfile
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from coop_desk.backup_checks import check_counts
from coop_desk.backup_manifest import PG_MEMBER
from coop_desk.errors import InvalidInput, Problem, Refused
from coop_desk.text import Text
from models.db import make_engine, upgrade

__all__ = ["pg_dump", "restore_pg"]


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
    _pg_script(cmd, what)


def pg_dump(db_url: str, target: Path) -> None:
    _run([_tool("pg_dump"), "-Fc", "--no-owner", "--no-privileges", "-f", str(target), _libpq_url(db_url)], "pg_dump")


def restore_pg(backup_file: Path, db_url: str, revision: str, expected: dict[str, int]) -> None:
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
    check_counts(where, counts, expected)
