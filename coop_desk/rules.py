"""The rules of the money (DESIGN.md R1-R8), as pure functions: their one home.

Every rule has one definition, here or in a pure sibling module this one re-exports, and every service,
workbook, document and screen calls it (``tests/unit/test_rules_home.py`` holds the source to that):

* this module names the home and re-exports its pure siblings, split by job:
* :mod:`coop_desk.rules_scores`: R1 score and coefficient (``score_figures``), R2 cap and eligibility, R3 the
  dealer's share;
* :mod:`coop_desk.rules_allocation`: R4 request and demand, R5 allocation;
* :mod:`coop_desk.rules_claims`: R6 rate and its formula text (``rate_formula``, ``rate_explained``: the
  window's, the workbooks' and the documents' one renderer), R7 claim amounts;
* :mod:`coop_desk.rules_invoices`: R8 invoice keys;
* :mod:`coop_desk.rules_requisites`: a dealer's requisites (INN, KPP, OGRN, BIC, accounts and their check digits);
* :mod:`coop_desk.rules_proofs`: R7's proofs of performance per channel and the window a proof's date falls in;
* :mod:`coop_desk.rules_exact`: the exact arithmetic they share (contexts, input checks, ``round_half_up_cents``);
* :mod:`coop_desk.rules_calendar`: quarters, the claim deadline and lateness (R7), the quarter a claim
  counts in, and ``COUNTED``, the claim statuses whose amounts use up an allocation;
* :mod:`coop_desk.metrics` (imported on its own): the efficiency figures of the reports.

Everything here takes and returns :class:`decimal.Decimal` (or ints and dates), never
inexact binary numbers, touches no database and no Qt. Arithmetic that must be exact is
done either in integers (cents, scaled coefficients) or in a wide Decimal context with
``Inexact`` trapped, so a result is never rounded except where a rule says so, and then
with the rounding the rule names.

Choices made where DESIGN.md leaves room (each is documented on its function):

* ``exact_coefficient`` (R1) is the exact fraction ``S / S_max``: every rule (R2, R5) takes it.
  ``coefficient`` rounds it half-up to 6 decimal places, to be shown (and stored beside S and
  S_max for people); no rule uses that rounded value.
* ``reimbursement_rate`` (R6) returns ``base / (1 + other_brands)`` to 50 significant
  digits rounded *up* (ceiling), so that ``claim_reimbursement`` with that rate gives
  exactly the same cents as the exact rational rule (see ``claim_reimbursement``).
* ``dealer_cap`` (R2) rounds the exact rational value down to a multiple of 100.
* ``allocate`` (R5) is computed exactly in integers (cents, and coefficients over an exact
  common denominator).
"""

from __future__ import annotations

from coop_desk.rules_allocation import allocate, counted_cost, dealer_demand, dealer_request, request_cents
from coop_desk.rules_calendar import (
    COUNTED,
    claim_deadline,
    counted_quarter,
    first_late_day,
    is_late,
    quarter_end,
    quarter_of,
    quarter_start,
    work_quarter,
)
from coop_desk.rules_claims import (
    ClaimExplanation,
    claim_reimbursement,
    convert_currency,
    explain_claim,
    rate_explained,
    rate_formula,
    reimbursement_rate,
)
from coop_desk.rules_exact import Coefficient, round_half_up_cents
from coop_desk.rules_invoices import (
    INVOICE_IGNORED,
    INVOICE_KEY_LIMIT,
    INVOICE_LOOKALIKES,
    invoice_ignores,
    invoice_key,
)
from coop_desk.rules_proofs import (
    DEFAULT_PROOFS,
    ProofRequirement,
    ProofTable,
    default_table,
    missing_proofs,
    proof_date_in_window,
    proofs_for,
    read_table,
    stored_table,
)
from coop_desk.rules_requisites import (
    REQUISITE_FIELDS,
    REQUISITE_LABELS,
    account_key_ok,
    check_requisites,
    inn_check_ok,
    normal_requisites,
    ogrn_check_ok,
)
from coop_desk.rules_scores import (
    ScoreFigures,
    activity_volume,
    coefficient,
    dealer_cap,
    dealer_minimum,
    dealer_score,
    eligible,
    exact_coefficient,
    score_figures,
    shown_coefficient,
)

__all__ = [
    "COUNTED",
    "DEFAULT_PROOFS",
    "ProofRequirement",
    "ProofTable",
    "default_table",
    "missing_proofs",
    "proof_date_in_window",
    "proofs_for",
    "read_table",
    "stored_table",
    "REQUISITE_FIELDS",
    "REQUISITE_LABELS",
    "account_key_ok",
    "check_requisites",
    "inn_check_ok",
    "normal_requisites",
    "ogrn_check_ok",
    "ClaimExplanation",
    "Coefficient",
    "INVOICE_IGNORED",
    "INVOICE_KEY_LIMIT",
    "INVOICE_LOOKALIKES",
    "ScoreFigures",
    "activity_volume",
    "allocate",
    "claim_deadline",
    "claim_reimbursement",
    "coefficient",
    "convert_currency",
    "counted_cost",
    "counted_quarter",
    "dealer_cap",
    "dealer_demand",
    "dealer_minimum",
    "dealer_request",
    "dealer_score",
    "eligible",
    "exact_coefficient",
    "explain_claim",
    "first_late_day",
    "invoice_ignores",
    "invoice_key",
    "is_late",
    "quarter_end",
    "quarter_of",
    "quarter_start",
    "rate_explained",
    "rate_formula",
    "reimbursement_rate",
    "request_cents",
    "round_half_up_cents",
    "score_figures",
    "shown_coefficient",
    "work_quarter",
]
