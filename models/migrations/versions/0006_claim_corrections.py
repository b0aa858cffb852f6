"""Claims remember the remaining allocation at approval and their reasons as template + values.

``claim.remaining_at_approval``: what was left of the dealer's allocation when the claim was approved (the
R7 limit its explanation shows); claims approved before this revision keep NULL (their explanation is
rebuilt from the approval order as before). ``claim.reason_text``: a reason the services made (an automatic
return, "missing: …"), as JSON {text, template, params}, so a document prints it in its own language; NULL
for a person's words and for older rows (they keep their ``reason`` as it was).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claim") as batch:
        batch.add_column(sa.Column("remaining_at_approval", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("reason_text", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claim") as batch:
        batch.drop_column("reason_text")
        batch.drop_column("remaining_at_approval")
