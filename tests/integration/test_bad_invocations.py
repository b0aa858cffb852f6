"""No traceback anywhere (issue 11, point 9): bad invocations, run as real processes, end in one line.

Each row of :data:`CASES` runs ``python -m coop_desk.cli …`` on a SQLite file holding a year at stage
execution and checks: the exit code is 1 (refused) or 2 (usage), stderr holds no traceback and its last line
says something (and, where given, names what was wrong). The database is unchanged after each of them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from models.db import Database, sqlite_url
from tests.factories import approve_mockup, claim_input, year_in_execution

PROJECT = Path(__file__).resolve().parents[2]
YEAR = 2026  # the subprocesses run on the real clock: a year around today takes claims dated today
POSIX = os.name == "posix"


@dataclass(frozen=True)
class Env:
    db: Path
    data_dir: Path
    text_file: Path
    bad_manifest: Path
    fifo: Path | None
    usd_claim: int
    reference: str


@dataclass(frozen=True)
class Case:
    name: str
    argv: tuple[str, ...]
    codes: frozenset[int] = frozenset({1})
    says: str = ""  # a text the last line of stderr must hold
    db: str = "year"  # "year": the year's database; "text": a text file; "fresh": a file of its own
    stdout_full: bool = False
    closed_stdin: bool = False
    file_limit: int | None = None  # RLIMIT_FSIZE in the child (a full disk)
    skip: Callable[[Env], str] = field(default=lambda env: "")


USAGE = frozenset({2})
# (invoice 9 999 999 999.99 USD at 1000 EUR/USD is far beyond MAX_AMOUNT)
CASES = [
    Case("budget of 21 digits", ("year", "create", "2031", "--budget", "123456789012345678901"), USAGE, "at most"),
    Case("budget above the largest amount", ("year", "create", "2031", "--budget", "10000000000"), USAGE, "at most"),
    Case("budget with a tenth of a cent", ("year", "create", "2031", "--budget", "0.001"), USAGE, "2 decimals"),
    Case("budget 1e400", ("year", "create", "2031", "--budget", "1e400"), USAGE, "1e400"),
    Case("cap setting too large", ("year", "set", str(YEAR), "cap_ceiling=99999999999"), USAGE, "at most"),
    Case("demo with 0 dealers", ("demo", "--dealers", "0"), USAGE, "1 to 10000", db="fresh"),
    Case("demo with -3 dealers", ("demo", "--dealers=-3"), USAGE, "1 to 10000", db="fresh"),
    Case("demo with -3 dealers, apart", ("demo", "--dealers", "-3"), USAGE, "-3", db="fresh"),
    Case("demo with absurd dealers", ("demo", "--dealers", "100000000"), USAGE, "1 to 10000", db="fresh"),
    Case("demo with dealers not a number", ("demo", "--dealers", "many"), USAGE, "many", db="fresh"),
    Case(
        "quarterly into /proc",
        ("report", "quarterly", "--year", str(YEAR), "--quarter", "4", "--out", "/proc/q.pdf"),
        says="/proc/q.pdf: cannot be written",
    ),
    Case(
        "quarterly onto a full disk",
        ("report", "quarterly", "--year", str(YEAR), "--quarter", "4", "--out", "/dev/full"),
        says="/dev/full: cannot be written: No space left on device",
    ),
    Case("annual into /proc", ("report", "annual", "--year", str(YEAR), "--out", "/proc/a.pdf"), says="/proc/a.pdf"),
    Case("annual onto a full disk", ("report", "annual", "--year", str(YEAR), "--out", "/dev/full"), says="/dev/full"),
    Case(
        "statement into /proc",
        ("report", "statement", "--year", str(YEAR), "--dealer", "D001", "--out", "/proc/s.pdf"),
        says="/proc/s.pdf",
    ),
    Case(
        "letters into /proc", ("report", "letters", "--year", str(YEAR), "--out", "/proc/letters"), says="/proc/letters"
    ),
    Case(
        "statements into /proc",
        ("report", "statements", "--year", str(YEAR), "--out", "/proc/statements", "--merged"),
        says="/proc/statements",
    ),
    Case(
        "merged letters onto a full disk",
        ("report", "letters", "--year", str(YEAR), "--merged", "/dev/full"),
        says="/dev/full",
    ),
    Case("export into /proc", ("export", "dealers", "--out", "/proc/d.xlsx"), says="/proc/d.xlsx"),
    Case(
        "export allocation into /proc",
        ("export", "allocation", "--year", str(YEAR), "--out", "/proc/a.xlsx"),
        says="/proc/a.xlsx",
    ),
    Case(
        "consolidation into /proc",
        ("export", "consolidation", "--year", str(YEAR), "--out", "/proc/c.xlsx"),
        says="/proc/c.xlsx",
    ),
    Case(
        "efficiency template into /proc",
        ("templates", "efficiency", "--year", str(YEAR), "--out", "/proc/e.xlsx"),
        says="/proc/e.xlsx",
    ),
    Case(
        "claims templates into /proc",
        ("templates", "claims", "--year", str(YEAR), "--quarter", "4", "--out", "/proc/claims"),
        says="/proc/claims",
    ),
    Case("backup into /proc", ("backup", "/proc/b.zip"), says="/proc/b.zip"),
    Case(
        "summary to a full stdout",
        ("summary", "--year", str(YEAR)),
        stdout_full=True,
        says="cannot write the output: No space left on device",
    ),
    Case(
        "summary --json to a full stdout",
        ("summary", "--year", str(YEAR), "--json"),
        stdout_full=True,
        says="cannot write the output",
    ),
    Case("a text file as --db", ("summary", "--year", str(YEAR)), db="text", says="not a SQLite database"),
    Case(
        "closed stdin for a password",
        ("--user", "nobody", "summary", "--year", str(YEAR)),
        closed_stdin=True,
        says="no password",
    ),
    Case(
        "full disk while writing",
        ("year", "create", "2032", "--budget", "5"),
        file_limit=0,
        says="nothing was changed",
        skip=lambda env: "" if POSIX else "RLIMIT_FSIZE is POSIX only",
    ),
    Case(
        "full disk a few pages on",
        ("year", "create", "2032", "--budget", "5"),
        file_limit=6000,
        says="nothing was changed",
        skip=lambda env: "" if POSIX else "RLIMIT_FSIZE is POSIX only",
    ),
]


def _claim_file_case(env: Env) -> tuple[str, ...]:
    today = dt.date.today().isoformat()
    return (
        "claim", "file", "--year", str(YEAR), "--dealer", "D001", "--ref", env.reference, "--invoice", "BIG-1",
        "--invoice-date", today, "--amount", "9999999999.99", "--currency", "USD", "--rate", "1000",
        "--payment-order", "PO-BIG", "--payment-date", today, "--paid", "9999999999.99", "--act", "ACT-BIG",
        "--act-date", today,
    )  # fmt: skip


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Env:
    root = tmp_path_factory.mktemp("bad")
    path = root / "coopdesk.sqlite"
    database = Database(sqlite_url(path))
    services = Services(ServiceContext(database, actor="tester"))
    today = dt.date.today()
    ex = year_in_execution(services, YEAR, today=today)
    reference = ex.ref("D001")
    approve_mockup(services, YEAR, reference)
    claim = claim_input(
        reference, Decimal("5000000000.00"), today, currency="USD", exchange_rate=Decimal(1), number="USD-1"
    )
    usd_claim = services.claims.file(YEAR, "D001", claim).claim_id
    database.dispose()
    text_file = root / "notes.txt"
    text_file.write_text("this is not a database\n", encoding="utf-8")
    bad_manifest = root / "bad.coopdesk-backup"
    with zipfile.ZipFile(bad_manifest, "w") as zf:
        zf.writestr("manifest.json", json.dumps([1, 2, 3]))
        zf.writestr("coopdesk.sqlite", "x")
    fifo = None
    if hasattr(os, "mkfifo"):
        fifo = root / "a.fifo"
        os.mkfifo(fifo)
    return Env(path, root / "data", text_file, bad_manifest, fifo, usd_claim, reference)


def _rows(db: Path) -> dict[str, int]:
    """Every table's row count (read-only, no WAL switch)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def run_cli(
    argv: tuple[str, ...] | list[str],
    data_dir: Path,
    *,
    code: str | None = None,
    stdout: Any = subprocess.PIPE,
    preexec: Callable[[], None] | None = None,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COOP_DESK_DB", "COOP_DESK_PASSWORD")}
    env.update(PYTHONPATH=str(PROJECT), COOP_DESK_DATA_DIR=str(data_dir), **(extra_env or {}))
    head = [sys.executable, "-c", code] if code else [sys.executable, "-m", "coop_desk.cli"]
    return subprocess.run(
        [*head, *argv],
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=data_dir.parent,
        preexec_fn=preexec,
        timeout=120,
    )


