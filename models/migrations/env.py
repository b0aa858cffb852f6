"""Alembic environment: the engine comes from ``models.db`` (config attribute ``engine``).

Every migration runs in one transaction together with its revision stamp (``transaction_per_migration``;
on SQLite models.db begins every transaction itself, so DDL is transactional there too): a process killed
at any moment leaves the database at the old or at the new revision, never between.

On SQLite foreign keys are switched off before the transactions begin (SQLite ignores the pragma inside
one, and a batch table rebuild with them on would delete or refuse the child rows), ``PRAGMA
foreign_key_check`` runs before each migration commits (a violation rolls that migration back), and they
are switched on again afterwards.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from alembic import context
from sqlalchemy import create_engine

import models  # noqa: F401  (registers every mapped class)
from models.base import Base
from models.db import SchemaRefused, database_label

config = context.config
target_metadata = Base.metadata


def _check_foreign_keys(ctx: Any, step: Any, heads: Collection[Any], run_args: Mapping[str, Any]) -> None:
    """Before the migration commits: no row may refer to a missing row (its transaction rolls back)."""
    del heads, run_args
    connection = ctx.connection
    if connection is None or connection.dialect.name != "sqlite":
        return  # PostgreSQL checks every foreign key as the migration runs
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if rows:
        shown = "; ".join(f"{row[0]} row {row[1]} -> {row[2]}" for row in rows[:5])
        more = f" and {len(rows) - 5} more" if len(rows) > 5 else ""
        revision = ", ".join(step.up_revision_ids) or "?"
        where = database_label(str(connection.engine.url))
        raise SchemaRefused(where, "foreign_key", revision=revision, detail=shown + more)


def _set_foreign_keys(connection: Any, on: bool) -> None:
    """The pragma on the driver's connection, outside any transaction (SQLite ignores it inside one)."""
    assert not connection.in_transaction(), "foreign keys can be switched only outside a transaction"
    connection.connection.driver_connection.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def run_migrations() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            _set_foreign_keys(connection, False)
        try:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=sqlite,
                compare_type=True,
                transaction_per_migration=True,
                on_version_apply=_check_foreign_keys,
            )
            with context.begin_transaction():
                context.run_migrations()
            if connection.in_transaction():
                connection.commit()
        finally:
            if sqlite:
                if connection.in_transaction():
                    connection.rollback()
                _set_foreign_keys(connection, True)


run_migrations()
