"""The fields of audit records for people: a readable, translated name for every key the services write into
an audit record's before/after (``act_date`` → "act date" / "дата акта"), and each value written the window's
way: amounts and rates in the number format, dates in the window's language, moments in local time, stages and
statuses by their names. A key not in the table (a criterion's own name, a field added later) is shown readable
all the same: its underscores become spaces.

The table was collected from every ``audit(...)`` call of coop_desk/services (tests/ui/test_audit_words.py
checks that a whole demo year writes no key missing from it).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.dates import date_text, moment_text

__all__ = ["FIELDS", "field_label", "value_text"]

_CONTEXT = "AuditField"
AMOUNT, RATE, DATE, MOMENT, CODE = "amount", "rate", "date", "moment", "code"

#: Every key of the services' audit records: its name for people and how its value is written (None: as it is).
FIELDS: dict[str, tuple[object, str | None]] = {
    "act_date": (QT_TRANSLATE_NOOP("AuditField", "act date"), DATE),
    "act_number": (QT_TRANSLATE_NOOP("AuditField", "act number"), CODE),
    "attachment": (QT_TRANSLATE_NOOP("AuditField", "file"), None),
    "active": (QT_TRANSLATE_NOOP("AuditField", "active"), None),
    "activities": (QT_TRANSLATE_NOOP("AuditField", "activities"), None),
    "agency": (QT_TRANSLATE_NOOP("AuditField", "agency"), None),
    "allocated": (QT_TRANSLATE_NOOP("AuditField", "allocated"), AMOUNT),
    "allocation_from": (QT_TRANSLATE_NOOP("AuditField", "allocation from"), DATE),
    "amount": (QT_TRANSLATE_NOOP("AuditField", "amount"), AMOUNT),
    "approved_again": (QT_TRANSLATE_NOOP("AuditField", "claims approved again"), None),
    "attachment_id": (QT_TRANSLATE_NOOP("AuditField", "file"), None),
    "base_rate": (QT_TRANSLATE_NOOP("AuditField", "base rate"), RATE),
    "before_deadline": (QT_TRANSLATE_NOOP("AuditField", "before the deadline"), None),
    "budget": (QT_TRANSLATE_NOOP("AuditField", "budget"), AMOUNT),
    "cap_ceiling": (QT_TRANSLATE_NOOP("AuditField", "cap ceiling"), AMOUNT),
    "cap_floor": (QT_TRANSLATE_NOOP("AuditField", "cap floor"), AMOUNT),
    "channels": (QT_TRANSLATE_NOOP("AuditField", "channels"), None),
    "channel_names": (QT_TRANSLATE_NOOP("AuditField", "channel names"), None),
    "city": (QT_TRANSLATE_NOOP("AuditField", "city"), None),
    "claim_deadline_days": (QT_TRANSLATE_NOOP("AuditField", "days to file a claim"), None),
    "closed_at": (QT_TRANSLATE_NOOP("AuditField", "closed at"), MOMENT),
    "closed_by": (QT_TRANSLATE_NOOP("AuditField", "closed by"), None),
    "code": (QT_TRANSLATE_NOOP("AuditField", "code"), CODE),
    "comment": (QT_TRANSLATE_NOOP("AuditField", "comment"), None),
    "consolidating_agency": (QT_TRANSLATE_NOOP("AuditField", "consolidating agency"), None),
    "consolidation_from": (QT_TRANSLATE_NOOP("AuditField", "consolidation from"), DATE),
    "criteria": (QT_TRANSLATE_NOOP("AuditField", "criteria"), None),
    "criterion_names": (QT_TRANSLATE_NOOP("AuditField", "criterion names"), None),
    "currency": (QT_TRANSLATE_NOOP("AuditField", "currency"), CODE),
    "deadline": (QT_TRANSLATE_NOOP("AuditField", "deadline"), DATE),
    "dealer": (QT_TRANSLATE_NOOP("AuditField", "dealer"), CODE),
    "dealers": (QT_TRANSLATE_NOOP("AuditField", "dealers"), AMOUNT),
    "decided_by": (QT_TRANSLATE_NOOP("AuditField", "decided by"), None),
    "decided_on": (QT_TRANSLATE_NOOP("AuditField", "decided on"), DATE),
    "disabled": (QT_TRANSLATE_NOOP("AuditField", "disabled"), None),
    "documents": (QT_TRANSLATE_NOOP("AuditField", "documents"), None),
    "drafting_from": (QT_TRANSLATE_NOOP("AuditField", "drafting from"), DATE),
    "dropped": (QT_TRANSLATE_NOOP("AuditField", "dropped"), None),
    "email": (QT_TRANSLATE_NOOP("AuditField", "email"), CODE),
    "evaluating_agency": (QT_TRANSLATE_NOOP("AuditField", "evaluating agency"), None),
    "evaluation_from": (QT_TRANSLATE_NOOP("AuditField", "evaluation from"), DATE),
    "exchange_rate": (QT_TRANSLATE_NOOP("AuditField", "exchange rate"), RATE),
    "execution_from": (QT_TRANSLATE_NOOP("AuditField", "execution from"), DATE),
    "filed_on": (QT_TRANSLATE_NOOP("AuditField", "filed on"), DATE),
    "filename": (QT_TRANSLATE_NOOP("AuditField", "file name"), CODE),
    "full_name": (QT_TRANSLATE_NOOP("AuditField", "full name"), None),
    "included": (QT_TRANSLATE_NOOP("AuditField", "included"), None),
    "invoice_amount": (QT_TRANSLATE_NOOP("AuditField", "invoice amount"), AMOUNT),
    "invoice_date": (QT_TRANSLATE_NOOP("AuditField", "invoice date"), DATE),
    "invoice_number": (QT_TRANSLATE_NOOP("AuditField", "invoice number"), CODE),
    "items": (QT_TRANSLATE_NOOP("AuditField", "amounts by claim"), AMOUNT),
    "language": (QT_TRANSLATE_NOOP("AuditField", "documents language"), CODE),
    "kind": (QT_TRANSLATE_NOOP("AuditField", "kind"), None),
    "late": (QT_TRANSLATE_NOOP("AuditField", "late"), None),
    "late_override_by": (QT_TRANSLATE_NOOP("AuditField", "lateness accepted by"), None),
    "late_override_reason": (QT_TRANSLATE_NOOP("AuditField", "why lateness was accepted"), None),
    "legal_name": (QT_TRANSLATE_NOOP("AuditField", "legal name"), None),
    "media_type": (QT_TRANSLATE_NOOP("AuditField", "file type"), CODE),
    "name": (QT_TRANSLATE_NOOP("AuditField", "name"), None),
    "number": (QT_TRANSLATE_NOOP("AuditField", "number"), None),
    "other_brands": (QT_TRANSLATE_NOOP("AuditField", "other brands"), None),
    "paid": (QT_TRANSLATE_NOOP("AuditField", "claims paid"), None),
    "paid_amount": (QT_TRANSLATE_NOOP("AuditField", "amount paid"), AMOUNT),
    "paid_on": (QT_TRANSLATE_NOOP("AuditField", "paid on"), DATE),
    "payment": (QT_TRANSLATE_NOOP("AuditField", "payment"), None),
    "payment_order_date": (QT_TRANSLATE_NOOP("AuditField", "payment order date"), DATE),
    "payment_order_number": (QT_TRANSLATE_NOOP("AuditField", "payment order number"), CODE),
    "payments_through": (QT_TRANSLATE_NOOP("AuditField", "payments up to"), None),
    "phone": (QT_TRANSLATE_NOOP("AuditField", "phone"), CODE),
    "proof_date": (QT_TRANSLATE_NOOP("AuditField", "date of the proof"), DATE),
    "proofs": (QT_TRANSLATE_NOOP("AuditField", "required proofs"), None),
    "quarter": (QT_TRANSLATE_NOOP("AuditField", "quarter"), None),
    "required": (QT_TRANSLATE_NOOP("AuditField", "required"), None),
    "rate": (QT_TRANSLATE_NOOP("AuditField", "rate"), RATE),
    "reason": (QT_TRANSLATE_NOOP("AuditField", "reason"), None),
    "reference": (QT_TRANSLATE_NOOP("AuditField", "reference"), CODE),
    "region": (QT_TRANSLATE_NOOP("AuditField", "region"), None),
    "reimbursement": (QT_TRANSLATE_NOOP("AuditField", "reimbursement"), AMOUNT),
    "remaining_at_approval": (QT_TRANSLATE_NOOP("AuditField", "remaining at approval"), AMOUNT),
    "remaining_before": (QT_TRANSLATE_NOOP("AuditField", "remaining before"), AMOUNT),
    "reopen_reason": (QT_TRANSLATE_NOOP("AuditField", "why reopened"), None),
    "replaced": (QT_TRANSLATE_NOOP("AuditField", "replaced"), None),
    "reversed_by": (QT_TRANSLATE_NOOP("AuditField", "reversed by payment"), None),
    "reversed_on": (QT_TRANSLATE_NOOP("AuditField", "reversed on"), DATE),
    "role": (QT_TRANSLATE_NOOP("AuditField", "role"), None),
    "rows": (QT_TRANSLATE_NOOP("AuditField", "rows"), None),
    "sha256": (QT_TRANSLATE_NOOP("AuditField", "checksum (SHA-256)"), CODE),
    "size": (QT_TRANSLATE_NOOP("AuditField", "size in bytes"), None),
    "source": (QT_TRANSLATE_NOOP("AuditField", "source"), CODE),
    "stage": (QT_TRANSLATE_NOOP("AuditField", "stage"), None),
    "status": (QT_TRANSLATE_NOOP("AuditField", "status"), None),
    "submitted_on": (QT_TRANSLATE_NOOP("AuditField", "submitted on"), DATE),
    "threshold": (QT_TRANSLATE_NOOP("AuditField", "threshold"), RATE),
    "title": (QT_TRANSLATE_NOOP("AuditField", "title"), None),
    "total": (QT_TRANSLATE_NOOP("AuditField", "total"), AMOUNT),
    "username": (QT_TRANSLATE_NOOP("AuditField", "user name"), CODE),
    "vendor": (QT_TRANSLATE_NOOP("AuditField", "vendor"), None),
    "verified_cost": (QT_TRANSLATE_NOOP("AuditField", "verified cost"), AMOUNT),
    "version": (QT_TRANSLATE_NOOP("AuditField", "version"), None),
    "work_quarter": (QT_TRANSLATE_NOOP("AuditField", "quarter of the work"), None),
    "year": (QT_TRANSLATE_NOOP("AuditField", "year"), None),
}

#: Fields holding a sentence the services may have written (a person's own words are shown as they are).
_SENTENCES = frozenset({"reason", "reopen_reason", "late_override_reason", "comment"})
_YES, _NO = QT_TRANSLATE_NOOP("AuditField", "yes"), QT_TRANSLATE_NOOP("AuditField", "no")
_DECIMAL = re.compile(r"-?\d+\.\d+")
_INTEGER = re.compile(r"-?\d+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?")


def field_label(key: str) -> str:
    """The field's name in the window's language; a key not in the table with its underscores as spaces."""
    entry = FIELDS.get(key)
    if entry is None:
        return key.replace("_", " ")
    return QCoreApplication.translate(_CONTEXT, str(entry[0]))


def value_text(key: str, value: Any, entity: str = "") -> str:
    """A before/after value of field ``key`` as the window writes it (see the module docstring)."""
    kind = FIELDS[key][1] if key in FIELDS else None
    return _value(key, value, kind, entity)


def _value(key: str, value: Any, kind: str | None, entity: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate(_CONTEXT, str(_YES if value else _NO))
    if isinstance(value, dict):
        return "; ".join(f"{field_label(str(k))}: {_inner(key, str(k), v, kind, entity)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_value(key, v, kind, entity) for v in value) or "—"
    if isinstance(value, int | float | Decimal):
        return _number(str(value), kind)
    text = str(value)
    if kind == CODE or not text:
        return text or "—"
    if key in _SENTENCES:  # a reason the services wrote ("missing: acceptance act"): in the window's language
        from ui.text import tr_text

        return tr_text(text)
    if key in ("stage", "status", "role", "kind"):
        return _named(key, text, entity)
    if _MOMENT.fullmatch(text) and kind in (MOMENT, None):
        try:
            return moment_text(dt.datetime.fromisoformat(text.replace("Z", "+00:00")))
        except ValueError:
            return text
    if _DATE.fullmatch(text):
        try:
            return date_text(dt.date.fromisoformat(text))
        except ValueError:
            return text
    if _DECIMAL.fullmatch(text) or (kind in (AMOUNT, RATE) and _INTEGER.fullmatch(text)):
        return _number(text, kind)
    return text


def _inner(key: str, inner: str, value: Any, kind: str | None, entity: str) -> str:
    """A value inside a dict: a key of the table is a field of its own (a document's ``kind``); any other
    (a dealer's code, a claim's number) takes the kind of the field it is in (the dealers' amounts)."""
    if inner in FIELDS:
        return _value(inner, value, FIELDS[inner][1], entity)
    return _value(key, value, kind, entity)


def _number(text: str, kind: str | None) -> str:
    """An amount grouped with two decimals at least; a rate or any other number with the decimals it has."""
    from ui.numbers import amount_text, decimal_text

    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    if kind == AMOUNT:
        return amount_text(number)
    if kind == RATE or "." in text:
        return decimal_text(number)
    return text  # a count, an id, a year: as it is (never "2 027")


def _named(key: str, text: str, entity: str) -> str:
    """A stage, a status, a role or a document's kind by its name in the window's language (an unknown code as it
    is)."""
    from coop_desk.words import claim_status, document_kind, mockup_status, role_name, stage_name
    from ui.text import tr_text

    try:
        if key == "stage":
            return tr_text(stage_name(text))
        if key == "role":
            return tr_text(role_name(text))
        if key == "kind":
            return tr_text(document_kind(text))
        return tr_text(mockup_status(text) if entity == "mockup" else claim_status(text))
    except (ValueError, KeyError):
        return text
