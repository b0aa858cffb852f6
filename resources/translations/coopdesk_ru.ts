<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActivitiesTableModel</name>
    <message>
        <location filename="../../ui/models/plans.py" line="141" />
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="141" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="141" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="141" />
        <source>Planned cost</source>
        <translation>Плановая стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="141" />
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/screens/users.py" line="66" />
        <source>Add a user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="75" />
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="76" />
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="77" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="78" />
        <source>Password (10+ characters)</source>
        <translation>Пароль (от 10 символов)</translation>
    </message>
</context>
<context>
    <name>AllocationScreen</name>
    <message>
        <location filename="../../ui/screens/allocation.py" line="68" />
        <source>Reset to the year's settings</source>
        <translation>Вернуть настройки года</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="69" />
        <source>Freeze allocation…</source>
        <translation>Зафиксировать распределение…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="75" />
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="76" />
        <source>Cap floor</source>
        <translation>Минимальный лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="77" />
        <source>Cap ceiling</source>
        <translation>Максимальный лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="78" />
        <source>Threshold k</source>
        <translation>Порог k</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="95" />
        <source>Total demand</source>
        <translation>Общая потребность</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="96" />
        <source>Allocated</source>
        <translation>Распределено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="97" />
        <source>Left in the budget</source>
        <translation>Остаток бюджета</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="118" />
        <source>Demand and allocation by dealer</source>
        <translation>Потребность и распределение по дилерам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="120" />
        <source>Explain</source>
        <translation>Объяснить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="121" />
        <source>How the selected dealer's amount came out</source>
        <translation>Как получилась сумма выбранного дилера</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="124" />
        <source>Select a dealer and press Explain.</source>
        <translation>Выберите дилера и нажмите «Объяснить».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="125" />
        <source>How the amount came out</source>
        <translation>Как получилась сумма</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="171" />
        <source>Start a programme year first</source>
        <translation>Сначала начните программный год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="184" />
        <source>The year is at {0}: the allocation can be changed only at the allocation stage</source>
        <translation>Год на этапе «{0}»: распределение меняется только на этапе распределения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="192" />
        <source>Frozen on {0} by {1}.</source>
        <translation>Зафиксировано {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="196" />
        <source>Freezing again replaces it while no mockup or claim rests on it.</source>
        <translation>Повторная фиксация заменит его, пока на нём не основан ни один макет или заявка.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="202" />
        <source>What-if: change the values; nothing is saved until you freeze.</source>
        <translation>Расчёт «что если»: меняйте значения; ничего не сохраняется до фиксации.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="223" />
        <source>Enter every value (budget, cap floor, cap ceiling, threshold).</source>
        <translation>Заполните все значения (бюджет, минимальный и максимальный лимит, порог).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="256" />
        <source>Demand</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="257" />
        <source>Allocation</source>
        <translation>Распределено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="318" />
        <source>Select a dealer first.</source>
        <translation>Сначала выберите дилера.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="336" />
        <source>Freeze the {0} allocation?

Budget {1}, cap {2}–{3}, threshold {4}.
{5} allocated to {6} dealers; {7} left in the budget.

These values become the year's settings; dealers' commitment letters can then be generated.</source>
        <translation>Зафиксировать распределение {0} года?

Бюджет {1}, лимит {2}–{3}, порог {4}.
{5} распределено {6} дилерам; остаток бюджета {7}.

Эти значения станут настройками года; после этого можно формировать письма-обязательства дилерам.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="350" />
        <source>Freeze allocation</source>
        <translation>Фиксация распределения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="357" />
        <source>The {0} allocation is frozen.</source>
        <translation>Распределение {0} года зафиксировано.</translation>
    </message>
</context>
<context>
    <name>AllocationTableModel</name>
    <message>
        <location filename="../../ui/models/allocation.py" line="39" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="40" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="41" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="42" />
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="43" />
        <source>Cap</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="44" />
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="45" />
        <source>Demand</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="46" />
        <source>Allocation</source>
        <translation>Распределено</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="107" />
        <source>Below the demand: the budget is shared by k</source>
        <translation>Меньше потребности: бюджет делится пропорционально k</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../ui/screens/audit.py" line="109" />
        <source>Text in the summary…</source>
        <translation>Текст в описании…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="111" />
        <source>Load more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="112" />
        <source>Export to xlsx…</source>
        <translation>Выгрузить в xlsx…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="126" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="127" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="128" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="164" />
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="167" />
        <source>Everybody</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="168" />
        <source>Every action</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="208" />
        <source>{0} record(s)</source>
        <translation>Записей: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="210" />
        <source>{0} record(s) shown; more below</source>
        <translation>Показано записей: {0}; есть ещё</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="251" />
        <source>Export the audit trail</source>
        <translation>Выгрузка журнала</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="251" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="263" />
        <source>Exporting the audit trail…</source>
        <translation>Выгрузка журнала…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="272" />
        <source>Exported the audit trail to {0}</source>
        <translation>Журнал выгружен в {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="276" />
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/screens/audit.py" line="52" />
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="53" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="54" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="55" />
        <source>About</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="56" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="57" />
        <source>What</source>
        <translation>Что</translation>
    </message>
</context>
<context>
    <name>ClaimDetailPanel</name>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="56" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="59" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="60" />
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="61" />
        <source>Payment order</source>
        <translation>Платёжное поручение</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="62" />
        <source>Acceptance act</source>
        <translation>Акт приёмки-сдачи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="63" />
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="64" />
        <source>Reimbursement</source>
        <translation>Возмещение</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="65" />
        <source>Paid to the dealer</source>
        <translation>Выплачено дилеру</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="73" />
        <source>Open document…</source>
        <translation>Открыть документ…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="82" />
        <source>The computation (R6, R7)</source>
        <translation>Расчёт (R6, R7)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="84" />
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="85" />
        <source>Return to dealer…</source>
        <translation>Вернуть дилеру…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="86" />
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="87" />
        <source>Accept late filing…</source>
        <translation>Принять с опозданием…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="114" />
        <source>Select a claim to see it in detail.</source>
        <translation>Выберите заявку, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="127" />
        <source>Claim {id} — {dealer} {name}, {reference} ({channel}), Q{quarter}</source>
        <translation>Заявка {id} — {dealer} {name}, {reference} ({channel}), {quarter} кв.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="138" />
        <location filename="../../ui/screens/claim_detail.py" line="149" />
        <source>{number} of {date}, {amount}</source>
        <translation>№ {number} от {date}, {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="142" />
        <source>(rate {rate} {currency} per 1 {foreign})</source>
        <translation>(курс {rate} {currency} за 1 {foreign})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="155" />
        <location filename="../../ui/screens/claim_detail.py" line="160" />
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="158" />
        <source>{number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="163" />
        <source>{filed} (deadline {deadline})</source>
        <translation>{filed} (срок {deadline})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="180" />
        <source>Claims are decided on during execution and evaluation.</source>
        <translation>Решения по заявкам принимаются на этапах исполнения и оценки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="186" />
        <source>Accept the late filing first.</source>
        <translation>Сначала примите просроченную подачу.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="194" />
        <source>Show the claim's attached document</source>
        <translation>Показать документ, приложенный к заявке</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="194" />
        <source>The claim has no attached document.</source>
        <translation>К заявке не приложен документ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="207" />
        <source>Claim {id} — {reference}</source>
        <translation>Заявка {id} — {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="215" />
        <source>Late: filed on {filed}, after the deadline {deadline}.</source>
        <translation>Просрочена: подана {filed}, после срока {deadline}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="221" />
        <source>Late filing accepted by {who}: {reason}</source>
        <translation>Просроченную подачу принял {who}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="226" />
        <source>Accept the late filing (with a reason) before approving it.</source>
        <translation>Перед одобрением примите просроченную подачу (с указанием причины).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="228" />
        <source>Rejected: {reason}</source>
        <translation>Отклонена: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="230" />
        <source>Returned to the dealer: {reason}</source>
        <translation>Возвращена дилеру: {reason}</translation>
    </message>
</context>
<context>
    <name>ClaimFlags</name>
    <message>
        <location filename="../../ui/models/claims.py" line="43" />
        <location filename="../../ui/screens/claims.py" line="151" />
        <source>late: accepted</source>
        <translation>просрочена: принята</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="45" />
        <location filename="../../ui/screens/claims.py" line="152" />
        <source>late: needs override</source>
        <translation>просрочена: нужно решение</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="46" />
        <location filename="../../ui/screens/claims.py" line="153" />
        <source>late</source>
        <translation>просрочена</translation>
    </message>
</context>
<context>
    <name>ClaimStatus</name>
    <message>
        <location filename="../../ui/models/claims.py" line="29" />
        <source>submitted</source>
        <translation>подана</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="30" />
        <source>approved</source>
        <translation>одобрена</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="31" />
        <source>paid</source>
        <translation>оплачена</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="32" />
        <source>returned</source>
        <translation>возвращена</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="33" />
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
</context>
<context>
    <name>ClaimsImport</name>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="43" />
        <source> → claim {id}</source>
        <translation> → заявка {id}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="47" />
        <source>invoice</source>
        <translation>счёт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="54" />
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
</context>
<context>
    <name>ClaimsImportPanel</name>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="73" />
        <source>An import is running already; wait for it to finish.</source>
        <translation>Загрузка уже идёт; дождитесь её окончания.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="76" />
        <source>None of the files is an Excel workbook (.xlsx).</source>
        <translation>Среди файлов нет книг Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="80" />
        <source>Filing the claims of {count} workbook(s)…</source>
        <translation>Регистрация заявок из книг: {count}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="91" />
        <source>Claims import: {summary}</source>
        <translation>Загрузка заявок: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="98" />
        <source>Import refused</source>
        <translation>Загрузка отклонена</translation>
    </message>
</context>
<context>
    <name>ClaimsScreen</name>
    <message>
        <location filename="../../ui/screens/claims.py" line="64" />
        <source>All quarters</source>
        <translation>Все кварталы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="66" />
        <source>Q{quarter}</source>
        <translation>{quarter} кв.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="68" />
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="69" />
        <source>To check (submitted)</source>
        <translation>На проверку (поданные)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="70" />
        <source>Late, not yet accepted</source>
        <translation>Просроченные, не принятые</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="71" />
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="72" />
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="73" />
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="74" />
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="76" />
        <source>Filter by dealer, activity, invoice…</source>
        <translation>Фильтр: дилер, мероприятие, счёт…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="79" />
        <source>Import claims workbooks…</source>
        <translation>Загрузить книги заявок…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="131" />
        <source>Claims are filed during execution and evaluation.</source>
        <translation>Заявки подаются на этапах исполнения и оценки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="177" />
        <source>{shown} of {total} claims</source>
        <translation>Заявок: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="247" />
        <source>Claim {id} approved: {amount}</source>
        <translation>Заявка {id} одобрена: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="255" />
        <source>Return claim to the dealer</source>
        <translation>Возврат заявки дилеру</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="256" />
        <source>What is missing or wrong (the dealer will be told):</source>
        <translation>Чего не хватает или что неверно (дилеру сообщат):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="263" />
        <source>Reject claim</source>
        <translation>Отклонение заявки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="263" />
        <source>Why is the claim rejected (final)?</source>
        <translation>Почему заявка отклонена (окончательно)?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="269" />
        <source>Accept late filing</source>
        <translation>Принять просроченную заявку</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="270" />
        <source>Why is this late claim accepted (recorded in the audit trail)?</source>
        <translation>Почему принята просроченная заявка (запишется в журнал)?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="297" />
        <source>Import dealers' claims workbooks</source>
        <translation>Загрузка книг заявок дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="299" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <location filename="../../ui/models/claims.py" line="67" />
        <source>Claim</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="68" />
        <source>Quarter</source>
        <translation>Кв.</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="69" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="70" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="71" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="72" />
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="73" />
        <source>Invoiced</source>
        <translation>По счёту</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="74" />
        <source>Reimbursement</source>
        <translation>Возмещение</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="75" />
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="76" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="77" />
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="86" />
        <source>Q{quarter}</source>
        <translation>{quarter} кв.</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="133" />
        <source>Filed {filed} after the deadline {deadline}</source>
        <translation>Подана {filed}, после срока {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="137" />
        <source>Accepted by {who}: {reason}</source>
        <translation>Принял {who}: {reason}</translation>
    </message>
</context>
<context>
    <name>CommitmentLettersButton</name>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="51" />
        <source>Commitment letters…</source>
        <translation>Письма-обязательства…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="59" />
        <source>Start a programme year first</source>
        <translation>Сначала начните программный год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="61" />
        <source>Commitment letters can be generated once the allocation is frozen.</source>
        <translation>Письма-обязательства можно сформировать после фиксации распределения.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="63" />
        <source>Write every dealer's commitment letter (one PDF each, and all in one).</source>
        <translation>Сформировать письма-обязательства всем дилерам (по PDF на дилера и общий файл).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="71" />
        <source>Folder for the commitment letters</source>
        <translation>Папка для писем-обязательств</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="78" />
        <source>Writing the commitment letters…</source>
        <translation>Формирование писем-обязательств…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="92" />
        <location filename="../../ui/screens/allocation_letters.py" line="103" />
        <source>Commitment letters</source>
        <translation>Письма-обязательства</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="93" />
        <source>{count} letters were written to {folder}. Open the letters now?</source>
        <translation>Писем сформировано: {count}, папка {folder}. Открыть письма?</translation>
    </message>
</context>
<context>
    <name>ConsolidationScreen</name>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="74" />
        <source>Filter by activity, dealer, channel, vendor…</source>
        <translation>Фильтр: мероприятие, дилер, канал, подрядчик…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="77" />
        <source>Export workbook for the agency…</source>
        <translation>Выгрузить книгу для агентства…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="79" />
        <source>Import the agency's workbook…</source>
        <translation>Загрузить книгу агентства…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="132" />
        <source>There is no consolidated plan for this year yet. Export the workbook for the agency, and import it when the agency sends it back.</source>
        <translation>Консолидированного плана на этот год ещё нет. Выгрузите книгу для агентства и загрузите её, когда агентство пришлёт её обратно.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="139" />
        <source>{regions} regions, {kept} of {total} activities included</source>
        <translation>Регионов: {regions}; включено мероприятий: {kept} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="143" />
        <source> · planned {planned}, included {included}</source>
        <translation> · по плану {planned}, включено {included}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="156" />
        <source>The year is closed: its plan is no longer sent to the agency.</source>
        <translation>Год закрыт: план больше не отправляется агентству.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="161" />
        <source>The agency's workbook is imported at the consolidation stage.</source>
        <translation>Книга агентства загружается на этапе консолидации.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="185" />
        <source>Export the consolidation workbook</source>
        <translation>Выгрузка книги консолидированного плана</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="185" />
        <location filename="../../ui/screens/consolidation.py" line="216" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="192" />
        <source>Writing the consolidation workbook…</source>
        <translation>Запись книги консолидированного плана…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="201" />
        <source>Saved &lt;a href="{url}"&gt;{name}&lt;/a&gt;</source>
        <translation>Сохранено: &lt;a href="{url}"&gt;{name}&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="214" />
        <source>Import the agency's consolidation workbook</source>
        <translation>Загрузка консолидированного плана от агентства</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="222" />
        <source>Reading the agency's workbook…</source>
        <translation>Чтение книги агентства…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="234" />
        <source>The agency's workbook was refused</source>
        <translation>Книга агентства не принята</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="242" />
        <source>Consolidation workbook</source>
        <translation>Книга консолидированного плана</translation>
    </message>
</context>
<context>
    <name>ConsolidationTreeModel</name>
    <message>
        <location filename="../../ui/models/consolidation.py" line="58" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="59" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="60" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="61" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="62" />
        <source>Planned cost</source>
        <translation>Плановая стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="63" />
        <source>Agency's cost</source>
        <translation>Стоимость агентства</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="64" />
        <source>Included</source>
        <translation>Включено</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="65" />
        <source>Placement</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="66" />
        <source>Vendor</source>
        <translation>Подрядчик</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="67" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="85" />
        <source>{region} — {count} activities</source>
        <translation>{region} — мероприятий: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="87" />
        <source>, {dropped} dropped by the agency</source>
        <translation>, исключено агентством: {dropped}</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="163" />
        <source>Planned cost of every activity of the region; the agency's cost of the included ones (their planned cost where the agency gave none).</source>
        <translation>Плановая стоимость всех мероприятий региона; стоимость агентства по включённым (плановая, если агентство её не указало).</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="179" />
        <source>{included} of {count}</source>
        <translation>{included} из {count}</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="191" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="191" />
        <source>dropped</source>
        <translation>исключено</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="47" />
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="49" />
        <source>CoopDesk met an unexpected problem. What you saved before is safe; the last action may not have been completed.</source>
        <translation>В CoopDesk произошла непредвиденная ошибка. Всё сохранённое ранее цело; последнее действие могло не выполниться.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="56" />
        <source>The details were written to {0}</source>
        <translation>Подробности записаны в {0}</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="60" />
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="61" />
        <source>Allocated to dealers</source>
        <translation>Распределено дилерам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="62" />
        <source>Approved reimbursements</source>
        <translation>Одобрено к возмещению</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="63" />
        <source>Paid to dealers</source>
        <translation>Выплачено дилерам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="64" />
        <source>Allocated, not yet claimed</source>
        <translation>Распределено, ещё не заявлено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="70" />
        <source>Spending by channel</source>
        <translation>Расходы по каналам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="71" />
        <source>Spending by quarter</source>
        <translation>Расходы по кварталам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="72" />
        <source>Allocation by region</source>
        <translation>Распределение по регионам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="102" />
        <source>To do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="114" />
        <source>Click a line to open the list it counts.</source>
        <translation>Щёлкните строку, чтобы открыть соответствующий список.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="129" />
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="130" />
        <source>No programme year yet: start one from the File menu.</source>
        <translation>Программного года ещё нет: начните его в меню «Файл».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="136" />
        <source>Programme year {0} — {1}</source>
        <translation>Программный год {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="144" />
        <source>No claims yet: the spending charts fill in once claims are approved.</source>
        <translation>Заявок пока нет: графики расходов заполнятся, когда заявки будут одобрены.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="145" />
        <location filename="../../ui/screens/dashboard.py" line="168" />
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="145" />
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="167" />
        <source>Allocated</source>
        <translation>Распределено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="182" />
        <source>{0} dealer draft(s) missing</source>
        <translation>Не получено черновиков от дилеров: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="183" />
        <source>{0} mockup(s) waiting for review</source>
        <translation>Макетов ждут проверки: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="184" />
        <source>{0} claim(s) to check</source>
        <translation>Заявок ждут проверки: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="185" />
        <source>{0} late claim(s)</source>
        <translation>Заявок подано с опозданием: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="188" />
        <source>{0} dealer(s) likely to leave funds unused</source>
        <translation>Дилеров, которые, вероятно, не освоят средства: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="201" />
        <source>This list is not part of this version yet</source>
        <translation>Этого списка в этой версии пока нет</translation>
    </message>
</context>
<context>
    <name>DatabaseUrlDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="152" />
        <source>Connect to a PostgreSQL database</source>
        <translation>Подключение к базе PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="157" />
        <source>Database URL</source>
        <translation>Адрес базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="159" />
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
</context>
<context>
    <name>DealerDraftsTableModel</name>
    <message>
        <location filename="../../ui/models/plans.py" line="44" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="45" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="46" />
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="47" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="48" />
        <source>Activities</source>
        <translation>Меропр.</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="49" />
        <source>Planned total</source>
        <translation>Итого по плану</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="59" />
        <source>received</source>
        <translation>получен</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="59" />
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="63" />
        <source>v{number} of {count}</source>
        <translation>{number} из {count}</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="82" />
        <source>Received {when}</source>
        <translation>Получен {when}</translation>
    </message>
</context>
<context>
    <name>DealersScreen</name>
    <message>
        <location filename="../../ui/screens/dealers.py" line="45" />
        <source>Filter by code, name, region, city…</source>
        <translation>Поиск по коду, названию, региону, городу…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="49" />
        <source>Show all dealers</source>
        <translation>Показать всех дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="71" />
        <source>Double-click a name, city, e-mail or phone to edit it; Enter saves.</source>
        <translation>Дважды щёлкните название, город, e-mail или телефон, чтобы изменить; Enter сохраняет.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="144" />
        <source>{0} of {1} dealers</source>
        <translation>{0} из {1} дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="173" />
        <source>Scores can change only in drafting, consolidation and allocation</source>
        <translation>Баллы можно менять только на этапах черновиков, консолидации и распределения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="175" />
        <source>The allocation is frozen: scores can no longer change</source>
        <translation>Распределение зафиксировано: баллы менять нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="195" />
        <source>The dealer was not saved</source>
        <translation>Дилер не сохранён</translation>
    </message>
</context>
<context>
    <name>DealersTableModel</name>
    <message>
        <location filename="../../ui/models/dealers.py" line="49" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="50" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="51" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="52" />
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="53" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="54" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="55" />
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="56" />
        <source>Cap</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="136" />
        <source>Not every criterion is scored yet</source>
        <extracomment>Saves one edited field: (row, field, new text) → the updated row, or None if refused (the saver says why).</extracomment>
        <translation>Оценены ещё не все критерии</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../ui/widgets/document_dialog.py" line="22" />
        <source>{type}: cannot be shown</source>
        <translation>{type}: показать нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_dialog.py" line="23" />
        <source>Fit</source>
        <translation>По размеру</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_dialog.py" line="24" />
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_dialog.py" line="25" />
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
</context>
<context>
    <name>DraftVersionsTableModel</name>
    <message>
        <location filename="../../ui/models/plans.py" line="102" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="102" />
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="102" />
        <source>Activities</source>
        <translation>Меропр.</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="102" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="102" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="107" />
        <source>(current)</source>
        <translation>(текущая)</translation>
    </message>
</context>
<context>
    <name>EfficiencyTableModel</name>
    <message>
        <location filename="../../ui/models/evaluation.py" line="31" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/models/evaluation.py" line="32" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/evaluation.py" line="33" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/models/evaluation.py" line="34" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/evaluation.py" line="35" />
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../ui/models/evaluation.py" line="36" />
        <source>Leads</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../ui/models/evaluation.py" line="37" />
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location filename="../../ui/models/evaluation.py" line="38" />
        <source>Sales amount</source>
        <translation>Сумма продаж</translation>
    </message>
    <message>
        <location filename="../../ui/models/evaluation.py" line="39" />
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>EvaluationScreen</name>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="48" />
        <source>Filter by activity, dealer, region, channel, comment…</source>
        <translation>Фильтр: мероприятие, дилер, регион, канал, комментарий…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="51" />
        <source>Import the efficiency report…</source>
        <translation>Загрузить отчёт об эффективности…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="83" />
        <source>Results by {agency}.</source>
        <translation>Результаты: {agency}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="85" />
        <source>No efficiency results yet. The evaluating agency ({agency}) sends them after the year.</source>
        <translation>Результатов эффективности пока нет. Оценивающее агентство ({agency}) присылает их после окончания года.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="86" />
        <source>not set</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="90" />
        <source>Efficiency results are imported during execution and evaluation.</source>
        <translation>Результаты эффективности загружаются на этапах исполнения и оценки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="95" />
        <source>{shown} of {total} activities</source>
        <translation>Мероприятий: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="107" />
        <source>Import the efficiency report</source>
        <translation>Загрузка отчёта об эффективности</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="109" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="116" />
        <source>Reading the efficiency report…</source>
        <translation>Чтение отчёта об эффективности…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="128" />
        <location filename="../../ui/screens/evaluation.py" line="135" />
        <source>The efficiency report was refused</source>
        <translation>Отчёт об эффективности не принят</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../ui/file_menu.py" line="21" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="23" />
        <source>&amp;New database file…</source>
        <translation>&amp;Новый файл базы данных…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="25" />
        <source>&amp;Open database file…</source>
        <translation>&amp;Открыть файл базы данных…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="27" />
        <source>Connect to a &amp;PostgreSQL database…</source>
        <translation>Подключиться к базе &amp;PostgreSQL…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="28" />
        <source>&amp;Recent databases</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="29" />
        <source>&amp;Back up the database…</source>
        <translation>&amp;Резервная копия базы…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="30" />
        <source>&amp;Start a programme year…</source>
        <translation>&amp;Начать программный год…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="31" />
        <source>Open the &amp;demo programme</source>
        <translation>Открыть &amp;демо-программу</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="32" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="49" />
        <source>Only a database file can be backed up here; back up a server database on the server</source>
        <translation>Здесь можно скопировать только файл базы; серверную базу копируют на сервере</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="79" />
        <source>New database file</source>
        <translation>Новый файл базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="79" />
        <source>CoopDesk database (*.sqlite)</source>
        <translation>База CoopDesk (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="90" />
        <source>Open a database file</source>
        <translation>Открыть файл базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="92" />
        <source>CoopDesk database (*.sqlite *.db);;All files (*)</source>
        <translation>База CoopDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="124" />
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="126" />
        <source>CoopDesk backup (*{0})</source>
        <translation>Резервная копия CoopDesk (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="133" />
        <location filename="../../ui/file_menu.py" line="139" />
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="133" />
        <source>Choose another file than the database itself.</source>
        <translation>Выберите другой файл, а не саму базу данных.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="139" />
        <source>The backup failed: {0}</source>
        <translation>Не удалось сделать копию: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="142" />
        <source>Backed up to {0}</source>
        <translation>Копия сохранена: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="154" />
        <source>Demo programme</source>
        <translation>Демо-программа</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="155" />
        <source>Build the demo programme in its own file (demo.sqlite, replaced) and open it?</source>
        <translation>Построить демо-программу в отдельном файле (demo.sqlite будет заменён) и открыть её?</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="77" />
        <source>Welcome to CoopDesk</source>
        <translation>Добро пожаловать в CoopDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="78" />
        <source>This database holds no programme year yet.</source>
        <translation>В этой базе пока нет ни одного программного года.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="82" />
        <source>Open the demo programme to look around (forty dealers in six regions, a whole year run through every stage, in its own file), or start your own programme year.</source>
        <translation>Откройте демо-программу, чтобы осмотреться (сорок дилеров в шести регионах, целый год по всем этапам, в отдельном файле), или начните свой программный год.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="87" />
        <source>Open the demo programme</source>
        <translation>Открыть демо-программу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="88" />
        <source>Start a programme year…</source>
        <translation>Начать программный год…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="89" />
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/widgets/history.py" line="62" />
        <location filename="../../ui/widgets/history.py" line="78" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history.py" line="66" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history.py" line="66" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history.py" line="66" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history.py" line="89" />
        <source>History of {0} ({1})</source>
        <translation>История {0} ({1})</translation>
    </message>
</context>
<context>
    <name>ImportProblemsTableModel</name>
    <message>
        <location filename="../../ui/models/import_problems.py" line="35" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_problems.py" line="35" />
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_problems.py" line="35" />
        <source>Cell</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_problems.py" line="35" />
        <source>Problem</source>
        <translation>Замечание</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="52" />
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="53" />
        <source>found {found}, expected {expected}</source>
        <translation>найдено {found}, ожидалось {expected}</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="33" />
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="34" />
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="35" />
        <source>Cell:</source>
        <translation>Ячейка:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="36" />
        <source>Problem:</source>
        <translation>Замечание:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="37" />
        <source>Hide report</source>
        <translation>Скрыть отчёт</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>CoopDesk — {0}</source>
        <translation>CoopDesk — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>There are unsaved changes on: {0}. Close anyway and lose them?</source>
        <translation>Есть несохранённые изменения: {0}. Закрыть и потерять их?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281" />
        <source>Work in progress</source>
        <translation>Идёт работа</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282" />
        <source>A background task is still running. Cancel it and close?</source>
        <translation>Фоновая задача ещё выполняется. Отменить её и закрыть?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/context.py" line="99" />
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>MockupQueueTableModel</name>
    <message>
        <location filename="../../ui/models/mockups.py" line="26" />
        <source>Submitted</source>
        <translation>Подан</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="27" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="28" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="29" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="30" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="31" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>MockupsScreen</name>
    <message>
        <location filename="../../ui/screens/mockups.py" line="68" />
        <source>Filter the queue…</source>
        <extracomment>Reads an attachment's bytes and media type by id (AttachmentService.read by default).</extracomment>
        <translation>Фильтр очереди…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="120" />
        <source>Fit</source>
        <translation>По размеру</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="121" />
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="122" />
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="136" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="137" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="138" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="139" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="140" />
        <source>Cost in the plan</source>
        <translation>Стоимость по плану</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="141" />
        <source>Placement / vendor</source>
        <translation>Размещение / подрядчик</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="142" />
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="143" />
        <source>Submitted</source>
        <translation>Подан</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="144" />
        <source>Earlier mockups</source>
        <translation>Предыдущие макеты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="145" />
        <source>Attachment</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="153" />
        <source>The activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="160" />
        <source>How many brands other than ours the mockup shows (R6)</source>
        <translation>Сколько брендов, кроме нашего, показывает макет (R6)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="163" />
        <source>Comment (required to reject or to request changes)</source>
        <translation>Комментарий (обязателен для отклонения или доработки)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="165" />
        <source>Approve  (A)</source>
        <translation>Одобрить  (A)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="166" />
        <source>Reject  (R)</source>
        <translation>Отклонить  (R)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="167" />
        <source>Request changes  (C)</source>
        <translation>На доработку  (C)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="168" />
        <source>◀ Previous  (K)</source>
        <translation>◀ Предыдущий  (K)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="169" />
        <source>Next  (J) ▶</source>
        <translation>Следующий  (J) ▶</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="170" />
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="175" />
        <source>Other brands shown:</source>
        <translation>Других брендов на макете:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="176" />
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="221" />
        <source>{count} waiting</source>
        <translation>Ожидают: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="224" />
        <source>Mockups are decided on during the execution year.</source>
        <translation>Решения по макетам принимаются в год исполнения.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="257" />
        <source>No mockup is waiting for a decision.</source>
        <translation>Макетов, ожидающих решения, нет.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="262" />
        <source>Mockup {number} for {reference}</source>
        <translation>Макет {number} к мероприятию {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="268" />
        <source>{reference}, mockup {number}</source>
        <translation>{reference}, макет {number}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="295" />
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="296" />
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="297" />
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="298" />
        <source>changes requested</source>
        <translation>на доработке</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="304" />
        <source>none: the dealer sent only the title</source>
        <translation>нет: дилер прислал только название</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="308" />
        <source>file {id} (no preview in this version)</source>
        <translation>файл {id} (просмотр в этой версии недоступен)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="312" />
        <source>{type}: cannot be shown</source>
        <translation>{type}: показать нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="316" />
        <source>rate {formula}</source>
        <translation>ставка {formula}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/screens/__init__.py" line="41" />
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/screens/__init__.py" line="42" />
        <source>Dealers &amp; scores</source>
        <translation>Дилеры и баллы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/__init__.py" line="43" />
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/__init__.py" line="44" />
        <source>Consolidation</source>
        <translation>Консолидация</translation>
    </message>
    <message>
        <location filename="../../ui/screens/__init__.py" line="45" />
        <source>Allocation</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <location filename="../../ui/screens/__init__.py" line="46" />
        <source>Mockups</source>
        <translation>Макеты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/__init__.py" line="47" />
        <source>Claims</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/__init__.py" line="48" />
        <source>Payments</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/__init__.py" line="49" />
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/screens/__init__.py" line="50" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/__init__.py" line="51" />
        <source>Audit</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../ui/screens/__init__.py" line="52" />
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/__init__.py" line="53" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>NewYearDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="31" />
        <source>Start a programme year</source>
        <translation>Начать программный год</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="41" />
        <source>Programme year</source>
        <translation>Программный год</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="42" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="43" />
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="46" />
        <source>The year starts in drafting. Criteria, channels, rates and dates are copied from the latest year (or the defaults) and can be changed in Settings.</source>
        <translation>Год начинается с этапа черновиков. Критерии, каналы, ставки и даты берутся из последнего года (или по умолчанию) и меняются в настройках.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="52" />
        <source>Start the year</source>
        <translation>Начать год</translation>
    </message>
</context>
<context>
    <name>PayableClaimsTableModel</name>
    <message>
        <location filename="../../ui/models/payments.py" line="95" />
        <source>Claim</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="96" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="97" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="98" />
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="99" />
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="100" />
        <source>Outstanding</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="124" />
        <source>Q{quarter}</source>
        <translation>{quarter} кв.</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="37" />
        <source>Record a payment</source>
        <translation>Внести выплату</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="54" />
        <source>as on the payment order</source>
        <translation>как в платёжном поручении</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="56" />
        <source>bank payment order number</source>
        <translation>номер платёжного поручения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="58" />
        <source>Record payment</source>
        <translation>Внести выплату</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="60" />
        <source>Dealer:</source>
        <translation>Дилер:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="61" />
        <source>Paid on:</source>
        <translation>Дата выплаты:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="62" />
        <source>Amount paid:</source>
        <translation>Выплачено:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="63" />
        <source>Reference:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="69" />
        <source>Claims this payment settles:</source>
        <translation>Заявки, которые закрывает выплата:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="92" />
        <source>{code} {name} ({count} claims)</source>
        <translation>{code} {name} (заявок: {count})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="119" />
        <source>{count} claim(s) selected: {ids}</source>
        <translation>Выбрано заявок: {count} ({ids})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="121" />
        <source>Tick the claims this payment settles.</source>
        <translation>Отметьте заявки, которые закрывает эта выплата.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="135" />
        <source>Enter the amount paid, as on the payment order.</source>
        <translation>Введите выплаченную сумму, как в платёжном поручении.</translation>
    </message>
</context>
<context>
    <name>PaymentsScreen</name>
    <message>
        <location filename="../../ui/screens/payments.py" line="43" />
        <source>Filter payments by dealer, reference, claim…</source>
        <translation>Фильтр выплат: дилер, номер, заявка…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="59" />
        <source>Close quarter…</source>
        <translation>Закрыть квартал…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="62" />
        <source>Quarters</source>
        <translation>Кварталы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="103" />
        <source>Payments are recorded during execution and evaluation.</source>
        <translation>Выплаты вносятся на этапах исполнения и оценки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="110" />
        <source>Q{quarter} {year}</source>
        <translation>{quarter} кв. {year}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="114" />
        <source>Quarters are closed during execution.</source>
        <translation>Кварталы закрываются на этапе исполнения.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="118" />
        <source>Q{quarter} closed on {when} by {who}</source>
        <translation>{quarter} кв. закрыт {when}, {who}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="123" />
        <source>No quarter is closed yet.</source>
        <translation>Закрытых кварталов пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="131" />
        <source>{count} payments</source>
        <translation>Выплат: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="150" />
        <source>Close quarter</source>
        <translation>Закрытие квартала</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="152" />
        <source>Close Q{quarter} {year}? Its claims can no longer be decided on, and the quarter's report becomes final.</source>
        <translation>Закрыть {quarter} кв. {year}? Решения по его заявкам больше принимать нельзя, а отчёт за квартал становится окончательным.</translation>
    </message>
</context>
<context>
    <name>PaymentsTableModel</name>
    <message>
        <location filename="../../ui/models/payments.py" line="31" />
        <source>Paid on</source>
        <translation>Дата выплаты</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="32" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="33" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="34" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="35" />
        <source>Claims</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="36" />
        <source>Payment reference</source>
        <translation>Номер платёжного поручения</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="37" />
        <source>Recorded by</source>
        <translation>Внёс</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="63" />
        <source>claim {id} ({reference}, invoice {invoice}): {amount}</source>
        <translation>заявка {id} ({reference}, счёт {invoice}): {amount}</translation>
    </message>
</context>
<context>
    <name>PlanImportPanel</name>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="76" />
        <source>Importing plan workbooks is not available in this version.</source>
        <translation>Загрузка книг планов в этой версии недоступна.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="78" />
        <source>Drafts are imported only while the year is at the drafting stage.</source>
        <translation>Черновики загружаются только на этапе черновиков.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="80" />
        <source>An import is running already; wait for it to finish.</source>
        <translation>Загрузка уже идёт; дождитесь её окончания.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="83" />
        <source>None of the dropped files is an Excel workbook (.xlsx).</source>
        <translation>Среди перетащенных файлов нет книг Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="85" />
        <source>Importing {count} workbook(s)…</source>
        <translation>Загрузка книг: {count}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="106" />
        <source>Import refused</source>
        <translation>Загрузка отклонена</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="109" />
        <source>Import report: {imported} file(s) imported, {refused} refused, {problems} problem(s)</source>
        <translation>Отчёт о загрузке: загружено файлов {imported}, отклонено {refused}, замечаний {problems}</translation>
    </message>
</context>
<context>
    <name>PlansScreen</name>
    <message>
        <location filename="../../ui/screens/plans.py" line="50" />
        <source>Filter dealers…</source>
        <translation>Фильтр дилеров…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="53" />
        <source>Import returned workbooks…</source>
        <translation>Загрузить присланные книги…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="71" />
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="73" />
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="75" />
        <location filename="../../ui/screens/plans.py" line="188" />
        <source>Changes against the previous version</source>
        <translation>Изменения по сравнению с предыдущей версией</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="77" />
        <source>Dealer's review and regional notes</source>
        <translation>Отзыв дилера и региональные заметки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="139" />
        <source>{received} drafts received, {missing} missing</source>
        <translation>Черновиков получено: {received}, не хватает: {missing}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="154" />
        <source>You can also drop the workbooks anywhere on the window.</source>
        <translation>Книги можно также перетащить в любое место окна.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="156" />
        <source>Drafts are imported only while the year is at the drafting stage.</source>
        <translation>Черновики загружаются только на этапе черновиков.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="179" />
        <source>{code} has not returned a draft yet.</source>
        <translation>{code} ещё не прислал черновик.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="189" />
        <source>Only one version: nothing to compare.</source>
        <translation>Версия одна: сравнивать не с чем.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="192" />
        <source>Changes in v{new} against v{old}</source>
        <translation>Изменения версии {new} по сравнению с {old}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="193" />
        <source>No changes.</source>
        <translation>Изменений нет.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="204" />
        <source>Activities of v{number} ({count})</source>
        <translation>Мероприятия версии {number} ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="208" />
        <source>First half-year review:</source>
        <translation>Итоги первого полугодия:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="210" />
        <source>Regional notes:</source>
        <translation>Региональные заметки:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="218" />
        <source>Import returned plan workbooks</source>
        <translation>Загрузка присланных книг планов</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="220" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <location filename="../../ui/screens/reports.py" line="49" />
        <source>Quarterly finance report</source>
        <translation>Квартальный финансовый отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="52" />
        <source>Commitment letters</source>
        <translation>Письма-обязательства</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="58" />
        <source>Dealer statement</source>
        <translation>Выписка по дилеру</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="60" />
        <source>Annual programme report</source>
        <translation>Годовой отчёт по программе</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/screens/reports.py" line="111" />
        <source>Q{quarter}</source>
        <translation>{quarter} кв.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="115" />
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="116" />
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="119" />
        <source>Generate PDF…</source>
        <translation>Сформировать PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="123" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="125" />
        <location filename="../../ui/screens/reports.py" line="255" />
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="127" />
        <source>Report:</source>
        <translation>Отчёт:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="129" />
        <source>Quarter:</source>
        <translation>Квартал:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="130" />
        <source>Dealer:</source>
        <translation>Дилер:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="131" />
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="185" />
        <source>All dealers (one file)</source>
        <translation>Все дилеры (один файл)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="196" />
        <source>Per dealer and channel: claimed, approved, rejected, payable and paid; budget used against allocated.</source>
        <translation>По дилерам и каналам: заявлено, одобрено, отклонено, к выплате и выплачено; использование бюджета против распределённого.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="198" />
        <source>Each dealer's allocated amount, cap, score and the rules, ready to sign.</source>
        <translation>Сумма распределения, лимит, балл и правила для каждого дилера — готово к подписи.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="199" />
        <source>One dealer's year: allocation, plans, mockups, claims, payments, balance.</source>
        <translation>Год одного дилера: распределение, планы, макеты, заявки, выплаты, остаток.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="200" />
        <source>Spending by channel, region and quarter; efficiency per channel; what to drop.</source>
        <translation>Расходы по каналам, регионам и кварталам; эффективность каналов; от чего отказаться.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="220" />
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="220" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="239" />
        <source>Generating: {report}…</source>
        <translation>Формирование: {report}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="249" />
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="254" />
        <source>The report was not generated.</source>
        <translation>Отчёт не сформирован.</translation>
    </message>
</context>
<context>
    <name>ScoreEditor</name>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="40" />
        <source>Save scores</source>
        <translation>Сохранить баллы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="41" />
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="43" />
        <source>Score S</source>
        <translation>Балл S</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="44" />
        <source>Coefficient k</source>
        <translation>Коэффициент k</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="45" />
        <source>Cap</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="67" />
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="69" />
        <source>Select a dealer to see its scores.</source>
        <translation>Выберите дилера, чтобы увидеть его баллы.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="73" />
        <source>Scores of {0} for {1}</source>
        <translation>Баллы {0} за {1} год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="81" />
        <source>0–{0}</source>
        <translation>0–{0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="84" />
        <source>Weight {0}, 0 to {1} points</source>
        <translation>Вес {0}, от 0 до {1} баллов</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="118" />
        <source>{0}: at most {1} points</source>
        <translation>{0}: не больше {1} баллов</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="140" />
        <source>k is below the eligibility threshold {0}: no budget for this dealer</source>
        <translation>k ниже порога участия {0}: бюджета для этого дилера нет</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <location filename="../../ui/service_strings.py" line="9" />
        <source>is not a claim of {year}</source>
        <translation>не является заявкой {year} года</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="10" />
        <source>is paid already</source>
        <translation>уже оплачена</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="33" />
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="34" />
        <source>{0} could not be opened:
{1}</source>
        <translation>Не удалось открыть {0}:
{1}</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="111" />
        <source>Building the demo programme…</source>
        <translation>Строим демо-программу…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="115" />
        <source>Demo programme</source>
        <translation>Демо-программа</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="72" />
        <location filename="../../ui/screens/settings.py" line="186" />
        <source>Programme year</source>
        <translation>Программный год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="81" />
        <source>The manufacturer's share of each activity: 0.5 is 50 %</source>
        <translation>Доля производителя в каждом мероприятии: 0.5 — это 50 %</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="87" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="89" />
        <source>One channel per line</source>
        <translation>По одному каналу в строке</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="104" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="105" />
        <source>Documents language</source>
        <translation>Язык документов</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="106" />
        <location filename="../../ui/screens/settings.py" line="242" />
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="107" />
        <location filename="../../ui/screens/settings.py" line="243" />
        <source>Base rate</source>
        <translation>Базовая ставка</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="108" />
        <location filename="../../ui/screens/settings.py" line="244" />
        <source>Cap floor</source>
        <translation>Минимальный лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="109" />
        <location filename="../../ui/screens/settings.py" line="245" />
        <source>Cap ceiling</source>
        <translation>Максимальный лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="110" />
        <location filename="../../ui/screens/settings.py" line="246" />
        <source>Eligibility threshold k</source>
        <translation>Порог участия k</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="111" />
        <source>Claim deadline after quarter end</source>
        <translation>Срок подачи заявок после квартала</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="112" />
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="113" />
        <source>Consolidating agency</source>
        <translation>Консолидирующее агентство</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="114" />
        <source>Evaluating agency</source>
        <translation>Оценивающее агентство</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="116" />
        <source>{0} from</source>
        <translation>{0} с</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="117" />
        <source>Save programme settings</source>
        <translation>Сохранить настройки программы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="129" />
        <source>Scoring criteria</source>
        <translation>Критерии оценки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="131" />
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="131" />
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="131" />
        <source>Max points</source>
        <translation>Макс. баллов</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="138" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="139" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="140" />
        <source>Save criteria</source>
        <translation>Сохранить критерии</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="146" />
        <source>A dealer's score is Σ weight × points; k = S / S max.</source>
        <translation>Балл дилера S = Σ вес × баллы; k = S / S макс.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="156" />
        <source>Preferences</source>
        <translation>Личные настройки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="163" />
        <source>Clear the recent databases</source>
        <translation>Очистить список недавних баз</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="165" />
        <source>Window language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="166" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="189" />
        <source>Programme year {0}</source>
        <translation>Программный год {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="210" />
        <source>The year is closed: its settings cannot change.</source>
        <translation>Год закрыт: его настройки менять нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="212" />
        <source>The allocation is frozen: budget, rates, cap range, threshold and criteria cannot change.</source>
        <translation>Распределение зафиксировано: бюджет, ставки, лимиты, порог и критерии менять нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="271" />
        <source>row {0}: the weight is not a number</source>
        <translation>строка {0}: вес не является числом</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="273" />
        <source>row {0}: max points must be a whole number</source>
        <translation>строка {0}: максимум баллов должен быть целым числом</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="289" />
        <source>{0}: not a number</source>
        <translation>{0}: не число</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="292" />
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="296" />
        <source>The programme settings are saved.</source>
        <translation>Настройки программы сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="307" />
        <source>The scoring criteria are saved.</source>
        <translation>Критерии оценки сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="331" />
        <source>The list of recent databases is cleared.</source>
        <translation>Список недавних баз очищен.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="26" />
        <source>Create the first owner</source>
        <translation>Создать первого владельца</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="26" />
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="28" />
        <source>Nobody can sign in to this shared database yet. Create its first programme owner.</source>
        <translation>В эту общую базу пока никто не может войти. Создайте первого владельца программы.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="30" />
        <source>This database is shared: sign in with your user name and password.</source>
        <translation>Это общая база: войдите под своим именем пользователя и паролем.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="49" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="50" />
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="52" />
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="53" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="55" />
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="74" />
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../ui/labels.py" line="10" />
        <source>Drafting</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11" />
        <source>Consolidation</source>
        <translation>Консолидация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12" />
        <source>Allocation</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>Execution</source>
        <translation>Исполнение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
</context>
<context>
    <name>StageBar</name>
    <message>
        <location filename="../../ui/stage_bar.py" line="37" />
        <source>Programme year</source>
        <translation>Программный год</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="42" />
        <source>Move to next stage…</source>
        <translation>Перейти к следующему этапу…</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="43" />
        <source>Start a programme year…</source>
        <translation>Начать программный год…</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="80" />
        <source>No programme year yet</source>
        <translation>Программного года ещё нет</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="85" />
        <source>Start a programme year first</source>
        <translation>Сначала начните программный год</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="87" />
        <source>Programme year {0}</source>
        <translation>Программный год {0}</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="89" />
        <source>Stage: {0}</source>
        <translation>Этап: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="94" />
        <source>Move the year to {0}</source>
        <translation>Перевести год на этап «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="96" />
        <source>The year is closed: there is no later stage</source>
        <translation>Год закрыт: следующего этапа нет</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="103" />
        <source>since {0}</source>
        <translation>с {0}</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="106" />
        <source>{0} from {1}</source>
        <translation>{0} с {1}</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="121" />
        <source>The year is closed: there is no later stage.</source>
        <translation>Год закрыт: следующего этапа нет.</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="124" />
        <source>Move to {0}</source>
        <translation>Переход к этапу «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="126" />
        <source>Year {0} cannot move to {1} yet. Still missing:</source>
        <translation>Год {0} пока нельзя перевести на этап «{1}». Не хватает:</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="130" />
        <source>Year {0} can move to {1}, but:</source>
        <translation>Год {0} можно перевести на этап «{1}», но:</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="132" />
        <source>Move on anyway?</source>
        <translation>Всё равно перейти?</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="134" />
        <source>Move year {0} from {1} to {2}? Stages only move forward.</source>
        <translation>Перевести год {0} с этапа «{1}» на этап «{2}»? Этапы идут только вперёд.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../ui/widgets/task_progress.py" line="22" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/task_progress.py" line="65" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="118" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="144" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../ui/screens/users.py" line="94" />
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="95" />
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="120" />
        <source>A personal file: you act as its owner ({0}). Users sign in on a shared database.</source>
        <translation>Личный файл: вы работаете как его владелец ({0}). Пользователи входят в общую базу.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="125" />
        <source>Signed in as {0}.</source>
        <translation>Вы вошли как {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="143" />
        <source>Choose a user first.</source>
        <translation>Сначала выберите пользователя.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../ui/screens/users.py" line="43" />
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="43" />
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="43" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="43" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="54" />
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="56" />
        <source>locked until {0}</source>
        <translation>заблокирован до {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="57" />
        <source>active</source>
        <translation>активен</translation>
    </message>
</context>
<context>
    <name>_TaskIndicator</name>
    <message>
        <location filename="../../ui/main_window.py" line="303" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>