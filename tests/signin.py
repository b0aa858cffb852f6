"""For tests that run the command line on a shared database: an owner to sign in as (via the environment)."""

from __future__ import annotations

import pytest

from coop_desk.services import ServiceContext, Services
from models.db import Database
from models.enums import Role

CLI_OWNER = "cli-owner"
CLI_PASSWORD = "the tests' owner password"


def sign_in_the_command_line(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """On PostgreSQL, create an owner (once) and let `coop-desk` sign in as it; on SQLite, nothing is needed."""
    if db.is_sqlite:
        return
    users = Services(ServiceContext(db, actor="tests")).users
    if CLI_OWNER not in [u.username for u in users.list_users()]:
        users.add(CLI_OWNER, Role.OWNER, CLI_PASSWORD)
    monkeypatch.setenv("COOP_DESK_USER", CLI_OWNER)
    monkeypatch.setenv("COOP_DESK_PASSWORD", CLI_PASSWORD)
