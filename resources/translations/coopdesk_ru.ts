<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="26" />
        <source>About CoopDesk</source>
        <translation>О программе CoopDesk</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="27" />
        <source>CoopDesk {0}</source>
        <translation>CoopDesk {0}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="34" />
        <source>The dealer co-op marketing programme desk. Qt {0}, PySide6 {1}.</source>
        <translation>Программа совместного маркетинга с дилерами. Qt {0}, PySide6 {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="38" />
        <source>Logs: {0}</source>
        <translation>Журналы: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="60" />
        <source>Components that ship with CoopDesk and their licences:</source>
        <translation>Компоненты в составе CoopDesk и их лицензии:</translation>
    </message>
</context>
<context>
    <name>ActionsMenu</name>
    <message>
        <location filename="../../ui/keyboard.py" line="54" />
        <source>&amp;Actions</source>
        <translation>&amp;Действия</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="59" />
        <source>&amp;Reload the screen</source>
        <translation>&amp;Обновить экран</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="63" />
        <source>&amp;Go to</source>
        <translation>&amp;Перейти</translation>
    </message>
</context>
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
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="76" />
        <source>&amp;Full name</source>
        <translation>&amp;Полное имя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="77" />
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="78" />
        <source>&amp;Password (10+ characters)</source>
        <translation>Пар&amp;оль (от 10 символов)</translation>
    </message>
</context>
<context>
    <name>AllStatementsBox</name>
    <message>
        <location filename="../../ui/screens/all_statements.py" line="47" />
        <location filename="../../ui/screens/all_statements.py" line="115" />
        <source>Every dealer's statement</source>
        <translation>Выписки всех дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/screens/all_statements.py" line="49" />
        <source>One PDF per dealer, named after its code, into a folder you choose.</source>
        <translation>По одному PDF на дилера (в имени — код дилера) в выбранную папку.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/all_statements.py" line="51" />
        <source>Also all of them in one PDF</source>
        <translation>И все вместе в одном PDF</translation>
    </message>
    <message>
        <location filename="../../ui/screens/all_statements.py" line="52" />
        <source>Write statements…</source>
        <translation>Сформировать выписки…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/all_statements.py" line="57" />
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../ui/screens/all_statements.py" line="80" />
        <source>Folder for the statements</source>
        <translation>Папка для выписок</translation>
    </message>
    <message>
        <location filename="../../ui/screens/all_statements.py" line="96" />
        <source>Writing every dealer's statement…</source>
        <translation>Формируются выписки всех дилеров…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/all_statements.py" line="106" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/all_statements.py" line="109" />
        <source>{count} statements written to {folder}</source>
        <translation>Выписок сформировано: {count}, папка {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/all_statements.py" line="114" />
        <source>The statements were not written.</source>
        <translation>Выписки не сформированы.</translation>
    </message>
</context>
<context>
    <name>AllocationScreen</name>
    <message>
        <location filename="../../ui/screens/allocation.py" line="76" />
        <source>Reset to the year's settings</source>
        <translation>Вернуть настройки года</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="77" />
        <source>Freeze allocation…</source>
        <translation>Зафиксировать распределение…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="83" />
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="84" />
        <source>Cap floor</source>
        <translation>Минимальный лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="85" />
        <source>Cap ceiling</source>
        <translation>Максимальный лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="86" />
        <source>Threshold k</source>
        <translation>Порог k</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="103" />
        <source>Total demand</source>
        <translation>Общая потребность</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="104" />
        <source>Allocated</source>
        <translation>Распределено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="105" />
        <source>Left in the budget</source>
        <translation>Остаток бюджета</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="128" />
        <source>Demand and allocation by dealer</source>
        <translation>Потребность и распределение по дилерам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="130" />
        <source>Explain</source>
        <translation>Объяснить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="131" />
        <source>How the selected dealer's amount came out</source>
        <translation>Как получилась сумма выбранного дилера</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="135" />
        <source>Select a dealer and press Explain.</source>
        <translation>Выберите дилера и нажмите «Объяснить».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="136" />
        <source>How the amount came out</source>
        <translation>Как получилась сумма</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="181" />
        <source>Start a programme year first</source>
        <translation>Сначала начните программный год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="195" />
        <source>The year is at {0}: the allocation can be changed only at the allocation stage</source>
        <translation>Год на этапе «{0}»: распределение меняется только на этапе распределения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="203" />
        <source>Frozen on {0} by {1}.</source>
        <translation>Зафиксировано {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="207" />
        <source>Freezing again replaces it while no mockup or claim rests on it.</source>
        <translation>Повторная фиксация заменит его, пока на нём не основан ни один макет или заявка.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="213" />
        <source>What-if: change the values; nothing is saved until you freeze.</source>
        <translation>Расчёт «что если»: меняйте значения; ничего не сохраняется до фиксации.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="235" />
        <source>Enter every value (budget, cap floor, cap ceiling, threshold).</source>
        <translation>Заполните все значения (бюджет, минимальный и максимальный лимит, порог).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="268" />
        <source>Demand</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="269" />
        <source>Allocation</source>
        <translation>Распределено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="336" />
        <source>Select a dealer first.</source>
        <translation>Сначала выберите дилера.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="354" />
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
        <location filename="../../ui/screens/allocation.py" line="368" />
        <source>Freeze allocation</source>
        <translation>Фиксация распределения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="375" />
        <source>The {0} allocation is frozen.</source>
        <translation>Распределение {0} года зафиксировано.</translation>
    </message>
</context>
<context>
    <name>AllocationTableModel</name>
    <message>
        <location filename="../../ui/models/allocation.py" line="28" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="29" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="30" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="31" />
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="32" />
        <source>Cap</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="33" />
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="34" />
        <source>Demand</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="35" />
        <source>Allocation</source>
        <translation>Распределено</translation>
    </message>
    <message>
        <location filename="../../ui/models/allocation.py" line="91" />
        <source>Below the demand: the budget is shared by k</source>
        <translation>Меньше потребности: бюджет делится пропорционально k</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../ui/widgets/attach_dialog.py" line="67" />
        <source>Attach to the claim</source>
        <extracomment>Words of a file name that say what it is (a token of the name starting with one of them), in this order.</extracomment>
        <translation>Прикрепить к заявке</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attach_dialog.py" line="72" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attach_dialog.py" line="72" />
        <source>What it is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attach_dialog.py" line="72" />
        <source>Date on the proof</source>
        <translation>Дата на подтверждении</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attach_dialog.py" line="91" />
        <source>The date the proof shows (a broadcast, a photo, a publication)</source>
        <translation>Дата, которую показывает подтверждение (эфир, снимок, публикация)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attach_dialog.py" line="99" />
        <source>Attach</source>
        <translation>Прикрепить</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Allocation frozen</source>
        <translation>Распределение зафиксировано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>Document attached</source>
        <translation>Документ приложен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Claim approved</source>
        <translation>Заявка одобрена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Claim completed</source>
        <translation>Заявка дополнена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Claim filed</source>
        <translation>Заявка подана</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>Late claim accepted</source>
        <translation>Поздняя заявка принята</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Claim rejected</source>
        <translation>Заявка отклонена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>Claim decision reopened</source>
        <translation>Решение по заявке пересмотрено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Claim returned</source>
        <translation>Заявка возвращена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Claim exchange rate set</source>
        <translation>Курс валюты заявки установлен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Consolidated plan recorded</source>
        <translation>Сводный план записан</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Dealer deactivated</source>
        <translation>Дилер деактивирован</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Dealer edited</source>
        <translation>Дилер изменён</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Dealer reactivated</source>
        <translation>Дилер снова активен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Dealer registered</source>
        <translation>Дилер зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>Draft recorded</source>
        <translation>Черновик записан</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Efficiency results imported</source>
        <translation>Результаты эффективности загружены</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>Mockup approved</source>
        <translation>Макет одобрен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Mockup rejected</source>
        <translation>Макет отклонён</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Mockup changes requested</source>
        <translation>Запрошены правки макета</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Mockup decision undone</source>
        <translation>Решение по макету отменено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65" />
        <source>Mockup decision reopened</source>
        <translation>Решение по макету пересмотрено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>Mockup submitted</source>
        <translation>Макет подан</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>Payment recorded</source>
        <translation>Выплата записана</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>Payment reversed</source>
        <translation>Выплата сторнирована</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Quarter closed</source>
        <translation>Квартал закрыт</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>Scores recorded</source>
        <translation>Баллы записаны</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>User added</source>
        <translation>Пользователь добавлен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>User disabled</source>
        <translation>Пользователь отключён</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>User locked out</source>
        <translation>Пользователь заблокирован</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <source>Stage moved on</source>
        <translation>Этап сменён</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>Year created</source>
        <translation>Год создан</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77" />
        <source>Criteria changed</source>
        <translation>Критерии изменены</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>Criteria renamed</source>
        <translation>Критерии переименованы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79" />
        <source>Stage re-opened</source>
        <translation>Этап открыт заново</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80" />
        <source>Settings changed</source>
        <translation>Настройки изменены</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <location filename="../../ui/audit_fields.py" line="29" />
        <source>act date</source>
        <extracomment>Every key of the services' audit records: its name for people and how its value is written (None: as it is).</extracomment>
        <translation>дата акта</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="30" />
        <source>act number</source>
        <translation>номер акта</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="31" />
        <location filename="../../ui/audit_fields.py" line="39" />
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="32" />
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="33" />
        <source>activities</source>
        <translation>мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="34" />
        <source>agency</source>
        <translation>агентство</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="35" />
        <source>allocated</source>
        <translation>распределено</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="36" />
        <source>allocation from</source>
        <translation>распределение с</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="37" />
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="38" />
        <source>claims approved again</source>
        <translation>заявки снова одобрены</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="40" />
        <source>base rate</source>
        <translation>базовая ставка</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="41" />
        <source>before the deadline</source>
        <translation>до срока</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="42" />
        <source>budget</source>
        <translation>бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="43" />
        <source>cap ceiling</source>
        <translation>потолок лимита</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="44" />
        <source>cap floor</source>
        <translation>минимум лимита</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="45" />
        <source>channels</source>
        <translation>каналы</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="46" />
        <source>channel names</source>
        <translation>названия каналов</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="47" />
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="48" />
        <source>days to file a claim</source>
        <translation>дней на подачу заявки</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="49" />
        <source>closed at</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="50" />
        <source>closed by</source>
        <translation>кем закрыт</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="51" />
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="52" />
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="53" />
        <source>consolidating agency</source>
        <translation>агентство консолидации</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="54" />
        <source>consolidation from</source>
        <translation>консолидация с</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="55" />
        <source>criteria</source>
        <translation>критерии</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="56" />
        <source>criterion names</source>
        <translation>названия критериев</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="57" />
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="58" />
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="59" />
        <source>dealer</source>
        <translation>дилер</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="60" />
        <source>dealers</source>
        <translation>дилеры</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="61" />
        <source>decided by</source>
        <translation>кто решил</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="62" />
        <source>decided on</source>
        <translation>дата решения</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="63" />
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="64" />
        <source>documents</source>
        <translation>документы</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="65" />
        <source>drafting from</source>
        <translation>черновики с</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="66" />
        <source>dropped</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="67" />
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="68" />
        <source>evaluating agency</source>
        <translation>агентство оценки</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="69" />
        <source>evaluation from</source>
        <translation>оценка с</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="70" />
        <source>exchange rate</source>
        <translation>курс валюты</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="71" />
        <source>execution from</source>
        <translation>исполнение с</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="72" />
        <source>filed on</source>
        <translation>дата подачи</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="73" />
        <source>file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="74" />
        <source>full name</source>
        <translation>полное имя</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="75" />
        <source>included</source>
        <translation>включено</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="76" />
        <source>invoice amount</source>
        <translation>сумма счёта</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="77" />
        <source>invoice date</source>
        <translation>дата счёта</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="78" />
        <source>invoice number</source>
        <translation>номер счёта</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="79" />
        <source>amounts by claim</source>
        <translation>суммы по заявкам</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="80" />
        <source>documents language</source>
        <translation>язык документов</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="81" />
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="82" />
        <source>late</source>
        <translation>с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="83" />
        <source>lateness accepted by</source>
        <translation>кто принял опоздание</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="84" />
        <source>why lateness was accepted</source>
        <translation>почему принято опоздание</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="85" />
        <source>legal name</source>
        <translation>юридическое название</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="86" />
        <source>file type</source>
        <translation>тип файла</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="87" />
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="88" />
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="89" />
        <source>other brands</source>
        <translation>другие бренды</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="90" />
        <source>claims paid</source>
        <translation>оплаченные заявки</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="91" />
        <source>amount paid</source>
        <translation>оплаченная сумма</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="92" />
        <source>paid on</source>
        <translation>дата оплаты</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="93" />
        <source>payment</source>
        <translation>платёж</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="94" />
        <source>payment order date</source>
        <translation>дата платёжного поручения</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="95" />
        <source>payment order number</source>
        <translation>номер платёжного поручения</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="96" />
        <source>payments up to</source>
        <translation>платежи по</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="97" />
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="98" />
        <source>date of the proof</source>
        <translation>дата подтверждения</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="99" />
        <source>required proofs</source>
        <translation>требуемые подтверждения</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="100" />
        <source>quarter</source>
        <translation>квартал</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="101" />
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="102" />
        <source>rate</source>
        <translation>ставка</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="103" />
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="104" />
        <source>reference</source>
        <translation>код мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="105" />
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="106" />
        <source>reimbursement</source>
        <translation>возмещение</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="107" />
        <source>remaining at approval</source>
        <translation>остаток при одобрении</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="108" />
        <source>remaining before</source>
        <translation>остаток до</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="109" />
        <source>why reopened</source>
        <translation>почему открыто снова</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="110" />
        <source>replaced</source>
        <translation>заменено</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="111" />
        <source>reversed by payment</source>
        <translation>сторнировано платежом</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="112" />
        <source>reversed on</source>
        <translation>дата сторно</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="113" />
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="114" />
        <source>rows</source>
        <translation>строки</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="115" />
        <source>checksum (SHA-256)</source>
        <translation>контрольная сумма (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="116" />
        <source>size in bytes</source>
        <translation>размер в байтах</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="117" />
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="118" />
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="119" />
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="120" />
        <source>submitted on</source>
        <translation>дата подачи</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="121" />
        <source>threshold</source>
        <translation>порог</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="122" />
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="123" />
        <source>total</source>
        <translation>итого</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="124" />
        <source>user name</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="125" />
        <source>vendor</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="126" />
        <source>verified cost</source>
        <translation>проверенная стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="127" />
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="128" />
        <source>quarter of the work</source>
        <translation>квартал работ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="129" />
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="134" />
        <source>yes</source>
        <extracomment>Fields holding a sentence the services may have written (a person's own words are shown as they are).</extracomment>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/audit_fields.py" line="134" />
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../ui/screens/audit.py" line="119" />
        <source>Text in the summary…</source>
        <translation>Текст в описании…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="121" />
        <source>Load more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="122" />
        <source>Export to xlsx…</source>
        <translation>Выгрузить в xlsx…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="138" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="139" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="140" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="176" />
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="179" />
        <source>Everybody</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="181" />
        <source>Every action</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="235" />
        <source>{0} record(s)</source>
        <translation>Записей: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="237" />
        <source>{0} record(s) shown; more below</source>
        <translation>Показано записей: {0}; есть ещё</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="278" />
        <source>Export the audit trail</source>
        <translation>Выгрузка журнала</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="278" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="290" />
        <source>Exporting the audit trail…</source>
        <translation>Выгрузка журнала…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="299" />
        <source>Exported the audit trail to {0}</source>
        <translation>Журнал выгружен в {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="303" />
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
</context>
<context>
    <name>AuditSubject</name>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>allocation {0}</source>
        <translation>распределение {0}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85" />
        <source>document {0}</source>
        <translation>документ {0}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86" />
        <source>claim {0}</source>
        <translation>заявка {0}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87" />
        <source>consolidated plan {0}</source>
        <translation>сводный план {0}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88" />
        <source>dealer {0}</source>
        <translation>дилер {0}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89" />
        <source>efficiency results {0}</source>
        <translation>результаты эффективности {0}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>mockup {0}</source>
        <translation>макет {0}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>payment {0}</source>
        <translation>выплата {0}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92" />
        <source>draft {0}</source>
        <translation>черновик {0}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93" />
        <source>programme year</source>
        <translation>программный год</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94" />
        <source>quarter closing</source>
        <translation>закрытие квартала</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95" />
        <source>user {0}</source>
        <translation>пользователь {0}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/screens/audit.py" line="57" />
        <source>When ({0})</source>
        <translation>Когда ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="58" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="59" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="60" />
        <source>About</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="61" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="62" />
        <source>What</source>
        <translation>Что</translation>
    </message>
</context>
<context>
    <name>BarChartView</name>
    <message>
        <location filename="../../ui/charts.py" line="45" />
        <source>Nothing yet</source>
        <translation>Пока ничего нет</translation>
    </message>
</context>
<context>
    <name>ChannelNamesEditor</name>
    <message>
        <location filename="../../ui/screens/settings_names.py" line="44" />
        <source>Code</source>
        <extracomment>The use case that saves the names (the window asks it whether the role and the stage allow it).</extracomment>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_names.py" line="44" />
        <source>Russian name</source>
        <translation>Название по-русски</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_names.py" line="44" />
        <source>English name</source>
        <translation>Название по-английски</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_names.py" line="52" />
        <source>Activities keep the channel's code, so renaming a channel changes no plan or claim. The window, the workbooks and the PDFs name it in their language; a workbook may name it by its code or either name. Add or remove channels on the Programme tab.</source>
        <translation>Мероприятия хранят код канала, поэтому переименование не меняет ни планов, ни заявок. Окно, рабочие книги и PDF называют канал на своём языке; в рабочей книге канал можно указать кодом или любым из названий. Добавить или удалить канал можно на вкладке «Программа».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_names.py" line="62" />
        <source>Save channel names</source>
        <translation>Сохранить названия каналов</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_names.py" line="85" />
        <source>The year is closed: its settings cannot change.</source>
        <translation>Год закрыт: его настройки менять нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_names.py" line="125" />
        <source>The channel names are saved.</source>
        <translation>Названия каналов сохранены.</translation>
    </message>
</context>
<context>
    <name>ClaimCompletionForm</name>
    <message>
        <location filename="../../ui/screens/claim_completion.py" line="47" />
        <source>Complete the returned claim</source>
        <translation>Дополнить возвращённую заявку</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_completion.py" line="60" />
        <source>&amp;Invoice: number, date, amount</source>
        <translation>&amp;Счёт: номер, дата, сумма</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_completion.py" line="62" />
        <source>Pa&amp;yment order: number, date, paid</source>
        <translation>&amp;Платёжное поручение: номер, дата, оплачено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_completion.py" line="67" />
        <source>&amp;Acceptance act: number, date</source>
        <translation>&amp;Акт приёмки: номер, дата</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_completion.py" line="84" />
        <source>Complete</source>
        <translation>Дополнить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_completion.py" line="99" />
        <source>Returned to the dealer (no reason given).</source>
        <translation>Возвращена дилеру (причина не указана).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_completion.py" line="109" />
        <source>Claims are filed during execution and evaluation.</source>
        <translation>Заявки подаются на этапах исполнения и оценки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_completion.py" line="110" />
        <source>Check the claim again with these fields: it is submitted when nothing is missing</source>
        <translation>Проверить заявку снова с этими данными: она будет подана, если ничего не упущено</translation>
    </message>
</context>
<context>
    <name>ClaimDetailPanel</name>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="76" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="81" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="82" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="83" />
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="84" />
        <source>Payment order</source>
        <translation>Платёжное поручение</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="85" />
        <source>Acceptance act</source>
        <translation>Акт приёмки-сдачи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="86" />
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="87" />
        <source>Reimbursement</source>
        <translation>Возмещение</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="88" />
        <source>Paid to the dealer</source>
        <translation>Выплачено дилеру</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="97" />
        <source>Reopen decision…</source>
        <translation>Пересмотреть…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="102" />
        <source>exchange rate</source>
        <translation>курс валюты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="103" />
        <source>Set rate</source>
        <translation>Установить курс</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="154" />
        <source>The computation (R6, R7)</source>
        <translation>Расчёт (R6, R7)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="124" />
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="108" />
        <source>&amp;Exchange rate</source>
        <translation>&amp;Курс валюты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="125" />
        <source>Return to dealer…</source>
        <translation>Вернуть дилеру…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="126" />
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="127" />
        <source>Accept late filing…</source>
        <translation>Принять с опозданием…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="155" />
        <location filename="../../ui/screens/claim_detail.py" line="201" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="201" />
        <source>History ({count})</source>
        <translation>История ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="204" />
        <source>Select a claim to see it in detail.</source>
        <translation>Выберите заявку, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="220" />
        <source>Claim {id} — {dealer} {name}, {reference} ({channel}), Q{quarter}</source>
        <translation>Заявка {id} — {dealer} {name}, {reference} ({channel}), {quarter} кв.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="232" />
        <source>Q{quarter}, for work of Q{work} (that quarter was closed when it was filed)</source>
        <translation>{quarter} кв., за работы {work} кв. (тот квартал был закрыт, когда её подали)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="236" />
        <source>Q{quarter}</source>
        <translation>{quarter} кв.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="238" />
        <location filename="../../ui/screens/claim_detail.py" line="251" />
        <source>{number} of {date}, {amount}</source>
        <translation>№ {number} от {date}, {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="242" />
        <source>(rate to be set by finance)</source>
        <translation>(курс установит финансовый отдел)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="244" />
        <source>(rate {rate} {currency} per 1 {foreign})</source>
        <translation>(курс {rate} {currency} за 1 {foreign})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="257" />
        <location filename="../../ui/screens/claim_detail.py" line="262" />
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="260" />
        <source>{number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="265" />
        <source>{filed} (deadline {deadline})</source>
        <translation>{filed} (срок {deadline})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="276" />
        <location filename="../../ui/screens/claim_detail.py" line="337" />
        <location filename="../../ui/screens/claim_detail.py" line="358" />
        <source>Claims are decided on during execution and evaluation.</source>
        <translation>Решения по заявкам принимаются на этапах исполнения и оценки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="284" />
        <source>Accept the late filing first.</source>
        <translation>Сначала примите просроченную подачу.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="286" />
        <source>Set the exchange rate first.</source>
        <translation>Сначала установите курс валюты.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="339" />
        <source>A payment rests on this claim: reverse the payment first (Payments).</source>
        <translation>По заявке есть выплата: сначала сторнируйте выплату (раздел «Выплаты»).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="343" />
        <source>Submit the claim again: an approved amount is cleared on this claim only (audited).</source>
        <translation>Вернуть заявку на рассмотрение: одобренная сумма снимается только с этой заявки (в журнале аудита).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="360" />
        <source>The rate is fixed once the claim is decided.</source>
        <translation>После решения по заявке курс не меняется.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="371" />
        <source>Give the exchange rate as a number above 0, e.g. 0,92.</source>
        <translation>Укажите курс числом больше 0, например 0,92.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="390" />
        <source>Late: filed on {filed}, after the deadline {deadline}.</source>
        <translation>Просрочена: подана {filed}, после срока {deadline}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="396" />
        <source>Late filing accepted by {who}: {reason}</source>
        <translation>Просроченную подачу принял {who}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="401" />
        <source>Accept the late filing (with a reason) before approving it.</source>
        <translation>Перед одобрением примите просроченную подачу (с указанием причины).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="403" />
        <source>Rejected: {reason}</source>
        <translation>Отклонена: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="405" />
        <source>Returned to the dealer: {reason}</source>
        <translation>Возвращена дилеру: {reason}</translation>
    </message>
</context>
<context>
    <name>ClaimFlags</name>
    <message>
        <location filename="../../ui/models/claims.py" line="44" />
        <location filename="../../ui/screens/claims.py" line="174" />
        <source>late: accepted</source>
        <translation>просрочена: принята</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="46" />
        <location filename="../../ui/screens/claims.py" line="175" />
        <source>late: needs override</source>
        <translation>просрочена: нужно решение</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="47" />
        <location filename="../../ui/screens/claims.py" line="176" />
        <source>late</source>
        <translation>просрочена</translation>
    </message>
</context>
<context>
    <name>ClaimScansPanel</name>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="69" />
        <source>Documents are attached to a claim before it is decided.</source>
        <extracomment>The statuses in which a claim still takes documents (the services refuse any other, in their words).</extracomment>
        <translation>Документы прикрепляют к заявке до решения по ней.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="71" />
        <source>Claims are filed during execution and evaluation.</source>
        <translation>Заявки подаются на этапах исполнения и оценки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="76" />
        <source>Attach scans (or drop files)</source>
        <translation>Прикрепить сканы (или перетащите файлы)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="79" />
        <source>Take the shown scan off the claim</source>
        <translation>Открепить показанный скан от заявки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="84" />
        <source>Select a claim to see its scans.</source>
        <translation>Выберите заявку, чтобы увидеть её сканы.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="87" />
        <source>No scans attached — drop files here or Attach…</source>
        <translation>Сканов нет — перетащите файлы сюда или «Прикрепить…»</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="87" />
        <source>No scans attached.</source>
        <translation>Сканов нет.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="93" />
        <source>{kind}: {file}</source>
        <translation>{kind}: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="95" />
        <source>({date})</source>
        <translation>({date})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="96" />
        <source>{kind}: {file}, added by {who}</source>
        <translation>{kind}: {file}, добавил(а) {who}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="109" />
        <source>Check against the scan</source>
        <translation>Сверьте со сканом</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="111" />
        <source>invoice № {number} of {date}, {amount}</source>
        <translation>счёт № {number} от {date}, {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="115" />
        <source>vendor {vendor}</source>
        <translation>поставщик {vendor}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="118" />
        <source>payment order № {number} of {date}, paid {amount}</source>
        <translation>платёжное поручение № {number} от {date}, оплачено {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="124" />
        <source>acceptance act № {number} of {date}</source>
        <translation>акт приёмки № {number} от {date}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="129" />
        <source>{kind} dated {date}; it must fall between the mockup's approval ({approved}) and the act ({act}); planned for {month}</source>
        <translation>{kind} от {date}; дата должна быть между одобрением макета ({approved}) и актом ({act}); по плану — {month}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="133" />
        <source>(no date)</source>
        <translation>(без даты)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="172" />
        <source>Claim {id} — {kind}: {file}</source>
        <translation>Заявка {id} — {kind}: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="183" />
        <source>Attach scans to the claim</source>
        <translation>Прикрепить сканы к заявке</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="185" />
        <source>Scans: PDF or images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Сканы: PDF или изображения (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="225" />
        <source>{file}: not attached</source>
        <translation>{file}: не прикреплён</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="242" />
        <source>Remove the scan</source>
        <translation>Открепить скан</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claim_scans.py" line="243" />
        <source>Take the {kind} {file} off claim {id}? (The stored file stays: other claims may use it.)</source>
        <translation>Открепить «{kind}» {file} от заявки {id}? (Сохранённый файл останется: его могут использовать другие заявки.)</translation>
    </message>
</context>
<context>
    <name>ClaimStatus</name>
    <message>
        <location filename="../../ui/models/claims.py" line="30" />
        <source>submitted</source>
        <translation>подана</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="31" />
        <source>approved</source>
        <translation>одобрена</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="32" />
        <source>paid</source>
        <translation>оплачена</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="33" />
        <source>returned</source>
        <translation>возвращена</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="34" />
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
</context>
<context>
    <name>ClaimsImport</name>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="44" />
        <source> → claim {id}</source>
        <translation> → заявка {id}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="48" />
        <source>invoice</source>
        <translation>счёт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="56" />
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
</context>
<context>
    <name>ClaimsImportPanel</name>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="77" />
        <source>An import is running already; wait for it to finish.</source>
        <translation>Загрузка уже идёт; дождитесь её окончания.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="80" />
        <source>No file or folder to import.</source>
        <translation>Нечего загружать: нет ни файла, ни папки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="84" />
        <source>Filing the claims of {count} workbook(s)…</source>
        <translation>Регистрация заявок из книг: {count}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="96" />
        <source>Claims import: {summary}</source>
        <translation>Загрузка заявок: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="103" />
        <source>Import refused</source>
        <translation>Загрузка отклонена</translation>
    </message>
</context>
<context>
    <name>ClaimsScreen</name>
    <message>
        <location filename="../../ui/screens/claims.py" line="66" />
        <source>All quarters</source>
        <translation>Все кварталы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="68" />
        <source>Q{quarter}</source>
        <translation>{quarter} кв.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="71" />
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="72" />
        <source>Open (submitted or returned)</source>
        <translation>Открытые (поданы или возвращены)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="73" />
        <source>To check (submitted)</source>
        <translation>На проверку (поданные)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="74" />
        <source>Late, not yet accepted</source>
        <translation>Просроченные, не принятые</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="75" />
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="76" />
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="77" />
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="78" />
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="81" />
        <source>Filter by dealer, activity, invoice…</source>
        <translation>Фильтр: дилер, мероприятие, счёт…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="84" />
        <source>Import claims workbooks…</source>
        <translation>Загрузить книги заявок…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="149" />
        <source>Claims are filed during execution and evaluation.</source>
        <translation>Заявки подаются на этапах исполнения и оценки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="201" />
        <source>{shown} of {total} claims</source>
        <translation>Заявок: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="271" />
        <source>Claim {id} approved: {amount}</source>
        <translation>Заявка {id} одобрена: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="279" />
        <source>Return claim to the dealer</source>
        <translation>Возврат заявки дилеру</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="280" />
        <source>What is missing or wrong (the dealer will be told):</source>
        <translation>Чего не хватает или что неверно (дилеру сообщат):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="287" />
        <source>Reject claim</source>
        <translation>Отклонение заявки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="287" />
        <source>Why is the claim rejected (final)?</source>
        <translation>Почему заявка отклонена (окончательно)?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="293" />
        <source>Accept late filing</source>
        <translation>Принять просроченную заявку</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="294" />
        <source>Why is this late claim accepted (recorded in the audit trail)?</source>
        <translation>Почему принята просроченная заявка (запишется в журнал)?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="301" />
        <source>Reopen decision</source>
        <translation>Пересмотр решения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="303" />
        <source>The claim becomes submitted again; an approved amount is cleared on this claim only, the other claims keep theirs.

Why is the decision reopened (recorded in the audit trail)?</source>
        <translation>Заявка снова будет на рассмотрении; одобренная сумма снимается только с этой заявки, у остальных заявок суммы не меняются.

Почему решение пересматривается (записывается в журнал аудита)?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="317" />
        <source>Claim {id}: exchange rate set to {rate}</source>
        <translation>Заявка {id}: курс установлен — {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="333" />
        <source>Claim {id} completed: {message}</source>
        <translation>Заявка {id} дополнена: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="359" />
        <source>Import dealers' claims workbooks</source>
        <translation>Загрузка книг заявок дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="361" />
        <source>Claims workbooks, or a zip of one with its scans (*.xlsx *.xlsm *.ods *.zip);;All files (*)</source>
        <translation>Книги заявок или zip-архив книги со сканами (*.xlsx *.xlsm *.ods *.zip);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="266" />
        <source>Claim</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="267" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="268" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="269" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="270" />
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="271" />
        <source>Reimbursement</source>
        <translation>Возмещение</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="272" />
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="287" />
        <source>Q{quarter}</source>
        <translation>{quarter} кв.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="300" />
        <source>{kind}: {file}, added by {who}</source>
        <translation>{kind}: {file}, добавил(а) {who}</translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <location filename="../../ui/models/claims.py" line="68" />
        <source>Claim</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="69" />
        <source>Quarter</source>
        <translation>Кв.</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="70" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="71" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="72" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="73" />
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="74" />
        <source>Invoiced</source>
        <translation>По счёту</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="75" />
        <source>Reimbursement</source>
        <translation>Возмещение</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="76" />
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="77" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="78" />
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="89" />
        <source>Q{quarter} (work of Q{work})</source>
        <translation>{quarter} кв. (работы {work} кв.)</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="90" />
        <source>Q{quarter}</source>
        <translation>{quarter} кв.</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="137" />
        <source>Filed {filed} after the deadline {deadline}</source>
        <translation>Подана {filed}, после срока {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="141" />
        <source>Accepted by {who}: {reason}</source>
        <translation>Принял {who}: {reason}</translation>
    </message>
</context>
<context>
    <name>CommitmentLettersButton</name>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="52" />
        <source>Commitment letters…</source>
        <translation>Письма-обязательства…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="60" />
        <source>Start a programme year first</source>
        <translation>Сначала начните программный год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="62" />
        <source>Commitment letters can be generated once the allocation is frozen.</source>
        <translation>Письма-обязательства можно сформировать после фиксации распределения.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="64" />
        <source>Write every dealer's commitment letter (one PDF each, and all in one).</source>
        <translation>Сформировать письма-обязательства всем дилерам (по PDF на дилера и общий файл).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="72" />
        <source>Folder for the commitment letters</source>
        <translation>Папка для писем-обязательств</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="79" />
        <source>Writing the commitment letters…</source>
        <translation>Формирование писем-обязательств…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="93" />
        <location filename="../../ui/screens/allocation_letters.py" line="104" />
        <source>Commitment letters</source>
        <translation>Письма-обязательства</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation_letters.py" line="94" />
        <source>{count} letters were written to {folder}. Open the letters now?</source>
        <translation>Писем сформировано: {count}, папка {folder}. Открыть письма?</translation>
    </message>
</context>
<context>
    <name>ConsolidationScreen</name>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="83" />
        <source>Filter by activity, dealer, channel, vendor…</source>
        <translation>Фильтр: мероприятие, дилер, канал, подрядчик…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="86" />
        <source>Export workbook for the agency…</source>
        <translation>Выгрузить книгу для агентства…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="89" />
        <source>Import the agency's workbook…</source>
        <translation>Загрузить книгу агентства…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="144" />
        <source>There is no consolidated plan for this year yet. Export the workbook for the agency, and import it when the agency sends it back.</source>
        <translation>Консолидированного плана на этот год ещё нет. Выгрузите книгу для агентства и загрузите её, когда агентство пришлёт её обратно.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="151" />
        <source>{regions} regions, {kept} of {total} activities included</source>
        <translation>Регионов: {regions}; включено мероприятий: {kept} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="155" />
        <source> · planned {planned}, included {included}</source>
        <translation> · по плану {planned}, включено {included}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="168" />
        <source>The year is closed: its plan is no longer sent to the agency.</source>
        <translation>Год закрыт: план больше не отправляется агентству.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="174" />
        <source>The agency's workbook is imported at the consolidation stage.</source>
        <translation>Книга агентства загружается на этапе консолидации.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="200" />
        <source>Export the consolidation workbook</source>
        <translation>Выгрузка книги консолидированного плана</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="200" />
        <location filename="../../ui/screens/consolidation.py" line="231" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="207" />
        <source>Writing the consolidation workbook…</source>
        <translation>Запись книги консолидированного плана…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="216" />
        <source>Saved &lt;a href="{url}"&gt;{name}&lt;/a&gt;</source>
        <translation>Сохранено: &lt;a href="{url}"&gt;{name}&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="229" />
        <source>Import the agency's consolidation workbook</source>
        <translation>Загрузка консолидированного плана от агентства</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="246" />
        <source>Import one consolidation workbook at a time (dropped: {names}).</source>
        <translation>Импортируйте книги консолидации по одной (перетащено: {names}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="253" />
        <source>Reading the agency's workbook…</source>
        <translation>Чтение книги агентства…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="265" />
        <source>The agency's workbook was refused</source>
        <translation>Книга агентства не принята</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="242" />
        <location filename="../../ui/screens/consolidation.py" line="247" />
        <location filename="../../ui/screens/consolidation.py" line="275" />
        <source>Consolidation workbook</source>
        <translation>Книга консолидированного плана</translation>
    </message>
</context>
<context>
    <name>ConsolidationTreeModel</name>
    <message>
        <location filename="../../ui/models/consolidation.py" line="66" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="67" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="68" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="69" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="70" />
        <source>Planned cost</source>
        <translation>Плановая стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="71" />
        <source>Agency's cost</source>
        <translation>Стоимость агентства</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="72" />
        <source>Included</source>
        <translation>Включено</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="73" />
        <source>Placement</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="74" />
        <source>Vendor</source>
        <translation>Подрядчик</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="75" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="93" />
        <source>{region} — {count} activities</source>
        <translation>{region} — мероприятий: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="95" />
        <source>, {dropped} dropped by the agency</source>
        <translation>, исключено агентством: {dropped}</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="171" />
        <source>Planned cost of every activity of the region; the agency's cost of the included ones (their planned cost where the agency gave none).</source>
        <translation>Плановая стоимость всех мероприятий региона; стоимость агентства по включённым (плановая, если агентство её не указало).</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="187" />
        <source>{included} of {count}</source>
        <translation>{included} из {count}</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="199" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="199" />
        <source>dropped</source>
        <translation>исключено</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="49" />
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="51" />
        <source>CoopDesk met an unexpected problem. What you saved before is safe; the last action may not have been completed.</source>
        <translation>В CoopDesk произошла непредвиденная ошибка. Всё сохранённое ранее цело; последнее действие могло не выполниться.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="58" />
        <source>The details were written to {0}</source>
        <translation>Подробности записаны в {0}</translation>
    </message>
</context>
<context>
    <name>CriterionNamesEditor</name>
    <message>
        <location filename="../../ui/screens/settings_names.py" line="144" />
        <source>The scores keep the criterion's code, so renaming a criterion changes no score. The window and the letters name it in their language. Add or remove criteria on the Programme tab.</source>
        <translation>Баллы хранят код критерия, поэтому переименование не меняет ни одного балла. Окно и письма называют критерий на своём языке. Добавить или удалить критерий можно на вкладке «Программа».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_names.py" line="148" />
        <source>Save criterion names</source>
        <translation>Сохранить названия критериев</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_names.py" line="156" />
        <source>The criterion names are saved.</source>
        <translation>Названия критериев сохранены.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="68" />
        <source>Budget</source>
        <extracomment>Every change: the to-do list counts a bit of everything.</extracomment>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="69" />
        <source>Allocated to dealers</source>
        <translation>Распределено дилерам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="70" />
        <source>Approved reimbursements</source>
        <translation>Одобрено к возмещению</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="71" />
        <source>Paid to dealers</source>
        <translation>Выплачено дилерам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="72" />
        <source>Allocated, not yet claimed</source>
        <translation>Распределено, ещё не заявлено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="80" />
        <source>Spending by channel</source>
        <translation>Расходы по каналам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="81" />
        <source>Spending by quarter</source>
        <translation>Расходы по кварталам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="82" />
        <source>Allocation by region</source>
        <translation>Распределение по регионам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="114" />
        <source>To do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="137" />
        <source>Click a line to open the list it counts.</source>
        <translation>Щёлкните строку, чтобы открыть соответствующий список.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="151" />
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="152" />
        <source>No programme year yet: start one from the File menu.</source>
        <translation>Программного года ещё нет: начните его в меню «Файл».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="158" />
        <source>Programme year {0} — {1}</source>
        <translation>Программный год {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="166" />
        <source>No claims yet: the spending charts fill in once claims are approved.</source>
        <translation>Заявок пока нет: графики расходов заполнятся, когда заявки будут одобрены.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="167" />
        <location filename="../../ui/screens/dashboard.py" line="204" />
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="167" />
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="186" />
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="191" />
        <source>Nothing dated to do</source>
        <translation>Сроков впереди нет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="203" />
        <source>Allocated</source>
        <translation>Распределено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="223" />
        <source>{0} dealer draft(s) missing</source>
        <translation>Не получено черновиков от дилеров: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="224" />
        <source>{0} mockup(s) waiting for review</source>
        <translation>Макетов ждут проверки: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="225" />
        <source>{0} claim(s) to check</source>
        <translation>Заявок ждут проверки: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="226" />
        <source>{0} late claim(s)</source>
        <translation>Заявок подано с опозданием: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="229" />
        <source>{0} pair(s) of stored claims for the same invoice (R8): check them</source>
        <translation>Пар сохранённых заявок по одному и тому же счёту (R8): {0} — проверьте их</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="235" />
        <source>{0} dealer(s) likely to leave funds unused</source>
        <translation>Дилеров, которые, вероятно, не освоят средства: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="248" />
        <source>This list is not part of this version yet</source>
        <translation>Этого списка в этой версии пока нет</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="177" />
        <source>Database password</source>
        <translation>Пароль базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="187" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="188" />
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="190" />
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="191" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>DatabaseUrlDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="154" />
        <source>Connect to a PostgreSQL database</source>
        <translation>Подключение к базе PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="161" />
        <source>Database &amp;URL</source>
        <translation>&amp;Адрес базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="162" />
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="164" />
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
</context>
<context>
    <name>DealerDialog</name>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="64" />
        <source>New dealer</source>
        <extracomment>The dialog's fields, in order: the service's keyword (``register``/``edit``) and the name a Problem gives. The requisites' fields (the service's keywords) and the names their Problems give.</extracomment>
        <translation>Новый дилер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="64" />
        <source>Edit dealer {0}</source>
        <translation>Изменение дилера {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="73" />
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="74" />
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="75" />
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="76" />
        <source>Cit&amp;y:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="77" />
        <source>&amp;Legal name:</source>
        <translation>&amp;Юр. наименование:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="78" />
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="79" />
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="82" />
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="83" />
        <source>&amp;KPP:</source>
        <translation>К&amp;ПП:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="84" />
        <source>&amp;OGRN/OGRNIP:</source>
        <translation>&amp;ОГРН/ОГРНИП:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="85" />
        <source>Legal a&amp;ddress:</source>
        <translation>Юр. &amp;адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="86" />
        <source>Bank na&amp;me:</source>
        <translation>Наи&amp;менование банка:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="87" />
        <source>&amp;BIC:</source>
        <translation>&amp;БИК:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="88" />
        <source>&amp;Settlement account:</source>
        <translation>Рас&amp;чётный счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="89" />
        <source>Correspondent &amp;account:</source>
        <translation>Корр. &amp;счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="99" />
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="100" />
        <source>What a payment order to the dealer needs; all optional</source>
        <translation>Что нужно для платёжного поручения дилеру; всё необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="106" />
        <source>10 digits (a company) or 12</source>
        <translation>10 цифр (организация) или 12</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="107" />
        <source>20 digits</source>
        <translation>20 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="108" />
        <source>20 digits, 301…</source>
        <translation>20 цифр, 301…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="109" />
        <source>a letter then letters or digits, e.g. D014</source>
        <translation>буква, затем буквы или цифры, напр. D014</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="111" />
        <source>as on contracts and invoices</source>
        <translation>как в договорах и счетах</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_form.py" line="156" />
        <source>A dealer's code does not change</source>
        <translation>Код дилера не меняется</translation>
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
    <name>DealerPage</name>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="82" />
        <source>Summary</source>
        <extracomment>The smallest the page gets: it fits the laptop's client area (1090×540) with room to spare.</extracomment>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="83" />
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="84" />
        <source>Mockups</source>
        <translation>Макеты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="85" />
        <source>Claims</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="86" />
        <source>Payments</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="87" />
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="88" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="91" />
        <source>Statement…</source>
        <translation>Выписка…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="92" />
        <source>Letter…</source>
        <translation>Письмо…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="93" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="97" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="127" />
        <source>Dealer {code} — {year}</source>
        <translation>Дилер {code} — {year}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="129" />
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="137" />
        <source>The dealer's commitment letter (PDF).</source>
        <translation>Письмо-обязательство дилера (PDF).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="139" />
        <source>A commitment letter needs the dealer's line in the frozen allocation.</source>
        <translation>Для письма-обязательства нужна строка дилера в утверждённом распределении.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="141" />
        <source>The dealer's statement of the year with its scorecard (PDF).</source>
        <translation>Выписка дилера за год с показателями (PDF).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="156" />
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="156" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="173" />
        <source>Writing {code}'s document…</source>
        <translation>Формируется документ дилера {code}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="183" />
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="189" />
        <source>Dealer page</source>
        <translation>Страница дилера</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="233" />
        <source>Open dealer page</source>
        <translation>Открыть страницу дилера</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page.py" line="250" />
        <source>Open dealer page — {code}</source>
        <translation>Открыть страницу дилера — {code}</translation>
    </message>
</context>
<context>
    <name>DealersScreen</name>
    <message>
        <location filename="../../ui/screens/dealers.py" line="61" />
        <source>Filter by code, name, region, city…</source>
        <translation>Поиск по коду, названию, региону, городу…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="65" />
        <source>Show all dealers</source>
        <translation>Показать всех дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="67" />
        <source>&amp;Active only</source>
        <translation>&amp;Только активные</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="70" />
        <source>Untick to see deactivated dealers too</source>
        <translation>Снимите флажок, чтобы видеть и деактивированных дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="71" />
        <source>&amp;New dealer…</source>
        <translation>&amp;Новый дилер…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="72" />
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="73" />
        <location filename="../../ui/screens/dealers.py" line="194" />
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивировать</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="102" />
        <source>Double-click a name, city, e-mail or phone to edit it; Enter saves.</source>
        <translation>Дважды щёлкните название, город, e-mail или телефон, чтобы изменить; Enter сохраняет.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="181" />
        <source>{0} of {1} dealers</source>
        <translation>{0} из {1} дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="192" />
        <source>Choose a dealer in the table first</source>
        <translation>Сначала выберите дилера в таблице</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="194" />
        <source>&amp;Reactivate</source>
        <translation>&amp;Вернуть в работу</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="226" />
        <source>Scores can change only in drafting, consolidation and allocation</source>
        <translation>Баллы можно менять только на этапах черновиков, консолидации и распределения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="228" />
        <source>The allocation is frozen: scores can no longer change</source>
        <translation>Распределение зафиксировано: баллы менять нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="248" />
        <source>The dealer was not saved</source>
        <translation>Дилер не сохранён</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="311" />
        <source>Deactivate dealer {0} {1}?

From now on it gets no score, sends no draft and has no share in an allocation frozen from now on. An allocation already frozen, its history, claims and payments stay as they are. You can reactivate it later.</source>
        <translation>Деактивировать дилера {0} {1}?

С этого момента он не получает баллов, не присылает черновиков и не участвует в распределениях, утверждаемых впредь. Уже утверждённое распределение, его история, заявки и выплаты остаются как есть. Позже его можно вернуть в работу.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="317" />
        <source>Its open claims are still decided and paid as usual:</source>
        <translation>Его открытые заявки по-прежнему рассматриваются и оплачиваются как обычно:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="319" />
        <source>Deactivate the dealer</source>
        <translation>Деактивация дилера</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="322" />
        <source>Reactivate dealer {0} {1}?

It is scored again, may send drafts and takes part in allocations frozen from now on.</source>
        <translation>Вернуть дилера {0} {1} в работу?

Он снова получает баллы, может присылать черновики и участвует в распределениях, утверждаемых впредь.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealers.py" line="325" />
        <source>Reactivate the dealer</source>
        <translation>Возврат дилера в работу</translation>
    </message>
</context>
<context>
    <name>DealersTableModel</name>
    <message>
        <location filename="../../ui/models/dealers.py" line="38" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="39" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="40" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="41" />
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="42" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="43" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="44" />
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="45" />
        <source>Cap</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="103" />
        <source>Deactivated: takes no part in new allocations</source>
        <extracomment>Saves one edited field: (row, field, new text) → the updated row, or None if refused (the saver says why).</extracomment>
        <translation>Деактивирован: не участвует в новых распределениях</translation>
    </message>
    <message>
        <location filename="../../ui/models/dealers.py" line="105" />
        <source>Not every criterion is scored yet</source>
        <translation>Оценены ещё не все критерии</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../ui/widgets/document_dialog.py" line="27" />
        <source>{type}: cannot be shown</source>
        <translation>{type}: показать нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_dialog.py" line="28" />
        <source>Fit</source>
        <translation>По размеру</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_dialog.py" line="29" />
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_dialog.py" line="30" />
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="216" />
        <source>No scans attached — drop files here or Attach…</source>
        <translation>Сканов нет — перетащите файлы сюда или «Прикрепить…»</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="229" />
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="229" />
        <source>Fit the page to the viewer (0)</source>
        <translation>Вписать страницу в окно (0)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="230" />
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="230" />
        <source>Actual size</source>
        <translation>Исходный размер</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="231" />
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Уменьшить (−, Ctrl+колесо)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="232" />
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Увеличить (+, Ctrl+колесо)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="237" />
        <source>Open the shown scan in a window of its own</source>
        <translation>Открыть показанный скан в отдельном окне</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="239" />
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="240" />
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="241" />
        <source>Remove</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="357" />
        <source>{type}: cannot be shown</source>
        <translation>{type}: показать нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="369" />
        <source>pages 1–{shown} of {count}</source>
        <translation>страницы 1–{shown} из {count}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="371" />
        <source>{count} pages</source>
        <translation>{count} стр.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="387" />
        <source>{percent} %</source>
        <translation>{percent} %</translation>
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
    <name>DropRouter</name>
    <message>
        <location filename="../../ui/drop_router.py" line="117" />
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <location filename="../../ui/drop_router.py" line="118" />
        <source>Not a workbook CoopDesk imports (.xlsx, .xlsm, .ods or a .zip of claims): {names}</source>
        <translation>Не рабочая книга для импорта в CoopDesk (.xlsx, .xlsm, .ods или .zip с заявками): {names}</translation>
    </message>
    <message>
        <location filename="../../ui/drop_router.py" line="125" />
        <source>Not imported: {names}</source>
        <translation>Не импортировано: {names}</translation>
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
        <location filename="../../ui/screens/evaluation.py" line="52" />
        <source>Filter by activity, dealer, region, channel, comment…</source>
        <translation>Фильтр: мероприятие, дилер, регион, канал, комментарий…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="55" />
        <source>Import the efficiency report…</source>
        <translation>Загрузить отчёт об эффективности…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="90" />
        <source>Results by {agency}.</source>
        <translation>Результаты: {agency}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="92" />
        <source>No efficiency results yet. The evaluating agency ({agency}) sends them after the year.</source>
        <translation>Результатов эффективности пока нет. Оценивающее агентство ({agency}) присылает их после окончания года.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="93" />
        <source>not set</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="98" />
        <source>Efficiency results are imported during execution and evaluation.</source>
        <translation>Результаты эффективности загружаются на этапах исполнения и оценки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="103" />
        <source>{shown} of {total} activities</source>
        <translation>Мероприятий: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="115" />
        <source>Import the efficiency report</source>
        <translation>Загрузка отчёта об эффективности</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="117" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="131" />
        <source>Import one efficiency report at a time (dropped: {names}).</source>
        <translation>Импортируйте отчёты об эффективности по одному (перетащено: {names}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="138" />
        <source>Reading the efficiency report…</source>
        <translation>Чтение отчёта об эффективности…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="124" />
        <location filename="../../ui/screens/evaluation.py" line="150" />
        <location filename="../../ui/screens/evaluation.py" line="157" />
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
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="31" />
        <source>&amp;Start a programme year…</source>
        <translation>&amp;Начать программный год…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="32" />
        <source>Open the &amp;demo programme</source>
        <translation>Открыть &amp;демо-программу</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="33" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="51" />
        <source>Only a database file can be backed up here; back up a server database on the server</source>
        <translation>Здесь можно скопировать только файл базы; серверную базу копируют на сервере</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="54" />
        <source>A server database is restored on the command line (the action says how)</source>
        <translation>Базу данных на сервере восстанавливают из командной строки (команда подскажет как)</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="86" />
        <source>New database file</source>
        <translation>Новый файл базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="86" />
        <source>CoopDesk database (*.sqlite)</source>
        <translation>База CoopDesk (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="97" />
        <source>Open a database file</source>
        <translation>Открыть файл базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="99" />
        <source>CoopDesk database (*.sqlite *.db);;All files (*)</source>
        <translation>База CoopDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="133" />
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="135" />
        <source>CoopDesk backup (*{0})</source>
        <translation>Резервная копия CoopDesk (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="142" />
        <location filename="../../ui/file_menu.py" line="148" />
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="142" />
        <source>Choose another file than the database itself.</source>
        <translation>Выберите другой файл, а не саму базу данных.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="148" />
        <source>The backup failed: {0}</source>
        <translation>Не удалось сделать копию: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="151" />
        <source>Backed up to {0}</source>
        <translation>Копия сохранена: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="170" />
        <source>Demo programme</source>
        <translation>Демо-программа</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="171" />
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
        <location filename="../../ui/dialogs.py" line="91" />
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/help_menu.py" line="19" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="21" />
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="22" />
        <source>The folder of CoopDesk's logs, with the log of unexpected errors</source>
        <translation>Папка журналов CoopDesk, в том числе журнала непредвиденных ошибок</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="23" />
        <source>&amp;About CoopDesk</source>
        <translation>&amp;О программе CoopDesk</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="43" />
        <location filename="../../ui/help_menu.py" line="50" />
        <source>Log folder</source>
        <translation>Папка журналов</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="44" />
        <source>The folder {0} cannot be made: {1}</source>
        <translation>Не удалось создать папку {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="50" />
        <source>CoopDesk's logs are in {0}</source>
        <translation>Журналы CoopDesk находятся в папке {0}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/widgets/history.py" line="33" />
        <source>(unchanged)</source>
        <translation>(без изменений)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history.py" line="55" />
        <source>(no before/after recorded)</source>
        <translation>(до/после не записано)</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/widgets/history.py" line="66" />
        <location filename="../../ui/widgets/history.py" line="82" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history.py" line="70" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history.py" line="70" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history.py" line="70" />
        <source>When ({0})</source>
        <translation>Когда ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history.py" line="93" />
        <source>History of {0} ({1})</source>
        <translation>История: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>ImportKindDialog</name>
    <message>
        <location filename="../../ui/drop_router.py" line="51" />
        <source>Import a workbook</source>
        <translation>Импорт книги</translation>
    </message>
    <message>
        <location filename="../../ui/drop_router.py" line="52" />
        <source>Which import is {name} for?</source>
        <translation>Для какого импорта файл {name}?</translation>
    </message>
    <message>
        <location filename="../../ui/drop_router.py" line="53" />
        <source>The workbook does not say which CoopDesk template it is.</source>
        <translation>В книге не указано, какой это шаблон CoopDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/drop_router.py" line="55" />
        <source>Dealer plan draft</source>
        <translation>Черновик плана дилера</translation>
    </message>
    <message>
        <location filename="../../ui/drop_router.py" line="56" />
        <source>Consolidation</source>
        <translation>Консолидация</translation>
    </message>
    <message>
        <location filename="../../ui/drop_router.py" line="57" />
        <source>Quarterly claims</source>
        <translation>Квартальные заявки</translation>
    </message>
    <message>
        <location filename="../../ui/drop_router.py" line="58" />
        <source>Efficiency report</source>
        <translation>Отчёт об эффективности</translation>
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
    <name>ImportReportPanel</name>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="44" />
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="45" />
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="46" />
        <source>Cell:</source>
        <translation>Ячейка:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="47" />
        <source>Problem:</source>
        <translation>Замечание:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="48" />
        <source>Hide report</source>
        <translation>Скрыть отчёт</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>CoopDesk — {0}</source>
        <translation>CoopDesk — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320" />
        <source>There are unsaved changes on: {0}. Close anyway and lose them?</source>
        <translation>Есть несохранённые изменения: {0}. Закрыть и потерять их?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329" />
        <source>Work in progress</source>
        <translation>Идёт работа</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330" />
        <source>A background task is still running. Cancel it and close?</source>
        <translation>Фоновая задача ещё выполняется. Отменить её и закрыть?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/context.py" line="170" />
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>MockupArchivePanel</name>
    <message>
        <location filename="../../ui/screens/mockup_archive.py" line="64" />
        <source>Any decision</source>
        <translation>Любое решение</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_archive.py" line="67" />
        <source>Decided from</source>
        <translation>Решение с</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_archive.py" line="78" />
        <source>Reopen…</source>
        <translation>Пересмотреть…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_archive.py" line="92" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_archive.py" line="118" />
        <source>All dealers</source>
        <translation>Все дилеры</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_archive.py" line="120" />
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_archive.py" line="154" />
        <source>{count} decided</source>
        <translation>Решено: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_archive.py" line="169" />
        <source>Decisions are reopened during the execution year; the archive stays readable.</source>
        <translation>Решения пересматривают в год исполнения; архив остаётся доступен для просмотра.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_archive.py" line="176" />
        <source>Take the decision back: the mockup waits for a decision again (the reason is kept)</source>
        <translation>Отменить решение: макет снова ждёт решения (причина сохраняется)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_archive.py" line="203" />
        <source>Reopen the decision</source>
        <translation>Пересмотр решения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_archive.py" line="204" />
        <source>Mockup {number} of {reference}: why is the decision reopened?</source>
        <translation>Макет {number} мероприятия {reference}: почему решение пересматривается?</translation>
    </message>
</context>
<context>
    <name>MockupArchiveTableModel</name>
    <message>
        <location filename="../../ui/models/mockups.py" line="75" />
        <source>Decided</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="76" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="77" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="78" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="79" />
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="80" />
        <source>Other brands</source>
        <translation>Чужие бренды</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="81" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="82" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>MockupDecisionBar</name>
    <message>
        <location filename="../../ui/widgets/mockup_decision.py" line="30" />
        <source>How many brands other than ours the mockup shows (R6); digits 0–9 set it</source>
        <translation>Сколько чужих брендов на макете (R6); цифры 0–9 задают число</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_decision.py" line="33" />
        <source>Comment (required to reject or to request changes)</source>
        <translation>Комментарий (обязателен, чтобы отклонить или отправить на доработку)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_decision.py" line="37" />
        <source>Approve  (A)</source>
        <translation>Одобрить  (A)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_decision.py" line="38" />
        <source>Reject  (R)</source>
        <translation>Отклонить  (R)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_decision.py" line="39" />
        <source>Request changes  (C)</source>
        <translation>На доработку  (C)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_decision.py" line="40" />
        <source>◀ Previous  (K)</source>
        <translation>◀ Предыдущий  (K)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_decision.py" line="41" />
        <source>Next  (J) ▶</source>
        <translation>Следующий  (J) ▶</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_decision.py" line="44" />
        <source>Keys in the queue and the picture: 0–9 other brands · A approve · C changes · R reject · J / K next / previous · + / − zoom · Ctrl+0 fit · Ctrl+1 100 % · F full screen · Esc leaves it</source>
        <translation>Клавиши в очереди и на макете: 0–9 — чужие бренды · A — одобрить · C — на доработку · R — отклонить · J / K — следующий / предыдущий · + / − — масштаб · Ctrl+0 — вписать · Ctrl+1 — 100 % · F — во весь экран · Esc — выйти из него</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_decision.py" line="50" />
        <source>⌨ Keys</source>
        <translation>⌨ Клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_decision.py" line="56" />
        <source>Other brands shown:</source>
        <translation>Чужих брендов на макете:</translation>
    </message>
</context>
<context>
    <name>MockupDetails</name>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="33" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="34" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="35" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="36" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="37" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="38" />
        <source>Cost in the plan</source>
        <translation>Стоимость по плану</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="39" />
        <source>Placement / vendor</source>
        <translation>Размещение / подрядчик</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="40" />
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="41" />
        <source>Submitted</source>
        <translation>Подан</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="42" />
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="43" />
        <source>Earlier mockups</source>
        <translation>Предыдущие макеты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="44" />
        <source>Attachment</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="107" />
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="82" />
        <source>{reference}, mockup {number}</source>
        <translation>{reference}, макет {number}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="102" />
        <source>none: the dealer sent only the title, so it cannot be approved</source>
        <translation>нет: дилер прислал только название, поэтому макет нельзя одобрить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_details.py" line="108" />
        <source>{status} on {day} by {who}</source>
        <translation>{status} {day}, {who}</translation>
    </message>
</context>
<context>
    <name>MockupDrops</name>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="308" />
        <location filename="../../ui/screens/mockup_submit.py" line="317" />
        <source>Submit a mockup</source>
        <translation>Подать макет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="314" />
        <source>Drop one mockup file at a time: {names}</source>
        <translation>Перетаскивайте по одному файлу макета: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="316" />
        <source>Not a mockup file (a PDF or an image) nor a workbook to import: {names}</source>
        <translation>Не файл макета (PDF или изображение) и не книга для импорта: {names}</translation>
    </message>
</context>
<context>
    <name>MockupPreview</name>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="67" />
        <source>☰ List</source>
        <extracomment>A document to show: its bytes and media type.</extracomment>
        <translation>☰ Список</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="70" />
        <source>Show or hide the queue and the details</source>
        <translation>Показать или скрыть очередь и подробности</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="71" />
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="72" />
        <source>The whole page in view (Ctrl+0)</source>
        <translation>Вся страница на экране (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="73" />
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="74" />
        <source>One pixel of the picture on one pixel of the screen (Ctrl+1)</source>
        <translation>Пиксель макета на пиксель экрана (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="76" />
        <source>Zoom out (-, Ctrl+wheel)</source>
        <translation>Уменьшить (-, Ctrl+колесо)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="78" />
        <source>Zoom in (+ or =, Ctrl+wheel)</source>
        <translation>Увеличить (+ или =, Ctrl+колесо)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="82" />
        <source>Previous page (Page Up)</source>
        <translation>Предыдущая страница (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="85" />
        <source>Next page (Page Down)</source>
        <translation>Следующая страница (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="86" />
        <source>Compare with previous</source>
        <translation>Сравнить с предыдущим</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="89" />
        <source>Full screen: the picture alone (F or double-click; Esc leaves)</source>
        <translation>Во весь экран: только макет (F или двойной щелчок; Esc — выход)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="172" />
        <source>Show the previous mockup of the same activity beside this one</source>
        <translation>Показать рядом предыдущий макет того же мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="174" />
        <source>There is no earlier mockup of this activity with a file</source>
        <translation>У мероприятия нет более раннего макета с файлом</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="203" />
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mockup_preview.py" line="211" />
        <source>page {page} of {total}</source>
        <translation>стр. {page} из {total}</translation>
    </message>
</context>
<context>
    <name>MockupQueueTableModel</name>
    <message>
        <location filename="../../ui/models/mockups.py" line="28" />
        <source>Submitted</source>
        <translation>Подан</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="29" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="30" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="31" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="32" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="33" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>MockupStatus</name>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>changes requested</source>
        <translation>на доработке</translation>
    </message>
</context>
<context>
    <name>MockupSubmitDialog</name>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="66" />
        <source>Submit a mockup</source>
        <extracomment>What a mockup file may be named (the services judge it by its content): images and PDFs.</extracomment>
        <translation>Подать макет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="86" />
        <source>optional, e.g. the version or the medium</source>
        <translation>необязательно, например версия или носитель</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="88" />
        <source>choose a PDF or an image, or drop it here</source>
        <translation>выберите PDF или изображение или перетащите его сюда</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="89" />
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="94" />
        <source>&amp;Dealer:</source>
        <translation>&amp;Дилер:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="95" />
        <source>&amp;Activity:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="97" />
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="98" />
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="105" />
        <source>&amp;Submit</source>
        <translation>&amp;Подать</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="150" />
        <source>waiting for a decision</source>
        <translation>ждёт решения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="151" />
        <source>approved</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="152" />
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="153" />
        <source>changes requested</source>
        <translation>на доработке</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="159" />
        <source>No mockup yet: this will be mockup 1.</source>
        <translation>Макетов ещё нет: это будет макет 1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="160" />
        <source>Mockup {number}: {status}.</source>
        <translation>Макет {number}: {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="162" />
        <source>This will be mockup {number}, the new version.</source>
        <translation>Это будет макет {number}, новая версия.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="187" />
        <source>Start a programme year first</source>
        <translation>Сначала начните программный год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="189" />
        <source>The year has no approved plan with activities yet.</source>
        <translation>У года ещё нет утверждённого плана с мероприятиями.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="191" />
        <source>Choose the mockup's file.</source>
        <translation>Выберите файл макета.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="195" />
        <source>Mockups are submitted at stage execution.</source>
        <translation>Макеты подают на этапе исполнения.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="204" />
        <source>The mockup's file</source>
        <translation>Файл макета</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="206" />
        <source>Mockups (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Макеты (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>MockupsScreen</name>
    <message>
        <location filename="../../ui/screens/mockups.py" line="96" />
        <source>Filter the queue…</source>
        <extracomment>Reads an attachment's bytes and media type by id (AttachmentService.read by default).</extracomment>
        <translation>Фильтр очереди…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="305" />
        <source>Mockups are decided on during the execution year.</source>
        <translation>Решения по макетам принимаются в год исполнения.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="273" />
        <source>No mockup is waiting for a decision.</source>
        <translation>Макетов, ожидающих решения, нет.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="112" />
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="113" />
        <source>Decided</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="217" />
        <source>Queue ({count})</source>
        <translation>Очередь ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="273" />
        <source>No decided mockup.</source>
        <translation>Решённых макетов нет.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="278" />
        <source>Mockup {number} for {reference}</source>
        <translation>Макет {number} к мероприятию {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="281" />
        <source>No file: the dealer sent only the title.</source>
        <translation>Файла нет: дилер прислал только название.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="393" />
        <source>Part of the ad was never on screen: approve at {rate}?</source>
        <translation>Часть макета так и не появилась на экране: одобрить по ставке {rate}?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="396" />
        <source>Pages not yet seen in full: {pages}.</source>
        <translation>Не просмотрены целиком страницы: {pages}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="399" />
        <source>Approve without seeing all of it?</source>
        <translation>Одобрить, не посмотрев целиком?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="436" />
        <source>Approved {mockup} at {rate}</source>
        <translation>{mockup} одобрен по ставке {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="438" />
        <source>Rejected {mockup}</source>
        <translation>{mockup} отклонён</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="439" />
        <source>Changes requested for {mockup}</source>
        <translation>{mockup} отправлен на доработку</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="286" />
        <source>{type}: cannot be shown</source>
        <translation>{type}: показать нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="293" />
        <source>No. {number} ({status})</source>
        <translation>№ {number} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="296" />
        <source>No. {number} (this one)</source>
        <translation>№ {number} (этот)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="324" />
        <source>rate {formula}</source>
        <translation>ставка {formula}</translation>
    </message>
</context>
<context>
    <name>MockupsTab</name>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="207" />
        <source>Mockup</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="207" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="207" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="207" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="207" />
        <source>Submitted</source>
        <translation>Подан</translation>
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
        <source>&amp;Programme year</source>
        <translation>&amp;Программный год</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="42" />
        <source>&amp;Currency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="43" />
        <source>&amp;Budget</source>
        <translation>&amp;Бюджет</translation>
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
    <name>NumberFormat</name>
    <message>
        <location filename="../../ui/numbers.py" line="20" />
        <source>As the window language</source>
        <extracomment>The formats offered in Settings ("" follows the window language) and how they are shown there.</extracomment>
        <translation>Как в языке окна</translation>
    </message>
    <message>
        <location filename="../../ui/numbers.py" line="21" />
        <source>12,345.67</source>
        <translation>12,345.67</translation>
    </message>
    <message>
        <location filename="../../ui/numbers.py" line="22" />
        <source>12 345,67</source>
        <translation>12 345,67</translation>
    </message>
    <message>
        <location filename="../../ui/numbers.py" line="23" />
        <source>12.345,67</source>
        <translation>12.345,67</translation>
    </message>
</context>
<context>
    <name>PayableClaimsTableModel</name>
    <message>
        <location filename="../../ui/models/payments.py" line="119" />
        <source>Claim</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="120" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="121" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="122" />
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="123" />
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="124" />
        <source>Outstanding</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="148" />
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
        <source>&amp;Dealer:</source>
        <translation>&amp;Дилер:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="61" />
        <source>&amp;Paid on:</source>
        <translation>Дата &amp;выплаты:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="62" />
        <source>&amp;Amount paid:</source>
        <translation>Вы&amp;плачено:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="63" />
        <source>&amp;Reference:</source>
        <translation>&amp;Номер:</translation>
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
        <location filename="../../ui/screens/payment_form.py" line="118" />
        <source>{count} claim(s) selected: {ids}</source>
        <translation>Выбрано заявок: {count} ({ids})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="120" />
        <source>Tick the claims this payment settles.</source>
        <translation>Отметьте заявки, которые закрывает эта выплата.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="134" />
        <source>Enter the amount paid, as on the payment order.</source>
        <translation>Введите выплаченную сумму, как в платёжном поручении.</translation>
    </message>
</context>
<context>
    <name>PaymentReversalDialog</name>
    <message>
        <location filename="../../ui/screens/payment_reversal_dialog.py" line="28" />
        <location filename="../../ui/screens/payment_reversal_dialog.py" line="59" />
        <source>Reverse payment</source>
        <translation>Сторнировать выплату</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_reversal_dialog.py" line="32" />
        <source>Reverse the payment of {amount} to {dealer} of {date} (claims {claims})? It stays on record; a reversal with the same amounts, negative, is added on the date below and counts in that date's quarter. The claims it settled are owed again.</source>
        <translation>Сторнировать выплату {amount} дилеру {dealer} от {date} (заявки {claims})? Выплата остаётся в учёте; сторно с теми же суммами со знаком минус добавляется на дату ниже и учитывается в квартале этой даты. Оплаченные ею заявки снова ждут оплаты.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_reversal_dialog.py" line="45" />
        <source>e.g. the bank returned it</source>
        <translation>например, банк вернул платёж</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_reversal_dialog.py" line="53" />
        <source>&amp;Reason (recorded in the audit log):</source>
        <translation>&amp;Причина (записывается в журнал аудита):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payment_reversal_dialog.py" line="54" />
        <source>Reversed &amp;on:</source>
        <translation>&amp;Дата сторно:</translation>
    </message>
</context>
<context>
    <name>PaymentsScreen</name>
    <message>
        <location filename="../../ui/screens/payments.py" line="53" />
        <source>Filter payments by dealer, reference, claim…</source>
        <translation>Фильтр выплат: дилер, номер, заявка…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="56" />
        <source>Reverse payment…</source>
        <translation>Сторнировать выплату…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="73" />
        <source>Close quarter…</source>
        <translation>Закрыть квартал…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="74" />
        <source>Reopen quarter…</source>
        <translation>Открыть квартал заново…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="77" />
        <source>Quarters</source>
        <translation>Кварталы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="126" />
        <source>Payments are recorded during execution and evaluation.</source>
        <translation>Выплаты вносятся на этапах исполнения и оценки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="133" />
        <source>Q{quarter} {year}</source>
        <translation>{quarter} кв. {year}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="136" />
        <source>Quarters are closed during execution and evaluation.</source>
        <translation>Кварталы закрываются на этапах исполнения и оценки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="144" />
        <source>Quarters are reopened during execution and evaluation.</source>
        <translation>Кварталы открываются заново на этапах исполнения и оценки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="145" />
        <source>Reopen Q{quarter} (quarters reopen from the last one closed)</source>
        <translation>Открыть заново {quarter} кв. (кварталы открываются заново, начиная с последнего закрытого)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="175" />
        <source>Payments are reversed during execution and evaluation.</source>
        <translation>Выплаты сторнируются на этапах исполнения и оценки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="177" />
        <source>Select a payment to reverse.</source>
        <translation>Выберите выплату для сторно.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="179" />
        <source>This payment was reversed already.</source>
        <translation>Эта выплата уже сторнирована.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="181" />
        <source>This is a reversal: record the payment again instead.</source>
        <translation>Это сторно: вместо его отмены внесите выплату заново.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="185" />
        <source>Reverse the selected payment: it stays on record, the claims it settled are owed again.</source>
        <translation>Сторнировать выбранную выплату: она остаётся в учёте, оплаченные ею заявки снова ждут оплаты.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="224" />
        <source>Payment of {amount} to {dealer} reversed</source>
        <translation>Выплата {amount} дилеру {dealer} сторнирована</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="281" />
        <source>Q{quarter} {year} cannot be closed yet.</source>
        <translation>{quarter} кв. {year} пока нельзя закрыть.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="283" />
        <source>Show them</source>
        <translation>Показать их</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="297" />
        <source>Reopen quarter</source>
        <translation>Повторное открытие квартала</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="299" />
        <source>Reopen Q{quarter} {year}? Its claims and payments can change again and its report is no longer final.

Reason (recorded in the audit log):</source>
        <translation>Открыть заново {quarter} кв. {year}? Его заявки и выплаты снова можно будет менять, а его отчёт перестанет быть окончательным.

Причина (записывается в журнал):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="308" />
        <source>Q{quarter} {year} reopened</source>
        <translation>{quarter} кв. {year} открыт заново</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="151" />
        <source>Q{quarter} closed on {when} by {who}</source>
        <translation>{quarter} кв. закрыт {when}, {who}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="156" />
        <source>No quarter is closed yet.</source>
        <translation>Закрытых кварталов пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="193" />
        <source>{count} payments</source>
        <translation>Выплат: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="250" />
        <source>Close quarter before its deadline</source>
        <translation>Закрытие квартала до срока подачи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="252" />
        <source>Claims of Q{quarter} {year} may still be filed on time until {deadline}. Close it now anyway? Its claims can no longer be decided on, and the quarter's report becomes final.

Reason (recorded in the audit log):</source>
        <translation>Заявки за {quarter} кв. {year} ещё можно подать в срок до {deadline}. Всё равно закрыть его сейчас? Решения по его заявкам больше принимать нельзя, а отчёт за квартал становится окончательным.

Причина (записывается в журнал):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="260" />
        <source>Say why the quarter is closed before its filing deadline.</source>
        <translation>Укажите, почему квартал закрывается до окончания срока подачи заявок.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="267" />
        <location filename="../../ui/screens/payments.py" line="280" />
        <source>Close quarter</source>
        <translation>Закрытие квартала</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="269" />
        <source>Close Q{quarter} {year}? Its claims can no longer be decided on, and the quarter's report becomes final.</source>
        <translation>Закрыть {quarter} кв. {year}? Решения по его заявкам больше принимать нельзя, а отчёт за квартал становится окончательным.</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="328" />
        <source>Paid on</source>
        <translation>Дата выплаты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="328" />
        <source>Payment order</source>
        <translation>Платёжное поручение</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="328" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="328" />
        <source>Claims</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="328" />
        <source>By</source>
        <translation>Кто внёс</translation>
    </message>
</context>
<context>
    <name>PaymentsTableModel</name>
    <message>
        <location filename="../../ui/models/payments.py" line="35" />
        <source>Paid on</source>
        <translation>Дата выплаты</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="36" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="37" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="38" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="39" />
        <source>Reversal</source>
        <translation>Сторно</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="40" />
        <source>Claims</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="41" />
        <source>Payment reference</source>
        <translation>Номер платёжного поручения</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="42" />
        <source>Recorded by</source>
        <translation>Внёс</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="51" />
        <source>Reversal of the payment of {date}: {reason}</source>
        <translation>Сторно выплаты от {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="55" />
        <source>Reversed on {date}</source>
        <translation>Сторнирована {date}</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="87" />
        <source>claim {id} ({reference}, invoice {invoice}): {amount}</source>
        <translation>заявка {id} ({reference}, счёт {invoice}): {amount}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../ui/context.py" line="87" />
        <source>Your role ({0}) may not {1}.</source>
        <extracomment>``ScreenContext.allows(use_case)`` without a view: the current year's stage.</extracomment>
        <translation>Ваша роль ({0}) не позволяет {1}.</translation>
    </message>
</context>
<context>
    <name>PlanImportPanel</name>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="74" />
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
        <location filename="../../ui/screens/plan_import.py" line="84" />
        <source>No file or folder to import.</source>
        <translation>Нечего загружать: нет ни файла, ни папки.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="86" />
        <source>Importing {count} workbook(s)…</source>
        <translation>Загрузка книг: {count}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="107" />
        <source>Import refused</source>
        <translation>Загрузка отклонена</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="113" />
        <source>Import report: {imported} file(s) imported, {refused} refused, {skipped} skipped, {problems} problem(s)</source>
        <translation>Отчёт о загрузке: загружено файлов {imported}, отклонено {refused}, пропущено {skipped}, замечаний {problems}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="117" />
        <source>Import report: {imported} file(s) imported, {refused} refused, {problems} problem(s)</source>
        <translation>Отчёт о загрузке: загружено файлов {imported}, отклонено {refused}, замечаний {problems}</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="170" />
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="171" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="172" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="173" />
        <source>Planned cost</source>
        <translation>Плановая стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="174" />
        <source>Counted cost</source>
        <translation>Учтённая стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="175" />
        <source>Consolidated</source>
        <translation>В сводном плане</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="176" />
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="184" />
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="184" />
        <source>included</source>
        <translation>включено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="184" />
        <source>dropped</source>
        <translation>исключено</translation>
    </message>
</context>
<context>
    <name>PlansScreen</name>
    <message>
        <location filename="../../ui/screens/plans.py" line="56" />
        <source>Filter dealers…</source>
        <translation>Фильтр дилеров…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="59" />
        <source>Import returned workbooks…</source>
        <translation>Загрузить присланные книги…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="83" />
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="85" />
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="87" />
        <location filename="../../ui/screens/plans.py" line="201" />
        <source>Changes against the previous version</source>
        <translation>Изменения по сравнению с предыдущей версией</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="89" />
        <source>Dealer's review and regional notes</source>
        <translation>Отзыв дилера и региональные заметки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="151" />
        <source>{received} drafts received, {missing} missing</source>
        <translation>Черновиков получено: {received}, не хватает: {missing}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="169" />
        <source>You can also drop the workbooks anywhere on the window.</source>
        <translation>Книги можно также перетащить в любое место окна.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="168" />
        <source>Drafts are imported only while the year is at the drafting stage.</source>
        <translation>Черновики загружаются только на этапе черновиков.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="192" />
        <source>{code} has not returned a draft yet.</source>
        <translation>{code} ещё не прислал черновик.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="202" />
        <source>Only one version: nothing to compare.</source>
        <translation>Версия одна: сравнивать не с чем.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="205" />
        <source>Changes in v{new} against v{old}</source>
        <translation>Изменения версии {new} по сравнению с {old}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="207" />
        <source>No changes.</source>
        <translation>Изменений нет.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="218" />
        <source>Activities of v{number} ({count})</source>
        <translation>Мероприятия версии {number} ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="222" />
        <source>First half-year review:</source>
        <translation>Итоги первого полугодия:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="224" />
        <source>Regional notes:</source>
        <translation>Региональные заметки:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="232" />
        <source>Import returned plan workbooks</source>
        <translation>Загрузка присланных книг планов</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="234" />
        <source>Drafts: Excel or LibreOffice (*.xlsx *.xlsm *.ods);;All files (*)</source>
        <translation>Черновики: Excel или LibreOffice (*.xlsx *.xlsm *.ods);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ProofsEditor</name>
    <message>
        <location filename="../../ui/screens/settings_proofs.py" line="62" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_proofs.py" line="62" />
        <source>Proof</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_proofs.py" line="62" />
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_proofs.py" line="73" />
        <source>A claim without a required proof is returned naming it; a proof's date must lie between the mockup's approval and the acceptance act. An optional proof is asked for but not required.</source>
        <translation>Заявка без обязательного подтверждения возвращается с его названием; дата подтверждения должна лежать между утверждением макета и актом приёмки. Необязательное подтверждение запрашивается, но не требуется.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_proofs.py" line="85" />
        <source>Add a proof</source>
        <translation>Добавить подтверждение</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_proofs.py" line="86" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_proofs.py" line="87" />
        <source>Restore common practice</source>
        <translation>Вернуть обычную практику</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_proofs.py" line="88" />
        <source>The usual proofs for each channel of the year (saved with Save proofs)</source>
        <translation>Обычные подтверждения для каждого канала года (сохраняются кнопкой «Сохранить подтверждения»)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_proofs.py" line="89" />
        <source>Save proofs</source>
        <translation>Сохранить подтверждения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_proofs.py" line="119" />
        <source>The year is closed: its settings cannot change.</source>
        <translation>Год закрыт: его настройки менять нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_proofs.py" line="161" />
        <source>Required: a claim without it is returned</source>
        <translation>Обязательно: заявка без него возвращается</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_proofs.py" line="202" />
        <source>No proof asked for: {0}</source>
        <translation>Подтверждения не запрашиваются: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_proofs.py" line="230" />
        <source>Common practice is filled in: save the proofs to keep it.</source>
        <translation>Подставлена обычная практика: сохраните подтверждения, чтобы она осталась.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings_proofs.py" line="239" />
        <source>The proofs of performance are saved.</source>
        <translation>Подтверждения выхода рекламы сохранены.</translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <location filename="../../ui/screens/reports.py" line="32" />
        <source>Quarterly finance report</source>
        <translation>Квартальный финансовый отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="33" />
        <source>Commitment letters</source>
        <translation>Письма-обязательства</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="34" />
        <source>Dealer statement</source>
        <translation>Выписка по дилеру</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="35" />
        <source>Annual programme report</source>
        <translation>Годовой отчёт по программе</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/screens/reports.py" line="73" />
        <source>Q{quarter}</source>
        <translation>{quarter} кв.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="77" />
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="78" />
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="81" />
        <source>Generate PDF…</source>
        <translation>Сформировать PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="86" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="88" />
        <location filename="../../ui/screens/reports.py" line="233" />
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="90" />
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="92" />
        <source>&amp;Quarter:</source>
        <translation>&amp;Квартал:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="93" />
        <source>&amp;Dealer:</source>
        <translation>&amp;Дилер:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="94" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="163" />
        <source>All dealers (one file)</source>
        <translation>Все дилеры (один файл)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="174" />
        <source>Per dealer and channel: claimed, approved, rejected, payable and paid; budget used against allocated.</source>
        <translation>По дилерам и каналам: заявлено, одобрено, отклонено, к выплате и выплачено; использование бюджета против распределённого.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="176" />
        <source>Each dealer's allocated amount, cap, score and the rules, ready to sign.</source>
        <translation>Сумма распределения, лимит, балл и правила для каждого дилера — готово к подписи.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="177" />
        <source>One dealer's year: allocation, plans, mockups, claims, payments, balance.</source>
        <translation>Год одного дилера: распределение, планы, макеты, заявки, выплаты, остаток.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="178" />
        <source>Spending by channel, region and quarter; efficiency per channel; what to drop.</source>
        <translation>Расходы по каналам, регионам и кварталам; эффективность каналов; от чего отказаться.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="198" />
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="198" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="217" />
        <source>Generating: {report}…</source>
        <translation>Формирование: {report}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="227" />
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="232" />
        <source>The report was not generated.</source>
        <translation>Отчёт не сформирован.</translation>
    </message>
</context>
<context>
    <name>RequisitesTab</name>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="355" />
        <source>Legal name</source>
        <translation>Юр. наименование</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="356" />
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="357" />
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="358" />
        <source>OGRN/OGRNIP</source>
        <translation>ОГРН/ОГРНИП</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="359" />
        <source>Legal address</source>
        <translation>Юр. адрес</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="360" />
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="361" />
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="362" />
        <source>Settlement account</source>
        <translation>Расчётный счёт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="363" />
        <source>Correspondent account</source>
        <translation>Корр. счёт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="371" />
        <source>Not given yet: add them with Dealers &amp; scores → Edit…</source>
        <translation>Пока не указаны: добавьте их в «Дилеры и баллы» → «Изменить…»</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="66" />
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="77" />
        <source>Backup file:</source>
        <translation>Файл копии:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="78" />
        <source>Written:</source>
        <translation>Создана:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="79" />
        <source>By CoopDesk:</source>
        <translation>Версия CoopDesk:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="79" />
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="80" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="81" />
        <source>Programme years:</source>
        <translation>Годы программы:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="84" />
        <source>Attached files:</source>
        <translation>Вложенные файлы:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="87" />
        <source>The database {0} will be replaced by this backup: whatever was recorded since the backup was written is lost. The backup is checked completely first; if anything is wrong, nothing is replaced.</source>
        <translation>База данных {0} будет заменена этой копией: всё, что записано после создания копии, пропадёт. Сначала копия полностью проверяется; если в ней что-то не так, ничего не заменяется.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="95" />
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="44" />
        <source>Dealers:</source>
        <translation>Дилеры:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="45" />
        <source>Plan drafts:</source>
        <translation>Черновики планов:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="46" />
        <source>Mockups:</source>
        <translation>Макеты:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="47" />
        <source>Claims:</source>
        <translation>Заявки:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="48" />
        <source>Payments:</source>
        <translation>Выплаты:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="49" />
        <source>Users:</source>
        <translation>Пользователи:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="57" />
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="107" />
        <source>A server (PostgreSQL) database is restored on the command line, which needs the server's tools (pg_restore). As the role that owns the database, run:

coop-desk --db {0} restore FILE --replace --admin-user OWNER</source>
        <translation>Базу данных на сервере (PostgreSQL) восстанавливают из командной строки: для этого нужны инструменты сервера (pg_restore). От имени роли — владельца базы выполните:

coop-desk --db {0} restore ФАЙЛ --replace --admin-user ВЛАДЕЛЕЦ</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="141" />
        <location filename="../../ui/restore_dialog.py" line="149" />
        <location filename="../../ui/restore_dialog.py" line="167" />
        <location filename="../../ui/restore_dialog.py" line="176" />
        <location filename="../../ui/restore_dialog.py" line="230" />
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="151" />
        <source>CoopDesk backup (*{0});;All files (*)</source>
        <translation>Резервная копия CoopDesk (*{0});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="177" />
        <source>{0} is a backup of a server (PostgreSQL) database; it cannot be restored into a database file.</source>
        <translation>{0} — копия базы данных на сервере (PostgreSQL); её нельзя восстановить в файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="197" />
        <source>Restoring {0}…</source>
        <translation>Восстановление {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="206" />
        <source>Restoring from backup…</source>
        <translation>Восстановление из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="221" />
        <source>Restored from {0}</source>
        <translation>Восстановлено из {0}</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="229" />
        <source>The database was not changed.</source>
        <translation>База данных не изменена.</translation>
    </message>
</context>
<context>
    <name>ScoreEditor</name>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="51" />
        <source>Save scores</source>
        <translation>Сохранить баллы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="53" />
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="55" />
        <source>Score S</source>
        <translation>Балл S</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="56" />
        <source>Coefficient k</source>
        <translation>Коэффициент k</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="57" />
        <source>Cap</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="90" />
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="92" />
        <source>Select a dealer to see its scores.</source>
        <translation>Выберите дилера, чтобы увидеть его баллы.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="98" />
        <source>Scores of {0} for {1}</source>
        <translation>Баллы {0} за {1} год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="106" />
        <source>0–{0}</source>
        <translation>0–{0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="108" />
        <source>Weight {0}, 0 to {1} points</source>
        <translation>Вес {0}, от 0 до {1} баллов</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="142" />
        <source>{0}: at most {1} points</source>
        <translation>{0}: не больше {1} баллов</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="168" />
        <source>k is below the eligibility threshold {0}: no budget for this dealer</source>
        <translation>k ниже порога участия {0}: бюджета для этого дилера нет</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <location filename="../../ui/service_strings.py" line="196" />
        <source>min({invoiced}, {paid}) × {rate} = {amount}</source>
        <translation>min({invoiced}, {paid}) × {rate} = {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="198" />
        <source>{formula}, limited to the remaining allocation {remaining} → {final}</source>
        <translation>{formula}, с ограничением остатком распределения {remaining} → {final}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="199" />
        <source>{percent} % (own brand only)</source>
        <translation>{percent} % (только наш бренд)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="200" />
        <source>{percent} % / {brands} brands</source>
        <translation>{percent} % / {brands} бренд(а/ов)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="96" />
        <source>dealer {code}</source>
        <translation>дилер {code}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="259" />
        <source>last changed by {actor} on {at} UTC ({action})</source>
        <translation>последнее изменение: {actor}, {at} UTC ({action})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="457" />
        <source>no such dealer</source>
        <translation>такого дилера нет</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="263" />
        <source>somebody else changed this record since you opened it; nothing was overwritten — reload it</source>
        <translation>кто-то другой изменил эту запись, пока она была открыта у вас; ничего не перезаписано — обновите её</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="266" />
        <source>there is no programme year {year}</source>
        <translation>программного года {year} нет</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="267" />
        <source>{message} ({latest})</source>
        <translation>{message} ({latest})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="268" />
        <source>{what} is not allowed in year {year} at stage {stage} (only at: {allowed})</source>
        <translation>{what} — недоступно в {year} году на этапе «{stage}» (только на этапах: {allowed})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="269" />
        <source>acceptance act</source>
        <translation>акт приёмки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="270" />
        <source>acceptance act date</source>
        <translation>дата акта приёмки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="271" />
        <source>acceptance act number</source>
        <translation>номер акта приёмки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="272" />
        <source>act date</source>
        <translation>дата акта</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="273" />
        <source>act number</source>
        <translation>номер акта</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="274" />
        <source>an invoice in {currency} needs a positive exchange rate ({programme} per 1 {currency}), got {value}</source>
        <translation>для счёта в {currency} нужен положительный курс ({programme} за 1 {currency}), а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="275" />
        <source>applies only to an invoice in another currency than {currency}</source>
        <translation>указывается только для счёта в валюте, отличной от {currency}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="357" />
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="276" />
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="277" />
        <source>exchange rate</source>
        <translation>курс</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="278" />
        <source>if approved now: {formula} {currency}</source>
        <translation>при одобрении сейчас: {formula} {currency}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="279" />
        <source>invoice amount</source>
        <translation>сумма счёта</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="280" />
        <source>invoice date</source>
        <translation>дата счёта</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="281" />
        <source>invoice number</source>
        <translation>номер счёта</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="282" />
        <source>invoice {amount} {currency} × {rate} = {converted} {programme}</source>
        <translation>счёт {amount} {currency} × {rate} = {converted} {programme}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="258" />
        <source>is longer than {limit} characters</source>
        <translation>длиннее {limit} символов</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="284" />
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="285" />
        <source>missing: {items}</source>
        <translation>не хватает: {items}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="286" />
        <source>mockup {number} has no count of other brands</source>
        <translation>у макета {number} не указано число других брендов</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="287" />
        <source>must be 1, 2, 3 or 4, got {value}</source>
        <translation>должен быть 1, 2, 3 или 4, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="288" />
        <source>must be a date, got {value}</source>
        <translation>должна быть датой, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="289" />
        <source>must be a three-letter code such as EUR, got {value}</source>
        <translation>должна быть трёхбуквенным кодом, например EUR, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="290" />
        <source>must be above 0</source>
        <translation>должна быть больше 0</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="291" />
        <source>must be text, got {value}</source>
        <translation>должно быть текстом, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="292" />
        <source>own brand only</source>
        <translation>только наш бренд</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="293" />
        <source>paid amount</source>
        <translation>оплаченная сумма</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="294" />
        <source>paid {amount} {currency} × {rate} = {converted} {programme}</source>
        <translation>оплачено {amount} {currency} × {rate} = {converted} {programme}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="295" />
        <source>payment order</source>
        <translation>платёжное поручение</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="296" />
        <source>payment order amount</source>
        <translation>сумма платёжного поручения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="297" />
        <source>payment order date</source>
        <translation>дата платёжного поручения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="298" />
        <source>payment order date and amount</source>
        <translation>дата и сумма платёжного поручения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="299" />
        <source>payment order number</source>
        <translation>номер платёжного поручения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="300" />
        <source>payment order number and amount</source>
        <translation>номер и сумма платёжного поручения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="301" />
        <source>payment order number and date</source>
        <translation>номер и дата платёжного поручения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="302" />
        <source>quarter</source>
        <translation>квартал</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="303" />
        <source>rate (R6) = {formula} = {rate} (mockup {number}: {brands})</source>
        <translation>ставка (R6) = {formula} = {rate} (макет {number}: {brands})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="305" />
        <source>rejected: {reason}</source>
        <translation>отклонена: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="306" />
        <source>remaining allocation = {allocated} allocated − {used} approved before = {remaining}</source>
        <translation>остаток распределения = {allocated} выделено − {used} одобрено ранее = {remaining}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="307" />
        <source>returned to the dealer: {reason}</source>
        <translation>возвращена дилеру: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="308" />
        <source>the acceptance act is dated {act}, before mockup {number} was approved on {approved_on}: the ad ran before its approval (R7)</source>
        <translation>акт приёмки датирован {act}, раньше одобрения макета {number} ({approved_on}): реклама вышла до одобрения (R7)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="311" />
        <source>vendor</source>
        <translation>поставщик</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="312" />
        <source>verified cost = min(invoiced {invoiced}, paid {paid}) = {verified}</source>
        <translation>подтверждённые затраты = min(по счёту {invoiced}, оплачено {paid}) = {verified}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="313" />
        <source>{count} other brand(s)</source>
        <translation>других брендов — {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="314" />
        <source>{formula}: reimbursement {amount} {currency}</source>
        <translation>{formula}: возмещение {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="316" />
        <source>{value} has too many digits</source>
        <translation>в {value} слишком много цифр</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="317" />
        <source>{value} is in the future (after {latest})</source>
        <translation>{value} — дата в будущем (позже {latest})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="318" />
        <source>{where} ({field})</source>
        <translation>{where} ({field})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="530" />
        <source>Q{quarter} {year}</source>
        <translation>{quarter} кв. {year}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="531" />
        <source>Q{quarter} {year} was closed by somebody else at the same moment</source>
        <translation>{quarter} кв. {year} в тот же момент закрыл кто-то другой</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="356" />
        <source>a claim stays on its activity: file a new claim for another one</source>
        <translation>заявка остаётся при своём мероприятии: для другого подайте новую заявку</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="384" />
        <source>a payment above what was approved: {amount} exceeds the {open} approved and still unpaid</source>
        <translation>выплата больше одобренного: {amount} превышает {open}, одобренные и ещё не выплаченные</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="127" />
        <source>approving a claim</source>
        <translation>одобрение заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="358" />
        <source>claim for {reference}</source>
        <translation>заявка по {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="319" />
        <source>claim {number}</source>
        <translation>заявка {number}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="385" />
        <source>claim {number} (amount)</source>
        <translation>заявка {number} (сумма)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="320" />
        <source>claim {number} filed late on {filed_on}: accepted anyway: {reason}</source>
        <translation>заявка {number}, поданная с опозданием ({filed_on}), всё же принята: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="359" />
        <source>claim {number} for {reference} (Q{quarter}): {outcome}</source>
        <translation>заявка {number} по {reference} ({quarter} кв.): {outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="321" />
        <source>claim {number} for {reference} approved: {formula} {currency}</source>
        <translation>заявка {number} по {reference} одобрена: {formula} {currency}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="322" />
        <source>claim {number} for {reference} rejected: {reason}</source>
        <translation>заявка {number} по {reference} отклонена: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="323" />
        <source>claim {number} for {reference} returned: {reason}</source>
        <translation>заявка {number} по {reference} возвращена: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="409" />
        <source>claim {number} was changed by somebody else since you opened it; nothing was changed</source>
        <translation>заявку {number} изменил кто-то другой, пока она была открыта у вас; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="386" />
        <source>claim {number}: {part} &gt; {open}</source>
        <translation>заявка {number}: {part} &gt; {open}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="387" />
        <source>claims</source>
        <translation>заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="534" />
        <source>closed Q{quarter} {year}</source>
        <translation>закрыт {quarter} кв. {year}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="134" />
        <source>closing a quarter</source>
        <translation>закрытие квартала</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="136" />
        <source>completing a claim</source>
        <translation>дополнение заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="361" />
        <source>dealer {code} is unknown</source>
        <translation>дилер {code} неизвестен</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="364" />
        <source>filed late (the deadline was {deadline}): approving it needs an override</source>
        <translation>подана с опозданием (срок был {deadline}): для одобрения нужно решение о принятии</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="365" />
        <source>filed on</source>
        <translation>дата подачи</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="144" />
        <source>filing a claim</source>
        <translation>подача заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="388" />
        <source>has nothing left to pay</source>
        <translation>по ней нечего выплачивать</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="389" />
        <source>is a claim of another dealer, not of {dealer}</source>
        <translation>заявка другого дилера, не {dealer}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="537" />
        <source>is closed already</source>
        <translation>уже закрыт</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="326" />
        <source>is incomplete</source>
        <translation>заполнена не полностью</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="390" />
        <source>is not a claim of {year}</source>
        <translation>не является заявкой {year} года</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="370" />
        <source>is not a field of a claim</source>
        <translation>не является полем заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="538" />
        <source>is not over yet (it ends on {end})</source>
        <translation>ещё не закончился (заканчивается {end})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="391" />
        <source>is paid already</source>
        <translation>уже выплачена</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="330" />
        <source>is {status}: it can no longer be accepted</source>
        <translation>статус «{status}»: принять её уже нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="371" />
        <source>is {status}: only a returned claim can be completed</source>
        <translation>статус «{status}»: дополнить можно только возвращённую заявку</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="331" />
        <source>is {status}: only a submitted claim can be approved</source>
        <translation>статус «{status}»: одобрить можно только заявку на рассмотрении</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="332" />
        <source>is {status}: only a {allowed} claim can be rejected</source>
        <translation>статус «{status}»: отклонить можно только заявку со статусом «{allowed}»</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="333" />
        <source>is {status}: only a {allowed} claim can be returned</source>
        <translation>статус «{status}»: вернуть можно только заявку со статусом «{allowed}»</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="392" />
        <source>is {status}: only an approved claim can be paid</source>
        <translation>статус «{status}»: выплатить можно только одобренную заявку</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="374" />
        <source>must be a date not after {today}, got {value}</source>
        <translation>должна быть датой не позже {today}, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="393" />
        <source>must be claim numbers, got {value}</source>
        <translation>должны быть номерами заявок, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="382" />
        <source>must be one of {choices}, got {value}</source>
        <translation>должна быть одной из: {choices}, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="394" />
        <source>name at least one claim the payment settles</source>
        <translation>укажите хотя бы одну заявку, которую закрывает выплата</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="395" />
        <source>names a claim twice</source>
        <translation>одна заявка указана дважды</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="383" />
        <source>order</source>
        <translation>сортировка</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="153" />
        <source>overriding a late claim</source>
        <translation>принятие просроченной заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="396" />
        <source>paid on</source>
        <translation>дата выплаты</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="397" />
        <source>paid {amount} {currency} to {dealer} on {paid_on} for claims {claims}</source>
        <translation>{paid_on}: выплачено {amount} {currency} дилеру {dealer} по заявкам {claims}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="398" />
        <source>paid {amount} {currency} to {dealer} on {paid_on} for claims {claims} (fully paid: {settled})</source>
        <translation>{paid_on}: выплачено {amount} {currency} дилеру {dealer} по заявкам {claims} (полностью выплачены: {settled})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="399" />
        <source>payment amount</source>
        <translation>сумма выплаты</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="400" />
        <source>payment to {dealer}</source>
        <translation>выплата дилеру {dealer}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="336" />
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="159" />
        <source>recording a payment</source>
        <translation>внесение выплаты</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="401" />
        <source>reference</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="164" />
        <source>rejecting a claim</source>
        <translation>отклонение заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="375" />
        <source>returned to the dealer, {reason}</source>
        <translation>возвращена дилеру, {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="173" />
        <source>returning a claim</source>
        <translation>возврат заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="337" />
        <source>say why the claim is rejected</source>
        <translation>укажите, почему заявка отклоняется</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="338" />
        <source>say why the claim is returned</source>
        <translation>укажите, почему заявка возвращается</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="340" />
        <source>say why the late claim is accepted</source>
        <translation>укажите, почему просроченная заявка принимается</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="376" />
        <source>submitted for review</source>
        <translation>подана на рассмотрение</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="341" />
        <source>submitted or returned</source>
        <translation>на рассмотрении или возвращено</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="342" />
        <source>the allocation is not frozen</source>
        <translation>распределение не зафиксировано</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="343" />
        <source>the late filing was accepted already by {who}</source>
        <translation>просроченную подачу уже принял(а) {who}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="402" />
        <source>the payment could not be stored</source>
        <translation>выплату не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="354" />
        <source>there is no claim {number}</source>
        <translation>заявки {number} нет</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="344" />
        <source>was filed late ({filed_on}): accept the late filing (override) before approving</source>
        <translation>подана с опозданием ({filed_on}): перед одобрением примите просроченную подачу</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="345" />
        <source>was filed on time: there is nothing to override</source>
        <translation>подана в срок: принимать нечего</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="346" />
        <source>year {year}</source>
        <translation>год {year}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="404" />
        <source>year {year} has no frozen allocation yet</source>
        <translation>у {year} года ещё нет зафиксированного распределения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="405" />
        <source>{amount} is not the sum of the parts {parts}</source>
        <translation>{amount} не равно сумме частей {parts}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="406" />
        <source>{amount} is not the sum of the parts {parts}; to pay part, give the amount per claim</source>
        <translation>{amount} не равно сумме частей {parts}; чтобы выплатить часть, укажите сумму по каждой заявке</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="377" />
        <source>{dealer}: {message}</source>
        <translation>{dealer}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="378" />
        <source>{message} (changed: {fields})</source>
        <translation>{message} (изменено: {fields})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="408" />
        <source>{message} ({details})</source>
        <translation>{message} ({details})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="379" />
        <source>{reference} has no approved mockup</source>
        <translation>у мероприятия {reference} нет одобренного макета</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="380" />
        <source>{reference} has no approved mockup (mockup {number} is still waiting for a decision)</source>
        <translation>у мероприятия {reference} нет одобренного макета (макет {number} ещё ждёт решения)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="381" />
        <source>{reference} is an activity of {owner}, not of {dealer}</source>
        <translation>{reference} — мероприятие дилера {owner}, а не {dealer}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="411" />
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="425" />
        <source>legal name</source>
        <translation>юридическое название</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="430" />
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="509" />
        <source>consolidated plan (agency)</source>
        <translation>консолидированный план (агентство)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="510" />
        <source>consolidated plan (source)</source>
        <translation>консолидированный план (файл)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="525" />
        <source>{where} (placement)</source>
        <translation>{where} (размещение)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="527" />
        <source>{where} (vendor)</source>
        <translation>{where} (подрядчик)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="608" />
        <source>Q{quarter}</source>
        <translation>{quarter} кв.</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="609" />
        <source>at least one criterion is needed</source>
        <translation>нужен хотя бы один критерий</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="581" />
        <source>base_rate</source>
        <translation>базовая ставка</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="582" />
        <source>budget</source>
        <translation>бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="583" />
        <source>cap_ceiling</source>
        <translation>верхний лимит</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="584" />
        <source>cap_floor</source>
        <translation>нижний лимит</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="610" />
        <source>changed settings of {year}: {settings}</source>
        <translation>изменены настройки {year} года: {settings}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="585" />
        <source>channels</source>
        <translation>каналы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="586" />
        <source>claim_deadline_days</source>
        <translation>срок подачи заявок (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="611" />
        <source>confirm to move on anyway (--confirm-missing)</source>
        <translation>подтвердите, чтобы всё же перейти дальше (--confirm-missing)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="587" />
        <source>consolidating_agency</source>
        <translation>консолидирующее агентство</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="612" />
        <source>created programme year {year}</source>
        <translation>создан программный год {year}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="613" />
        <source>criteria</source>
        <translation>критерии</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="614" />
        <source>criterion {number}</source>
        <translation>критерий {number}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="588" />
        <source>evaluating_agency</source>
        <translation>оценивающее агентство</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="615" />
        <source>is not a programme setting</source>
        <translation>не является настройкой программы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="589" />
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="616" />
        <source>max points must be a whole number from 1 to 1000, got {value}</source>
        <translation>максимум баллов должен быть целым числом от 1 до 1000, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="591" />
        <source>must be a three-letter ISO code such as EUR, got {value}</source>
        <translation>должна быть трёхбуквенным кодом ISO, например EUR, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="592" />
        <source>must be a whole number of days from 0 to 366, got {value}</source>
        <translation>должен быть целым числом дней от 0 до 366, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="593" />
        <source>must be above 0 and at most 0.5 (the dealer pays at least half), got {value}</source>
        <translation>должна быть больше 0 и не больше 0,5 (дилер платит не меньше половины), а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="594" />
        <source>must be an exact decimal number, got {value}</source>
        <translation>должно быть точным десятичным числом, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="595" />
        <source>must be at least the floor ({floor}), got {value}</source>
        <translation>должен быть не меньше нижнего лимита ({floor}), а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="617" />
        <source>must be between 2000 and 2100, got {value}</source>
        <translation>должен быть между 2000 и 2100, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="596" />
        <source>must be from 0 up to (not including) 1, got {value}</source>
        <translation>должен быть от 0 до 1 (не включая 1), а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="597" />
        <source>must be ru or en</source>
        <translation>должен быть ru или en</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="598" />
        <source>must follow the order of the stages</source>
        <translation>должны идти в порядке этапов</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="599" />
        <source>must not be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="600" />
        <source>must not be the consolidating agency (the evaluation is independent)</source>
        <translation>не может совпадать с консолидирующим агентством (оценка независима)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="601" />
        <source>names a channel twice</source>
        <translation>один канал указан дважды</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="618" />
        <source>needs a name</source>
        <translation>нужно название</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="603" />
        <source>needs at least one channel and no empty names</source>
        <translation>нужен хотя бы один канал, без пустых названий</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="619" />
        <source>no consolidated plan has been imported yet</source>
        <translation>консолидированный план ещё не импортирован</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="620" />
        <source>no dealer draft has been received yet</source>
        <translation>ещё не получено ни одного черновика дилера</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="621" />
        <source>programme year {year} exists already</source>
        <translation>программный год {year} уже есть</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="622" />
        <source>quarters not closed yet: {quarters}</source>
        <translation>не закрыты кварталы: {quarters}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="623" />
        <source>re-opening a stage needs a reason</source>
        <translation>для возврата на этап нужна причина</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="625" />
        <source>set {count} scoring criteria for {year}</source>
        <translation>заданы критерии оценки на {year} год: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="605" />
        <source>stage dates</source>
        <translation>даты этапов</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="489" />
        <source>the allocation is not frozen yet</source>
        <translation>распределение ещё не зафиксировано</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="626" />
        <source>the efficiency report has not been imported yet</source>
        <translation>отчёт об эффективности ещё не импортирован</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="606" />
        <source>threshold</source>
        <translation>порог</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="627" />
        <source>two criteria have the same name</source>
        <translation>у двух критериев одинаковое название</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="628" />
        <source>weight must be a positive decimal, got {value}</source>
        <translation>вес должен быть положительным десятичным числом, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="629" />
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="631" />
        <source>year {year} is at {stage}: only an earlier stage can be re-opened</source>
        <translation>год {year} на этапе «{stage}»: вернуться можно только на более ранний этап</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="632" />
        <source>year {year} is closed: its settings cannot change</source>
        <translation>{year} год закрыт: его настройки менять нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="633" />
        <source>year {year} is closed: there is no later stage</source>
        <translation>{year} год закрыт: следующего этапа нет</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="634" />
        <source>year {year} re-opened: {before} → {after}: {reason}</source>
        <translation>год {year} возвращён: {before} → {after}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="635" />
        <source>year {year} was changed by somebody else since you opened it; reload it</source>
        <translation>год {year} изменил кто-то другой, пока он был открыт у вас; обновите</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="636" />
        <source>year {year} → {stage}</source>
        <translation>год {year} → {stage}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="637" />
        <source>year {year}: the allocation is frozen, so {settings} cannot change (re-open the allocation stage first)</source>
        <translation>год {year}: распределение зафиксировано, поэтому {settings} менять нельзя (сначала вернитесь на этап распределения)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="638" />
        <source>year {year}: the allocation is frozen; criteria cannot change</source>
        <translation>год {year}: распределение зафиксировано; критерии менять нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="639" />
        <source>year {year}: {before} → {after}</source>
        <translation>год {year}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="640" />
        <source>year {year}: {before} → {after} (confirmed missing: {missing})</source>
        <translation>год {year}: {before} → {after} (подтверждено, несмотря на: {missing})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="641" />
        <source>{count} claim(s) are still waiting for a decision</source>
        <translation>заявок, ещё ждущих решения: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="642" />
        <source>{count} dealer(s) sent no draft: {dealers}</source>
        <translation>не прислали черновик ({count}): {dealers}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="444" />
        <source>agency</source>
        <translation>агентство</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="19" />
        <source>backing up a {backend} database is not supported (only SQLite files and PostgreSQL)</source>
        <translation>резервное копирование базы {backend} не поддерживается (только файлы SQLite и PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="49" />
        <source>cannot be backed up: {reason}</source>
        <translation>не удалось скопировать: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="51" />
        <source>cannot be restored: {reason}</source>
        <translation>не удалось восстановить: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="20" />
        <source>cannot be written: {reason}</source>
        <translation>не удалось записать: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="46" />
        <source>exit code {code}</source>
        <translation>код завершения {code}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="36" />
        <source>holds a member with an unsafe name: {name}</source>
        <translation>содержит элемент с небезопасным именем: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="37" />
        <source>is a backup of an unknown format (written by a newer CoopDesk?)</source>
        <translation>резервная копия неизвестного формата (сделана более новой версией CoopDesk?)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="21" />
        <source>is a folder; name the backup file to write</source>
        <translation>это папка; укажите файл резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="38" />
        <source>is incomplete: {member} is missing</source>
        <translation>неполная: нет {member}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="39" />
        <source>is not a CoopDesk backup (no manifest.json)</source>
        <translation>это не резервная копия CoopDesk (нет manifest.json)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="41" />
        <source>is not a readable CoopDesk backup: {reason}</source>
        <translation>нечитаемая резервная копия CoopDesk: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="23" />
        <source>is the database itself; choose another file</source>
        <translation>это сама база данных; выберите другой файл</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="28" />
        <source>its database does not open: {reason}</source>
        <translation>её база данных не открывается: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="31" />
        <source>its database is damaged: {reason}</source>
        <translation>её база данных повреждена: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="24" />
        <source>its folder {folder} does not exist</source>
        <translation>папки {folder} не существует</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="44" />
        <source>names an unknown database kind {kind}</source>
        <translation>неизвестный вид базы данных {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="25" />
        <source>the database {database} already holds data; restore with --replace to overwrite it</source>
        <translation>в базе {database} уже есть данные; чтобы перезаписать их, восстанавливайте с --replace</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="26" />
        <source>there is no database file to back up</source>
        <translation>нет файла базы данных для резервного копирования</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="27" />
        <source>{file} is a {kind} backup; it cannot be restored into a {target} database</source>
        <translation>{file} — резервная копия {kind}; её нельзя восстановить в базу {target}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="47" />
        <source>{name} was not found on PATH: install the PostgreSQL client tools, or back up the server database on the server</source>
        <translation>{name} не найден в PATH: установите клиентские утилиты PostgreSQL или сделайте копию базы на сервере</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="48" />
        <source>{what} failed: {reason}</source>
        <translation>{what}: ошибка: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="123" />
        <source>add attachments</source>
        <translation>добавлять вложения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="124" />
        <source>add users</source>
        <translation>добавлять пользователей</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="125" />
        <source>approve claims</source>
        <translation>одобрять заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="126" />
        <source>approve mockups</source>
        <translation>одобрять макеты</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="128" />
        <source>ask for changes to mockups</source>
        <translation>отправлять макеты на доработку</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="131" />
        <source>change a year's settings</source>
        <translation>менять настройки года</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="132" />
        <source>change the scoring criteria</source>
        <translation>менять критерии оценки дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="133" />
        <source>close a quarter</source>
        <translation>закрывать кварталы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="135" />
        <source>complete claims</source>
        <translation>дополнять заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="137" />
        <source>create a programme year</source>
        <translation>создать программный год</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="140" />
        <source>disable users</source>
        <translation>отключать пользователей</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="141" />
        <source>edit dealers</source>
        <translation>редактировать дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="142" />
        <source>edit the consolidated plan</source>
        <translation>редактировать консолидированный план</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="143" />
        <source>file claims</source>
        <translation>подавать заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="145" />
        <source>freeze the allocation</source>
        <translation>фиксировать распределение</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="147" />
        <source>import dealer drafts</source>
        <translation>импортировать черновики дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="148" />
        <source>import efficiency results</source>
        <translation>импортировать результаты эффективности</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="151" />
        <source>move a year to its next stage</source>
        <translation>переводить год на следующий этап</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="152" />
        <source>override a late claim</source>
        <translation>принимать просроченные заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="154" />
        <source>re-open an earlier stage</source>
        <translation>возвращать год на прежний этап</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="156" />
        <source>record dealer scores</source>
        <translation>вносить баллы дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="157" />
        <source>record payments</source>
        <translation>вносить выплаты</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="161" />
        <source>register dealers</source>
        <translation>регистрировать дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="162" />
        <source>reject claims</source>
        <translation>отклонять заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="163" />
        <source>reject mockups</source>
        <translation>отклонять макеты</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="172" />
        <source>return claims</source>
        <translation>возвращать заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="176" />
        <source>set passwords</source>
        <translation>задавать пароли</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="179" />
        <source>sign in</source>
        <translation>входить в программу</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="180" />
        <source>submit mockups</source>
        <translation>подавать макеты</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="64" />
        <source>{actor} ({role}) may not {what}</source>
        <translation>{actor} ({role}) не может {what}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="226" />
        <source>cap = {cap} (k below the threshold {threshold} gives 0; otherwise {floor} + (k − {threshold}) / (1 − {threshold}) × ({ceiling} − {floor}), rounded down to 100)</source>
        <translation>лимит = {cap} (при k ниже порога {threshold} — 0; иначе {floor} + (k − {threshold}) / (1 − {threshold}) × ({ceiling} − {floor}), с округлением вниз до 100)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="227" />
        <source>dealer {code}, {criterion}</source>
        <translation>дилер {code}, {criterion}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="228" />
        <source>demand = min(request, cap) = {demand}</source>
        <translation>потребность = min(запрос, лимит) = {demand}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="146" />
        <source>freezing the allocation</source>
        <translation>фиксация распределения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="229" />
        <source>froze the {year} allocation: {total} of {budget} to {count} dealers</source>
        <translation>зафиксировано распределение {year} года: {total} из {budget} на {count} дилер(а/ов)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="230" />
        <source>froze the {year} allocation: {total} of {budget} to {count} dealers (replacing the earlier one)</source>
        <translation>зафиксировано распределение {year} года: {total} из {budget} на {count} дилер(а/ов) (вместо прежнего)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="231" />
        <source>is not an active dealer</source>
        <translation>не является активным дилером</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="232" />
        <source>points must be 0–{top}</source>
        <translation>баллы должны быть от 0 до {top}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="233" />
        <source>request = {base} × Σ cost of included activities = {request} (cents down)</source>
        <translation>запрос = {base} × Σ стоимость включённых мероприятий = {request} (копейки вниз)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="234" />
        <source>score S = {score}, coefficient k = S / S_max = {k}</source>
        <translation>балл S = {score}, коэффициент k = S / S_max = {k}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="235" />
        <source>total demand {demand} exceeds the budget {budget}: shared by k (water-filling); this dealer reaches its demand → {amount}</source>
        <translation>общая потребность {demand} превышает бюджет {budget}: делится по k (water-filling); этот дилер получает свою потребность полностью → {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="236" />
        <source>total demand {demand} exceeds the budget {budget}: shared in proportion to k (λ × k, cents down, leftover cents by largest remainder) → {amount}</source>
        <translation>общая потребность {demand} превышает бюджет {budget}: делится пропорционально k (λ × k, копейки вниз, остаток копеек по наибольшим остаткам) → {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="237" />
        <source>total demand {demand} fits the budget {budget}: every dealer gets its demand → {amount}</source>
        <translation>общая потребность {demand} укладывается в бюджет {budget}: каждый дилер получает свою потребность → {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="238" />
        <source>year {year} has no consolidated plan to allocate</source>
        <translation>у {year} года нет консолидированного плана для распределения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="239" />
        <source>year {year} was changed or frozen by somebody else since you looked; reload it</source>
        <translation>год {year} изменил или зафиксировал кто-то другой, пока вы смотрели; обновите</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="240" />
        <source>year {year}: mockups or claims already rest on the frozen allocation</source>
        <translation>год {year}: на зафиксированном распределении уже основаны макеты или заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="241" />
        <source>year {year}: somebody else froze an allocation at the same moment</source>
        <translation>год {year}: в тот же момент распределение зафиксировал кто-то другой</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="242" />
        <source>{name} is not a criterion</source>
        <translation>{name} — не критерий</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="243" />
        <source>cost per sale limit</source>
        <translation>предельная стоимость продажи</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="244" />
        <source>must be above 0, got {value}</source>
        <translation>должен быть больше 0, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="245" />
        <source>attachment {id}</source>
        <translation>вложение {id}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="246" />
        <source>attachment {name}</source>
        <translation>вложение {name}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="247" />
        <source>cannot be read: {reason}</source>
        <translation>не читается: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="248" />
        <source>is larger than the limit of {size} MB</source>
        <translation>больше допустимых {size} МБ</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="249" />
        <source>is not a PDF, PNG, JPEG, TIFF or WEBP file (judged by its content)</source>
        <translation>не является файлом PDF, PNG, JPEG, TIFF или WEBP (по содержимому)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="251" />
        <source>its file is missing from {folder}</source>
        <translation>его файла нет в папке {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="252" />
        <source>stored {name} ({media_type}, {size} bytes)</source>
        <translation>сохранён файл {name} ({media_type}, {size} байт)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="254" />
        <source>the stored file does not match its checksum</source>
        <translation>сохранённый файл не совпадает с контрольной суммой</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="255" />
        <source>there is no attachment {id}</source>
        <translation>вложения {id} нет</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="410" />
        <source>a dealer with this code exists already</source>
        <translation>дилер с таким кодом уже есть</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="413" />
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="415" />
        <source>dealer {code} could not be registered (duplicate code)</source>
        <translation>дилера {code} не удалось зарегистрировать (код уже занят)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="416" />
        <source>dealer {code} was changed by somebody else since you opened it; reload it</source>
        <translation>дилера {code} изменил кто-то другой, пока карточка была открыта у вас; обновите её</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="417" />
        <source>dealer {code}, criterion {name}</source>
        <translation>дилер {code}, критерий {name}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="418" />
        <source>dealer {code}: {field}</source>
        <translation>дилер {code}: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="419" />
        <source>edited dealer {code}: {fields}</source>
        <translation>изменён дилер {code}: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="420" />
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="423" />
        <source>is not a criterion of {year} ({criteria})</source>
        <translation>не критерий {year} года ({criteria})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="424" />
        <source>is not a dealer field</source>
        <translation>не является полем дилера</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="426" />
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="427" />
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="428" />
        <source>names the same criterion twice</source>
        <translation>один критерий указан дважды</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="429" />
        <source>not an active dealer</source>
        <translation>не активный дилер</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="431" />
        <source>points must be a number, got {value}</source>
        <translation>баллы должны быть числом, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="432" />
        <source>points must be from 0 to {top}, got {value}</source>
        <translation>баллы должны быть от 0 до {top}, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="160" />
        <source>recording scores</source>
        <translation>внесение баллов</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="434" />
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="435" />
        <source>registered dealer {code} {name}</source>
        <translation>зарегистрирован дилер {code} {name}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="436" />
        <source>scored dealer {code} for {year}</source>
        <translation>внесены баллы дилера {code} за {year} год</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="437" />
        <source>year {year}: the allocation is frozen; scores can no longer change</source>
        <translation>год {year}: распределение зафиксировано; баллы больше менять нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="438" />
        <source>{value} is not an e-mail address</source>
        <translation>{value} — не адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="439" />
        <source>{value} must be a letter then 1–15 letters or digits, e.g. D014</source>
        <translation>{value}: код — буква и затем 1–15 букв или цифр, например D014</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="445" />
        <source>efficiency report</source>
        <translation>отчёт об эффективности</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="446" />
        <source>efficiency results for {year} from {agency}: {count} activities ({replaced} replaced)</source>
        <translation>результаты эффективности за {year} год ({agency}): мероприятий — {count} (заменено: {replaced})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="447" />
        <source>has no rows</source>
        <translation>не содержит ни одной строки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="149" />
        <source>importing efficiency results</source>
        <translation>импорт результатов эффективности</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="448" />
        <source>leads</source>
        <translation>лиды</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="449" />
        <source>name the evaluating agency (set it in the year's settings)</source>
        <translation>укажите агентство, оценивающее эффективность (в настройках года)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="450" />
        <source>reach</source>
        <translation>охват</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="451" />
        <source>row {number} ({reference})</source>
        <translation>строка {number} ({reference})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="452" />
        <source>sales</source>
        <translation>продажи</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="453" />
        <source>{agency} consolidated the plans; the evaluation must come from another agency</source>
        <translation>{agency} консолидировало планы; оценку должно проводить другое агентство</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="94" />
        <source>{field} must be a whole number ≥ 0, got {value}</source>
        <translation>{field}: должно быть целым числом ≥ 0, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="454" />
        <source>{reference} appears twice</source>
        <translation>{reference} встречается дважды</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="455" />
        <source>{reference} is not an activity of the {year} plan</source>
        <translation>{reference} — не мероприятие плана {year} года</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="456" />
        <source>{where} (sales amount)</source>
        <translation>{where} (сумма продаж)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="472" />
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="473" />
        <source>decided on</source>
        <translation>дата решения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="139" />
        <source>deciding on a mockup</source>
        <translation>решение по макету</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="475" />
        <source>is {status}, not waiting for a decision</source>
        <translation>статус «{status}», решения не ждёт</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="477" />
        <source>mockup for {reference}</source>
        <translation>макет к мероприятию {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="478" />
        <source>mockup {number} (id {id}, submitted {submitted}) is still waiting for a decision</source>
        <translation>макет {number} (id {id}, подан {submitted}) ещё ждёт решения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="479" />
        <source>mockup {number} for {reference} submitted on {day}</source>
        <translation>макет {number} к мероприятию {reference} подан {day}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="480" />
        <source>mockup {number} for {reference} submitted on {day}: {title}</source>
        <translation>макет {number} к мероприятию {reference} подан {day}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="464" />
        <source>mockup {number} of {reference}</source>
        <translation>макет {number} к мероприятию {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="481" />
        <source>mockup {number} of {reference} {status} on {day}</source>
        <translation>макет {number} к мероприятию {reference}: {status} {day}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="482" />
        <source>mockup {number} of {reference} {status} on {day} ({rate})</source>
        <translation>макет {number} к мероприятию {reference}: {status} {day} ({rate})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="483" />
        <source>mockup {number} of {reference} {status} on {day} ({rate}): {comment}</source>
        <translation>макет {number} к мероприятию {reference}: {status} {day} ({rate}): {comment}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="484" />
        <source>mockup {number} of {reference} {status} on {day}: {comment}</source>
        <translation>макет {number} к мероприятию {reference}: {status} {day}: {comment}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="485" />
        <source>must be a whole number from 0 to {top}, got {value}</source>
        <translation>должно быть целым числом от 0 до {top}, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="486" />
        <source>other brands</source>
        <translation>другие бренды</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="487" />
        <source>say why the mockup is {status}</source>
        <translation>укажите причину (статус макета: «{status}»)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="488" />
        <source>submitted on</source>
        <translation>дата подачи</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="181" />
        <source>submitting a mockup</source>
        <translation>подача макета</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="465" />
        <source>there is no mockup {id}</source>
        <translation>макета {id} нет</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="458" />
        <source>there is no stored attachment {value}</source>
        <translation>вложения {value} нет</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="490" />
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="491" />
        <source>{day} is before the submission ({submitted})</source>
        <translation>{day} — раньше подачи ({submitted})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="197" />
        <source>{formula} = {rate}</source>
        <translation>{formula} = {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="468" />
        <source>{mockup} was changed by somebody else; reload it</source>
        <translation>{mockup}: изменён кем-то другим; обновите</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="459" />
        <source>{reference} is not in the frozen {year} plan (the agency dropped it)</source>
        <translation>{reference} нет в зафиксированном плане {year} года (агентство его исключило)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="492" />
        <source>{reference}: somebody else submitted a mockup at the same moment</source>
        <translation>{reference}: в тот же момент макет подал кто-то другой</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="493" />
        <source>{value} is in the future (today is {today})</source>
        <translation>{value} — дата в будущем (сегодня {today})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="506" />
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="507" />
        <source>channel {channel} is not one of: {channels}</source>
        <translation>канал {channel} не из списка: {channels}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="508" />
        <source>consolidated plan</source>
        <translation>консолидированный план</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="511" />
        <source>consolidated plan v{number} for {year}: {kept} of {count} activities included</source>
        <translation>консолидированный план v{number} на {year} год: включено {kept} из {count} мероприятий</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="512" />
        <source>cost</source>
        <translation>стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="513" />
        <source>dealer {code} is inactive and takes no part in {year}</source>
        <translation>дилер {code} неактивен и не участвует в {year} году</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="514" />
        <source>dealer {code}, activity {number}</source>
        <translation>дилер {code}, мероприятие {number}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="515" />
        <source>draft v{number} of {code} for {year}: {count} activities, {total}</source>
        <translation>черновик v{number} дилера {code} на {year} год: мероприятий — {count}, {total}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="516" />
        <source>draft v{number} of {code} for {year}: {count} activities, {total} (replaces v{previous})</source>
        <translation>черновик v{number} дилера {code} на {year} год: мероприятий — {count}, {total} (заменяет v{previous})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="257" />
        <source>has more than two decimals: {value}</source>
        <translation>больше двух знаков после запятой: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="517" />
        <source>has no row for: {references}</source>
        <translation>нет строки для: {references}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="518" />
        <source>idea</source>
        <translation>идея</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="150" />
        <source>importing the consolidated plan</source>
        <translation>импорт консолидированного плана</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="519" />
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="520" />
        <source>month must be 1–12, got {value}</source>
        <translation>месяц должен быть от 1 до 12, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="260" />
        <source>must be an amount of money, got {value}</source>
        <translation>должна быть денежной суммой, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="262" />
        <source>must not be negative, got {value}</source>
        <translation>не может быть отрицательной: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="158" />
        <source>recording a dealer draft</source>
        <translation>приём черновика дилера</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="106" />
        <source>year {year} has no consolidated plan yet</source>
        <translation>у {year} года ещё нет консолидированного плана</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="66" />
        <source>{path} is a file; name a folder</source>
        <translation>{path} — файл; укажите папку</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="67" />
        <source>{path} is a folder; name the file to write</source>
        <translation>{path} — папка; укажите файл для записи</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="68" />
        <source>{path} must end in .xlsx</source>
        <translation>{path}: имя должно оканчиваться на .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="73" />
        <source>give points as "Criterion=points" or --points N=points</source>
        <translation>укажите баллы как "Критерий=баллы" или --points N=баллы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="75" />
        <source>is not a dealer field (one of: {fields})</source>
        <translation>не является полем дилера (возможные: {fields})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="76" />
        <source>must be at least 1, got {value}</source>
        <translation>должно быть не меньше 1, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="77" />
        <source>must be yes or no, got {value}</source>
        <translation>должно быть yes или no, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="78" />
        <source>names the same criterion as {other}</source>
        <translation>указывает тот же критерий, что и {other}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="79" />
        <source>the position must be 1–{count} (see year show)</source>
        <translation>номер должен быть от 1 до {count} (см. year show)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="91" />
        <source>{database} already holds programme year(s) {years}; the demo does not touch an existing programme (use --replace to overwrite it)</source>
        <translation>в {database} уже есть программные годы {years}; демо не трогает существующую программу (чтобы перезаписать её, укажите --replace)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="92" />
        <source>needs REF;reach;leads;sales[;sales_amount;comment]</source>
        <translation>нужно REF;охват;лиды;продажи[;сумма_продаж;комментарий]</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="93" />
        <source>sales amount: {reason}</source>
        <translation>сумма продаж: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="95" />
        <source>cost: {reason}</source>
        <translation>стоимость: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="97" />
        <source>dealer {code} has no draft for {year}</source>
        <translation>у дилера {code} нет черновика на {year} год</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="98" />
        <source>is given twice</source>
        <translation>указано дважды</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="99" />
        <source>is not an activity of a current draft</source>
        <translation>не мероприятие текущего черновика</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="100" />
        <source>month must be 1–12 or jan–dec, got {value}</source>
        <translation>месяц должен быть от 1 до 12 или jan–dec, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="101" />
        <source>needs channel;month;cost[;idea]</source>
        <translation>нужно канал;месяц;стоимость[;идея]</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="102" />
        <source>not in the {year} allocation</source>
        <translation>нет в распределении {year} года</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="103" />
        <source>say --include-all to include every activity as planned, or change some with --drop/--cost/--vendor/--placement (the others are then included as planned)</source>
        <translation>укажите --include-all, чтобы включить все мероприятия как запланировано, или измените некоторые через --drop/--cost/--vendor/--placement (остальные тогда включаются как запланировано)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="104" />
        <source>the activity is also dropped</source>
        <translation>это мероприятие к тому же исключено</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="105" />
        <source>the channel is empty</source>
        <translation>канал не указан</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="107" />
        <source>year {year}: the allocation is not frozen yet (try allocation whatif)</source>
        <translation>год {year}: распределение ещё не зафиксировано (попробуйте allocation whatif)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="108" />
        <source>no password for {name}: set {env} or run in a terminal</source>
        <translation>нет пароля для {name}: задайте {env} или запустите в терминале</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="109" />
        <source>no password to sign in as {name}: set {env} or run in a terminal</source>
        <translation>нет пароля для входа как {name}: задайте {env} или запустите в терминале</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="85" />
        <source>the two passwords differ; nothing was changed</source>
        <translation>пароли не совпадают; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="56" />
        <source>a name is at most 120 characters</source>
        <translation>название не длиннее 120 символов</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="57" />
        <source>channel_names</source>
        <translation>названия каналов</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="59" />
        <source>must be a table of channels and their Russian and English names</source>
        <translation>должно быть таблицей каналов с русскими и английскими названиями</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="60" />
        <source>needs a Russian and an English name</source>
        <translation>нужно русское и английское название</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="61" />
        <source>{name} already names the channel {other}</source>
        <translation>«{name}» уже называет канал {other}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="72" />
        <source>give FIELD=VALUE or a requisite option (--inn, --bic, …)</source>
        <translation>укажите ПОЛЕ=ЗНАЧЕНИЕ или реквизит (--inn, --bic, …)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="74" />
        <source>is given twice (as an option and as FIELD=VALUE)</source>
        <translation>указано дважды (параметром и как ПОЛЕ=ЗНАЧЕНИЕ)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="110" />
        <source>Cannot connect to the server {server}: {reason}</source>
        <translation>Не удаётся подключиться к серверу {server}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="111" />
        <source>Cannot reach the server {server} — is it running?</source>
        <translation>Не удаётся связаться с сервером {server} — он запущен?</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="112" />
        <source>The server {server} asks for the password of {user}.</source>
        <translation>Сервер {server} требует пароль пользователя {user}.</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="113" />
        <source>The server {server} does not let {user} connect from here.</source>
        <translation>Сервер {server} не разрешает пользователю {user} подключаться с этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="114" />
        <source>The server {server} has no database {database}.</source>
        <translation>На сервере {server} нет базы данных {database}.</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="115" />
        <source>The server {server} refused the user name or password of {user}.</source>
        <translation>Сервер {server} не принял имя пользователя или пароль {user}.</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="116" />
        <source>There is no server named {host} — is the address right?</source>
        <translation>Сервер {host} не найден — адрес указан верно?</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="117" />
        <source>a name is at most 200 characters</source>
        <translation>название не длиннее 200 символов</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="118" />
        <source>criterion_names</source>
        <translation>названия критериев</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="119" />
        <source>is not a scoring criterion of the year</source>
        <translation>— не критерий оценки этого года</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="120" />
        <source>must be a table of criteria and their Russian and English names</source>
        <translation>должно быть таблицей критериев с русскими и английскими названиями</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="121" />
        <source>{name} already names the criterion {other}</source>
        <translation>«{name}» уже называет критерий {other}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="122" />
        <source>{setting} ({criterion})</source>
        <translation>{setting} ({criterion})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="129" />
        <source>attach claim documents</source>
        <translation>прикреплять документы к заявкам</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="130" />
        <source>attaching a claim document</source>
        <translation>прикрепление документа к заявке</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="138" />
        <source>deactivate dealers</source>
        <translation>деактивировать дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="155" />
        <source>reactivate dealers</source>
        <translation>возвращать дилеров в работу</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="165" />
        <source>rename the scoring criteria</source>
        <translation>переименовывать критерии оценки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="167" />
        <source>reopen claim decisions</source>
        <translation>пересматривать решения по заявкам</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="168" />
        <source>reopen mockup decisions</source>
        <translation>пересматривать решения по макетам</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="169" />
        <source>reopening a claim decision</source>
        <translation>пересмотр решения по заявке</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="170" />
        <source>reopening a mockup decision</source>
        <translation>пересмотр решения по макету</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="174" />
        <source>reverse payments</source>
        <translation>сторнировать выплаты</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="175" />
        <source>reversing a payment</source>
        <translation>сторно выплаты</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="182" />
        <source>take documents off claims</source>
        <translation>откреплять документы от заявок</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="183" />
        <source>taking a document off a claim</source>
        <translation>открепление документа от заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="184" />
        <source>undo mockup decisions</source>
        <translation>отменять решения по макетам</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="185" />
        <source>undoing a mockup decision</source>
        <translation>отмена решения по макету</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="205" />
        <source>a 10-digit INN goes with a 13-digit OGRN, a 12-digit INN with a 15-digit OGRNIP</source>
        <translation>к ИНН из 10 цифр относится ОГРН из 13 цифр, к ИНН из 12 цифр — ОГРНИП из 15 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="206" />
        <source>a correspondent account starts with 301, got {value}</source>
        <translation>корреспондентский счёт начинается с 301, введено {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="210" />
        <source>must be 10 digits (a company) or 12 (an individual entrepreneur), got {value}</source>
        <translation>нужно 10 цифр (организация) или 12 (ИП), введено {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="211" />
        <source>must be 13 digits (OGRN) or 15 (OGRNIP), got {value}</source>
        <translation>нужно 13 цифр (ОГРН) или 15 (ОГРНИП), введено {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="212" />
        <source>must be 20 digits, got {value}</source>
        <translation>нужно 20 цифр, введено {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="213" />
        <source>must be 9 characters (e.g. 773601001), got {value}</source>
        <translation>нужно 9 знаков (например, 773601001), введено {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="214" />
        <source>must be 9 digits, got {value}</source>
        <translation>нужно 9 цифр, введено {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="215" />
        <source>needs the bank's BIC to be checked</source>
        <translation>для проверки нужен БИК банка</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="216" />
        <source>only a company has a KPP: it needs a 10-digit INN</source>
        <translation>КПП бывает только у организации: нужен ИНН из 10 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="218" />
        <source>{value} does not match the BIC {bic} (control key); mistyped?</source>
        <translation>{value} не сходится с БИК {bic} (контрольный ключ); опечатка?</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="219" />
        <source>{value}: the check digit does not match; mistyped?</source>
        <translation>{value}: не сходится контрольная цифра; опечатка?</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="220" />
        <source>{value}: the check digits do not match; mistyped?</source>
        <translation>{value}: не сходятся контрольные цифры; опечатка?</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="250" />
        <source>is not a regular file (a folder, a device or a pipe)</source>
        <translation>— не обычный файл (папка, устройство или канал)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="265" />
        <source>the database is busy: another CoopDesk is writing to it; nothing was changed — try again</source>
        <translation>база данных занята: в неё пишет другая копия CoopDesk; ничего не изменено — повторите попытку</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="309" />
        <source>the date of the {kind}</source>
        <translation>дата документа «{kind}»</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="310" />
        <source>the {kind} is dated {date}, outside the time the ad could run: from the mockup's approval ({approved_on}) to the acceptance act ({act}) (R7)</source>
        <translation>документ «{kind}» датирован {date} — вне срока, когда реклама могла выходить: от утверждения макета ({approved_on}) до акта приёмки ({act}) (R7)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="324" />
        <source>claim {number} for {reference}: the decision ({status}) reopened: {reason}</source>
        <translation>заявка {number} по {reference}: решение («{status}») пересмотрено: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="325" />
        <source>has no {items}, which its channel requires: attach it and complete the claim, or return the claim</source>
        <translation>не содержит документа «{items}», обязательного для её канала: прикрепите его и дополните заявку или верните заявку</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="328" />
        <source>is paid or part-paid ({payments}): a payment rests on its amount; reverse the payment first (coop-desk payment reverse ID --reason TEXT)</source>
        <translation>оплачена полностью или частично ({payments}): на её сумму опирается выплата; сначала сторнируйте выплату (coop-desk payment reverse ID --reason TEXT)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="329" />
        <source>is returned and still incomplete ({reason}): complete it instead (coop-desk claim complete {number})</source>
        <translation>возвращена и всё ещё не полна ({reason}): дополните её (coop-desk claim complete {number})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="334" />
        <source>is {status}: there is no decision to reopen</source>
        <translation>статус «{status}»: пересматривать нечего</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="335" />
        <source>payment {number} of {paid_on}</source>
        <translation>выплата {number} от {paid_on}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="339" />
        <source>say why the decision is reopened</source>
        <translation>укажите, почему решение пересматривается</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="349" />
        <source>is {status}: documents are attached to a claim before it is decided</source>
        <translation>в статусе «{status}»: документы прикрепляют к заявке до решения по ней</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="350" />
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="351" />
        <source>only a proof of performance carries a date; the {kind}'s date is a field of the claim</source>
        <translation>дату несёт только подтверждение выхода рекламы; дата документа «{kind}» — поле заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="352" />
        <source>proof date</source>
        <translation>дата подтверждения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="353" />
        <source>there is no claim document {id}</source>
        <translation>документа заявки {id} нет</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="355" />
        <source>{value} is not a kind of claim document; one of: {kinds}</source>
        <translation>{value} — не вид документа заявки; допустимо: {kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="207" />
        <source>bank</source>
        <translation>банк</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="412" />
        <source>claim {id} ({status}, {year} Q{quarter})</source>
        <translation>заявка {id} ({status}, {quarter} кв. {year})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="414" />
        <source>deactivated dealer {code}</source>
        <translation>дилер {code} деактивирован</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="421" />
        <source>is active already</source>
        <translation>уже активен</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="422" />
        <source>is inactive already</source>
        <translation>уже неактивен</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="209" />
        <source>legal address</source>
        <translation>юридический адрес</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="201" />
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="202" />
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="203" />
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="204" />
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="208" />
        <source>correspondent account</source>
        <translation>корреспондентский счёт</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="217" />
        <source>settlement account</source>
        <translation>расчётный счёт</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="433" />
        <source>reactivated dealer {code}</source>
        <translation>дилер {code} возвращён в работу</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="441" />
        <source>the file {name} is the {kind} of claim {number} of dealer {dealer}: a document can be shared only among the claims of one dealer</source>
        <translation>файл {name} — документ «{kind}» заявки {number} дилера {dealer}: общий документ возможен только у заявок одного дилера</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="442" />
        <source>the file {name} was claimed already: duplicate of claim {number} (filed {filed_on}, there as its {kind})</source>
        <translation>файл {name} уже заявлен: дубликат заявки {number} (подана {filed_on}, там как «{kind}»)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="460" />
        <source>claim {id} (invoice {invoice}, {status})</source>
        <translation>заявка {id} (счёт {invoice}, {status})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="461" />
        <source>claims rest on it: {claims}; its decision stays as it is</source>
        <translation>на нём основаны заявки: {claims}; решение остаётся в силе</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="462" />
        <source>is waiting for a decision: there is no decision to take back</source>
        <translation>ждёт решения: отменять нечего</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="463" />
        <source>mockup {number} of the same activity (id {id}) is waiting for a decision: decide it first</source>
        <translation>макет {number} того же мероприятия (id {id}) ждёт решения: сначала решите по нему</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="466" />
        <source>was decided by {who}: only they can undo it (the programme owner can reopen it)</source>
        <translation>решение принял(а) {who}: отменить его может только он(а) (владелец программы может его пересмотреть)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="467" />
        <source>was decided more than {minutes} minutes ago: it can no longer be undone (the programme owner can reopen it)</source>
        <translation>решение принято больше {minutes} мин назад: отменить его уже нельзя (владелец программы может его пересмотреть)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="469" />
        <source>{mockup}: the decision ({status}) was reopened: {reason}</source>
        <translation>{mockup}: решение ({status}) пересмотрено: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="470" />
        <source>{mockup}: the decision ({status}) was undone; it waits for a decision again</source>
        <translation>{mockup}: решение ({status}) отменено; макет снова ждёт решения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="474" />
        <source>give either a stored attachment or a file, not both</source>
        <translation>укажите либо сохранённое вложение, либо файл, но не оба</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="476" />
        <source>mockup</source>
        <translation>макет</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="494" />
        <source>is itself the reversal of payment {original}: record the payment again instead</source>
        <translation>это само сторно выплаты {original}: вместо этого внесите выплату заново</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="495" />
        <source>must be a payment number, got {value}</source>
        <translation>должен быть номер выплаты, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="496" />
        <source>payment</source>
        <translation>выплата</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="497" />
        <source>payment {number}</source>
        <translation>выплата {number}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="498" />
        <source>payment {number} was reversed by somebody else at the same moment</source>
        <translation>выплату {number} в тот же момент сторнировал кто-то другой</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="499" />
        <source>reversed on</source>
        <translation>дата сторно</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="500" />
        <source>reversed payment {number} of {amount} {currency} to {dealer} (paid on {paid_on}) on {day}: {reason}</source>
        <translation>сторнирована выплата {number} на {amount} {currency} дилеру {dealer} (от {paid_on}) датой {day}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="501" />
        <source>say why the payment is reversed</source>
        <translation>укажите, почему выплата сторнируется</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="502" />
        <source>there is no payment {number}</source>
        <translation>выплаты {number} нет</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="503" />
        <source>was reversed already on {day} by {who} (reversal {number}): a payment is reversed once</source>
        <translation>уже сторнирована {day}, {who} (сторно {number}): выплату можно сторнировать только один раз</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="504" />
        <source>{day} is before the payment it reverses ({paid_on})</source>
        <translation>{day} — раньше сторнируемой выплаты ({paid_on})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="505" />
        <source>{day} is in Q{quarter} {year}, which is closed: a reversal counts in the quarter of its date and nothing changes a closed quarter (date it in an open quarter, or the programme owner can reopen Q{quarter})</source>
        <translation>{day} — это {quarter} кв. {year}, который закрыт: сторно учитывается в квартале своей даты, а закрытый квартал не меняется (укажите дату в открытом квартале или попросите владельца программы переоткрыть {quarter} кв.)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="521" />
        <source>{field} {old} → {new}</source>
        <translation>{field} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="522" />
        <source>{reference} appears twice (first at {first})</source>
        <translation>{reference} встречается дважды (впервые: {first})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="523" />
        <source>{reference} is not an activity of a current draft for {year}</source>
        <translation>{reference} — не мероприятие текущего черновика на {year} год</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="524" />
        <source>{where} (costed amount)</source>
        <translation>{where} (сумма по смете)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="526" />
        <source>{where} (planned cost)</source>
        <translation>{where} (плановая стоимость)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="545" />
        <source>dealer {code} has no line in the frozen {year} allocation</source>
        <translation>у дилера {code} нет строки в зафиксированном распределении {year} года</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="546" />
        <source>year {year}: the allocation is not frozen; commitment letters follow the freeze</source>
        <translation>год {year}: распределение не зафиксировано; письма-обязательства готовятся после фиксации</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="547" />
        <source>allocated {allocated} is above the budget {budget}</source>
        <translation>распределено {allocated} — больше бюджета {budget}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="548" />
        <source>the dealers' approved amounts do not add up to the total</source>
        <translation>одобренные суммы дилеров не сходятся с итогом</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="549" />
        <source>the quarters' approved amounts do not add up to the total</source>
        <translation>одобренные суммы кварталов не сходятся с итогом</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="550" />
        <source>{code}: allocated {allocated} is above the cap {cap}</source>
        <translation>{code}: распределено {allocated} — больше лимита {cap}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="551" />
        <source>{code}: approved {approved} is above the allocation {allocated}</source>
        <translation>{code}: одобрено {approved} — больше распределённого {allocated}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="552" />
        <source>{code}: paid {paid} is above what was approved {approved}</source>
        <translation>{code}: выплачено {paid} — больше одобренного {approved}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="553" />
        <source>Claims of Q{quarter} due by {date}: {count} submitted or returned</source>
        <translation>Заявки за {quarter} кв. — срок до {date}: подано или возвращено: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="554" />
        <source>Drafts due {when}: {count} dealer(s) sent none: {dealers}</source>
        <translation>Черновики — срок {when}: не прислали дилеров: {count}: {dealers}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="555" />
        <source>Move to {stage} due {date}: ready</source>
        <translation>Переход к этапу «{stage}» — {date}: всё готово</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="556" />
        <source>Move to {stage} due {date}; missing: {missing}</source>
        <translation>Переход к этапу «{stage}» — {date}; не хватает: {missing}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="557" />
        <source>Q{quarter}: its filing deadline {date} has passed; close the quarter</source>
        <translation>{quarter} кв.: срок подачи {date} прошёл; закройте квартал</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="558" />
        <source>in {days} day(s), on {date}</source>
        <translation>через {days} дн., {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="559" />
        <source>today, {date}</source>
        <translation>сегодня, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="560" />
        <source>{count} mockup(s) waiting for review since {date}</source>
        <translation>Макетов ждут проверки с {date}: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="561" />
        <source>{days} day(s) ago, on {date}</source>
        <translation>{days} дн. назад, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="562" />
        <source>a user name is 1 to 80 printable characters without spaces</source>
        <translation>имя пользователя — от 1 до 80 печатных символов без пробелов</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="563" />
        <source>added user {name} ({role})</source>
        <translation>добавлен пользователь {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="564" />
        <source>cannot sign in as {name}: {reason}</source>
        <translation>нельзя войти как {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="565" />
        <source>disabled user {name}</source>
        <translation>отключён пользователь {name}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="566" />
        <source>set the password of {name}</source>
        <translation>задан пароль пользователя {name}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="567" />
        <source>sign-in refused: {reason}</source>
        <translation>вход отклонён: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="568" />
        <source>the first user must be a programme owner (--role owner)</source>
        <translation>первый пользователь должен быть владельцем программы (--role owner)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="569" />
        <source>the password must have at least {count} characters</source>
        <translation>в пароле должно быть не меньше {count} символов</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="571" />
        <source>there is no user {name}</source>
        <translation>пользователя {name} нет</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="572" />
        <source>this is a shared database: sign in with --user NAME (password from COOP_DESK_PASSWORD or the prompt)</source>
        <translation>это общая база: войдите с --user ИМЯ (пароль из COOP_DESK_PASSWORD или по запросу)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="573" />
        <source>unknown role {role} (one of: {roles})</source>
        <translation>неизвестная роль {role} (возможные: {roles})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="574" />
        <source>user name or password is wrong</source>
        <translation>неверное имя пользователя или пароль</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="575" />
        <source>user {name} exists already</source>
        <translation>пользователь {name} уже есть</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="576" />
        <source>{name} is disabled; ask a programme owner</source>
        <translation>пользователь {name} отключён; обратитесь к владельцу программы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="577" />
        <source>{name} is locked after {count} failed sign-ins until {time} UTC</source>
        <translation>пользователь {name} заблокирован после {count} неудачных попыток входа до {time} UTC</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="578" />
        <source>{name} is now locked for {minutes} minutes</source>
        <translation>пользователь {name} теперь заблокирован на {minutes} мин.</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="579" />
        <source>{name} is the last active programme owner and cannot be disabled</source>
        <translation>{name} — последний активный владелец программы, его нельзя отключить</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="580" />
        <source>{name} locked for {minutes} minutes after {count} failed sign-ins</source>
        <translation>пользователь {name} заблокирован на {minutes} мин. после {count} неудачных попыток входа</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="58" />
        <source>is not a channel of the year</source>
        <translation>— не канал этого года</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="590" />
        <source>must be a table of channels and their proofs</source>
        <translation>должно быть таблицей каналов и их подтверждений</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="602" />
        <source>names {kind} twice</source>
        <translation>«{kind}» указано дважды</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="604" />
        <source>proofs</source>
        <translation>подтверждения выхода рекламы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="62" />
        <source>{setting} ({channel})</source>
        <translation>{setting} ({channel})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="607" />
        <source>{value} is not a proof of performance</source>
        <translation>{value} — не подтверждение выхода рекламы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="643" />
        <source>airplay certificate</source>
        <translation>эфирная справка</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="644" />
        <source>allocation</source>
        <translation>распределение</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="645" />
        <source>approved</source>
        <translation>одобрено</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="646" />
        <source>auditor</source>
        <translation>аудитор</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="647" />
        <source>changes requested</source>
        <translation>на доработке</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="648" />
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="649" />
        <source>consolidation</source>
        <translation>консолидация</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="650" />
        <source>dated photos of the sites</source>
        <translation>фотоотчёт по конструкциям с датами</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="651" />
        <source>drafting</source>
        <translation>черновики</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="652" />
        <source>evaluation</source>
        <translation>оценка</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="653" />
        <source>execution</source>
        <translation>исполнение</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="654" />
        <source>finance</source>
        <translation>финансы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="655" />
        <source>invoice</source>
        <translation>счёт</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="656" />
        <source>list of participants</source>
        <translation>список участников</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="657" />
        <source>marketer</source>
        <translation>маркетолог</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="658" />
        <source>other proof</source>
        <translation>иное подтверждение</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="659" />
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="660" />
        <source>paid</source>
        <translation>выплачено</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="661" />
        <source>photos in the shop</source>
        <translation>фото в торговом зале</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="662" />
        <source>photos of the event</source>
        <translation>фото мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="663" />
        <source>platform statistics</source>
        <translation>статистика площадки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="664" />
        <source>printed page</source>
        <translation>полоса издания</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="665" />
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="666" />
        <source>returned</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="667" />
        <source>screenshots</source>
        <translation>скриншоты</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="668" />
        <source>submitted</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="669" />
        <source>a date such as 15.03.2027</source>
        <translation>дата, например 15.03.2027</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="670" />
        <source>a month (1–12 or a name such as март / March)</source>
        <translation>месяц (1–12 или название, например март / March)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="671" />
        <source>a whole number such as 1200</source>
        <translation>целое число, например 1200</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="672" />
        <source>a whole number ≥ {minimum} such as 1200</source>
        <translation>целое число ≥ {minimum}, например 1200</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="673" />
        <source>an amount in {currency} such as {example}</source>
        <translation>сумма в {currency}, например {example}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="15" />
        <source>an amount such as {example}</source>
        <translation>сумма, например {example}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="9" />
        <source>"{text}" is not taken: expected {expected}</source>
        <translation>«{text}» не принято: ожидается {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="10" />
        <source>a number with at most {places} decimals</source>
        <translation>число не более чем с {places} знаками после запятой</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="11" />
        <source>a number with one reading only: it could be {first} or {second}</source>
        <translation>число, которое можно прочитать только одним способом: здесь это может быть {first} или {second}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="12" />
        <source>a number with one reading only: it could be {first} or {second} (write {write_first} or {write_second})</source>
        <translation>число, которое можно прочитать только одним способом: здесь это может быть {first} или {second} (напишите {write_first} или {write_second})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="13" />
        <source>an amount in {currency}, the programme's currency (this one is in {named})</source>
        <translation>сумма в {currency}, валюте программы (здесь {named})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="14" />
        <source>an amount of at most {limit}</source>
        <translation>сумма не больше {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="16" />
        <source>an amount with at most 2 decimals such as {example}</source>
        <translation>сумма не более чем с двумя знаками после запятой, например {example}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="17" />
        <source>an amount with one reading only: it could be {first} or {second}</source>
        <translation>сумма, которую можно прочитать только одним способом: здесь это может быть {first} или {second}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="18" />
        <source>an amount with one reading only: it could be {first} or {second} (write {write_first} or {write_second})</source>
        <translation>сумма, которую можно прочитать только одним способом: здесь это может быть {first} или {second} (напишите {write_first} или {write_second})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="35" />
        <source>(a newer version)</source>
        <translation>(более новой версии)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="50" />
        <source>cannot be replaced: {reason}</source>
        <translation>не удалось заменить: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="221" />
        <source>is in a read-only folder ({folder}) and at schema revision {revision}: it needs an upgrade (and a copy made first), which cannot be written there; open it where it can be written</source>
        <translation>лежит в папке только для чтения ({folder}) и имеет ревизию схемы {revision}: ей нужно обновление (и копия перед ним), которое там нельзя записать; откройте её там, где можно писать</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="40" />
        <source>is not a CoopDesk backup: its manifest is not a JSON object</source>
        <translation>это не резервная копия CoopDesk: её manifest.json — не объект JSON</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="53" />
        <source>is not a CoopDesk database (it holds {tables}); a restore does not overwrite it</source>
        <translation>это не база данных CoopDesk (в ней {tables}); восстановление её не перезаписывает</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="54" />
        <source>is not a CoopDesk database ({reason}); a restore does not overwrite it</source>
        <translation>это не база данных CoopDesk ({reason}); восстановление её не перезаписывает</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="222" />
        <source>is not a CoopDesk database: it holds other tables ({tables}) and no CoopDesk schema revision; CoopDesk does not add its tables to another application's database</source>
        <translation>это не база данных CoopDesk: в ней другие таблицы ({tables}) и нет ревизии схемы CoopDesk; CoopDesk не добавляет свои таблицы в базу другой программы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="223" />
        <source>is not a SQLite database ({detail}); CoopDesk opens only its own database files</source>
        <translation>это не база данных SQLite ({detail}); CoopDesk открывает только свои файлы баз данных</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="55" />
        <source>is not a file; a restore replaces only a CoopDesk database file</source>
        <translation>это не файл; восстановление заменяет только файл базы данных CoopDesk</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="22" />
        <source>is not a regular file; name the backup file to write</source>
        <translation>это не обычный файл; укажите файл резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="52" />
        <source>is open in another CoopDesk window or program; close it there, then restore again (nothing was changed)</source>
        <translation>открыта в другом окне CoopDesk или другой программе; закройте её там и восстановите снова (ничего не изменено)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="29" />
        <source>its database has rows that refer to missing rows ({tables}); it was not restored</source>
        <translation>в её базе данных есть строки со ссылками на отсутствующие строки ({tables}); она не восстановлена</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="30" />
        <source>its database is at schema revision {found}, but its manifest says {revision}</source>
        <translation>её база данных имеет ревизию схемы {found}, а в manifest.json указана {revision}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="32" />
        <source>its database is not a CoopDesk database (no schema revision)</source>
        <translation>её база данных — не база CoopDesk (нет ревизии схемы)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="33" />
        <source>its database is not the schema that CoopDesk's migrations create at revision {revision} (+ extra, - missing, ~ changed: {differences}); it was not restored</source>
        <translation>её база данных не совпадает со схемой, которую миграции CoopDesk создают для ревизии {revision} (+ лишнее, - недостающее, ~ изменённое: {differences}); она не восстановлена</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="34" />
        <source>its database's row counts differ from its manifest (table: rows / manifest: {tables}); it was not restored</source>
        <translation>число строк в её базе данных не совпадает с manifest.json (таблица: строк / по manifest.json: {tables}); она не восстановлена</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="42" />
        <source>its manifest has no row counts (a table name and a whole number for each table)</source>
        <translation>в её manifest.json нет числа строк (имя таблицы и целое число для каждой таблицы)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="43" />
        <source>its manifest names no schema revision</source>
        <translation>в её manifest.json не указана ревизия схемы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="224" />
        <source>the schema upgrade to revision {revision} was stopped because it would leave rows that refer to missing rows ({detail}); the database stays at its previous revision</source>
        <translation>обновление схемы до ревизии {revision} остановлено: после него остались бы строки со ссылками на отсутствующие строки ({detail}); база данных осталась на прежней ревизии</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="45" />
        <source>was made by CoopDesk {version} at schema revision {revision}, which this version ({ours}) does not know; restore it with CoopDesk {version} or newer</source>
        <translation>сделана CoopDesk {version} с ревизией схемы {revision}, которой эта версия ({ours}) не знает; восстановите её в CoopDesk {version} или новее</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="225" />
        <source>was written by a newer CoopDesk: its schema revision {revision} is not one that this version ({version}) knows; open it with the version that wrote it, or a newer one</source>
        <translation>записана более новой версией CoopDesk: её ревизии схемы {revision} эта версия ({version}) не знает; откройте её той версией, что её записала, или более новой</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="63" />
        <source>no password for the PostgreSQL role {role}: set {env} or run in a terminal</source>
        <translation>нет пароля роли PostgreSQL {role}: задайте {env} или запустите в терминале</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="65" />
        <source>{what} connects as the PostgreSQL role that owns the database: give --admin-user ROLE (its password from {env} or the prompt)</source>
        <translation>{what}: нужно подключение от имени роли PostgreSQL, которой принадлежит база: укажите --admin-user РОЛЬ (пароль из {env} или по запросу)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="69" />
        <source>back up the database</source>
        <translation>делать резервную копию базы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="70" />
        <source>restore a backup</source>
        <translation>восстанавливать резервную копию</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="71" />
        <source>restoring a backup</source>
        <translation>восстановление резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="80" />
        <source>granting privileges</source>
        <translation>выдача прав</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="81" />
        <source>name the application role with --app-role ROLE</source>
        <translation>укажите роль приложения: --app-role РОЛЬ</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="82" />
        <source>no password for the new role {role}: set {env} or run in a terminal (or create it yourself)</source>
        <translation>нет пароля для новой роли {role}: задайте {env} или запустите в терминале (или создайте её сами)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="83" />
        <source>setting up the database</source>
        <translation>подготовка базы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="84" />
        <source>the database {database} has {count} user(s) already: a programme owner signs in and adds people with `coop-desk users add`</source>
        <translation>в базе {database} уже есть пользователи ({count}): владелец программы входит и добавляет людей командой `coop-desk users add`</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="86" />
        <source>upgrading the schema</source>
        <translation>обновление схемы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="87" />
        <source>{what} is for a shared PostgreSQL database; a personal SQLite file needs no set-up (its user is its owner)</source>
        <translation>{what} — только для общей базы PostgreSQL; личному файлу SQLite подготовка не нужна (его пользователь — его владелец)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="88" />
        <source>cannot replace {database} as {role}: {reason}</source>
        <translation>не удалось заменить {database} от имени {role}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="89" />
        <source>replacing the database</source>
        <translation>замена базы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="90" />
        <source>run the demo programme</source>
        <translation>запускать демонстрационную программу</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="166" />
        <source>reopen a quarter</source>
        <translation>переоткрывать кварталы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="177" />
        <source>set the exchange rate of claims</source>
        <translation>устанавливать курс валюты заявок</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="186" />
        <source>PostgreSQL refused to grant the privileges: {reason}</source>
        <translation>PostgreSQL отказал в выдаче прав: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="187" />
        <source>cannot connect to {database} as {role}: {reason}</source>
        <translation>не удалось подключиться к {database} как {role}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="188" />
        <source>cannot create the role {role}: {reason}; ask the server's administrator to run CREATE ROLE {role} LOGIN PASSWORD '…', then run `coop-desk db grant` again</source>
        <translation>не удалось создать роль {role}: {reason}; попросите администратора сервера выполнить CREATE ROLE {role} LOGIN PASSWORD '…', затем снова запустите `coop-desk db grant`</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="189" />
        <source>the database is at revision {revision}, this CoopDesk needs {head}: run `coop-desk db upgrade --admin-user ROLE` with the database owner's credentials</source>
        <translation>схема базы — ревизия {revision}, этой версии CoopDesk нужна {head}: запустите `coop-desk db upgrade --admin-user РОЛЬ` с учётными данными владельца базы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="190" />
        <source>the database {database} holds no CoopDesk schema yet: the PostgreSQL role that owns it sets it up with `coop-desk db init --admin-user ROLE --owner NAME`</source>
        <translation>в базе {database} ещё нет схемы CoopDesk: её создаёт роль PostgreSQL, которой принадлежит база, командой `coop-desk db init --admin-user РОЛЬ --owner ИМЯ`</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="191" />
        <source>the database {database} is at revision {revision}, which this CoopDesk does not know (a newer CoopDesk wrote it): use that version</source>
        <translation>схема базы {database} — ревизия {revision}, неизвестная этой версии CoopDesk (её записала более новая версия): используйте ту версию</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="192" />
        <source>there is no role {role} (or no CoopDesk schema: run `coop-desk db init` first)</source>
        <translation>роли {role} нет (или нет схемы CoopDesk: сначала запустите `coop-desk db init`)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="193" />
        <source>{role} does not own the database {database} (its owner is {owner}): give the owner's credentials with --admin-user</source>
        <translation>{role} не владеет базой {database} (её владелец — {owner}): укажите учётные данные владельца в --admin-user</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="194" />
        <source>{role} is a superuser: PostgreSQL lets it do anything, so it cannot be the application role</source>
        <translation>{role} — суперпользователь: PostgreSQL разрешает ему всё, поэтому он не может быть ролью приложения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="195" />
        <source>{role} owns the database or its tables (or is a member of their owner): the application role must be another role</source>
        <translation>{role} владеет базой или её таблицами (или входит в роль их владельца): ролью приложения должна быть другая роль</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="256" />
        <source>an amount is too large to store ({detail}); nothing was changed</source>
        <translation>сумма слишком велика для хранения ({detail}); ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="264" />
        <source>the database folder is read-only: {folder}; nothing was changed (reading works)</source>
        <translation>папка базы данных доступна только для чтения: {folder}; ничего не изменено (чтение работает)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="283" />
        <source>invoice {amount} {currency}: {pending}</source>
        <translation>счёт {amount} {currency}: {pending}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="440" />
        <source>invoice {invoice} of {date} was claimed already: duplicate of claim {number} for {reference} (invoice {first}, filed {filed_on})</source>
        <translation>счёт {invoice} от {date} уже заявлен: дубликат заявки {number} по {reference} (счёт {first}, подана {filed_on})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="304" />
        <source>rate to be set by finance</source>
        <translation>курс установит финансовый отдел</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="315" />
        <source>{rate} makes the {field} {amount} {currency} more than {limit} {programme}, the largest amount</source>
        <translation>{rate} делает {field} {amount} {currency} больше {limit} {programme}, наибольшей суммы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="528" />
        <source>Q{earlier} {year} is still open: the quarters are closed in order</source>
        <translation>{earlier} кв. {year} ещё открыт: кварталы закрываются по порядку</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="529" />
        <source>Q{later} {year} is closed after it: reopen the later quarters first</source>
        <translation>после него закрыт {later} кв. {year}: сначала переоткройте более поздние кварталы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="532" />
        <source>claim {number} (invoice {invoice}, {status})</source>
        <translation>заявка {number} (счёт {invoice}, статус «{status}»)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="360" />
        <source>claim {number}: exchange rate {before} → {rate} {programme} per 1 {currency}</source>
        <translation>заявка {number}: курс {before} → {rate} {programme} за 1 {currency}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="533" />
        <source>close a quarter before its filing deadline</source>
        <translation>закрывать квартал до окончания срока подачи заявок</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="535" />
        <source>closed Q{quarter} {year} before its filing deadline {deadline}: {reason}</source>
        <translation>закрыт {quarter} кв. {year} до окончания срока подачи заявок ({deadline}): {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="536" />
        <source>counts in Q{quarter} {year}, which is closed: its figures are sealed (the programme owner can reopen the quarter, audited)</source>
        <translation>учитывается в {quarter} кв. {year}, который закрыт: его показатели не меняются (владелец программы может переоткрыть квартал, с записью в журнал)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="362" />
        <source>dealer {dealer} has no allocation in {year}: a claim is reimbursed from the dealer's allocation</source>
        <translation>у дилера {dealer} нет распределения на {year} год: заявки возмещаются из распределённых дилеру средств</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="363" />
        <source>dealer {dealer} was allocated {amount} {currency} in {year}: a claim is reimbursed from the dealer's allocation, so there is nothing to reimburse it from</source>
        <translation>дилеру {dealer} распределено {amount} {currency} на {year} год: заявки возмещаются из распределённых дилеру средств, возмещать заявку не из чего</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="366" />
        <source>filed with the Q{given} template, but its documents date the work in Q{work}: Q{work}'s deadline applies</source>
        <translation>подана по шаблону {given} кв., но по документам работы выполнены в {work} кв.: действует срок {work} кв.</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="367" />
        <source>invoiced in {currency} without a rate: rate to be set by finance before approval (coop-desk claim set-rate {number} RATE)</source>
        <translation>счёт в {currency} без курса: курс установит финансовый отдел до одобрения (coop-desk claim set-rate {number} КУРС)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="368" />
        <source>is decided by the documents (the act date, else the invoice date): correct those</source>
        <translation>определяется документами (датой акта, а без акта — датой счёта): исправьте их</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="327" />
        <source>is invoiced in {currency} without an exchange rate: set the exchange rate first: coop-desk claim set-rate {number} RATE</source>
        <translation>выставлен в {currency} без курса валюты: сначала установите курс: coop-desk claim set-rate {number} КУРС</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="369" />
        <source>is invoiced in {currency}, the programme's currency: it has no exchange rate to set</source>
        <translation>выставлена в {currency}, валюте программы: курс для неё не нужен</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="539" />
        <source>is open: there is nothing to reopen</source>
        <translation>открыт: переоткрывать нечего</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="372" />
        <source>is {status}: the exchange rate can be set only before the claim is decided</source>
        <translation>в статусе «{status}»: курс можно установить только до решения по заявке</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="540" />
        <source>its claims may be filed on time until {deadline}: it can be closed from {day} (the programme owner can close it earlier, with a reason)</source>
        <translation>заявки за него можно подавать в срок до {deadline}: закрыть его можно с {day} (владелец программы может закрыть раньше, указав причину)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="541" />
        <source>its work is of Q{work} {year}, which is closed, and no later quarter of {year} is open to count it in: the programme owner can reopen a quarter (audited)</source>
        <translation>работы выполнены в {work} кв. {year}, который закрыт, а более позднего открытого квартала {year} года, где её можно учесть, нет: владелец программы может переоткрыть квартал (с записью в журнал)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="373" />
        <source>its work is of Q{work}, which is closed: it counts in Q{quarter}</source>
        <translation>работы выполнены в {work} кв., который закрыт: заявка учитывается в {quarter} кв.</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="542" />
        <source>reopened Q{quarter} {year}: {reason}</source>
        <translation>переоткрыт {quarter} кв. {year}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="171" />
        <source>reopening a quarter</source>
        <translation>переоткрытие квартала</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="543" />
        <source>say why the quarter is reopened</source>
        <translation>укажите, почему квартал переоткрывается</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="178" />
        <source>setting an exchange rate</source>
        <translation>установка курса валюты</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="403" />
        <source>was approved on {approved_on}: a payment for it cannot be dated {paid_on}, before its approval</source>
        <translation>одобрена {approved_on}: платёж по ней не может быть датирован {paid_on}, раньше одобрения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="544" />
        <source>{count} claim(s) of it are still submitted or returned: {claims}</source>
        <translation>заявки квартала ещё на рассмотрении или возвращены ({count}): {claims}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="407" />
        <source>{day} is in Q{quarter} {year}, which is closed: a payment counts in the quarter of its date and nothing changes a closed quarter (date it in an open quarter, or the programme owner can reopen Q{quarter})</source>
        <translation>{day} — это {quarter} кв. {year}, который закрыт: выплата учитывается в квартале своей даты, а закрытый квартал не меняется (укажите дату в открытом квартале или попросите владельца программы переоткрыть {quarter} кв.)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="443" />
        <source>{dealer}: claim {second} ({second_reference}, invoice {second_invoice}) is the same invoice of {date} as claim {first} ({first_reference}, invoice {first_invoice})</source>
        <translation>{dealer}: заявка {second} ({second_reference}, счёт {second_invoice}) — тот же счёт от {date}, что и в заявке {first} ({first_reference}, счёт {first_invoice})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="471" />
        <source>has no file: only a mockup the reviewer can see can be approved (reject it or request changes)</source>
        <translation>без файла: одобрить можно только макет, который проверяющий видел (отклоните его или отправьте на доработку)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="261" />
        <source>must be at most {limit}, got {value}</source>
        <translation>должна быть не больше {limit}: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="570" />
        <source>there are no users yet: the PostgreSQL role that owns the database must create the first owner with `coop-desk db init --admin-user ROLE --owner NAME`</source>
        <translation>пользователей пока нет: первого владельца создаёт роль PostgreSQL, которой принадлежит база, командой `coop-desk db init --admin-user РОЛЬ --owner ИМЯ`</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="630" />
        <source>year {year} has closed quarters ({quarters}): reopen them before going back to {stage}</source>
        <translation>у {year} года есть закрытые кварталы ({quarters}): переоткройте их, прежде чем возвращаться на этап «{stage}»</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="674" />
        <source>an amount ≥ {minimum} in {currency} such as {example}</source>
        <translation>сумма ≥ {minimum} в {currency}, например {example}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="675" />
        <source>an amount ≥ {minimum} such as {example}</source>
        <translation>сумма ≥ {minimum}, например {example}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="676" />
        <source>expected {expected}, found "{found}"</source>
        <translation>ожидалось: {expected}; найдено «{found}»</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="677" />
        <source>expected {expected}, found nothing</source>
        <translation>ожидалось: {expected}; ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="678" />
        <source>the cell holds the formula error {error}, expected {expected}</source>
        <translation>в ячейке ошибка формулы {error}, ожидалось: {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="679" />
        <source>1 malformed cell; no claim of this file was filed</source>
        <translation>1 ячейка заполнена неверно; ни одна заявка из этого файла не зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="682" />
        <source>a text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="683" />
        <source>a text of at most {limit} characters</source>
        <translation>текст не длиннее {limit} знаков</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="684" />
        <source>a three-letter currency code such as USD, or blank for {currency}</source>
        <translation>трёхбуквенный код валюты, например USD, или пустая ячейка для {currency}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="685" />
        <source>an activity reference from the list, e.g. D014-2027-03</source>
        <translation>референс мероприятия из списка, например D014-2027-03</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="686" />
        <source>an exchange rate above 0 such as 0,92 (blank for the programme currency)</source>
        <translation>курс больше 0, например 0,92 (пустая ячейка — валюта программы)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="687" />
        <source>an exchange rate with at most 10 decimals</source>
        <translation>курс не более чем с 10 знаками после запятой</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="739" />
        <source>dealer {dealer} has no activity with an approved mockup in {year}: there is nothing to claim yet</source>
        <translation>у дилера {dealer} нет мероприятий с одобренным макетом в {year} году: заявлять пока нечего</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="688" />
        <source>dealer {dealer}, Q{quarter} {year}: {stored} of {count} rows filed</source>
        <translation>дилер {dealer}, {quarter} кв. {year}: зарегистрировано строк — {stored} из {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="702" />
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="703" />
        <source>filed</source>
        <translation>подана</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="689" />
        <source>has no sheet “{sheet}”: send back the workbook CoopDesk wrote</source>
        <translation>в книге нет листа «{sheet}»: пришлите обратно книгу, выгруженную из CoopDesk</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="704" />
        <source>late</source>
        <translation>подана с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="740" />
        <source>no dealer has an activity with an approved mockup in {year}: there is nothing to claim yet</source>
        <translation>ни у одного дилера нет мероприятий с одобренным макетом в {year} году: заявлять пока нечего</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="705" />
        <source>no mockup</source>
        <translation>нет одобренного макета</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="706" />
        <source>no rows filed</source>
        <translation>ни одна строка не зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="741" />
        <source>quarter must be 1, 2, 3 or 4, got {quarter}</source>
        <translation>квартал должен быть 1, 2, 3 или 4, а указан {quarter}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="707" />
        <source>refused</source>
        <translation>не принято</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="708" />
        <source>row {row} ({reference}, invoice {invoice})</source>
        <translation>строка {row} ({reference}, счёт {invoice})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="709" />
        <source>sheet {sheet}</source>
        <translation>лист {sheet}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="690" />
        <source>the file has no invoice rows</source>
        <translation>в файле нет ни одной строки со счётом</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="691" />
        <source>the filing date {date} is in the future (today is {today})</source>
        <translation>дата подачи {date} ещё не наступила (сегодня {today})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="692" />
        <source>the identification sheet is missing or altered ({error})</source>
        <translation>служебный лист идентификации отсутствует или изменён ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="693" />
        <source>the invoice amount, e.g. 12 500,50</source>
        <translation>сумма счёта, например 12 500,50</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="694" />
        <source>the invoice date, e.g. 15.03.2027</source>
        <translation>дата счёта, например 15.03.2027</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="695" />
        <source>the invoice number</source>
        <translation>номер счёта</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="696" />
        <source>the sheet's columns were moved or renamed</source>
        <translation>столбцы листа переставлены или переименованы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="697" />
        <source>year {year} is at stage {stage}: claims are filed in execution and evaluation</source>
        <translation>{year} год на этапе «{stage}»: заявки принимаются на этапах исполнения и оценки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="711" />
        <source>{count} duplicate</source>
        <translation>дубликатов: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="712" />
        <source>{count} filed</source>
        <translation>подано: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="713" />
        <source>{count} late</source>
        <translation>с опозданием: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="698" />
        <source>{count} malformed cells; no claim of this file was filed</source>
        <translation>неверно заполненных ячеек: {count}; ни одна заявка из этого файла не зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="714" />
        <source>{count} no mockup</source>
        <translation>без макета: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="715" />
        <source>{count} refused</source>
        <translation>не принято: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="716" />
        <source>{count} rejected</source>
        <translation>отклонено: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="717" />
        <source>{count} returned</source>
        <translation>возвращено: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="718" />
        <source>{files}; rows: {counts}</source>
        <translation>{files}; строки: {counts}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="700" />
        <source>{file}, row {row}</source>
        <translation>{file}, строка {row}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="719" />
        <source>{outcome} → claim {claim}</source>
        <translation>{outcome} → заявка {claim}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="743" />
        <source>a row for every activity of the current drafts; missing: {listed}</source>
        <translation>строка для каждого мероприятия текущих черновиков; нет строк: {listed}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="744" />
        <source>a row for every activity of the current drafts; missing: {listed} and {more} more</source>
        <translation>строка для каждого мероприятия текущих черновиков; нет строк: {listed} и ещё {more}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="745" />
        <source>an activity reference such as D014-2027-03</source>
        <translation>референс мероприятия, например D014-2027-03</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="747" />
        <source>consolidated plan {year}: {kept} of {count} activities included, {dropped} dropped, {costed} costed by the agency</source>
        <translation>консолидированный план {year}: включено мероприятий — {kept} из {count}, исключено — {dropped}, оценено агентством — {costed}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="748" />
        <source>each activity once (it is in row {row} already)</source>
        <translation>каждое мероприятие один раз (оно уже есть в строке {row})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="749" />
        <source>nothing here: the row has no activity reference (column A)</source>
        <translation>пустая ячейка: в строке нет референса мероприятия (столбец A)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="750" />
        <source>nothing was imported</source>
        <translation>ничего не загружено</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="742" />
        <source>the column title “{title}”</source>
        <translation>заголовок столбца «{title}»</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="751" />
        <source>the reference of an activity in a dealer's current draft for {year}</source>
        <translation>референс мероприятия из текущего черновика дилера на {year} год</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="752" />
        <source>year {year} is at stage {stage}: the consolidated plan is imported at stage consolidation</source>
        <translation>{year} год на этапе «{stage}»: консолидированный план загружается на этапе консолидации</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="753" />
        <source>да or нет (yes or no); blank means yes</source>
        <translation>«да» или «нет»; пустая ячейка означает «да»</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="754" />
        <source>a comment of at most 5000 characters</source>
        <translation>комментарий не длиннее 5000 знаков</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="755" />
        <source>a whole number up to {limit}</source>
        <translation>целое число не больше {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="756" />
        <source>an activity of the {year} consolidated plan</source>
        <translation>мероприятие консолидированного плана {year} года</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="757" />
        <source>efficiency results for {year}: {count} activities</source>
        <translation>результаты эффективности за {year} год: мероприятий — {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="758" />
        <source>has no visible sheet</source>
        <translation>в книге нет видимых листов</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="759" />
        <source>references of one programme year</source>
        <translation>референсы одного года программы</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="760" />
        <source>sheet “{sheet}” has no header row with the columns reference, reach, leads and sales (Референс, Охват, Обращения, Продажи) in its first {rows} rows</source>
        <translation>на листе «{sheet}» в первых {rows} строках нет строки заголовков со столбцами «Референс», «Охват», «Обращения», «Продажи» (reference, reach, leads, sales)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="761" />
        <source>the leads as a whole number ≥ 0 (0 if none)</source>
        <translation>число обращений — целое число ≥ 0 (0, если их не было)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="762" />
        <source>the reach as a whole number ≥ 0 (0 if none)</source>
        <translation>охват — целое число ≥ 0 (0, если охвата не было)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="763" />
        <source>the references are of {year}, and there is no programme year {year}</source>
        <translation>референсы относятся к {year} году, а года программы {year} нет</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="764" />
        <source>the report has no results (every activity row is blank)</source>
        <translation>в отчёте нет результатов (все строки мероприятий пусты)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="765" />
        <source>the sales as a whole number ≥ 0 (0 if none)</source>
        <translation>число продаж — целое число ≥ 0 (0, если их не было)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="769" />
        <source>year {year} has no consolidated plan with activities yet: there is nothing to rate</source>
        <translation>у {year} года ещё нет консолидированного плана с мероприятиями: оценивать нечего</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="767" />
        <source>{count} activities without results skipped</source>
        <translation>пропущено мероприятий без результатов: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="347" />
        <source>claim {number}: {kind} attached ({name})</source>
        <translation>заявка {number}: прикреплён документ «{kind}» ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="348" />
        <source>claim {number}: {kind} taken off ({name})</source>
        <translation>заявка {number}: откреплён документ «{kind}» ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="624" />
        <source>renamed scoring criteria of {year}: {criteria}</source>
        <translation>переименованы критерии оценки {year}: {criteria}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="680" />
        <source>a file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="681" />
        <source>a file name of at most {limit} characters</source>
        <translation>имя файла не длиннее {limit} символов</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="699" />
        <source>{field}: a date without its file: write the file's name in “{column}”</source>
        <translation>{field}: дата без файла: впишите имя файла в столбец «{column}»</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="701" />
        <source>completed</source>
        <translation>дополнена</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="710" />
        <source>{count} completed</source>
        <translation>дополнено: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="720" />
        <source>claim {number} completed: {message}</source>
        <translation>заявка {number} дополнена: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="721" />
        <source>act scan</source>
        <translation>скан акта</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="722" />
        <source>invoice scan</source>
        <translation>скан счёта</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="723" />
        <source>payment order scan</source>
        <translation>скан платёжного поручения</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="724" />
        <source>{kind}: date</source>
        <translation>{kind}: дата</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="725" />
        <source>{kind}: file</source>
        <translation>{kind}: файл</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="726" />
        <source>no .xlsx or .xlsm workbook in the zip</source>
        <translation>в zip-архиве нет книги .xlsx или .xlsm</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="727" />
        <source>not a readable zip: {reason}</source>
        <translation>не читаемый zip-архив: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="729" />
        <source>the zip entry {entry} cannot be read: {reason}</source>
        <translation>элемент zip-архива {entry} не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="730" />
        <source>the zip entry {entry} has a path that leads out of the zip: refused</source>
        <translation>элемент zip-архива {entry} указывает путь за пределы архива: архив не принят</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="731" />
        <source>{name} cannot be read from the zip: {reason}</source>
        <translation>{name} не удаётся прочитать из zip-архива: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="732" />
        <source>{name} is a link, not a file in the workbook's folder</source>
        <translation>{name} — ссылка, а не файл в папке книги</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="733" />
        <source>{name} is larger than the limit of {size} MB</source>
        <translation>{name} больше допустимых {size} МБ</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="734" />
        <source>{name} is not in the workbook's folder</source>
        <translation>файла {name} нет в папке книги</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="735" />
        <source>{name} is not in the zip</source>
        <translation>файла {name} нет в zip-архиве</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="736" />
        <source>{name}: cannot be read: {reason}</source>
        <translation>{name}: не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="737" />
        <source>{name}: only a file's name is accepted, without a folder or a path (the file goes beside the workbook)</source>
        <translation>{name}: принимается только имя файла, без папки и пути (файл кладётся рядом с книгой)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="738" />
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="766" />
        <source>this form was made for {made_for}, and its references are of {year}</source>
        <translation>эта форма сделана на {made_for} год, а референсы в ней — {year} года</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="768" />
        <source>{year} (first at {cell})</source>
        <translation>{year} (впервые в {cell})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="831" />
        <source>the spreadsheet reader crashed on this file (it was stopped; nothing was read from it)</source>
        <translation>программа чтения таблиц аварийно завершилась на этом файле (она остановлена; из файла ничего не прочитано)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="832" />
        <source>dealer plan</source>
        <translation>план дилера</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="833" />
        <source>quarterly claims</source>
        <translation>квартальные заявки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="834" />
        <source>template version {version} is out of date (current {current}) (made by a newer CoopDesk): send the dealer a new template</source>
        <translation>версия шаблона {version} не подходит (текущая — {current}; шаблон сделан более новой версией CoopDesk): отправьте дилеру новый шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="835" />
        <source>template version {version} is out of date (current {current}): send the dealer a new template</source>
        <translation>шаблон устарел (версия {version}, текущая — {current}): отправьте дилеру новый шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="836" />
        <source>the identification sheet is missing or altered (a field is empty)</source>
        <translation>служебный лист идентификации отсутствует или изменён (поле не заполнено)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="837" />
        <source>the identification sheet is missing or altered (its checksum does not match)</source>
        <translation>служебный лист идентификации отсутствует или изменён (не совпадает контрольная сумма)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="838" />
        <source>the identification sheet is missing or altered: this is not a CoopDesk {what} template</source>
        <translation>служебный лист идентификации отсутствует или изменён: это не шаблон CoopDesk типа «{what}»</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="839" />
        <source>this is a CoopDesk {theirs} template, not a {what} template</source>
        <translation>это шаблон CoopDesk типа «{theirs}», а не «{what}»</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="840" />
        <source>this template belongs to dealer {dealer}, not {other}</source>
        <translation>этот шаблон принадлежит дилеру {dealer}, а не {other}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="841" />
        <source>this template was made for {made_for}, not {year}</source>
        <translation>этот шаблон сделан на {made_for} год, а не на {year}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="842" />
        <source>a repeat count is not a number: {value}</source>
        <translation>число повторов — не число: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="843" />
        <source>a sheet spans {rows} rows × {columns} columns, more than the {limit} cells CoopDesk reads</source>
        <translation>лист занимает {rows} строк × {columns} столбцов — больше {limit} ячеек, которые читает CoopDesk</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="844" />
        <source>an OpenDocument spreadsheet (.ods) without CoopDesk's identification sheet (it did not survive the conversion, or this is not our template): {save_as}</source>
        <translation>таблица OpenDocument (.ods) без идентификационного листа CoopDesk (он не сохранился при преобразовании, или это не наш шаблон): {save_as}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="845" />
        <source>an OpenDocument spreadsheet (.ods), which this installation cannot read: {save_as}</source>
        <translation>таблица OpenDocument (.ods), которую эта установка прочитать не может: {save_as}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="846" />
        <source>content.xml is not valid XML ({error})</source>
        <translation>content.xml — неправильный XML ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="847" />
        <source>it has no content.xml</source>
        <translation>в нём нет content.xml</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="849" />
        <source>not an OpenDocument spreadsheet (.ods): {save_as}</source>
        <translation>не таблица OpenDocument (.ods): {save_as}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="850" />
        <source>not an OpenDocument spreadsheet (its content is not recognised)</source>
        <translation>не таблица OpenDocument (содержимое не распознано)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="851" />
        <source>password-protected (encrypted): save it again in LibreOffice without a password and send it</source>
        <translation>защищён паролем (зашифрован): сохраните его в LibreOffice без пароля и пришлите снова</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="853" />
        <source>save it as Excel workbook (.xlsx) from the template we sent</source>
        <translation>сохраните его как книгу Excel (.xlsx) из присланного нами шаблона</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="862" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="804" />
        <source>a CSV file (.csv)</source>
        <translation>файл CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="805" />
        <source>a LibreOffice lock file (.~lock…#), left while a file is open</source>
        <translation>файл блокировки LibreOffice (.~lock…#), остаётся, пока файл открыт</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="806" />
        <source>a PDF document, not a spreadsheet</source>
        <translation>документ PDF, а не таблица</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="807" />
        <source>a WPS spreadsheet (.et)</source>
        <translation>таблица WPS (.et)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="808" />
        <source>a Word document, not a spreadsheet</source>
        <translation>документ Word, а не таблица</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="863" />
        <source>a channel from the list: {channels}</source>
        <translation>канал из списка: {channels}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="809" />
        <source>a flat OpenDocument spreadsheet (.fods)</source>
        <translation>плоская таблица OpenDocument (.fods)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="810" />
        <source>a hidden file</source>
        <translation>скрытый файл</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="811" />
        <source>a hidden folder, not searched</source>
        <translation>скрытая папка, не просматривается</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="812" />
        <source>a link to a folder, not searched</source>
        <translation>ссылка на папку, не просматривается</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="813" />
        <source>a presentation, not a spreadsheet</source>
        <translation>презентация, а не таблица</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="814" />
        <source>an Apple Numbers spreadsheet (.numbers)</source>
        <translation>таблица Apple Numbers (.numbers)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="815" />
        <source>an Excel 97–2003 workbook (.xls)</source>
        <translation>книга Excel 97–2003 (.xls)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="816" />
        <source>an Excel binary workbook (.xlsb)</source>
        <translation>двоичная книга Excel (.xlsb)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="817" />
        <source>an Excel lock file (~$…), left while a workbook is open</source>
        <translation>файл блокировки Excel (~$…), остаётся, пока книга открыта</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="818" />
        <source>an Excel template (.xlt)</source>
        <translation>шаблон Excel (.xlt)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="819" />
        <source>an Excel template (.xltm)</source>
        <translation>шаблон Excel (.xltm)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="820" />
        <source>an Excel template (.xltx)</source>
        <translation>шаблон Excel (.xltx)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="821" />
        <source>an OpenDocument spreadsheet template (.ots)</source>
        <translation>шаблон таблицы OpenDocument (.ots)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="822" />
        <source>an archive, not a spreadsheet: unpack it and import the folder</source>
        <translation>архив, а не таблица: распакуйте его и загрузите папку</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="823" />
        <source>an e-mail message, not a spreadsheet: save its attachment</source>
        <translation>письмо, а не таблица: сохраните вложение</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="864" />
        <source>an empty code</source>
        <translation>пустой код</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="824" />
        <source>an image, not a spreadsheet</source>
        <translation>изображение, а не таблица</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="865" />
        <source>at least one activity (channel, month and planned cost)</source>
        <translation>хотя бы одно мероприятие (канал, месяц и плановая стоимость)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="854" />
        <source>could not be read: {error}</source>
        <translation>не удалось прочитать: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="855" />
        <source>draft of {who} for {year}: 1 activity, {total}</source>
        <translation>черновик {who} на {year} год: 1 мероприятие, {total}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="856" />
        <source>draft of {who} for {year}: {count} activities, {total}</source>
        <translation>черновик {who} на {year} год: мероприятий — {count}, {total}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="866" />
        <source>has the extension {suffix}, not .xlsx</source>
        <translation>у файла расширение {suffix}, а не .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="826" />
        <source>no .xlsx or .xlsm files in this folder</source>
        <translation>в этой папке нет файлов .xlsx или .xlsm</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="857" />
        <source>no changes from the earlier version</source>
        <translation>изменений по сравнению с предыдущей версией нет</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="827" />
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="828" />
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="829" />
        <source>not a spreadsheet</source>
        <translation>не таблица</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="858" />
        <source>not read: the import was cancelled</source>
        <translation>не прочитан: загрузка отменена</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="859" />
        <source>not recorded: the import was cancelled</source>
        <translation>не записан: загрузка отменена</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="867" />
        <source>nothing was imported from this file</source>
        <translation>из этого файла ничего не загружено</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="860" />
        <source>replaces the current draft (kept as an earlier version)</source>
        <translation>заменяет текущий черновик (он сохранён как предыдущая версия)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="868" />
        <source>the activity table</source>
        <translation>таблица мероприятий</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="869" />
        <source>the dealer block</source>
        <translation>блок с данными дилера</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="870" />
        <source>the plan sheet was rearranged: {part} was not found</source>
        <translation>структура листа плана изменена, не найдено: {part}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="871" />
        <source>the sheet «{sheet}» is missing (was it renamed or deleted?)</source>
        <translation>нет листа «{sheet}» (его переименовали или удалили?)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="861" />
        <source>this batch holds {count} drafts of dealer {dealer} for {year} ({files}): import the right one alone</source>
        <translation>в этой загрузке несколько черновиков дилера {dealer} на {year} год ({count}: {files}): загрузите только нужный</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="872" />
        <source>this template belongs to dealer {dealer}, not {code} (the dealer code on the sheet, {cell}, was changed)</source>
        <translation>этот шаблон принадлежит дилеру {dealer}, а не {code} (код дилера на листе, ячейка {cell}, был изменён)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="873" />
        <source>{file}, sheet {sheet}, row {row}</source>
        <translation>{file}, лист {sheet}, строка {row}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="830" />
        <source>{kind}, not .xlsx: {save_as}</source>
        <translation>{kind}, а не .xlsx: {save_as}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="874" />
        <source>dealer {dealer} is inactive and takes no part in {year}</source>
        <translation>дилер {dealer} неактивен и не участвует в программе {year} года</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="875" />
        <source>plan templates are issued at stage drafting; year {year} is at {stage} (a returned draft could not be recorded now)</source>
        <translation>шаблоны планов выдаются на этапе черновиков, а {year} год на этапе «{stage}» (присланный черновик сейчас нельзя было бы записать)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="877" />
        <source>1 file imported, {refused} refused</source>
        <translation>загружен 1 файл, не принято: {refused}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="878" />
        <source>1 problem; {consequence}</source>
        <translation>1 замечание; {consequence}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="879" />
        <source>files: {imported} imported, {refused} refused, {skipped} skipped (not spreadsheets)</source>
        <translation>файлы: загружено {imported}, не принято {refused}, пропущено {skipped} (не таблицы)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="880" />
        <source>found "{found}", expected {expected}</source>
        <translation>найдено «{found}», ожидалось: {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="881" />
        <source>found nothing, expected {expected}</source>
        <translation>ничего не найдено, ожидалось: {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="882" />
        <source>imported</source>
        <translation>загружено</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="883" />
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="884" />
        <source>{count} problems; {consequence}</source>
        <translation>замечаний: {count}; {consequence}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="885" />
        <source>{imported} files imported, {refused} refused</source>
        <translation>загружено файлов: {imported}, не принято: {refused}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="777" />
        <source>a 7-Zip archive, not a workbook</source>
        <translation>это архив 7-Zip, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="778" />
        <source>a BMP image, not a workbook</source>
        <translation>это изображение BMP, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="779" />
        <source>a CSV or text file, not a workbook: {save_as}</source>
        <translation>это CSV или текстовый файл, а не книга Excel: {save_as}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="780" />
        <source>a GIF image, not a workbook</source>
        <translation>это изображение GIF, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="781" />
        <source>a JPEG image, not a workbook</source>
        <translation>это изображение JPEG, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="782" />
        <source>a PDF document, not a workbook</source>
        <translation>это документ PDF, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="783" />
        <source>a PNG image, not a workbook</source>
        <translation>это изображение PNG, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="784" />
        <source>a PowerPoint presentation (.pptx), not a workbook</source>
        <translation>это презентация PowerPoint (.pptx), а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="785" />
        <source>a RAR archive, not a workbook</source>
        <translation>это архив RAR, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="786" />
        <source>a TIFF image, not a workbook</source>
        <translation>это изображение TIFF, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="787" />
        <source>a WebP image, not a workbook</source>
        <translation>это изображение WebP, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="788" />
        <source>a Word document (.doc), not a workbook</source>
        <translation>это документ Word (.doc), а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="789" />
        <source>a Word document (.docx), not a workbook</source>
        <translation>это документ Word (.docx), а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="790" />
        <source>a gzip archive, not a workbook</source>
        <translation>это архив gzip, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="886" />
        <source>a relationships part is not valid XML ({error})</source>
        <translation>часть связей (relationships) — некорректный XML ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="772" />
        <source>{sheet} declares the range {range}, beyond the {rows} rows × {columns} columns CoopDesk reads</source>
        <translation>{sheet} объявляет диапазон {range} — за пределами {rows} строк × {columns} столбцов, которые читает CoopDesk</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="773" />
        <source>{sheet} has a cell at {cell}, beyond the {rows} rows × {columns} columns CoopDesk reads</source>
        <translation>{sheet} содержит ячейку {cell} — за пределами {rows} строк × {columns} столбцов, которые читает CoopDesk</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="774" />
        <source>{sheet} has a malformed cell reference ({ref})</source>
        <translation>{sheet} содержит неверную ссылку на ячейку ({ref})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="775" />
        <source>{sheet} is not valid XML ({error})</source>
        <translation>{sheet} — некорректный XML ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="776" />
        <source>{sheet} spans {rows} rows × {columns} columns, more than the {limit} cells CoopDesk reads</source>
        <translation>{sheet} занимает {rows} строк × {columns} столбцов — больше {limit} ячеек, которые читает CoopDesk</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="791" />
        <source>a text file, not a workbook</source>
        <translation>это текстовый файл, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="746" />
        <source>an agency name of at most {limit} characters</source>
        <translation>название агентства не длиннее {limit} знаков</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="792" />
        <source>a web page (HTML), not a workbook: {save_as}</source>
        <translation>это веб-страница (HTML), а не книга Excel: {save_as}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="793" />
        <source>a zip archive, not an Excel workbook</source>
        <translation>это zip-архив, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="794" />
        <source>an Excel 2003 XML spreadsheet, not .xlsx: {save_as}</source>
        <translation>это таблица XML Excel 2003, а не .xlsx: {save_as}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="795" />
        <source>an Excel 97–2003 workbook (.xls), not .xlsx: {save_as}</source>
        <translation>это книга Excel 97–2003 (.xls), а не .xlsx: {save_as}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="796" />
        <source>an Excel binary workbook (.xlsb), not .xlsx: {save_as}</source>
        <translation>это двоичная книга Excel (.xlsb), а не .xlsx: {save_as}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="797" />
        <source>an OpenDocument file, not a workbook</source>
        <translation>это файл OpenDocument, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="798" />
        <source>an OpenDocument spreadsheet (.ods), not .xlsx: in LibreOffice use File › Save As › Excel (.xlsx)</source>
        <translation>это таблица OpenDocument (.ods), а не .xlsx: в LibreOffice выберите Файл › Сохранить как › Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="799" />
        <source>an RTF document, not a workbook</source>
        <translation>это документ RTF, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="800" />
        <source>an XML or text file, not a workbook</source>
        <translation>это XML или текстовый файл, а не книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="801" />
        <source>an old Microsoft Office file (OLE2), not an .xlsx workbook: {save_as}</source>
        <translation>это файл старого формата Microsoft Office (OLE2), а не книга .xlsx: {save_as}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="825" />
        <source>cannot be read: {error}</source>
        <translation>не удаётся прочитать: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="887" />
        <source>it has {count} zip entries</source>
        <translation>в нём {count} элементов zip</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="888" />
        <source>it would inflate to {size} MB</source>
        <translation>после распаковки он занял бы {size} МБ</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="889" />
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="890" />
        <source>not a file</source>
        <translation>это не файл</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="876" />
        <source>not a readable workbook: sheet {sheet}: {reason}</source>
        <translation>книгу не удаётся прочитать: лист {sheet}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="848" />
        <source>not a readable workbook: {reason}</source>
        <translation>книгу не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="891" />
        <source>not an Excel workbook (its content is not recognised)</source>
        <translation>это не книга Excel (содержимое не распознано)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="802" />
        <source>open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)</source>
        <translation>откройте его в Excel или LibreOffice и сохраните как книгу Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="728" />
        <source>password-protected (an encrypted zip): send it without a password</source>
        <translation>файл защищён паролем (зашифрованный zip): пришлите его без пароля</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="803" />
        <source>password-protected (encrypted): remove the password in Excel (File › Info › Protect) and send it again</source>
        <translation>файл защищён паролем (зашифрован): снимите пароль в Excel (Файл › Сведения › Защита книги) и пришлите его снова</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="852" />
        <source>refused as a zip bomb: {reason}</source>
        <translation>отклонён как zip-бомба: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="892" />
        <source>the file is cut short (zip entry {entry} is incomplete)</source>
        <translation>файл обрезан (элемент zip {entry} неполный)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="253" />
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="770" />
        <source>a sheet declares a DOCTYPE or an entity, which workbooks never do</source>
        <translation>в листе объявлен DOCTYPE или сущность (entity), чего в книгах Excel не бывает</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="771" />
        <source>the sheet «{sheet}»</source>
        <translation>лист «{sheet}»</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="893" />
        <source>the zip entry {entry} inflates {ratio} times</source>
        <translation>элемент zip {entry} при распаковке увеличивается в {ratio} раз</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="894" />
        <source>the zip entry {entry} is damaged</source>
        <translation>элемент zip {entry} повреждён</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="895" />
        <source>the zip entry {entry} is damaged (it inflates to more than it declares)</source>
        <translation>элемент zip {entry} повреждён (распаковывается в больший объём, чем заявлено)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="896" />
        <source>the zip entry {entry} is damaged (size or CRC does not match)</source>
        <translation>элемент zip {entry} повреждён (не совпадает размер или CRC)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="897" />
        <source>the zip entry {entry} is damaged ({error})</source>
        <translation>элемент zip {entry} повреждён ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="898" />
        <source>the zip entry {entry} uses an unsupported compression ({method})</source>
        <translation>элемент zip {entry} сжат неподдерживаемым методом ({method})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="899" />
        <source>the zip structure is damaged ({error})</source>
        <translation>структура zip повреждена ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="900" />
        <source>too large (more than {limit} MB)</source>
        <translation>файл слишком большой (больше {limit} МБ)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="901" />
        <source>too large ({size} MB; the limit is {limit} MB)</source>
        <translation>файл слишком большой ({size} МБ; предел — {limit} МБ)</translation>
    </message>
    <message>
        <location filename="../../ui/service_strings.py" line="902" />
        <source>{entry} declares a DOCTYPE, which workbooks never do</source>
        <translation>в {entry} объявлен DOCTYPE, чего в книгах Excel не бывает</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="40" />
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="41" />
        <source>{0} could not be opened:
{1}</source>
        <translation>Не удалось открыть {0}:
{1}</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="151" />
        <source>Building the demo programme…</source>
        <translation>Строим демо-программу…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="155" />
        <source>Demo programme</source>
        <translation>Демо-программа</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="94" />
        <source>Programme</source>
        <extracomment>Between a channel's code and its name in the Programme tab's channel list.</extracomment>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="95" />
        <source>Proofs of performance</source>
        <translation>Подтверждения выхода рекламы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="108" />
        <location filename="../../ui/screens/settings.py" line="251" />
        <source>Programme year</source>
        <translation>Программный год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="117" />
        <source>The manufacturer's share of each activity: 0.5 is 50 %</source>
        <translation>Доля производителя в каждом мероприятии: 0.5 — это 50 %</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="123" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="125" />
        <source>One channel per line</source>
        <translation>По одному каналу в строке</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="335" />
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="336" />
        <source>Base rate</source>
        <translation>Базовая ставка</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="337" />
        <source>Cap floor</source>
        <translation>Минимальный лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="338" />
        <source>Cap ceiling</source>
        <translation>Максимальный лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="339" />
        <source>Eligibility threshold k</source>
        <translation>Порог участия k</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="144" />
        <source>&amp;Currency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="100" />
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="102" />
        <source>Names</source>
        <translation>Названия</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="129" />
        <source>One channel code per line; the name after the dash is changed on the Names tab.</source>
        <translation>Один код канала в строке; название после тире меняется на вкладке «Названия».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="145" />
        <source>&amp;Documents language</source>
        <translation>&amp;Язык документов</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="146" />
        <source>&amp;Budget</source>
        <translation>&amp;Бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="147" />
        <source>Base &amp;rate</source>
        <translation>Базовая &amp;ставка</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="148" />
        <source>Cap &amp;floor</source>
        <translation>&amp;Минимальный лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="149" />
        <source>Cap c&amp;eiling</source>
        <translation>Ма&amp;ксимальный лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="150" />
        <source>Eligibility &amp;threshold k</source>
        <translation>&amp;Порог участия k</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="151" />
        <source>Claim dead&amp;line after quarter end</source>
        <translation>Ср&amp;ок подачи заявок после квартала</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="152" />
        <source>C&amp;hannels</source>
        <translation>Ка&amp;налы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="153" />
        <source>Consolidating &amp;agency</source>
        <translation>Консолидирующее &amp;агентство</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="154" />
        <source>E&amp;valuating agency</source>
        <translation>Оц&amp;енивающее агентство</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="156" />
        <source>{0} from</source>
        <translation>{0} с</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="168" />
        <source>Save programme settings</source>
        <translation>Сохранить настройки программы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="101" />
        <location filename="../../ui/screens/settings.py" line="182" />
        <source>Scoring criteria</source>
        <translation>Критерии оценки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="185" />
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="185" />
        <source>Max points</source>
        <translation>Макс. баллов</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="185" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="185" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="195" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="196" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="197" />
        <source>Save criteria</source>
        <translation>Сохранить критерии</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="203" />
        <source>A dealer's score is Σ weight × points; k = S / S max.</source>
        <translation>Балл дилера S = Σ вес × баллы; k = S / S макс.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="213" />
        <source>Preferences</source>
        <translation>Личные настройки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="223" />
        <source>Clear the recent databases</source>
        <translation>Очистить список недавних баз</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="225" />
        <source>&amp;Window language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="226" />
        <source>&amp;Numbers</source>
        <translation>&amp;Числа</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="227" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="254" />
        <source>Programme year {0}</source>
        <translation>Программный год {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="282" />
        <source>The year is closed: its settings cannot change.</source>
        <translation>Год закрыт: его настройки менять нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="284" />
        <source>The allocation is frozen: budget, rates, cap range, threshold and criteria cannot change.</source>
        <translation>Распределение зафиксировано: бюджет, ставки, лимиты, порог и критерии менять нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="316" />
        <source>Rename it on the Names tab.</source>
        <translation>Переименовать можно на вкладке «Названия».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="364" />
        <source>row {0}: the weight is not a number</source>
        <translation>строка {0}: вес не является числом</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="366" />
        <source>row {0}: max points must be a whole number</source>
        <translation>строка {0}: максимум баллов должен быть целым числом</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="382" />
        <source>{0}: not a number</source>
        <translation>{0}: не число</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="385" />
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="389" />
        <source>The programme settings are saved.</source>
        <translation>Настройки программы сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="400" />
        <source>The scoring criteria are saved.</source>
        <translation>Критерии оценки сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="433" />
        <source>The list of recent databases is cleared.</source>
        <translation>Список недавних баз очищен.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="83" />
        <source>Show the screens' names</source>
        <translation>Показать названия разделов</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="83" />
        <source>Show icons only</source>
        <translation>Оставить только значки</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="31" />
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="34" />
        <source>Nobody can sign in to this shared database yet: the PostgreSQL role that owns it creates the first programme owner with `coop-desk db init`.</source>
        <translation>В эту общую базу пока никто не может войти: первого владельца программы создаёт роль PostgreSQL, которой принадлежит база, командой `coop-desk db init`.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="38" />
        <source>This database is shared: sign in with your user name and password.</source>
        <translation>Это общая база: войдите под своим именем пользователя и паролем.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="55" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="56" />
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="57" />
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../ui/labels.py" line="12" />
        <source>Drafting</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>Consolidation</source>
        <translation>Консолидация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Allocation</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Execution</source>
        <translation>Исполнение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
</context>
<context>
    <name>StageBar</name>
    <message>
        <location filename="../../ui/stage_bar.py" line="39" />
        <source>Programme year</source>
        <translation>Программный год</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="45" />
        <source>Move to next stage…</source>
        <translation>Перейти к следующему этапу…</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="46" />
        <source>Start a programme year…</source>
        <translation>Начать программный год…</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="111" />
        <source>No programme year yet</source>
        <translation>Программного года ещё нет</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="115" />
        <source>Start a programme year first</source>
        <translation>Сначала начните программный год</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="117" />
        <source>Programme year {0}</source>
        <translation>Программный год {0}</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="119" />
        <source>Stage: {0}</source>
        <translation>Этап: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="128" />
        <source>Move the year to {0}</source>
        <translation>Перевести год на этап «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="127" />
        <source>The year is closed: there is no later stage</source>
        <translation>Год закрыт: следующего этапа нет</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="135" />
        <source>since {0}</source>
        <translation>с {0}</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="138" />
        <source>{0} from {1}</source>
        <translation>{0} с {1}</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="153" />
        <source>The year is closed: there is no later stage.</source>
        <translation>Год закрыт: следующего этапа нет.</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="156" />
        <source>Move to {0}</source>
        <translation>Переход к этапу «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="158" />
        <source>Year {0} cannot move to {1} yet. Still missing:</source>
        <translation>Год {0} пока нельзя перевести на этап «{1}». Не хватает:</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="162" />
        <source>Year {0} can move to {1}, but:</source>
        <translation>Год {0} можно перевести на этап «{1}», но:</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="164" />
        <source>Move on anyway?</source>
        <translation>Всё равно перейти?</translation>
    </message>
    <message>
        <location filename="../../ui/stage_bar.py" line="166" />
        <source>Move year {0} from {1} to {2}? Stages only move forward.</source>
        <translation>Перевести год {0} с этапа «{1}» на этап «{2}»? Этапы идут только вперёд.</translation>
    </message>
</context>
<context>
    <name>SubmitMockupButton</name>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="250" />
        <source>Submit mockup…</source>
        <translation>Подать макет…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="258" />
        <source>Mockups are submitted at stage execution.</source>
        <translation>Макеты подают на этапе исполнения.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="260" />
        <source>Start a programme year first</source>
        <translation>Сначала начните программный год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockup_submit.py" line="263" />
        <source>A dealer's mockup with its file (or drop the file here)</source>
        <translation>Макет дилера с его файлом (или перетащите файл сюда)</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="73" />
        <source>Score and allocation</source>
        <translation>Баллы и распределение</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="76" />
        <source>Score S</source>
        <translation>Балл S</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="77" />
        <source>Coefficient k</source>
        <translation>Коэффициент k</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="78" />
        <source>Cap</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="79" />
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="80" />
        <source>Demand</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="81" />
        <source>Allocated amount</source>
        <translation>Выделенная сумма</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="84" />
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="87" />
        <source>Allocated</source>
        <translation>Распределено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="88" />
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="89" />
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="90" />
        <source>Approved, not yet paid</source>
        <translation>Одобрено, ещё не выплачено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="91" />
        <source>Remaining</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="94" />
        <source>Frozen</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="94" />
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="94" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="97" />
        <source>Versions of the allocation</source>
        <translation>Версии распределения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="140" />
        <source>No allocation this year</source>
        <translation>В этом году средств не выделено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_page_tabs.py" line="155" />
        <source>no line</source>
        <translation>нет строки</translation>
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
        <location filename="../../ui/dialogs.py" line="120" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="146" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>TemplatesButton</name>
    <message>
        <location filename="../../ui/templates_dialog.py" line="323" />
        <source>Write the form…</source>
        <translation>Записать форму…</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="323" />
        <source>Write templates…</source>
        <translation>Записать шаблоны…</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="329" />
        <source>Start a programme year first</source>
        <translation>Сначала начните программный год</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../ui/templates_dialog.py" line="102" />
        <source>Write plan templates</source>
        <translation>Шаблоны планов для дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="103" />
        <source>Write claims templates</source>
        <translation>Шаблоны заявок для дилеров</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="104" />
        <source>Write the efficiency form</source>
        <translation>Форма оценки эффективности</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="113" />
        <source>Q{quarter}</source>
        <translation>{quarter} кв.</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="115" />
        <source>&amp;Quarter:</source>
        <translation>&amp;Квартал:</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="122" />
        <source>Filter dealers…</source>
        <translation>Фильтр дилеров…</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="124" />
        <source>&amp;All</source>
        <translation>&amp;Все</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="125" />
        <source>&amp;None</source>
        <translation>&amp;Ни одного</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="133" />
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="134" />
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="144" />
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="147" />
        <source>&amp;Write</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="168" />
        <source>One plan template per chosen dealer, pre-filled with its data and cap (stage drafting).</source>
        <translation>По шаблону плана на каждого выбранного дилера, с его данными и лимитом (этап черновиков).</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="169" />
        <source>One claims template per chosen dealer, listing its activities with an approved mockup.</source>
        <translation>По шаблону заявок на каждого выбранного дилера, с его мероприятиями, у которых утверждён макет.</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="170" />
        <source>One form for the evaluating agency listing the activities of the consolidated plan.</source>
        <translation>Одна форма для агентства-оценщика с мероприятиями сводного плана.</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="213" />
        <source>{chosen} of {total} dealers chosen</source>
        <translation>Выбрано дилеров: {chosen} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="217" />
        <source>Start a programme year first</source>
        <translation>Сначала начните программный год</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="220" />
        <source>There is no active dealer.</source>
        <translation>Нет активных дилеров.</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="221" />
        <source>No dealer has an activity with an approved mockup yet: there is nothing to claim.</source>
        <translation>Ни у одного дилера ещё нет мероприятия с утверждённым макетом: заявлять нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="224" />
        <source>Choose at least one dealer.</source>
        <translation>Выберите хотя бы одного дилера.</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="226" />
        <source>Choose the folder to write to.</source>
        <translation>Выберите папку для записи.</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="262" />
        <source>Folder for the templates</source>
        <translation>Папка для шаблонов</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="278" />
        <source>Writing the templates…</source>
        <translation>Запись шаблонов…</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="289" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/templates_dialog.py" line="294" />
        <source>{count} file(s) written to {folder}.</source>
        <translation>Записано файлов: {count}, в папку {folder}.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="24" />
        <source>Undo</source>
        <extracomment>How long the offer stands (the service allows a little more, for a slow click).</extracomment>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="26" />
        <source>Take the decision back (Ctrl+Z)</source>
        <translation>Отменить решение (Ctrl+Z)</translation>
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
        <location filename="../../ui/screens/users.py" line="119" />
        <source>A personal file: you act as its owner ({0}). Users sign in on a shared database.</source>
        <translation>Личный файл: вы работаете как его владелец ({0}). Пользователи входят в общую базу.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="124" />
        <source>Signed in as {0}.</source>
        <translation>Вы вошли как {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="142" />
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
        <location filename="../../ui/main_window.py" line="351" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>self._model</name>
    <message>
        <location filename="../../ui/screens/claims.py" line="160" />
        <source>Q{quarter} (work of Q{work})</source>
        <translation>{quarter} кв. (работы {work} кв.)</translation>
    </message>
</context>
</TS>