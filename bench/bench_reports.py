"""Benchmarks of the PDF documents: the quarterly finance report at 5,000 dealers with 4 claims each.

The read model is built synthetically in memory (no database); only writing the PDF is timed.
``python -m bench.bench_reports`` also prints the page count and the peak memory (tracemalloc)
of writing the report for 1,000 and for 5,000 dealers, to show that memory grows linearly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.harness import Benchmark
from coop_desk.rules import COUNTED, claim_deadline, quarter_end, quarter_start, reimbursement_rate
from coop_desk.services.quarterly_model import (
    Bucket,
    DealerQuarter,
    DueRow,
    ExceptionRow,
    PaymentRow,
    Position,
    QuarterClaim,
    QuarterlyReport,
    QuarterPeriod,
    Reconciliation,
    ReconciliationLine,
    claim_totals,
)
from models import ClaimStatus, Stage

REPORT_DEALERS = 5_000
CLAIMS_PER_DEALER = 4
TARGET_S = 8.0  # ok-float (seconds)
_SEED = 20270401
_CHANNELS = ("press", "outdoor", "radio", "TV", "exhibition", "seminar", "online", "point-of-sale materials")
_REGIONS = {
    "Центральный": ("Москва", "Тула", "Рязань"),
    "Северо-Западный": ("Санкт-Петербург", "Великий Новгород"),
    "Приволжский": ("Казань", "Самара", "Нижний Новгород"),
    "Уральский": ("Екатеринбург", "Тюмень", "Челябинск"),
    "Сибирский": ("Новосибирск", "Иркутск"),
    "Южный": ("Ростов-на-Дону", "Краснодар", "Волгоград"),
}
_STEMS = ("Аквастрой", "Водолей", "Гидромаш", "Термекс", "Сантехкомплект", "Энергия воды", "Насос & Ко <юг>")
_CENT = Decimal("0.01")


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)).scaleb(-2)


def synthetic_report(dealers: int, claims_per_dealer: int = CLAIMS_PER_DEALER, seed: int = _SEED) -> QuarterlyReport:
    """A realistic quarterly read model for ``dealers`` dealers, built in memory (totals consistent)."""
    rng = random.Random(seed)
    year, quarter, base = 2027, 2, Decimal("0.5")
    regions = list(_REGIONS)
    sections: list[DealerQuarter] = []
    payments: list[PaymentRow] = []
    due: list[DueRow] = []
    exceptions: list[ExceptionRow] = []
    claim_id = 0
    for i in range(1, dealers + 1):
        code = f"D{i:05d}"
        region = regions[i % len(regions)]
        city = rng.choice(_REGIONS[region])
        name = f"ООО «{_STEMS[i % len(_STEMS)]}-{city}»"
        allocated = _money(rng, 10_000, 50_000)
        claims = []
        for k in range(claims_per_dealer):
            claim_id += 1
            invoiced = _money(rng, 500, 30_000)
            others = rng.choice((0, 0, 0, 1, 2))
            status = rng.choices(
                (ClaimStatus.PAID, ClaimStatus.APPROVED, ClaimStatus.REJECTED, ClaimStatus.SUBMITTED),
                weights=(70, 15, 5, 10),
            )[0]
            counted = status in COUNTED
            rate = reimbursement_rate(others, base) if counted else None
            approved = (invoiced * rate).quantize(_CENT) if rate is not None else Decimal("0.00")
            paid = approved if status == ClaimStatus.PAID else Decimal("0.00")
            late = rng.random() < 0.03
            reason = "акт приёмки датирован раньше одобрения макета (R7)" if status == ClaimStatus.REJECTED else ""
            claims.append(
                QuarterClaim(
                    claim_id=claim_id,
                    invoice_number=f"{code}/{quarter}-{k + 1:03d}",
                    invoice_date=dt.date(year, 4 + k % 3, 1 + k),
                    reference=f"{code}-{year}-{k + 1:02d}",
                    channel=_CHANNELS[(i + k) % len(_CHANNELS)],
                    filed_on=dt.date(year, 7, 10),
                    invoiced=invoiced,
                    paid_by_dealer=invoiced,
                    currency="EUR",
                    other_brands=others,
                    rate=rate,
                    approved=approved,
                    paid=paid,
                    status=status,
                    late=late,
                    reason=reason,
                )
            )
            if late or status == ClaimStatus.REJECTED:
                exceptions.append(
                    ExceptionRow(
                        code,
                        name,
                        claims[-1].reference,
                        claims[-1].invoice_number,
                        invoiced,
                        dt.date(year, 7, 10),
                        status,
                        late,
                        reason,
                        "finance" if late else "",
                        "согласовано" if late else "",
                    )  # fmt: skip
                )
            if status == ClaimStatus.APPROVED:
                due.append(DueRow(code, name, quarter, claims[-1].reference, claims[-1].invoice_number, approved,
                                  Decimal("0.00"), approved))  # fmt: skip
        subtotal = claim_totals(claims)
        if subtotal.paid:
            payments.append(PaymentRow(dt.date(year, 6, 20), code, name, f"ПП-{year}-Q2-{code}", 3, subtotal.paid))
        used = subtotal.approved
        sections.append(
            DealerQuarter(code, name, region, city, tuple(claims), subtotal, allocated, used, allocated - used)
        )
    totals = claim_totals(c for d in sections for c in d.claims)
    zero = Decimal("0.00")
    position = Position(
        budget=sum((d.allocated for d in sections), zero),
        allocated=sum((d.allocated for d in sections), zero),
        used_to_date=sum((d.used_to_date for d in sections), zero),
        remaining=sum((d.remaining for d in sections), zero),
        payments_in_quarter=sum((p.amount for p in payments), zero),
        due_to_date=sum((r.due for r in due), zero),
    )

    def bucket(key_of: Callable[[DealerQuarter, QuarterClaim], str]) -> tuple[Bucket, ...]:
        groups: dict[str, list[QuarterClaim]] = {}
        members: dict[str, set[str]] = {}
        for d in sections:
            for c in d.claims:
                groups.setdefault(key_of(d, c), []).append(c)
                members.setdefault(key_of(d, c), set()).add(d.code)
        return tuple(Bucket(k, len(members[k]), claim_totals(groups[k])) for k in sorted(groups))

    lines = tuple(
        ReconciliationLine(key, Decimal(value), Decimal(value), is_count=isinstance(value, int))
        for key, value in (
            ("claims", totals.claims),
            ("approved", totals.approved),
            ("paid", totals.paid),
            ("allocated", position.allocated),
            ("payments_in_quarter", position.payments_in_quarter),
        )
    )
    return QuarterlyReport(
        year=year,
        currency="EUR",
        language="ru",
        stage=Stage.EXECUTION,
        base_rate=base,
        period=QuarterPeriod(
            year,
            quarter,
            quarter_start(year, quarter),
            quarter_end(year, quarter),
            claim_deadline(year, quarter, 30),
            None,
            "",
        ),
        totals=totals,
        position=position,
        dealers=tuple(sections),
        by_channel=bucket(lambda d, c: c.channel),
        by_region=bucket(lambda d, c: d.region),
        exceptions=tuple(exceptions),
        payments=tuple(payments),
        still_due=tuple(due),
        reconciliation=Reconciliation(lines),
    )


def _write(report: QuarterlyReport, path: Path) -> None:
    from reports.pdf.quarterly import write_quarterly_report

    write_quarterly_report(report, path, "ru", generated_at=dt.datetime(2027, 7, 15, 9, 0, tzinfo=dt.UTC))


def _quarterly_pdf(args: argparse.Namespace) -> Callable[[], object]:
    report = synthetic_report(REPORT_DEALERS)
    path = Path(tempfile.mkdtemp(prefix="coopdesk-bench-")) / "quarterly.pdf"
    return lambda: _write(report, path)


def pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def measure(dealers: int, folder: Path) -> tuple[int, float, int]:  # ok-float (seconds)
    """Pages, seconds and peak traced memory (bytes) of writing the report for ``dealers`` dealers."""
    report = synthetic_report(dealers)
    path = folder / f"quarterly-{dealers}.pdf"
    start = time.perf_counter()
    _write(report, path)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    _write(report, path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return pages(path), seconds, peak


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="coopdesk-bench-"))
    _write(synthetic_report(10), folder / "warm-up.pdf")  # fonts and imports
    results = {n: measure(n, folder) for n in (1_000, REPORT_DEALERS)}
    for n, (n_pages, seconds, peak) in results.items():
        print(
            f"quarterly PDF, {n} dealers × {CLAIMS_PER_DEALER} claims: {n_pages} pages, {seconds:.2f} s, "
            f"peak memory {peak / 2**20:.1f} MiB ({peak / n_pages / 1024:.0f} KiB per page)"
        )
    (p1, _, m1), (p5, s5, m5) = results[1_000], results[REPORT_DEALERS]
    print(f"5× the dealers: {p5 / p1:.2f}× the pages, {m5 / m1:.2f}× the peak memory (linear: about 5×)")
    verdict = "ok" if s5 <= TARGET_S else "SLOW"
    print(f"target ≤ {TARGET_S:.0f} s at {REPORT_DEALERS} dealers: {verdict}")
    return 0 if verdict == "ok" else 1


BENCHMARKS: list[Benchmark] = [
    Benchmark(
        name="quarterly PDF",
        run=_quarterly_pdf,
        size=lambda a: f"{REPORT_DEALERS} dealers × {CLAIMS_PER_DEALER} claims",
        target_s=TARGET_S,
        note="synthetic read model, only the PDF writing is timed (python -m bench.bench_reports: pages, memory)",
    ),
]


if __name__ == "__main__":
    sys.exit(main())
