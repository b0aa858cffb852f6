"""The one-folder program runs without Python: every check runs the built executables with an empty PATH
(no Python, no virtual environment), no PYTHONPATH/VIRTUAL_ENV, and a fresh home and XDG folders.

Built once per session (tests/frozen/conftest.py). Covers what issue 15 asks the CI to prove: the version,
the demo year, a report, a large import whose drafts are read by worker processes (spawn, frozen), and
the window offscreen until the dashboard is shown (``COOP_DESK_SMOKE``, ui/smoke.py).
"""

from __future__ import annotations

import ast
import random
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from bench.bench_plans_xlsx import fill_draft
from coop_desk import __version__, packaging
from reports.xlsx.plan_pool import PARALLEL_MIN_FILES

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
YEAR = 2027
DRAFTS = 70  # over PARALLEL_MIN_FILES: the batch is read by worker processes


class Frozen:
    """Runs the built executables in a bare environment of their own (a fresh home, nothing on PATH)."""

    def __init__(self, folder: Path, home: Path) -> None:
        self.folder = folder
        self.home = home
        (home / "bin").mkdir(parents=True)  # PATH: an empty folder, so no Python can be found
        self.env = {
            "PATH": str(home / "bin"),
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_RUNTIME_DIR": str(home / "run"),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }
        (home / "run").mkdir(mode=0o700)

    def run(
        self, name: str, args: Sequence[str], *, timeout: float = 300, **env: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(packaging.executable(self.folder, name)), *args],
            env={**self.env, **env},
            cwd=self.home,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def cli(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return self.run(packaging.CLI_NAME, args, **env)


@pytest.fixture(scope="module")
def frozen(frozen_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Frozen:
    return Frozen(frozen_folder, tmp_path_factory.mktemp("frozen-home"))


@pytest.fixture(scope="module")
def demo_db(frozen: Frozen) -> Path:
    """`coop-desk demo --dealers 8`: the demo year run through every stage, by the built program."""
    db = frozen.home / "demo.sqlite"
    done = frozen.cli("demo", "--dealers", "8", "--year", str(YEAR), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "Σ allocated ≤ budget — OK" in done.stdout
    return db


def test_the_folder_holds_both_programs_and_their_data(frozen_folder: Path) -> None:
    for name in (packaging.APP_NAME, packaging.CLI_NAME):
        assert packaging.executable(frozen_folder, name).is_file()
    internal = frozen_folder / "_internal"
    assert (internal / "models" / "migrations" / "script.py.mako").is_file()
    assert (internal / "resources" / "translations" / "coopdesk_ru.qm").is_file()
    assert (internal / "resources" / "fonts" / "LICENSE-DejaVu.txt").is_file()
    assert not (internal / "tests").exists() and not (internal / "bench").exists()
    assert (frozen_folder / "coopdesk.desktop").is_file()
    # the bundled components' licences: for the About dialog inside, and beside the programs with the fonts'
    names = sorted(p.name for p in (ROOT / "resources" / "licences").glob("*.txt"))
    assert "qt-pyside6.txt" in names
    assert sorted(p.name for p in (internal / "resources" / "licences").iterdir()) == names
    beside = sorted(p.name for p in (frozen_folder / "licences").iterdir())
    assert beside == sorted([*names, "LICENSE-DejaVu.txt"])


def test_the_windows_version_information_is_the_programs(frozen_folder: Path) -> None:
    """Written by the spec on every platform (used on Windows only): PyInstaller evaluates it as Python."""
    work = frozen_folder.parent.parent / "work"  # beside dist/ (tests/frozen/conftest.py)
    text = (work / "coop-desk" / "version_info.txt").read_text(encoding="utf-8")
    ast.parse(text)
    numbers = tuple(int(n) for n in __version__.split(".")) + (0,) * (4 - len(__version__.split(".")))
    assert f"filevers={numbers}" in text and f"prodvers={numbers}" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert "StringStruct('OriginalFilename', 'CoopDesk.exe')" in text


def test_version(frozen: Frozen) -> None:
    done = frozen.cli("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"coop-desk {__version__}\n"


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_quarterly_report(frozen: Frozen, demo_db: Path, lang: str) -> None:
    out = frozen.home / f"q1-{lang}.pdf"
    args = ("report", "quarterly", "--year", str(YEAR), "--quarter", "1", "--lang", lang)
    done = frozen.cli(*args, "--out", str(out), "--db", str(demo_db))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 10_000


def test_a_refusal_keeps_its_exit_code_and_message(frozen: Frozen, demo_db: Path) -> None:
    out = frozen.home / "none.pdf"
    done = frozen.cli(
        "report", "quarterly", "--year", "1999", "--quarter", "1", "--out", str(out), "--db", str(demo_db)
    )
    assert done.returncode == 1
    assert "1999" in done.stderr + done.stdout
    assert not out.exists()
    assert frozen.cli("report", "quarterly", "--year", "x").returncode == 2  # a usage error, as argparse says


def test_a_large_import_is_read_by_worker_processes(frozen: Frozen) -> None:
    assert DRAFTS >= PARALLEL_MIN_FILES
    db = frozen.home / "plans.sqlite"
    made = frozen.cli("demo", "--dealers", str(DRAFTS), "--until", "drafting", "--year", str(YEAR), "--db", str(db))
    assert made.returncode == 0, made.stderr
    templates, drafts = frozen.home / "templates", frozen.home / "drafts"
    written = frozen.cli("templates", "plans", "--year", str(YEAR), "--out", str(templates), "--db", str(db))
    assert written.returncode == 0, written.stderr
    drafts.mkdir()
    rng = random.Random(15)
    for path in sorted(templates.glob("*.xlsx")):
        (drafts / path.name).write_bytes(fill_draft(path.read_bytes(), rng))
    assert len(list(drafts.iterdir())) == DRAFTS

    done = frozen.cli("-v", "import", "plans", str(drafts), "--db", str(db))
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"{DRAFTS} files imported, 0 refused" in done.stdout
    assert "cannot start" not in done.stderr and "broke" not in done.stderr and "died" not in done.stderr
    pooled = [line for line in done.stderr.splitlines() if "drafts were read by worker processes" in line]
    assert len(pooled) == 1, done.stderr[-3000:]
    read_by_workers = int(pooled[0].split()[1])
    assert 0 < read_by_workers <= DRAFTS, pooled[0]


def test_the_window_shows_the_dashboard(frozen: Frozen, demo_db: Path) -> None:
    done = frozen.run(packaging.APP_NAME, ["--db", str(demo_db)], COOP_DESK_SMOKE="60", LANG="ru_RU.UTF-8", LC_ALL="")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "smoke: the dashboard is shown" in done.stderr
    assert f"{YEAR}; Бюджет: " in done.stderr  # the year's figures, in Russian: the translations are there


def test_the_window_without_a_year_is_not_taken_for_the_dashboard(frozen: Frozen) -> None:
    done = frozen.run(packaging.APP_NAME, ["--db", str(frozen.home / "empty.sqlite")], COOP_DESK_SMOKE="2")
    assert done.returncode == 3, done.stderr[-3000:]
    assert "the dashboard was not shown" in done.stderr