def check_one_line(result: subprocess.CompletedProcess[str], codes: frozenset[int], says: str = "") -> str:
    """The exit code is one of ``codes``, no traceback, and the last line of stderr (returned) says ``says``."""
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines and lines[-1].strip(), f"exit {result.returncode} with nothing on stderr"
    assert result.returncode in codes, (result.returncode, result.stderr)
    assert says in lines[-1], (says, result.stderr)
    return lines[-1]


def _limit(size: int) -> Callable[[], None]:
    def preexec() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return preexec


def _close_stdin() -> None:
    os.close(0)


def _devices() -> str:
    return "" if Path("/proc").is_dir() and Path("/dev/full").exists() else "no /proc or /dev/full here"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_bad_invocation_ends_in_one_line(case: Case, env: Env, tmp_path: Path) -> None:
    why = case.skip(env) or (_devices() if any(a.startswith(("/proc", "/dev")) for a in case.argv) else "")
    if case.stdout_full and not Path("/dev/full").exists():
        why = "no /dev/full here"
    if why:
        pytest.skip(why)
    db = {"year": env.db, "text": env.text_file, "fresh": tmp_path / "fresh.sqlite"}[case.db]
    before = _rows(env.db)
    preexec = _close_stdin if case.closed_stdin else _limit(case.file_limit) if case.file_limit is not None else None
    if case.stdout_full:
        with open("/dev/full", "w") as full:
            result = run_cli(("--db", str(db), *case.argv), env.data_dir, stdout=full, preexec=preexec)
    else:
        result = run_cli(("--db", str(db), *case.argv), env.data_dir, preexec=preexec)
    check_one_line(result, case.codes, case.says)
    assert _rows(env.db) == before
    assert not (tmp_path / "fresh.sqlite").exists()  # a usage error opens no database


