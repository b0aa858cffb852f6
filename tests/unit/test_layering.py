"""The layers (STYLE.md 1 and 3): nothing below ui imports Qt, and the top-level names are this project's."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = ("coop_desk", "models", "reports")
QT_MODULES = ("PySide6", "shiboken6")

# Runs in a fresh interpreter: a finder placed first on sys.meta_path makes PySide6 and shiboken6
# unimportable (as if they were not installed), then every Qt-free module is imported.
IMPORT_WITHOUT_QT = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"{name} is not available in this test")
            return None

    sys.meta_path.insert(0, NoQt())
    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        sys.exit("the blocker did not block PySide6")

    names = ["coop_desk", "coop_desk.services", "coop_desk.rules", "models", "models.db", "reports"]
    for package in ("coop_desk", "models", "reports"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, package + "."):
            if info.name.startswith("models.migrations"):
                continue  # env.py runs Alembic when imported; the versions are imported by Alembic itself
            names.append(info.name)
    for name in names:
        importlib.import_module(name)
    services = [n for n in names if n.startswith("coop_desk.services.")]
    assert {"coop_desk.services.years", "coop_desk.services.allocation"} <= set(services), services
    leaked = sorted(m for m in sys.modules if m.partition(".")[0] in ("PySide6", "shiboken6", "ui"))
    if leaked:
        sys.exit(f"imported below ui: {leaked}")
    print("imported", len(names), "modules")
    """
)


def test_qt_free_layers_import_without_pyside6() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_WITHOUT_QT], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("imported ")


def test_the_blocker_would_catch_a_qt_import() -> None:
    """The subprocess check is not blind: a module that imports PySide6 fails under the same blocker."""
    code = IMPORT_WITHOUT_QT.split("names = [")[0] + "import PySide6.QtCore\n"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "PySide6.QtCore is not available" in result.stderr or "PySide6 is not available" in result.stderr


@pytest.mark.parametrize("name", ["models", "ui", "reports", "coop_desk"])
def test_top_level_names_are_this_projects_folders(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__file__ is not None
    path = Path(module.__file__).resolve()
    assert path == ROOT / name / "__init__.py", f"{name} resolves to {path}, not this project's folder"


def qt_imports(source: str, filename: str = "<source>") -> list[str]:
    """Every import of PySide6 or shiboken6 in a module's source (at any depth: functions, TYPE_CHECKING)."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [f"{filename}:{node.lineno}: {n}" for n in names if n.partition(".")[0] in QT_MODULES]
    return found


def test_the_scanner_finds_qt_imports() -> None:
    source = "import os\nfrom PySide6.QtCore import Signal\ndef f():\n    import shiboken6\n"
    assert qt_imports(source) == ["<source>:2: PySide6.QtCore", "<source>:4: shiboken6"]
    assert qt_imports("from . import PySide6\nimport PySide6x\n") == []


def test_no_qt_import_below_ui() -> None:
    files = [p for package in QT_FREE for p in sorted((ROOT / package).rglob("*.py"))]
    assert len(files) > 10, files
    assert ROOT / "coop_desk" / "rules.py" in files
    found = [hit for p in files for hit in qt_imports(p.read_text(encoding="utf-8"), str(p.relative_to(ROOT)))]
    assert found == []


def test_import_linter_contracts_hold() -> None:
    """The layer and Qt contracts of pyproject.toml, checked by import-linter."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is part of the test extra"
    done = subprocess.run([exe], cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def models_imports(source: str, filename: str = "<source>") -> list[str]:
    """Imports of ``models`` other than its vocabulary module ``models.enums`` (``from models import Stage`` is
    one: the package re-exports the mapped classes)."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [
            f"{filename}:{node.lineno}: {n}" for n in names if n.partition(".")[0] == "models" and n != "models.enums"
        ]
    return found


def test_the_models_scanner_finds_imports_beyond_the_vocabulary() -> None:
    source = "from models import Stage\nfrom models.enums import Role\nimport models.db\nfrom ui.models import x\n"
    assert models_imports(source) == ["<source>:1: models", "<source>:3: models.db"]


def test_the_window_takes_only_the_vocabulary_from_models() -> None:
    files = sorted((ROOT / "ui").rglob("*.py"))
    found = [hit for p in files for hit in models_imports(p.read_text(encoding="utf-8"), str(p.relative_to(ROOT)))]
    assert found == []
