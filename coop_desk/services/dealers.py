"""Regions, dealers and their scores (R1)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from coop_desk import rules, words
from coop_desk.criterion_names import criterion_code
from coop_desk.errors import Conflict, InvalidInput, NotFound, Problem, Refused
from coop_desk.services.base import (
    Changes,
    Entity,
    ServiceContext,
    audit,
    get_year,
    integrity_as,
    require_stage,
    snapshot,
    too_long,
)
from coop_desk.services.lookup import get_dealer
from coop_desk.text import Text
from models import Allocation, Claim, Dealer, DealerScore, ProgrammeYear, Region, ScoringCriterion
from models.enums import ClaimStatus

CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{1,15}$")
DEALER_FIELDS = ("name", "region", "city", "legal_name", "email", "phone", "active", *rules.REQUISITE_FIELDS)
#: A claim still being worked on: not yet paid, rejected or settled.
OPEN_CLAIM_STATUSES = (ClaimStatus.SUBMITTED, ClaimStatus.RETURNED, ClaimStatus.APPROVED)


@dataclass(frozen=True)
class DealerView:
    id: int
    code: str
    name: str
    region: str
    city: str
    legal_name: str
    email: str
    phone: str
    active: bool
    version: int
    # requisites (coop_desk.rules_requisites): "" = not given
    inn: str = ""
    kpp: str = ""
    ogrn: str = ""
    legal_address: str = ""
    bank_name: str = ""
    bic: str = ""
    account: str = ""
    corr_account: str = ""

    @property
    def requisites(self) -> dict[str, str]:
        """The requisite fields, in their order (``rules.REQUISITE_FIELDS``)."""
        return {key: getattr(self, key) for key in rules.REQUISITE_FIELDS}


@dataclass(frozen=True)
class ScoreView:
    """A dealer's score for a year: points per criterion, S, k and the cap (R1, R2)."""

    dealer_code: str
    dealer_name: str
    region: str
    points: tuple[tuple[str, Decimal | None], ...]
    score: Decimal
    max_score: Decimal
    coefficient: Decimal  # k as shown: rounded to 6 places; the rules take ``k``
    cap: Decimal

    @property
    def complete(self) -> bool:
        return all(p is not None for _, p in self.points)

    @property
    def k(self) -> Fraction:
        """The exact coefficient ``S / S_max`` (R1): the one the cap and the allocation use."""
        return rules.exact_coefficient(self.score, self.max_score)


def dealer_view(d: Dealer) -> DealerView:
    return DealerView(
        d.id,
        d.code,
        d.name,
        d.region.name,
        d.city,
        d.legal_name,
        d.email,
        d.phone,
        d.active,
        d.version,
        **{key: getattr(d, key) for key in rules.REQUISITE_FIELDS},
    )


#: The column each text field of a dealer is stored in (its length is the limit).
_FIELD_COLUMNS = {
    "name": (Text("name"), Dealer.name),
    "region": (Text("region"), Region.name),
    "city": (Text("city"), Dealer.city),
    "legal_name": (Text("legal name"), Dealer.legal_name),
    "email": (Text("email"), Dealer.email),
    "phone": (Text("phone"), Dealer.phone),
    "legal_address": (Text("legal address"), Dealer.legal_address),
    "bank_name": (Text("bank"), Dealer.bank_name),
}


def _check_dealer_fields(values: Mapping[str, object]) -> list[Problem]:
    problems = []
    if "name" in values and not str(values["name"]).strip():
        problems.append(Problem(Text("name"), Text("must not be empty")))
    if "region" in values and not str(values["region"]).strip():
        problems.append(Problem(Text("region"), Text("must not be empty")))
    for key, (label, column) in _FIELD_COLUMNS.items():
        if key in values and (long := too_long(label, values[key], column)) is not None:
            problems.append(long)
    email = str(values.get("email", "") or "")
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        problems.append(Problem(Text("email"), Text("{value} is not an e-mail address", value=repr(email))))
    return problems


def _in_dealer(code: str, problem: Problem) -> Problem:
    return Problem(Text("dealer {code}: {field}", code=code, field=problem.where), problem.message)


