"""The code tools are part of the test command: ruff (lint and format) and mypy (the import contracts
are tests/unit/test_layering.py's).

Each runs once over the whole tree, as a developer would run it (configuration in pyproject.toml).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "."),
        ("ruff", "format", "--check", "."),
        ("mypy",),
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_the_tree_passes(command: tuple[str, ...]) -> None:
    tool = BIN / command[0]
    assert tool.exists(), f"{command[0]} is not installed in the test environment (pip install -e '.[test]')"
    result = _run(str(tool), *command[1:])
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout[-4000:]}{result.stderr[-2000:]}"
