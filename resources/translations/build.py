"""Extract the window's strings into coopdesk_ru.ts (pyside6-lupdate), fill known Russian translations, compile .qm.

Run from the project root with the project's interpreter:  .venv/bin/python resources/translations/build.py
Translations already in the .ts are kept (lupdate merges); ``ru_strings.py`` beside this file supplies the
ones not yet translated (keyed by source text, or "Context|source" where a context needs its own).
The services' own sentences (``coop_desk.text.Text`` templates in coop_desk/, models/, reports/) are first
collected into ui/service_strings.py (context "Service"); their Russian lives in ``ru_services.py``
(services, rules, models) and ``ru_reports.py`` (importers and workbooks), which always win over the .ts.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "coopdesk_ru.ts"
QM = HERE / "coopdesk_ru.qm"


def _tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def main() -> int:
    sys.path.insert(0, str(HERE))
    import service_text  # type: ignore[import-not-found]

    service_text.write(ROOT)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(TS), "-no-obsolete"], cwd=ROOT, check=True)
    from ru_reports import RU as RU_REPORTS  # type: ignore[import-not-found]
    from ru_services import RU as RU_SERVICES  # type: ignore[import-not-found]
    from ru_strings import RU as RU_WINDOW  # type: ignore[import-not-found]

    RU = {**RU_WINDOW, **{f"Service|{k}": v for k, v in {**RU_SERVICES, **RU_REPORTS}.items()}}

    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            name = context.findtext("name")
            if name == "Service" and RU.get(f"Service|{source}"):
                # the services' sentences: ru_services.py / ru_reports.py stay the source of truth
                translation.text = RU[f"Service|{source}"]
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
                text = RU.get(f"{name}|{source}") or RU.get(source)
                if text:
                    translation.text = text
                    translation.attrib.pop("type", None)
                else:
                    missing.append(f"{name}: {source}")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    for line in missing:
        print("untranslated:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
