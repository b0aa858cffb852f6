"""A dealer's requisites: INN, KPP, OGRN/OGRNIP, legal address, bank, BIC, settlement and correspondent accounts.

Eight text columns on ``dealer``, not null with an empty default: every dealer stored before this revision has
none ("" = not given) and keeps every other field. The checks are coop_desk.rules_requisites.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

COLUMNS = (
    ("inn", 12),
    ("kpp", 9),
    ("ogrn", 15),
    ("legal_address", 300),
    ("bank_name", 200),
    ("bic", 9),
    ("account", 20),
    ("corr_account", 20),
)


def upgrade() -> None:
    with op.batch_alter_table("dealer") as batch:
        for name, length in COLUMNS:
            batch.add_column(sa.Column(name, sa.String(length), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("dealer") as batch:
        for name, _length in reversed(COLUMNS):
            batch.drop_column(name)
