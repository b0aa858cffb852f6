"""The checks of a SQLite backup's database, in its temporary copy, before it replaces anything: it opens and is
not damaged, it is exactly the schema the migrations create at its revision (compared table by table, index
by index), it has the manifest's row counts and no dangling reference."""

from __future__ import annotations

import functools
import sqlite3
import tempfile
from pathlib import Path

from coop_desk.errors import InvalidInput, Problem
from coop_desk.text import Text
from models.db import make_engine, sqlite_url, upgrade

__all__ = ["canonical_table_sql", "check_copy", "check_sqlite"]


def check_sqlite(path: Path, backup_file: Path) -> None:
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


def check_counts(where: str, counts: dict[str, int], expected: dict[str, int]) -> None:
    """The backup's row counts per table are its manifest's; else refused naming the tables that differ."""
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


def check_copy(copy: Path, backup_file: Path, revision: str, expected: dict[str, int]) -> None:
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
        check_counts(where, counts, expected)
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
