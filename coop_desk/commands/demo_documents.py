"""The documents a demo year produces, written into ``coop-desk demo --out DIR``.

What exists depends on how far the year went: plan templates while drafting, the consolidation
workbook once drafts are in, commitment letters once the allocation is frozen, the quarterly
reports of closed quarters, and the annual report at the end. The documents are reports.documents'.
"""

from __future__ import annotations

from pathlib import Path

from coop_desk import permissions
from coop_desk.services import Services
from models import Stage


def write_demo_documents(services: Services, year: int, out: Path) -> list[Path]:
    from reports.documents import (
        ANNUAL,
        CLAIMS_LIST,
        CONSOLIDATION,
        DEALERS_LIST,
        LETTERS,
        PLAN_TEMPLATES,
        QUARTERLY,
        STATEMENT,
        DocumentRequest,
    )

    out.mkdir(parents=True, exist_ok=True)
    view = services.years.get(year)
    lang = view.language
    request = DocumentRequest(year, lang=lang)
    written: list[Path] = []
    if permissions.at_stage("plans.record_draft", view.stage):  # templates go out while dealers draft
        written += PLAN_TEMPLATES.write(PLAN_TEMPLATES.build(services, request), out / "plan-templates", lang)
    lists = DocumentRequest(year, lang="en")  # the demo's list workbooks are in English
    written.append(DEALERS_LIST.produce(services, lists, out / f"dealers-{year}.xlsx"))
    if services.plans.drafts(year):
        written.append(CONSOLIDATION.produce(services, request, out / f"consolidation-{year}.xlsx"))
    if services.allocation.current(year) is not None:
        written.append(LETTERS.produce(services, request, out / f"letters-{year}.pdf"))
    if view.stage.index >= Stage.EXECUTION.index:
        written.append(CLAIMS_LIST.produce(services, lists, out / f"claims-{year}.xlsx"))
        for quarter in services.claims.closed_quarters(year):
            path = out / f"quarterly-report-{year}-Q{quarter}.pdf"
            written.append(QUARTERLY.produce(services, DocumentRequest(year, quarter=quarter, lang=lang), path))
        first = next((ln.dealer_code for ln in services.allocation.current(year).lines if ln.amount > 0), None)  # type: ignore[union-attr]
        if first is not None:
            path = out / f"statement-{year}-{first}.pdf"
            written.append(STATEMENT.produce(services, DocumentRequest(year, dealer=first, lang=lang), path))
    if view.stage.index >= Stage.EVALUATION.index and services.evaluation.results(year):
        written.append(ANNUAL.produce(services, request, out / f"annual-report-{year}.pdf"))
    return written
