"""The set-up scripts: executable, parseable by bash, and CI runs exactly scripts/test."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = [
    ROOT / "scripts" / "bootstrap.sh",
    ROOT / "scripts" / "run",
    ROOT / "scripts" / "test",
    ROOT / "scripts" / "package",
    ROOT / ".ci" / "run",
]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_script_is_executable(script: Path) -> None:
    assert script.is_file()
    assert os.access(script, os.X_OK), f"{script} is not executable (chmod +x, and commit the mode)"
    assert script.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n")


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash not installed")
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_script_parses(script: Path) -> None:
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_ci_runs_exactly_the_test_script() -> None:
    commands = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert commands[-1] == 'exec "$(dirname "$0")/../scripts/test"'
    # Nothing else runs: only shell options before the exec.
    assert all(re.fullmatch(r"set -[euo pipefail ]+", c) for c in commands[:-1]), commands


def test_run_and_test_bootstrap_first() -> None:
    run = (ROOT / "scripts" / "run").read_text(encoding="utf-8")
    test = (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    assert "scripts/bootstrap.sh" in run and 'exec "$root/.venv/bin/coop-desk" "$@"' in run
    assert "scripts/bootstrap.sh" in test and '-m pytest "$@"' in test


def test_package_bootstraps_first_and_runs_the_build_module() -> None:
    package = (ROOT / "scripts" / "package").read_text(encoding="utf-8")
    assert package.index("scripts/bootstrap.sh") < package.index(
        'exec "$root/.venv/bin/python" -m coop_desk.packaging "$@"'
    )
