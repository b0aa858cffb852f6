"""Russian for the sentences the reports make (``coop_desk.text.Text`` templates), keyed by the English template.

Placeholders (``{name}``) must stay exactly as in the template; build.py fills these into coopdesk_ru.ts
(context "Service").

Terms, as in the window (ru_strings.py): workbook — книга, sheet — лист, cell — ячейка, draft — черновик,
template — шаблон, claim — заявка, mockup — макет, import — загрузка, problem — замечание. What was
expected is written in the nominative after «ожидалось:», so every "expected" phrase reads on its own.
"""

RU: dict[str, str] = {
    # reports/xlsx/report.py: the import report
    "imported": "загружено",
    "refused": "не принято",
    "sheet {sheet}": "лист {sheet}",
    'found "{found}", expected {expected}': "найдено «{found}», ожидалось: {expected}",
    "found nothing, expected {expected}": "ничего не найдено, ожидалось: {expected}",
    "1 problem; {consequence}": "1 замечание; {consequence}",
    "{count} problems; {consequence}": "замечаний: {count}; {consequence}",
    "1 file imported, {refused} refused": "загружен 1 файл, не принято: {refused}",
    "{imported} files imported, {refused} refused": "загружено файлов: {imported}, не принято: {refused}",
    # reports/xlsx/cells.py: what a cell should hold
    'expected {expected}, found "{found}"': "ожидалось: {expected}; найдено «{found}»",
    "expected {expected}, found nothing": "ожидалось: {expected}; ничего не найдено",
    "a date such as 15.03.2027": "дата, например 15.03.2027",
    "a month (1–12 or a name such as март / March)": "месяц (1–12 или название, например март / March)",
    "a whole number such as 1200": "целое число, например 1200",
    "a whole number ≥ {minimum} such as 1200": "целое число ≥ {minimum}, например 1200",
    "an amount of at most {limit}": "сумма не больше {limit}",
    "an amount such as {example}": "сумма, например {example}",
    "an amount in {currency} such as {example}": "сумма в {currency}, например {example}",
    "an amount ≥ {minimum} such as {example}": "сумма ≥ {minimum}, например {example}",
    "an amount ≥ {minimum} in {currency} such as {example}": "сумма ≥ {minimum} в {currency}, например {example}",
    "an amount with at most 2 decimals such as {example}": (
        "сумма не более чем с двумя знаками после запятой, например {example}"
    ),
    # reports/xlsx/safety.py: files that are refused before they are read
    "no such file": "файл не найден",
    "not a file": "это не файл",
    "the file is empty": "файл пуст",
    "cannot be read: {error}": "не удаётся прочитать: {error}",
    "too large ({size} MB; the limit is {limit} MB)": "файл слишком большой ({size} МБ; предел — {limit} МБ)",
    "too large (more than {limit} MB)": "файл слишком большой (больше {limit} МБ)",
    "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)": (
        "откройте его в Excel или LibreOffice и сохраните как книгу Excel (.xlsx)"
    ),
    "not an Excel workbook (its content is not recognised)": "это не книга Excel (содержимое не распознано)",
    "a PDF document, not a workbook": "это документ PDF, а не книга Excel",
    "a PNG image, not a workbook": "это изображение PNG, а не книга Excel",
    "a JPEG image, not a workbook": "это изображение JPEG, а не книга Excel",
    "a GIF image, not a workbook": "это изображение GIF, а не книга Excel",
    "a TIFF image, not a workbook": "это изображение TIFF, а не книга Excel",
    "a BMP image, not a workbook": "это изображение BMP, а не книга Excel",
    "a WebP image, not a workbook": "это изображение WebP, а не книга Excel",
    "a RAR archive, not a workbook": "это архив RAR, а не книга Excel",
    "a 7-Zip archive, not a workbook": "это архив 7-Zip, а не книга Excel",
    "a gzip archive, not a workbook": "это архив gzip, а не книга Excel",
    "a zip archive, not an Excel workbook": "это zip-архив, а не книга Excel",
    "an RTF document, not a workbook": "это документ RTF, а не книга Excel",
    "a Word document (.doc), not a workbook": "это документ Word (.doc), а не книга Excel",
    "a Word document (.docx), not a workbook": "это документ Word (.docx), а не книга Excel",
    "a PowerPoint presentation (.pptx), not a workbook": "это презентация PowerPoint (.pptx), а не книга Excel",
    "an OpenDocument file, not a workbook": "это файл OpenDocument, а не книга Excel",
    "an OpenDocument spreadsheet (.ods), not .xlsx: in LibreOffice use File › Save As › Excel (.xlsx)": (
        "это таблица OpenDocument (.ods), а не .xlsx: в LibreOffice выберите Файл › Сохранить как › Excel (.xlsx)"
    ),
    "an XML or text file, not a workbook": "это XML или текстовый файл, а не книга Excel",
    "a text file, not a workbook": "это текстовый файл, а не книга Excel",
    "a CSV or text file, not a workbook: {save_as}": "это CSV или текстовый файл, а не книга Excel: {save_as}",
    "a web page (HTML), not a workbook: {save_as}": "это веб-страница (HTML), а не книга Excel: {save_as}",
    "an Excel 2003 XML spreadsheet, not .xlsx: {save_as}": "это таблица XML Excel 2003, а не .xlsx: {save_as}",
    "an Excel 97–2003 workbook (.xls), not .xlsx: {save_as}": "это книга Excel 97–2003 (.xls), а не .xlsx: {save_as}",
    "an Excel binary workbook (.xlsb), not .xlsx: {save_as}": "это двоичная книга Excel (.xlsb), а не .xlsx: {save_as}",
    "an old Microsoft Office file (OLE2), not an .xlsx workbook: {save_as}": (
        "это файл старого формата Microsoft Office (OLE2), а не книга .xlsx: {save_as}"
    ),
    "password-protected (encrypted): remove the password in Excel (File › Info › Protect) and send it again": (
        "файл защищён паролем (зашифрован): снимите пароль в Excel (Файл › Сведения › Защита книги) "
        "и пришлите его снова"
    ),
    "password-protected (an encrypted zip): send it without a password": (
        "файл защищён паролем (зашифрованный zip): пришлите его без пароля"
    ),
    "refused as a zip bomb: {reason}": "отклонён как zip-бомба: {reason}",
    "it has {count} zip entries": "в нём {count} элементов zip",
    "it would inflate to {size} MB": "после распаковки он занял бы {size} МБ",
    "the zip entry {entry} inflates {ratio} times": "элемент zip {entry} при распаковке увеличивается в {ratio} раз",
    "not a readable workbook: {reason}": "книгу не удаётся прочитать: {reason}",
    "not a readable workbook: sheet {sheet}: {reason}": "книгу не удаётся прочитать: лист {sheet}: {reason}",
    "the zip structure is damaged ({error})": "структура zip повреждена ({error})",
    "the zip entry {entry} is damaged": "элемент zip {entry} повреждён",
    "the zip entry {entry} is damaged ({error})": "элемент zip {entry} повреждён ({error})",
    "the zip entry {entry} is damaged (it inflates to more than it declares)": (
        "элемент zip {entry} повреждён (распаковывается в больший объём, чем заявлено)"
    ),
    "the zip entry {entry} is damaged (size or CRC does not match)": (
        "элемент zip {entry} повреждён (не совпадает размер или CRC)"
    ),
    "the zip entry {entry} uses an unsupported compression ({method})": (
        "элемент zip {entry} сжат неподдерживаемым методом ({method})"
    ),
    "the file is cut short (zip entry {entry} is incomplete)": "файл обрезан (элемент zip {entry} неполный)",
    "a relationships part is not valid XML ({error})": "часть связей (relationships) — некорректный XML ({error})",
    "{entry} declares a DOCTYPE, which workbooks never do": "в {entry} объявлен DOCTYPE, чего в книгах Excel не бывает",
    "the sheet «{sheet}»": "лист «{sheet}»",
    "a sheet spans {rows} rows × {columns} columns, more than the {limit} cells CoopDesk reads": (
        "лист занимает {rows} строк × {columns} столбцов — больше {limit} ячеек, которые читает CoopDesk"
    ),
    "{sheet} spans {rows} rows × {columns} columns, more than the {limit} cells CoopDesk reads": (
        "{sheet} занимает {rows} строк × {columns} столбцов — больше {limit} ячеек, которые читает CoopDesk"
    ),
    "{sheet} declares the range {range}, beyond the {rows} rows × {columns} columns CoopDesk reads": (
        "{sheet} объявляет диапазон {range} — за пределами {rows} строк × {columns} столбцов, которые читает CoopDesk"
    ),
    "{sheet} has a cell at {cell}, beyond the {rows} rows × {columns} columns CoopDesk reads": (
        "{sheet} содержит ячейку {cell} — за пределами {rows} строк × {columns} столбцов, которые читает CoopDesk"
    ),
    "{sheet} has a malformed cell reference ({ref})": "{sheet} содержит неверную ссылку на ячейку ({ref})",
    "{sheet} is not valid XML ({error})": "{sheet} — некорректный XML ({error})",
    "a sheet declares a DOCTYPE or an entity, which workbooks never do": (
        "в листе объявлен DOCTYPE или сущность (entity), чего в книгах Excel не бывает"
    ),
    # reports/xlsx/isolated.py: the reader process
    "the spreadsheet reader crashed on this file (it was stopped; nothing was read from it)": (
        "программа чтения таблиц аварийно завершилась на этом файле (она остановлена; из файла ничего не прочитано)"
    ),
    # reports/xlsx/meta.py: the hidden identification sheet
    "dealer plan": "план дилера",
    "quarterly claims": "квартальные заявки",
    "efficiency report": "отчёт об эффективности",
    "the identification sheet is missing or altered: this is not a CoopDesk {what} template": (
        "служебный лист идентификации отсутствует или изменён: это не шаблон CoopDesk типа «{what}»"
    ),
    "the identification sheet is missing or altered (a field is empty)": (
        "служебный лист идентификации отсутствует или изменён (поле не заполнено)"
    ),
    "the identification sheet is missing or altered (its checksum does not match)": (
        "служебный лист идентификации отсутствует или изменён (не совпадает контрольная сумма)"
    ),
    "the identification sheet is missing or altered ({error})": (
        "служебный лист идентификации отсутствует или изменён ({error})"
    ),
    "this is a CoopDesk {theirs} template, not a {what} template": (
        "это шаблон CoopDesk типа «{theirs}», а не «{what}»"
    ),
    "template version {version} is out of date (current {current}): send the dealer a new template": (
        "шаблон устарел (версия {version}, текущая — {current}): отправьте дилеру новый шаблон"
    ),
    "template version {version} is out of date (current {current}) (made by a newer CoopDesk): "
    "send the dealer a new template": (
        "версия шаблона {version} не подходит (текущая — {current}; шаблон сделан более новой версией CoopDesk): "
        "отправьте дилеру новый шаблон"
    ),
    "this template was made for {made_for}, not {year}": "этот шаблон сделан на {made_for} год, а не на {year}",
    "this form was made for {made_for}, and its references are of {year}": (
        "эта форма сделана на {made_for} год, а референсы в ней — {year} года"
    ),
    "this template belongs to dealer {dealer}, not {other}": "этот шаблон принадлежит дилеру {dealer}, а не {other}",
    # reports/xlsx/plan_template.py
    "dealer {dealer} is inactive and takes no part in {year}": (
        "дилер {dealer} неактивен и не участвует в программе {year} года"
    ),
    "plan templates are issued at stage drafting; year {year} is at {stage} "
    "(a returned draft could not be recorded now)": (
        "шаблоны планов выдаются на этапе черновиков, а {year} год на этапе «{stage}» "
        "(присланный черновик сейчас нельзя было бы записать)"
    ),
    # reports/xlsx/plan_import.py: dealers' drafts
    "{file}, sheet {sheet}, row {row}": "{file}, лист {sheet}, строка {row}",
    "no such file or folder": "нет такого файла или папки",
    "no .xlsx or .xlsm files in this folder": "в этой папке нет файлов .xlsx или .xlsm",
    "the dealer block": "блок с данными дилера",
    "the activity table": "таблица мероприятий",
    "a channel from the list: {channels}": "канал из списка: {channels}",
    "at least one activity (channel, month and planned cost)": (
        "хотя бы одно мероприятие (канал, месяц и плановая стоимость)"
    ),
    "the sheet «{sheet}» is missing (was it renamed or deleted?)": (
        "нет листа «{sheet}» (его переименовали или удалили?)"
    ),
    "the plan sheet was rearranged: {part} was not found": "структура листа плана изменена, не найдено: {part}",
    "this template belongs to dealer {dealer}, not {code} (the dealer code on the sheet, {cell}, was changed)": (
        "этот шаблон принадлежит дилеру {dealer}, а не {code} (код дилера на листе, ячейка {cell}, был изменён)"
    ),
    "an empty code": "пустой код",
    "not read: the import was cancelled": "не прочитан: загрузка отменена",
    "not recorded: the import was cancelled": "не записан: загрузка отменена",
    "could not be read: {error}": "не удалось прочитать: {error}",
    "has the extension {suffix}, not .xlsx": "у файла расширение {suffix}, а не .xlsx",
    "(none)": "(нет)",
    "nothing was imported from this file": "из этого файла ничего не загружено",
    "this batch holds {count} drafts of dealer {dealer} for {year} ({files}): import the right one alone": (
        "в этой загрузке несколько черновиков дилера {dealer} на {year} год ({count}: {files}): загрузите только нужный"
    ),
    "draft of {who} for {year}: 1 activity, {total}": "черновик {who} на {year} год: 1 мероприятие, {total}",
    "draft of {who} for {year}: {count} activities, {total}": (
        "черновик {who} на {year} год: мероприятий — {count}, {total}"
    ),
    "replaces the current draft (kept as an earlier version)": (
        "заменяет текущий черновик (он сохранён как предыдущая версия)"
    ),
    "no changes from the earlier version": "изменений по сравнению с предыдущей версией нет",
    # reports/xlsx/consolidation/: the agency's consolidation workbook
    "да or нет (yes or no); blank means yes": "«да» или «нет»; пустая ячейка означает «да»",
    "the column title “{title}”": "заголовок столбца «{title}»",
    "the sheet's columns were moved or renamed": "столбцы листа переставлены или переименованы",
    "nothing here: the row has no activity reference (column A)": (
        "пустая ячейка: в строке нет референса мероприятия (столбец A)"
    ),
    "an activity reference such as D014-2027-03": "референс мероприятия, например D014-2027-03",
    "each activity once (it is in row {row} already)": "каждое мероприятие один раз (оно уже есть в строке {row})",
    "the reference of an activity in a dealer's current draft for {year}": (
        "референс мероприятия из текущего черновика дилера на {year} год"
    ),
    "a text of at most {limit} characters": "текст не длиннее {limit} знаков",
    "a text": "текст",
    "a row for every activity of the current drafts; missing: {listed}": (
        "строка для каждого мероприятия текущих черновиков; нет строк: {listed}"
    ),
    "a row for every activity of the current drafts; missing: {listed} and {more} more": (
        "строка для каждого мероприятия текущих черновиков; нет строк: {listed} и ещё {more}"
    ),
    "the cell holds the formula error {error}, expected {expected}": (
        "в ячейке ошибка формулы {error}, ожидалось: {expected}"
    ),
    "an agency name of at most {limit} characters": "название агентства не длиннее {limit} знаков",
    "has no sheet “{sheet}”: send back the workbook CoopDesk wrote": (
        "в книге нет листа «{sheet}»: пришлите обратно книгу, выгруженную из CoopDesk"
    ),
    "year {year} is at stage {stage}: the consolidated plan is imported at stage consolidation": (
        "{year} год на этапе «{stage}»: консолидированный план загружается на этапе консолидации"
    ),
    "nothing was imported": "ничего не загружено",
    "consolidated plan {year}: {kept} of {count} activities included, {dropped} dropped, "
    "{costed} costed by the agency": (
        "консолидированный план {year}: включено мероприятий — {kept} из {count}, исключено — {dropped}, "
        "оценено агентством — {costed}"
    ),
    # reports/xlsx/claims/: quarterly claims
    "quarter must be 1, 2, 3 or 4, got {quarter}": "квартал должен быть 1, 2, 3 или 4, а указан {quarter}",
    "dealer {dealer} has no activity with an approved mockup in {year}: there is nothing to claim yet": (
        "у дилера {dealer} нет мероприятий с одобренным макетом в {year} году: заявлять пока нечего"
    ),
    "no dealer has an activity with an approved mockup in {year}: there is nothing to claim yet": (
        "ни у одного дилера нет мероприятий с одобренным макетом в {year} году: заявлять пока нечего"
    ),
    # "returned", "rejected" (claim statuses) and "consolidation" (a stage) are coop_desk.words': ru_services.py
    "filed": "подана",
    "late": "подана с опозданием",
    "duplicate": "дубликат",
    "no mockup": "нет одобренного макета",
    "{count} filed": "подано: {count}",
    "{count} late": "с опозданием: {count}",
    "{count} returned": "возвращено: {count}",
    "{count} rejected": "отклонено: {count}",
    "{count} duplicate": "дубликатов: {count}",
    "{count} no mockup": "без макета: {count}",
    "{count} refused": "не принято: {count}",
    "no rows filed": "ни одна строка не зарегистрирована",
    "{files}; rows: {counts}": "{files}; строки: {counts}",
    "{outcome} → claim {claim}": "{outcome} → заявка {claim}",
    "row {row} ({reference}, invoice {invoice})": "строка {row} ({reference}, счёт {invoice})",
    "{file}, row {row}": "{file}, строка {row}",
    "year {year} is at stage {stage}: claims are filed in execution and evaluation": (
        "{year} год на этапе «{stage}»: заявки принимаются на этапах исполнения и оценки"
    ),
    "the filing date {date} is in the future (today is {today})": (
        "дата подачи {date} ещё не наступила (сегодня {today})"
    ),
    "the file has no invoice rows": "в файле нет ни одной строки со счётом",
    "1 malformed cell; no claim of this file was filed": (
        "1 ячейка заполнена неверно; ни одна заявка из этого файла не зарегистрирована"
    ),
    "{count} malformed cells; no claim of this file was filed": (
        "неверно заполненных ячеек: {count}; ни одна заявка из этого файла не зарегистрирована"
    ),
    "dealer {dealer}, Q{quarter} {year}: {stored} of {count} rows filed": (
        "дилер {dealer}, {quarter} кв. {year}: зарегистрировано строк — {stored} из {count}"
    ),
    "an activity reference from the list, e.g. D014-2027-03": "референс мероприятия из списка, например D014-2027-03",
    "the invoice number": "номер счёта",
    "the invoice date, e.g. 15.03.2027": "дата счёта, например 15.03.2027",
    "the invoice amount, e.g. 12 500,50": "сумма счёта, например 12 500,50",
    "a three-letter currency code such as USD, or blank for {currency}": (
        "трёхбуквенный код валюты, например USD, или пустая ячейка для {currency}"
    ),
    "an exchange rate above 0 such as 0,92 (blank for the programme currency)": (
        "курс больше 0, например 0,92 (пустая ячейка — валюта программы)"
    ),
    "an exchange rate with at most 10 decimals": "курс не более чем с 10 знаками после запятой",
    # reports/xlsx/efficiency/: the evaluating agency's report
    "year {year} has no consolidated plan with activities yet: there is nothing to rate": (
        "у {year} года ещё нет консолидированного плана с мероприятиями: оценивать нечего"
    ),
    "the reach as a whole number ≥ 0 (0 if none)": "охват — целое число ≥ 0 (0, если охвата не было)",
    "the leads as a whole number ≥ 0 (0 if none)": "число обращений — целое число ≥ 0 (0, если их не было)",
    "the sales as a whole number ≥ 0 (0 if none)": "число продаж — целое число ≥ 0 (0, если их не было)",
    "a whole number up to {limit}": "целое число не больше {limit}",
    "a comment of at most 5000 characters": "комментарий не длиннее 5000 знаков",
    "references of one programme year": "референсы одного года программы",
    "{year} (first at {cell})": "{year} (впервые в {cell})",
    "has no visible sheet": "в книге нет видимых листов",
    "sheet “{sheet}” has no header row with the columns reference, reach, leads and sales "
    "(Референс, Охват, Обращения, Продажи) in its first {rows} rows": (
        "на листе «{sheet}» в первых {rows} строках нет строки заголовков со столбцами «Референс», «Охват», "
        "«Обращения», «Продажи» (reference, reach, leads, sales)"
    ),
    "the report has no results (every activity row is blank)": (
        "в отчёте нет результатов (все строки мероприятий пусты)"
    ),
    "the references are of {year}, and there is no programme year {year}": (
        "референсы относятся к {year} году, а года программы {year} нет"
    ),
    "an activity of the {year} consolidated plan": "мероприятие консолидированного плана {year} года",
    "efficiency results for {year}: {count} activities": (
        "результаты эффективности за {year} год: мероприятий — {count}"
    ),
    "{count} activities without results skipped": "пропущено мероприятий без результатов: {count}",
    # reports/xlsx/report.py, plan_import.py: every file of a folder named (skipped, other formats)
    "skipped": "пропущен",
    "files: {imported} imported, {refused} refused, {skipped} skipped (not spreadsheets)": (
        "файлы: загружено {imported}, не принято {refused}, пропущено {skipped} (не таблицы)"
    ),
    "an Excel 97–2003 workbook (.xls)": "книга Excel 97–2003 (.xls)",
    "an Excel binary workbook (.xlsb)": "двоичная книга Excel (.xlsb)",
    "an Excel template (.xlt)": "шаблон Excel (.xlt)",
    "an Excel template (.xltx)": "шаблон Excel (.xltx)",
    "an Excel template (.xltm)": "шаблон Excel (.xltm)",
    "a flat OpenDocument spreadsheet (.fods)": "плоская таблица OpenDocument (.fods)",
    "an OpenDocument spreadsheet template (.ots)": "шаблон таблицы OpenDocument (.ots)",
    "a CSV file (.csv)": "файл CSV (.csv)",
    "an Apple Numbers spreadsheet (.numbers)": "таблица Apple Numbers (.numbers)",
    "a WPS spreadsheet (.et)": "таблица WPS (.et)",
    "{kind}, not .xlsx: {save_as}": "{kind}, а не .xlsx: {save_as}",
    "a Word document, not a spreadsheet": "документ Word, а не таблица",
    "a PDF document, not a spreadsheet": "документ PDF, а не таблица",
    "an image, not a spreadsheet": "изображение, а не таблица",
    "an archive, not a spreadsheet: unpack it and import the folder": (
        "архив, а не таблица: распакуйте его и загрузите папку"
    ),
    "a presentation, not a spreadsheet": "презентация, а не таблица",
    "an e-mail message, not a spreadsheet: save its attachment": "письмо, а не таблица: сохраните вложение",
    "an Excel lock file (~$…), left while a workbook is open": (
        "файл блокировки Excel (~$…), остаётся, пока книга открыта"
    ),
    "a LibreOffice lock file (.~lock…#), left while a file is open": (
        "файл блокировки LibreOffice (.~lock…#), остаётся, пока файл открыт"
    ),
    "a hidden file": "скрытый файл",
    "not a regular file": "не обычный файл",
    "not a spreadsheet": "не таблица",
    "a link to a folder, not searched": "ссылка на папку, не просматривается",
    "a hidden folder, not searched": "скрытая папка, не просматривается",
    # reports/xlsx/ods.py: drafts saved by LibreOffice in its own format
    "save it as Excel workbook (.xlsx) from the template we sent": (
        "сохраните его как книгу Excel (.xlsx) из присланного нами шаблона"
    ),
    "not an OpenDocument spreadsheet (its content is not recognised)": (
        "не таблица OpenDocument (содержимое не распознано)"
    ),
    "not an OpenDocument spreadsheet (.ods): {save_as}": "не таблица OpenDocument (.ods): {save_as}",
    "password-protected (encrypted): save it again in LibreOffice without a password and send it": (
        "защищён паролем (зашифрован): сохраните его в LibreOffice без пароля и пришлите снова"
    ),
    "it has no content.xml": "в нём нет content.xml",
    "content.xml is not valid XML ({error})": "content.xml — неправильный XML ({error})",
    "a repeat count is not a number: {value}": "число повторов — не число: {value}",
    "an OpenDocument spreadsheet (.ods), which this installation cannot read: {save_as}": (
        "таблица OpenDocument (.ods), которую эта установка прочитать не может: {save_as}"
    ),
    "an OpenDocument spreadsheet (.ods) without CoopDesk's identification sheet "
    "(it did not survive the conversion, or this is not our template): {save_as}": (
        "таблица OpenDocument (.ods) без идентификационного листа CoopDesk "
        "(он не сохранился при преобразовании, или это не наш шаблон): {save_as}"
    ),
    # reports/xlsx/claims: the scans of a claims workbook (scan_columns.py, scan_files.py, importer.py, row_filing.py)
    "invoice scan": "скан счёта",
    "payment order scan": "скан платёжного поручения",
    "act scan": "скан акта",
    "{kind}: file": "{kind}: файл",
    "{kind}: date": "{kind}: дата",
    "{name}: only a file's name is accepted, without a folder or a path (the file goes beside the workbook)": (
        "{name}: принимается только имя файла, без папки и пути (файл кладётся рядом с книгой)"
    ),
    "{name}: {reason}": "{name}: {reason}",
    "{name} is not in the workbook's folder": "файла {name} нет в папке книги",
    "{name} is not in the zip": "файла {name} нет в zip-архиве",
    "{name} is a link, not a file in the workbook's folder": "{name} — ссылка, а не файл в папке книги",
    "{name}: cannot be read: {reason}": "{name}: не удаётся прочитать: {reason}",
    "{name} is larger than the limit of {size} MB": "{name} больше допустимых {size} МБ",
    "{name} cannot be read from the zip: {reason}": "{name} не удаётся прочитать из zip-архива: {reason}",
    "not a readable zip: {reason}": "не читаемый zip-архив: {reason}",
    "the zip entry {entry} has a path that leads out of the zip: refused": (
        "элемент zip-архива {entry} указывает путь за пределы архива: архив не принят"
    ),
    "no .xlsx or .xlsm workbook in the zip": "в zip-архиве нет книги .xlsx или .xlsm",
    "the zip entry {entry} cannot be read: {reason}": "элемент zip-архива {entry} не удаётся прочитать: {reason}",
    "a file name": "имя файла",
    "a file name of at most {limit} characters": "имя файла не длиннее {limit} символов",
    "{field}: a date without its file: write the file's name in “{column}”": (
        "{field}: дата без файла: впишите имя файла в столбец «{column}»"
    ),
    "completed": "дополнена",
    "{count} completed": "дополнено: {count}",
    "claim {number} completed: {message}": "заявка {number} дополнена: {message}",
}
