"""Declarative base, naming convention and the reusable column shapes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from sqlalchemy import DateTime, MetaData, String, func
from sqlalchemy.orm import DeclarativeBase, mapped_column

from models.types import ExactDecimal, Money

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


intpk = Annotated[int, mapped_column(primary_key=True)]
money = Annotated[Decimal, mapped_column(Money(), nullable=False)]
money_opt = Annotated[Decimal | None, mapped_column(Money(), nullable=True)]
exact = Annotated[Decimal, mapped_column(ExactDecimal(), nullable=False)]
exact_opt = Annotated[Decimal | None, mapped_column(ExactDecimal(), nullable=True)]
name_str = Annotated[str, mapped_column(String(200), nullable=False)]
created_at = Annotated[
    dt.datetime,
    mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, server_default=func.now()),
]
