"""Every CoopDesk template names its kind (the efficiency form too), read at a glance for the drop router;
the efficiency import checks the form's identification and still takes a workbook without one."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from coop_desk.services import Services
from reports.xlsx import claims as claims_xlsx
from reports.xlsx import consolidation as cons_xlsx
from reports.xlsx import efficiency as eff_xlsx
from reports.xlsx.meta import META_SHEET, TemplateMeta, glance, glance_kind, write_meta
from tests.factories import ExecutionYear, approve_mockup
from tests.integration.test_agency_exchange import YEAR, eval_year, fill_efficiency, plain_efficiency_workbook

__all__ = ["eval_year"]


def identified_workbook(path: Path, meta: TemplateMeta) -> Path:
    """A workbook with only an identification sheet (a plan template is not issued after drafting)."""
    wb = Workbook()
    wb.active.title = "Plan"
    write_meta(wb, meta)
    wb.save(path)
    return path


def test_each_template_names_its_kind(services: Services, eval_year: ExecutionYear, tmp_path: Path) -> None:
    plan = identified_workbook(tmp_path / "plan.xlsx", TemplateMeta("plan", 1, YEAR, "D001"))
    consolidation = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "cons.xlsx")
    approve_mockup(services, YEAR, eval_year.ref("D001", 1))
    claims = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path / "claims", dealer="D001")[0]
    efficiency = eff_xlsx.write_efficiency_template(services, YEAR, tmp_path / "eff.xlsx")
    assert [glance_kind(p) for p in (plan, consolidation, claims, efficiency)] == [
        "plan",
        "consolidation",
        "claims",
        "efficiency",
    ]
    wb = load_workbook(efficiency)
    assert wb.sheetnames[-1] == META_SHEET and wb[META_SHEET].sheet_state == "veryHidden"
    assert wb.worksheets[0].title == eff_xlsx.SHEET  # the agency still fills the first sheet
    assert glance(plan) == (YEAR, "D001")  # the plan import's glance reads as before


def test_no_kind_without_a_sound_identification(services: Services, eval_year: ExecutionYear, tmp_path: Path) -> None:
    assert glance_kind(plain_efficiency_workbook(tmp_path, [])) is None  # no identification sheet
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook", encoding="utf-8")
    assert glance_kind(text) is None
    assert glance_kind(tmp_path / "missing.xlsx") is None
    path = eff_xlsx.write_efficiency_template(services, YEAR, tmp_path / "eff.xlsx")
    wb = load_workbook(path)
    wb[META_SHEET]["B2"] = "claims"  # the kind changed by hand: the checksum no longer matches
    wb.save(path)
    assert glance_kind(path) is None


def test_efficiency_form_with_identification_is_imported(
    services: Services, eval_year: ExecutionYear, tmp_path: Path
) -> None:
    ex = eval_year
    path = eff_xlsx.write_efficiency_template(services, YEAR, tmp_path / "eff.xlsx")
    fill_efficiency(path, {ex.ref("D001", 1): [10, 2, 1], ex.ref("D002", 1): [5, 0, 0]})
    report = eff_xlsx.import_efficiency(services, path)
    assert report.exit_code == 0, report.lines()
    assert {r.reference for r in services.evaluation.results(YEAR)} == {ex.ref("D001", 1), ex.ref("D002", 1)}


def test_efficiency_import_refuses_an_altered_or_foreign_identification(
    services: Services, eval_year: ExecutionYear, tmp_path: Path
) -> None:
    ex = eval_year
    path = eff_xlsx.write_efficiency_template(services, YEAR, tmp_path / "eff.xlsx")
    fill_efficiency(path, {ex.ref("D001", 1): [10, 2, 1]})
    wb = load_workbook(path)
    wb[META_SHEET]["B5"] = YEAR + 1  # the year changed by hand
    wb.save(path)
    report = eff_xlsx.import_efficiency(services, path)
    assert report.exit_code != 0
    assert "checksum does not match" in " ".join(report.lines())
    # A plan template given to the efficiency import says what it is.
    plan = identified_workbook(tmp_path / "plan.xlsx", TemplateMeta("plan", 1, YEAR, "D001"))
    lines = " ".join(eff_xlsx.import_efficiency(services, plan).lines())
    assert "this is a CoopDesk dealer plan template, not a efficiency report template" in lines
    assert services.evaluation.results(YEAR) == []


def test_efficiency_form_of_another_year_is_refused(
    services: Services, eval_year: ExecutionYear, tmp_path: Path
) -> None:
    ex = eval_year
    path = eff_xlsx.write_efficiency_template(services, YEAR, tmp_path / "eff.xlsx")
    fill_efficiency(path, {ex.ref("D001", 1): [10, 2, 1]})
    wb = load_workbook(path)
    del wb[META_SHEET]
    write_meta(wb, TemplateMeta("efficiency", 1, YEAR - 1))  # a sound identification of another year
    wb.save(path)
    lines = " ".join(eff_xlsx.import_efficiency(services, path).lines())
    assert f"this form was made for {YEAR - 1}, and its references are of {YEAR}" in lines
    assert services.evaluation.results(YEAR) == []


def test_efficiency_workbook_without_identification_still_imported(
    services: Services, eval_year: ExecutionYear, tmp_path: Path
) -> None:
    ex = eval_year
    path = plain_efficiency_workbook(tmp_path, [["ok", 1, 2, "North", 30, ex.ref("D001", 1), None]])
    report = eff_xlsx.import_efficiency(services, path)
    assert report.exit_code == 0, report.lines()
    assert [r.reference for r in services.evaluation.results(YEAR)] == [ex.ref("D001", 1)]
