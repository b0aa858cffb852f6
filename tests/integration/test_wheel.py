"""The wheel works outside the checkout (issue 15.1).

``python -m build`` makes the sdist and, from it, the wheel; the wheel is installed (not editable) into a
fresh virtual environment in a temporary folder, and every kind of command runs there from another folder
with a fresh home directory: the version, the demo year, every report, a template, a workbook, the
screenshots offscreen and the upgrade of a database an older CoopDesk left.

The dependencies are not downloaded again (PySide6 alone is 700 MB): the new environment sees exactly the
distributions the wheel's own ``Requires-Dist`` asks for, linked one by one from the test's environment —
a dependency missing from pyproject fails here, and neither the checkout nor its editable install is
reachable (checked).
"""

from __future__ import annotations

import email
import importlib.metadata as md
import os
import re
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import coop_desk

ROOT = Path(__file__).resolve().parents[2]
YEAR = 2027
pytestmark = pytest.mark.slow


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _closure(requirements: list[str]) -> list[md.Distribution]:
    """The installed distributions these requirements need, with the extras they name (psycopg[binary])."""
    seen: dict[str, md.Distribution] = {}
    todo = [(r, set[str]()) for r in requirements]
    while todo:
        requirement, extras = todo.pop()
        wanted = re.search(r"extra\s*==\s*[\"']([^\"']+)", requirement)
        if wanted and wanted.group(1) not in extras:
            continue
        match = re.match(r"([A-Za-z0-9_.\-]+)\s*(?:\[([^\]]*)\])?", requirement)
        assert match, requirement
        name = _normal(match.group(1))
        if name in seen:
            continue
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue  # for another platform or Python (tzdata, tomli)
        seen[name] = dist
        asked = {e.strip() for e in (match.group(2) or "").split(",") if e.strip()}
        todo += [(r, asked) for r in dist.requires or []]
    return list(seen.values())


def _link_dependencies(requirements: list[str], folder: Path) -> None:
    """A folder holding links to the files of exactly these distributions (and nothing of coop-desk)."""
    folder.mkdir()
    for dist in _closure(requirements):
        for top in {Path(str(f)).parts[0] for f in dist.files or [] if not str(f).startswith("..")}:
            source = Path(str(dist.locate_file(top)))
            if source.exists() and not (folder / top).exists():
                (folder / top).symlink_to(source)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("wheel")
    started = time.monotonic()
    dist = tmp / "dist"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        env=env,
        timeout=300,
    )
    built = time.monotonic() - started
    wheel = next(dist.glob("coop_desk-*.whl"))
    assert next(dist.glob("coop_desk-*.tar.gz"))
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        env=env,
        timeout=300,
    )
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        meta = email.message_from_bytes(z.read(f"coop_desk-{coop_desk.__version__}.dist-info/METADATA"))
    _link_dependencies(meta.get_all("Requires-Dist") or [], tmp / "deps")
    (site / "coopdesk-test-deps.pth").write_text(str(tmp / "deps") + "\n")
    work = tmp / "work"
    (work / "home").mkdir(parents=True)
    run_env = {
        "HOME": str(work / "home"),
        "PATH": f"{venv / 'bin'}:/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    return {
        "names": names,
        "work": work,
        "env": run_env,
        "python": python,
        "site": site,
        "seconds": (built, time.monotonic() - started),
    }


def run(installed: dict[str, object], *args: str) -> str:
    return run_full(installed, *args).stdout


