"""The Russian .ts is complete: every message translated, placeholders and shortcuts kept, the .qm up to date."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TS = TRANSLATIONS / "coopdesk_ru.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _messages() -> list[tuple[str, str, ET.Element | None]]:
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message.find("translation")))
    return out


def test_every_message_has_a_finished_translation() -> None:
    messages = _messages()
    assert len(messages) > 400
    unfinished = [
        f"{ctx}: {source}"
        for ctx, source, tr in messages
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    wrong = [
        f"{ctx}: {source!r} → {tr.text!r}"
        for ctx, source, tr in _messages()
        if tr is not None and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(tr.text or ""))
    ]
    assert wrong == []


def test_the_compiled_qm_is_shipped_beside_the_ts() -> None:
    qm = TRANSLATIONS / "coopdesk_ru.qm"
    assert qm.exists() and qm.stat().st_size > 10_000, "run resources/translations/build.py"
