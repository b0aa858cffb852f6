"""Migration 0004: claim.invoice_key is filled for the claims already stored, with a frozen copy of the rule."""

from __future__ import annotations

import datetime as dt
import importlib.util
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, text

import models.db
from coop_desk import rules
from coop_desk.errors import Refused
from coop_desk.services import Services
from models.db import alembic_config, current_revision, head_revision
from tests.factories import approve_mockup, claim_input, year_in_execution

VERSIONS = Path(models.db.__file__).parent / "migrations" / "versions"
D = Decimal
MAR = dt.date(2027, 3, 10)


def _migration() -> ModuleType:
    (path,) = VERSIONS.glob("*_invoice_key.py")
    spec = importlib.util.spec_from_file_location("invoice_key_migration", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MIGRATION = _migration()


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.text(alphabet="ІNVinv7 -‑./АВЕЁёСТХУ\u200b\u00ad", max_size=20)))
def test_the_frozen_copy_gives_the_keys_of_the_rule_today(number: str) -> None:
    """Today the migration's copy and coop_desk.rules agree; the copy stays as it is if the rule changes."""
    assert MIGRATION.invoice_key(number) == rules.invoice_key(number)


def test_the_migration_fills_the_keys_and_finds_the_pairs_already_stored(services: Services) -> None:
    ex = year_in_execution(services, dealers={"D001": [D(30000), D(30000)], "D002": [D(20000)]})
    ex.clock.set(dt.date(2027, 2, 1))
    for refs in ex.references.values():
        for ref in refs:
            approve_mockup(services, 2027, ref)
    ex.clock.set(dt.date(2027, 4, 10))
    first = services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(100), MAR, number="INV-7")).claim_id
    second = services.claims.file(2027, "D001", claim_input(ex.ref("D001", 2), D(90), MAR, number="X-1")).claim_id
    other = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(80), MAR, number="Y-1")).claim_id

    engine = services.ctx.db.engine
    cfg = alembic_config(engine)
    before = ScriptDirectory.from_config(cfg).get_revision(MIGRATION.revision).down_revision
    assert isinstance(before, str)
    engine.dispose()
    command.downgrade(cfg, before)  # the database as it was before the key
    assert "invoice_key" not in {c["name"] for c in inspect(engine).get_columns("claim")}
    with engine.begin() as c:  # filed when "ІNV‑7" and "inv 7" were other numbers than "INV-7"
        c.execute(text("UPDATE claim SET invoice_number = 'ІNV‑7 ' WHERE id = :id"), {"id": second})
        c.execute(text("UPDATE claim SET invoice_number = 'inv 7' WHERE id = :id"), {"id": other})
    engine.dispose()
    command.upgrade(cfg, "head")
    assert current_revision(engine) == head_revision()

    with engine.connect() as c:
        keys = dict(c.execute(text("SELECT id, invoice_key FROM claim ORDER BY id")).all())
    assert keys == {first: "INV7", second: "INV7", other: "INV7"}
    indexes = {ix["name"]: ix["column_names"] for ix in inspect(engine).get_indexes("claim")}
    assert indexes["ix_claim_invoice_key"] == ["dealer_id", "invoice_key", "invoice_date"]
    pairs = services.claims.duplicate_pairs(2027)
    assert [(p.first.id, p.second.id, p.second.invoice_number) for p in pairs] == [(first, second, "ІNV‑7 ")]
    with pytest.raises(Refused, match=f"duplicate of claim {first} "):
        services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(1), MAR, number="inv-7"))
