"""The programme year's settings: their names, defaults (channels, criteria, stage dates) and validation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from coop_desk import rules
from coop_desk.errors import Problem
from coop_desk.money import MAX_AMOUNT
from coop_desk.text import Text
from coop_desk.words import document_kind
from models.enums import DocumentKind

__all__ = [
    "DEFAULT_CHANNELS",
    "DEFAULT_CRITERIA",
    "MONEY_SETTINGS",
    "SETTINGS_FIELDS",
    "default_dates",
    "proof_setting",
    "setting_name",
    "validate_settings",
]

DEFAULT_CHANNELS = (
    "press",
    "outdoor",
    "radio",
    "TV",
    "exhibition",
    "seminar",
    "online",
    "point-of-sale materials",
    "other",
)
DEFAULT_CRITERIA = (
    "Annual turnover with the manufacturer",
    "Years of work with the manufacturer",
    "Growth of own marketing spending",
    "Readiness to promote new products",
    "Service quality",
)
SETTINGS_FIELDS = (
    "currency",
    "language",
    "budget",
    "base_rate",
    "cap_floor",
    "cap_ceiling",
    "threshold",
    "claim_deadline_days",
    "channels",
    "consolidating_agency",
    "evaluating_agency",
    "drafting_from",
    "consolidation_from",
    "allocation_from",
    "execution_from",
    "evaluation_from",
    "proofs",
    "channel_names",
)
MONEY_SETTINGS = ("budget", "base_rate", "cap_floor", "cap_ceiling", "threshold")


def default_dates(year: int) -> dict[str, dt.date]:
    return {
        "drafting_from": dt.date(year - 1, 7, 1),
        "consolidation_from": dt.date(year - 1, 9, 1),
        "allocation_from": dt.date(year - 1, 10, 1),
        "execution_from": dt.date(year, 1, 1),
        "evaluation_from": dt.date(year + 1, 1, 1),
    }


#: How a setting is named in a message: its field name in English, words in the window's language.
_SETTING_NAMES: dict[str, Text] = {
    "currency": Text("currency"),
    "language": Text("language"),
    "budget": Text("budget"),
    "base_rate": Text("base_rate"),
    "cap_floor": Text("cap_floor"),
    "cap_ceiling": Text("cap_ceiling"),
    "threshold": Text("threshold"),
    "claim_deadline_days": Text("claim_deadline_days"),
    "channels": Text("channels"),
    "consolidating_agency": Text("consolidating_agency"),
    "evaluating_agency": Text("evaluating_agency"),
    "stage dates": Text("stage dates"),
    "proofs": Text("proofs"),
    "channel_names": Text("channel_names"),
}


def proof_setting(value: Any, channels: Sequence[str]) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The year's table of proofs (channel → proofs: ProofRequirement, a kind's code, (code, required) or
    {"kind": code, "required": bool}) checked and in its stored form, or the problems; None: no proofs."""
    if value is None:
        return None, []
    where = setting_name("proofs")
    if not isinstance(value, Mapping):
        return None, [Problem(where, Text("must be a table of channels and their proofs"))]
    spelled = {c.strip().casefold(): c for c in channels}
    table: dict[str, tuple[rules.ProofRequirement, ...]] = {}
    problems: list[Problem] = []
    for channel, items in value.items():
        name = spelled.get(str(channel).strip().casefold())
        at = Text("{setting} ({channel})", setting=where, channel=str(channel))
        if name is None:
            problems.append(Problem(at, Text("is not a channel of the year")))
            continue
        proofs: list[rules.ProofRequirement] = []
        for item in items or ():
            proof, shown = _proof(item)
            if proof is None:
                problems.append(Problem(at, Text("{value} is not a proof of performance", value=shown)))
            elif any(p.kind == proof.kind for p in proofs):
                problems.append(Problem(at, Text("names {kind} twice", kind=document_kind(proof.kind))))
            else:
                proofs.append(proof)
        if proofs:
            table[name] = tuple(proofs)
    return (rules.stored_table(table) if not problems else None), problems