def run_full(installed: dict[str, object], *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        ["coop-desk", *args],
        cwd=installed["work"],  # type: ignore[arg-type]
        env=installed["env"],  # type: ignore[arg-type]
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, (args, result.stdout[-2000:], result.stderr[-2000:])
    return result


def test_the_wheel_holds_the_program_and_every_file_it_needs_and_nothing_else(installed):  # type: ignore[no-untyped-def]
    names = set(installed["names"])
    tops = {n.split("/")[0] for n in names}
    assert tops == {"coop_desk", "models", "reports", "ui", "resources", f"coop_desk-{coop_desk.__version__}.dist-info"}
    for needed in (
        "resources/translations/coopdesk_ru.qm",
        "resources/translations/coopdesk_ru.ts",  # the PDFs' Russian service texts
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/DejaVuSansCondensed-Bold.ttf",
        "resources/fonts/LICENSE-DejaVu.txt",
        "resources/icons/dashboard.svg",
        "resources/licences/qt-pyside6.txt",
        "resources/licences/sqlalchemy.txt",
        "models/migrations/env.py",
        "models/migrations/script.py.mako",
    ):
        assert needed in names, needed
    here = {p.relative_to(ROOT).as_posix() for p in (ROOT / "models/migrations/versions").glob("0*.py")}
    assert here and here <= names  # every migration
    icons = {p.relative_to(ROOT).as_posix() for p in (ROOT / "resources/icons").glob("*.svg")}
    assert icons <= names
    built, total = installed["seconds"]
    assert total < 120, f"build {built:.0f} s, build and install {total:.0f} s"


def test_the_installed_program_is_the_wheel_not_the_checkout(installed):  # type: ignore[no-untyped-def]
    probe = (
        "import coop_desk, resources, importlib.util as u; print(coop_desk.__file__); print(resources.__file__); "
        "print(u.find_spec('bench'), u.find_spec('tests'), u.find_spec('main'))"
    )
    out = subprocess.run(
        [str(installed["python"]), "-c", probe],
        cwd=installed["work"],
        env=installed["env"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    site = str(installed["site"])
    assert out[0].startswith(site) and out[1].startswith(site), out
    assert out[2] == "None None None"
    assert run(installed, "--version").strip() == f"coop-desk {coop_desk.__version__}"


def test_every_kind_of_command_runs_from_the_wheel(installed):  # type: ignore[no-untyped-def]
    work: Path = installed["work"]  # type: ignore[assignment]
    db = ["--db", "demo.sqlite"]
    assert "Reconciliation" in run(installed, *db, "demo", "--dealers", "8", "--year", str(YEAR))
    run(installed, *db, "report", "quarterly", "--year", str(YEAR), "--quarter", "1", "--out", "q1.pdf", "--lang", "ru")
    run(installed, *db, "report", "annual", "--year", str(YEAR), "--out", "annual.pdf")
    run(installed, *db, "report", "statement", "--dealer", "D001", "--year", str(YEAR), "--out", "d001.pdf")
    run(installed, *db, "report", "letters", "--year", str(YEAR), "--merged", "letters.pdf")
    run(installed, *db, "templates", "efficiency", "--year", str(YEAR), "--out", "efficiency.xlsx")
    run(installed, *db, "export", "claims", "--year", str(YEAR), "--out", "claims.xlsx", "--lang", "ru")
    for name in ("q1.pdf", "annual.pdf", "d001.pdf", "letters.pdf"):
        assert (work / name).read_bytes().startswith(b"%PDF"), name
    for name in ("efficiency.xlsx", "claims.xlsx"):
        assert zipfile.is_zipfile(work / name), name
    shots = run(installed, "screenshots", "--out", "shots", "--lang", "ru", "--dealers", "8", "--screen", "dashboard")
    pngs = list((work / "shots").glob("*.png"))
    assert pngs and "1 screenshot(s)" in shots, shots
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)
    assert (work / "demo.sqlite").is_file()  # --db: a file of the working folder, nothing in the checkout


def test_the_wheel_upgrades_a_database_an_older_version_left(installed):  # type: ignore[no-untyped-def]
    from models.db import head_revision
    from tests.integration.test_migration_safety import old_database

    work: Path = installed["work"]  # type: ignore[assignment]
    old = old_database(work / "old.sqlite")
    run(installed, "--db", str(old), "year", "list")
    with sqlite3.connect(old) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
        assert conn.execute("SELECT count(*) FROM audit_event WHERE actor = 'old'").fetchone()[0] > 0
    copies = list(work.glob("old.before-0001-*.sqlite"))
    assert len(copies) == 1  # the copy kept before the upgrade
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_a_large_plan_import_reads_in_worker_processes_from_the_wheel(installed):  # type: ignore[no-untyped-def]
    """70 drafts (over PARALLEL_MIN_FILES): the spawned readers start from the installed program."""
    import random

    from bench.bench_plans_xlsx import fill_draft
    from reports.xlsx.plan_pool import PARALLEL_MIN_FILES

    work: Path = installed["work"]  # type: ignore[assignment]
    db = ["--db", "plans.sqlite"]
    run(installed, *db, "demo", "--dealers", "70", "--until", "drafting", "--year", str(YEAR + 1))
    run(installed, *db, "templates", "plans", "--year", str(YEAR + 1), "--out", "returned")
    drafts = sorted((work / "returned").glob("*.xlsx"))
    assert len(drafts) == 70 >= PARALLEL_MIN_FILES
    rng = random.Random(15)
    for path in drafts:
        path.write_bytes(fill_draft(path.read_bytes(), rng))
    result = run_full(installed, *db, "import", "plans", "returned")
    assert result.stdout.strip().endswith("70 files imported, 0 refused"), result.stdout[-500:]
    assert "cannot start workers" not in result.stderr, result.stderr  # not the one-process fallback