def test_an_exchange_rate_past_the_largest_amount_is_refused_naming_it(env: Env) -> None:
    before = _rows(env.db)
    filed = run_cli(("--db", str(env.db), *_claim_file_case(env)), env.data_dir)
    line = check_one_line(filed, frozenset({1}), "exchange rate")
    assert "9999999999.99" in line
    set_rate = run_cli(("--db", str(env.db), "claim", "set-rate", str(env.usd_claim), "1000"), env.data_dir)
    line = check_one_line(set_rate, frozenset({1}), f"claim {env.usd_claim} (exchange rate)")
    assert "9999999999.99" in line
    assert _rows(env.db) == before


def test_a_backup_manifest_that_is_not_an_object(env: Env, tmp_path: Path) -> None:
    result = run_cli(("--db", str(tmp_path / "target.sqlite"), "restore", str(env.bad_manifest)), env.data_dir)
    check_one_line(result, frozenset({1}), "not a JSON object")


def test_a_backup_onto_something_that_is_not_a_file_leaves_it(env: Env) -> None:
    if env.fifo is None:
        pytest.skip("no named pipes here")
    result = run_cli(("--db", str(env.db), "backup", str(env.fifo)), env.data_dir)
    check_one_line(result, frozenset({1}), "not a regular file")
    assert env.fifo.exists() and not env.fifo.is_file()


