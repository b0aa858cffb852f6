"""The words of the annual programme report (:mod:`reports.pdf.annual`), in Russian and English.

Importing this module registers them with :func:`reports.pdf.i18n.add_strings`.
"""

from __future__ import annotations

from reports.pdf.i18n import add_strings

add_strings(
    {
        "an.title": {"ru": "Годовой отчёт программы за {year} год", "en": "Annual programme report {year}"},
        "an.header": {"ru": "Годовой отчёт", "en": "Annual report"},
        "an.subtitle": {
            "ru": "Этап: {stage} · валюта: {currency} · базовая ставка {base}",
            "en": "Stage: {stage} · currency: {currency} · base rate {base}",
        },
        "an.summary": {"ru": "Итоги года", "en": "The year in figures"},
        "an.allocated": {"ru": "Распределено дилерам", "en": "Allocated to dealers"},
        "an.approved": {"ru": "Одобрено к возмещению", "en": "Approved reimbursements"},
        "an.paid": {"ru": "Выплачено дилерам", "en": "Paid to dealers"},
        "an.unpaid": {"ru": "Одобрено, не выплачено", "en": "Approved, not yet paid"},
        "an.unused": {"ru": "Выделено, не использовано", "en": "Allocated, not used"},
        "an.funded": {"ru": "Дилеров с бюджетом", "en": "Funded dealers"},
        "an.late": {"ru": "Заявок подано с опозданием", "en": "Claims filed late"},
        "an.claims_by_status": {"ru": "Заявки по статусам", "en": "Claims by status"},
        "an.count": {"ru": "Кол-во", "en": "Count"},
        "an.by_channel": {"ru": "Расходы по каналам", "en": "Spending by channel"},
        "an.by_region": {"ru": "Расходы по регионам", "en": "Spending by region"},
        "an.by_quarter": {"ru": "Расходы по кварталам", "en": "Spending by quarter"},
        "an.used": {"ru": "Использовано", "en": "Used"},
        "an.quarter_short": {"ru": "{q} кв.", "en": "Q{q}"},
        "an.plan_vs_actual": {"ru": "План и факт по каналам", "en": "Planned against actual, by channel"},
        "an.plan_note": {
            "ru": "План — доля производителя ({base}) в стоимости мероприятий утверждённого плана (до лимитов и "
            "распределения бюджета); факт — одобренные возмещения. Всего распределено дилерам {allocated}.",
            "en": "Planned: the manufacturer's share ({base}) of the cost of the activities in the frozen plan (before "
            "caps and the budget); actual: approved reimbursements. {allocated} was allocated to dealers in all.",
        },
        "an.activities": {"ru": "Мероприятий", "en": "Activities"},
        "an.planned_cost": {"ru": "Стоимость по плану", "en": "Planned cost"},
        "an.planned_share": {"ru": "План (доля производителя)", "en": "Planned share"},
        "an.actual_cost": {"ru": "Подтверждённые затраты", "en": "Verified cost"},
        "an.difference": {"ru": "Факт − план", "en": "Actual − planned"},
        "an.planned": {"ru": "План", "en": "Planned"},
        "an.actual": {"ru": "Факт (одобрено)", "en": "Actual (approved)"},
        "an.efficiency": {"ru": "Эффективность по каналам", "en": "Efficiency by channel"},
        "an.efficiency_note": {
            "ru": "По оценке независимого агентства «{agency}»; затраты — подтверждённая стоимость (min(счёт, "
            "оплачено)) одобренных и выплаченных заявок по оценённым мероприятиям.",
            "en": "As rated by the independent agency {agency}; cost is the verified cost (min(invoiced, paid)) "
            "of the approved and paid claims of the evaluated activities.",
        },
        "an.no_evaluation": {
            "ru": "Отчёт независимого агентства об эффективности ещё не получен.",
            "en": "The independent agency's efficiency report has not been received yet.",
        },
        "an.reach": {"ru": "Охват", "en": "Reach"},
        "an.leads": {"ru": "Обращения", "en": "Leads"},
        "an.sales": {"ru": "Продажи", "en": "Sales"},
        "an.cost": {"ru": "Затраты", "en": "Cost"},
        "an.cost_per_lead": {"ru": "Затраты на обращение", "en": "Cost per lead"},
        "an.cost_per_sale": {"ru": "Затраты на продажу", "en": "Cost per sale"},
        "an.drop": {"ru": "Что исключить в следующем году", "en": "What to drop next year"},
        "an.drop_note": {
            "ru": "Оценённые мероприятия, которые не окупились: без продаж или с затратами на продажу выше {limit} "
            "({factor} × среднее по программе, {average}).",
            "en": "Evaluated activities that did not pay off: no sales, or a cost per sale above {limit} ({factor} × "
            "the programme's average of {average}).",
        },
        "an.drop_note_custom": {
            "ru": "Оценённые мероприятия, которые не окупились: без продаж или с затратами на продажу выше {limit}.",
            "en": "Evaluated activities that did not pay off: no sales, or a cost per sale above {limit}.",
        },
        "an.drop_note_no_sales": {
            "ru": "Оценённые мероприятия, которые не окупились: без продаж.",
            "en": "Evaluated activities that did not pay off: no sales.",
        },
        "an.drop_none": {"ru": "Все оценённые мероприятия окупились.", "en": "Every evaluated activity paid off."},
        "an.reason": {"ru": "Почему", "en": "Why"},
        "an.no_chart": {"ru": "Сумм для графика пока нет.", "en": "Nothing to chart yet."},
        "an.cost_per_sale_short": {"ru": "На продажу", "en": "Per sale"},
        "an.no_sales": {"ru": "нет продаж", "en": "no sales"},
        "an.too_expensive": {"ru": "дорогая продажа", "en": "costly sales"},
        "an.comment": {"ru": "Комментарий агентства", "en": "Agency's comment"},
        "an.drop_by_channel": {"ru": "Не окупилось, по каналам", "en": "Did not pay off, by channel"},
        "an.stage.drafting": {"ru": "сбор заявок", "en": "drafting"},
        "an.stage.consolidation": {"ru": "консолидация", "en": "consolidation"},
        "an.stage.allocation": {"ru": "распределение", "en": "allocation"},
        "an.stage.execution": {"ru": "исполнение", "en": "execution"},
        "an.stage.evaluation": {"ru": "оценка", "en": "evaluation"},
        "an.stage.closed": {"ru": "закрыт", "en": "closed"},
    }
)
