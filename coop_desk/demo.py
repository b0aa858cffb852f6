"""A realistic demo programme, run through the services from drafting to closing (or to a chosen stage)."""

from __future__ import annotations

import datetime as dt
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import ROUND_DOWN, Decimal

from coop_desk import rules
from coop_desk.demo_data import (
    CONSOLIDATING_AGENCY,
    EVALUATING_AGENCY,
    FORMS,
    IDEAS,
    MAX_DEALERS,
    NAME_STEMS,
    REGIONS,
    VENDORS,
)
from coop_desk.errors import Refused
from coop_desk.services import Services
from coop_desk.services.claim_views import ClaimInput, DocumentInput
from coop_desk.services.plan_inputs import ActivityInput, ConsolidationInput
from coop_desk.services.plan_views import ConsolidatedRow
from models import ClaimStatus, DocumentKind, Stage

CENT = Decimal("0.01")
Progress = Callable[[int, int, str], None]


@dataclass
class DemoReport:
    """What the demo did, beyond the numbers the summary service gives."""

    year: int
    dealers: int
    stage: Stage
    counts: dict[str, int] = field(default_factory=dict)
    refusals: list[str] = field(default_factory=list)

    def count(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n


class DemoCancelled(Exception):
    """The person cancelled the demo; what was done so far is saved, stage by stage."""


class DemoProgramme:
    """Builds the demo year step by step. ``until`` stops once the year has entered that stage."""

    def __init__(
        self,
        services: Services,
        *,
        year: int,
        dealers: int = 40,
        seed: int = 2027,
        until: Stage = Stage.CLOSED,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> None:
        if not 1 <= dealers <= MAX_DEALERS:
            raise ValueError(f"the demo needs between 1 and {MAX_DEALERS} dealers")
        self.s = services
        self.year = year
        self.n = dealers
        self.rnd = random.Random(seed)
        self._scan_rnd = random.Random(seed + 1)  # the scans' own: the programme is the same with or without them
        self.until = until
        self._progress = progress or (lambda done, total, message: None)
        self._cancel = should_cancel or (lambda: False)
        self._clock = dt.date(year - 1, 7, 1)
        services.ctx.today = lambda: self._clock
        self.report = DemoReport(year, dealers, Stage.DRAFTING)
        self.codes: list[str] = []
        self._proofs: rules.ProofTable = {}  # the year's proofs of performance per channel (R7)

    # -- the cycle -----------------------------------------------------------------------------
    def run(self) -> DemoReport:
        steps: list[tuple[str, Callable[[], None]]] = [
            ("setting up the year and dealers", self._set_up),
            ("dealers send their drafts", self._drafting),
            ("the agency consolidates", self._consolidation),
            ("scoring and allocation", self._allocation),
            ("mockups, claims and payments", self._execution),
            ("the independent evaluation", self._evaluation),
        ]
        stop_after = {
            Stage.DRAFTING: 1,
            Stage.CONSOLIDATION: 2,
            Stage.ALLOCATION: 3,
            Stage.EXECUTION: 4,
            Stage.EVALUATION: 5,
            Stage.CLOSED: 6,
        }[self.until]
        for i, (message, step) in enumerate(steps[:stop_after], start=1):
            if self._cancel():
                raise DemoCancelled(f"cancelled before: {message}")
            self._progress(i - 1, stop_after, message)
            step()
        self._progress(stop_after, stop_after, "done")
        self.report.stage = self.s.years.get(self.year).stage
        return self.report

    def _at(self, day: dt.date) -> None:
        self._clock = day

    def _set_up(self) -> None:
        self._at(dt.date(self.year - 1, 7, 1))
        self.s.years.create_year(
            self.year,
            budget=Decimal(0),
            consolidating_agency=CONSOLIDATING_AGENCY,
            evaluating_agency=EVALUATING_AGENCY,
        )
        regions = list(REGIONS)
        for i in range(1, self.n + 1):
            code = f"D{i:03d}"
            region = regions[(i - 1) % len(regions)]
            city = self.rnd.choice(REGIONS[region])
            stem = NAME_STEMS[(i - 1) % len(NAME_STEMS)]
            suffix = "" if i <= len(NAME_STEMS) else f"-{city}"
            form = self.rnd.choice(FORMS)
            name = f"{form} «{stem}{suffix}»" if form != "ИП" else f"ИП «{stem}{suffix}»"
            slug = f"d{i:03d}"
            self.s.dealers.register(
                code,
                name,
                region,
                city=city,
                legal_name=name,
                email=f"marketing@{slug}.example.ru",
                phone=f"+7 9{self.rnd.randint(10, 99)} {self.rnd.randint(100, 999)}-{self.rnd.randint(10, 99)}-"
                f"{self.rnd.randint(10, 99)}",
            )
            self.codes.append(code)
        self.report.count("dealers", self.n)

    def _drafting(self) -> None:
        channels = list(self.s.years.get(self.year).channels)
        silent = set(self.rnd.sample(self.codes, k=min(2, max(0, self.n - 1))))
        for i, code in enumerate(self.codes):
            if code in silent:
                continue
            self._at(dt.date(self.year - 1, 8, 1) + dt.timedelta(days=i % 28))
            self.s.plans.record_draft(
                self.year,
                code,
                self._activities(channels),
                h1_review="Первое полугодие: лучше всего сработали выставки и наружная реклама; "
                "радио дало мало обращений.",
                regional_notes="Сезон продаж начинается в апреле; сильная конкуренция в областном центре.",
                source="demo",
            )
            self.report.count("drafts")
            if self.rnd.random() < 0.1:  # a corrected file replaces the draft; the first version is kept
                self.s.plans.record_draft(self.year, code, self._activities(channels), source="demo (corrected)")
                self.report.count("corrected drafts")
        self.report.count("dealers without a draft", len(silent))
        self.s.years.advance(self.year, confirm_missing=True)

    def _activities(self, channels: list[str]) -> list[ActivityInput]:
        out = []
        for _ in range(self.rnd.randint(2, 6)):
            channel = self.rnd.choice(channels)
            cost = Decimal(self.rnd.randrange(2000, 30000, 100))
            if self.rnd.random() < 0.2:
                cost += Decimal(self.rnd.randint(1, 99)) * CENT
            ideas = IDEAS.get(channel, IDEAS["other"])
            out.append(ActivityInput(channel, self.rnd.randint(1, 12), cost, self.rnd.choice(ideas)))
        return out

    def _consolidation(self) -> None:
        self._at(dt.date(self.year - 1, 9, 20))
        rows = []
        for act in self.s.plans.activities(self.year):
            r = self.rnd.random()
            included = r >= 0.12
            costed = None
            if included and self.rnd.random() < 0.35:
                costed = (act.planned_cost * Decimal(self.rnd.randint(85, 110)) / 100).quantize(CENT, ROUND_DOWN)
            rows.append(
                ConsolidationInput(
                    act.reference,
                    included,
                    placement=f"{act.region}: {act.channel}" if included else "",
                    vendor=self.rnd.choice(VENDORS) if included else "",
                    costed_amount=costed,
                    note="" if included else "Дублирует региональную кампанию; исключено агентством",
                )
            )
        self.s.plans.record_consolidation(self.year, rows, agency=CONSOLIDATING_AGENCY, source="demo")
        self.report.count("activities", len(rows))
        self.report.count("activities dropped by the agency", sum(1 for r in rows if not r.included))
        self.s.years.advance(self.year)

    def _allocation(self) -> None:
        self._at(dt.date(self.year - 1, 10, 10))
        criteria = [c.name for c in self.s.years.get(self.year).criteria]
        for code in self.codes:
            quality = self.rnd.random()
            points = {}
            for name in criteria:
                base = 1 if quality < 0.08 else 3 + int(quality * 6)
                points[name] = Decimal(max(0, min(10, base + self.rnd.randint(-2, 2))))
            self.s.dealers.record_scores(self.year, code, points)
        trial = self.s.allocation.what_if(self.year, budget=Decimal(10) ** 9)
        # The manufacturer funds about four fifths of what the dealers ask for: the water-filling rule decides.
        budget = (trial.total_demand * Decimal("0.8") / 1000).to_integral_value(ROUND_DOWN) * 1000
        self._at(dt.date(self.year - 1, 10, 25))
        self.s.allocation.what_if(self.year, budget=budget)
        self.s.allocation.freeze(self.year, budget=budget)
        self.s.years.advance(self.year)

    def _execution(self) -> None:
        frozen = self.s.allocation.current(self.year)
        assert frozen is not None
        funded = {ln.dealer_code for ln in frozen.lines if ln.amount > 0}
        plan = [r for r in self.s.plans.consolidated(self.year) if r.included and r.dealer_code in funded]
        approved: dict[str, tuple[int, dt.date, ConsolidatedRow]] = {}
        for row in sorted(plan, key=lambda r: (r.month, r.reference)):
            month_start = dt.date(self.year, row.month, 1)
            submitted = month_start - dt.timedelta(days=25)
            self._at(submitted)
            other = 0 if self.rnd.random() < 0.75 else (1 if self.rnd.random() < 0.7 else 2)
            picture = self._picture(row, 0 if self.rnd.random() < 0.5 else other, 1)
            mockup_id = self.s.mockups.submit(
                self.year, row.reference, title=f"Макет: {row.idea}", attachment_id=picture
            ).ids[0]
            self.report.count("mockups")
            self._at(submitted + dt.timedelta(days=3))
            r = self.rnd.random()
            if r < 0.06:
                self.s.mockups.reject(mockup_id, "Не соответствует единому стилю бренда")
                self.report.count("mockups rejected")
                continue
            if r < 0.16:
                self.s.mockups.request_changes(mockup_id, "Уберите логотип конкурента и добавьте слоган")
                self.report.count("mockups changed on request")
                self._at(submitted + dt.timedelta(days=8))
                picture = self._picture(row, other, 2)
                mockup_id = self.s.mockups.submit(
                    self.year, row.reference, title=f"Макет v2: {row.idea}", attachment_id=picture
                ).ids[0]
                self._at(submitted + dt.timedelta(days=10))
            self.s.mockups.approve(mockup_id, other, decided_on=self._clock)
            approved[row.reference] = (mockup_id, self._clock, row)
        for quarter in range(1, 5):
            due = [v for v in approved.values() if rules.quarter_of(dt.date(self.year, v[2].month, 1)) == quarter]
            self._quarter(quarter, due)
        self._at(dt.date(self.year + 1, 1, 20))
        self.s.years.advance(self.year, confirm_missing=True)

    def _picture(self, row: ConsolidatedRow, other_brands: int, version: int) -> int:
        """A mockup picture showing ``other_brands`` other brands, stored as an attachment."""
        from coop_desk.demo_mockups import mockup_png

        city = self.s.dealers.get(row.dealer_code).city
        data = mockup_png(
            row.idea, row.dealer_name, city, other_brands, seed=zlib.crc32(f"{row.reference}-{version}".encode())
        )
        return self.s.attachments.add(data, f"{row.reference}-v{version}.png").id

    def _scan(self, claim: ClaimInput, row: ConsolidatedRow, kind: DocumentKind, number: str, day: dt.date) -> bytes:
        """The scan of a claim's invoice, payment order or act."""
        from coop_desk.demo_scans import claim_scan

        paid = claim.paid_amount if kind != DocumentKind.INVOICE else None
        return claim_scan(
            kind,
            number=number,
            day=day,
            dealer=row.dealer_name,
            vendor=row.vendor or "ООО «Медиа»",
            idea=row.idea,
            amount=paid if paid is not None else claim.invoice_amount,
            currency=claim.currency or "EUR",
        )

    def _with_scans(
        self, claim: ClaimInput, row: ConsolidatedRow, approved_on: dt.date, act_date: dt.date
    ) -> ClaimInput:
        """The claim with its scans stored: invoice, payment order, act (when given) and the proofs its channel
        asks for, each proof dated inside its window (after the mockup's approval, by the act)."""
        from coop_desk.demo_scans import proof_file

        store = self.s.attachments.add
        invoice = store(
            self._scan(claim, row, DocumentKind.INVOICE, claim.invoice_number, claim.invoice_date),
            f"счёт {claim.invoice_number.replace('/', '-')}.jpg",
        ).id
        documents = [
            DocumentInput(
                DocumentKind.PAYMENT_ORDER,
                store(
                    self._scan(
                        claim,
                        row,
                        DocumentKind.PAYMENT_ORDER,
                        claim.payment_order_number,
                        claim.payment_order_date or claim.invoice_date,
                    ),
                    f"{claim.payment_order_number}.jpg",
                ).id,
            )
        ]
        if claim.act_date is not None:
            data = self._scan(claim, row, DocumentKind.ACT, claim.act_number, claim.act_date)
            documents.append(DocumentInput(DocumentKind.ACT, store(data, f"акт {claim.act_number}.jpg").id))
        span = max((act_date - approved_on).days, 0)
        for proof in rules.proofs_for(self._proofs, row.channel):
            day = approved_on + dt.timedelta(days=self._scan_rnd.randint(min(1, span), span)) if span else act_date
            seed = zlib.crc32(f"{claim.invoice_number}-{proof.kind.value}".encode())
            data, name = proof_file(proof.kind, day=day, dealer=row.dealer_name, idea=row.idea, seed=seed)
            documents.append(DocumentInput(proof.kind, store(data, name).id, day))
        return replace(claim, attachment_id=invoice, documents=tuple(documents))

    # Long: the demo's claims of one quarter, step by step as a finance clerk files, checks and pays them.
    def _quarter(self, quarter: int, items: list[tuple[int, dt.date, ConsolidatedRow]]) -> None:
        year_view = self.s.years.get(self.year)
        self._proofs = year_view.proofs
        q_end = rules.quarter_end(self.year, quarter)
        filed: list[int] = []
        invoices: list[tuple[str, ClaimInput]] = []
        for n, (_mockup_id, approved_on, row) in enumerate(items, start=1):
            kind = self.rnd.random()
            cost = (row.cost * Decimal(self.rnd.randint(90, 105)) / 100).quantize(CENT)
            invoice_date = max(dt.date(self.year, row.month, 5), approved_on + dt.timedelta(days=1))
            act_date = max(dt.date(self.year, row.month, 25), invoice_date)
            if kind < 0.04:  # the ad ran before its mockup was approved
                act_date = approved_on - dt.timedelta(days=4)
                invoice_date = act_date - dt.timedelta(days=3)
            currency, rate, amount = year_view.currency, None, cost
            if 0.04 <= kind < 0.08:  # a vendor invoicing in US dollars
                currency, rate = "USD", Decimal("0.92")
                amount = (cost / rate).quantize(CENT)
            paid = amount if self.rnd.random() > 0.05 else (amount * Decimal("0.8")).quantize(CENT)
            missing_act = 0.08 <= kind < 0.14
            claim = ClaimInput(
                reference=row.reference,
                invoice_number=f"{row.dealer_code}/{quarter}-{n:03d}",
                invoice_date=invoice_date,
                invoice_amount=amount,
                currency=currency,
                exchange_rate=rate,
                vendor=row.vendor,
                payment_order_number=f"ПП-{self.rnd.randint(100, 9999)}",
                payment_order_date=invoice_date + dt.timedelta(days=7),
                paid_amount=paid,
                act_number="" if missing_act else f"А-{self.rnd.randint(10, 999)}",
                act_date=None if missing_act else act_date,
                quarter=quarter,
            )
            claim = self._with_scans(claim, row, approved_on, act_date)
            late = 0.14 <= kind < 0.20
            filed_on = q_end + dt.timedelta(days=self.rnd.randint(45, 60) if late else self.rnd.randint(3, 25))
            self._at(filed_on)
            result = self.s.claims.file(self.year, row.dealer_code, claim, filed_on=filed_on)
            self.report.count(f"claims {result.status.value}")
            if result.late:
                self.report.count("claims late")
            filed.append(result.claim_id)
            invoices.append((row.dealer_code, claim))
            if missing_act:
                self._at(filed_on + dt.timedelta(days=5))
                act_number = f"А-{self.rnd.randint(10, 999)}"  # drawn as before the scans existed
                self.s.claims.attach_data(
                    result.claim_id,
                    DocumentKind.ACT,
                    self._scan(claim, row, DocumentKind.ACT, act_number, act_date),
                    f"акт {act_number}.jpg",
                )
                self.s.claims.complete(result.claim_id, act_number=act_number, act_date=act_date)
                self.report.count("claims completed after return")
        for dealer_code, claim in self.rnd.sample(invoices, k=min(len(invoices), max(1, len(invoices) // 25))):
            try:  # a dealer sends the same invoice again: refused (R8)
                self.s.claims.file(self.year, dealer_code, claim, filed_on=self._clock)
            except Refused as exc:
                self.report.count("duplicate claims refused")
                self.report.refusals.extend(exc.lines())
        self._at(q_end + dt.timedelta(days=62))
        for claim_id in filed:
            view = self.s.claims.get(claim_id)
            if view.status == ClaimStatus.RETURNED:  # the act predates the approval, and the dealer confirms it
                self.s.claims.reject(claim_id, "Дилер подтвердил дату акта: реклама вышла до одобрения макета")
                self.report.count("claims rejected after return")
                continue
            if view.status != ClaimStatus.SUBMITTED:
                continue
            if view.late:
                if self.rnd.random() < 0.5:
                    self.s.claims.override_late(claim_id, "Задержка по вине подрядчика; согласовано с директором")
                    self.report.count("late claims accepted by override")
                else:
                    self.s.claims.reject(claim_id, "Подано после срока; исключение не согласовано")
                    continue
            self.s.claims.approve(claim_id)
        self._at(q_end + dt.timedelta(days=70))
        by_dealer: dict[str, list[int]] = {}
        for claim_id in filed:
            view = self.s.claims.get(claim_id)
            if view.status == ClaimStatus.APPROVED and view.reimbursement:
                by_dealer.setdefault(view.dealer_code, []).append(claim_id)
        for dealer_code, ids in sorted(by_dealer.items()):
            amount = sum((self.s.claims.get(i).reimbursement or Decimal(0) for i in ids), Decimal(0))
            self.s.claims.record_payment(
                self.year, dealer_code, self._clock, amount, ids, reference=f"ПП-{self.year}-Q{quarter}-{dealer_code}"
            )
            self.report.count("payments")
        self._at(q_end + dt.timedelta(days=75))
        self.s.claims.close_quarter(self.year, quarter)

    def _evaluation(self) -> None:
        from coop_desk.services.evaluation import EfficiencyInput

        self._at(dt.date(self.year + 1, 1, 25))
        claimed = {c.reference for c in self.s.claims.list_claims(self.year) if c.status == ClaimStatus.PAID}
        rows = []
        for ref in sorted(claimed):
            reach = self.rnd.randint(2000, 200000)
            leads = self.rnd.randint(0, max(1, reach // 400))
            sales = self.rnd.randint(0, max(0, leads // 3)) if self.rnd.random() > 0.15 else 0
            comment = "Окупилось" if sales else "Не окупилось: рекомендуем исключить в следующем году"
            rows.append(
                EfficiencyInput(ref, reach, leads, sales, Decimal(sales * self.rnd.randint(300, 2500)), comment)
            )
        if rows:
            self.s.evaluation.import_results(self.year, rows, agency=EVALUATING_AGENCY, source="demo")
            self.report.count("efficiency results", len(rows))
            self.s.years.advance(self.year)
