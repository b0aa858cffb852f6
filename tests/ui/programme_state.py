"""Demo programmes for the screen tests: built once per session, copied per test.

``full_year``: a whole year run by the demo (12 dealers), closed.
``execution``: allocation frozen, then mockups waiting in the queue, two approved claims of one
dealer ready to pay and one claim waiting for a decision.
``drafting``: the year just opened; dealers registered, no drafts yet.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from coop_desk import rules
from coop_desk.demo import DemoProgramme
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from coop_desk.services.claim_views import ClaimInput, DocumentInput
from models import Stage
from models.db import Database, sqlite_url
from tests.factories import Clock

YEAR = 2027
DEALERS = 12


@dataclass
class ExecutionFacts:
    """What the execution fixture set up, for the tests to refer to."""

    payer: str  # the dealer with two approved claims and one waiting
    approved_claims: tuple[int, int]
    waiting_claim: int
    queued_mockups: tuple[int, ...]


def _services(path: Path, today: dt.date) -> tuple[Services, Database]:
    db = Database(sqlite_url(path), migrate=False)
    return Services(ServiceContext(db, actor="tester", today=Clock(today))), db


def _build(path: Path, until: Stage, then: Callable[[Services], object] | None = None) -> object:
    db = Database(sqlite_url(path))
    services = Services(ServiceContext(db, actor="demo"))
    DemoProgramme(services, year=YEAR, dealers=DEALERS, until=until).run()
    facts = then(services) if then is not None else None
    db.dispose()
    return facts


def _execution_work(services: Services) -> ExecutionFacts:
    clock = Clock(dt.date(YEAR, 1, 5))
    services.ctx.today = clock
    rows = [r for r in services.plans.consolidated(YEAR) if r.included]
    lines = {ln.dealer_code: ln.amount for ln in services.allocation.current(YEAR).lines}  # type: ignore[union-attr]
    by_dealer: dict[str, list[str]] = {}
    for r in rows:
        if lines.get(r.dealer_code, Decimal(0)) > 0:
            by_dealer.setdefault(r.dealer_code, []).append(r.reference)
    payer = next(code for code, refs in sorted(by_dealer.items()) if len(refs) >= 3)
    others = [ref for code, refs in sorted(by_dealer.items()) if code != payer for ref in refs][:4]
    paid_refs = by_dealer[payer][:3]
    mockups = {
        ref: services.mockups.submit(YEAR, ref, title=f"Макет {ref}", attachment_id=_picture(services, ref, n)).ids[0]
        for n, ref in enumerate(paid_refs + others)
    }
    clock.set(dt.date(YEAR, 1, 8))
    for n, ref in enumerate(paid_refs):
        services.mockups.approve(mockups[ref], n % 2)
    clock.set(dt.date(YEAR, 2, 1))
    claims = []
    for n, ref in enumerate(paid_refs, start=1):
        amount = Decimal(1000 * n) + Decimal("0.50")
        claim = ClaimInput(
            reference=ref,
            invoice_number=f"INV-{n}",
            invoice_date=dt.date(YEAR, 1, 15),
            invoice_amount=amount,
            payment_order_number=f"PO-{n}",
            payment_order_date=dt.date(YEAR, 1, 18),
            paid_amount=amount,
            act_number=f"A-{n}",
            act_date=dt.date(YEAR, 1, 20),
            quarter=1,
            documents=_proofs(services, ref, n),
        )
        claims.append(services.claims.file(YEAR, payer, claim).claim_id)
    clock.set(dt.date(YEAR, 2, 5))
    services.claims.approve(claims[0])
    services.claims.approve(claims[1])
    return ExecutionFacts(payer, (claims[0], claims[1]), claims[2], tuple(mockups[r] for r in others))


def _proofs(services: Services, reference: str, n: int) -> tuple[DocumentInput, ...]:
    """The proofs the year's table requires of the activity's channel (R7), dated within the ad's run."""
    channel = next(a.channel for a in services.plans.activities(YEAR) if a.reference == reference)
    out = []
    for requirement in rules.proofs_for(services.years.get(YEAR).proofs, channel):
        data = f"%PDF-1.4\n% {requirement.kind.value} for {reference} ({n})\n%%EOF\n".encode()
        scan = services.attachments.add(data, f"{requirement.kind.value}-{reference}.pdf").id
        out.append(DocumentInput(requirement.kind, scan, dt.date(YEAR, 1, 19)))
    return tuple(out)


def _picture(services: Services, reference: str, n: int) -> int:
    """The mockup's file (a mockup without one cannot be approved)."""
    from coop_desk.demo_mockups import mockup_png

    return services.attachments.add(mockup_png(reference, "ООО «Родник»", "Тула", n % 2, seed=n), f"{reference}.png").id


_TEMPLATES: dict[str, tuple[Path, object]] = {}


@pytest.fixture(scope="session")
def programme_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, object]]:
    """Built once per test run (the cache is shared by every module that imports this fixture)."""
    if not _TEMPLATES:
        root = tmp_path_factory.mktemp("programmes")
        for name, until, then in (
            ("full_year", Stage.CLOSED, None),
            ("execution", Stage.EXECUTION, _execution_work),
            ("drafting", Stage.DRAFTING, None),
            ("consolidation", Stage.CONSOLIDATION, None),
        ):
            path = root / f"{name}.sqlite"
            _TEMPLATES[name] = (path, _build(path, until, then))
    return _TEMPLATES


class Programme:
    """A copy of a demo programme for one test: its services, database and the facts set up."""

    def __init__(self, template: tuple[Path, object], tmp_path: Path, today: dt.date) -> None:
        path = tmp_path / "programme.sqlite"
        shutil.copy(template[0], path)
        _copy_attachments(template[0], path)
        self.services, self._db = _services(path, today)
        self.facts = template[1]
        self.year = YEAR
        self.task_runners: list[Any] = []  # the screens' task runners: none may be left running

    def close(self) -> None:
        for runner in self.task_runners:
            assert runner.wait_for_done(30000), "a background task was still running after the test"
            QCoreApplication.processEvents()
            assert not runner.busy, "a background task never reported that it finished"
        self._db.dispose()


def programme(templates: dict[str, tuple[Path, object]], name: str, tmp_path: Path) -> Programme:
    today = {
        "full_year": dt.date(YEAR + 1, 3, 1),
        "execution": dt.date(YEAR, 2, 5),
        "consolidation": dt.date(YEAR - 1, 9, 20),
    }.get(name, dt.date(YEAR - 1, 7, 2))
    return Programme(templates[name], tmp_path, today)


def _fixture(name: str):  # type: ignore[no-untyped-def]
    @pytest.fixture
    def state(programme_templates: dict[str, tuple[Path, object]], tmp_path: Path):  # type: ignore[no-untyped-def]
        p = programme(programme_templates, name, tmp_path)
        yield p
        p.close()

    return state


full_year = _fixture("full_year")
execution = _fixture("execution")
drafting = _fixture("drafting")
consolidation = _fixture("consolidation")


def _copy_attachments(source: Path, target: Path) -> None:
    """The files stored beside a SQLite database go with its copy."""
    folder = source.parent / "attachments"
    if folder.is_dir():
        shutil.copytree(folder, target.parent / "attachments", dirs_exist_ok=True)
