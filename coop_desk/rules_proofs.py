"""Proof of performance (R7): which documents a claim of each channel needs, and the window a proof's date must
fall in. Pure functions; the year's table is stored as JSON (:func:`stored_table`) and read back with
:func:`read_table`.

The defaults follow common co-op practice: press — the printed page (or its PDF); radio and TV — the
broadcaster's airplay certificate (эфирная справка) with dates and times; outdoor — dated photos of each site;
online — screenshots and the platform's statistics; exhibitions and seminars — photos and the list of
participants; point-of-sale materials — photos in the shop. A channel the table does not name needs no proof.

A proof carries the date it shows, which must lie between the mockup's approval and the acceptance act (the ad
may not run before its approval, and the act says the work was done by then). The planned month is shown beside
it, not enforced.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from models.enums import DocumentKind

__all__ = [
    "DEFAULT_PROOFS",
    "ProofRequirement",
    "ProofTable",
    "default_table",
    "missing_proofs",
    "proof_date_in_window",
    "proofs_for",
    "read_table",
    "stored_table",
]


@dataclass(frozen=True)
class ProofRequirement:
    """One proof a channel's claims carry; ``required``: a claim without it is returned."""

    kind: DocumentKind
    required: bool = True


#: The year's table: channel → the proofs its claims carry.
ProofTable = Mapping[str, tuple[ProofRequirement, ...]]

_K = DocumentKind
#: Common practice, by channel name (compared case-insensitively).
DEFAULT_PROOFS: dict[str, tuple[ProofRequirement, ...]] = {
    "press": (ProofRequirement(_K.PRINTED_PAGE),),
    "radio": (ProofRequirement(_K.AIRPLAY_CERTIFICATE),),
    "tv": (ProofRequirement(_K.AIRPLAY_CERTIFICATE),),
    "outdoor": (ProofRequirement(_K.SITE_PHOTOS),),
    "online": (ProofRequirement(_K.SCREENSHOTS), ProofRequirement(_K.PLATFORM_STATISTICS)),
    "exhibition": (ProofRequirement(_K.EVENT_PHOTOS), ProofRequirement(_K.PARTICIPANT_LIST)),
    "seminar": (ProofRequirement(_K.EVENT_PHOTOS), ProofRequirement(_K.PARTICIPANT_LIST)),
    "point-of-sale materials": (ProofRequirement(_K.SHOP_PHOTOS),),
}


def default_table(channels: Iterable[str]) -> dict[str, tuple[ProofRequirement, ...]]:
    """The common-practice proofs for each of the year's channels that has any."""
    out = {}
    for channel in channels:
        proofs = DEFAULT_PROOFS.get(channel.strip().casefold())
        if proofs:
            out[channel] = proofs
    return out


def proofs_for(table: ProofTable, channel: str) -> tuple[ProofRequirement, ...]:
    """The proofs a claim of ``channel`` carries under the year's table (by name, case-insensitively)."""
    if channel in table:
        return table[channel]
    folded = channel.strip().casefold()
    for name, proofs in table.items():
        if name.strip().casefold() == folded:
            return proofs
    return ()


def missing_proofs(requirements: Sequence[ProofRequirement], present: Iterable[DocumentKind]) -> list[DocumentKind]:
    """The required proofs a claim does not carry, in the table's order."""
    have = set(present)
    return [r.kind for r in requirements if r.required and r.kind not in have]


def proof_date_in_window(proof_date: dt.date, approved_on: dt.date | None, act_date: dt.date | None) -> bool:
    """Whether a proof's date lies between the mockup's approval and the acceptance act (both included; an open
    end where a date is not known yet)."""
    if approved_on is not None and proof_date < approved_on:
        return False
    return act_date is None or proof_date <= act_date


def stored_table(table: ProofTable) -> dict[str, list[dict[str, Any]]]:
    """The table as JSON: ``{"radio": [{"kind": "airplay_certificate", "required": true}]}``."""
    return {
        channel: [{"kind": r.kind.value, "required": r.required} for r in proofs] for channel, proofs in table.items()
    }


def read_table(stored: Mapping[str, Any] | None) -> dict[str, tuple[ProofRequirement, ...]]:
    """The table from its JSON (None: a year stored before proofs existed, which requires none)."""
    if not stored:
        return {}
    return {
        channel: tuple(ProofRequirement(DocumentKind(item["kind"]), bool(item.get("required", True))) for item in items)
        for channel, items in stored.items()
    }
