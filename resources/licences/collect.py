"""Write the licence of every component CoopDesk ships with into this folder (one ``<name>.txt`` each).

Run from the checkout with the project's venv: ``PYTHONPATH=$PWD .venv/bin/python resources/licences/collect.py``.
It walks coop-desk's runtime dependencies (importlib.metadata, recursively, no extras) and copies each one's
licence file from its installed ``*.dist-info``; Qt and PySide6 (whose wheels carry no licence file) get the
LGPL notice written below with the LGPL-3.0 and GPL-3.0 texts. The About dialog shows these files and the
desktop build copies the folder; tests/unit/test_licences.py checks that no dependency is missing here.
Re-run it after a dependency is added.
"""

from __future__ import annotations

import importlib.metadata as md
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: PySide6's distributions: one notice for all of them (Qt-PySide6.txt)
QT = {"pyside6", "pyside6-essentials", "pyside6-addons", "pyside6-pdf", "pyside6-webengine", "shiboken6"}
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING)[^/]*$", re.IGNORECASE)
COMMON = Path("/usr/share/common-licenses")

QT_NOTICE = """Qt 6 and PySide6 (LGPL-3.0)

CoopDesk's window uses the Qt libraries through PySide6. Qt and PySide6 are (c) The Qt Company Ltd. and
other contributors, and are used here under the GNU Lesser General Public License version 3 (LGPL-3.0).
CoopDesk links to them dynamically: the Qt and PySide6 libraries are separate files beside the program
(in the wheel's environment: the PySide6 package; in the desktop build: the folder's _internal/PySide6),
and you may replace them with your own build of the same version.
Source code of Qt: https://download.qt.io/official_releases/qt/ and https://code.qt.io/
Source code of PySide6 and shiboken6: https://code.qt.io/cgit/pyside/pyside-setup.git/
The full texts of the LGPL-3.0 and of the GPL-3.0 it refers to follow.

"""


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "coop-desk") -> list[md.Distribution]:
    """Every installed distribution coop-desk needs at run time, with the extras it asks for
    (``psycopg[binary]`` brings psycopg-binary); a dependency's other extras are skipped."""
    seen: dict[str, md.Distribution] = {}
    todo: list[tuple[str, set[str]]] = [(root, set())]
    while todo:
        name, extras = todo.pop()
        if normal(name) in seen:
            continue
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue  # a dependency for another platform or Python (tzdata, tomli)
        seen[normal(name)] = dist
        for requirement in dist.requires or []:
            wanted = re.search(r"extra\s*==\s*[\"']([^\"']+)", requirement)
            if wanted and wanted.group(1) not in extras:
                continue
            match = re.match(r"([A-Za-z0-9_.\-]+)\s*(?:\[([^\]]*)\])?", requirement)
            if match:
                todo.append((match.group(1), {e.strip() for e in (match.group(2) or "").split(",") if e.strip()}))
    seen.pop(normal(root), None)
    return sorted(seen.values(), key=lambda d: normal(d.metadata["Name"]))


def licence_text(dist: md.Distribution) -> str:
    files = [f for f in dist.files or [] if ".dist-info/" in str(f) and LICENCE_FILE.search(str(f))]
    texts = [Path(str(dist.locate_file(f))).read_text(encoding="utf-8", errors="replace") for f in files]
    if not texts:
        raise SystemExit(f"{dist.metadata['Name']}: no licence file in its dist-info")
    return "\n\n".join(t.strip() for t in texts)


def main() -> None:
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        if normal(name) in QT:
            continue
        kind = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        header = f"{name}\n\nLicence: {kind.strip().splitlines()[0] if kind.strip() else 'see below'}\n\n"
        (HERE / f"{normal(name)}.txt").write_text(header + licence_text(dist) + "\n", encoding="utf-8")
    qt = QT_NOTICE + (COMMON / "LGPL-3").read_text(encoding="utf-8") + "\n\n" + (COMMON / "GPL-3").read_text()
    (HERE / "qt-pyside6.txt").write_text(qt, encoding="utf-8")


if __name__ == "__main__":
    main()
