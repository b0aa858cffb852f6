"""A claim in another currency may be filed without its exchange rate: finance sets it before approval.

``claim.exchange_rate`` becomes nullable. NULL means "rate to be set by finance" (only for an invoice in
another currency than the programme's); every row stored before this revision keeps its rate as it was.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claim") as batch:
        batch.alter_column("exchange_rate", existing_type=sa.String(length=80), nullable=True)


def downgrade() -> None:
    waiting = op.get_bind().scalar(sa.text("SELECT count(*) FROM claim WHERE exchange_rate IS NULL"))
    if waiting:
        raise RuntimeError(f"{waiting} claim(s) have no exchange rate yet: set their rates before downgrading")
    with op.batch_alter_table("claim") as batch:
        batch.alter_column("exchange_rate", existing_type=sa.String(length=80), nullable=False)
