"""Commitment letters (PDF), one per dealer, laid out from ``StatementService.letters`` after the freeze.

A letter states the dealer's score per criterion, its coefficient and cap, the amount allocated,
the dealer's own minimum contribution (R3), and the rules it is held to: the base rate, the
brand rule with an example (R6), the documents a claim needs (R7) and the quarterly deadlines.

``write_letters`` writes one file per dealer; ``write_letters_merged`` one file for printing,
where each letter starts on a new page and numbers its own pages ("page 1 of 2").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph

from coop_desk import rules
from coop_desk.channel_names import ChannelNames
from coop_desk.services.statement_views import CommitmentLetter
from coop_desk.words import document_kind
from reports.pdf import statement_labels  # noqa: F401 (registers the requisites' words)
from reports.pdf.dealer_kit import channel_text, month_text, num, side_by_side
from reports.pdf.document import PartStart, ReportDocument
from reports.pdf.formatting import date_text, money, percent
from reports.pdf.i18n import add_strings, lang_of, quarter_label, service_text, t
from reports.pdf.styles import esc, heading, note, para, spacer, styles
from reports.pdf.tables import Column, data_table, key_value_table

__all__ = ["letter_file_name", "write_letter", "write_letters", "write_letters_merged"]

add_strings(
    {
        "lt.title": {"ru": "Письмо-обязательство", "en": "Commitment letter"},
        "lt.subtitle": {
            "ru": "об участии производителя в финансировании местной рекламы в {year} году",
            "en": "on the manufacturer's share in your local advertising in {year}",
        },
        "lt.number": {"ru": "№ {code}-{year}", "en": "No. {code}-{year}"},
        "lt.to": {"ru": "Кому", "en": "To"},
        "lt.date": {"ru": "Дата", "en": "Date"},
        "lt.frozen": {"ru": "Распределение утверждено", "en": "Allocation frozen"},
        "lt.dear": {"ru": "Уважаемые партнёры!", "en": "Dear partner,"},
        "lt.intro": {
            "ru": "По итогам оценки дилеров и утверждённого распределения бюджета программы совместного маркетинга "
            "на {year} год производитель подтверждает своё участие в финансировании вашей местной рекламы "
            "на условиях, изложенных ниже.",
            "en": "Following the scoring of dealers and the frozen allocation of the {year} co-op marketing budget, "
            "the manufacturer confirms its share in financing your local advertising on the terms set out below.",
        },
        "lt.intro_none": {
            "ru": "Сообщаем итоги оценки дилеров и утверждённого распределения бюджета программы совместного "
            "маркетинга на {year} год.",
            "en": "These are the results of the scoring of dealers and of the frozen allocation of the {year} co-op "
            "marketing budget.",
        },
        "lt.not_eligible": {
            "ru": "Ваш коэффициент k = {k} ниже порога участия {threshold}: в {year} году средства программы "
            "вам не выделены. Мы будем рады видеть вас в программе следующего года.",
            "en": "Your coefficient k = {k} is below the eligibility threshold of {threshold}: no programme funds "
            "are allocated to you for {year}. We look forward to your taking part next year.",
        },
        "lt.nothing_planned": {
            "ru": "В утверждённом плане нет ваших мероприятий, поэтому в {year} году средства вам не выделены.",
            "en": "The frozen plan includes none of your activities, so no funds are allocated to you for {year}.",
        },
        "lt.key_figures": {"ru": "Основные условия", "en": "Key figures"},
        "lt.score": {"ru": "Баллы S (из S_max = {max})", "en": "Score S (of S_max = {max})"},
        "lt.coefficient": {"ru": "Коэффициент k = S / S_max", "en": "Coefficient k = S / S_max"},
        "lt.cap": {"ru": "Лимит участия производителя на год", "en": "Cap on the manufacturer's share"},
        "lt.planned_cost": {"ru": "Стоимость ваших мероприятий в плане", "en": "Cost of your activities in the plan"},
        "lt.request": {"ru": "Запрос: {base} стоимости", "en": "Request: {base} of the cost"},
        "lt.allocated": {"ru": "Выделено вам на {year} год", "en": "Allocated to you for {year}"},
        "lt.minimum": {"ru": "Ваш минимальный собственный вклад", "en": "Your own minimum contribution"},
        "lt.volume": {
            "ru": "Объём мероприятий для полного использования",
            "en": "Activity volume that uses the whole allocation",
        },
        "lt.scoring": {"ru": "Оценка дилера", "en": "Your score"},
        "lt.criterion": {"ru": "Критерий", "en": "Criterion"},
        "lt.weight": {"ru": "Вес", "en": "Weight"},
        "lt.points": {"ru": "Баллы", "en": "Points"},
        "lt.max": {"ru": "Макс.", "en": "Max."},
        "lt.weighted": {"ru": "Вес × баллы", "en": "Weight × points"},
        "lt.score_total": {"ru": "Итого S", "en": "Total S"},
        "lt.how_cap": {
            "ru": "k = S / S_max = {score} / {max} = {k}. Лимит: при k ниже порога {threshold} — 0; иначе "
            "{floor} + (k − {threshold}) / (1 − {threshold}) × ({ceiling} − {floor}), с округлением вниз до 100: "
            "{cap}.",
            "en": "k = S / S_max = {score} / {max} = {k}. Cap: 0 when k is below the threshold of {threshold}; "
            "otherwise {floor} + (k − {threshold}) / (1 − {threshold}) × ({ceiling} − {floor}), rounded down to "
            "100: {cap}.",
        },
        "lt.how_amount": {
            "ru": "Запрос = {base} × {planned} = {request}; спрос = min(запрос, лимит) = {demand}.",
            "en": "Request = {base} × {planned} = {request}; demand = min(request, cap) = {demand}.",
        },
        "lt.shared": {
            "ru": "Запросы дилеров превысили бюджет программы, поэтому бюджет распределён пропорционально "
            "коэффициенту k: вам выделено {allocated}.",
            "en": "The dealers' demands exceeded the programme budget, so it was shared in proportion to the "
            "coefficient k: you are allocated {allocated}.",
        },
        "lt.covered": {
            "ru": "Бюджет программы покрывает запросы всех дилеров: вам выделено {allocated}.",
            "en": "The programme budget covers every dealer's demand: you are allocated {allocated}.",
        },
        "lt.plan": {"ru": "Ваши мероприятия в утверждённом плане", "en": "Your activities in the frozen plan"},
        "lt.month": {"ru": "Месяц", "en": "Month"},
        "lt.idea": {"ru": "Идея", "en": "Idea"},
        "lt.cost": {"ru": "Стоимость", "en": "Cost"},
        "lt.rules": {"ru": "Правила программы", "en": "Programme rules"},
        "lt.rule_base_title": {"ru": "1. Базовая ставка и ваш вклад", "en": "1. Base rate and your share"},
        "lt.rule_base": {
            "ru": "Производитель возмещает не более {base} стоимости каждого мероприятия; остальное оплачиваете вы. "
            "За год ваш собственный вклад — не меньше суммы, которую возмещает производитель, то есть не меньше "
            "{minimum}. Чтобы использовать выделенную сумму полностью, проведите мероприятия общей стоимостью "
            "не менее {volume}.",
            "en": "The manufacturer reimburses at most {base} of the cost of each activity; you pay the rest. Over "
            "the year you invest at least as much as the manufacturer reimburses, that is at least {minimum}. To use "
            "the whole allocation, run activities costing at least {volume} in total.",
        },
        "lt.rule_brand_title": {"ru": "2. Правило брендов", "en": "2. The brand rule"},
        "lt.rule_brand": {
            "ru": "Если на макете кроме наших есть товары других брендов, ставка делится на число всех брендов: "
            "ставка = {base} / (1 + число других брендов). Пример для мероприятия стоимостью {cost}:",
            "en": "If the mockup shows other brands besides ours, the rate is divided among all brands shown: "
            "rate = {base} / (1 + number of other brands). For example, for an activity costing {cost}:",
        },
        "lt.shown": {"ru": "На макете", "en": "The mockup shows"},
        "lt.own_only": {"ru": "только наш бренд", "en": "our brand only"},
        "lt.plus_brands": {"ru": "наш бренд и ещё {n} (всего {total})", "en": "ours and {n} more (in all {total})"},
        "lt.rate": {"ru": "Ставка", "en": "Rate"},
        "lt.reimbursed": {"ru": "Возмещение", "en": "Reimbursed"},
        "lt.rule_docs_title": {"ru": "3. Документы для возмещения", "en": "3. Documents for a claim"},
        "lt.rule_docs": {
            "ru": "Заявка на возмещение принимается только со всеми документами:",
            "en": "A claim is paid only with all of these documents:",
        },
        "lt.doc.approved_mockup": {
            "ru": "макет, утверждённый производителем до выхода рекламы (реклама, вышедшая до утверждения макета, "
            "не возмещается);",
            "en": "the mockup, approved by the manufacturer before the ad runs (an ad that ran before its mockup "
            "was approved is not reimbursed);",
        },
        "lt.doc.invoice": {"ru": "счёт подрядчика;", "en": "the vendor's invoice;"},
        "lt.doc.payment_order": {
            "ru": "платёжное поручение, подтверждающее, что вы оплатили счёт;",
            "en": "the payment order that proves you paid it;",
        },
        "lt.doc.acceptance_act": {
            "ru": "акт приёмки-сдачи работ, подтверждающий, что работа выполнена.",
            "en": "the acceptance act that proves the work was done.",
        },
        "lt.proofs": {
            "ru": "Для каналов вашего плана к заявке прикладываются подтверждения выхода рекламы; дата каждого "
            "должна лежать между утверждением макета и актом приёмки:",
            "en": "For the channels of your plan a claim also carries proofs of performance, each dated between "
            "the mockup's approval and the acceptance act:",
        },
        "lt.proof_required": {"ru": "обязательно", "en": "required"},
        "lt.proof_optional": {"ru": "по возможности", "en": "optional"},
        "lt.formula": {
            "ru": "Возмещение = min(сумма счёта, оплачено) × ставка, с округлением до копеек, в пределах "
            "выделенной вам суммы.",
            "en": "Reimbursement = min(invoiced, paid) × rate, rounded to cents, within your allocation.",
        },
        "lt.rule_deadlines_title": {"ru": "4. Сроки подачи заявок", "en": "4. Deadlines"},
        "lt.rule_deadlines": {
            "ru": "Заявки подаются по кварталам, не позднее {days} дней после окончания квартала. Заявка, поданная "
            "позже срока, рассматривается только по особому согласованию.",
            "en": "Claims are filed per quarter, at the latest {days} days after the quarter ends. A claim filed "
            "after the deadline is considered only by explicit agreement.",
        },
        "lt.quarter_end": {"ru": "Окончание квартала", "en": "Quarter ends"},
        "lt.deadline": {"ru": "Крайний срок подачи", "en": "File by"},
        "lt.sign_manufacturer": {"ru": "За производителя", "en": "For the manufacturer"},
        "lt.sign_dealer": {"ru": "С условиями ознакомлен (дилер)", "en": "Acknowledged (dealer)"},
        "lt.sign_line": {"ru": "подпись, Ф. И. О., дата", "en": "signature, name, date"},
    }
)


def letter_file_name(letter: CommitmentLetter) -> str:
    return f"commitment-letter-{letter.year}-{letter.dealer.code}.pdf"


def write_letter(letter: CommitmentLetter, path: str | Path, lang: str | None = None) -> Path:
    """One dealer's commitment letter; ``lang`` defaults to the programme's language."""
    return _write([letter], Path(path), lang_of(lang or letter.language))


def write_letters(letters: Iterable[CommitmentLetter], directory: str | Path, lang: str | None = None) -> list[Path]:
    """One PDF per dealer in ``directory`` (made if missing); returns the files in dealer order."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    return [write_letter(letter, folder / letter_file_name(letter), lang) for letter in letters]


