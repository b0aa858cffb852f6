"""The draft readers' processes start light: no database layer, no services, no openpyxl.

Every worker process of a big batch (reports.xlsx.plan_pool) and the reader process
(reports.xlsx.isolated) is a fresh interpreter (spawn) that imports the module it runs and whatever it
unpickles. The plan-import benchmark (≤ 5 s for 1,000 drafts, ``python -m bench plans``) holds only
while that start stays cheap: ~0.1 s, not the ~0.6 s that SQLAlchemy, the ORM mappings and openpyxl
cost. So a fresh interpreter is given exactly what an import hands a reader (the function, the
programme years, the limits), reads a real draft with it, pickles the result back, and must not have
imported any of those.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import reports
from coop_desk.services import Services
from reports.xlsx import isolated, plan_pool
from reports.xlsx.plan_import import import_plans
from reports.xlsx.plan_template import write_plan_template
from tests.integration.test_plan_exchange import YEAR, drafting_year, fill

#: What a reader process must not import (a module or any of its submodules).
HEAVY = ("sqlalchemy", "alembic", "openpyxl", "models", "coop_desk.services", "coop_desk.permissions", "PySide6")
READER_MODULES = ("reports.xlsx.plan_pool", "reports.xlsx.isolated", "reports.xlsx.plan_reading")

_CHILD = """
import importlib, pickle, sys
for name in sys.argv[2].split(","):
    importlib.import_module(name)
if sys.argv[1]:
    with open(sys.argv[1], "rb") as f:
        fn, args = pickle.load(f)
    result = fn(*args)
    pickle.dumps(result)
    print(type(result).__name__, len(getattr(result, "activities", ())))
heavy = [m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in sys.argv[3].split(","))]
print("heavy:", " ".join(sorted(heavy)))
"""


def _fresh_interpreter(payload: Path | None) -> list[str]:
    """What a fresh interpreter printed after importing the readers' modules (and running ``payload``)."""
    root = str(Path(reports.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}
    args = [sys.executable, "-c", _CHILD, str(payload or ""), ",".join(READER_MODULES), ",".join(HEAVY)]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_reader_modules_import_no_database_layer() -> None:
    assert _fresh_interpreter(None) == ["heavy: "]


def test_a_reader_process_reads_a_draft_without_the_database_layer(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What an import sends the reader process, unpickled and run in a fresh interpreter: the programme
    years go as plain data (a YearView would import the ORM there), the draft comes back whole."""
    drafting_year(services, ("D014",))
    draft = fill(write_plan_template(services, YEAR, "D014", tmp_path / "draft.xlsx"), [("press", "март", 100, "")])
    sent: list[tuple[Any, tuple[Any, ...]]] = []

    def in_this_process(path: Path, fn: Any, *args: Any, attempts: int = 2) -> Any:
        sent.append((fn, args))
        return fn(*args)

    monkeypatch.setattr(isolated, "run", in_this_process)
    report = import_plans(services, [draft])
    assert [o.status for o in report.outcomes] == ["imported"]
    assert [fn for fn, _ in sent] == [plan_pool.parse_isolated]
    payload = tmp_path / "payload.pickle"
    payload.write_bytes(pickle.dumps(sent[0]))
    assert _fresh_interpreter(payload) == ["ParsedDraft 1", "heavy: "]
