"""Duplicates on a normal form (R8): claim.invoice_key, filled for the claims already stored.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

The key of the claims already stored is computed by a copy of ``coop_desk.rules.invoice_key`` frozen
here as it was when this migration was written: a migration must give the same result whatever the
rules become later. Claims already stored that become equal under the key are kept (they are reported
by ``coop-desk claim duplicates``, not blocked).
"""

from __future__ import annotations

import hashlib
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_LOOKALIKES = str.maketrans(
    {
        **dict(zip("АВЕКМНОРСТХУҮІӀЈЅԚԜҺԀѴ", "ABEKMHOPCTXYYIIJSQWHDV", strict=True)),
        **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX", strict=True)),
    }
)
_IGNORED = frozenset(
    "\u2212.\u00b7\u2024\u2027\u30fb\uff0e\uff65/\\\u2044\u2215\u2216\u29f8\u29f9\uff0f\uff3c"
    "\u034f\u115f\u1160\u3164\uffa0\u17b4\u17b5"
    + "".join(map(chr, range(0xFE00, 0xFE10)))
    + "".join(map(chr, range(0xE0100, 0xE01F0)))
)
_CATEGORIES = frozenset({"Cf", "Cc", "Pd", "Zs", "Zl", "Zp"})
_LIMIT = 100


def _strip(text: str) -> str:
    return "".join(ch for ch in text if not (unicodedata.category(ch) in _CATEGORIES or ch.isspace() or ch in _IGNORED))


def _pass(text: str) -> str:
    s = _strip(unicodedata.normalize("NFKC", _strip(text)))
    s = unicodedata.normalize("NFD", s.casefold().upper()).translate(_LOOKALIKES).replace("E\u0308", "E")
    return unicodedata.normalize("NFC", s)


def invoice_key(number: str) -> str:
    """coop_desk.rules.invoice_key as of revision 0004 (frozen)."""
    key = number
    for _ in range(8):
        nxt = _pass(key)
        if nxt == key:
            break
        key = nxt
    if len(key) > _LIMIT:
        key = "#" + hashlib.sha256(key.encode("utf-8")).hexdigest().upper()
    return key


def upgrade() -> None:
    with op.batch_alter_table("claim") as batch:
        batch.add_column(sa.Column("invoice_key", sa.String(100), nullable=False, server_default=""))
    claim = sa.table(
        "claim",
        sa.column("id", sa.Integer),
        sa.column("invoice_number", sa.String),
        sa.column("invoice_key", sa.String),
    )
    bind = op.get_bind()
    keys = [{"cid": i, "key": invoice_key(n)} for i, n in bind.execute(sa.select(claim.c.id, claim.c.invoice_number))]
    if keys:
        fill = sa.update(claim).where(claim.c.id == sa.bindparam("cid")).values(invoice_key=sa.bindparam("key"))
        bind.execute(fill, keys)
    op.create_index("ix_claim_invoice_key", "claim", ["dealer_id", "invoice_key", "invoice_date"])


def downgrade() -> None:
    op.drop_index("ix_claim_invoice_key", table_name="claim")
    with op.batch_alter_table("claim") as batch:
        batch.drop_column("invoice_key")