def write_letters_merged(letters: Sequence[CommitmentLetter], path: str | Path, lang: str | None = None) -> Path:
    """Every letter in one PDF for printing; each starts on a new page and numbers its own pages."""
    if not letters:
        raise ValueError("there are no letters to write")
    return _write(letters, Path(path), lang_of(lang or letters[0].language))


class _LetterDocument(ReportDocument):
    """A document of one or more letters: the header names the dealer, the footer counts the letter's pages."""

    def __init__(self, path: Path, *, lang: str, year: int, **kwargs: Any) -> None:
        self.year = year
        super().__init__(
            path, lang=lang, programme=t("programme", lang, year=year), title=t("lt.title", lang), **kwargs
        )
        self.starts: list[tuple[int, str]] = []

    def _decorate(self, c: Canvas, page: int, pages: int) -> None:
        starts = [p for p, _ in self.starts] + [pages + 1]
        index = max((i for i, p in enumerate(starts[:-1]) if p <= page), default=0)
        first, code = self.starts[index] if self.starts else (1, "")
        self.period = f"{code} · {self.year}" if code else str(self.year)
        super()._decorate(c, page - first + 1, starts[index + 1] - first)


def _write(letters: Sequence[CommitmentLetter], path: Path, lang: str) -> Path:
    first = letters[0]
    doc = _LetterDocument(path, lang=lang, year=first.year, subject=t("lt.title", lang))

    def story() -> Iterator[Flowable]:
        for i, letter in enumerate(letters):
            if i:
                yield PageBreak()
            yield PartStart(doc.starts, letter.dealer.code)
            yield from _letter(letter, lang, doc.width, doc)

    doc.build_story(story())
    return path


