"""The scoring criteria's Russian and English names.

``scoring_criterion.name`` stays the criterion's stable code (the score workbooks and the dealer scores refer to
it); ``name_ru`` and ``name_en`` are its names (coop_desk.criterion_names). Existing rows are filled from their
name: the default criteria get their Russian name from the table the dealer PDFs used, any other criterion keeps
its name in both languages. No score row changes.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

#: The Russian names of the default criteria as of this revision (a copy: a migration never imports the app).
_RUSSIAN = {
    "Annual turnover with the manufacturer": "Годовой оборот с производителем",
    "Years of work with the manufacturer": "Срок работы с производителем",
    "Growth of own marketing spending": "Рост собственных маркетинговых расходов",
    "Readiness to promote new products": "Готовность продвигать новинки",
    "Service quality": "Качество сервиса",
}


def upgrade() -> None:
    with op.batch_alter_table("scoring_criterion") as batch:
        batch.add_column(sa.Column("name_ru", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("name_en", sa.String(200), nullable=False, server_default=""))
    criterion = sa.table(
        "scoring_criterion",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("name_ru", sa.String),
        sa.column("name_en", sa.String),
    )
    bind = op.get_bind()
    for row_id, name in bind.execute(sa.select(criterion.c.id, criterion.c.name)).all():
        bind.execute(
            criterion.update().where(criterion.c.id == row_id).values(name_ru=_RUSSIAN.get(name, name), name_en=name)
        )


def downgrade() -> None:
    with op.batch_alter_table("scoring_criterion") as batch:
        batch.drop_column("name_en")
        batch.drop_column("name_ru")
