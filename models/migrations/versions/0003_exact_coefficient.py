"""Keep what makes a frozen allocation's coefficient exact: S_max per allocation line (R1).

k = score / max_score exactly. Lines frozen before this revision have no max_score (NULL): their
amounts and coefficient stay as they were stored, and their k is that stored coefficient.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("allocation_line") as batch:
        batch.add_column(sa.Column("max_score", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("allocation_line") as batch:
        batch.drop_column("max_score")
