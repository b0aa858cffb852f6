<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name />
    <message>
        <location filename="../../ui/models/claims.py" line="20" />
        <source>ClaimStatus</source>
        <comment>submitted</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="21" />
        <source>ClaimStatus</source>
        <comment>approved</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="22" />
        <source>ClaimStatus</source>
        <comment>paid</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="23" />
        <source>ClaimStatus</source>
        <comment>returned</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="24" />
        <source>ClaimStatus</source>
        <comment>rejected</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="34" />
        <source>ClaimFlags</source>
        <comment>late: accepted</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="36" />
        <source>ClaimFlags</source>
        <comment>late: needs override</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="37" />
        <source>ClaimFlags</source>
        <comment>late</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="43" />
        <source>ClaimsImport</source>
        <comment> → claim {id}</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="50" />
        <source>ClaimsImport</source>
        <comment>row {row}</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivitiesTableModel</name>
    <message>
        <location filename="../../ui/models/plans.py" line="140" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="140" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="140" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="140" />
        <source>Planned cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="140" />
        <source>Idea</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AllocationScreen</name>
    <message>
        <location filename="../../ui/screens/allocation.py" line="66" />
        <source>Reset to the year's settings</source>
        <translation>Вернуть настройки года</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="67" />
        <source>Freeze allocation…</source>
        <translation>Зафиксировать распределение…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="71" />
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="72" />
        <source>Cap floor</source>
        <translation>Минимальный лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="73" />
        <source>Cap ceiling</source>
        <translation>Максимальный лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="74" />
        <source>Threshold k</source>
        <translation>Порог k</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="90" />
        <source>Total demand</source>
        <translation>Общая потребность</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="91" />
        <source>Allocated</source>
        <translation>Распределено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="92" />
        <source>Left in the budget</source>
        <translation>Остаток бюджета</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="113" />
        <source>Demand and allocation by dealer</source>
        <translation>Потребность и распределение по дилерам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="115" />
        <source>Explain</source>
        <translation>Объяснить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="116" />
        <source>How the selected dealer's amount came out</source>
        <translation>Как получилась сумма выбранного дилера</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="119" />
        <source>Select a dealer and press Explain.</source>
        <translation>Выберите дилера и нажмите «Объяснить».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="120" />
        <source>How the amount came out</source>
        <translation>Как получилась сумма</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="162" />
        <source>Start a programme year first</source>
        <translation>Сначала начните программный год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="173" />
        <source>The year is at {0}: the allocation can be changed only at the allocation stage</source>
        <translation>Год на этапе «{0}»: распределение меняется только на этапе распределения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="181" />
        <source>Frozen on {0} by {1}.</source>
        <translation>Зафиксировано {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="185" />
        <source>Freezing again replaces it while no mockup or claim rests on it.</source>
        <translation>Повторная фиксация заменит его, пока на нём не основан ни один макет или заявка.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="191" />
        <source>What-if: change the values; nothing is saved until you freeze.</source>
        <translation>Расчёт «что если»: меняйте значения; ничего не сохраняется до фиксации.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="212" />
        <source>Enter every value (budget, cap floor, cap ceiling, threshold).</source>
        <translation>Заполните все значения (бюджет, минимальный и максимальный лимит, порог).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="245" />
        <source>Demand</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="246" />
        <source>Allocation</source>
        <translation>Распределено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="307" />
        <source>Select a dealer first.</source>
        <translation>Сначала выберите дилера.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="325" />
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
        <location filename="../../ui/screens/allocation.py" line="339" />
        <source>Freeze allocation</source>
        <translation>Фиксация распределения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/allocation.py" line="344" />
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
    <name>ClaimDetailPanel</name>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="51" />
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="54" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="55" />
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="56" />
        <source>Payment order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="57" />
        <source>Acceptance act</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="58" />
        <source>Filed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="59" />
        <source>Reimbursement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="60" />
        <source>Paid to the dealer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="73" />
        <source>The computation (R6, R7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="75" />
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="76" />
        <source>Return to dealer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="77" />
        <source>Reject…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="78" />
        <source>Accept late filing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="101" />
        <source>Select a claim to see it in detail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="113" />
        <source>Claim {id} — {dealer} {name}, {reference} ({channel}), Q{quarter}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="124" />
        <location filename="../../ui/screens/claim_detail.py" line="135" />
        <source>{number} of {date}, {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="128" />
        <source>(rate {rate} {currency} per 1 {foreign})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="141" />
        <location filename="../../ui/screens/claim_detail.py" line="146" />
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="144" />
        <source>{number} of {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="149" />
        <source>{filed} (deadline {deadline})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="166" />
        <source>Accept the late filing first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="174" />
        <source>Late: filed on {filed}, after the deadline {deadline}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="180" />
        <source>Late filing accepted by {who}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="185" />
        <source>Accept the late filing (with a reason) before approving it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="187" />
        <source>Rejected: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claim_detail.py" line="189" />
        <source>Returned to the dealer: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClaimsImportPanel</name>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="69" />
        <source>An import is running already; wait for it to finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="72" />
        <source>None of the files is an Excel workbook (.xlsx).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="76" />
        <source>Filing the claims of {count} workbook(s)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="87" />
        <source>Claims import: {summary}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims_import.py" line="94" />
        <source>Import refused</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClaimsScreen</name>
    <message>
        <location filename="../../ui/screens/claims.py" line="49" />
        <source>All quarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="51" />
        <source>Q{quarter}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="53" />
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="54" />
        <source>To check (submitted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="55" />
        <source>Late, not yet accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="56" />
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="57" />
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="58" />
        <source>Returned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="59" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="61" />
        <source>Filter by dealer, activity, invoice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="64" />
        <source>Import claims workbooks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="111" />
        <source>Claims are filed during execution and evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="132" />
        <source>{shown} of {total} claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="174" />
        <source>Claim {id} approved: {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="182" />
        <source>Return claim to the dealer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="183" />
        <source>What is missing or wrong (the dealer will be told):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="190" />
        <source>Reject claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="190" />
        <source>Why is the claim rejected (final)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="196" />
        <source>Accept late filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="197" />
        <source>Why is this late claim accepted (recorded in the audit trail)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="224" />
        <source>Import dealers' claims workbooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/claims.py" line="226" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <location filename="../../ui/models/claims.py" line="58" />
        <source>Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="59" />
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="60" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="61" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="62" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="63" />
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="64" />
        <source>Invoiced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="65" />
        <source>Reimbursement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="66" />
        <source>Filed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="67" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="68" />
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="109" />
        <source>Filed {filed} after the deadline {deadline}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/claims.py" line="113" />
        <source>Accepted by {who}: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsolidationScreen</name>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="74" />
        <source>Filter by activity, dealer, channel, vendor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="77" />
        <source>Export workbook for the agency…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="79" />
        <source>Import the agency's workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="131" />
        <source>There is no consolidated plan for this year yet. Export the workbook for the agency, and import it when the agency sends it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="138" />
        <source>{regions} regions, {kept} of {total} activities included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="149" />
        <source>The agency's workbook is imported at the consolidation stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="175" />
        <source>Export the consolidation workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="175" />
        <location filename="../../ui/screens/consolidation.py" line="206" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="182" />
        <source>Writing the consolidation workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="191" />
        <source>Saved &lt;a href="{url}"&gt;{name}&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="204" />
        <source>Import the agency's consolidation workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="212" />
        <source>Reading the agency's workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="224" />
        <source>The agency's workbook was refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/consolidation.py" line="232" />
        <source>Consolidation workbook</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsolidationTreeModel</name>
    <message>
        <location filename="../../ui/models/consolidation.py" line="57" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="58" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="59" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="60" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="61" />
        <source>Planned cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="62" />
        <source>Agency's cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="63" />
        <source>Included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="64" />
        <source>Placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="65" />
        <source>Vendor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="66" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="83" />
        <source>{region} — {count} activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="85" />
        <source>, {dropped} dropped by the agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="161" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/consolidation.py" line="161" />
        <source>dropped</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="47" />
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="48" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="49" />
        <source>Planned total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="59" />
        <source>received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="59" />
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="63" />
        <source>v{number} of {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="82" />
        <source>Received {when}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DealerHistoryPanel</name>
    <message>
        <location filename="../../ui/screens/dealer_history.py" line="18" />
        <location filename="../../ui/screens/dealer_history.py" line="32" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_history.py" line="22" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_history.py" line="22" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_history.py" line="22" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_history.py" line="45" />
        <source>History of {0} ({1})</source>
        <translation>История {0} ({1})</translation>
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
    <name>DraftVersionsTableModel</name>
    <message>
        <location filename="../../ui/models/plans.py" line="102" />
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="102" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="102" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="102" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="102" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="107" />
        <source>(current)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EfficiencyTableModel</name>
    <message>
        <location filename="../../ui/models/evaluation.py" line="31" />
        <source>Activity</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/evaluation.py" line="35" />
        <source>Reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/evaluation.py" line="36" />
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/evaluation.py" line="37" />
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/evaluation.py" line="38" />
        <source>Sales amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/evaluation.py" line="39" />
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvaluationScreen</name>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="48" />
        <source>Filter by activity, dealer, region, channel, comment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="51" />
        <source>Import the efficiency report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="82" />
        <source>Results by {agency}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="84" />
        <source>No efficiency results yet. The evaluating agency ({agency}) sends them after the year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="85" />
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="89" />
        <source>Efficiency results are imported during execution and evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="94" />
        <source>{shown} of {total} activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="106" />
        <source>Import the efficiency report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="108" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="115" />
        <source>Reading the efficiency report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/evaluation.py" line="127" />
        <location filename="../../ui/screens/evaluation.py" line="134" />
        <source>The efficiency report was refused</source>
        <translation type="unfinished" />
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
        <location filename="../../ui/file_menu.py" line="119" />
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
        <location filename="../../ui/file_menu.py" line="119" />
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="126" />
        <location filename="../../ui/file_menu.py" line="132" />
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="126" />
        <source>Choose another file than the database itself.</source>
        <translation>Выберите другой файл, а не саму базу данных.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="132" />
        <source>The backup failed: {0}</source>
        <translation>Не удалось сделать копию: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="135" />
        <source>Backed up to {0}</source>
        <translation>Копия сохранена: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="147" />
        <source>Demo programme</source>
        <translation>Демо-программа</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="148" />
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
    <name>ImportProblemsTableModel</name>
    <message>
        <location filename="../../ui/models/import_problems.py" line="35" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/import_problems.py" line="35" />
        <source>Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/import_problems.py" line="35" />
        <source>Cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/import_problems.py" line="35" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="52" />
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="53" />
        <source>found {found}, expected {expected}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="32" />
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="33" />
        <source>Sheet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="34" />
        <source>Cell:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="35" />
        <source>Problem:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="36" />
        <source>Hide report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="133" />
        <source>CoopDesk — {0}</source>
        <translation>CoopDesk — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261" />
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262" />
        <source>There are unsaved changes on: {0}. Close anyway and lose them?</source>
        <translation>Есть несохранённые изменения: {0}. Закрыть и потерять их?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>Work in progress</source>
        <translation>Идёт работа</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>A background task is still running. Cancel it and close?</source>
        <translation>Фоновая задача ещё выполняется. Отменить её и закрыть?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/context.py" line="96" />
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>MockupQueueTableModel</name>
    <message>
        <location filename="../../ui/models/mockups.py" line="26" />
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="27" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="28" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="29" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="30" />
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/mockups.py" line="31" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MockupsScreen</name>
    <message>
        <location filename="../../ui/screens/mockups.py" line="67" />
        <source>Filter the queue…</source>
        <extracomment>Reads an attachment's bytes and media type by id (none in this version: the services have no such call).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="116" />
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="117" />
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="118" />
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="132" />
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="133" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="134" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="135" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="136" />
        <source>Cost in the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="137" />
        <source>Placement / vendor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="138" />
        <source>Idea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="139" />
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="140" />
        <source>Earlier mockups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="141" />
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="148" />
        <source>The activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="155" />
        <source>How many brands other than ours the mockup shows (R6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="158" />
        <source>Comment (required to reject or to request changes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="160" />
        <source>Approve  (A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="161" />
        <source>Reject  (R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="162" />
        <source>Request changes  (C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="163" />
        <source>◀ Previous  (K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="164" />
        <source>Next  (J) ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="165" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="170" />
        <source>Other brands shown:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="171" />
        <source>Comment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="216" />
        <source>{count} waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="219" />
        <source>Mockups are decided on during the execution year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="251" />
        <source>No mockup is waiting for a decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="256" />
        <source>Mockup {number} for {reference}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="262" />
        <source>{reference}, mockup {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="289" />
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="290" />
        <source>approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="291" />
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="292" />
        <source>changes requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="298" />
        <source>none: the dealer sent only the title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="302" />
        <source>file {id} (no preview in this version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="306" />
        <source>{type}: cannot be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/mockups.py" line="310" />
        <source>rate {formula}</source>
        <translation type="unfinished" />
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
        <location filename="../../ui/models/payments.py" line="94" />
        <source>Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="95" />
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="96" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="97" />
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="98" />
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="99" />
        <source>Outstanding</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="37" />
        <source>Record a payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="53" />
        <source>as on the payment order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="55" />
        <source>bank payment order number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="57" />
        <source>Record payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="59" />
        <source>Dealer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="60" />
        <source>Paid on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="61" />
        <source>Amount paid:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="62" />
        <source>Reference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="68" />
        <source>Claims this payment settles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="91" />
        <source>{code} {name} ({count} claims)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="118" />
        <source>{count} claim(s) selected: {ids}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="120" />
        <source>Tick the claims this payment settles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payment_form.py" line="134" />
        <source>Enter the amount paid, as on the payment order.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentsScreen</name>
    <message>
        <location filename="../../ui/screens/payments.py" line="43" />
        <source>Filter payments by dealer, reference, claim…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="59" />
        <source>Close quarter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="62" />
        <source>Quarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="103" />
        <source>Payments are recorded during execution and evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="110" />
        <source>Q{quarter} {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="114" />
        <source>Quarters are closed during execution.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="118" />
        <source>Q{quarter} closed on {when} by {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="123" />
        <source>No quarter is closed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="131" />
        <source>{count} payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="150" />
        <source>Close quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/payments.py" line="152" />
        <source>Close Q{quarter} {year}? Its claims can no longer be decided on, and the quarter's report becomes final.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentsTableModel</name>
    <message>
        <location filename="../../ui/models/payments.py" line="31" />
        <source>Paid on</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="35" />
        <source>Claims</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="36" />
        <source>Payment reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="37" />
        <source>Recorded by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/payments.py" line="62" />
        <source>claim {id} ({reference}, invoice {invoice}): {amount}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanImportPanel</name>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="76" />
        <source>Importing plan workbooks is not available in this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="78" />
        <source>Drafts are imported only while the year is at the drafting stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="80" />
        <source>An import is running already; wait for it to finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="83" />
        <source>None of the dropped files is an Excel workbook (.xlsx).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="85" />
        <source>Importing {count} workbook(s)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="106" />
        <source>Import refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plan_import.py" line="109" />
        <source>Import report: {imported} file(s) imported, {refused} refused, {problems} problem(s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlansScreen</name>
    <message>
        <location filename="../../ui/screens/plans.py" line="51" />
        <source>Filter dealers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="54" />
        <source>Import returned workbooks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="72" />
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="74" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="76" />
        <location filename="../../ui/screens/plans.py" line="189" />
        <source>Changes against the previous version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="78" />
        <source>Dealer's review and regional notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="140" />
        <source>{received} drafts received, {missing} missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="155" />
        <source>You can also drop the workbooks anywhere on the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="157" />
        <source>Drafts are imported only while the year is at the drafting stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="180" />
        <source>{code} has not returned a draft yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="190" />
        <source>Only one version: nothing to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="193" />
        <source>Changes in v{new} against v{old}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="194" />
        <source>No changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="205" />
        <source>Activities of v{number} ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="209" />
        <source>First half-year review:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="211" />
        <source>Regional notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="219" />
        <source>Import returned plan workbooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/plans.py" line="221" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <location filename="../../ui/screens/reports.py" line="49" />
        <source>Quarterly finance report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="52" />
        <source>Commitment letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="58" />
        <source>Dealer statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="60" />
        <source>Annual programme report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/screens/reports.py" line="111" />
        <source>Q{quarter}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="115" />
        <source>Russian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="116" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="119" />
        <source>Generate PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="123" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="125" />
        <location filename="../../ui/screens/reports.py" line="255" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="127" />
        <source>Report:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="129" />
        <source>Quarter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="130" />
        <source>Dealer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="131" />
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="185" />
        <source>All dealers (one file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="196" />
        <source>Per dealer and channel: claimed, approved, rejected, payable and paid; budget used against allocated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="198" />
        <source>Each dealer's allocated amount, cap, score and the rules, ready to sign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="199" />
        <source>One dealer's year: allocation, plans, mockups, claims, payments, balance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="200" />
        <source>Spending by channel, region and quarter; efficiency per channel; what to drop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="220" />
        <source>Save the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="220" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="239" />
        <source>Generating: {report}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="249" />
        <source>Saved {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="254" />
        <source>The report was not generated.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoreEditor</name>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="39" />
        <source>Save scores</source>
        <translation>Сохранить баллы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="40" />
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="42" />
        <source>Score S</source>
        <translation>Балл S</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="43" />
        <source>Coefficient k</source>
        <translation>Коэффициент k</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="44" />
        <source>Cap</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="66" />
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="68" />
        <source>Select a dealer to see its scores.</source>
        <translation>Выберите дилера, чтобы увидеть его баллы.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="72" />
        <source>Scores of {0} for {1}</source>
        <translation>Баллы {0} за {1} год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="80" />
        <source>0–{0}</source>
        <translation>0–{0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="83" />
        <source>Weight {0}, 0 to {1} points</source>
        <translation>Вес {0}, от 0 до {1} баллов</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="117" />
        <source>{0}: at most {1} points</source>
        <translation>{0}: не больше {1} баллов</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dealer_scores.py" line="139" />
        <source>k is below the eligibility threshold {0}: no budget for this dealer</source>
        <translation>k ниже порога участия {0}: бюджета для этого дилера нет</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="34" />
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="35" />
        <source>{0} could not be opened:
{1}</source>
        <translation>Не удалось открыть {0}:
{1}</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="106" />
        <source>Building the demo programme…</source>
        <translation>Строим демо-программу…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="110" />
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
        <location filename="../../ui/widgets/task_progress.py" line="21" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/task_progress.py" line="64" />
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
    <name>_TaskIndicator</name>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>