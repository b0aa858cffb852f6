"""Alembic environment: the engine comes from ``models.db`` (config attribute ``engine``)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import models  # noqa: F401  (registers every mapped class)
from models.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
