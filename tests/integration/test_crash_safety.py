"""Crash safety: a process killed (SIGKILL) in the middle of a large import or of an allocation freeze leaves
a database that opens, is consistent, holds everything committed before the kill and nothing half-done.

The work runs in a real subprocess (`coop-desk import plans DIR`, `coop-desk allocation freeze`), killed
without warning; every draft is its own transaction and a freeze is one transaction, so after the kill each
draft is there whole (all its activities and its audit record) or not at all, and an allocation is there with
all its lines and its audit record, or not at all.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text

from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from coop_desk.services.plan_inputs import ActivityInput, ConsolidationInput
from models import Allocation, AllocationLine, AuditEvent, PlanDraft, PlannedActivity
from models.db import Database
from reports.xlsx.plan_layout import LAYOUT, PLAN_SHEET
from reports.xlsx.plan_template import write_plan_templates
from tests.factories import use_clock

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only"),
]

YEAR = 2027
DEALERS = 200
ACTIVITIES = 12
ROOT = Path(__file__).resolve().parents[2]


def _cli(url: str, *args: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, COOP_DESK_DB=url)
    return subprocess.Popen(
        [sys.executable, "-c", "from coop_desk.cli import main; main()", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _kill(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(30)


def _drafting(services: Services) -> None:
    use_clock(services, dt.date(YEAR - 1, 7, 1))
    services.years.create_year(YEAR)
    for i in range(DEALERS):
        services.dealers.register(f"D{i:03d}", f"Дилер {i}", "North" if i % 2 else "South", city="Пермь")


def _filled_drafts(services: Services, folder: Path) -> list[Path]:
    paths = write_plan_templates(services, YEAR, folder)
    for p in paths:
        wb = openpyxl.load_workbook(p)
        ws = wb[PLAN_SHEET]
        for r in range(ACTIVITIES):
            for col, value in zip("BCDE", ("press", r + 1, 1000 + r, f"idea {r + 1}"), strict=True):
                ws[f"{col}{LAYOUT.first_row + r}"] = value
        wb.save(p)
    return paths


def _count(db: Database, model: type) -> int:
    with db.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(model)) or 0)


def _opens_and_is_intact(db: Database) -> None:
    if db.is_sqlite:
        path = Path(db.engine.url.database or "")
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            conn.close()
    reopened = Database(db.url)  # opens, migrations at head
    try:
        with reopened.reading() as s:
            s.execute(text("SELECT 1"))
    finally:
        reopened.dispose()


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (Linux /proc; empty elsewhere)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _no_orphans(pids: set[int]) -> None:
    """The killed import's worker processes end by themselves (they watch their parent)."""
    deadline = time.monotonic() + 15
    alive = set(pids)
    while alive and time.monotonic() < deadline:
        alive = {pid for pid in alive if Path(f"/proc/{pid}").exists() and not _is_zombie(pid)}
        time.sleep(0.05)
    assert not alive, f"worker processes outlived the killed import: {sorted(alive)}"


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def _drafts_whole(db: Database) -> int:
    """Every draft has all its activities and one audit record; returns how many drafts there are."""
    with db.reading() as s:
        drafts = s.scalars(select(PlanDraft)).all()
        per_draft = dict(
            s.execute(select(PlannedActivity.draft_id, func.count()).group_by(PlannedActivity.draft_id)).all()
        )
        for d in drafts:
            assert per_draft.get(d.id) == ACTIVITIES, f"draft {d.id} has {per_draft.get(d.id)} activities"
        assert set(per_draft) <= {d.id for d in drafts}
        events = s.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == "draft.record")).all()
        assert sorted(events) == sorted(d.id for d in drafts), "audit records match the drafts"
        current = s.execute(
            select(PlanDraft.dealer_id, func.count()).where(PlanDraft.is_current).group_by(PlanDraft.dealer_id)
        ).all()
        assert all(n == 1 for _, n in current)
        return len(drafts)


