"""Coverage-guided fuzzing (atheris) of the plan import and of attachment intake. Optional: not part of CI.

    pip install atheris
    python -m bench.fuzz_atheris [-runs=N] [-max_len=200000] [atheris/libFuzzer options] [CORPUS_DIR]

Seeds: an empty plan template. Anything other than a CoopDeskError or a refused outcome is a crash, and so is
a refused file that changed the database. The hypothesis tests in tests/integration/test_fuzz_importers.py
cover every importer in CI; this harness goes deeper when there is time to let it run.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["reports", "coop_desk"]):
    from reports.xlsx.plan_import import import_plans

from sqlalchemy import func, select  # noqa: E402

from coop_desk.errors import CoopDeskError  # noqa: E402
from coop_desk.services import ServiceContext, Services  # noqa: E402
from coop_desk.services.attachments import AttachmentService  # noqa: E402
from models import Base  # noqa: E402
from models.db import Database, sqlite_url  # noqa: E402
from reports.xlsx.plan_template import write_plan_template  # noqa: E402

WORK = Path(tempfile.mkdtemp(prefix="coopdesk-atheris-"))


def _services() -> Services:
    services = Services(ServiceContext(Database(sqlite_url(WORK / "fuzz.sqlite")), actor="atheris"))
    services.ctx.today = lambda: dt.date(2026, 7, 1)
    services.years.create_year(2027)
    services.dealers.register("D001", "Dealer", "North", city="Perm")
    return services


SERVICES = _services()
ATTACHMENTS = AttachmentService(SERVICES.ctx, limit=1 << 20)
INCOMING = WORK / "incoming.xlsx"
SEED = write_plan_template(SERVICES, 2027, "D001", WORK / "seed" / "plan.xlsx")


def _counts() -> tuple[int, ...]:
    with SERVICES.ctx.db.reading() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(t)) or 0) for t in Base.metadata.sorted_tables)


def test_one_input(data: bytes) -> None:
    before = _counts()
    if data[:1] == b"\x00":  # one byte picks the target: attachments
        try:
            ATTACHMENTS.add(data[1:], data[1:40].decode("utf-8", "replace"))
        except CoopDeskError as exc:
            assert exc.lines()
            assert _counts() == before, "a refused attachment changed the database"
        return
    INCOMING.write_bytes(data)
    report = import_plans(SERVICES, [INCOMING], year=2027)
    for outcome in report.outcomes:
        if not outcome.imported:
            assert outcome.message or outcome.problems, "a refusal without a reason"
    if not report.imported:
        assert _counts() == before, "a refused file changed the database"


def main() -> None:
    argv = list(sys.argv)
    if not any(not a.startswith("-") for a in argv[1:]):
        argv.append(str(SEED.parent))  # the template is the first corpus entry
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