def _letter(le: CommitmentLetter, lang: str, width: float, doc: ReportDocument) -> Iterator[Flowable]:  # ok-float
    s = styles()
    cur = le.currency
    d = le.dealer
    half = (width - 14) / 2
    to = [f"<b>{esc(d.legal_name or d.name)}</b>", esc(f"{d.code} · {d.region}" + (f" · {d.city}" if d.city else ""))]
    if d.email:
        to.append(esc(d.email))
    given = dict(d.requisites)
    if given.get("inn"):  # a payment order's addressee: INN / KPP, then the legal address
        kpp = f" / {t('req.kpp', lang)} {given['kpp']}" if given.get("kpp") else ""
        to.append(esc(f"{t('req.inn', lang)} {given['inn']}{kpp}"))
    if given.get("legal_address"):
        to.append(esc(given["legal_address"]))
    address = Paragraph("<br/>".join(to), s.body)
    dated = key_value_table(
        [
            (t("lt.date", lang), date_text(doc.generated_at.date(), lang)),
            (t("lt.frozen", lang), date_text(le.frozen_at.date(), lang)),
        ],
        half,
        label_share=0.62,
    )
    yield side_by_side([address, dated], [half, half], gap=14)
    yield spacer(4)
    yield Paragraph(esc(t("lt.title", lang)) + " " + esc(t("lt.number", lang, code=d.code, year=le.year)), s.title)
    yield para(t("lt.subtitle", lang, year=le.year), s.subtitle)
    yield para(t("lt.dear", lang))
    yield spacer(1)
    funded = le.allocated > 0
    yield para(t("lt.intro" if funded else "lt.intro_none", lang, year=le.year))
    if not le.eligible:
        yield spacer(2)
        yield para(
            t("lt.not_eligible", lang, k=num(le.coefficient, lang), threshold=num(le.threshold, lang), year=le.year),
            s.warning,
        )
    elif le.allocated == 0:
        yield spacer(2)
        yield para(t("lt.nothing_planned", lang, year=le.year), s.warning)
    yield heading(t("lt.key_figures", lang))
    rows = [
        (t("lt.score", lang, max=num(le.max_score, lang)), num(le.score, lang)),
        (t("lt.coefficient", lang), num(le.coefficient, lang)),
        (t("lt.cap", lang), money(le.cap, cur, lang)),
        (t("lt.planned_cost", lang), money(le.planned_cost, cur, lang)),
        (t("lt.request", lang, base=percent(le.base_rate, lang)), money(le.request, cur, lang)),
        (t("lt.allocated", lang, year=le.year), money(le.allocated, cur, lang)),
    ]
    if funded:
        rows.append((t("lt.minimum", lang), money(le.dealer_minimum, cur, lang)))
        rows.append((t("lt.volume", lang), money(le.activity_volume, cur, lang)))
    yield key_value_table(rows, width * 0.75, label_share=0.66, emphasize=(5,))
    yield from _scoring(le, lang, width)
    if funded:
        yield from _plan(le, lang, width)
        yield from _rules(le, lang, width)
        yield from _signatures(lang, width)


