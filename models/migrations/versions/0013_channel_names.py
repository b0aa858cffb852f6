"""The channels' Russian and English names.

``programme_year.channel_names``: JSON, channel code → ``{"ru": …, "en": …}`` (coop_desk.channel_names). NULL in
every year stored before this revision: those years show the default names, else the code. Activities keep
storing the channel's code, so no activity row changes.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programme_year") as batch:
        batch.add_column(sa.Column("channel_names", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("programme_year") as batch:
        batch.drop_column("channel_names")