class DealerService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- dealers -------------------------------------------------------------------------------
    def list_dealers(self, *, active_only: bool = False) -> list[DealerView]:
        with self._ctx.db.reading() as s:
            stmt = select(Dealer).join(Dealer.region).order_by(Dealer.code)
            if active_only:
                stmt = stmt.where(Dealer.active)
            return [dealer_view(d) for d in s.scalars(stmt)]

    def get(self, code: str) -> DealerView:
        with self._ctx.db.reading() as s:
            return dealer_view(get_dealer(s, code))

    def list_regions(self) -> list[str]:
        with self._ctx.db.reading() as s:
            return list(s.scalars(select(Region.name).order_by(Region.name)))

    def register(
        self,
        code: str,
        name: str,
        region: str,
        *,
        city: str = "",
        legal_name: str = "",
        email: str = "",
        phone: str = "",
        inn: str = "",
        kpp: str = "",
        ogrn: str = "",
        legal_address: str = "",
        bank_name: str = "",
        bic: str = "",
        account: str = "",
        corr_account: str = "",
    ) -> Changes:
        """Register a dealer, with its requisites if given (all optional; checked by ``rules.check_requisites``)."""
        code = code.strip().upper()
        requisites = rules.normal_requisites(
            {
                "inn": inn,
                "kpp": kpp,
                "ogrn": ogrn,
                "legal_address": legal_address,
                "bank_name": bank_name,
                "bic": bic,
                "account": account,
                "corr_account": corr_account,
            }
        )
        problems = (
            []
            if CODE_PATTERN.match(code)
            else [
                Problem(
                    Text("code"),
                    Text("{value} must be a letter then 1–15 letters or digits, e.g. D014", value=repr(code)),
                )
            ]
        )
        problems += _check_dealer_fields(
            {"name": name, "region": region, "city": city, "legal_name": legal_name, "email": email, "phone": phone}
            | requisites
        )
        problems += rules.check_requisites(requisites)
        if problems:
            raise InvalidInput(*problems)
        with self._ctx.unit() as s:
            if s.scalar(select(Dealer.id).where(Dealer.code == code)) is not None:
                raise Refused(Problem(Text("dealer {code}", code=code), Text("a dealer with this code exists already")))
            reg = self._region(s, region)
            dealer = Dealer(
                code=code,
                name=name.strip(),
                region=reg,
                city=city.strip(),
                legal_name=legal_name.strip(),
                email=email.strip(),
                phone=phone.strip(),
                active=True,
                **requisites,
            )
            s.add(dealer)
            with integrity_as(Text("dealer {code} could not be registered (duplicate code)", code=code)):
                s.flush()
            audit(
                s,
                self._ctx,
                "dealer.register",
                "dealer",
                dealer.id,
                summary=Text("registered dealer {code} {name}", code=code, name=name),
                after=snapshot(dealer, "code", "name", "city", "legal_name", "email", "phone")
                | {"region": region}
                | {k: v for k, v in requisites.items() if v},
            )
            return Changes(Entity.DEALERS, (dealer.id,))

    def edit(self, code: str, expected_version: int | None = None, **changes: object) -> Changes:
        unknown = set(changes) - set(DEALER_FIELDS)
        if unknown:
            raise InvalidInput(*(Problem(k, Text("is not a dealer field")) for k in sorted(unknown)))
        changes = changes | rules.normal_requisites(changes)
        problems = _check_dealer_fields(changes)
        if problems:
            raise InvalidInput(*(_in_dealer(code, p) for p in problems))
        with self._ctx.unit() as s:
            dealer = get_dealer(s, code)
            if expected_version is not None and dealer.version != expected_version:
                raise Conflict(
                    Text("dealer {code} was changed by somebody else since you opened it; reload it", code=dealer.code)
                )
            if set(changes) & set(rules.REQUISITE_FIELDS):  # checked together: an account needs the stored BIC
                whole = {key: str(changes.get(key, getattr(dealer, key))) for key in rules.REQUISITE_FIELDS}
                problems = rules.check_requisites(whole)
                if problems:
                    raise InvalidInput(*(_in_dealer(dealer.code, p) for p in problems))
            before = snapshot(dealer, *(k for k in changes if k != "region")) | (
                {"region": dealer.region.name} if "region" in changes else {}
            )
            for key, value in sorted(changes.items(), key=lambda kv: kv[0] != "region"):  # region: autoflushes
                if key == "region":
                    dealer.region = self._region(s, str(value))
                elif key == "active":
                    dealer.active = bool(value)
                else:
                    setattr(dealer, key, str(value).strip())
            s.flush()
            audit(
                s,
                self._ctx,
                "dealer.edit",
                "dealer",
                dealer.id,
                summary=Text("edited dealer {code}: {fields}", code=dealer.code, fields=", ".join(sorted(changes))),
                before=before,
                after={k: (str(v) if k != "active" else bool(v)) for k, v in changes.items()},
            )
            return Changes(Entity.DEALERS, (dealer.id,))

    def deactivate(self, code: str, expected_version: int | None = None) -> Changes:
        """The dealer takes no part from now on: no score, draft, template or allocation in a year not yet
        allocated. Its history, claims and payments stay as they are; open claims are still decided and paid."""
        return self._set_active(code, False, expected_version)

    def reactivate(self, code: str, expected_version: int | None = None) -> Changes:
        """The dealer takes part again (scores, drafts and allocations from now on)."""
        return self._set_active(code, True, expected_version)

    def open_claims(self, code: str) -> list[Text]:
        """The dealer's claims not yet settled (submitted, returned or approved and unpaid), one line each."""
        with self._ctx.db.reading() as s:
            dealer = get_dealer(s, code)
            rows = s.execute(
                select(Claim.id, Claim.status, ProgrammeYear.year, Claim.quarter)
                .join(ProgrammeYear, ProgrammeYear.id == Claim.year_id)
                .where(Claim.dealer_id == dealer.id, Claim.status.in_(OPEN_CLAIM_STATUSES))
                .order_by(Claim.id)
            ).all()
            return [
                Text(
                    "claim {id} ({status}, {year} Q{quarter})",
                    id=cid,
                    status=words.claim_status(status),
                    year=year,
                    quarter=quarter,
                )
                for cid, status, year, quarter in rows
            ]

    def _set_active(self, code: str, active: bool, expected_version: int | None) -> Changes:
        with self._ctx.unit() as s:
            dealer = get_dealer(s, code)
            if expected_version is not None and dealer.version != expected_version:
                raise Conflict(
                    Text("dealer {code} was changed by somebody else since you opened it; reload it", code=dealer.code)
                )
            if dealer.active is active:
                already = Text("is active already") if active else Text("is inactive already")
                raise Refused(Problem(Text("dealer {code}", code=dealer.code), already))
            dealer.active = active
            s.flush()
            verb = "reactivate" if active else "deactivate"
            summary = (
                Text("reactivated dealer {code}", code=dealer.code)
                if active
                else Text("deactivated dealer {code}", code=dealer.code)
            )
            audit(
                s,
                self._ctx,
                f"dealer.{verb}",
                "dealer",
                dealer.id,
                summary=summary,
                before={"active": not active},
                after={"active": active},
            )
            return Changes(Entity.DEALERS, (dealer.id,))

    @staticmethod
    def _region(s: Session, name: str) -> Region:
        name = name.strip()
        reg = s.scalars(select(Region).where(Region.name == name)).one_or_none()
        if reg is None:
            reg = Region(name=name)
            s.add(reg)
        return reg

    # -- scores --------------------------------------------------------------------------------
    def record_scores(self, year: int, code: str, points: dict[str, Decimal]) -> Changes:
        """Record points per criterion (by criterion name) for a dealer in a year."""
        with self._ctx.unit() as s:
            programme_year = get_year(s, year)
            require_stage(programme_year, "dealers.record_scores")
            if s.scalar(select(Allocation.id).where(Allocation.year_id == programme_year.id)) is not None:
                raise Refused(Text("year {year}: the allocation is frozen; scores can no longer change", year=year))
            dealer = get_dealer(s, code)
            criteria = {c.name: c for c in programme_year.criteria}
            spellings = [(c.name, c.name_ru, c.name_en) for c in programme_year.criteria]
            problems: list[Problem] = []
            seen: set[int] = set()
            for name, value in points.items():
                crit = criteria.get(criterion_code(spellings, name) or "")  # its code or either name
                where = Text("dealer {code}, criterion {name}", code=dealer.code, name=repr(name))
                if crit is not None and crit.id in seen:
                    problems.append(Problem(where, Text("names the same criterion twice")))
                    continue
                if crit is not None:
                    seen.add(crit.id)
                if crit is None:
                    problems.append(
                        Problem(
                            where,
                            Text(
                                "is not a criterion of {year} ({criteria})",
                                year=year,
                                criteria=", ".join(c.name for c in programme_year.criteria),
                            ),
                        )
                    )
                elif not isinstance(value, Decimal) or not value.is_finite():
                    problems.append(Problem(where, Text("points must be a number, got {value}", value=repr(value))))
                elif not Decimal(0) <= value <= crit.max_points:
                    problems.append(
                        Problem(
                            where,
                            Text("points must be from 0 to {top}, got {value}", top=crit.max_points, value=value),
                        )
                    )
            if problems:
                raise InvalidInput(*problems)
            existing = {
                sc.criterion_id: sc
                for sc in s.scalars(
                    select(DealerScore).where(
                        DealerScore.year_id == programme_year.id, DealerScore.dealer_id == dealer.id
                    )
                )
            }
            before, after = {}, {}
            for name, value in points.items():
                crit = criteria[criterion_code(spellings, name) or ""]
                row = existing.get(crit.id)
                before[crit.name] = str(row.points) if row else None
                after[crit.name] = str(value)
                if row is None:
                    s.add(
                        DealerScore(year_id=programme_year.id, dealer_id=dealer.id, criterion_id=crit.id, points=value)
                    )
                else:
                    row.points = value
            s.flush()
            audit(
                s,
                self._ctx,
                "score.record",
                "dealer",
                dealer.id,
                year=year,
                summary=Text("scored dealer {code} for {year}", code=dealer.code, year=year),
                before=before,
                after=after,
            )
            return Changes(Entity.SCORES, (dealer.id,), year, also=(Entity.ALLOCATION,))

    def scores(
        self,
        year: int,
        *,
        cap_floor: Decimal | None = None,
        cap_ceiling: Decimal | None = None,
        threshold: Decimal | None = None,
    ) -> list[ScoreView]:
        """Every active dealer's score, coefficient and cap for the year (cap range overridable for what-ifs)."""
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            criteria = list(programme_year.criteria)
            floor = programme_year.cap_floor if cap_floor is None else cap_floor
            ceiling = programme_year.cap_ceiling if cap_ceiling is None else cap_ceiling
            thr = programme_year.threshold if threshold is None else threshold
            rows = s.execute(
                select(DealerScore.dealer_id, DealerScore.criterion_id, DealerScore.points).where(
                    DealerScore.year_id == programme_year.id
                )
            ).all()
            by_dealer: dict[int, dict[int, Decimal]] = {}
            for dealer_id, crit_id, pts in rows:
                by_dealer.setdefault(dealer_id, {})[crit_id] = pts
            dealers = s.scalars(select(Dealer).join(Dealer.region).where(Dealer.active).order_by(Dealer.code)).all()
            return [score_view(d, criteria, by_dealer.get(d.id, {}), floor, ceiling, thr) for d in dealers]

    def score(self, year: int, code: str) -> ScoreView:
        code = code.strip().upper()
        for view in self.scores(year):
            if view.dealer_code == code:
                return view
        raise NotFound(Problem(Text("dealer {code}", code=code), Text("not an active dealer")))


def score_view(
    dealer: Dealer,
    criteria: list[ScoringCriterion],
    points: dict[int, Decimal],
    floor: Decimal,
    ceiling: Decimal,
    threshold: Decimal,
) -> ScoreView:
    figures = rules.score_figures(
        ((points.get(c.id, Decimal(0)), c.weight, c.max_points) for c in criteria), floor, ceiling, threshold
    )
    return ScoreView(
        dealer_code=dealer.code,
        dealer_name=dealer.name,
        region=dealer.region.name,
        points=tuple((c.name, points.get(c.id)) for c in criteria),
        score=figures.score,
        max_score=figures.max_score,
        coefficient=figures.coefficient,
        cap=figures.cap,
    )
