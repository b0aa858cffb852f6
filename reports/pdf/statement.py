"""The dealer statement (PDF): one dealer's year and its scorecard, laid out from ``StatementService.statement``.

The first page is what a dealer looks for: the balance, where each plan, mockup and claim
stands, their own figures and an anonymised comparison with their region (median and
quartiles only). Then the allocation, the activities, mockups, claims and payments.

The words the three dealer documents share (channels, criteria, the progress of an activity) are in
:mod:`reports.pdf.dealer_kit`; the statement's own words in :mod:`reports.pdf.statement_labels`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path

from babel.numbers import format_decimal
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table

from coop_desk import rules
from coop_desk.services.claim_views import ClaimView
from coop_desk.services.statement_figures import MIN_PEERS
from coop_desk.services.statement_views import DealerStatement, Distribution, Scorecard
from reports.pdf import statement_labels  # noqa: F401 (registers the statement's words)
from reports.pdf.dealer_kit import channel_text, month_text, num, side_by_side
from reports.pdf.document import PartStart, ReportDocument
from reports.pdf.formatting import date_text, money, payment_reference, percent
from reports.pdf.i18n import lang_of, service_text, t
from reports.pdf.styles import heading, note, para, spacer, styles
from reports.pdf.tables import Column, data_table, key_value_table

__all__ = ["merged_statements_name", "statement_file_name", "write_statement", "write_statements_merged"]


def write_statement(statement: DealerStatement, path: str | Path, lang: str | None = None) -> Path:
    """Write one dealer's statement with its scorecard; ``lang`` defaults to the programme's language."""
    lang = lang_of(lang or statement.language)
    path = Path(path)
    d = statement.dealer
    doc = ReportDocument(
        path,
        lang=lang,
        programme=t("programme", lang, year=statement.year),
        title=t("st.header", lang),
        period=f"{d.code} · {statement.year}",
        subject=f"{d.name} ({d.code})",
    )
    doc.build_story(_story(statement, lang, doc.width))
    return path


def statement_file_name(statement: DealerStatement) -> str:
    return f"statement-{statement.year}-{statement.dealer.code}.pdf"


def merged_statements_name(year: int) -> str:
    """The all-in-one file of every dealer's statement, written beside the dealers' own."""
    return f"statements-{year}.pdf"


def write_statements_merged(statements: Sequence[DealerStatement], path: str | Path, lang: str | None = None) -> Path:
    """Every statement in one PDF for printing; each starts on a new page, names its dealer in the header
    and numbers its own pages."""
    if not statements:
        raise ValueError("there are no statements to write")
    first = statements[0]
    lang = lang_of(lang or first.language)
    path = Path(path)
    doc = _MergedDocument(path, lang=lang, year=first.year)

    def story() -> Iterator[Flowable]:
        for i, st in enumerate(statements):
            if i:
                yield PageBreak()
            yield PartStart(doc.starts, st.dealer.code)
            yield from _story(st, lang, doc.width)

    doc.build_story(story())
    return path


class _MergedDocument(ReportDocument):
    """Several statements in one file: the header names each page's dealer, the footer counts its pages."""

    def __init__(self, path: Path, *, lang: str, year: int) -> None:
        self.year = year
        title = t("st.header", lang)
        super().__init__(path, lang=lang, programme=t("programme", lang, year=year), title=title, subject=title)
        self.starts: list[tuple[int, str]] = []

    def _decorate(self, c: Canvas, page: int, pages: int) -> None:
        starts = [p for p, _ in self.starts] + [pages + 1]
        index = max((i for i, p in enumerate(starts[:-1]) if p <= page), default=0)
        first, code = self.starts[index] if self.starts else (1, "")
        self.period = f"{code} · {self.year}" if code else str(self.year)
        super()._decorate(c, page - first + 1, starts[index + 1] - first)


