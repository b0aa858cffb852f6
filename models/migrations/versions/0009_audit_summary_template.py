"""Audit records keep their summary's template and values, so the window translates them.

``audit_event.summary_template`` (the template the English summary was made from) and
``audit_event.summary_values`` (its named values as JSON, ``coop_desk.text.to_stored``). Both are NULL in
every record written before this revision: the trail is append-only (on PostgreSQL a trigger refuses UPDATE
and DELETE), so old records are never rewritten; the window matches their English summary against the known
templates as before. This revision only adds the two nullable columns.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite adds a column in place (no table copy): the append-only triggers of 0002 stay as they are.
    with op.batch_alter_table("audit_event") as batch:
        batch.add_column(sa.Column("summary_template", sa.Text(), nullable=True))
        batch.add_column(sa.Column("summary_values", sa.JSON(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN in place (SQLite 3.35+, PostgreSQL): a batch copy would drop the audit triggers.
    op.drop_column("audit_event", "summary_values")
    op.drop_column("audit_event", "summary_template")
