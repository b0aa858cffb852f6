"""The words of the quarterly finance report (:mod:`reports.pdf.quarterly`), in Russian and English.

Importing this module registers them with :func:`reports.pdf.i18n.add_strings`.
"""

from __future__ import annotations

from reports.pdf.i18n import add_strings

add_strings(
    {
        "q.title": {"ru": "Квартальный финансовый отчёт", "en": "Quarterly finance report"},
        "q.short_title": {"ru": "Квартальный отчёт", "en": "Quarterly report"},
        "q.dates": {"ru": "{start} – {end}", "en": "{start} – {end}"},
        "q.programme": {"ru": "Программа", "en": "Programme"},
        "q.base_rate": {"ru": "Базовая ставка возмещения", "en": "Base reimbursement rate"},
        "q.deadline": {"ru": "Срок подачи заявок за квартал", "en": "Claims for the quarter due by"},
        "q.closed": {"ru": "Квартал закрыт", "en": "Quarter closed"},
        "q.closed_by": {"ru": "{when}, {who}", "en": "{when}, by {who}"},
        "q.open": {"ru": "нет, квартал открыт", "en": "no, the quarter is open"},
        "q.totals": {"ru": "Итоги квартала", "en": "The quarter"},
        "q.position": {"ru": "С начала года по конец квартала", "en": "Year to the end of the quarter"},
        "q.claims_filed": {"ru": "Заявок подано", "en": "Claims filed"},
        "q.invoiced": {"ru": "Заявлено (по счетам)", "en": "Claimed (invoiced)"},
        "q.approved": {"ru": "Одобрено к возмещению", "en": "Approved for reimbursement"},
        "q.paid": {"ru": "Выплачено дилерам", "en": "Paid to dealers"},
        "q.unpaid": {"ru": "Одобрено, но не выплачено", "en": "Approved but unpaid"},
        "q.rejected": {"ru": "Отклонено (шт. / по счетам)", "en": "Rejected (no. / invoiced)"},
        "q.pending": {"ru": "В работе (шт. / по счетам)", "en": "Undecided (no. / invoiced)"},
        "q.late": {"ru": "Поданы с опозданием", "en": "Filed late"},
        "q.count_amount": {"ru": "{count} / {amount}", "en": "{count} / {amount}"},
        "q.budget": {"ru": "Бюджет программы", "en": "Programme budget"},
        "q.allocated": {"ru": "Распределено дилерам", "en": "Allocated to dealers"},
        "q.used": {"ru": "Использовано (одобрено)", "en": "Used (approved)"},
        "q.unclaimed": {"ru": "Обязательства без заявок", "en": "Committed but unclaimed"},
        "q.payments_in_quarter": {"ru": "Платежи в квартале", "en": "Payments in the quarter"},
        "q.due": {"ru": "Остаток к выплате", "en": "Still due"},
        "q.definitions": {
            "ru": "Суммы — в валюте программы. «Заявлено» — суммы счетов дилеров; «Одобрено» — возмещение по "
            "одобренным и оплаченным заявкам; «Выплачено дилерам» — выплаты по заявкам квартала на дату отчёта; "
            "«Обязательства без заявок» — распределено минус использовано с начала года; «Остаток к выплате» — "
            "одобренные, но ещё не выплаченные суммы по заявкам {quarters}.",
            "en": "Amounts in the programme currency. “Claimed” is the dealers' invoices; “Approved” the "
            "reimbursement of approved and paid claims; “Paid to dealers” what has been paid on the quarter's "
            "claims by the date of the report; “Committed but unclaimed” is allocated minus used to date; "
            "“Still due” what approved claims of {quarters} still wait to be paid.",
        },
        "q.definitions_closed": {
            "ru": "Суммы — в валюте программы. «Заявлено» — суммы счетов дилеров; «Одобрено» — возмещение по "
            "одобренным и оплаченным заявкам; «Выплачено дилерам» — выплаты по заявкам квартала на момент его "
            "закрытия; «Обязательства без заявок» — распределено минус использовано с начала года; «Остаток к "
            "выплате» — одобренные, но не выплаченные на момент закрытия суммы по заявкам {quarters}. Квартал "
            "закрыт: отчёт не меняется, более поздние платежи учтены в кварталах своих дат.",
            "en": "Amounts in the programme currency. “Claimed” is the dealers' invoices; “Approved” the "
            "reimbursement of approved and paid claims; “Paid to dealers” what had been paid on the quarter's "
            "claims when it was closed; “Committed but unclaimed” is allocated minus used to date; “Still due” "
            "what approved claims of {quarters} still waited to be paid at the close. The quarter is closed: "
            "this report does not change; later payments count in the quarters of their dates.",
        },
        "q.work_of": {"ru": "работы {q} кв.", "en": "work of Q{q}"},
        "q.moved": {
            "ru": "Заявки за работы закрытых кварталов, поданные позже, учтены в этом квартале и отмечены "
            "кварталом работ; их срок подачи — срок квартала работ.",
            "en": "Claims for work of closed quarters filed later count in this quarter, marked with the "
            "quarter of their work; their filing deadline is that quarter's.",
        },
        "q.reconciles": {
            "ru": "Итоги отчёта сверены с базой данных: совпадают до копейки.",
            "en": "The report's totals were checked against the database: they agree to the cent.",
        },
        "q.not_reconciled": {
            "ru": "ВНИМАНИЕ: итоги отчёта не совпадают с базой данных ({what}). См. раздел «Сверка».",
            "en": "WARNING: the report's totals disagree with the database ({what}). See “Reconciliation”.",
        },
        "q.empty": {
            "ru": "За этот квартал не подано ни одной заявки и не проведено ни одного платежа.",
            "en": "No claims were filed for this quarter and no payments were made in it.",
        },
        "q.no_claims": {
            "ru": "За этот квартал не подано ни одной заявки.",
            "en": "No claims were filed for this quarter.",
        },
        "q.sec_dealers": {"ru": "1. Заявки по дилерам", "en": "1. Claims by dealer"},
        "q.sec_summaries": {"ru": "2. Сводки", "en": "2. Summaries"},
        "q.sec_channel": {"ru": "По каналам", "en": "By channel"},
        "q.sec_region": {"ru": "По регионам", "en": "By region"},
        "q.sec_budget": {"ru": "Бюджет по дилерам (с начала года)", "en": "Budget by dealer (year to date)"},
        "q.sec_exceptions": {
            "ru": "3. Отклонённые, возвращённые и поданные с опозданием заявки",
            "en": "3. Rejected, returned and late claims",
        },
        "q.sec_payments": {"ru": "4. Платежи", "en": "4. Payments"},
        "q.sec_paid": {"ru": "Платежи, проведённые в квартале", "en": "Payments made in the quarter"},
        "q.sec_due": {
            "ru": "Одобрено, но ещё не выплачено ({quarters})",
            "en": "Approved but not yet paid ({quarters})",
        },
        "q.sec_reconciliation": {"ru": "5. Сверка с базой данных", "en": "5. Reconciliation with the database"},
        "q.dealer_budget": {
            "ru": "выделено {allocated} · использовано {used} · остаток {remaining}",
            "en": "allocated {allocated} · used {used} · remaining {remaining}",
        },
        "q.no_exceptions": {
            "ru": "Нет отклонённых, возвращённых или поданных с опозданием заявок.",
            "en": "No claim was rejected, returned or filed late.",
        },
        "q.no_payments": {"ru": "В квартале платежей не было.", "en": "No payments were made in the quarter."},
        "q.nothing_due": {"ru": "Все одобренные суммы выплачены.", "en": "Every approved amount has been paid."},
        "q.dealer_paid": {"ru": "Оплачено дилером", "en": "Paid by dealer"},
        "q.paid_out": {"ru": "Выплачено", "en": "Paid out"},
        "q.unpaid_col": {"ru": "Не выплачено", "en": "Unpaid"},
        "q.rejected_col": {"ru": "Откл.", "en": "Rej."},
        "q.pending_col": {"ru": "На рассм.", "en": "Undecided"},
        "q.claims_col": {"ru": "Заявок", "en": "Claims"},
        "q.dealers_col": {"ru": "Дилеров", "en": "Dealers"},
        "q.filed": {"ru": "Подана", "en": "Filed"},
        "q.due_col": {"ru": "К выплате", "en": "Due"},
        "q.used_col": {"ru": "Использовано", "en": "Used to date"},
        "q.approved_q": {"ru": "Одобрено в кв.", "en": "Approved (quarter)"},
        "q.late_reason": {
            "ru": "подана {filed}, срок {deadline}",
            "en": "filed {filed}, due {deadline}",
        },
        "q.late_accepted": {"ru": "принята ({who}): {why}", "en": "accepted by {who}: {why}"},
        "q.late_open": {"ru": "ждёт решения об исключении", "en": "awaits an override"},
        "q.what": {"ru": "Показатель", "en": "Figure"},
        "q.from_rows": {"ru": "Отчёт (сумма строк)", "en": "Report (sum of rows)"},
        "q.from_db": {"ru": "База данных (SQL)", "en": "Database (SQL)"},
        "q.match": {"ru": "Совпадает", "en": "Agrees"},
        "q.rec_explain": {
            "ru": "Итоги отчёта — суммы его строк; столбец «База данных» посчитан заново агрегатными "
            "запросами SQL по таблицам заявок, платежей и распределения, независимо от строк отчёта.",
            "en": "The report's totals are the sums of its rows; the “Database” column is computed again "
            "with SQL aggregates over the claim, payment and allocation tables, independently of the rows.",
        },
        "q.rec.claims": {"ru": "Заявок в квартале", "en": "Claims of the quarter"},
        "q.rec.rejected": {"ru": "из них отклонено", "en": "of which rejected"},
        "q.rec.pending": {"ru": "из них на рассмотрении", "en": "of which undecided"},
        "q.rec.late": {"ru": "из них с опозданием", "en": "of which late"},
        "q.rec.approved": {"ru": "Одобрено в квартале", "en": "Approved in the quarter"},
        "q.rec.paid": {"ru": "Выплачено по заявкам квартала", "en": "Paid on the quarter's claims"},
        "q.rec.unpaid": {"ru": "Одобрено, но не выплачено", "en": "Approved but unpaid"},
        "q.rec.allocated": {"ru": "Распределено дилерам", "en": "Allocated to dealers"},
        "q.rec.used_to_date": {"ru": "Использовано с начала года", "en": "Used to date"},
        "q.rec.unclaimed": {"ru": "Обязательства без заявок", "en": "Committed but unclaimed"},
        "q.rec.payments_in_quarter": {"ru": "Платежи в квартале", "en": "Payments in the quarter"},
        "q.rec.due_to_date": {"ru": "К выплате на дату", "en": "Due to date"},
        "q.late_mark": {"ru": "просрочка", "en": "late"},
        "q.limited_mark": {"ru": "огранич. остатком", "en": "cut to the allocation left"},
        "q.foreign": {"ru": "{amount}\n× {rate}", "en": "{amount}\n× {rate}"},
        "q.no_rate": {"ru": "курс установит финансовый отдел", "en": "rate to be set by finance"},
        "q.unrated": {
            "ru": "Без курса валюты (не входят в суммы)",
            "en": "Without an exchange rate (in no amount)",
        },
        "q.limited_note": {
            "ru": "«Огранич. остатком» — возмещение урезано до остатка выделенной дилеру суммы (R7). Счёт в другой "
            "валюте показан в валюте программы, под ним — сумма в валюте счёта и курс.",
            "en": "“Cut to the allocation left”: the reimbursement was limited to what was left of the dealer's "
            "allocation (R7). An invoice in another currency is shown converted, with its own amount and the rate "
            "below.",
        },
        "q.rate_reason": {"ru": "Ставка (R6)", "en": "Rate (R6)"},
        "q.own_brand": {"ru": "свой бренд", "en": "own brand"},
        "q.prepared": {"ru": "Подготовил", "en": "Prepared by"},
        "q.checked": {"ru": "Проверил", "en": "Checked by"},
        "q.signature": {"ru": "ФИО, подпись, дата", "en": "name, signature, date"},
        "q.quarters": {"ru": "кварталы 1–{q}", "en": "quarters 1–{q}"},
        "q.quarter_1": {"ru": "I квартал", "en": "quarter 1"},
        "q.quarters_gen": {"ru": "кварталов 1–{q}", "en": "quarters 1–{q}"},
        "q.quarter_1_gen": {"ru": "I квартала", "en": "quarter 1"},
        "q.ok": {"ru": "да", "en": "yes"},
        "q.bad": {"ru": "НЕТ", "en": "NO"},
    }
)
