"""The table models of the plans, consolidation, mockups, claims, payments and evaluation screens."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from models import ClaimStatus
from tests.ui.programme_state import Programme, execution, full_year, programme_templates  # noqa: F401
from ui.models.claims import ClaimsTableModel
from ui.models.consolidation import ConsolidationTreeModel
from ui.models.evaluation import EfficiencyTableModel
from ui.models.import_problems import ImportProblemRow, ImportProblemsTableModel
from ui.models.mockups import MockupQueueTableModel
from ui.models.payments import PayableClaimsTableModel, PaymentsTableModel
from ui.models.plans import ActivitiesTableModel, DealerDraftRow, DealerDraftsTableModel, DraftVersionsTableModel
from ui.models.row_table import ID_ROLE, RowSortProxy


def test_plan_models(qtmodeltester, full_year: Programme) -> None:
    s, year = full_year.services, full_year.year
    drafts = s.plans.drafts(year)
    rows = [DealerDraftRow(d.dealer_code, d.dealer_code, "R", 1, d) for d in drafts]
    rows.append(DealerDraftRow("D999", "missing", "R", 0, None))
    for model, data in (
        (DealerDraftsTableModel(), rows),
        (DraftVersionsTableModel(), s.plans.drafts(year, all_versions=True)),
        (ActivitiesTableModel(), s.plans.activities(year)),
        (ImportProblemsTableModel(), [ImportProblemRow(1, "a.xlsx", "Plan", "C14", "found x, expected an amount")]),
    ):
        model.set_rows(data)
        qtmodeltester.check(model)


def test_execution_models(qtmodeltester, full_year: Programme) -> None:
    s, year = full_year.services, full_year.year
    for model, data in (
        (ClaimsTableModel(), s.claims.list_claims(year)),
        (PaymentsTableModel(), s.claims.payments(year)),
        (MockupQueueTableModel(), s.mockups.list_mockups(year)),
        (EfficiencyTableModel(), s.evaluation.results(year)),
    ):
        model.set_rows(data)
        assert model.rowCount() == len(data) > 0
        qtmodeltester.check(model)


def test_consolidation_tree_model(qtmodeltester, full_year: Programme) -> None:
    model = ConsolidationTreeModel()
    rows = full_year.services.plans.consolidated(full_year.year)
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert sum(model.rowCount(model.index(r, 0)) for r in range(model.rowCount())) == len(rows)
    first = model.index(0, 0)
    assert first.data().startswith(rows[0].region)
    assert "activities" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0, first).data(ID_ROLE) == rows[0].activity_id


def test_payable_claims_are_checkable(qtmodeltester, execution: Programme) -> None:
    s, year = execution.services, execution.year
    model = PayableClaimsTableModel()
    model.set_rows(s.claims.list_claims(year, status=ClaimStatus.APPROVED))
    qtmodeltester.check(model)
    index = model.index(1, PayableClaimsTableModel.Column.CLAIM)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == [model.row_at(1).id]


def test_proxy_sorts_money_by_value_not_text(full_year: Programme) -> None:
    model = ClaimsTableModel()
    model.set_rows(full_year.services.claims.list_claims(full_year.year))
    proxy = RowSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(ClaimsTableModel.Column.REIMBURSEMENT, Qt.SortOrder.DescendingOrder)
    values = [proxy.row_at(i).reimbursement for i in range(proxy.rowCount())]
    amounts = [v for v in values if v is not None]
    assert amounts == sorted(amounts, reverse=True)
    assert all(isinstance(v, Decimal) for v in amounts)
    proxy.set_predicate(lambda c: c.status == ClaimStatus.PAID)
    assert 0 < proxy.rowCount() < model.rowCount()
