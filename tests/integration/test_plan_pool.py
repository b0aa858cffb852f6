"""Large batches of drafts are read by worker processes (spawn) with the same outcomes as in one process.

The batch threshold is lowered so that a handful of files goes through the pool; the workers do not
touch the database, so this runs on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from coop_desk.services import ServiceContext, Services
from models.db import Database, sqlite_url
from reports.xlsx import plan_pool
from reports.xlsx.plan_import import import_plans
from reports.xlsx.plan_template import write_plan_template
from reports.xlsx.safety import DEFAULT_LIMITS
from tests.factories import use_clock
from tests.integration.test_plan_exchange import FIRST, YEAR, current, drafting_year, fill

CODES = tuple(f"D{i:03d}" for i in range(1, 7))


@pytest.fixture
def small_batches_use_the_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_pool, "PARALLEL_MIN_FILES", 4)
    monkeypatch.setattr(plan_pool, "worker_count", lambda files: 2 if files >= 4 else 0)
    monkeypatch.setattr(plan_pool, "AT_HOME", 0)  # every file through the workers (the year 2029 one handed back)


def _batch(services: Services, tmp_path: Path) -> Path:
    """Four good drafts, one with a bad cost, and a draft of a year this database does not have."""
    folder = tmp_path / "returned"
    folder.mkdir()
    for i, code in enumerate(CODES[:5]):
        path = write_plan_template(services, YEAR, code, folder / f"draft_{code}.xlsx")
        cost = "сто рублей" if i == 4 else f"{1 + i} 500,50"
        fill(path, [("press", "март", cost, f"idea {code}"), None, ("radio", 11, 250, "")])
    other = Services(ServiceContext(Database(sqlite_url(tmp_path / "other.sqlite")), actor="tester"))
    use_clock(other, dt.date(2028, 7, 1))
    other.years.create_year(2029)
    other.dealers.register(CODES[5], "Другой", "Урал")
    fill(write_plan_template(other, 2029, CODES[5], folder / "draft_2029.xlsx"), [("press", 1, 10, "")])
    other.ctx.db.dispose()
    return folder


def _outcomes(report) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {Path(o.path).name: (o.status, o.message) for o in report.outcomes}


@pytest.mark.usefixtures("small_batches_use_the_pool")
@pytest.mark.parametrize("at_home", [0, 2], ids=["all-in-workers", "two-read-here-first"])
def test_a_pooled_batch_imports_like_one_process(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at_home: int
) -> None:
    monkeypatch.setattr(plan_pool, "AT_HOME", at_home)
    drafting_year(services, CODES[:5], score=None)
    folder = _batch(services, tmp_path)
    progress: list[tuple[int, int]] = []
    report = import_plans(services, [folder], progress=lambda i, n, _name: progress.append((i, n)))
    outcomes = _outcomes(report)
    assert [name for name, (status, _) in outcomes.items() if status == "imported"] == [
        f"draft_{code}.xlsx" for code in CODES[:4]
    ]
    assert outcomes["draft_D005.xlsx"][0] == "refused" and "1 problem" in outcomes["draft_D005.xlsx"][1]
    assert f'D{FIRST}: found "сто рублей"' in "\n".join(report.lines())  # the bad cell is named
    assert outcomes["draft_2029.xlsx"][0] == "refused" and "2029" in outcomes["draft_2029.xlsx"][1]
    assert current(services, "D002") == [("press", 3, D("2500.50"), "idea D002"), ("radio", 11, D(250), "")]
    assert services.plans.missing_drafts(YEAR) == ["D005"]
    assert progress[5] == (6, 12) and progress[-1] == (10, 12)  # every file read, the four good ones recorded


@pytest.mark.usefixtures("small_batches_use_the_pool")
def test_without_processes_the_batch_is_read_in_one(services: Services, tmp_path: Path, monkeypatch) -> None:
    def no_processes(_method: str) -> object:
        raise OSError("no processes here")

    monkeypatch.setattr(plan_pool.multiprocessing, "get_context", no_processes)
    drafting_year(services, CODES[:5], score=None)
    report = import_plans(services, [_batch(services, tmp_path)])
    assert len(report.imported) == 4 and report.exit_code == 1


@pytest.mark.usefixtures("small_batches_use_the_pool")
def test_cancelling_a_pooled_batch_keeps_what_was_recorded_and_reads_no_further(
    services: Services, tmp_path: Path
) -> None:
    drafting_year(services, CODES[:5], score=None)
    folder = _batch(services, tmp_path)
    seen: list[str] = []
    report = import_plans(
        services, [folder], progress=lambda _i, _n, name: seen.append(name), should_cancel=lambda: len(seen) >= 2
    )
    outcomes = _outcomes(report)
    assert outcomes["draft_2029.xlsx"][0] == "refused"
    assert outcomes["draft_D001.xlsx"][0] == "imported"  # read and recorded before the cancel was seen
    assert all(
        outcomes[f"draft_{code}.xlsx"] == ("refused", "not read: the import was cancelled") for code in CODES[1:5]
    )
    assert services.plans.missing_drafts(YEAR) == list(CODES[1:5])


@pytest.mark.usefixtures("small_batches_use_the_pool")
def test_two_drafts_of_one_dealer_wait_for_the_end_and_are_both_refused(services: Services, tmp_path: Path) -> None:
    drafting_year(services, CODES[:5], score=None)
    folder = _batch(services, tmp_path)
    (folder / "draft_D002 (corrected).xlsx").write_bytes((folder / "draft_D002.xlsx").read_bytes())
    outcomes = _outcomes(import_plans(services, [folder]))
    for name in ("draft_D002.xlsx", "draft_D002 (corrected).xlsx"):
        assert outcomes[name][0] == "refused" and "2 drafts of dealer D002" in outcomes[name][1]
    assert [n for n, (status, _) in outcomes.items() if status == "imported"] == [
        "draft_D001.xlsx",
        "draft_D003.xlsx",
        "draft_D004.xlsx",
    ]
    assert services.plans.missing_drafts(YEAR) == ["D002", "D005"]


def test_small_batches_stay_in_one_process() -> None:
    assert plan_pool.worker_count(plan_pool.PARALLEL_MIN_FILES - 1) == 0
    assert plan_pool.worker_count(1000) >= 1


def test_the_caller_reads_from_the_far_end_while_the_workers_are_busy(services: Services, tmp_path: Path) -> None:
    """Work stealing: asked for a file whose chunk is not back, the caller reads the batch's last unsent
    files itself; every file is read exactly once and the results come in the files' order."""
    drafting_year(services, CODES[:5], score=None)
    files = sorted(_batch(services, tmp_path).glob("*.xlsx"))
    files = [Path(str(p)) for p in files * 4]  # 24 files (24 objects): more than two workers hold at a time
    read_here: list[int] = []
    positions = {id(p): i for i, p in enumerate(files)}

    def here(path: Path) -> object:
        read_here.append(positions[id(path)])
        return ("here", positions[id(path)])

    views = {view.year: view for view in services.years.list_years()}
    reading = plan_pool.PoolReading(
        files, views, here, year=None, dealer=None, limits=DEFAULT_LIMITS, engine=None, workers=2
    )
    try:
        results = list(reading)
    finally:
        reading.close()
    assert len(results) == len(files)
    stolen = [i for i, r in enumerate(results) if r == ("here", i)]
    assert sorted(read_here) == stolen  # the workers take ~0.4 s to start: the caller reads meanwhile
    handed_back = [i for i, p in enumerate(files) if p.name == "draft_2029.xlsx"]  # a year the workers lack
    tail = [i for i in stolen if i not in handed_back]
    assert tail and tail == [i for i in range(tail[0], len(files)) if i not in handed_back]  # the far end
    for i, result in enumerate(results[: tail[0]]):  # the rest by the workers, in order
        if i not in handed_back:
            assert not isinstance(result, tuple) and Path(getattr(result, "path", "")).name == files[i].name
