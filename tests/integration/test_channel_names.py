"""Channel names in use (issue 14, point 5): a renamed channel keeps its activities and claims (they store the
code), the PDFs and workbooks name it in their language, a workbook reads back to the code, the settings are
audited, versioned and refused in a closed year, the CLI edits them and an old database upgrades to them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from alembic import command
from pypdf import PdfReader
from sqlalchemy import select

from coop_desk.errors import Conflict, InvalidInput, Refused
from coop_desk.money import plain_spaces
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from models import PlannedActivity, ProgrammeYear, Stage
from models.db import Database, alembic_config, sqlite_url
from reports.pdf.letters import write_letter
from reports.pdf.quarterly import write_quarterly_report
from reports.pdf.statement import write_statement
from reports.xlsx.claims.template import write_claims_templates
from reports.xlsx.consolidation.template import write_consolidation
from reports.xlsx.plan_import import import_plans
from reports.xlsx.plan_layout import INSTRUCTIONS_SHEET
from tests.factories import approve_mockup, audit_actions, claim_input, unchanged, year_in_execution
from tests.integration.test_plan_exchange import YEAR, current, drafting_year, fill, template

RENAMED = {"outdoor": {"ru": "билборды", "en": "billboards"}}


def _pdf(path: Path) -> str:
    """The document's text without the activities' ideas (the factory writes "outdoor 1", "outdoor 2")."""
    text = plain_spaces("\n".join(page.extract_text() for page in PdfReader(str(path)).pages))
    return text.replace("outdoor 1", "").replace("outdoor 2", "")


def test_a_renamed_channel_keeps_its_activities_and_claims_and_the_documents_use_the_new_name(
    services: Services, tmp_path: Path
) -> None:
    ex = year_in_execution(
        services, channel="outdoor", dealers={"D001": (D(10000), D(8000))}, today=dt.date(YEAR, 3, 1)
    )
    reference = ex.ref("D001")
    approve_mockup(services, YEAR, reference)
    claim = services.claims.file(YEAR, "D001", claim_input(reference, D(1000), dt.date(YEAR, 2, 1))).claim_id
    view = services.years.get(YEAR)
    services.years.update_settings(YEAR, expected_version=view.version, channel_names=RENAMED)
    assert audit_actions(services)[-1] == "year.settings"
    view = services.years.get(YEAR)
    assert view.channel("outdoor", "ru") == "билборды" and view.channel("outdoor", "en") == "billboards"
    # nothing stored changed: the activities and the claim still name the channel by its code
    assert {a.channel for a in services.plans.activities(YEAR, "D001")} == {"outdoor"}
    assert services.claims.get(claim).channel == "outdoor"
    with services.ctx.db.reading() as s:
        assert set(s.scalars(select(PlannedActivity.channel))) == {"outdoor"}
    letter = _pdf(write_letter(services.statements.letter(YEAR, "D001"), tmp_path / "letter.pdf", "ru"))
    statement = _pdf(write_statement(services.statements.statement(YEAR, "D001"), tmp_path / "st.pdf", "ru"))
    for text in (letter, statement):
        assert "билборды" in text and "outdoor" not in text and "наружная реклама" not in text
    english = _pdf(write_statement(services.statements.statement(YEAR, "D001"), tmp_path / "en.pdf", "en"))
    assert "billboards" in english and "outdoor" not in english
    # the claims template names it in the year's documents language (Russian)
    (claims_book,) = write_claims_templates(services, YEAR, 1, tmp_path / "claims")
    listed = [c.value for row in openpyxl.load_workbook(claims_book).worksheets[1].iter_rows() for c in row]
    assert "билборды" in listed and "outdoor" not in listed
    quarterly = tmp_path / "q1.pdf"
    write_quarterly_report(services.quarterly.report(YEAR, 1), quarterly, "ru")
    assert "билборды" in _pdf(quarterly) and "outdoor" not in _pdf(quarterly)
    consolidation = write_consolidation(services, YEAR, tmp_path / "consolidation.xlsx")
    cells = [c.value for row in openpyxl.load_workbook(consolidation).worksheets[0].iter_rows() for c in row]
    assert "билборды" in cells and "outdoor" not in cells
    # a stale edit is refused; a name another channel has is refused, naming it; neither changes anything
    with pytest.raises(Conflict), unchanged(services):
        services.years.update_settings(YEAR, expected_version=view.version - 1, channel_names={})
    with pytest.raises(InvalidInput) as refused, unchanged(services):
        services.years.update_settings(YEAR, channel_names={"outdoor": {"ru": "Пресса", "en": "billboards"}})
    assert "пресса already names the channel press" in str(refused.value)


def test_removing_a_channel_takes_its_names_along_and_a_closed_year_refuses_names(services: Services) -> None:
    services.years.create_year(YEAR, channels=["press", "outdoor", "radio"], proofs={})
    services.years.update_settings(YEAR, channel_names=RENAMED | {"radio": {"ru": "эфир"}})
    services.years.update_settings(YEAR, channels=["press", "radio"])
    with services.ctx.db.reading() as s:
        stored = s.scalar(select(ProgrammeYear.channel_names).where(ProgrammeYear.year == YEAR))
    assert stored == {"radio": {"ru": "эфир"}}
    services.years.create_year(YEAR + 1)  # a new year copies the channels and their names
    assert services.years.get(YEAR + 1).channel("radio", "ru") == "эфир"
    with services.ctx.unit() as s:
        s.scalars(select(ProgrammeYear).where(ProgrammeYear.year == YEAR)).one().stage = Stage.CLOSED
    with pytest.raises(Refused, match="closed"), unchanged(services):
        services.years.update_settings(YEAR, channel_names={"radio": {"ru": "радиоэфир"}})


def test_a_workbook_written_in_russian_reads_back_to_the_codes(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    services.years.update_settings(YEAR, channel_names=RENAMED)
    path = template(services, tmp_path)
    lists = [c.value for c in openpyxl.load_workbook(path)[INSTRUCTIONS_SHEET]["A"]]
    assert "билборды" in lists and "пресса" in lists and "outdoor" not in lists and "press" not in lists
    rows = [
        ("билборды", 3, 1000, "у дороги"),  # the Russian name
        ("  BILLBOARDS ", 4, 2000, ""),  # the English name, any case and spacing
        ("Пресса", 5, 3000, ""),  # a default Russian name
        ("radio", 6, 4000, ""),  # the code
    ]
    report = import_plans(services, [fill(path, rows)])
    assert report.exit_code == 0, report.lines()
    assert [(c, m) for c, m, _cost, _idea in current(services)] == [
        ("outdoor", 3),
        ("outdoor", 4),
        ("press", 5),
        ("radio", 6),
    ]


def test_an_unknown_channel_name_is_refused_naming_file_row_and_field(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    services.years.update_settings(YEAR, channel_names=RENAMED)
    bad = fill(template(services, tmp_path), [("пресса", 3, 100, ""), ("наружная реклама", 4, 100, "")])
    with unchanged(services):
        report = import_plans(services, [bad])
    (refused,) = report.refused
    (problem,) = refused.problems
    assert problem.cell == "B15" and problem.found == "наружная реклама"  # the old name: renamed away
    text = str(problem)
    assert "draft_D014.xlsx" in text and "B15" in text and "channel" in text and "билборды" in text


def test_the_plan_service_takes_a_channel_by_either_name(services: Services) -> None:
    from coop_desk.plan_inputs import ActivityInput

    drafting_year(services)
    services.plans.record_draft(YEAR, "D014", [ActivityInput("Наружная реклама", 3, D(100))])
    assert [a.channel for a in services.plans.activities(YEAR, "D014")] == ["outdoor"]


def test_an_old_database_upgrades_with_the_default_names_and_its_activities_untouched(
    tmp_path: Path, sqlite_template: Path
) -> None:
    import shutil

    path = tmp_path / "old.sqlite"
    shutil.copy(sqlite_template, path)
    db = Database(sqlite_url(path), migrate=False)
    services = Services(ServiceContext(db, actor="tester"))
    year_in_execution(services, channel="seminar", dealers={"D001": (D(5000),)})
    before = [a.channel for a in services.plans.activities(YEAR)]
    command.downgrade(alembic_config(db.engine), "0012")  # as CoopDesk before channel names left it
    db.dispose()
    db = Database(sqlite_url(path))  # opening upgrades it (after a copy)
    services = Services(ServiceContext(db, actor="tester"))
    view = services.years.get(YEAR)
    assert view.channel("seminar", "ru") == "семинар" and view.channel("seminar", "en") == "seminar"
    assert [a.channel for a in services.plans.activities(YEAR)] == before == ["seminar"]
    services.years.update_settings(YEAR, channel_names={"seminar": {"ru": "вебинар"}})
    assert services.years.get(YEAR).channel("seminar", "ru") == "вебинар"
    db.dispose()
