"""The words of the PDF documents in Russian and English: ``t(key, lang)``.

One table of strings per document family. The shared words live here; a document module
adds its own with :func:`add_strings` at import time (a key may be defined once only), so
modules never edit each other's tables::

    add_strings({"letter.title": {"ru": "Письмо-обязательство", "en": "Commitment letter"}})
    t("letter.title", "en")  # "Commitment letter"

Strings may hold ``str.format`` fields: ``t("page_of", "ru", page=2, pages=7)``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from coop_desk.channel_names import ChannelNames
from coop_desk.text import Amount, Number, Text, params_of, parts_of, separator_of

__all__ = ["LANGS", "add_strings", "channel_name", "lang_of", "quarter_label", "service_text", "stage_name", "t"]

#: The languages every document is written in.
LANGS = ("ru", "en")

_STRINGS: dict[str, dict[str, str]] = {}


def lang_of(lang: str | None) -> str:
    """``"ru"`` or ``"en"`` from ``"ru"``, ``"ru_RU"``, ``"en-GB"``…; anything else is refused."""
    code = (lang or "ru").replace("-", "_").split("_")[0].lower()
    if code not in LANGS:
        raise ValueError(f"documents are written in {' or '.join(LANGS)}, not {lang!r}")
    return code


def add_strings(table: Mapping[str, Mapping[str, str]]) -> None:
    """Add strings (``key -> {"ru": …, "en": …}``); every key needs both languages and must be new."""
    for key, texts in table.items():
        missing = [lang for lang in LANGS if lang not in texts]
        if missing:
            raise ValueError(f"string {key!r} has no {', '.join(missing)} text")
        if key in _STRINGS and dict(texts) != _STRINGS[key]:
            raise ValueError(f"string {key!r} is defined twice with different texts")
        _STRINGS[key] = {lang: texts[lang] for lang in LANGS}


def t(key: str, lang: str, **fields: object) -> str:
    """The text of ``key`` in ``lang``, with ``fields`` filled in. An unknown key is a programming error."""
    try:
        text = _STRINGS[key][lang_of(lang)]
    except KeyError:
        raise KeyError(f"no document string {key!r}") from None
    return text.format(**fields) if fields else text


def channel_name(channel: str, lang: str, names: ChannelNames | None = None) -> str:
    """A channel's name in ``lang`` by the year's ``names`` (coop_desk.channel_names; without them the default
    names: ``"outdoor"`` -> ``"наружная реклама"``); a channel nobody named as it is."""
    return (names or ChannelNames()).name(channel, lang_of(lang))


def stage_name(stage: str, lang: str) -> str:
    """A stage of the year (``models.Stage`` value) in ``lang``."""
    key = f"stage.{stage}"
    return t(key, lang) if key in _STRINGS else stage


def service_text(value: Any, lang: str) -> str:
    """A sentence the services made (a :class:`coop_desk.text.Text`: template + values, such as a claim's
    automatic reason) in the document's language; a person's words and anything else as they are.

    The Russian is the window's own (context "Service" of ``resources/translations/coopdesk_ru.ts``, filled
    from ``ru_services.py`` and ``ru_reports.py``), so a document and the window say the same."""
    if value is None:
        return ""
    if lang_of(lang) == "en" or not isinstance(value, str):
        return str(value)
    parts = parts_of(value)
    if parts is not None:
        return separator_of(value).join(service_text(p, lang) for p in parts)
    if not isinstance(value, Text) or not value.template:
        return str(value)
    template = _service_ru().get(value.template)
    params = params_of(value)
    if template is None:
        return str(value)
    filled = {k: _service_value(v, lang) for k, v in params.items()}
    try:
        return template.format(**filled) if params else template
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the reason
        return str(value)


def _service_value(value: Any, lang: str) -> Any:
    if isinstance(value, str):
        return service_text(value, lang)
    if isinstance(value, Amount | Number):
        return value.formatted(lang_of(lang))
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y")
    return value


@lru_cache(maxsize=1)
def _service_ru() -> dict[str, str]:
    """English template → Russian, from the translation file the window uses (read once)."""
    import xml.etree.ElementTree as ET
    from importlib.resources import files

    root = ET.fromstring((files("resources") / "translations" / "coopdesk_ru.ts").read_bytes())
    out: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "Service":
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source and translation is not None and translation.text and translation.get("type") is None:
                out[source] = translation.text
    return out


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def quarter_label(year: int, quarter: int, lang: str) -> str:
    """``"I квартал 2027 г."`` / ``"Q1 2027"``."""
    if quarter not in _ROMAN:
        raise ValueError(f"quarter must be 1–4, got {quarter}")
    if lang_of(lang) == "ru":
        return f"{_ROMAN[quarter]} квартал {year} г."
    return f"Q{quarter} {year}"


add_strings(
    {
        # page furniture
        "page_of": {"ru": "стр. {page} из {pages}", "en": "page {page} of {pages}"},
        "generated_at": {"ru": "Сформировано {when}", "en": "Generated {when}"},
        "programme": {"ru": "Программа совместного маркетинга {year}", "en": "Co-op marketing programme {year}"},
        "period": {"ru": "Период", "en": "Period"},
        "year": {"ru": "Год", "en": "Year"},
        "currency": {"ru": "Валюта", "en": "Currency"},
        "stage": {"ru": "Этап", "en": "Stage"},
        "total": {"ru": "Итого", "en": "Total"},
        "subtotal": {"ru": "Итого по дилеру", "en": "Dealer subtotal"},
        "none": {"ru": "нет", "en": "none"},
        "yes": {"ru": "да", "en": "yes"},
        "no": {"ru": "нет", "en": "no"},
        "dash": {"ru": "—", "en": "—"},
        # people and things
        "dealer": {"ru": "Дилер", "en": "Dealer"},
        "dealers": {"ru": "Дилеры", "en": "Dealers"},
        "code": {"ru": "Код", "en": "Code"},
        "region": {"ru": "Регион", "en": "Region"},
        "city": {"ru": "Город", "en": "City"},
        "channel": {"ru": "Канал", "en": "Channel"},
        "quarter": {"ru": "Квартал", "en": "Quarter"},
        "reference": {"ru": "Мероприятие", "en": "Activity"},
        "invoice_no": {"ru": "Счёт №", "en": "Invoice no."},
        "invoice_date": {"ru": "Дата счёта", "en": "Invoice date"},
        "invoiced": {"ru": "По счёту", "en": "Invoiced"},
        "paid_by_dealer": {"ru": "Оплачено", "en": "Paid"},
        "rate": {"ru": "Ставка", "en": "Rate"},
        "reimbursement": {"ru": "Возмещение", "en": "Reimbursement"},
        "status": {"ru": "Статус", "en": "Status"},
        "reason": {"ru": "Причина", "en": "Reason"},
        "claims": {"ru": "Заявки", "en": "Claims"},
        "claims_count": {"ru": "Заявок", "en": "Claims"},
        "allocated": {"ru": "Выделено", "en": "Allocated"},
        "approved": {"ru": "Одобрено", "en": "Approved"},
        "paid": {"ru": "Выплачено", "en": "Paid"},
        "used": {"ru": "Использовано", "en": "Used"},
        "remaining": {"ru": "Остаток", "en": "Remaining"},
        "budget": {"ru": "Бюджет", "en": "Budget"},
        "cap": {"ru": "Лимит", "en": "Cap"},
        "date": {"ru": "Дата", "en": "Date"},
        "amount": {"ru": "Сумма", "en": "Amount"},
        "payment_ref": {"ru": "Платёжный документ", "en": "Payment reference"},
        "reversal_of": {"ru": "сторно платежа от {date}", "en": "reversal of the payment of {date}"},
        # claim states (models.ClaimStatus values)
        "status.submitted": {"ru": "подана", "en": "submitted"},
        "status.approved": {"ru": "одобрена", "en": "approved"},
        "status.paid": {"ru": "оплачена", "en": "paid"},
        "status.returned": {"ru": "возвращена", "en": "returned"},
        "status.rejected": {"ru": "отклонена", "en": "rejected"},
        "late": {"ru": "с опозданием", "en": "late"},
        # the stages of a year (models.Stage values)
        "stage.drafting": {"ru": "сбор заявок", "en": "drafting"},
        "stage.consolidation": {"ru": "консолидация", "en": "consolidation"},
        "stage.allocation": {"ru": "распределение", "en": "allocation"},
        "stage.execution": {"ru": "исполнение", "en": "execution"},
        "stage.evaluation": {"ru": "оценка", "en": "evaluation"},
        "stage.closed": {"ru": "закрыт", "en": "closed"},
    }
)
