"""A claim's scans from the command line: ``claim attach|documents|detach`` (R7, R8)."""

from __future__ import annotations

import argparse
from pathlib import Path

from coop_desk.commands.common import Outcome, date_arg, table
from coop_desk.services import Services
from models.enums import DocumentKind


def register(claim: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The subcommands under ``claim``."""
    p = claim.add_parser(
        "attach",
        help="attach a scan to a claim: its invoice, payment order, acceptance act or a proof of performance",
    )
    p.add_argument("id", type=int, help="the claim")
    p.add_argument(
        "--kind",
        required=True,
        choices=[k.value for k in DocumentKind],
        help="what the file is (a proof of performance also takes --date)",
    )
    p.add_argument("--date", type=date_arg, help="the date a proof shows (a photo's, the airplay's)")
    p.add_argument("file", type=Path, help="a PDF or an image (PNG, JPEG, TIFF, WEBP)")
    p.set_defaults(handler=claim_attach)
    p = claim.add_parser("documents", help="the scans a claim carries")
    p.add_argument("id", type=int)
    p.set_defaults(handler=claim_documents)
    p = claim.add_parser("detach", help="take a wrong scan off a claim that is not decided yet")
    p.add_argument("document", type=int, help="the document's id (see claim documents ID)")
    p.set_defaults(handler=claim_detach)


def document_lines(documents: tuple[object, ...]) -> list[str]:
    """The scans as a table (id, kind, file, type, proof date)."""
    if not documents:
        return ["no documents attached"]
    rows = [
        [str(d.id), d.kind.value, d.filename, d.media_type, str(d.proof_date or "")]  # type: ignore[attr-defined]
        for d in documents
    ]
    return table(rows, ["id", "kind", "file", "type", "proof date"], {0})


def claim_attach(services: Services, args: argparse.Namespace) -> Outcome:
    services.claims.attach(args.id, args.kind, args.file, proof_date=args.date)
    documents = services.claims.documents(args.id)
    name = args.file.name
    return Outcome(lines=[f"claim {args.id}: {args.kind} {name} attached", *document_lines(documents)], data=documents)


def claim_documents(services: Services, args: argparse.Namespace) -> Outcome:
    documents = services.claims.documents(args.id)
    return Outcome(lines=document_lines(documents), data=documents)


def claim_detach(services: Services, args: argparse.Namespace) -> Outcome:
    changes = services.claims.detach(args.document)
    claim_id = changes.ids[0]
    documents = services.claims.documents(claim_id)
    return Outcome(
        lines=[f"claim {claim_id}: document {args.document} taken off", *document_lines(documents)], data=documents
    )
