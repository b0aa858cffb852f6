"""A claim carries its scans by kind: invoice, payment order, acceptance act and proofs of performance.

New table ``claim_document`` (claim, kind, attachment, the date a proof shows). The one scan a claim could
carry before (``claim.attachment_id``, always the invoice's) becomes its invoice document, and the column goes:
a claim's documents have one home.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_KINDS = (
    "invoice",
    "payment_order",
    "act",
    "printed_page",
    "airplay_certificate",
    "site_photos",
    "screenshots",
    "platform_statistics",
    "event_photos",
    "participant_list",
    "shop_photos",
    "other_proof",
)


def upgrade() -> None:
    op.create_table(
        "claim_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum(*_KINDS, name="documentkind", native_enum=False, length=32), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("proof_date", sa.Date(), nullable=True),
        sa.Column("added_by", sa.String(length=120), nullable=False),
        sa.Column(
            "added",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["attachment_id"], ["attachment.id"], name=op.f("fk_claim_document_attachment_id_attachment")
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name=op.f("fk_claim_document_claim_id_claim"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_document")),
        sa.UniqueConstraint(
            "claim_id", "kind", "attachment_id", name=op.f("uq_claim_document_claim_id_kind_attachment_id")
        ),
    )
    op.create_index("ix_claim_document_attachment", "claim_document", ["attachment_id"], unique=False)
    op.create_index(op.f("ix_claim_document_claim_id"), "claim_document", ["claim_id"], unique=False)
    op.execute(
        "INSERT INTO claim_document (claim_id, kind, attachment_id, proof_date, added_by, added) "
        "SELECT id, 'invoice', attachment_id, NULL, '', created FROM claim WHERE attachment_id IS NOT NULL"
    )
    with op.batch_alter_table("claim") as batch:
        batch.drop_constraint("fk_claim_attachment_id_attachment", type_="foreignkey")
        batch.drop_column("attachment_id")


def downgrade() -> None:
    with op.batch_alter_table("claim") as batch:
        batch.add_column(sa.Column("attachment_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_claim_attachment_id_attachment", "attachment", ["attachment_id"], ["id"])
    op.execute(
        "UPDATE claim SET attachment_id = (SELECT min(d.attachment_id) FROM claim_document d "
        "WHERE d.claim_id = claim.id AND d.kind = 'invoice')"
    )
    op.drop_index(op.f("ix_claim_document_claim_id"), table_name="claim_document")
    op.drop_index("ix_claim_document_attachment", table_name="claim_document")
    op.drop_table("claim_document")
