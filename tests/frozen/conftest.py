"""The one-folder program (coop-desk.spec), built once per test session and reused while it is up to date.

The build goes to build/frozen-test/ in the checkout (ignored by git) with a stamp of everything it was
built from (the spec, the program's sources and data files, PySide6's and PyInstaller's versions): a
later session whose stamp matches reuses it (a developer's second run takes seconds), any change
rebuilds. ``COOP_DESK_SKIP_FROZEN_BUILD=1`` skips these tests (a developer's quick run); CI never sets it.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

from coop_desk import packaging

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "frozen-test"
SOURCES = ("main.py", "coop-desk.spec", "coop_desk", "models", "reports", "ui", "resources", "packaging")


def stamp() -> str:
    """What the build is made of: every source and data file's path and content, and the tools' versions."""
    digest = hashlib.sha256()
    for name in ("PySide6", "pyinstaller", "pyinstaller-hooks-contrib"):
        digest.update(f"{name}={metadata.version(name)}\n".encode())
    for source in SOURCES:
        path = ROOT / source
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts:
                continue
            digest.update(str(file.relative_to(ROOT)).encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


@pytest.fixture(scope="session")
def frozen_folder() -> Iterator[Path]:
    """dist/CoopDesk/ of a build of this checkout (built now, or the up-to-date one of an earlier session)."""
    if os.environ.get("COOP_DESK_SKIP_FROZEN_BUILD", "") not in ("", "0"):
        pytest.skip("COOP_DESK_SKIP_FROZEN_BUILD is set: the one-folder program is not built")
    wanted = stamp()
    folder = BUILD / "dist" / packaging.APP_NAME
    stamp_file = BUILD / "stamp.txt"
    if not (stamp_file.is_file() and stamp_file.read_text() == wanted and folder.is_dir()):
        stamp_file.unlink(missing_ok=True)
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "coop_desk.packaging", "--dist", str(BUILD / "dist"), "--work", str(BUILD / "work")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, f"the build failed:\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}"
        stamp_file.write_text(wanted)
        print(f"\nbuilt {folder} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    yield folder
