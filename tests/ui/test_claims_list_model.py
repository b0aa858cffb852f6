"""The claims list model for big years: claim numbers first, rows fetched a page at a time, sorted by the database."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QPersistentModelIndex, Qt

from coop_desk.services.claim_views import ClaimRow
from models import ClaimStatus
from tests.ui.programme_state import Programme, full_year, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.models.claims import ClaimsListModel, LazyClaimRows
from ui.screens.claims import ClaimsScreen

N = 1_000


def claim_row(claim_id: int) -> ClaimRow:
    return ClaimRow(
        id=claim_id,
        quarter=claim_id % 4 + 1,
        dealer_code=f"D{claim_id % 50:03d}",
        dealer_name=f"Dealer {claim_id % 50}",
        reference=f"D{claim_id % 50:03d}-2027-01",
        channel="press",
        invoice_number=f"INV-{claim_id}",
        invoice_amount=Decimal(claim_id),
        currency="EUR",
        reimbursement=None,
        filed_on=dt.date(2027, 4, 1),
        status=ClaimStatus.SUBMITTED,
        late=False,
        late_override_by="",
        late_override_reason="",
        reason="",
        deadline=dt.date(2027, 4, 30),
    )


class FakeSource:
    """Stands in for ClaimService.list_ids / rows, counting what is fetched."""

    def __init__(self) -> None:
        self.fetched: list[list[int]] = []
        self.orders: list[tuple[str, bool]] = []

    def list_ids(self, order: str, descending: bool) -> list[int]:
        self.orders.append((order, descending))
        return sorted(range(1, N + 1), reverse=descending)

    def rows(self, ids: Sequence[int]) -> list[ClaimRow]:
        self.fetched.append(list(ids))
        return [claim_row(i) for i in ids if i != 13]  # claim 13 "was deleted" meanwhile


def test_rows_are_fetched_a_page_at_a_time() -> None:
    source = FakeSource()
    rows = LazyClaimRows(list(range(1, N + 1)), source.rows, page=100, keep_pages=3)
    assert len(rows) == N and source.fetched == []
    assert rows[0].id == 1 and rows[99].id == 100
    assert len(source.fetched) == 1 and len(source.fetched[0]) == 100
    assert rows[-1].id == N and rows.fetched_pages == [0, 9]
    assert rows[12] is None  # vanished since the numbers were read
    assert rows[250] is not None and rows[450] is not None
    assert len(rows.fetched_pages) == 3  # the oldest pages are let go
    assert rows.position(500) == 499 and rows.position(N + 1) == -1


def test_the_model_reads_only_what_is_shown_and_sorts_in_the_database(qtmodeltester) -> None:
    source = FakeSource()
    model = ClaimsListModel()
    model.load(source.list_ids, source.rows)
    assert model.rowCount() == N and source.fetched == [] and source.orders == [("id", False)]
    C = ClaimsListModel.Column
    assert model.index(0, C.INVOICE).data() == "INV-1"
    assert model.index(12, C.INVOICE).data() is None
    assert sum(len(ids) for ids in source.fetched) == 200  # one page, not 1,000 rows
    assert model.row_of(500) == 499 and model.row_of(N + 1) == -1
    kept = QPersistentModelIndex(model.index(0, C.ID))
    model.sort(C.INVOICED, Qt.SortOrder.DescendingOrder)
    assert source.orders[-1] == ("invoiced", True)
    assert model.index(0, C.ID).data() == str(N)
    assert kept.row() == N - 1 and kept.data() == "1"  # the selected claim stays selected
    qtmodeltester.check(model)


def test_the_screen_selects_and_filters_through_the_database(qtbot, full_year: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, ClaimsScreen, make_context(full_year, tmp_path))
    total = screen._model.rowCount()
    claim = full_year.services.claims.list_claims(full_year.year)[-1]
    assert screen.select_claim(claim.id) and screen.current_id() == claim.id
    assert screen.detail.claim is not None and screen.detail.claim.id == claim.id
    screen._filter.setText(claim.invoice_number)
    assert screen._model.rowCount() == total  # typing waits for a pause …
    qtbot.waitUntil(lambda: screen._model.rowCount() < total)  # … then filters
    assert claim.id in screen._model.ids() and screen.current_id() == claim.id
    screen._filter.setText("no claim has this")
    screen.flush_text_filter()
    assert screen._model.rowCount() == 0 and screen.detail.claim is None
    assert screen._count.text() == f"0 of {total} claims"
    screen._filter.clear()
    screen.flush_text_filter()
    assert screen._model.rowCount() == total
