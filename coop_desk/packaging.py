"""Build the one-folder desktop program: ``python -m coop_desk.packaging`` (``scripts/package`` on Linux).

Runs PyInstaller on ``coop-desk.spec`` (in the source tree, beside ``main.py``) and gives
``dist/CoopDesk/`` with two executables sharing one runtime: ``CoopDesk`` (the window) and ``coop-desk``
(the command line), plus everything they read (Qt plugins, translations, fonts, icons, migrations).
The same command on Windows (``py -m coop_desk.packaging``) gives ``dist\\CoopDesk\\CoopDesk.exe``.
Needs the ``build`` extra (``pip install .[build]``); nothing here imports Qt or PyInstaller.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["APP_NAME", "CLI_NAME", "SPEC", "build", "executable", "main"]

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "coop-desk.spec"
APP_NAME = "CoopDesk"  # the windowed program and its folder (as in coop-desk.spec)
CLI_NAME = "coop-desk"  # the command line


def executable(folder: Path, name: str) -> Path:
    """The path of executable ``name`` in the built ``folder`` (``.exe`` on Windows)."""
    return folder / (name + (".exe" if os.name == "nt" else ""))


def build(dist: Path, work: Path, *, clean: bool = False) -> Path:
    """Run PyInstaller on the spec; the built folder (``dist/CoopDesk``). CalledProcessError if it fails."""
    if not SPEC.is_file():
        raise FileNotFoundError(f"{SPEC}: the spec is not there (build from a source checkout)")
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    folder = dist / APP_NAME
    add_beside(folder)
    return folder


def add_beside(folder: Path) -> None:
    """Beside the executables: the bundled components' licences (``licences/``: resources/licences and the fonts') and,
    on Linux, the ``.desktop`` file and icon (``packaging/linux``; README.md says where they go)."""
    texts = sorted((ROOT / "resources" / "licences").glob("*.txt"))
    texts += sorted((ROOT / "resources" / "fonts").glob("LICENSE-*.txt"))
    if texts:
        (folder / "licences").mkdir(exist_ok=True)
        for text in texts:
            shutil.copy2(text, folder / "licences" / text.name)
    if os.name != "nt":
        for name in ("coopdesk.desktop", "coopdesk.png"):
            shutil.copy2(ROOT / "packaging" / "linux" / name, folder / name)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m coop_desk.packaging", description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the folder goes (default: dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--clean", action="store_true", help="ignore PyInstaller's cache of an earlier build")
    args = parser.parse_args(argv)
    try:
        folder = build(args.dist, args.work, clean=args.clean)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"the build failed: {exc}", file=sys.stderr)
        return 1
    print(f"built {folder} ({executable(folder, APP_NAME).name}, {executable(folder, CLI_NAME).name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
