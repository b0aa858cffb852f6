"""Russian translations of the window's strings, keyed by the English source (or "Context|source").

``build.py`` fills them into coopdesk_ru.ts where the .ts has none yet; the .ts stays the source of truth
once a translator has edited it (Qt Linguist).
"""

RU = {
    # navigation and stages
    "Dashboard": "Обзор",
    "Dealers & scores": "Дилеры и баллы",
    "Plans": "Планы",
    "Consolidation": "Консолидация",
    "Allocation": "Распределение",
    "Mockups": "Макеты",
    "Claims": "Заявки",
    "Payments": "Выплаты",
    "Evaluation": "Оценка",
    "Reports": "Отчёты",
    "Audit": "Журнал",
    "Users": "Пользователи",
    "Settings": "Настройки",
    "Drafting": "Черновики",
    "Execution": "Исполнение",
    "Closed": "Закрыт",
    # stage bar
    "Move to next stage…": "Перейти к следующему этапу…",
    "No programme year yet": "Программного года ещё нет",
    "Programme year {0}": "Программный год {0}",
    "Stage: {0}": "Этап: {0}",
    "Move the year to {0}": "Перевести год на этап «{0}»",
    "The year is closed: there is no later stage": "Год закрыт: следующего этапа нет",
    "The year is closed: there is no later stage.": "Год закрыт: следующего этапа нет.",
    "since {0}": "с {0}",
    "{0} from {1}": "{0} с {1}",
    "Move to {0}": "Переход к этапу «{0}»",
    "Year {0} cannot move to {1} yet. Still missing:": "Год {0} пока нельзя перевести на этап «{1}». Не хватает:",
    "Year {0} can move to {1}, but:": "Год {0} можно перевести на этап «{1}», но:",
    "Move on anyway?": "Всё равно перейти?",
    "Move year {0} from {1} to {2}? Stages only move forward.": (
        "Перевести год {0} с этапа «{1}» на этап «{2}»? Этапы идут только вперёд."
    ),
    "Programme year": "Программный год",
    "Start a programme year first": "Сначала начните программный год",
    # main window, menus, dialogs
    "CoopDesk — {0}": "CoopDesk — {0}",
    "Unsaved changes": "Несохранённые изменения",
    "There are unsaved changes on: {0}. Close anyway and lose them?": (
        "Есть несохранённые изменения: {0}. Закрыть и потерять их?"
    ),
    "Work in progress": "Идёт работа",
    "A background task is still running. Cancel it and close?": (
        "Фоновая задача ещё выполняется. Отменить её и закрыть?"
    ),
    "Not done": "Не выполнено",
    "Cancel": "Отмена",
    "Cancelling…": "Отмена…",
    "&File": "&Файл",
    "&New database file…": "&Новый файл базы данных…",
    "&Open database file…": "&Открыть файл базы данных…",
    "Connect to a &PostgreSQL database…": "Подключиться к базе &PostgreSQL…",
    "&Recent databases": "&Недавние базы данных",
    "&Back up the database…": "&Резервная копия базы…",
    "&Start a programme year…": "&Начать программный год…",
    "Open the &demo programme": "Открыть &демо-программу",
    "&Quit": "&Выход",
    "Only a database file can be backed up here; back up a server database on the server": (
        "Здесь можно скопировать только файл базы; серверную базу копируют на сервере"
    ),
    "New database file": "Новый файл базы данных",
    "CoopDesk database (*.sqlite)": "База CoopDesk (*.sqlite)",
    "Open a database file": "Открыть файл базы данных",
    "CoopDesk database (*.sqlite *.db);;All files (*)": "База CoopDesk (*.sqlite *.db);;Все файлы (*)",
    "Back up the database": "Резервная копия базы данных",
    "Backup": "Резервная копия",
    "Choose another file than the database itself.": "Выберите другой файл, а не саму базу данных.",
    "The backup failed: {0}": "Не удалось сделать копию: {0}",
    "Backed up to {0}": "Копия сохранена: {0}",
    "Demo programme": "Демо-программа",
    "Build the demo programme in its own file (demo.sqlite, replaced) and open it?": (
        "Построить демо-программу в отдельном файле (demo.sqlite будет заменён) и открыть её?"
    ),
    "Welcome to CoopDesk": "Добро пожаловать в CoopDesk",
    "This database holds no programme year yet.": "В этой базе пока нет ни одного программного года.",
    "Open the demo programme to look around (forty dealers in six regions, a whole year run through every "
    "stage, in its own file), or start your own programme year.": (
        "Откройте демо-программу, чтобы осмотреться (сорок дилеров в шести регионах, целый год по всем "
        "этапам, в отдельном файле), или начните свой программный год."
    ),
    "Open the demo programme": "Открыть демо-программу",
    "Start a programme year…": "Начать программный год…",
    "Later": "Позже",
    "Start a programme year": "Начать программный год",
    "Currency": "Валюта",
    "The year starts in drafting. Criteria, channels, rates and dates are copied from the latest year "
    "(or the defaults) and can be changed in Settings.": (
        "Год начинается с этапа черновиков. Критерии, каналы, ставки и даты берутся из последнего года "
        "(или по умолчанию) и меняются в настройках."
    ),
    "Start the year": "Начать год",
    "Connect to a PostgreSQL database": "Подключение к базе PostgreSQL",
    "Database URL": "Адрес базы данных",
    "Connect": "Подключиться",
    "Cannot open the database": "Не удаётся открыть базу данных",
    "{0} could not be opened:\n{1}": "Не удалось открыть {0}:\n{1}",
    "Building the demo programme…": "Строим демо-программу…",
    "Something went wrong": "Что-то пошло не так",
    "CoopDesk met an unexpected problem. What you saved before is safe; the last action may not have been completed.": (
        "В CoopDesk произошла непредвиденная ошибка. Всё сохранённое ранее цело; последнее действие могло "
        "не выполниться."
    ),
    "The details were written to {0}": "Подробности записаны в {0}",
    # dashboard
    "Budget": "Бюджет",
    "Allocated to dealers": "Распределено дилерам",
    "Approved reimbursements": "Одобрено к возмещению",
    "Paid to dealers": "Выплачено дилерам",
    "Allocated, not yet claimed": "Распределено, ещё не заявлено",
    "Spending by channel": "Расходы по каналам",
    "Spending by quarter": "Расходы по кварталам",
    "Allocation by region": "Распределение по регионам",
    "To do": "Что сделать",
    "Click a line to open the list it counts.": "Щёлкните строку, чтобы открыть соответствующий список.",
    "No programme year yet: start one from the File menu.": "Программного года ещё нет: начните его в меню «Файл».",
    "Programme year {0} — {1}": "Программный год {0} — {1}",
    "No claims yet: the spending charts fill in once claims are approved.": (
        "Заявок пока нет: графики расходов заполнятся, когда заявки будут одобрены."
    ),
    "Approved": "Одобрено",
    "Paid": "Выплачено",
    "Allocated": "Распределено",
    "{0} dealer draft(s) missing": "Не получено черновиков от дилеров: {0}",
    "{0} mockup(s) waiting for review": "Макетов ждут проверки: {0}",
    "{0} claim(s) to check": "Заявок ждут проверки: {0}",
    "{0} late claim(s)": "Заявок подано с опозданием: {0}",
    "{0} pair(s) of stored claims for the same invoice (R8): check them": (
        "Пар сохранённых заявок по одному и тому же счёту (R8): {0} — проверьте их"
    ),
    "{0} dealer(s) likely to leave funds unused": "Дилеров, которые, вероятно, не освоят средства: {0}",
    "This list is not part of this version yet": "Этого списка в этой версии пока нет",
    # dealers
    "Filter by code, name, region, city…": "Поиск по коду, названию, региону, городу…",
    "Show all dealers": "Показать всех дилеров",
    "Double-click a name, city, e-mail or phone to edit it; Enter saves.": (
        "Дважды щёлкните название, город, e-mail или телефон, чтобы изменить; Enter сохраняет."
    ),
    "{0} of {1} dealers": "{0} из {1} дилеров",
    "Scores can change only in drafting, consolidation and allocation": (
        "Баллы можно менять только на этапах черновиков, консолидации и распределения"
    ),
    "The allocation is frozen: scores can no longer change": "Распределение зафиксировано: баллы менять нельзя",
    "The dealer was not saved": "Дилер не сохранён",
    "Code": "Код",
    "Name": "Название",
    "Region": "Регион",
    "City": "Город",
    "E-mail": "E-mail",
    "Phone": "Телефон",
    "k": "k",
    "Cap": "Лимит",
    "Not every criterion is scored yet": "Оценены ещё не все критерии",
    "History": "История",
    "When": "Когда",
    "Who": "Кто",
    "What": "Что",
    "History of {0} ({1})": "История: {0} ({1})",
    "Save scores": "Сохранить баллы",
    "Revert": "Отменить изменения",
    "Score S": "Балл S",
    "Coefficient k": "Коэффициент k",
    "Scores": "Баллы",
    "Select a dealer to see its scores.": "Выберите дилера, чтобы увидеть его баллы.",
    "Scores of {0} for {1}": "Баллы {0} за {1} год",
    "0–{0}": "0–{0}",
    "Weight {0}, 0 to {1} points": "Вес {0}, от 0 до {1} баллов",
    "{0}: at most {1} points": "{0}: не больше {1} баллов",
    "k is below the eligibility threshold {0}: no budget for this dealer": (
        "k ниже порога участия {0}: бюджета для этого дилера нет"
    ),
    # allocation
    "Reset to the year's settings": "Вернуть настройки года",
    "Freeze allocation…": "Зафиксировать распределение…",
    "Freeze allocation": "Фиксация распределения",
    "Cap floor": "Минимальный лимит",
    "Cap ceiling": "Максимальный лимит",
    "Threshold k": "Порог k",
    "Total demand": "Общая потребность",
    "Left in the budget": "Остаток бюджета",
    "Demand and allocation by dealer": "Потребность и распределение по дилерам",
    "Explain": "Объяснить",
    "How the selected dealer's amount came out": "Как получилась сумма выбранного дилера",
    "Select a dealer and press Explain.": "Выберите дилера и нажмите «Объяснить».",
    "How the amount came out": "Как получилась сумма",
    "The year is at {0}: the allocation can be changed only at the allocation stage": (
        "Год на этапе «{0}»: распределение меняется только на этапе распределения"
    ),
    "Frozen on {0} by {1}.": "Зафиксировано {0}, {1}.",
    "Freezing again replaces it while no mockup or claim rests on it.": (
        "Повторная фиксация заменит его, пока на нём не основан ни один макет или заявка."
    ),
    "What-if: change the values; nothing is saved until you freeze.": (
        "Расчёт «что если»: меняйте значения; ничего не сохраняется до фиксации."
    ),
    "Enter every value (budget, cap floor, cap ceiling, threshold).": (
        "Заполните все значения (бюджет, минимальный и максимальный лимит, порог)."
    ),
    "Demand": "Потребность",
    "AllocationScreen|Allocation": "Распределено",
    "AllocationTableModel|Allocation": "Распределено",
    "Select a dealer first.": "Сначала выберите дилера.",
    "Freeze the {0} allocation?\n\nBudget {1}, cap {2}–{3}, threshold {4}.\n{5} allocated to {6} dealers; "
    "{7} left in the budget.\n\nThese values become the year's settings; dealers' commitment letters can then "
    "be generated.": (
        "Зафиксировать распределение {0} года?\n\nБюджет {1}, лимит {2}–{3}, порог {4}.\n{5} распределено "
        "{6} дилерам; остаток бюджета {7}.\n\nЭти значения станут настройками года; после этого можно "
        "формировать письма-обязательства дилерам."
    ),
    "The {0} allocation is frozen.": "Распределение {0} года зафиксировано.",
    "Dealer": "Дилер",
    "Request": "Запрос",
    "Below the demand: the budget is shared by k": "Меньше потребности: бюджет делится пропорционально k",
    # settings
    "The manufacturer's share of each activity: 0.5 is 50 %": (
        "Доля производителя в каждом мероприятии: 0.5 — это 50 %"
    ),
    " days": " дн.",
    "One channel per line": "По одному каналу в строке",
    "Documents language": "Язык документов",
    "Base rate": "Базовая ставка",
    "Eligibility threshold k": "Порог участия k",
    "Claim deadline after quarter end": "Срок подачи заявок после квартала",
    "Channels": "Каналы",
    "Consolidating agency": "Консолидирующее агентство",
    "Evaluating agency": "Оценивающее агентство",
    "{0} from": "{0} с",
    "Save programme settings": "Сохранить настройки программы",
    "Scoring criteria": "Критерии оценки",
    "Criterion": "Критерий",
    "Weight": "Вес",
    "Max points": "Макс. баллов",
    "Add": "Добавить",
    "Remove": "Удалить",
    "Save criteria": "Сохранить критерии",
    "A dealer's score is Σ weight × points; k = S / S max.": "Балл дилера S = Σ вес × баллы; k = S / S макс.",
    "Preferences": "Личные настройки",
    "Clear the recent databases": "Очистить список недавних баз",
    "Window language": "Язык интерфейса",
    "Database": "База данных",
    "The year is closed: its settings cannot change.": "Год закрыт: его настройки менять нельзя.",
    "The allocation is frozen: budget, rates, cap range, threshold and criteria cannot change.": (
        "Распределение зафиксировано: бюджет, ставки, лимиты, порог и критерии менять нельзя."
    ),
    "row {0}: the weight is not a number": "строка {0}: вес не является числом",
    "row {0}: max points must be a whole number": "строка {0}: максимум баллов должен быть целым числом",
    "{0}: not a number": "{0}: не число",
    "Nothing changed.": "Ничего не изменилось.",
    "The programme settings are saved.": "Настройки программы сохранены.",
    "The scoring criteria are saved.": "Критерии оценки сохранены.",
    "The list of recent databases is cleared.": "Список недавних баз очищен.",
    # consolidation
    " · planned {planned}, included {included}": " · по плану {planned}, включено {included}",
    ", {dropped} dropped by the agency": ", исключено агентством: {dropped}",
    "{region} — {count} activities": "{region} — мероприятий: {count}",
    "{regions} regions, {kept} of {total} activities included": (
        "Регионов: {regions}; включено мероприятий: {kept} из {total}"
    ),
    "{included} of {count}": "{included} из {count}",
    "Agency's cost": "Стоимость агентства",
    "Included": "Включено",
    "Placement": "Размещение",
    "Vendor": "Подрядчик",
    "Note": "Примечание",
    "ConsolidationTreeModel|yes": "да",
    "ConsolidationTreeModel|dropped": "исключено",
    "Planned cost of every activity of the region; the agency's cost of the included ones "
    "(their planned cost where the agency gave none).": (
        "Плановая стоимость всех мероприятий региона; стоимость агентства по включённым "
        "(плановая, если агентство её не указало)."
    ),
    "Consolidation workbook": "Книга консолидированного плана",
    "Export the consolidation workbook": "Выгрузка книги консолидированного плана",
    "Export workbook for the agency…": "Выгрузить книгу для агентства…",
    "Filter by activity, dealer, channel, vendor…": "Фильтр: мероприятие, дилер, канал, подрядчик…",
    "Import the agency's consolidation workbook": "Загрузка консолидированного плана от агентства",
    "Import the agency's workbook…": "Загрузить книгу агентства…",
    "Reading the agency's workbook…": "Чтение книги агентства…",
    'Saved <a href="{url}">{name}</a>': 'Сохранено: <a href="{url}">{name}</a>',
    "The agency's workbook is imported at the consolidation stage.": (
        "Книга агентства загружается на этапе консолидации."
    ),
    "The agency's workbook was refused": "Книга агентства не принята",
    "The year is closed: its plan is no longer sent to the agency.": (
        "Год закрыт: план больше не отправляется агентству."
    ),
    "There is no consolidated plan for this year yet. Export the workbook for the agency, "
    "and import it when the agency sends it back.": (
        "Консолидированного плана на этот год ещё нет. Выгрузите книгу для агентства "
        "и загрузите её, когда агентство пришлёт её обратно."
    ),
    "Writing the consolidation workbook…": "Запись книги консолидированного плана…",
    # allocation: commitment letters
    "Commitment letters": "Письма-обязательства",
    "Commitment letters…": "Письма-обязательства…",
    "Commitment letters can be generated once the allocation is frozen.": (
        "Письма-обязательства можно сформировать после фиксации распределения."
    ),
    "Folder for the commitment letters": "Папка для писем-обязательств",
    "Write every dealer's commitment letter (one PDF each, and all in one).": (
        "Сформировать письма-обязательства всем дилерам (по PDF на дилера и общий файл)."
    ),
    "Writing the commitment letters…": "Формирование писем-обязательств…",
    "{count} letters were written to {folder}. Open the letters now?": (
        "Писем сформировано: {count}, папка {folder}. Открыть письма?"
    ),
    # plans
    "(current)": "(текущая)",
    "Activities": "Мероприятия",
    "DealerDraftsTableModel|Activities": "Меропр.",
    "DraftVersionsTableModel|Activities": "Меропр.",
    "Activities of v{number} ({count})": "Мероприятия версии {number} ({count})",
    "Changes against the previous version": "Изменения по сравнению с предыдущей версией",
    "Changes in v{new} against v{old}": "Изменения версии {new} по сравнению с {old}",
    "Channel": "Канал",
    "Dealer's review and regional notes": "Отзыв дилера и региональные заметки",
    "Draft": "Черновик",
    "Drafts are imported only while the year is at the drafting stage.": (
        "Черновики загружаются только на этапе черновиков."
    ),
    "Filter dealers…": "Фильтр дилеров…",
    "First half-year review:": "Итоги первого полугодия:",
    "Idea": "Идея",
    "Import report: {imported} file(s) imported, {refused} refused, {problems} problem(s)": (
        "Отчёт о загрузке: загружено файлов {imported}, отклонено {refused}, замечаний {problems}"
    ),
    "Import returned plan workbooks": "Загрузка присланных книг планов",
    "Import returned workbooks…": "Загрузить присланные книги…",
    "Importing plan workbooks is not available in this version.": "Загрузка книг планов в этой версии недоступна.",
    "Importing {count} workbook(s)…": "Загрузка книг: {count}…",
    "Month": "Месяц",
    "No changes.": "Изменений нет.",
    "None of the dropped files is an Excel workbook (.xlsx).": "Среди перетащенных файлов нет книг Excel (.xlsx).",
    "No file or folder to import.": "Нечего загружать: нет ни файла, ни папки.",
    "Import report: {imported} file(s) imported, {refused} refused, {skipped} skipped, {problems} problem(s)": (
        "Отчёт о загрузке: загружено файлов {imported}, отклонено {refused}, пропущено {skipped}, замечаний {problems}"
    ),
    "Claims workbooks, or a zip of one with its scans (*.xlsx *.xlsm *.ods *.zip);;All files (*)": (
        "Книги заявок или zip-архив книги со сканами (*.xlsx *.xlsm *.ods *.zip);;Все файлы (*)"
    ),
    "Drafts: Excel or LibreOffice (*.xlsx *.xlsm *.ods);;All files (*)": (
        "Черновики: Excel или LibreOffice (*.xlsx *.xlsm *.ods);;Все файлы (*)"
    ),
    "Only one version: nothing to compare.": "Версия одна: сравнивать не с чем.",
    "Planned cost": "Плановая стоимость",
    "Planned total": "Итого по плану",
    "Received": "Получен",
    "Received {when}": "Получен {when}",
    "Reference": "Номер",
    "Regional notes:": "Региональные заметки:",
    "Source": "Источник",
    "Total": "Итого",
    "Version": "Версия",
    "Versions": "Версии",
    "You can also drop the workbooks anywhere on the window.": "Книги можно также перетащить в любое место окна.",
    "DealerDraftsTableModel|received": "получен",
    "v{number} of {count}": "{number} из {count}",
    "{code} has not returned a draft yet.": "{code} ещё не прислал черновик.",
    "{received} drafts received, {missing} missing": "Черновиков получено: {received}, не хватает: {missing}",
    # import report
    "Cell": "Ячейка",
    "Cell:": "Ячейка:",
    "File": "Файл",
    "File:": "Файл:",
    "Hide report": "Скрыть отчёт",
    "Problem": "Замечание",
    "Problem:": "Замечание:",
    "Sheet": "Лист",
    "Sheet:": "Лист:",
    "found {found}, expected {expected}": "найдено {found}, ожидалось {expected}",
    "nothing": "ничего",
    "Excel workbooks (*.xlsx)": "Книги Excel (*.xlsx)",
    "Excel workbook (*.xlsx)": "Книга Excel (*.xlsx)",
    # mockups
    "Approve  (A)": "Одобрить  (A)",
    "Attachment": "Файл",
    "Comment (required to reject or to request changes)": "Комментарий (обязателен для отклонения или доработки)",
    "Comment:": "Комментарий:",
    "Cost in the plan": "Стоимость по плану",
    "Decision": "Решение",
    "Earlier mockups": "Предыдущие макеты",
    "Filter the queue…": "Фильтр очереди…",
    "How many brands other than ours the mockup shows (R6)": "Сколько брендов, кроме нашего, показывает макет (R6)",
    "Mockup {number} for {reference}": "Макет {number} к мероприятию {reference}",
    "Mockups are decided on during the execution year.": "Решения по макетам принимаются в год исполнения.",
    "Next  (J) ▶": "Следующий  (J) ▶",
    "No mockup is waiting for a decision.": "Макетов, ожидающих решения, нет.",
    "No.": "№",
    "Other brands shown:": "Других брендов на макете:",
    "Placement / vendor": "Размещение / подрядчик",
    "Reject  (R)": "Отклонить  (R)",
    "Request changes  (C)": "На доработку  (C)",
    "Submitted": "Подан",
    "The activity": "Мероприятие",
    "Title": "Название",
    "MockupsScreen|approved": "одобрен",
    "MockupsScreen|rejected": "отклонён",
    "changes requested": "на доработке",
    "file {id} (no preview in this version)": "файл {id} (просмотр в этой версии недоступен)",
    "none: the dealer sent only the title, so it cannot be approved": (
        "нет: дилер прислал только название, поэтому макет нельзя одобрить"
    ),
    "rate {formula}": "ставка {formula}",
    "waiting": "ожидает",
    "{count} waiting": "Ожидают: {count}",
    "{reference}, mockup {number}": "{reference}, макет {number}",
    "◀ Previous  (K)": "◀ Предыдущий  (K)",
    # claims
    " → claim {id}": " → заявка {id}",
    "(rate {rate} {currency} per 1 {foreign})": "(курс {rate} {currency} за 1 {foreign})",
    "(rate to be set by finance)": "(курс установит финансовый отдел)",
    "Set the exchange rate first.": "Сначала установите курс валюты.",
    "Accept late filing": "Принять просроченную заявку",
    "Accept late filing…": "Принять с опозданием…",
    "Accept the late filing (with a reason) before approving it.": (
        "Перед одобрением примите просроченную подачу (с указанием причины)."
    ),
    "Accept the late filing first.": "Сначала примите просроченную подачу.",
    "Acceptance act": "Акт приёмки-сдачи",
    "Accepted by {who}: {reason}": "Принял {who}: {reason}",
    "Activity": "Мероприятие",
    "All quarters": "Все кварталы",
    "An import is running already; wait for it to finish.": "Загрузка уже идёт; дождитесь её окончания.",
    "Any status": "Любой статус",
    "Approve": "Одобрить",
    "Claim": "Заявка",
    "ClaimsTableModel|Claim": "№",
    "ClaimsTableModel|Quarter": "Кв.",
    "Claim {id} approved: {amount}": "Заявка {id} одобрена: {amount}",
    "Claim {id}: exchange rate set to {rate}": "Заявка {id}: курс установлен — {rate}",
    "Set rate": "Установить курс",
    "exchange rate": "курс валюты",
    "Exchange rate": "Курс валюты",
    "The rate is fixed once the claim is decided.": "После решения по заявке курс не меняется.",
    "Give the exchange rate as a number above 0, e.g. 0,92.": "Укажите курс числом больше 0, например 0,92.",
    "Claim {id} — {dealer} {name}, {reference} ({channel}), Q{quarter}": (
        "Заявка {id} — {dealer} {name}, {reference} ({channel}), {quarter} кв."
    ),
    "Claim {id} — {reference}": "Заявка {id} — {reference}",
    "Claims are decided on during execution and evaluation.": (
        "Решения по заявкам принимаются на этапах исполнения и оценки."
    ),
    "Claims are filed during execution and evaluation.": "Заявки подаются на этапах исполнения и оценки.",
    "Claims import: {summary}": "Загрузка заявок: {summary}",
    "Documents": "Документы",
    "Filed": "Подана",
    "Filed {filed} after the deadline {deadline}": "Подана {filed}, после срока {deadline}",
    "Filing the claims of {count} workbook(s)…": "Регистрация заявок из книг: {count}…",
    "Filter by dealer, activity, invoice…": "Фильтр: дилер, мероприятие, счёт…",
    "Flags": "Отметки",
    "Import claims workbooks…": "Загрузить книги заявок…",
    "Import dealers' claims workbooks": "Загрузка книг заявок дилеров",
    "Import refused": "Загрузка отклонена",
    "Invoice": "Счёт",
    "Invoiced": "По счёту",
    "Late filing accepted by {who}: {reason}": "Просроченную подачу принял {who}: {reason}",
    "Late, not yet accepted": "Просроченные, не принятые",
    "Late: filed on {filed}, after the deadline {deadline}.": "Просрочена: подана {filed}, после срока {deadline}.",
    "None of the files is an Excel workbook (.xlsx).": "Среди файлов нет книг Excel (.xlsx).",
    "Open document…": "Открыть документ…",
    "Paid to the dealer": "Выплачено дилеру",
    "Payment order": "Платёжное поручение",
    "Quarter": "Квартал",
    "Q{quarter}": "{quarter} кв.",
    "Q{quarter} (work of Q{work})": "{quarter} кв. (работы {work} кв.)",
    "Q{quarter}, for work of Q{work} (that quarter was closed when it was filed)": (
        "{quarter} кв., за работы {work} кв. (тот квартал был закрыт, когда её подали)"
    ),
    "Reimbursement": "Возмещение",
    "Reject claim": "Отклонение заявки",
    "Rejected": "Отклонено",
    "Rejected: {reason}": "Отклонена: {reason}",
    "Reject…": "Отклонить…",
    "Return claim to the dealer": "Возврат заявки дилеру",
    "Return to dealer…": "Вернуть дилеру…",
    "Returned": "Возвращено",
    "Returned to the dealer: {reason}": "Возвращена дилеру: {reason}",
    "Select a claim to see it in detail.": "Выберите заявку, чтобы увидеть подробности.",
    "Show the claim's attached document": "Показать документ, приложенный к заявке",
    "Status": "Статус",
    "The claim has no attached document.": "К заявке не приложен документ.",
    "The computation (R6, R7)": "Расчёт (R6, R7)",
    "To check (submitted)": "На проверку (поданные)",
    "What is missing or wrong (the dealer will be told):": "Чего не хватает или что неверно (дилеру сообщат):",
    "Why is the claim rejected (final)?": "Почему заявка отклонена (окончательно)?",
    "Why is this late claim accepted (recorded in the audit trail)?": (
        "Почему принята просроченная заявка (запишется в журнал)?"
    ),
    "ClaimStatus|submitted": "подана",
    "ClaimStatus|approved": "одобрена",
    "ClaimStatus|paid": "оплачена",
    "ClaimStatus|returned": "возвращена",
    "ClaimStatus|rejected": "отклонена",
    "late": "просрочена",
    "late: accepted": "просрочена: принята",
    "late: needs override": "просрочена: нужно решение",
    "invoice": "счёт",
    "row {row}": "строка {row}",
    "missing": "нет",
    "{filed} (deadline {deadline})": "{filed} (срок {deadline})",
    "{number} of {date}": "№ {number} от {date}",
    "{number} of {date}, {amount}": "№ {number} от {date}, {amount}",
    "{shown} of {total} claims": "Заявок: {shown} из {total}",
    # the document viewer
    "Fit": "По размеру",
    "Zoom in": "Увеличить",
    "Zoom out": "Уменьшить",
    "{type}: cannot be shown": "{type}: показать нельзя",
    # payments
    "Amount": "Сумма",
    "Amount paid:": "Выплачено:",
    "Claims this payment settles:": "Заявки, которые закрывает выплата:",
    "Close Q{quarter} {year}? Its claims can no longer be decided on, and the quarter's report becomes final.": (
        "Закрыть {quarter} кв. {year}? Решения по его заявкам больше принимать нельзя, "
        "а отчёт за квартал становится окончательным."
    ),
    "Close quarter": "Закрытие квартала",
    "Close quarter…": "Закрыть квартал…",
    "Q{quarter} {year} cannot be closed yet.": "{quarter} кв. {year} пока нельзя закрыть.",
    "Show them": "Показать их",
    "Open (submitted or returned)": "Открытые (поданы или возвращены)",
    "Dealer:": "Дилер:",
    "Enter the amount paid, as on the payment order.": "Введите выплаченную сумму, как в платёжном поручении.",
    "Filter payments by dealer, reference, claim…": "Фильтр выплат: дилер, номер, заявка…",
    "No quarter is closed yet.": "Закрытых кварталов пока нет.",
    "Outstanding": "К выплате",
    "Paid on": "Дата выплаты",
    "Paid on:": "Дата выплаты:",
    "Payment reference": "Номер платёжного поручения",
    "Payments are recorded during execution and evaluation.": "Выплаты вносятся на этапах исполнения и оценки.",
    "Quarters": "Кварталы",
    "Quarters are closed during execution and evaluation.": "Кварталы закрываются на этапах исполнения и оценки.",
    "Quarters are reopened during execution and evaluation.": (
        "Кварталы открываются заново на этапах исполнения и оценки."
    ),
    "Reopen quarter…": "Открыть квартал заново…",
    "Reopen quarter": "Повторное открытие квартала",
    "Reopen Q{quarter} (quarters reopen from the last one closed)": (
        "Открыть заново {quarter} кв. (кварталы открываются заново, начиная с последнего закрытого)"
    ),
    "Reopen Q{quarter} {year}? Its claims and payments can change again and its report is no longer final."
    "\n\nReason (recorded in the audit log):": (
        "Открыть заново {quarter} кв. {year}? Его заявки и выплаты снова можно будет менять, "
        "а его отчёт перестанет быть окончательным.\n\nПричина (записывается в журнал):"
    ),
    "Q{quarter} {year} reopened": "{quarter} кв. {year} открыт заново",
    "Close quarter before its deadline": "Закрытие квартала до срока подачи",
    "Claims of Q{quarter} {year} may still be filed on time until {deadline}. Close it now anyway? Its claims "
    "can no longer be decided on, and the quarter's report becomes final.\n\nReason (recorded in the audit log):": (
        "Заявки за {quarter} кв. {year} ещё можно подать в срок до {deadline}. Всё равно закрыть его сейчас? "
        "Решения по его заявкам больше принимать нельзя, а отчёт за квартал становится окончательным."
        "\n\nПричина (записывается в журнал):"
    ),
    "Say why the quarter is closed before its filing deadline.": (
        "Укажите, почему квартал закрывается до окончания срока подачи заявок."
    ),
    "Q{quarter} closed on {when} by {who}": "{quarter} кв. закрыт {when}, {who}",
    "Q{quarter} {year}": "{quarter} кв. {year}",
    "Record a payment": "Внести выплату",
    "Record payment": "Внести выплату",
    "Recorded by": "Внёс",
    "Reference:": "Номер:",
    "Tick the claims this payment settles.": "Отметьте заявки, которые закрывает эта выплата.",
    "as on the payment order": "как в платёжном поручении",
    "bank payment order number": "номер платёжного поручения",
    "claim {id} ({reference}, invoice {invoice}): {amount}": "заявка {id} ({reference}, счёт {invoice}): {amount}",
    "{code} {name} ({count} claims)": "{code} {name} (заявок: {count})",
    "{count} claim(s) selected: {ids}": "Выбрано заявок: {count} ({ids})",
    "{count} payments": "Выплат: {count}",
    # evaluation
    "Comment": "Комментарий",
    "Efficiency results are imported during execution and evaluation.": (
        "Результаты эффективности загружаются на этапах исполнения и оценки."
    ),
    "Filter by activity, dealer, region, channel, comment…": "Фильтр: мероприятие, дилер, регион, канал, комментарий…",
    "Import the efficiency report": "Загрузка отчёта об эффективности",
    "Import the efficiency report…": "Загрузить отчёт об эффективности…",
    "Leads": "Обращения",
    "No efficiency results yet. The evaluating agency ({agency}) sends them after the year.": (
        "Результатов эффективности пока нет. Оценивающее агентство ({agency}) присылает их после окончания года."
    ),
    "Reach": "Охват",
    "Reading the efficiency report…": "Чтение отчёта об эффективности…",
    "Results by {agency}.": "Результаты: {agency}.",
    "Sales": "Продажи",
    "Sales amount": "Сумма продаж",
    "The efficiency report was refused": "Отчёт об эффективности не принят",
    "not set": "не указано",
    "{shown} of {total} activities": "Мероприятий: {shown} из {total}",
    # reports
    "All dealers (one file)": "Все дилеры (один файл)",
    "Annual programme report": "Годовой отчёт по программе",
    "Dealer statement": "Выписка по дилеру",
    "Each dealer's allocated amount, cap, score and the rules, ready to sign.": (
        "Сумма распределения, лимит, балл и правила для каждого дилера — готово к подписи."
    ),
    "English": "Английский",
    "Generate PDF…": "Сформировать PDF…",
    "Generating: {report}…": "Формирование: {report}…",
    "Language:": "Язык:",
    "One dealer's year: allocation, plans, mockups, claims, payments, balance.": (
        "Год одного дилера: распределение, планы, макеты, заявки, выплаты, остаток."
    ),
    "Open": "Открыть",
    "PDF files (*.pdf)": "Файлы PDF (*.pdf)",
    "Per dealer and channel: claimed, approved, rejected, payable and paid; budget used against allocated.": (
        "По дилерам и каналам: заявлено, одобрено, отклонено, к выплате и выплачено; "
        "использование бюджета против распределённого."
    ),
    "Quarter:": "Квартал:",
    "Quarterly finance report": "Квартальный финансовый отчёт",
    "Report": "Отчёт",
    "Report:": "Отчёт:",
    "Russian": "Русский",
    "Save the report": "Сохранение отчёта",
    "Saved {path}": "Сохранено: {path}",
    "Spending by channel, region and quarter; efficiency per channel; what to drop.": (
        "Расходы по каналам, регионам и кварталам; эффективность каналов; от чего отказаться."
    ),
    "The report was not generated.": "Отчёт не сформирован.",
    # audit (another screen of the window)
    "About": "Объект",
    "Action": "Действие",
    "All years": "Все годы",
    "Every action": "Все действия",
    "Everybody": "Все пользователи",
    "Export": "Выгрузка",
    "Export the audit trail": "Выгрузка журнала",
    "Export to xlsx…": "Выгрузить в xlsx…",
    "Exported the audit trail to {0}": "Журнал выгружен в {0}",
    "Exporting the audit trail…": "Выгрузка журнала…",
    "Load more": "Показать ещё",
    "Text in the summary…": "Текст в описании…",
    "When (UTC)": "Когда (UTC)",
    "Year": "Год",
    "{0} record(s)": "Записей: {0}",
    "{0} record(s) shown; more below": "Показано записей: {0}; есть ещё",
    "CoopDesk backup (*{0})": "Резервная копия CoopDesk (*{0})",
    # sign-in
    "Sign in": "Войти",
    "Nobody can sign in to this shared database yet: the PostgreSQL role that owns it creates the first programme "
    "owner with `coop-desk db init`.": (
        "В эту общую базу пока никто не может войти: первого владельца программы создаёт роль PostgreSQL, которой "
        "принадлежит база, командой `coop-desk db init`."
    ),
    "This database is shared: sign in with your user name and password.": (
        "Это общая база: войдите под своим именем пользователя и паролем."
    ),
    "User name": "Имя пользователя",
    "Full name": "Полное имя",
    "Password": "Пароль",
    # users
    "Add a user": "Новый пользователь",
    "Role": "Роль",
    "Password (10+ characters)": "Пароль (от 10 символов)",
    "Add user…": "Добавить пользователя…",
    "Disable": "Отключить",
    "A personal file: you act as its owner ({0}). Users sign in on a shared database.": (
        "Личный файл: вы работаете как его владелец ({0}). Пользователи входят в общую базу."
    ),
    "Signed in as {0}.": "Вы вошли как {0}.",
    "Choose a user first.": "Сначала выберите пользователя.",
    "State": "Состояние",
    "disabled": "отключён",
    "locked until {0}": "заблокирован до {0}",
    "active": "активен",
    # role gating: a disabled action says why
    "Your role ({0}) may not {1}.": "Ваша роль ({0}) не позволяет {1}.",
    # audit trail: actions and what they are about
    "AuditAction|Allocation frozen": "Распределение зафиксировано",
    "AuditAction|Document attached": "Документ приложен",
    "AuditAction|Claim approved": "Заявка одобрена",
    "AuditAction|Claim completed": "Заявка дополнена",
    "AuditAction|Claim filed": "Заявка подана",
    "AuditAction|Late claim accepted": "Поздняя заявка принята",
    "AuditAction|Claim rejected": "Заявка отклонена",
    "AuditAction|Claim returned": "Заявка возвращена",
    "AuditAction|Claim exchange rate set": "Курс валюты заявки установлен",
    "AuditAction|Consolidated plan recorded": "Сводный план записан",
    "AuditAction|Dealer edited": "Дилер изменён",
    "AuditAction|Dealer registered": "Дилер зарегистрирован",
    "AuditAction|Draft recorded": "Черновик записан",
    "AuditAction|Efficiency results imported": "Результаты эффективности загружены",
    "AuditAction|Mockup approved": "Макет одобрен",
    "AuditAction|Mockup rejected": "Макет отклонён",
    "AuditAction|Mockup changes requested": "Запрошены правки макета",
    "AuditAction|Mockup submitted": "Макет подан",
    "AuditAction|Payment recorded": "Выплата записана",
    "AuditAction|Quarter closed": "Квартал закрыт",
    "AuditAction|Scores recorded": "Баллы записаны",
    "AuditAction|User added": "Пользователь добавлен",
    "AuditAction|User disabled": "Пользователь отключён",
    "AuditAction|User locked out": "Пользователь заблокирован",
    "AuditAction|Password changed": "Пароль изменён",
    "AuditAction|Stage moved on": "Этап сменён",
    "AuditAction|Year created": "Год создан",
    "AuditAction|Criteria changed": "Критерии изменены",
    "AuditAction|Stage re-opened": "Этап открыт заново",
    "AuditAction|Settings changed": "Настройки изменены",
    "AuditSubject|allocation {0}": "распределение {0}",
    "AuditSubject|document {0}": "документ {0}",
    "AuditSubject|claim {0}": "заявка {0}",
    "AuditSubject|consolidated plan {0}": "сводный план {0}",
    "AuditSubject|dealer {0}": "дилер {0}",
    "AuditSubject|efficiency results {0}": "результаты эффективности {0}",
    "AuditSubject|mockup {0}": "макет {0}",
    "AuditSubject|payment {0}": "выплата {0}",
    "AuditSubject|draft {0}": "черновик {0}",
    "AuditSubject|programme year": "программный год",
    "AuditSubject|quarter closing": "закрытие квартала",
    "AuditSubject|user {0}": "пользователь {0}",
    # number format preference
    "NumberFormat|As the window language": "Как в языке окна",
    "NumberFormat|12,345.67": "12,345.67",
    "NumberFormat|12 345,67": "12 345,67",
    "NumberFormat|12.345,67": "12.345,67",
    "Numbers": "Числа",
    # reopening a claim decision, reversing a payment (issue 13)
    "AuditAction|Claim decision reopened": "Решение по заявке пересмотрено",
    "AuditAction|Payment reversed": "Выплата сторнирована",
    "ClaimDetailPanel|Reopen decision…": "Пересмотреть…",
    "ClaimDetailPanel|A payment rests on this claim: reverse the payment first (Payments).": (
        "По заявке есть выплата: сначала сторнируйте выплату (раздел «Выплаты»)."
    ),
    "ClaimDetailPanel|Submit the claim again: an approved amount is cleared on this claim only (audited).": (
        "Вернуть заявку на рассмотрение: одобренная сумма снимается только с этой заявки (в журнале аудита)."
    ),
    "ClaimsScreen|Reopen decision": "Пересмотр решения",
    "ClaimsScreen|The claim becomes submitted again; an approved amount is cleared on this claim only, the other "
    "claims keep theirs.\n\nWhy is the decision reopened (recorded in the audit trail)?": (
        "Заявка снова будет на рассмотрении; одобренная сумма снимается только с этой заявки, у остальных "
        "заявок суммы не меняются.\n\nПочему решение пересматривается (записывается в журнал аудита)?"
    ),
    "PaymentReversalDialog|Reverse payment": "Сторнировать выплату",
    "PaymentReversalDialog|Reverse the payment of {amount} to {dealer} of {date} (claims {claims})? It stays on "
    "record; a reversal with the same amounts, negative, is added on the date below and counts in that date's "
    "quarter. The claims it settled are owed again.": (
        "Сторнировать выплату {amount} дилеру {dealer} от {date} (заявки {claims})? Выплата остаётся в учёте; "
        "сторно с теми же суммами со знаком минус добавляется на дату ниже и учитывается в квартале этой даты. "
        "Оплаченные ею заявки снова ждут оплаты."
    ),
    "PaymentReversalDialog|e.g. the bank returned it": "например, банк вернул платёж",
    "PaymentReversalDialog|Reason (recorded in the audit log):": "Причина (записывается в журнал аудита):",
    "PaymentReversalDialog|Reversed on:": "Дата сторно:",
    "PaymentsScreen|Reverse payment…": "Сторнировать выплату…",
    "PaymentsScreen|Payments are reversed during execution and evaluation.": (
        "Выплаты сторнируются на этапах исполнения и оценки."
    ),
    "PaymentsScreen|Select a payment to reverse.": "Выберите выплату для сторно.",
    "PaymentsScreen|This payment was reversed already.": "Эта выплата уже сторнирована.",
    "PaymentsScreen|This is a reversal: record the payment again instead.": (
        "Это сторно: вместо его отмены внесите выплату заново."
    ),
    "PaymentsScreen|Reverse the selected payment: it stays on record, the claims it settled are owed again.": (
        "Сторнировать выбранную выплату: она остаётся в учёте, оплаченные ею заявки снова ждут оплаты."
    ),
    "PaymentsScreen|Payment of {amount} to {dealer} reversed": "Выплата {amount} дилеру {dealer} сторнирована",
    "PaymentsTableModel|Reversal": "Сторно",
    "PaymentsTableModel|Reversal of the payment of {date}: {reason}": "Сторно выплаты от {date}: {reason}",
    "PaymentsTableModel|Reversed on {date}": "Сторнирована {date}",
    # the review desk (issue 13)
    "AuditAction|Mockup decision undone": "Решение по макету отменено",
    "AuditAction|Mockup decision reopened": "Решение по макету пересмотрено",
    "MockupArchivePanel|Any decision": "Любое решение",
    "MockupArchivePanel|Decided from": "Решение с",
    "MockupArchivePanel|Reopen…": "Пересмотреть…",
    "MockupArchivePanel|to": "по",
    "MockupArchivePanel|All dealers": "Все дилеры",
    "MockupArchivePanel|All channels": "Все каналы",
    "MockupArchivePanel|{count} decided": "Решено: {count}",
    "MockupArchivePanel|Decisions are reopened during the execution year; the archive stays readable.": (
        "Решения пересматривают в год исполнения; архив остаётся доступен для просмотра."
    ),
    "MockupArchivePanel|Take the decision back: the mockup waits for a decision again (the reason is kept)": (
        "Отменить решение: макет снова ждёт решения (причина сохраняется)"
    ),
    "MockupArchivePanel|Reopen the decision": "Пересмотр решения",
    "MockupArchivePanel|Mockup {number} of {reference}: why is the decision reopened?": (
        "Макет {number} мероприятия {reference}: почему решение пересматривается?"
    ),
    "MockupArchiveTableModel|Decided": "Решение",
    "MockupArchiveTableModel|Other brands": "Чужие бренды",
    "MockupArchiveTableModel|Decision": "Решение",
    "MockupDecisionBar|How many brands other than ours the mockup shows (R6); digits 0–9 set it": (
        "Сколько чужих брендов на макете (R6); цифры 0–9 задают число"
    ),
    (
        "MockupDecisionBar|Keys in the queue and the picture: 0–9 other brands · A approve · C changes · "
        "R reject · J / K next / previous · + / − zoom · Ctrl+0 fit · Ctrl+1 100 % · F full screen · Esc "
        "leaves it"
    ): (
        "Клавиши в очереди и на макете: 0–9 — чужие бренды · A — одобрить · C — на доработку · R — "
        "отклонить · J / K — следующий / предыдущий · + / − — масштаб · Ctrl+0 — вписать · Ctrl+1 — 100 "
        "% · F — во весь экран · Esc — выйти из него"
    ),
    "MockupDecisionBar|⌨ Keys": "⌨ Клавиши",
    "MockupDecisionBar|Approve  (A)": "Одобрить  (A)",
    "MockupDecisionBar|Reject  (R)": "Отклонить  (R)",
    "MockupDecisionBar|Request changes  (C)": "На доработку  (C)",
    "MockupDecisionBar|◀ Previous  (K)": "◀ Предыдущий  (K)",
    "MockupDecisionBar|Next  (J) ▶": "Следующий  (J) ▶",
    "MockupDecisionBar|Other brands shown:": "Чужих брендов на макете:",
    "MockupDecisionBar|Comment (required to reject or to request changes)": (
        "Комментарий (обязателен, чтобы отклонить или отправить на доработку)"
    ),
    "MockupStatus|approved": "одобрен",
    "MockupStatus|rejected": "отклонён",
    "MockupStatus|waiting": "ожидает",
    "MockupStatus|changes requested": "на доработке",
    "MockupDetails|{status} on {day} by {who}": "{status} {day}, {who}",
    "MockupDetails|Decision": "Решение",
    "MockupPreview|☰ List": "☰ Список",
    "MockupPreview|Show or hide the queue and the details": "Показать или скрыть очередь и подробности",
    "MockupPreview|Fit": "Вписать",
    "MockupPreview|The whole page in view (Ctrl+0)": "Вся страница на экране (Ctrl+0)",
    "MockupPreview|100 %": "100 %",
    "MockupPreview|One pixel of the picture on one pixel of the screen (Ctrl+1)": (
        "Пиксель макета на пиксель экрана (Ctrl+1)"
    ),
    "MockupPreview|Zoom out (-, Ctrl+wheel)": "Уменьшить (-, Ctrl+колесо)",
    "MockupPreview|Zoom in (+ or =, Ctrl+wheel)": "Увеличить (+ или =, Ctrl+колесо)",
    "MockupPreview|Previous page (Page Up)": "Предыдущая страница (Page Up)",
    "MockupPreview|Next page (Page Down)": "Следующая страница (Page Down)",
    "MockupPreview|Compare with previous": "Сравнить с предыдущим",
    "MockupPreview|Show the previous mockup of the same activity beside this one": (
        "Показать рядом предыдущий макет того же мероприятия"
    ),
    "MockupPreview|There is no earlier mockup of this activity with a file": (
        "У мероприятия нет более раннего макета с файлом"
    ),
    "MockupPreview|{percent} %": "{percent} %",
    "MockupPreview|page {page} of {total}": "стр. {page} из {total}",
    "MockupsScreen|Queue": "Очередь",
    "MockupsScreen|Decided": "Решённые",
    "MockupsScreen|Queue ({count})": "Очередь ({count})",
    "MockupsScreen|No decided mockup.": "Решённых макетов нет.",
    "MockupsScreen|No file: the dealer sent only the title.": "Файла нет: дилер прислал только название.",
    "MockupsScreen|Part of the ad was never on screen: approve at {rate}?": (
        "Часть макета так и не появилась на экране: одобрить по ставке {rate}?"
    ),
    "MockupsScreen|Pages not yet seen in full: {pages}.": "Не просмотрены целиком страницы: {pages}.",
    "MockupsScreen|Approve without seeing all of it?": "Одобрить, не посмотрев целиком?",
    "MockupsScreen|Approved {mockup} at {rate}": "{mockup} одобрен по ставке {rate}",
    "MockupsScreen|Rejected {mockup}": "{mockup} отклонён",
    "MockupsScreen|Changes requested for {mockup}": "{mockup} отправлен на доработку",
    "MockupsScreen|No. {number} ({status})": "№ {number} ({status})",
    "MockupsScreen|No. {number} (this one)": "№ {number} (этот)",
    "MockupPreview|Full screen: the picture alone (F or double-click; Esc leaves)": (
        "Во весь экран: только макет (F или двойной щелчок; Esc — выход)"
    ),
    "UndoBar|Undo": "Отменить",
    "UndoBar|Take the decision back (Ctrl+Z)": "Отменить решение (Ctrl+Z)",
    # settings: proofs of performance (R7)
    "SettingsScreen|Programme": "Программа",
    "Proofs of performance": "Подтверждения выхода рекламы",
    "ProofsEditor|Proof": "Подтверждение",
    "ProofsEditor|Required": "Обязательно",
    "A claim without a required proof is returned naming it; a proof's date must lie between the mockup's "
    "approval and the acceptance act. An optional proof is asked for but not required.": (
        "Заявка без обязательного подтверждения возвращается с его названием; дата подтверждения должна лежать "
        "между утверждением макета и актом приёмки. Необязательное подтверждение запрашивается, но не требуется."
    ),
    "Add a proof": "Добавить подтверждение",
    "Restore common practice": "Вернуть обычную практику",
    "The usual proofs for each channel of the year (saved with Save proofs)": (
        "Обычные подтверждения для каждого канала года (сохраняются кнопкой «Сохранить подтверждения»)"
    ),
    "Save proofs": "Сохранить подтверждения",
    "Required: a claim without it is returned": "Обязательно: заявка без него возвращается",
    "No proof asked for: {0}": "Подтверждения не запрашиваются: {0}",
    "Common practice is filled in: save the proofs to keep it.": (
        "Подставлена обычная практика: сохраните подтверждения, чтобы она осталась."
    ),
    "The proofs of performance are saved.": "Подтверждения выхода рекламы сохранены.",
    # the claim's scans (issue 13.3, 13.4): the docked viewer, attaching, completing a returned claim
    "Attach to the claim": "Прикрепить к заявке",
    "What it is": "Что это",
    "Date on the proof": "Дата на подтверждении",
    "The date the proof shows (a broadcast, a photo, a publication)": (
        "Дата, которую показывает подтверждение (эфир, снимок, публикация)"
    ),
    "AttachDialog|Attach": "Прикрепить",
    "Complete the returned claim": "Дополнить возвращённую заявку",
    "Invoice: number, date, amount": "Счёт: номер, дата, сумма",
    "Payment order: number, date, paid": "Платёжное поручение: номер, дата, оплачено",
    "Acceptance act: number, date": "Акт приёмки: номер, дата",
    "ClaimCompletionForm|Complete": "Дополнить",
    "Returned to the dealer (no reason given).": "Возвращена дилеру (причина не указана).",
    "Check the claim again with these fields: it is submitted when nothing is missing": (
        "Проверить заявку снова с этими данными: она будет подана, если ничего не упущено"
    ),
    "Documents are attached to a claim before it is decided.": "Документы прикрепляют к заявке до решения по ней.",
    "Attach scans (or drop files)": "Прикрепить сканы (или перетащите файлы)",
    "Take the shown scan off the claim": "Открепить показанный скан от заявки",
    "Select a claim to see its scans.": "Выберите заявку, чтобы увидеть её сканы.",
    "No scans attached — drop files here or Attach…": "Сканов нет — перетащите файлы сюда или «Прикрепить…»",
    "No scans attached.": "Сканов нет.",
    "{kind}: {file}": "{kind}: {file}",
    "({date})": "({date})",
    "{kind}: {file}, added by {who}": "{kind}: {file}, добавил(а) {who}",
    "Check against the scan": "Сверьте со сканом",
    "invoice № {number} of {date}, {amount}": "счёт № {number} от {date}, {amount}",
    "vendor {vendor}": "поставщик {vendor}",
    "payment order № {number} of {date}, paid {amount}": "платёжное поручение № {number} от {date}, оплачено {amount}",
    "acceptance act № {number} of {date}": "акт приёмки № {number} от {date}",
    "{kind} dated {date}; it must fall between the mockup's approval ({approved}) and the act ({act}); "
    "planned for {month}": (
        "{kind} от {date}; дата должна быть между одобрением макета ({approved}) и актом ({act}); по плану — {month}"
    ),
    "(no date)": "(без даты)",
    "Claim {id} — {kind}: {file}": "Заявка {id} — {kind}: {file}",
    "Attach scans to the claim": "Прикрепить сканы к заявке",
    "Scans: PDF or images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)": (
        "Сканы: PDF или изображения (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;Все файлы (*)"
    ),
    "{file}: not attached": "{file}: не прикреплён",
    "Remove the scan": "Открепить скан",
    "Take the {kind} {file} off claim {id}? (The stored file stays: other claims may use it.)": (
        "Открепить «{kind}» {file} от заявки {id}? (Сохранённый файл останется: его могут использовать другие заявки.)"
    ),
    "Claim {id} completed: {message}": "Заявка {id} дополнена: {message}",
    "Fit the page to the viewer (0)": "Вписать страницу в окно (0)",
    "100 %": "100 %",
    "Actual size": "Исходный размер",
    "Zoom out (−, Ctrl+wheel)": "Уменьшить (−, Ctrl+колесо)",
    "Zoom in (+, Ctrl+wheel)": "Увеличить (+, Ctrl+колесо)",
    "Window": "Окно",
    "History ({count})": "История ({count})",
    "DocumentViewer|Fit": "Вписать",
    "Open the shown scan in a window of its own": "Открыть показанный скан в отдельном окне",
    "DocumentViewer|Attach…": "Прикрепить…",
    "DocumentViewer|Remove": "Открепить",
    "pages 1–{shown} of {count}": "страницы 1–{shown} из {count}",
    "{count} pages": "{count} стр.",
    "{percent} %": "{percent} %",
    "Sidebar|Show the screens' names": "Показать названия разделов",
    "Sidebar|Show icons only": "Оставить только значки",
    "Nothing yet": "Пока ничего нет",
    "Nothing dated to do": "Сроков впереди нет",
    "{0} — {1}": "{0} — {1}",
    # ui/drop_router.py: workbooks dropped on the window (issue 14.2)
    "Import a workbook": "Импорт книги",
    "Which import is {name} for?": "Для какого импорта файл {name}?",
    "The workbook does not say which CoopDesk template it is.": "В книге не указано, какой это шаблон CoopDesk.",
    "Dealer plan draft": "Черновик плана дилера",
    "Quarterly claims": "Квартальные заявки",
    "Efficiency report": "Отчёт об эффективности",
    "Not imported": "Не импортировано",
    "Not imported: {names}": "Не импортировано: {names}",
    "Not a workbook CoopDesk imports (.xlsx, .xlsm, .ods or a .zip of claims): {names}": (
        "Не рабочая книга для импорта в CoopDesk (.xlsx, .xlsm, .ods или .zip с заявками): {names}"
    ),
    "Import one consolidation workbook at a time (dropped: {names}).": (
        "Импортируйте книги консолидации по одной (перетащено: {names})."
    ),
    "Import one efficiency report at a time (dropped: {names}).": (
        "Импортируйте отчёты об эффективности по одному (перетащено: {names})."
    ),
    "Database password": "Пароль базы данных",
    "DatabasePasswordDialog|&Password": "&Пароль",
    # Help menu and About (issue 15.4)
    "&Help": "&Справка",
    "Open &log folder": "Открыть папку &журналов",
    "The folder of CoopDesk's logs, with the log of unexpected errors": (
        "Папка журналов CoopDesk, в том числе журнала непредвиденных ошибок"
    ),
    "&About CoopDesk": "&О программе CoopDesk",
    "Log folder": "Папка журналов",
    "The folder {0} cannot be made: {1}": "Не удалось создать папку {0}: {1}",
    "CoopDesk's logs are in {0}": "Журналы CoopDesk находятся в папке {0}",
    "About CoopDesk": "О программе CoopDesk",
    "CoopDesk {0}": "CoopDesk {0}",
    "The dealer co-op marketing programme desk. Qt {0}, PySide6 {1}.": (
        "Программа совместного маркетинга с дилерами. Qt {0}, PySide6 {1}."
    ),
    "Logs: {0}": "Журналы: {0}",
    "Components that ship with CoopDesk and their licences:": "Компоненты в составе CoopDesk и их лицензии:",
    # dealers: register, edit, deactivate (issue 14.2)
    "Dealer deactivated": "Дилер деактивирован",
    "Dealer reactivated": "Дилер снова активен",
    "New dealer": "Новый дилер",
    "Edit dealer {0}": "Изменение дилера {0}",
    "DealerDialog|&Code:": "&Код:",
    "DealerDialog|&Name:": "&Название:",
    "DealerDialog|&Region:": "&Регион:",
    "DealerDialog|C&ity:": "&Город:",
    "DealerDialog|&Legal name:": "&Юр. наименование:",
    "DealerDialog|&E-mail:": "&Эл. почта:",
    "DealerDialog|&Phone:": "&Телефон:",
    "a letter then letters or digits, e.g. D014": "буква, затем буквы или цифры, напр. D014",
    "as on contracts and invoices": "как в договорах и счетах",
    "A dealer's code does not change": "Код дилера не меняется",
    "DealersScreen|&Active only": "&Только активные",
    "Untick to see deactivated dealers too": "Снимите флажок, чтобы видеть и деактивированных дилеров",
    "DealersScreen|&New dealer…": "&Новый дилер…",
    "DealersScreen|&Edit…": "&Изменить…",
    "DealersScreen|&Deactivate": "&Деактивировать",
    "DealersScreen|&Reactivate": "&Вернуть в работу",
    "Choose a dealer in the table first": "Сначала выберите дилера в таблице",
    "Deactivate dealer {0} {1}?\n\nFrom now on it gets no score, sends no draft and has no share in an "
    "allocation frozen from now on. An allocation already frozen, its history, claims and payments stay as they "
    "are. You can reactivate it later.": (
        "Деактивировать дилера {0} {1}?\n\nС этого момента он не получает баллов, не присылает черновиков и не "
        "участвует в распределениях, утверждаемых впредь. Уже утверждённое распределение, его история, заявки и "
        "выплаты остаются как есть. Позже его можно вернуть в работу."
    ),
    "Its open claims are still decided and paid as usual:": (
        "Его открытые заявки по-прежнему рассматриваются и оплачиваются как обычно:"
    ),
    "Deactivate the dealer": "Деактивация дилера",
    "Reactivate dealer {0} {1}?\n\nIt is scored again, may send drafts and takes part in allocations frozen "
    "from now on.": (
        "Вернуть дилера {0} {1} в работу?\n\nОн снова получает баллы, может присылать черновики и участвует в "
        "распределениях, утверждаемых впредь."
    ),
    "Reactivate the dealer": "Возврат дилера в работу",
    "Deactivated: takes no part in new allocations": "Деактивирован: не участвует в новых распределениях",
    # the dealer page and every dealer's statement (issue 14.3)
    "Every dealer's statement": "Выписки всех дилеров",
    "One PDF per dealer, named after its code, into a folder you choose.": (
        "По одному PDF на дилера (в имени — код дилера) в выбранную папку."
    ),
    "Also all of them in one PDF": "И все вместе в одном PDF",
    "Write statements…": "Сформировать выписки…",
    "Open folder": "Открыть папку",
    "Folder for the statements": "Папка для выписок",
    "Writing every dealer's statement…": "Формируются выписки всех дилеров…",
    "Cancelled.": "Отменено.",
    "{count} statements written to {folder}": "Выписок сформировано: {count}, папка {folder}",
    "The statements were not written.": "Выписки не сформированы.",
    "DealerPage|Summary": "Сводка",
    "DealerPage|Plan": "План",
    "Statement…": "Выписка…",
    "Letter…": "Письмо…",
    "DealerPage|Close": "Закрыть",
    "Dealer {code} — {year}": "Дилер {code} — {year}",
    "inactive": "неактивен",
    "The dealer's commitment letter (PDF).": "Письмо-обязательство дилера (PDF).",
    "A commitment letter needs the dealer's line in the frozen allocation.": (
        "Для письма-обязательства нужна строка дилера в утверждённом распределении."
    ),
    "The dealer's statement of the year with its scorecard (PDF).": "Выписка дилера за год с показателями (PDF).",
    "Save the document": "Сохранить документ",
    "Writing {code}'s document…": "Формируется документ дилера {code}…",
    "Dealer page": "Страница дилера",
    "Open dealer page": "Открыть страницу дилера",
    "Open dealer page — {code}": "Открыть страницу дилера — {code}",
    "MockupsTab|Mockup": "Макет",
    "PaymentsTab|By": "Кто внёс",
    "Counted cost": "Учтённая стоимость",
    "PlanTab|Consolidated": "В сводном плане",
    "PlanTab|not yet": "ещё нет",
    "PlanTab|included": "включено",
    "PlanTab|dropped": "исключено",
    "Score and allocation": "Баллы и распределение",
    "Allocated amount": "Выделенная сумма",
    "SummaryTab|Balance": "Баланс",
    "Approved, not yet paid": "Одобрено, ещё не выплачено",
    "SummaryTab|Remaining": "Остаток",
    "SummaryTab|Frozen": "Утверждено",
    "SummaryTab|By": "Кем",
    "Versions of the allocation": "Версии распределения",
    "No allocation this year": "В этом году средств не выделено",
    "no line": "нет строки",
    "AuditField|act date": "дата акта",
    "AuditField|act number": "номер акта",
    "AuditField|attachment": "файл",
    "AuditField|active": "активен",
    "AuditField|activities": "мероприятия",
    "AuditField|agency": "агентство",
    "AuditField|allocated": "распределено",
    "AuditField|allocation from": "распределение с",
    "AuditField|amount": "сумма",
    "AuditField|claims approved again": "заявки снова одобрены",
    "AuditField|file": "файл",
    "AuditField|base rate": "базовая ставка",
    "AuditField|before the deadline": "до срока",
    "AuditField|budget": "бюджет",
    "AuditField|cap ceiling": "потолок лимита",
    "AuditField|cap floor": "минимум лимита",
    "AuditField|channels": "каналы",
    "AuditField|city": "город",
    "AuditField|days to file a claim": "дней на подачу заявки",
    "AuditField|closed at": "закрыт",
    "AuditField|closed by": "кем закрыт",
    "AuditField|code": "код",
    "AuditField|comment": "комментарий",
    "AuditField|consolidating agency": "агентство консолидации",
    "AuditField|consolidation from": "консолидация с",
    "AuditField|criteria": "критерии",
    "AuditField|currency": "валюта",
    "AuditField|deadline": "срок",
    "AuditField|dealer": "дилер",
    "AuditField|dealers": "дилеры",
    "AuditField|decided by": "кто решил",
    "AuditField|decided on": "дата решения",
    "AuditField|disabled": "отключён",
    "AuditField|documents": "документы",
    "AuditField|drafting from": "черновики с",
    "AuditField|dropped": "исключено",
    "AuditField|email": "эл. почта",
    "AuditField|evaluating agency": "агентство оценки",
    "AuditField|evaluation from": "оценка с",
    "AuditField|exchange rate": "курс валюты",
    "AuditField|execution from": "исполнение с",
    "AuditField|filed on": "дата подачи",
    "AuditField|file name": "имя файла",
    "AuditField|full name": "полное имя",
    "AuditField|included": "включено",
    "AuditField|invoice amount": "сумма счёта",
    "AuditField|invoice date": "дата счёта",
    "AuditField|invoice number": "номер счёта",
    "AuditField|amounts by claim": "суммы по заявкам",
    "AuditField|documents language": "язык документов",
    "AuditField|kind": "вид",
    "AuditField|late": "с опозданием",
    "AuditField|lateness accepted by": "кто принял опоздание",
    "AuditField|why lateness was accepted": "почему принято опоздание",
    "AuditField|legal name": "юридическое название",
    "AuditField|file type": "тип файла",
    "AuditField|name": "название",
    "AuditField|number": "номер",
    "AuditField|other brands": "другие бренды",
    "AuditField|claims paid": "оплаченные заявки",
    "AuditField|amount paid": "оплаченная сумма",
    "AuditField|paid on": "дата оплаты",
    "AuditField|payment": "платёж",
    "AuditField|payment order date": "дата платёжного поручения",
    "AuditField|payment order number": "номер платёжного поручения",
    "AuditField|payments up to": "платежи по",
    "AuditField|phone": "телефон",
    "AuditField|date of the proof": "дата подтверждения",
    "AuditField|required proofs": "требуемые подтверждения",
    "AuditField|quarter": "квартал",
    "AuditField|required": "обязательно",
    "AuditField|rate": "ставка",
    "AuditField|reason": "причина",
    "AuditField|reference": "код мероприятия",
    "AuditField|region": "регион",
    "AuditField|reimbursement": "возмещение",
    "AuditField|remaining at approval": "остаток при одобрении",
    "AuditField|remaining before": "остаток до",
    "AuditField|why reopened": "почему открыто снова",
    "AuditField|replaced": "заменено",
    "AuditField|reversed by payment": "сторнировано платежом",
    "AuditField|reversed on": "дата сторно",
    "AuditField|role": "роль",
    "AuditField|rows": "строки",
    "AuditField|checksum (SHA-256)": "контрольная сумма (SHA-256)",
    "AuditField|size in bytes": "размер в байтах",
    "AuditField|source": "источник",
    "AuditField|stage": "этап",
    "AuditField|status": "статус",
    "AuditField|submitted on": "дата подачи",
    "AuditField|threshold": "порог",
    "AuditField|title": "название",
    "AuditField|total": "итого",
    "AuditField|user name": "имя пользователя",
    "AuditField|vendor": "исполнитель",
    "AuditField|verified cost": "проверенная стоимость",
    "AuditField|version": "версия",
    "AuditField|quarter of the work": "квартал работ",
    "AuditField|year": "год",
    "AuditField|yes": "да",
    "AuditField|no": "нет",
    "History|(unchanged)": "(без изменений)",
    "History|(no before/after recorded)": "(до/после не записано)",
    "When ({0})": "Когда ({0})",
    "&Restore from backup…": "&Восстановить из резервной копии…",
    "A server database is restored on the command line (the action says how)": (
        "Базу данных на сервере восстанавливают из командной строки (команда подскажет как)"
    ),
    "Submit a mockup": "Подать макет",
    "Drop one mockup file at a time: {names}": "Перетаскивайте по одному файлу макета: {names}",
    "Not a mockup file (a PDF or an image) nor a workbook to import: {names}": (
        "Не файл макета (PDF или изображение) и не книга для импорта: {names}"
    ),
    "optional, e.g. the version or the medium": "необязательно, например версия или носитель",
    "choose a PDF or an image, or drop it here": "выберите PDF или изображение или перетащите его сюда",
    "C&hoose…": "В&ыбрать…",
    "&Dealer:": "&Дилер:",
    "&Activity:": "&Мероприятие:",
    "&Title:": "&Название:",
    "&File:": "&Файл:",
    "&Submit": "&Подать",
    "waiting for a decision": "ждёт решения",
    "MockupSubmitDialog|approved": "утверждён",
    "MockupSubmitDialog|rejected": "отклонён",
    "No mockup yet: this will be mockup 1.": "Макетов ещё нет: это будет макет 1.",
    "Mockup {number}: {status}.": "Макет {number}: {status}.",
    "This will be mockup {number}, the new version.": "Это будет макет {number}, новая версия.",
    "The year has no approved plan with activities yet.": "У года ещё нет утверждённого плана с мероприятиями.",
    "Choose the mockup's file.": "Выберите файл макета.",
    "Mockups are submitted at stage execution.": "Макеты подают на этапе исполнения.",
    "The mockup's file": "Файл макета",
    "Mockups (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)": (
        "Макеты (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;Все файлы (*)"
    ),
    "Restore from backup": "Восстановление из резервной копии",
    "Backup file:": "Файл копии:",
    "Written:": "Создана:",
    "By CoopDesk:": "Версия CoopDesk:",
    "RestoreConfirmDialog|unknown": "неизвестно",
    "RestoreDialog|unknown": "неизвестно",
    "RestoreConfirmDialog|none": "нет",
    "Programme years:": "Годы программы:",
    "Attached files:": "Вложенные файлы:",
    (
        "The database {0} will be replaced by this backup: whatever was recorded since the backup was "
        "written is lost. The backup is checked completely first; if anything is wrong, nothing is "
        "replaced."
    ): (
        "База данных {0} будет заменена этой копией: всё, что записано после создания копии, пропадёт. "
        "Сначала копия полностью проверяется; если в ней что-то не так, ничего не заменяется."
    ),
    "&Restore": "&Восстановить",
    "RestoreDialog|Dealers:": "Дилеры:",
    "RestoreDialog|Plan drafts:": "Черновики планов:",
    "RestoreDialog|Mockups:": "Макеты:",
    "RestoreDialog|Claims:": "Заявки:",
    "RestoreDialog|Payments:": "Выплаты:",
    "RestoreDialog|Users:": "Пользователи:",
    (
        "A server (PostgreSQL) database is restored on the command line, which needs the server's tools "
        "(pg_restore). As the role that owns the database, run:\n\ncoop-desk --db {0} restore FILE "
        "--replace --admin-user OWNER"
    ): (
        "Базу данных на сервере (PostgreSQL) восстанавливают из командной строки: для этого нужны "
        "инструменты сервера (pg_restore). От имени роли — владельца базы выполните:\n\ncoop-desk --db {0} "
        "restore ФАЙЛ --replace --admin-user ВЛАДЕЛЕЦ"
    ),
    "CoopDesk backup (*{0});;All files (*)": "Резервная копия CoopDesk (*{0});;Все файлы (*)",
    "{0} is a backup of a server (PostgreSQL) database; it cannot be restored into a database file.": (
        "{0} — копия базы данных на сервере (PostgreSQL); её нельзя восстановить в файл базы данных."
    ),
    "Restoring {0}…": "Восстановление {0}…",
    "Restoring from backup…": "Восстановление из резервной копии…",
    "Restored from {0}": "Восстановлено из {0}",
    "The database was not changed.": "База данных не изменена.",
    "Submit mockup…": "Подать макет…",
    "A dealer's mockup with its file (or drop the file here)": "Макет дилера с его файлом (или перетащите файл сюда)",
    "Write the form…": "Записать форму…",
    "Write templates…": "Записать шаблоны…",
    "Write plan templates": "Шаблоны планов для дилеров",
    "Write claims templates": "Шаблоны заявок для дилеров",
    "Write the efficiency form": "Форма оценки эффективности",
    "&Quarter:": "&Квартал:",
    "TemplatesDialog|&All": "&Все",
    "TemplatesDialog|&None": "&Ни одного",
    "TemplatesDialog|&Choose…": "&Выбрать…",
    "&Folder:": "&Папка:",
    "&Open folder": "&Открыть папку",
    "&Write": "&Записать",
    "One plan template per chosen dealer, pre-filled with its data and cap (stage drafting).": (
        "По шаблону плана на каждого выбранного дилера, с его данными и лимитом (этап черновиков)."
    ),
    "One claims template per chosen dealer, listing its activities with an approved mockup.": (
        "По шаблону заявок на каждого выбранного дилера, с его мероприятиями, у которых утверждён макет."
    ),
    "One form for the evaluating agency listing the activities of the consolidated plan.": (
        "Одна форма для агентства-оценщика с мероприятиями сводного плана."
    ),
    "{chosen} of {total} dealers chosen": "Выбрано дилеров: {chosen} из {total}",
    "There is no active dealer.": "Нет активных дилеров.",
    "No dealer has an activity with an approved mockup yet: there is nothing to claim.": (
        "Ни у одного дилера ещё нет мероприятия с утверждённым макетом: заявлять нечего."
    ),
    "Choose at least one dealer.": "Выберите хотя бы одного дилера.",
    "Choose the folder to write to.": "Выберите папку для записи.",
    "Folder for the templates": "Папка для шаблонов",
    "Writing the templates…": "Запись шаблонов…",
    "TemplatesDialog|Cancelled.": "Отменено.",
    "{count} file(s) written to {folder}.": "Записано файлов: {count}, в папку {folder}.",
    "Channel names": "Названия каналов",
    "Russian name": "Название по-русски",
    "English name": "Название по-английски",
    "Activities keep the channel's code, so renaming a channel changes no plan or claim. The window, "
    "the workbooks and the PDFs name it in their language; a workbook may name it by its code or "
    "either name. Add or remove channels on the Programme tab.": (
        "Мероприятия хранят код канала, поэтому переименование не меняет ни планов, ни заявок. Окно, "
        "рабочие книги и PDF называют канал на своём языке; в рабочей книге канал можно указать кодом "
        "или любым из названий. Добавить или удалить канал можно на вкладке «Программа»."
    ),
    "Save channel names": "Сохранить названия каналов",
    "The channel names are saved.": "Названия каналов сохранены.",
    # dealer requisites (issue 14.2)
    "Cit&y:": "&Город:",
    "Requisites": "Реквизиты",
    "What a payment order to the dealer needs; all optional": (
        "Что нужно для платёжного поручения дилеру; всё необязательно"
    ),
    "&INN:": "&ИНН:",
    "&KPP:": "К&ПП:",
    "&OGRN/OGRNIP:": "&ОГРН/ОГРНИП:",
    "Legal a&ddress:": "Юр. &адрес:",
    "Bank na&me:": "Наи&менование банка:",
    "&BIC:": "&БИК:",
    "&Settlement account:": "Рас&чётный счёт:",
    "Correspondent &account:": "Корр. &счёт:",
    "10 digits (a company) or 12": "10 цифр (организация) или 12",
    "20 digits": "20 цифр",
    "20 digits, 301…": "20 цифр, 301…",
    "INN": "ИНН",
    "KPP": "КПП",
    "OGRN": "ОГРН",
    "Bank": "Банк",
    "BIC": "БИК",
    "Legal address": "Юр. адрес",
    "OGRN/OGRNIP": "ОГРН/ОГРНИП",
    "RequisitesTab|Legal name": "Юр. наименование",
    "Not given yet: add them with Dealers & scores → Edit…": (
        "Пока не указаны: добавьте их в «Дилеры и баллы» → «Изменить…»"
    ),
    "Settlement account": "Расчётный счёт",
    "Correspondent account": "Корр. счёт",
    # mnemonics on form labels (issue 14.7): unique within each form
    "SignInDialog|&User name": "&Имя пользователя",
    "SignInDialog|&Password": "&Пароль",
    "AddUserDialog|&User name": "&Имя пользователя",
    "AddUserDialog|&Full name": "&Полное имя",
    "AddUserDialog|&Role": "&Роль",
    "AddUserDialog|&Password (10+ characters)": "Пар&оль (от 10 символов)",
    "SettingsScreen|&Currency": "&Валюта",
    "SettingsScreen|&Documents language": "&Язык документов",
    "SettingsScreen|&Budget": "&Бюджет",
    "SettingsScreen|Base &rate": "Базовая &ставка",
    "SettingsScreen|Cap &floor": "&Минимальный лимит",
    "SettingsScreen|Cap c&eiling": "Ма&ксимальный лимит",
    "SettingsScreen|Eligibility &threshold k": "&Порог участия k",
    "SettingsScreen|Claim dead&line after quarter end": "Ср&ок подачи заявок после квартала",
    "SettingsScreen|C&hannels": "Ка&налы",
    "SettingsScreen|Consolidating &agency": "Консолидирующее &агентство",
    "SettingsScreen|E&valuating agency": "Оц&енивающее агентство",
    "SettingsScreen|&Window language": "&Язык интерфейса",
    "SettingsScreen|&Numbers": "&Числа",
    "ReportsScreen|&Report:": "&Отчёт:",
    "ReportsScreen|&Quarter:": "&Квартал:",
    "ReportsScreen|&Dealer:": "&Дилер:",
    "ReportsScreen|&Language:": "&Язык:",
    "PaymentReversalDialog|&Reason (recorded in the audit log):": "&Причина (записывается в журнал аудита):",
    "PaymentReversalDialog|Reversed &on:": "&Дата сторно:",
    "PaymentForm|&Dealer:": "&Дилер:",
    "PaymentForm|&Paid on:": "Дата &выплаты:",
    "PaymentForm|&Amount paid:": "Вы&плачено:",
    "PaymentForm|&Reference:": "&Номер:",
    "NewYearDialog|&Programme year": "&Программный год",
    "NewYearDialog|&Currency": "&Валюта",
    "NewYearDialog|&Budget": "&Бюджет",
    "DatabaseUrlDialog|Database &URL": "&Адрес базы данных",
    "DatabaseUrlDialog|&Password": "&Пароль",
    "ClaimDetailPanel|&Exchange rate": "&Курс валюты",
    "ClaimCompletionForm|&Invoice: number, date, amount": "&Счёт: номер, дата, сумма",
    "ClaimCompletionForm|Pa&yment order: number, date, paid": "&Платёжное поручение: номер, дата, оплачено",
    "ClaimCompletionForm|&Acceptance act: number, date": "&Акт приёмки: номер, дата",
    "ActionsMenu|&Actions": "&Действия",
    "ActionsMenu|&Reload the screen": "&Обновить экран",
    "ActionsMenu|&Go to": "&Перейти",
    # criterion names (issue 14.5)
    "SettingsScreen|Names": "Названия",
    "Rename it on the Names tab.": "Переименовать можно на вкладке «Названия».",
    "The scores keep the criterion's code, so renaming a criterion changes no score. The window and the letters "
    "name it in their language. Add or remove criteria on the Programme tab.": (
        "Баллы хранят код критерия, поэтому переименование не меняет ни одного балла. Окно и письма называют "
        "критерий на своём языке. Добавить или удалить критерий можно на вкладке «Программа»."
    ),
    "Save criterion names": "Сохранить названия критериев",
    "The criterion names are saved.": "Названия критериев сохранены.",
    "One channel code per line; the name after the dash is changed on the Names tab.": (
        "Один код канала в строке; название после тире меняется на вкладке «Названия»."
    ),
    "AuditAction|Criteria renamed": "Критерии переименованы",
    "AuditField|criterion names": "названия критериев",
    "AuditField|channel names": "названия каналов",
}