def _proof(item: Any) -> tuple[rules.ProofRequirement | None, str]:
    """One entry of the table as a requirement, or None when it is not a proof of performance (with the kind
    as the message shows it: ``'invoice'``, not the whole entry)."""
    kind: Any
    required: Any
    if isinstance(item, rules.ProofRequirement):
        kind, required = item.kind, item.required
    elif isinstance(item, Mapping):
        kind, required = item.get("kind"), item.get("required", True)
    elif isinstance(item, (tuple, list)) and len(item) == 2:
        kind, required = item
    else:
        kind, required = item, True
    try:
        proof = DocumentKind(kind)
    except ValueError:
        return None, repr(kind)
    if not proof.is_proof or not isinstance(required, bool):
        return None, repr(item) if proof.is_proof else repr(proof.value)
    return rules.ProofRequirement(proof, required), ""


def setting_name(name: str) -> str:
    """A programme setting's name for a message (translatable where known)."""
    return _SETTING_NAMES.get(name, name)


def validate_settings(values: dict[str, Any]) -> list[Problem]:
    """Check programme settings; returns every problem at once."""
    problems: list[Problem] = []

    def bad(name: str, message: Text) -> None:
        problems.append(Problem(setting_name(name), message))

    for name in MONEY_SETTINGS:
        if name in values and not isinstance(values[name], Decimal):
            bad(name, Text("must be an exact decimal number, got {value}", value=repr(values[name])))
    if problems:
        return problems
    for name in ("budget", "cap_floor", "cap_ceiling"):
        if name in values and (not values[name].is_finite() or abs(values[name]) > MAX_AMOUNT):
            bad(name, Text("must be at most {limit}, got {value}", limit=str(MAX_AMOUNT), value=values[name]))
    if problems:
        return problems
    if values.get("budget", Decimal(0)) < 0:
        bad("budget", Text("must not be negative"))
    rate = values.get("base_rate", Decimal("0.5"))
    if not Decimal(0) < rate <= Decimal("0.5"):
        bad(
            "base_rate",
            Text("must be above 0 and at most 0.5 (the dealer pays at least half), got {value}", value=rate),
        )
    floor, ceiling = values.get("cap_floor", Decimal(0)), values.get("cap_ceiling", Decimal(0))
    if floor < 0:
        bad("cap_floor", Text("must not be negative"))
    if ceiling < floor:
        bad("cap_ceiling", Text("must be at least the floor ({floor}), got {value}", floor=floor, value=ceiling))
    threshold = values.get("threshold", Decimal("0.2"))
    if not Decimal(0) <= threshold < 1:
        bad("threshold", Text("must be from 0 up to (not including) 1, got {value}", value=threshold))
    days = values.get("claim_deadline_days", 30)
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 366:
        bad("claim_deadline_days", Text("must be a whole number of days from 0 to 366, got {value}", value=repr(days)))
    currency = values.get("currency", "EUR")
    if not (isinstance(currency, str) and len(currency) == 3 and currency.isalpha() and currency.isupper()):
        bad("currency", Text("must be a three-letter ISO code such as EUR, got {value}", value=repr(currency)))
    if values.get("language", "ru") not in ("ru", "en"):
        bad("language", Text("must be ru or en"))
    channels = values.get("channels", DEFAULT_CHANNELS)
    cleaned = [str(c).strip() for c in channels]
    if not cleaned or any(not c for c in cleaned):
        bad("channels", Text("needs at least one channel and no empty names"))
    elif len({c.casefold() for c in cleaned}) != len(cleaned):
        bad("channels", Text("names a channel twice"))
    agencies = values.get("consolidating_agency", ""), values.get("evaluating_agency", "")
    if agencies[0] and agencies[0].strip().casefold() == agencies[1].strip().casefold():
        bad("evaluating_agency", Text("must not be the consolidating agency (the evaluation is independent)"))
    order = [values.get(k) for k in default_dates(2000)]
    dates = [d for d in order if isinstance(d, dt.date)]
    if len(dates) == len(order) and any(a > b for a, b in zip(dates, dates[1:], strict=False)):
        bad("stage dates", Text("must follow the order of the stages"))
    return problems
