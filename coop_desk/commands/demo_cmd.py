"""``coop-desk demo``: build a realistic programme and run its year through the services."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from coop_desk.commands.access import add_admin_option, admin_credentials, owner_signed_in
from coop_desk.commands.common import Outcome, table, to_jsonable
from coop_desk.demo_data import MAX_DEALERS
from coop_desk.errors import Refused
from coop_desk.money import format_money
from coop_desk.text import Text
from models import Stage
from models.db import ENV_VAR, Database, default_data_dir, is_sqlite, resolve_url, sqlite_path, sqlite_url

if TYPE_CHECKING:
    from coop_desk.services.summary import YearSummary


def _dealer_count(text: str) -> int:
    """``--dealers``: a whole number from 1 to MAX_DEALERS (a usage error otherwise)."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= n <= MAX_DEALERS:
        raise argparse.ArgumentTypeError(f"{n} is outside 1 to {MAX_DEALERS}")
    return n


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "demo",
        help="create a realistic demo programme and run its year",
        description="Creates a demo programme (Russian dealers in six regions) and runs its year through every "
        "stage. Without --db or $COOP_DESK_DB it writes its own demo.sqlite in the data directory (replacing it).",
    )
    p.add_argument(
        "--dealers", type=_dealer_count, default=40, help=f"number of dealers, 1 to {MAX_DEALERS} (default 40)"
    )
    p.add_argument("--year", type=int, default=dt.date.today().year + 1, help="programme year (default: next year)")
    p.add_argument(
        "--until",
        choices=[s.value for s in Stage],
        default=Stage.CLOSED.value,
        help="leave the year at this stage (default: closed)",
    )
    p.add_argument("--out", type=Path, help="folder that receives the documents the demo produces")
    p.add_argument("--replace", action="store_true", help="replace a database that already holds a programme")
    p.add_argument("--seed", type=int, default=2027, help="random seed (the same seed gives the same programme)")
    add_admin_option(p)
    p.set_defaults(handler=run_demo, opens_db=False)


def demo_database(cli_url: str | None, replace: bool, args: argparse.Namespace | None = None) -> Database:
    """The database rule of DESIGN.md: never touch an existing programme by accident.

    On a shared database a programme owner signs in (the demo runs every role's steps) and replacing it also
    connects as the PostgreSQL role that owns the database; the users are kept.
    """
    explicit = cli_url or os.environ.get(ENV_VAR)
    if not explicit:
        path = default_data_dir() / "demo.sqlite"
        _remove_sqlite(path)
        return Database(sqlite_url(path))
    url = resolve_url(cli_url)
    if not is_sqlite(url):
        return _shared_demo_database(url, replace, args or argparse.Namespace())
    db = Database(url)
    from sqlalchemy import select

    from models import ProgrammeYear

    with db.reading() as s:
        years = list(s.scalars(select(ProgrammeYear.year).order_by(ProgrammeYear.year)))
    if years and not replace:
        db.dispose()
        raise Refused(
            Text(
                "{database} already holds programme year(s) {years}; "
                "the demo does not touch an existing programme (use --replace to overwrite it)",
                database=_display(url),
                years=", ".join(map(str, years)),
            )
        )
    if years:
        db = _wipe(db)
    return db


def _years(db: Database) -> list[int]:
    from sqlalchemy import select

    from models import ProgrammeYear

    with db.reading() as s:
        return list(s.scalars(select(ProgrammeYear.year).order_by(ProgrammeYear.year)))


def _shared_demo_database(url: str, replace: bool, args: argparse.Namespace) -> Database:
    from coop_desk.pg_roles import open_database

    actor, role = owner_signed_in(url, args, Text("run the demo programme"))
    db = open_database(url)
    years = _years(db)
    if years and not replace:
        db.dispose()
        raise Refused(
            Text(
                "{database} already holds programme year(s) {years}; "
                "the demo does not touch an existing programme (use --replace to overwrite it)",
                database=_display(url),
                years=", ".join(map(str, years)),
            )
        )
    if years:
        db.dispose()
        admin, password = admin_credentials(args, Text("replacing the database"))
        _wipe_shared(url, admin, password)
        db = open_database(url)
    db.signed_in = (actor, role)  # type: ignore[attr-defined]
    return db


