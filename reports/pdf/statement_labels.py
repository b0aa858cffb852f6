"""The words of the dealer statement (:mod:`reports.pdf.statement`), in Russian and English.

Importing this module registers them with :func:`reports.pdf.i18n.add_strings`.
"""

from __future__ import annotations

from reports.pdf.i18n import add_strings

add_strings(
    {
        "st.title": {"ru": "Выписка дилера за {year} год", "en": "Dealer statement {year}"},
        "st.header": {"ru": "Выписка дилера", "en": "Dealer statement"},
        "st.as_of": {"ru": "Этап программы: {stage}", "en": "Programme stage: {stage}"},
        "st.dealer": {"ru": "Дилер", "en": "Dealer"},
        "st.legal_name": {"ru": "Юр. лицо", "en": "Legal name"},
        "st.email": {"ru": "Эл. почта", "en": "E-mail"},
        # the dealer's requisites (coop_desk.rules_requisites), shown when given
        "req.inn": {"ru": "ИНН", "en": "INN"},
        "req.kpp": {"ru": "КПП", "en": "KPP"},
        "req.ogrn": {"ru": "ОГРН/ОГРНИП", "en": "OGRN/OGRNIP"},
        "req.legal_address": {"ru": "Юр. адрес", "en": "Legal address"},
        "req.bank_name": {"ru": "Банк", "en": "Bank"},
        "req.bic": {"ru": "БИК", "en": "BIC"},
        "req.account": {"ru": "Расчётный счёт", "en": "Settlement account"},
        "req.corr_account": {"ru": "Корр. счёт", "en": "Correspondent account"},
        "st.balance": {"ru": "Баланс", "en": "Balance"},
        "st.remaining": {"ru": "Остаток выделенной суммы", "en": "Allocation remaining"},
        "st.unpaid": {"ru": "Одобрено, ещё не выплачено", "en": "Approved, not yet paid"},
        "st.scorecard": {"ru": "Карточка дилера", "en": "Dealer scorecard"},
        "st.where_things_stand": {"ru": "Где что находится", "en": "Where things stand"},
        "st.activities_status": {"ru": "Мероприятия", "en": "Activities"},
        "st.mockups_status": {"ru": "Макеты", "en": "Mockups"},
        "st.claims_status": {"ru": "Заявки", "en": "Claims"},
        "st.count": {"ru": "Кол-во", "en": "Count"},
        "st.nothing_yet": {"ru": "пока нет", "en": "none yet"},
        "st.figures": {"ru": "Ваши показатели и ваш регион", "en": "Your figures and your region"},
        "st.measure": {"ru": "Показатель", "en": "Measure"},
        "st.you": {"ru": "Вы", "en": "You"},
        "st.q1": {"ru": "Нижний квартиль", "en": "Lower quartile"},
        "st.median": {"ru": "Медиана", "en": "Median"},
        "st.q3": {"ru": "Верхний квартиль", "en": "Upper quartile"},
        "st.used": {"ru": "Использовано от выделенного", "en": "Allocation used"},
        "st.approved_amount": {"ru": "Одобрено к возмещению", "en": "Approved reimbursement"},
        "st.region_note": {
            "ru": "Сравнение анонимно: медиана и квартили по {n} дилерам региона «{region}» с выделенным бюджетом "
            "(включая вас). Имена и показатели других дилеров не раскрываются.",
            "en": "The comparison is anonymous: median and quartiles over the {n} funded dealers of the {region} "
            "region (you included). No other dealer's name or figures are shown.",
        },
        "st.region_too_small": {
            "ru": "В регионе «{region}» меньше {min} дилеров с бюджетом ({n}): сравнение не приводится, "
            "чтобы не раскрыть показатели соседей.",
            "en": "The {region} region has fewer than {min} funded dealers ({n}): no comparison is shown, "
            "so that no neighbour's figures can be inferred.",
        },
        "st.efficiency": {
            "ru": "Эффективность (оценка независимого агентства)",
            "en": "Efficiency (independent evaluation)",
        },
        "st.no_evaluation": {
            "ru": "Оценка эффективности ваших мероприятий ещё не получена.",
            "en": "The evaluation of your activities has not been received yet.",
        },
        "st.evaluated": {"ru": "Оценено мероприятий", "en": "Activities evaluated"},
        "st.reach": {"ru": "Охват", "en": "Reach"},
        "st.leads": {"ru": "Обращения", "en": "Leads"},
        "st.sales": {"ru": "Продажи", "en": "Sales"},
        "st.cost": {"ru": "Подтверждённые затраты", "en": "Verified cost"},
        "st.cost_per_lead": {"ru": "Затраты на обращение", "en": "Cost per lead"},
        "st.cost_per_sale": {"ru": "Затраты на продажу", "en": "Cost per sale"},
        "st.allocation": {"ru": "Распределение бюджета", "en": "Allocation"},
        "st.not_frozen": {
            "ru": "Распределение бюджета на этот год ещё не утверждено.",
            "en": "The allocation of this year is not frozen yet.",
        },
        "st.score": {"ru": "Баллы S", "en": "Score S"},
        "st.coefficient": {"ru": "Коэффициент k", "en": "Coefficient k"},
        "st.request": {"ru": "Запрос (ставка × стоимость плана)", "en": "Request (rate × plan cost)"},
        "st.demand": {"ru": "Спрос = min(запрос, лимит)", "en": "Demand = min(request, cap)"},
        "st.activities": {"ru": "Мероприятия", "en": "Activities"},
        "st.month": {"ru": "Месяц", "en": "Month"},
        "st.cost_col": {"ru": "Стоимость", "en": "Cost"},
        "st.in_plan": {"ru": "В плане", "en": "In plan"},
        "st.progress": {"ru": "Состояние", "en": "Progress"},
        "st.idea": {"ru": "Идея", "en": "Idea"},
        "st.in_plan_total": {"ru": "Итого в утверждённом плане", "en": "Total in the frozen plan"},
        "st.dropped": {"ru": "исключено", "en": "dropped"},
        "st.no_activities": {"ru": "Мероприятий нет.", "en": "No activities."},
        "st.mockups": {"ru": "Макеты", "en": "Mockups"},
        "st.no_mockups": {"ru": "Макетов нет.", "en": "No mockups."},
        "st.mockup_no": {"ru": "№", "en": "No."},
        "st.mockup_title": {"ru": "Макет", "en": "Mockup"},
        "st.submitted": {"ru": "Подан", "en": "Submitted"},
        "st.decided": {"ru": "Решение", "en": "Decided"},
        "st.claims": {"ru": "Заявки на возмещение", "en": "Claims"},
        "st.no_claims": {"ru": "Заявок нет.", "en": "No claims."},
        "st.q": {"ru": "Кв.", "en": "Q"},
        "st.invoice": {"ru": "Счёт", "en": "Invoice"},
        "st.filed": {"ru": "Подана", "en": "Filed"},
        "st.verified": {"ru": "Подтверждено", "en": "Verified cost"},
        "st.paid_to_you": {"ru": "Выплачено", "en": "Paid to you"},
        "st.claims_total": {
            "ru": "Итого одобрено и выплачено",
            "en": "Total approved and paid",
        },
        "st.payments": {"ru": "Выплаты", "en": "Payments"},
        "st.no_payments": {"ru": "Выплат пока не было.", "en": "No payments yet."},
        "st.for_claims": {"ru": "По заявкам (счёт)", "en": "For claims (invoice)"},
        "st.late": {"ru": "подана с опозданием", "en": "filed late"},
        "st.foreign": {"ru": "{amount}\n× {rate}", "en": "{amount}\n× {rate}"},
        "st.no_rate": {"ru": "курс установит финансовый отдел", "en": "rate to be set by finance"},
        "st.limited": {
            "ru": "ограничено остатком выделенной суммы",
            "en": "limited to the allocation left",
        },
    }
)


# --------------------------------------------------------------------------- the document
