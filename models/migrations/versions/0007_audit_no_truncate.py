"""The audit trail refuses TRUNCATE on PostgreSQL too (a statement-level trigger beside the row-level one).

SQLite has no TRUNCATE (``DELETE FROM audit_event`` is refused by 0002's row trigger), so this revision changes
nothing there.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # coop_desk_audit_append_only() (0002) raises for any TG_OP, so it serves a statement trigger as well.
        op.execute(
            "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
            "FOR EACH STATEMENT EXECUTE FUNCTION coop_desk_audit_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event")