def _scoring(le: CommitmentLetter, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    cur = le.currency
    yield heading(t("lt.scoring", lang))
    cols = [
        Column(t("lt.criterion", lang), 4.2),
        Column(t("lt.weight", lang), 0.8, numeric=True),
        Column(t("lt.points", lang), 0.8, numeric=True),
        Column(t("lt.max", lang), 0.8, numeric=True),
        Column(t("lt.weighted", lang), 1.2, numeric=True),
    ]
    rows = [
        [
            c.title(lang),
            num(c.weight, lang),
            num(c.points, lang),
            str(c.max_points),
            num(c.weighted, lang),
        ]
        for c in le.criteria
    ]
    totals = [[t("lt.score_total", lang), "", "", num(le.max_score, lang), num(le.score, lang)]]
    yield data_table(cols, rows, width, totals=totals)
    yield spacer(1.5)
    yield note(
        t(
            "lt.how_cap",
            lang,
            score=num(le.score, lang),
            max=num(le.max_score, lang),
            k=num(le.coefficient, lang),
            threshold=num(le.threshold, lang),
            floor=money(le.cap_floor, cur, lang),
            ceiling=money(le.cap_ceiling, cur, lang),
            cap=money(le.cap, cur, lang),
        )
    )
    if le.eligible:
        yield note(
            t(
                "lt.how_amount",
                lang,
                base=percent(le.base_rate, lang),
                planned=money(le.planned_cost, cur, lang),
                request=money(le.request, cur, lang),
                demand=money(le.demand, cur, lang),
            )
        )
    if le.allocated > 0:
        key = "lt.shared" if le.budget_shared else "lt.covered"
        yield note(t(key, lang, allocated=money(le.allocated, cur, lang)))


def _plan(le: CommitmentLetter, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    if not le.activities:
        return
    yield CondPageBreak(60)
    yield heading(t("lt.plan", lang))
    cols = [
        Column(t("reference", lang), 1.3),
        Column(t("channel", lang), 1.4),
        Column(t("lt.month", lang), 0.7),
        Column(t("lt.idea", lang), 3.4),
        Column(t("lt.cost", lang), 1.2, numeric=True),
    ]
    rows = [
        [
            a.reference,
            channel_text(a.channel, lang, le.channel_names),
            month_text(a.month, lang),
            a.idea,
            money(a.cost, le.currency, lang),
        ]
        for a in le.activities
    ]
    totals = [[t("total", lang), "", "", "", money(le.planned_cost, le.currency, lang)]]
    yield data_table(cols, rows, width, totals=totals, total_label_span=4)


def _rules(le: CommitmentLetter, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    s = styles()
    cur = le.currency
    base = percent(le.base_rate, lang)
    yield CondPageBreak(120)
    yield heading(t("lt.rules", lang))
    yield heading(t("lt.rule_base_title", lang), 3)
    yield para(
        t(
            "lt.rule_base",
            lang,
            base=base,
            minimum=money(le.dealer_minimum, cur, lang),
            volume=money(le.activity_volume, cur, lang),
        )
    )
    example_cost = le.brand_examples[0].cost if le.brand_examples else None
    brand = [
        heading(t("lt.rule_brand_title", lang), 3),
        para(t("lt.rule_brand", lang, base=base, cost=money(example_cost, cur, lang))),
        spacer(1.5),
    ]
    cols = [
        Column(t("lt.shown", lang), 3.0),
        Column(t("lt.rate", lang), 2.2),
        Column(t("lt.reimbursed", lang), 1.4, numeric=True),
    ]
    rows = [
        [
            t("lt.own_only", lang)
            if e.other_brands == 0
            else t("lt.plus_brands", lang, n=e.other_brands, total=e.other_brands + 1),
            rules.rate_explained(e.other_brands, le.base_rate, lang) if e.other_brands else percent(e.rate, lang),
            money(e.reimbursement, cur, lang),
        ]
        for e in le.brand_examples
    ]
    brand.append(data_table(cols, rows, width * 0.75))
    yield KeepTogether(brand)
    bullet = ParagraphStyle("lt_bullet", parent=s.body, leftIndent=12, bulletIndent=3)
    docs = [heading(t("lt.rule_docs_title", lang), 3), para(t("lt.rule_docs", lang))]
    docs += [Paragraph(esc(t(f"lt.doc.{k}", lang)), bullet, bulletText="•") for k in le.documents]
    if le.proofs:
        docs += [spacer(1), para(t("lt.proofs", lang))]
        docs += [
            Paragraph(esc(proof_line(channel, proofs, lang, le.channel_names)), bullet, bulletText="•")
            for channel, proofs in le.proofs
        ]
    docs.append(spacer(1))
    docs.append(para(t("lt.formula", lang)))
    yield KeepTogether(docs)
    cols = [
        Column(t("quarter", lang), 2.0),
        Column(t("lt.quarter_end", lang), 1.6),
        Column(t("lt.deadline", lang), 1.6),
    ]
    rows = [
        [quarter_label(le.year, q.quarter, lang), date_text(q.quarter_end, lang), date_text(q.deadline, lang)]
        for q in le.deadlines
    ]
    yield KeepTogether(
        [
            heading(t("lt.rule_deadlines_title", lang), 3),
            para(t("lt.rule_deadlines", lang, days=le.claim_deadline_days)),
            spacer(1.5),
            data_table(cols, rows, width * 0.75),
        ]
    )


def proof_line(
    channel: str, proofs: Sequence[rules.ProofRequirement], lang: str, names: ChannelNames | None = None
) -> str:
    """ "radio: airplay certificate (required)" in ``lang``."""
    need = {True: t("lt.proof_required", lang), False: t("lt.proof_optional", lang)}
    named = [f"{service_text(document_kind(p.kind), lang)} ({need[p.required]})" for p in proofs]
    return f"{channel_text(channel, lang, names)}: {', '.join(named)}"


def _signatures(lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    s = styles()
    half = (width - 30) / 2
    blocks = []
    for key in ("lt.sign_manufacturer", "lt.sign_dealer"):
        blocks.append(
            Paragraph(
                f"{esc(t(key, lang))}<br/><br/><br/>______________________________<br/>"
                f"<font size='7'>{esc(t('lt.sign_line', lang))}</font>",
                s.body,
            )
        )
    yield KeepTogether([spacer(8), side_by_side(blocks, [half, half], gap=30)])