def test_an_unexpected_error_is_one_line_and_the_traceback_goes_to_the_log(env: Env, tmp_path: Path) -> None:
    code = (
        "import sys, coop_desk.cli as cli\n"
        "def boom(*a, **k):\n    raise RuntimeError('boom\\nsecond line')\n"
        "cli.open_services = boom\n"
        "sys.exit(cli.run(sys.argv[1:]))\n"
    )
    data_dir = tmp_path / "data"
    result = run_cli(("--db", str(env.db), "summary", "--year", str(YEAR)), data_dir, code=code)
    line = check_one_line(result, frozenset({1}), "internal error: RuntimeError: boom second line (details in ")
    log = data_dir / "logs" / "coopdesk-errors.log"
    assert str(log) in line
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: boom" in text


# -- a read-only database folder -----------------------------------------------------------------
# As root every folder is writable (chmod does not stop root): the child then runs as `nobody` when it can,
# else os.access is made to say what it would say to a person without write permission there.
SIMULATED = (
    "import os, sys\n"
    "folder = os.path.realpath(os.environ['RO_FOLDER'])\n"
    "real = os.access\n"
    "def access(path, mode, *a, **k):\n"
    "    if mode & os.W_OK and os.path.realpath(path) == folder:\n"
    "        return False\n"
    "    return real(path, mode, *a, **k)\n"
    "os.access = access\n"
    "from coop_desk.cli import run\n"
    "sys.exit(run(sys.argv[1:]))\n"
)


def _as_nobody() -> None:
    os.setgid(65534)
    os.setuid(65534)


def _nobody_can_run() -> bool:
    try:
        probe = subprocess.run(
            [sys.executable, "-c", "import coop_desk.cli"],
            env={"PYTHONPATH": str(PROJECT), "PATH": os.environ.get("PATH", "")},
            preexec_fn=_as_nobody,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return probe.returncode == 0


@pytest.fixture
def read_only_folder(env: Env) -> Any:
    """(folder, how to run the child): a copy of the year's database in a folder the child cannot write."""
    if not POSIX:
        pytest.skip("POSIX permissions only")
    folder = Path(tempfile.mkdtemp(prefix="coopdesk-ro-", dir="/tmp"))  # outside pytest's private tmp
    shutil.copy(env.db, folder / "coopdesk.sqlite")
    (folder / "data").mkdir(mode=0o777)
    os.chmod(folder / "data", 0o777)
    os.chmod(folder / "coopdesk.sqlite", 0o644)
    if os.geteuid() != 0:
        os.chmod(folder, 0o555)
        runner: dict[str, Any] = {}
    else:
        os.chmod(folder, 0o755)
        runner = {"preexec": _as_nobody} if _nobody_can_run() else {"code": SIMULATED}
    runner["extra_env"] = {"RO_FOLDER": str(folder), "HOME": str(folder / "data")}
    yield folder, runner
    os.chmod(folder, 0o755)
    shutil.rmtree(folder, ignore_errors=True)


def test_a_read_only_database_folder_reads_and_refuses_writing(read_only_folder: Any) -> None:
    folder, runner = read_only_folder
    db = folder / "coopdesk.sqlite"
    before, listing = _rows(db), sorted(p.name for p in folder.iterdir())
    data_dir = folder / "data"
    for argv in (
        ("summary", "--year", str(YEAR)),
        ("dealer", "list"),
        ("claim", "list", "--year", str(YEAR), "--json"),
        ("users", "list"),
    ):
        result = run_cli(("--db", str(db), *argv), data_dir, **runner)
        assert result.returncode == 0, (argv, result.stderr)
        assert "Traceback" not in result.stderr
    result = run_cli(("--db", str(db), "year", "create", "2033", "--budget", "5"), data_dir, **runner)
    check_one_line(result, frozenset({1}), "the database folder is read-only")
    assert _rows(db) == before
    # no WAL, shared-memory or journal file and no pre-upgrade copy beside it
    assert sorted(p.name for p in folder.iterdir()) == listing
