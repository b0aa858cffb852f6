"""What the three dealer documents share (the statement, the commitment letters, the annual report):
the words for channels (:func:`reports.pdf.i18n.channel_name`; criteria are named by coop_desk.criterion_names),
the progress of an activity and mockup states, month names, exact numbers that are not money, and blocks of a
page set side by side.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from babel.dates import get_month_names
from babel.numbers import format_decimal
from reportlab.platypus import Flowable, Table, TableStyle

from coop_desk.channel_names import ChannelNames
from reports.pdf.i18n import add_strings, channel_name, lang_of, t

__all__ = ["channel_text", "month_text", "num", "side_by_side"]

add_strings(
    {
        # how far an activity has come (coop_desk.services.statement_figures.PROGRESS)
        "dd.progress.planned": {"ru": "в черновике", "en": "in the draft"},
        "dd.progress.dropped": {"ru": "исключено агентством", "en": "dropped by the agency"},
        "dd.progress.awaiting_mockup": {"ru": "ждёт макета", "en": "awaiting a mockup"},
        "dd.progress.mockup_submitted": {"ru": "макет на проверке", "en": "mockup under review"},
        "dd.progress.mockup_changes_requested": {"ru": "макет на доработке", "en": "mockup: changes asked"},
        "dd.progress.mockup_rejected": {"ru": "макет отклонён", "en": "mockup rejected"},
        "dd.progress.mockup_approved": {"ru": "макет утверждён", "en": "mockup approved"},
        "dd.progress.claim_submitted": {"ru": "заявка подана", "en": "claim submitted"},
        "dd.progress.claim_returned": {"ru": "заявка возвращена", "en": "claim returned"},
        "dd.progress.claim_rejected": {"ru": "заявка отклонена", "en": "claim rejected"},
        "dd.progress.claim_approved": {"ru": "заявка одобрена", "en": "claim approved"},
        "dd.progress.claim_paid": {"ru": "возмещено", "en": "reimbursed"},
        # mockup states (models.MockupStatus values)
        "dd.mockup.submitted": {"ru": "на проверке", "en": "under review"},
        "dd.mockup.approved": {"ru": "утверждён", "en": "approved"},
        "dd.mockup.changes_requested": {"ru": "на доработке", "en": "changes asked"},
        "dd.mockup.rejected": {"ru": "отклонён", "en": "rejected"},
    }
)


def _known(key: str, lang: str, fallback: str) -> str:
    try:
        return t(key, lang)
    except KeyError:
        return fallback


def channel_text(channel: str, lang: str, names: ChannelNames | None = None) -> str:
    """A channel's name in ``lang`` by the year's ``names`` (:func:`reports.pdf.i18n.channel_name`)."""
    return channel_name(channel, lang, names)


def month_text(month: int, lang: str) -> str:
    return str(get_month_names("abbreviated", "stand-alone", locale=lang_of(lang))[month])


def num(value: Decimal | int, lang: str) -> str:
    """An exact number that is not money (points, weights, coefficients): ``0,64`` / ``0.64``."""
    return format_decimal(value, format="#,##0.######", locale=lang_of(lang))


def side_by_side(
    cells: Sequence[Flowable | list[Flowable]], widths: Sequence[float], gap: float = 10
) -> Table:  # ok-float
    """Flowables next to each other (blocks of a page), top-aligned, ``gap`` points apart."""
    data = [list(cells)]
    cols = []
    for i, w in enumerate(widths):
        cols.append(w + (gap if i < len(widths) - 1 else 0))
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    style += [("RIGHTPADDING", (i, 0), (i, 0), gap) for i in range(len(widths) - 1)]
    return Table(data, colWidths=cols, style=TableStyle(style), hAlign="LEFT")
