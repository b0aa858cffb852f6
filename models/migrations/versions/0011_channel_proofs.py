"""The year's table of proofs of performance per channel (R7).

``programme_year.proofs``: JSON, channel → the proofs its claims carry and whether each is required
(``coop_desk.rules_proofs.stored_table``). NULL in every year stored before this revision: those years require
no proof, so no claim already filed changes its state; a year created from now on starts from common practice.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programme_year") as batch:
        batch.add_column(sa.Column("proofs", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("programme_year") as batch:
        batch.drop_column("proofs")
