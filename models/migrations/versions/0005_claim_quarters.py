"""A claim's work quarter beside the quarter it counts in; what a quarter's close sealed.

``claim.work_quarter`` is the quarter of the claim's documents (the acceptance act's date, else the
invoice's); ``claim.quarter`` stays the quarter it counts in. Existing claims get the quarter of their act
or invoice date when it lies in their programme year, else their stored quarter (given then by the
template). ``quarter_close.payments_through`` is the last payment of the year recorded before the close
(filled from the recording times for existing closes) and ``quarter_close.stage`` the year's stage then
(closes were only allowed in execution).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_STAGES = ("drafting", "consolidation", "allocation", "execution", "evaluation", "closed")

_claim = sa.table(
    "claim",
    sa.column("id", sa.Integer()),
    sa.column("year_id", sa.Integer()),
    sa.column("quarter", sa.Integer()),
    sa.column("work_quarter", sa.Integer()),
    sa.column("invoice_date", sa.Date()),
    sa.column("act_date", sa.Date()),
)
_year = sa.table("programme_year", sa.column("id", sa.Integer()), sa.column("year", sa.Integer()))


def _work_quarter(year: int, stored: int, act: dt.date | None, invoice: dt.date | None) -> int:
    day = act or invoice
    if day is None or day.year != year:
        return stored
    return (day.month - 1) // 3 + 1


def upgrade() -> None:
    # Plain ADD COLUMNs (NOT NULL with a default), so SQLite does not rebuild the tables that payments and
    # payment items point at (foreign keys are on during migrations). The app always writes work_quarter.
    op.add_column("claim", sa.Column("work_quarter", sa.Integer(), nullable=False, server_default="0"))
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(_claim.c.id, _year.c.year, _claim.c.quarter, _claim.c.act_date, _claim.c.invoice_date).join(
            _year, _claim.c.year_id == _year.c.id
        )
    ).all()
    for claim_id, year, stored, act, invoice in rows:
        bind.execute(
            _claim.update()
            .where(_claim.c.id == claim_id)
            .values(work_quarter=_work_quarter(year, stored, act, invoice))
        )
    if bind.dialect.name == "postgresql":
        op.alter_column("claim", "work_quarter", server_default=None)

    op.add_column("quarter_close", sa.Column("payments_through", sa.Integer(), nullable=False, server_default="0"))
    op.add_column(
        "quarter_close",
        sa.Column(
            "stage",
            sa.Enum(*_STAGES, name="stage", native_enum=False, length=32),
            nullable=False,
            server_default="execution",
        ),
    )
    op.execute(
        "UPDATE quarter_close SET payments_through = COALESCE((SELECT MAX(payment.id) FROM payment "
        "WHERE payment.year_id = quarter_close.year_id AND payment.created <= quarter_close.closed_at), 0)"
    )


def downgrade() -> None:
    # Plain DROP COLUMNs (SQLite 3.35+), for the same reason.
    op.drop_column("quarter_close", "stage")
    op.drop_column("quarter_close", "payments_through")
    op.drop_column("claim", "work_quarter")
