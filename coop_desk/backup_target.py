"""What a restore would replace, checked before anything is: whether a database holds data, and that a SQLite
target is nothing, an empty file or a CoopDesk database (only read)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import func, inspect, select

from coop_desk.errors import Problem, Refused
from coop_desk.text import Text
from models import Base
from models.db import make_engine, sqlite_path, sqlite_url

__all__ = ["DATA_TABLES", "LOCK_TIMEOUT", "check_target", "holds_data", "uri"]


#: Tables whose rows mean "this database holds a programme" (migrations create no rows in them).
DATA_TABLES = ("audit_event", "programme_year", "dealer", "attachment")


#: How long a restore waits for the target SQLite file's lock before saying another program has it open.
LOCK_TIMEOUT = 0.5


def holds_data(db_url: str) -> bool:
    """True if the database exists and has rows in any of the programme's tables (a SQLite file is only read)."""
    path = sqlite_path(db_url)
    if path is not None:
        if not path.exists() or path.stat().st_size == 0:
            return False
        lite = sqlite3.connect(uri(path, "ro"), uri=True)
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


def uri(path: Path, mode: str) -> str:
    return f"file:{quote(path.resolve().as_posix(), safe='/:')}?mode={mode}"


def check_target(target: Path, *, replace: bool) -> None:
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
        conn = sqlite3.connect(uri(target, "ro"), uri=True, timeout=LOCK_TIMEOUT)
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