def test_an_import_killed_midway(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.signin import sign_in_the_command_line

    sign_in_the_command_line(db, monkeypatch)  # a shared database needs a signed-in person (via the environment)
    services = Services(ServiceContext(db, actor="tester"))
    _drafting(services)
    folder = tmp_path / "drafts"
    folder.mkdir()
    _filled_drafts(services, folder)
    proc = _cli(db.url, "import", "plans", str(folder), "--year", str(YEAR))
    readers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while _count(db, PlanDraft) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        readers = _children(proc.pid)  # the draft readers (a batch this size is read by worker processes)
    finally:
        _kill(proc)
    _no_orphans(readers)
    _opens_and_is_intact(db)
    committed = _drafts_whole(db)
    if proc.returncode == 0 or committed == DEALERS:
        pytest.skip("the import finished before the kill landed (a very fast machine)")
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode() if proc.stderr else ""
    assert 0 < committed < DEALERS, committed
    # what was committed is kept; importing again completes the rest
    again = _cli(db.url, "import", "plans", str(folder), "--year", str(YEAR))
    assert again.wait(300) == 0, again.stderr.read().decode() if again.stderr else ""
    _opens_and_is_intact(db)
    total = _drafts_whole(db)
    assert total == DEALERS + committed  # the ones recorded before the kill were replaced (their v1 kept)


def _allocation_year(services: Services) -> None:
    clock = use_clock(services, dt.date(YEAR - 1, 7, 1))
    services.years.create_year(YEAR, budget=Decimal(2_000_000))
    criteria = [c.name for c in services.years.get(YEAR).criteria]
    for i in range(DEALERS):
        code = f"D{i:03d}"
        services.dealers.register(code, f"Дилер {i}", "North", city="Пермь")
        services.dealers.record_scores(YEAR, code, {n: Decimal(3 + i % 8) for n in criteria})
        services.plans.record_draft(YEAR, code, [ActivityInput("press", 3, Decimal(20_000 + i), idea="ad")])
    services.years.advance(YEAR, confirm_missing=True)
    clock.set(dt.date(YEAR - 1, 9, 15))
    refs = [a.reference for a in services.plans.activities(YEAR)]
    services.plans.record_consolidation(YEAR, [ConsolidationInput(r, True) for r in refs], agency="Agency")
    services.years.advance(YEAR)


def _allocation_state(db: Database) -> bool:
    """Whole or absent: True when the allocation is there (with all its lines and its one audit record)."""
    with db.reading() as s:
        allocations = s.scalars(select(Allocation)).all()
        lines = s.scalar(select(func.count()).select_from(AllocationLine))
        events = s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "allocation.freeze"))
        if not allocations:
            assert lines == 0 and events == 0
            return False
        assert len(allocations) == 1 and lines == DEALERS and events == 1
        return True


def test_a_freeze_killed_midway(sqlite_db: Database, tmp_path: Path) -> None:
    services = Services(ServiceContext(sqlite_db, actor="tester"))
    _allocation_year(services)
    sqlite_db.dispose()
    source = Path(sqlite_db.engine.url.database or "")
    template = tmp_path / "template.sqlite"
    src, dst = sqlite3.connect(source), sqlite3.connect(template)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    # how long a whole freeze takes in a fresh process (start-up included)
    started = time.monotonic()
    proc = _cli(sqlite_db.url, "allocation", "freeze", "--year", str(YEAR))
    assert proc.wait(120) == 0, proc.stderr.read().decode() if proc.stderr else ""
    whole = time.monotonic() - started
    assert _allocation_state(sqlite_db)
    sqlite_db.dispose()
    outcomes = []
    for fraction in (0.3, 0.6, 0.75, 0.85, 0.9, 0.95, 1.0):
        for suffix in ("-wal", "-shm"):
            Path(f"{source}{suffix}").unlink(missing_ok=True)
        shutil.copy(template, source)
        proc = _cli(sqlite_db.url, "allocation", "freeze", "--year", str(YEAR))
        time.sleep(whole * fraction)
        _kill(proc)
        _opens_and_is_intact(sqlite_db)
        outcomes.append(_allocation_state(sqlite_db))
        sqlite_db.dispose()
    assert False in outcomes, "at least one kill landed before the commit"
