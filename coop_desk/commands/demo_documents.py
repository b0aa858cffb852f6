"""The documents a demo year produces, written into ``coop-desk demo --out DIR``.

What exists depends on how far the year went: plan templates while drafting, the consolidation
workbook once drafts are in, commitment letters once the allocation is frozen, the quarterly
reports of closed quarters, and the annual report at the end.
"""

from __future__ import annotations

from pathlib import Path

from coop_desk.services import Services
from models import Stage


def write_demo_documents(services: Services, year: int, out: Path) -> list[Path]:
    from reports.pdf.annual import write_annual
    from reports.pdf.letters import write_letters_merged
    from reports.pdf.quarterly import write_quarterly_report
    from reports.pdf.statement import write_statement
    from reports.xlsx.consolidation import write_consolidation
    from reports.xlsx.exports import export_claims, export_dealers
    from reports.xlsx.plan_template import write_plan_templates

    out.mkdir(parents=True, exist_ok=True)
    view = services.years.get(year)
    lang = view.language
    written: list[Path] = []
    if view.stage == Stage.DRAFTING:  # templates go out while dealers draft
        written += write_plan_templates(services, year, out / "plan-templates")
    written.append(export_dealers(services, year, out / f"dealers-{year}.xlsx").path)
    if services.plans.drafts(year):
        written.append(write_consolidation(services, year, out / f"consolidation-{year}.xlsx"))
    if services.allocation.current(year) is not None:
        written.append(write_letters_merged(services.statements.letters(year), out / f"letters-{year}.pdf", lang))
    if view.stage.index >= Stage.EXECUTION.index:
        written.append(export_claims(services, year, out / f"claims-{year}.xlsx").path)
        for quarter in services.claims.closed_quarters(year):
            path = out / f"quarterly-report-{year}-Q{quarter}.pdf"
            write_quarterly_report(services.quarterly.report(year, quarter), path, lang)
            written.append(path)
        first = next((ln.dealer_code for ln in services.allocation.current(year).lines if ln.amount > 0), None)  # type: ignore[union-attr]
        if first is not None:
            statement = services.statements.statement(year, first)
            written.append(write_statement(statement, out / f"statement-{year}-{first}.pdf", lang))
    if view.stage.index >= Stage.EVALUATION.index and services.evaluation.results(year):
        written.append(write_annual(services.annual.report(year), out / f"annual-report-{year}.pdf", lang))
    return written
