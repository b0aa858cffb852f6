"""A recorded payment is reversed, never deleted: the reversal is a payment row of its own.

``payment.reverses_id`` (the payment a reversal reverses; unique, so a payment is reversed once) and
``payment.reason`` (why it was reversed; empty on a payment). A reversal's amount and its items' amounts are
the original's, negated, and it is dated on its own day, so it counts in the quarter of that day. Every row
stored before this revision is a payment: ``reverses_id`` NULL, ``reason`` empty.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("payment") as batch:
        batch.add_column(sa.Column("reverses_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("reason", sa.Text(), nullable=False, server_default=""))
        batch.create_unique_constraint("uq_payment_reverses_id", ["reverses_id"])
        batch.create_foreign_key("fk_payment_reverses_id_payment", "payment", ["reverses_id"], ["id"])


def downgrade() -> None:
    reversals = op.get_bind().scalar(sa.text("SELECT count(*) FROM payment WHERE reverses_id IS NOT NULL"))
    if reversals:
        raise RuntimeError(f"{reversals} payment reversal(s) are recorded: this revision cannot be undone without them")
    with op.batch_alter_table("payment") as batch:
        batch.drop_constraint("fk_payment_reverses_id_payment", type_="foreignkey")
        batch.drop_constraint("uq_payment_reverses_id", type_="unique")
        batch.drop_column("reason")
        batch.drop_column("reverses_id")
