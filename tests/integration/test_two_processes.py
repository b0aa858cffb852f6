"""Two real processes on one database: every money path that reads and then writes runs one at a time.

On SQLite each unit of work begins IMMEDIATE (models/db.py), on PostgreSQL the year's row is locked. Each
child process is slowed down between its read (the duplicate check, the remaining allocation) and its
write, so without the lock both would read the same state and both would write: one invoice filed twice,
a dealer approved past its allocation.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from coop_desk.services import Services
from models import Claim
from models.db import Database
from tests.factories import approve_mockup, claim_input, year_in_execution

_SPAWN = multiprocessing.get_context("spawn")
_PAUSE = 0.6  # seconds between the read and the write of each child


def _child(url: str, today: dt.date, go: str, job: str, arg: Any, out: Any) -> None:
    """Wait for the start file, then do ``job`` slowly; put ("ok", value) or ("refused", message) on ``out``."""
    from coop_desk.errors import CoopDeskError
    from coop_desk.services import claim_checks, claim_decisions, claim_filing, duplicate_check
    from coop_desk.services.base import ServiceContext

    def slow(original: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = original(*args, **kwargs)
            time.sleep(_PAUSE)  # the other process reads now, if nothing holds it back
            return result

        return wrapper

    claim_filing.find_duplicate = slow(duplicate_check.find_duplicate)  # type: ignore[assignment]
    claim_decisions.used_allocation = slow(claim_checks.used_allocation)  # type: ignore[assignment]
    db = Database(url, migrate=False)
    services = Services(ServiceContext(db, actor=f"desk-{job}", today=lambda: today))
    while not Path(go).exists():
        time.sleep(0.01)
    try:
        if job == "file":
            out.put(("ok", services.claims.file(2027, "D001", arg).claim_id))
        else:
            services.claims.approve(arg)
            out.put(("ok", arg))
    except CoopDeskError as exc:
        out.put(("refused", str(exc)))
    except Exception as exc:  # pragma: no cover - reported to the test, which fails on it
        out.put(("error", repr(exc)))
    finally:
        db.dispose()


def _race(db: Database, today: dt.date, tmp_path: Path, jobs: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    go = tmp_path / "go"
    out = _SPAWN.Queue()
    children = [_SPAWN.Process(target=_child, args=(db.url, today, str(go), job, arg, out)) for job, arg in jobs]
    for child in children:
        child.start()
    time.sleep(1.0)  # both have imported and opened the database
    go.touch()
    results = [out.get(timeout=60) for _ in children]
    for child in children:
        child.join(timeout=30)
        assert child.exitcode == 0
    return results


def test_two_processes_file_the_same_invoice_once(services: Services, db: Database, tmp_path: Path) -> None:
    ex = year_in_execution(services, dealers={"D001": [Decimal(2000)]})
    day = dt.date(2027, 2, 10)
    ex.clock.set(day)
    reference = ex.ref("D001")
    approve_mockup(services, 2027, reference, on=dt.date(2027, 1, 20))
    claim = claim_input(reference, Decimal(1000), day, number="INV-77")

    results = _race(db, day, tmp_path, [("file", claim), ("file", claim)])

    assert sorted(kind for kind, _ in results) == ["ok", "refused"], results
    refusal = next(text for kind, text in results if kind == "refused")
    assert "INV-77" in refusal or "duplicate" in refusal.lower() or "already" in refusal.lower(), refusal
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Claim)) == 1


def test_two_processes_approve_one_dealer_within_its_allocation(
    services: Services, db: Database, tmp_path: Path
) -> None:
    ex = year_in_execution(services, dealers={"D001": [Decimal(2000), Decimal(2000)]})
    allocated = ex.allocation["D001"]
    assert allocated == Decimal("2000.00")
    day = dt.date(2027, 2, 10)
    ex.clock.set(day)
    ids = []
    for n, reference in enumerate(ex.references["D001"]):
        approve_mockup(services, 2027, reference, on=dt.date(2027, 1, 20))
        ids.append(
            services.claims.file(2027, "D001", claim_input(reference, Decimal(3000), day, number=f"N{n}")).claim_id
        )

    results = _race(db, day, tmp_path, [("approve", ids[0]), ("approve", ids[1])])

    assert [kind for kind, _ in results] == ["ok", "ok"], results
    with db.reading() as s:
        amounts = sorted(s.scalars(select(Claim.reimbursement)).all())
    assert amounts == [Decimal("500.00"), Decimal("1500.00")]
    assert sum(amounts) == allocated


def test_a_desk_that_waits_too_long_for_the_write_lock_is_told_so(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite: another process holds the write lock past the busy timeout: a clear Conflict, nothing written."""
    import models.db as models_db
    from coop_desk.errors import Conflict
    from coop_desk.services.base import ServiceContext

    original = models_db._sqlite_pragmas

    def impatient(dbapi_conn: Any, record: Any) -> None:
        original(dbapi_conn, record)
        dbapi_conn.execute("PRAGMA busy_timeout=200")

    monkeypatch.setattr(models_db, "_sqlite_pragmas", impatient)
    other = Database(sqlite_db.url, migrate=False)
    try:
        desk = Services(ServiceContext(other, actor="boris"))
        with sqlite_db.unit_of_work() as anna:
            anna.connection()  # Anna's unit of work has begun: it holds the write lock
            with pytest.raises(Conflict) as exc:
                desk.dealers.register("D009", "Dealer Nine", "North", city="Tver")
        assert "database is busy" in str(exc.value)
        assert [d.code for d in desk.dealers.list_dealers()] == []
    finally:
        other.dispose()