def _story(st: DealerStatement, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    s = styles()
    d = st.dealer
    cur = st.currency
    yield Paragraph(t("st.title", lang, year=st.year), s.title)
    yield para(f"{d.name} · {d.code} · {d.region}" + (f" · {d.city}" if d.city else ""), s.subtitle)
    half = (width - 14) / 2
    info = key_value_table(
        [
            (t("st.legal_name", lang), d.legal_name or d.name),
            (t("code", lang), d.code),
            (t("region", lang), d.region),
            (t("city", lang), d.city or "—"),
            (t("st.email", lang), d.email or "—"),
            *((t(f"req.{key}", lang), value) for key, value in d.requisites),
        ],
        half,
        label_share=0.4,
        numeric=False,
    )
    b = st.balance
    balance = key_value_table(
        [
            (t("allocated", lang), money(b.allocated, cur, lang)),
            (t("approved", lang), money(b.approved, cur, lang)),
            (t("paid", lang), money(b.paid, cur, lang)),
            (t("st.unpaid", lang), money(b.approved - b.paid, cur, lang)),
            (t("st.remaining", lang), money(b.remaining, cur, lang)),
        ],
        half,
        emphasize=(4,),
    )
    yield side_by_side([info, balance], [half, half], gap=14)
    yield from _scorecard(st.scorecard, st, lang, width)
    yield from _allocation(st, lang, width)
    yield from _activities(st, lang, width)
    yield from _mockups(st, lang, width)
    yield from _claims(st, lang, width)
    yield from _payments(st, lang, width)


def _counts_table(title: str, rows: Sequence[tuple[str, int]], lang: str, width: float) -> Table:  # ok-float
    body = [[label_text, str(n)] for label_text, n in rows] or [[t("st.nothing_yet", lang), ""]]
    return data_table([Column(title, 3), Column(t("st.count", lang), 1, numeric=True)], body, width)


def _scorecard(sc: Scorecard, st: DealerStatement, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    cur = st.currency
    yield heading(t("st.scorecard", lang))
    yield heading(t("st.where_things_stand", lang), 2)
    third = (width - 2 * 10) / 3
    yield side_by_side(
        [
            _counts_table(
                t("st.activities_status", lang),
                [(t(f"dd.progress.{k}", lang), n) for k, n in sc.activities],
                lang,
                third,
            ),
            _counts_table(
                t("st.mockups_status", lang), [(t(f"dd.mockup.{k}", lang), n) for k, n in sc.mockups], lang, third
            ),
            _counts_table(
                t("st.claims_status", lang), [(t(f"status.{k}", lang), n) for k, n in sc.claims], lang, third
            ),
        ],
        [third] * 3,
    )
    yield heading(t("st.figures", lang), 2)
    cols = [
        Column(t("st.measure", lang), 2.4),
        Column(t("st.you", lang), 1.2, numeric=True),
        Column(t("st.q1", lang), 1.2, numeric=True),
        Column(t("st.median", lang), 1.2, numeric=True),
        Column(t("st.q3", lang), 1.2, numeric=True),
    ]

    def quart(dist: Distribution | None, fmt: Callable[[Decimal], str]) -> list[str]:
        return ["—"] * 3 if dist is None else [fmt(dist.q1), fmt(dist.median), fmt(dist.q3)]

    rows = [
        [t("st.used", lang), percent(sc.used, lang), *quart(sc.used_in_region, lambda v: percent(v, lang))],
        [
            t("st.approved_amount", lang),
            money(sc.approved, cur, lang),
            *quart(sc.approved_in_region, lambda v: money(v, cur, lang)),
        ],
    ]
    yield data_table(cols, rows, width)
    yield spacer(1.5)
    if sc.used_in_region is not None or sc.approved_in_region is not None:
        yield note(t("st.region_note", lang, n=sc.region_dealers, region=sc.region))
    else:
        yield note(t("st.region_too_small", lang, region=sc.region, min=MIN_PEERS, n=sc.region_dealers))
    yield heading(t("st.efficiency", lang), 2)
    e = sc.efficiency
    if e is None:
        yield para(t("st.no_evaluation", lang))
        return
    half = (width - 14) / 2
    left = key_value_table(
        [
            (t("st.evaluated", lang), num(e.activities, lang)),
            (t("st.reach", lang), num(e.reach, lang)),
            (t("st.leads", lang), num(e.leads, lang)),
            (t("st.sales", lang), num(e.sales, lang)),
        ],
        half,
    )
    right = key_value_table(
        [
            (t("st.cost", lang), money(e.cost, cur, lang)),
            (t("st.cost_per_lead", lang), money(e.cost_per_lead, cur, lang)),
            (t("st.cost_per_sale", lang), money(e.cost_per_sale, cur, lang)),
        ],
        half,
    )
    yield side_by_side([left, right], [half, half], gap=14)


def _allocation(st: DealerStatement, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    yield heading(t("st.allocation", lang))
    a = st.allocation
    if a is None:
        yield para(t("st.not_frozen", lang))
        return
    cur = st.currency
    half = (width - 14) / 2
    left = key_value_table(
        [
            (t("st.score", lang), num(a.score, lang)),
            (t("st.coefficient", lang), num(a.coefficient, lang)),
            (t("cap", lang), money(a.cap, cur, lang)),
        ],
        half,
    )
    right = key_value_table(
        [
            (t("st.request", lang), money(a.request, cur, lang)),
            (t("st.demand", lang), money(a.demand, cur, lang)),
            (t("allocated", lang), money(a.amount, cur, lang)),
        ],
        half,
        emphasize=(2,),
    )
    yield side_by_side([left, right], [half, half], gap=14)


def _activities(st: DealerStatement, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    yield heading(t("st.activities", lang))
    if not st.activities:
        yield para(t("st.no_activities", lang))
        return
    cols = [
        Column(t("reference", lang), 1.35),
        Column(t("channel", lang), 1.35),
        Column(t("st.month", lang), 0.6),
        Column(t("st.idea", lang), 2.6),
        Column(t("st.cost_col", lang), 1.15, numeric=True),
        Column(t("st.in_plan", lang), 0.85),
        Column(t("st.progress", lang), 1.4),
    ]
    rows = []
    dropped = []
    for i, a in enumerate(st.activities):
        in_plan = "—" if a.included is None else (t("yes", lang) if a.included else t("st.dropped", lang))
        idea = a.idea + (f"\n{a.note}" if a.note and not a.included else "")
        rows.append(
            [
                a.reference,
                channel_text(a.channel, lang, st.channel_names),
                month_text(a.month, lang),
                idea,
                money(a.cost, st.currency, lang),
                in_plan,
                t(f"dd.progress.{a.progress}", lang),
            ]
        )
        if a.included is False:
            dropped.append(i)
    totals = [[t("st.in_plan_total", lang), "", "", "", money(st.included_cost, st.currency, lang), "", ""]]
    yield data_table(cols, rows, width, totals=totals, highlight=dropped, total_label_span=4)


def _mockups(st: DealerStatement, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    yield heading(t("st.mockups", lang))
    if not st.mockups:
        yield para(t("st.no_mockups", lang))
        return
    cols = [
        Column(t("reference", lang), 1.35),
        Column(t("st.mockup_no", lang), 0.4, numeric=True),
        Column(t("st.mockup_title", lang), 3.1),
        Column(t("st.submitted", lang), 0.95),
        Column(t("st.decided", lang), 0.95),
        Column(t("status", lang), 1.0),
        Column(t("rate", lang), 1.35),
    ]
    rows = []
    for m in st.mockups:
        title = m.title + (f"\n{m.comment}" if m.comment else "")
        approved = m.status.value == "approved"
        rows.append(
            [
                m.reference,
                str(m.number),
                title,
                date_text(m.submitted_on, lang),
                date_text(m.decided_on, lang),
                t(f"dd.mockup.{m.status.value}", lang),
                rules.rate_formula(m.other_brands, st.base_rate, lang) if approved else "—",
            ]
        )
    yield data_table(cols, rows, width)


def _claims(st: DealerStatement, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    yield heading(t("st.claims", lang))
    if not st.claims:
        yield para(t("st.no_claims", lang))
        return
    cur = st.currency
    cols = [
        Column(t("st.q", lang), 0.45),
        Column(t("reference", lang), 1.25),
        Column(t("st.invoice", lang), 1.2),
        Column(t("st.filed", lang), 0.95),
        Column(t("st.verified", lang), 1.3, numeric=True),
        Column(t("rate", lang), 1.3),
        Column(t("status", lang), 1.7),
        Column(t("approved", lang), 1.25, numeric=True),
        Column(t("st.paid_to_you", lang), 1.2, numeric=True),
    ]
    rows = []
    flagged = []
    for i, c in enumerate(st.claims):
        status = t(f"status.{c.status.value}", lang)
        if c.late:
            status += f", {t('st.late', lang)}"
        if c.id in st.limited:
            status += f"\n{t('st.limited', lang)}"
        if c.reason and c.status.value in ("returned", "rejected"):
            status += f"\n{service_text(c.reason, lang)}"
            flagged.append(i)
        counted = c.status.value in ("approved", "paid")
        rows.append(
            [
                str(c.quarter),
                c.reference,
                f"{c.invoice_number}\n{date_text(c.invoice_date, lang)}" + _foreign(c, cur, lang),
                date_text(c.filed_on, lang),
                money(c.verified_cost, cur, lang),
                rules.rate_formula(c.other_brands, st.base_rate, lang),
                status,
                money(c.reimbursement, cur, lang) if counted else "—",
                money(c.paid, cur, lang),
            ]
        )
    b = st.balance
    totals = [
        [t("st.claims_total", lang), "", "", "", "", "", "", money(b.approved, cur, lang), money(b.paid, cur, lang)]
    ]
    yield data_table(cols, rows, width, totals=totals, highlight=flagged, total_label_span=7)


def _foreign(c: ClaimView, programme: str, lang: str) -> str:
    """An invoice in another currency: its own amount and the rate, beside the converted figures."""
    if c.currency == programme:
        return ""
    if c.exchange_rate is None:
        return "\n" + money(c.invoice_amount, c.currency, lang) + "\n" + t("st.no_rate", lang)
    rate = format_decimal(c.exchange_rate, format="#,##0.##########", locale=lang_of(lang))
    return "\n" + t("st.foreign", lang, amount=money(c.invoice_amount, c.currency, lang), rate=rate)


def _payments(st: DealerStatement, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    yield heading(t("st.payments", lang))
    if not st.payments:
        yield para(t("st.no_payments", lang))
        return
    cols = [
        Column(t("date", lang), 1.0),
        Column(t("payment_ref", lang), 1.8),
        Column(t("st.for_claims", lang), 3.6),
        Column(t("amount", lang), 1.3, numeric=True),
    ]
    paid_on = {p.id: p.paid_on for p in st.payments}  # a reversal names the date of the payment it reverses
    rows = [
        [
            date_text(p.paid_on, lang),
            payment_reference(p.reference, paid_on.get(p.reverses) if p.reverses is not None else None, lang),
            ", ".join(f"{i.reference} ({i.invoice_number})" for i in p.items),
            money(p.amount, st.currency, lang),
        ]
        for p in st.payments
    ]
    totals = [[t("total", lang), "", "", money(st.payments_total, st.currency, lang)]]
    yield data_table(cols, rows, width, totals=totals, total_label_span=3)
