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
    "History of {0} ({1})": "История {0} ({1})",
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
}
