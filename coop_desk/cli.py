"""The composition root: parse the command line, open the database, build the services, run.

With no subcommand it opens the desktop window (``ui`` is imported only then).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from coop_desk.commands import (
    agency_xlsx,
    backup_cmd,
    claims_cmd,
    cycle,
    db_cmd,
    demo_cmd,
    efficiency_cmd,
    exports_xlsx,
    help_cmd,
    mockups_cmd,
    payments_cmd,
    planning,
    plans_xlsx,
    reports_dealers,
    reports_quarterly,
    screenshots,
    users_cmd,
    years_cmd,
)
from coop_desk.commands.common import DocumentGroups, Outcome, emit
from coop_desk.errors import CoopDeskError
from models.db import ReadOnlyDatabase, SchemaRefused

if TYPE_CHECKING:
    from coop_desk.services import Services

log = logging.getLogger("coop_desk")

COMMAND_MODULES = (
    demo_cmd,
    years_cmd,
    cycle,
    planning,
    mockups_cmd,
    claims_cmd,
    payments_cmd,
    efficiency_cmd,
    screenshots,
    backup_cmd,
    users_cmd,
    db_cmd,
    help_cmd,
)
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
    from coop_desk import __version__

    parser.add_argument("--version", action="version", version=f"coop-desk {__version__}")
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


def open_services(db_url: str | None, user: str | None = None) -> Services:
    """Services on the database, with the signed-in person acting (required on a shared database)."""
    from coop_desk.commands.access import signed_in

    return signed_in(db_url, user)


def _window_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments when they name no command (the window opens), parsed without building every command's
    parser (a tenth of a second of the window's start); None when there is a command, help or an error."""
    words = list(sys.argv[1:] if argv is None else argv)
    if any(w in ("-h", "--help", "--version") for w in words):
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
        from coop_desk.schema_refusals import schema_refusal

        outcome = Outcome(refused=schema_refusal(exc).lines())
    except ReadOnlyDatabase as exc:  # a change asked outside the services (they refuse it first)
        outcome = Outcome(refused=[str(exc)])
    except DBAPIError as exc:  # the driver: a full disk, an I/O error (locks and lost rows are Conflicts)
        outcome = Outcome(refused=[database_refusal(exc, getattr(args, "db", None))])
    except OSError as exc:  # a file named on the command line (--out, a workbook) that cannot be used
        outcome = Outcome(refused=[file_refusal(exc, args)])
    except KeyboardInterrupt:
        print("interrupted: nothing half-done was saved", file=sys.stderr)
        return 1
    except Exception as exc:  # the last net: one line, the traceback in the log
        return internal_error(exc)
    finally:
        if services is not None:
            services.ctx.db.dispose()
    try:
        emit(outcome, args.json)
        sys.stdout.flush()
    except OSError as exc:  # stdout to a full disk, a closed pipe (`| head`)
        _drop_stdout()
        print(f"cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return outcome.exit_code


def file_refusal(exc: OSError, args: argparse.Namespace) -> str:
    """One line for a file the command could not write (``--out``, ``--merged``, a backup) or read: the path
    and the system's reason (``/proc/q1.pdf: cannot be written: No such file or directory``)."""
    from pathlib import Path

    reason = exc.strerror or str(exc)
    targets = [Path(t) for t in (getattr(args, "out", None), getattr(args, "merged", None)) if t is not None]
    if args.command == "backup" and getattr(args, "file", None) is not None:
        targets.append(Path(args.file))
    failed = Path(os.fsdecode(exc.filename)) if exc.filename is not None else None
    for target in targets:
        # the file itself, a file in the folder (letters, templates) or a temporary file beside it
        if failed is None or failed == target or target in failed.parents or failed.parent == target.parent:
            return f"{target}: cannot be written: {reason}"
    if failed is not None:
        return f"{failed}: {reason}"
    return f"a file could not be read or written: {reason}"


def database_refusal(exc: DBAPIError, db_url: str | None = None) -> str:
    """One line for the database driver's error (SQLite: a full disk is "database or disk is full" or, past
    a file size limit, "disk I/O error"; a server lost or refusing: its sentence); the transaction was rolled
    back, so nothing was changed."""
    from coop_desk.database import resolve_url, server_refusal

    server = server_refusal(exc, resolve_url(db_url))
    if server is not None:
        return server.lines()[0]
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else type(exc).__name__
    return f"the database could not be read or written: {reason} (is the disk full?); nothing was changed"


def internal_error(exc: BaseException) -> int:
    """An error CoopDesk did not expect: one line on stderr, the traceback in the error log; exit 1."""
    import datetime as dt
    import traceback

    from models.db import error_log_file

    log_file = error_log_file()
    from coop_desk.database import masked

    text = masked("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as f:
            invocation = masked(" ".join(sys.argv[1:]))  # a --db URL's password stays out of the log
            f.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} coop-desk {invocation}\n")
            f.write(text)
        where = f"details in {log_file}"
    except OSError as log_exc:
        where = f"the error log {log_file} could not be written either: {log_exc.strerror or log_exc}"
    message = masked(str(exc).replace("\n", " ").strip())
    print(f"internal error: {type(exc).__name__}: {message} ({where})", file=sys.stderr)
    return 1


def _drop_stdout() -> None:
    """Send what is left of stdout nowhere, so that Python's own flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def open_window(args: argparse.Namespace) -> int:
    try:
        from ui.app import run_app
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