def _wipe_shared(url: str, admin: str, password: str) -> None:
    """Drop everything as the database owner, create the schema again, keep the users and the grants."""
    from sqlalchemy import insert, select, text
    from sqlalchemy.exc import DBAPIError

    from coop_desk import pg_roles
    from models import Base
    from models.db import upgrade
    from models.system import User

    engine = pg_roles.connect_as_owner(url, admin, password)
    try:
        with engine.begin() as conn:
            roles = pg_roles.app_roles(conn)
            users = [dict(row._mapping) for row in conn.execute(select(User.__table__))]
            Base.metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
            conn.execute(text("DROP FUNCTION IF EXISTS coop_desk_audit_append_only() CASCADE"))
        upgrade(engine)
        with engine.begin() as conn:
            if users:
                conn.execute(insert(User), users)
                conn.execute(
                    text("SELECT setval(pg_get_serial_sequence('app_user', 'id'), (SELECT max(id) FROM app_user))")
                )
            for role in pg_roles.everyday_roles(conn, url, admin, roles):
                pg_roles.grant_app_role(conn, role)
    except DBAPIError as exc:
        raise Refused(
            Text(
                "cannot replace {database} as {role}: {reason}",
                database=_display(url),
                role=admin,
                reason=str(exc.orig),
            )
        ) from exc
    finally:
        engine.dispose()


def _display(url: str) -> str:
    from coop_desk.database import shown_url

    return shown_url(url)


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        target = path.with_name(path.name + suffix)
        if target.exists():
            target.unlink()


def _wipe(db: Database) -> Database:
    url = db.url
    db.dispose()
    path = sqlite_path(url) if is_sqlite(url) else None
    if path is not None:
        _remove_sqlite(path)
        return Database(url)
    from sqlalchemy import text

    from models import Base

    with db.engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        conn.execute(text("DROP FUNCTION IF EXISTS coop_desk_audit_append_only() CASCADE"))
    return Database(url)


def run_demo(_services: object, args: argparse.Namespace) -> Outcome:
    from coop_desk.demo import DemoProgramme
    from coop_desk.services import ServiceContext, Services

    db = demo_database(args.db, args.replace, args)
    services = Services(ServiceContext(db))
    signed_in = getattr(db, "signed_in", None)
    if signed_in is not None:
        services.ctx.actor, services.ctx.role = signed_in
    demo = DemoProgramme(services, year=args.year, dealers=args.dealers, seed=args.seed, until=Stage(args.until))
    report = demo.run()
    summary = services.summary.year(args.year)
    data = {
        "database": _display(db.url),
        "year": args.year,
        "stage": report.stage.value,
        "dealers": report.dealers,
        "counts": report.counts,
        "summary": to_jsonable(summary),
        "reconciles": summary.reconciles,
        "problems": list(summary.problems),
    }
    lines = summary_lines(summary, db_label=_display(db.url), counts=report.counts)
    if args.out:
        from coop_desk.commands.demo_documents import write_demo_documents

        documents = write_demo_documents(services, args.year, args.out)
        summary_file = args.out / f"demo-{args.year}-summary.json"
        summary_file.write_text(json.dumps(to_jsonable(data), ensure_ascii=False, indent=2), encoding="utf-8")
        documents.append(summary_file)
        data["documents"] = [str(p) for p in documents]
        lines.append(f"Documents: {len(documents)} file(s) in {args.out}")
    db.dispose()
    return Outcome(lines=lines, data=data, refused=list(summary.problems))


def summary_lines(summary: YearSummary, *, db_label: str, counts: dict[str, int]) -> list[str]:
    cur = summary.currency

    def m(x: Decimal) -> str:
        return format_money(x, cur, "en")

    lines = [
        f"Programme year {summary.year} — stage: {summary.stage.value} — database: {db_label}",
        "",
        *table(
            [
                ["budget", m(summary.budget)],
                ["allocated", m(summary.allocated)],
                ["approved", m(summary.approved)],
                ["reimbursed (paid)", m(summary.paid)],
                ["approved, not yet paid", m(summary.unpaid)],
                ["allocated, not claimed", m(summary.remaining)],
            ],
            ["", "amount"],
            right={1},
        ),
        "",
        *table(
            [[b.key, str(b.claims), m(b.approved), m(b.paid)] for b in summary.by_quarter],
            ["quarter", "claims", "approved", "reimbursed"],
            right={1, 2, 3},
        ),
        "",
        *table(
            [[b.key, str(b.claims), m(b.approved), m(b.paid)] for b in summary.by_channel],
            ["channel", "claims", "approved", "reimbursed"],
            right={1, 2, 3},
        ),
        "",
        "What happened: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())),
        "Reconciliation: "
        + (
            "every dealer: reimbursed ≤ allocated ≤ cap; Σ allocated ≤ budget — OK"
            if summary.reconciles
            else "PROBLEMS: " + "; ".join(summary.problems)
        ),
    ]
    return lines
