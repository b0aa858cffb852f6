"""The importers' problems and outcomes stay translatable: Text with its template, English when printed."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from coop_desk.text import Text, parts_of
from reports.xlsx.cells import parse_money, parse_month
from reports.xlsx.report import REFUSED, FileOutcome, ImportProblem, ImportReport
from reports.xlsx.safety import WorkbookRefused, check_file


def _problem() -> ImportProblem:
    _, cell = parse_money("abc", minimum=None, currency="EUR")
    assert cell is not None
    return ImportProblem.of("draft_D014.xlsx", "План - Plan", "D14", cell)


def test_an_import_problem_reads_in_english_and_keeps_its_templates() -> None:
    problem = _problem()
    assert (
        str(problem)
        == 'draft_D014.xlsx, sheet План - Plan, D14: found "abc", expected an amount in EUR such as 12 500,50'
    )
    assert isinstance(problem.expected, Text)
    assert problem.expected.template == "an amount in {currency} such as {example}"
    where, what = parts_of(problem.text()) or ()
    assert parts_of(where) == ("draft_D014.xlsx", "sheet План - Plan", "D14")
    assert what.template == 'found "{found}", expected {expected}'  # type: ignore[attr-defined]


def test_an_import_problem_pickles_with_its_template() -> None:
    problem = pickle.loads(pickle.dumps(_problem()))
    assert problem == _problem()
    assert problem.expected.template == "an amount in {currency} such as {example}"
    assert problem.expected.params == {"currency": "EUR", "example": "12 500,50"}
    outcome = pickle.loads(pickle.dumps(FileOutcome("/in/draft_D014.xlsx", REFUSED, [_problem()], Text("nothing"))))
    assert outcome.problems[0].expected.template == problem.expected.template
    assert outcome.message.template == "nothing"


def test_a_month_problem_is_translatable() -> None:
    _, cell = parse_month("Мартобря")
    assert cell is not None and isinstance(cell.expected, Text)
    assert str(cell) == 'expected a month (1–12 or a name such as март / March), found "Мартобря"'


def test_a_refused_file_gives_its_reason_as_text(tmp_path: Path) -> None:
    pdf = tmp_path / "draft_D014.xlsx"
    pdf.write_bytes(b"%PDF-1.4 not a workbook")
    with pytest.raises(WorkbookRefused) as caught:
        check_file(pdf)
    assert caught.value.reason == "a PDF document, not a workbook"
    assert caught.value.reason.template == "a PDF document, not a workbook"  # type: ignore[attr-defined]
    assert str(caught.value) == "draft_D014.xlsx: a PDF document, not a workbook"
    reason = pickle.loads(pickle.dumps(caught.value.reason))
    assert reason.template == "a PDF document, not a workbook"


def test_the_report_lines_stay_english_for_the_command_line() -> None:
    report = ImportReport([FileOutcome("/in/draft_D014.xlsx", REFUSED, [_problem()], Text("1 problem; nothing"))])
    lines = report.lines()
    assert lines[0] == "draft_D014.xlsx: refused: 1 problem; nothing"
    assert lines[1].startswith('    draft_D014.xlsx, sheet План - Plan, D14: found "abc"')
    assert lines[-1] == "0 files imported, 1 refused"
    assert lines[-1].template == "{imported} files imported, {refused} refused"  # type: ignore[attr-defined]
