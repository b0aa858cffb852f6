"""Mockups from the command line: ``mockup submit|list|approve|reject|changes|reopen`` (R6's rate on approval)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coop_desk.commands.common import Outcome, date_arg, table, value
from coop_desk.commands.cycle import year_option
from coop_desk.services import Services


# -- registration --------------------------------------------------------------------------------
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_mockup(sub)


def _register_mockup(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from models import MockupStatus

    mockup = sub.add_parser("mockup", help="ad mockups: submit, list, approve, reject, ask for changes")
    msub = mockup.add_subparsers(dest="mockup_command", required=True)
    p = msub.add_parser("submit", help="submit a mockup for a planned activity")
    year_option(p)
    p.add_argument("reference", help="activity reference, e.g. D014-2027-03")
    p.add_argument("--title", default="")
    p.add_argument("--submitted-on", type=date_arg, help="the day the dealer sent it (default today)")
    p.add_argument("--file", type=Path, help="the mockup itself: PDF, PNG, JPEG, TIFF or WEBP")
    p.set_defaults(handler=mockup_submit)
    p = msub.add_parser("list", help="mockups of the year")
    year_option(p)
    p.add_argument("--status", choices=[s.value for s in MockupStatus])
    p.add_argument("--dealer", help="only this dealer")
    p.set_defaults(handler=mockup_list)
    p = msub.add_parser("approve", help="approve a mockup (R6: count the other brands shown)")
    p.add_argument("id", type=int)
    p.add_argument("--other-brands", type=int, required=True, help="how many other brands the mockup shows (0 = none)")
    p.add_argument("--comment", default="")
    p.add_argument("--decided-on", type=date_arg, help="the approval date (default today)")
    p.set_defaults(handler=mockup_approve)
    for name, handler, text in (
        ("reject", mockup_reject, "reject a mockup (final)"),
        ("changes", mockup_changes, "ask the dealer for changes (a new mockup is submitted)"),
    ):
        p = msub.add_parser(name, help=text)
        p.add_argument("id", type=int)
        p.add_argument("--comment", required=True, help="what is wrong")
        p.add_argument("--decided-on", type=date_arg, help="the decision date (default today)")
        p.set_defaults(handler=handler)
    p = msub.add_parser("reopen", help="take a decision back (owner): the mockup waits for a decision again")
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True, help="why the decision is reopened (kept in the audit trail)")
    p.set_defaults(handler=mockup_reopen)


# -- mockups -------------------------------------------------------------------------------------
def _first_id(changes: Any) -> int:
    return int(changes.ids[0])


def mockup_submit(services: Services, args: argparse.Namespace) -> Outcome:
    from coop_desk.services.attachments import read_file

    incoming = read_file(args.file) if args.file else None  # checked here, stored only with the mockup
    changes = services.mockups.submit(
        args.year, args.reference.strip(), title=args.title, submitted_on=args.submitted_on, file=incoming
    )
    view = services.mockups.get(_first_id(changes))
    return Outcome(
        lines=[f"mockup {view.id} (no. {view.number} of {view.reference}) submitted on {view.submitted_on}"],
        data=view,
    )


def mockup_list(services: Services, args: argparse.Namespace) -> Outcome:
    from models import MockupStatus

    status = MockupStatus(args.status) if args.status else None
    views = services.mockups.list_mockups(args.year, status=status, dealer_code=args.dealer)
    rows = [
        [
            str(v.id),
            v.reference,
            str(v.number),
            str(v.submitted_on),
            value(v.status),
            v.rate_text or "—",
            v.title,
            v.comment,
        ]
        for v in views
    ]
    lines = table(rows, ["id", "reference", "no.", "submitted", "status", "rate (R6)", "title", "comment"], {0, 2})
    return Outcome(lines=lines if views else ["no mockups"], data=views)


def mockup_approve(services: Services, args: argparse.Namespace) -> Outcome:
    services.mockups.approve(args.id, args.other_brands, decided_on=args.decided_on, comment=args.comment)
    view = services.mockups.get(args.id)
    return Outcome(
        lines=[f"mockup {args.id} ({view.reference}) approved on {view.decided_on}: rate {view.rate_text}"], data=view
    )


def mockup_reject(services: Services, args: argparse.Namespace) -> Outcome:
    services.mockups.reject(args.id, args.comment, decided_on=args.decided_on)
    view = services.mockups.get(args.id)
    return Outcome(lines=[f"mockup {args.id} ({view.reference}) rejected: {args.comment.strip()}"], data=view)


def mockup_changes(services: Services, args: argparse.Namespace) -> Outcome:
    services.mockups.request_changes(args.id, args.comment, decided_on=args.decided_on)
    view = services.mockups.get(args.id)
    return Outcome(lines=[f"mockup {args.id} ({view.reference}): changes requested: {args.comment.strip()}"], data=view)


def mockup_reopen(services: Services, args: argparse.Namespace) -> Outcome:
    before = services.mockups.get(args.id)
    services.mockups.reopen(args.id, args.reason, expected_version=before.version)
    view = services.mockups.get(args.id)
    return Outcome(
        lines=[
            f"mockup {args.id} ({view.reference}): the decision ({value(before.status)}) was reopened; it waits again"
        ],
        data=view,
    )
