"""The calendar of the rules (R7): quarters, the claim filing deadline and lateness, the quarter a claim
counts in, and the claim statuses that use up an allocation. Pure: values in, values out, no session, no Qt.

Re-exported by :mod:`coop_desk.rules`; import it from there.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta

from models.enums import ClaimStatus

__all__ = [
    "COUNTED",
    "claim_deadline",
    "counted_quarter",
    "first_late_day",
    "is_late",
    "quarter_end",
    "quarter_of",
    "quarter_start",
    "work_quarter",
]

#: The claim statuses whose reimbursement counts: what uses up a dealer's allocation (R7).
COUNTED = (ClaimStatus.APPROVED, ClaimStatus.PAID)


def _int(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    return value


def _quarter(quarter: int) -> int:
    q = _int(quarter, "quarter")
    if not 1 <= q <= 4:
        raise ValueError(f"quarter must be 1, 2, 3 or 4, got {q}")
    return q


def _days(deadline_days: int) -> int:
    days = _int(deadline_days, "deadline days")
    if days < 0:
        raise ValueError(f"deadline days must not be negative, got {days}")
    return days


def quarter_start(year: int, quarter: int) -> date:
    """The first day of ``quarter`` (1-4) of ``year``: Q1 -> 1 January, Q4 -> 1 October."""
    return date(_int(year, "year"), 3 * _quarter(quarter) - 2, 1)


def quarter_end(year: int, quarter: int) -> date:
    """The last day of ``quarter`` (1-4) of ``year``: Q1 -> 31 March, Q4 -> 31 December."""
    y = _int(year, "year")
    month = 3 * _quarter(quarter)
    return date(y, month, calendar.monthrange(y, month)[1])


def quarter_of(d: date) -> int:
    """The quarter (1-4) that ``d`` falls in."""
    return (d.month - 1) // 3 + 1


def claim_deadline(year: int, quarter: int, deadline_days: int) -> date:
    """R7: the last day to file the claims of ``quarter`` on time: its end + ``deadline_days`` days.

    Filing on the deadline day itself is on time."""
    days = _days(deadline_days)
    return quarter_end(year, quarter) + timedelta(days=days)


def first_late_day(year: int, quarter: int, deadline_days: int) -> date:
    """R7: the day after :func:`claim_deadline`: a claim of ``quarter`` filed from then on is late (and the
    quarter can be closed without the owner's reason)."""
    return claim_deadline(year, quarter, deadline_days) + timedelta(days=1)


def is_late(filed_on: date, year: int, quarter: int, deadline_days: int) -> bool:
    """R7: a claim for the work of ``quarter`` filed after its :func:`claim_deadline` is late."""
    return filed_on > claim_deadline(year, quarter, deadline_days)


def work_quarter(year: int, act_date: date | None, invoice_date: date) -> int:
    """R7: the quarter of programme year ``year`` a claim's work belongs to, decided by its documents.

    The acceptance act's date (when the work was done) decides; until the act is given, the invoice's date.
    A date before the year counts in Q1 and one after it in Q4 (an act signed in January for December's
    work belongs to Q4).
    """
    day = act_date if act_date is not None else invoice_date
    y = _int(year, "year")
    if day.year < y:
        return 1
    if day.year > y:
        return 4
    return quarter_of(day)


def counted_quarter(work: int, closed: Iterable[int]) -> int | None:
    """R7: the quarter a claim counts in: its work quarter while that is open; when it is closed (sealed),
    the earliest open quarter after it (a late claim for the work of a closed quarter); None when every
    later quarter is closed too (the claim cannot be taken until a quarter is reopened)."""
    q = _quarter(work)
    shut = set(closed)
    if q not in shut:
        return q
    return next((later for later in range(q + 1, 5) if later not in shut), None)
