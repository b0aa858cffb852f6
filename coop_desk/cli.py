"""The composition root: parse the command line, open the database, build the services, run.

With no subcommand it opens the desktop window (``ui`` is imported only then).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from coop_desk.commands import (
    agency_xlsx,
    backup_cmd,
    cycle,
    db_cmd,
    demo_cmd,
    execution,
    exports_xlsx,
    help_cmd,
    planning,
    plans_xlsx,
    reports_dealers,
    reports_quarterly,
    screenshots,
    users_cmd,
)
from coop_desk.commands.common import DocumentGroups, Outcome, emit
from coop_desk.errors import CoopDeskError
from models.db import SchemaRefused

log = logging.getLogger("coop_desk")

COMMAND_MODULES = (demo_cmd, cycle, planning, execution, screenshots, backup_cmd, users_cmd, db_cmd, help_cmd)
#: Modules that add document kinds to `templates`, `import`, `export` and `report` (they use `reports`).
DOCUMENT_MODULES: tuple[object, ...] = (exports_xlsx, reports_quarterly, reports_dealers, plans_xlsx, agency_xlsx)


def _global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL or SQLite file (default: $COOP_DESK_DB, else coopdesk.sqlite in the user's data directory)",
    )
    parser.add_argument("--json", action="store_true", help="print a machine-readable result")
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="sign in as NAME (needed on a shared database; password from $COOP_DESK_PASSWORD or the prompt)",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="use this data directory instead of the user's one")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _global_options(
        argparse.ArgumentParser(
            prog="coop-desk",
            description="CoopDesk: run a dealer co-op marketing programme. With no command, opens the window.",
        )
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    groups = DocumentGroups(sub)
    for doc_module in DOCUMENT_MODULES:
        doc_module.register_documents(groups)  # type: ignore[attr-defined]
    for leaf in _leaf_parsers(parser):
        # The global options work after the command too (`coop-desk claim list --year 2027 --json`).
        leaf.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        leaf.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        leaf.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def _leaf_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [parser]
    return [
        leaf for action in subs for child in dict.fromkeys(action.choices.values()) for leaf in _leaf_parsers(child)
    ]


def open_services(db_url: str | None, user: str | None = None):  # type: ignore[no-untyped-def]
    """Services on the database, with the signed-in person acting (required on a shared database)."""
    from coop_desk.commands.access import signed_in

    return signed_in(db_url, user)


def _window_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments when they name no command (the window opens), parsed without building every command's
    parser (a tenth of a second of the window's start); None when there is a command, help or an error."""
    words = list(sys.argv[1:] if argv is None else argv)
    if any(w in ("-h", "--help") for w in words):
        return None
    parser = _global_options(argparse.ArgumentParser(prog="coop-desk", add_help=False, exit_on_error=False))
    try:
        args, rest = parser.parse_known_args(words)
    except argparse.ArgumentError:
        return None  # the whole parser reports it
    if rest:
        return None
    args.command = None
    return args


def run(argv: Sequence[str] | None = None) -> int:
    args = _window_args(argv)
    if args is None:
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # argparse: 2 for usage errors, 0 for --help
            return int(exc.code or 0)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    if args.data_dir:
        os.environ["COOP_DESK_DATA_DIR"] = args.data_dir
    if args.command is None:
        return open_window(args)
    handler = args.handler
    services = None
    try:
        if getattr(args, "opens_db", True):
            services = open_services(args.db, getattr(args, "user", None))
            outcome: Outcome = handler(services, args)
        else:
            outcome = handler(None, args)
    except CoopDeskError as exc:
        outcome = Outcome(refused=exc.lines())
    except SchemaRefused as exc:  # a database this version must not open (not ours, newer, not a database)
        from coop_desk.backup import schema_refusal

        outcome = Outcome(refused=schema_refusal(exc).lines())
    except KeyboardInterrupt:
        print("interrupted: nothing half-done was saved", file=sys.stderr)
        return 1
    finally:
        if services is not None:
            services.ctx.db.dispose()
    emit(outcome, args.json)
    return outcome.exit_code


def open_window(args: argparse.Namespace) -> int:
    try:
        from ui.app import run_app  # type: ignore[import-not-found]
    except ImportError:
        print(
            "The desktop window is not part of this version yet; use a command (coop-desk --help), "
            "e.g. `coop-desk demo`.",
            file=sys.stderr,
        )
        return 2
    return int(run_app(args))


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
