"""Russian for the sentences the services make (``coop_desk.text.Text`` templates), keyed by the English template.

Placeholders (``{name}``) must stay exactly as in the template; build.py fills these into coopdesk_ru.ts
(context "Service"). Words that go into other sentences (statuses, stages, roles) are neutral forms, so that
they fit a claim (она) and a mockup (он) alike: a status is quoted after «статус», a stage after «этап».
"""

RU: dict[str, str] = {
    # -- words put into sentences (coop_desk/words.py) ------------------------------------------------
    "drafting": "черновики",
    "consolidation": "консолидация",
    "allocation": "распределение",
    "execution": "исполнение",
    "evaluation": "оценка",
    "closed": "закрыт",
    "submitted": "на рассмотрении",
    "approved": "одобрено",
    "paid": "выплачено",
    "returned": "возвращено",
    "rejected": "отклонено",
    "changes requested": "на доработке",
    "owner": "владелец",
    "marketer": "маркетолог",
    "agency": "агентство",
    "finance": "финансы",
    "auditor": "аудитор",
    "submitted or returned": "на рассмотрении или возвращено",
    # -- permissions (what a role may not do) ---------------------------------------------------------
    "{actor} ({role}) may not {what}": "{actor} ({role}) не может {what}",
    "create a programme year": "создать программный год",
    "change a year's settings": "менять настройки года",
    "change the scoring criteria": "менять критерии оценки дилеров",
    "move a year to its next stage": "переводить год на следующий этап",
    "re-open an earlier stage": "возвращать год на прежний этап",
    "register dealers": "регистрировать дилеров",
    "edit dealers": "редактировать дилеров",
    "record dealer scores": "вносить баллы дилеров",
    "import dealer drafts": "импортировать черновики дилеров",
    "edit the consolidated plan": "редактировать консолидированный план",
    "freeze the allocation": "фиксировать распределение",
    "submit mockups": "подавать макеты",
    "approve mockups": "одобрять макеты",
    "reject mockups": "отклонять макеты",
    "ask for changes to mockups": "отправлять макеты на доработку",
    "file claims": "подавать заявки",
    "complete claims": "дополнять заявки",
    "approve claims": "одобрять заявки",
    "set the exchange rate of claims": "устанавливать курс валюты заявок",
    "reject claims": "отклонять заявки",
    "return claims": "возвращать заявки",
    "override a late claim": "принимать просроченные заявки",
    "record payments": "вносить выплаты",
    "close a quarter": "закрывать кварталы",
    "reopen a quarter": "переоткрывать кварталы",
    "import efficiency results": "импортировать результаты эффективности",
    "add attachments": "добавлять вложения",
    "add users": "добавлять пользователей",
    "disable users": "отключать пользователей",
    "set passwords": "задавать пароли",
    "sign in": "входить в программу",
    # -- shared: stages, conflicts, not found ---------------------------------------------------------
    "{what} is not allowed in year {year} at stage {stage} (only at: {allowed})": (
        "{what} — недоступно в {year} году на этапе «{stage}» (только на этапах: {allowed})"
    ),
    "the database is busy: another CoopDesk is writing to it; nothing was changed — try again": (
        "база данных занята: в неё пишет другая копия CoopDesk; ничего не изменено — повторите попытку"
    ),
    "somebody else changed this record since you opened it; nothing was overwritten — reload it": (
        "кто-то другой изменил эту запись, пока она была открыта у вас; ничего не перезаписано — обновите её"
    ),
    "{message} ({latest})": "{message} ({latest})",
    "last changed by {actor} on {at} UTC ({action})": "последнее изменение: {actor}, {at} UTC ({action})",
    "there is no programme year {year}": "программного года {year} нет",
    "dealer {code}": "дилер {code}",
    "no such dealer": "такого дилера нет",
    "year {year}": "год {year}",
    "Q{quarter}": "{quarter} кв.",
    "Q{quarter} {year}": "{quarter} кв. {year}",
    "{where} ({field})": "{where} ({field})",
    "row {number} ({reference})": "строка {number} ({reference})",
    "must be 1, 2, 3 or 4, got {value}": "должен быть 1, 2, 3 или 4, а не {value}",
    "must be a date, got {value}": "должна быть датой, а не {value}",
    "must be above 0": "должна быть больше 0",
    "must be above 0, got {value}": "должен быть больше 0, а не {value}",
    "is required": "обязательно",
    "is longer than {limit} characters": "длиннее {limit} символов",
    "must be text, got {value}": "должно быть текстом, а не {value}",
    "must not be empty": "не может быть пустым",
    "must not be negative": "не может быть отрицательным",
    "must be an amount of money, got {value}": "должна быть денежной суммой, а не {value}",
    "must not be negative, got {value}": "не может быть отрицательной: {value}",
    "has more than two decimals: {value}": "больше двух знаков после запятой: {value}",
    "is not a regular file; name the backup file to write": "это не обычный файл; укажите файл резервной копии",
    "the database folder is read-only: {folder}; nothing was changed (reading works)": (
        "папка базы данных доступна только для чтения: {folder}; ничего не изменено (чтение работает)"
    ),
    "is in a read-only folder ({folder}) and at schema revision {revision}: it needs an upgrade (and a "
    "copy made first), which cannot be written there; open it where it can be written": (
        "лежит в папке только для чтения ({folder}) и имеет ревизию схемы {revision}: ей нужно обновление "
        "(и копия перед ним), которое там нельзя записать; откройте её там, где можно писать"
    ),
    "must be at most {limit}, got {value}": "должна быть не больше {limit}: {value}",
    "an amount is too large to store ({detail}); nothing was changed": (
        "сумма слишком велика для хранения ({detail}); ничего не изменено"
    ),
    "has no rows": "не содержит ни одной строки",
    "reason": "причина",
    "reference": "мероприятие",
    "quarter": "квартал",
    "currency": "валюта",
    "comment": "комментарий",
    "title": "название",
    "attachment": "вложение",
    "the allocation is not frozen": "распределение не зафиксировано",
    "the allocation is not frozen yet": "распределение ещё не зафиксировано",
    # -- R6/R7 formulas (rules.py) --------------------------------------------------------------------
    "{percent} % (own brand only)": "{percent} % (только наш бренд)",
    "{percent} % / {brands} brands": "{percent} % / {brands} бренд(а/ов)",
    "min({invoiced}, {paid}) × {rate} = {amount}": "min({invoiced}, {paid}) × {rate} = {amount}",
    "{formula}, limited to the remaining allocation {remaining} → {final}": (
        "{formula}, с ограничением остатком распределения {remaining} → {final}"
    ),
    "{formula} = {rate}": "{formula} = {rate}",
    # -- claim checks and the R7 explanation (claim_checks.py) ---------------------------------------
    "invoice number": "номер счёта",
    "invoice date": "дата счёта",
    "invoice amount": "сумма счёта",
    "exchange rate": "курс",
    "vendor": "поставщик",
    "payment order number": "номер платёжного поручения",
    "payment order date": "дата платёжного поручения",
    "payment order amount": "сумма платёжного поручения",
    "payment order number and date": "номер и дата платёжного поручения",
    "payment order number and amount": "номер и сумма платёжного поручения",
    "payment order date and amount": "дата и сумма платёжного поручения",
    "paid amount": "оплаченная сумма",
    "act number": "номер акта",
    "act date": "дата акта",
    "attachment id": "номер вложения",
    "payment order": "платёжное поручение",
    "acceptance act": "акт приёмки",
    "acceptance act number": "номер акта приёмки",
    "acceptance act date": "дата акта приёмки",
    "{value} is in the future (after {latest})": "{value} — дата в будущем (позже {latest})",
    "must be a three-letter code such as EUR, got {value}": (
        "должна быть трёхбуквенным кодом, например EUR, а не {value}"
    ),
    "applies only to an invoice in another currency than {currency}": (
        "указывается только для счёта в валюте, отличной от {currency}"
    ),
    "an invoice in {currency} needs a positive exchange rate ({programme} per 1 {currency}), got {value}": (
        "для счёта в {currency} нужен положительный курс ({programme} за 1 {currency}), а не {value}"
    ),
    "{value} has too many digits": "в {value} слишком много цифр",
    "{rate} makes the {field} {amount} {currency} more than {limit} {programme}, the largest amount": (
        "{rate} делает {field} {amount} {currency} больше {limit} {programme}, наибольшей суммы"
    ),
    "{day} is not in {year}: say which quarter of {year} it is for": (
        "{day} — не {year} год: укажите, к какому кварталу {year} года относится заявка"
    ),
    "dealer {dealer} has no allocation in {year}: a claim is reimbursed from the dealer's allocation": (
        "у дилера {dealer} нет распределения на {year} год: заявки возмещаются из распределённых дилеру средств"
    ),
    "dealer {dealer} was allocated {amount} {currency} in {year}: "
    "a claim is reimbursed from the dealer's allocation, so there is nothing to reimburse it from": (
        "дилеру {dealer} распределено {amount} {currency} на {year} год: заявки возмещаются из распределённых "
        "дилеру средств, возмещать заявку не из чего"
    ),
    "has no file: only a mockup the reviewer can see can be approved (reject it or request changes)": (
        "без файла: одобрить можно только макет, который проверяющий видел (отклоните его или отправьте на доработку)"
    ),
    "{dealer}: claim {second} ({second_reference}, invoice {second_invoice}) is the same invoice of {date} "
    "as claim {first} ({first_reference}, invoice {first_invoice})": (
        "{dealer}: заявка {second} ({second_reference}, счёт {second_invoice}) — тот же счёт от {date}, "
        "что и в заявке {first} ({first_reference}, счёт {first_invoice})"
    ),
    "invoice {invoice} of {date} was claimed already: duplicate of claim {number} for {reference} "
    "(invoice {first}, filed {filed_on})": (
        "счёт {invoice} от {date} уже заявлен: дубликат заявки {number} по {reference} "
        "(счёт {first}, подана {filed_on})"
    ),
    "the attached file was claimed already: duplicate of claim {number} (filed {filed_on})": (
        "приложенный файл уже заявлен: дубликат заявки {number} (подана {filed_on})"
    ),
    "the acceptance act is dated {act}, before mockup {number} was approved on {approved_on}: "
    "the ad ran before its approval (R7)": (
        "акт приёмки датирован {act}, раньше одобрения макета {number} ({approved_on}): реклама вышла до одобрения (R7)"
    ),
    "missing: {items}": "не хватает: {items}",
    "rejected: {reason}": "отклонена: {reason}",
    "mockup {number} has no count of other brands": "у макета {number} не указано число других брендов",
    "own brand only": "только наш бренд",
    "{count} other brand(s)": "других брендов — {count}",
    "rate (R6) = {formula} = {rate} (mockup {number}: {brands})": (
        "ставка (R6) = {formula} = {rate} (макет {number}: {brands})"
    ),
    "invoice {amount} {currency} × {rate} = {converted} {programme}": (
        "счёт {amount} {currency} × {rate} = {converted} {programme}"
    ),
    "invoice {amount} {currency}: {pending}": "счёт {amount} {currency}: {pending}",
    "rate to be set by finance": "курс установит финансовый отдел",
    "invoiced in {currency} without a rate: rate to be set by finance before approval "
    "(coop-desk claim set-rate {number} RATE)": (
        "счёт в {currency} без курса: курс установит финансовый отдел до одобрения "
        "(coop-desk claim set-rate {number} КУРС)"
    ),
    "is invoiced in {currency} without an exchange rate: "
    "set the exchange rate first: coop-desk claim set-rate {number} RATE": (
        "выставлен в {currency} без курса валюты: сначала установите курс: coop-desk claim set-rate {number} КУРС"
    ),
    "paid {amount} {currency} × {rate} = {converted} {programme}": (
        "оплачено {amount} {currency} × {rate} = {converted} {programme}"
    ),
    "returned to the dealer: {reason}": "возвращена дилеру: {reason}",
    "verified cost = min(invoiced {invoiced}, paid {paid}) = {verified}": (
        "подтверждённые затраты = min(по счёту {invoiced}, оплачено {paid}) = {verified}"
    ),
    "remaining allocation = {allocated} allocated − {used} approved before = {remaining}": (
        "остаток распределения = {allocated} выделено − {used} одобрено ранее = {remaining}"
    ),
    "{formula}: reimbursement {amount} {currency}": "{formula}: возмещение {amount} {currency}",
    "if approved now: {formula} {currency}": "при одобрении сейчас: {formula} {currency}",
    # -- claims and payments (claims.py) -------------------------------------------------------------
    "order": "сортировка",
    "must be one of {choices}, got {value}": "должна быть одной из: {choices}, а не {value}",
    "payment amount": "сумма выплаты",
    "paid on": "дата выплаты",
    "must be a date not after {today}, got {value}": "должна быть датой не позже {today}, а не {value}",
    "claims": "заявки",
    "name at least one claim the payment settles": "укажите хотя бы одну заявку, которую закрывает выплата",
    "must be claim numbers, got {value}": "должны быть номерами заявок, а не {value}",
    "names a claim twice": "одна заявка указана дважды",
    "claim {number} (amount)": "заявка {number} (сумма)",
    "claim {number}": "заявка {number}",
    "is not a claim of {year}": "не является заявкой {year} года",
    "is a claim of another dealer, not of {dealer}": "заявка другого дилера, не {dealer}",
    "is paid already": "уже выплачена",
    "is {status}: only an approved claim can be paid": "статус «{status}»: выплатить можно только одобренную заявку",
    "has nothing left to pay": "по ней нечего выплачивать",
    "dealer {code} is unknown": "дилер {code} неизвестен",
    "{reference} is an activity of {owner}, not of {dealer}": "{reference} — мероприятие дилера {owner}, а не {dealer}",
    "{reference} has no approved mockup": "у мероприятия {reference} нет одобренного макета",
    "{reference} has no approved mockup (mockup {number} is still waiting for a decision)": (
        "у мероприятия {reference} нет одобренного макета (макет {number} ещё ждёт решения)"
    ),
    "submitted for review": "подана на рассмотрение",
    "returned to the dealer, {reason}": "возвращена дилеру, {reason}",
    "claim {number} for {reference} (Q{quarter}): {outcome}": (
        "заявка {number} по {reference} ({quarter} кв.): {outcome}"
    ),
    "filed late (the deadline was {deadline}): approving it needs an override": (
        "подана с опозданием (срок был {deadline}): для одобрения нужно решение о принятии"
    ),
    "filed with the Q{given} template, but its documents date the work in Q{work}: Q{work}'s deadline applies": (
        "подана по шаблону {given} кв., но по документам работы выполнены в {work} кв.: действует срок {work} кв."
    ),
    "its work is of Q{work}, which is closed: it counts in Q{quarter}": (
        "работы выполнены в {work} кв., который закрыт: заявка учитывается в {quarter} кв."
    ),
    "its work is of Q{work} {year}, which is closed, and no later quarter of {year} is open to count it in: "
    "the programme owner can reopen a quarter (audited)": (
        "работы выполнены в {work} кв. {year}, который закрыт, а более позднего открытого квартала {year} года, "
        "где её можно учесть, нет: владелец программы может переоткрыть квартал (с записью в журнал)"
    ),
    "counts in Q{quarter} {year}, which is closed: its figures are sealed "
    "(the programme owner can reopen the quarter, audited)": (
        "учитывается в {quarter} кв. {year}, который закрыт: его показатели не меняются "
        "(владелец программы может переоткрыть квартал, с записью в журнал)"
    ),
    "is decided by the documents (the act date, else the invoice date): correct those": (
        "определяется документами (датой акта, а без акта — датой счёта): исправьте их"
    ),
    "{day} is in Q{quarter} {year}, which is closed: a payment counts in the quarter of its date and nothing "
    "changes a closed quarter (date it in an open quarter, or the programme owner can reopen Q{quarter})": (
        "{day} — это {quarter} кв. {year}, который закрыт: выплата учитывается в квартале своей даты, а закрытый "
        "квартал не меняется (укажите дату в открытом квартале или попросите владельца программы переоткрыть "
        "{quarter} кв.)"
    ),
    "claim for {reference}": "заявка по {reference}",
    "filed on": "дата подачи",
    "filing a claim": "подача заявки",
    "{dealer}: {message}": "{dealer}: {message}",
    "a claim stays on its activity: file a new claim for another one": (
        "заявка остаётся при своём мероприятии: для другого подайте новую заявку"
    ),
    "is not a field of a claim": "не является полем заявки",
    "completing a claim": "дополнение заявки",
    "is {status}: only a returned claim can be completed": (
        "статус «{status}»: дополнить можно только возвращённую заявку"
    ),
    "{message} (changed: {fields})": "{message} (изменено: {fields})",
    "say why the late claim is accepted": "укажите, почему просроченная заявка принимается",
    "overriding a late claim": "принятие просроченной заявки",
    "was filed on time: there is nothing to override": "подана в срок: принимать нечего",
    "the late filing was accepted already by {who}": "просроченную подачу уже принял(а) {who}",
    "is {status}: it can no longer be accepted": "статус «{status}»: принять её уже нельзя",
    "claim {number} filed late on {filed_on}: accepted anyway: {reason}": (
        "заявка {number}, поданная с опозданием ({filed_on}), всё же принята: {reason}"
    ),
    "approving a claim": "одобрение заявки",
    "setting an exchange rate": "установка курса валюты",
    "is invoiced in {currency}, the programme's currency: it has no exchange rate to set": (
        "выставлена в {currency}, валюте программы: курс для неё не нужен"
    ),
    "is {status}: the exchange rate can be set only before the claim is decided": (
        "в статусе «{status}»: курс можно установить только до решения по заявке"
    ),
    "claim {number}: exchange rate {before} → {rate} {programme} per 1 {currency}": (
        "заявка {number}: курс {before} → {rate} {programme} за 1 {currency}"
    ),
    "was approved on {approved_on}: a payment for it cannot be dated {paid_on}, before its approval": (
        "одобрена {approved_on}: платёж по ней не может быть датирован {paid_on}, раньше одобрения"
    ),
    "is {status}: only a submitted claim can be approved": (
        "статус «{status}»: одобрить можно только заявку на рассмотрении"
    ),
    "was filed late ({filed_on}): accept the late filing (override) before approving": (
        "подана с опозданием ({filed_on}): перед одобрением примите просроченную подачу"
    ),
    "is incomplete": "заполнена не полностью",
    "claim {number} for {reference} approved: {formula} {currency}": (
        "заявка {number} по {reference} одобрена: {formula} {currency}"
    ),
    "say why the claim is rejected": "укажите, почему заявка отклоняется",
    "say why the claim is returned": "укажите, почему заявка возвращается",
    "rejecting a claim": "отклонение заявки",
    "returning a claim": "возврат заявки",
    "is {status}: only a {allowed} claim can be rejected": (
        "статус «{status}»: отклонить можно только заявку со статусом «{allowed}»"
    ),
    "is {status}: only a {allowed} claim can be returned": (
        "статус «{status}»: вернуть можно только заявку со статусом «{allowed}»"
    ),
    "claim {number} for {reference} rejected: {reason}": "заявка {number} по {reference} отклонена: {reason}",
    "claim {number} for {reference} returned: {reason}": "заявка {number} по {reference} возвращена: {reason}",
    "recording a payment": "внесение выплаты",
    "claim {number}: {part} > {open}": "заявка {number}: {part} > {open}",
    "a payment above what was approved: {amount} exceeds the {open} approved and still unpaid": (
        "выплата больше одобренного: {amount} превышает {open}, одобренные и ещё не выплаченные"
    ),
    "payment to {dealer}": "выплата дилеру {dealer}",
    "{message} ({details})": "{message} ({details})",
    "{amount} is not the sum of the parts {parts}": "{amount} не равно сумме частей {parts}",
    "{amount} is not the sum of the parts {parts}; to pay part, give the amount per claim": (
        "{amount} не равно сумме частей {parts}; чтобы выплатить часть, укажите сумму по каждой заявке"
    ),
    "the payment could not be stored": "выплату не удалось сохранить",
    "paid {amount} {currency} to {dealer} on {paid_on} for claims {claims}": (
        "{paid_on}: выплачено {amount} {currency} дилеру {dealer} по заявкам {claims}"
    ),
    "paid {amount} {currency} to {dealer} on {paid_on} for claims {claims} (fully paid: {settled})": (
        "{paid_on}: выплачено {amount} {currency} дилеру {dealer} по заявкам {claims} (полностью выплачены: {settled})"
    ),
    "closing a quarter": "закрытие квартала",
    "is not over yet (it ends on {end})": "ещё не закончился (заканчивается {end})",
    "is closed already": "уже закрыт",
    "Q{earlier} {year} is still open: the quarters are closed in order": (
        "{earlier} кв. {year} ещё открыт: кварталы закрываются по порядку"
    ),
    "its claims may be filed on time until {deadline}: it can be closed from {day} "
    "(the programme owner can close it earlier, with a reason)": (
        "заявки за него можно подавать в срок до {deadline}: закрыть его можно с {day} "
        "(владелец программы может закрыть раньше, указав причину)"
    ),
    "close a quarter before its filing deadline": "закрывать квартал до окончания срока подачи заявок",
    "claim {number} (invoice {invoice}, {status})": "заявка {number} (счёт {invoice}, статус «{status}»)",
    "{count} claim(s) of it are still submitted or returned: {claims}": (
        "заявки квартала ещё на рассмотрении или возвращены ({count}): {claims}"
    ),
    "closed Q{quarter} {year} before its filing deadline {deadline}: {reason}": (
        "закрыт {quarter} кв. {year} до окончания срока подачи заявок ({deadline}): {reason}"
    ),
    "say why the quarter is reopened": "укажите, почему квартал переоткрывается",
    "reopening a quarter": "переоткрытие квартала",
    "is open: there is nothing to reopen": "открыт: переоткрывать нечего",
    "Q{later} {year} is closed after it: reopen the later quarters first": (
        "после него закрыт {later} кв. {year}: сначала переоткройте более поздние кварталы"
    ),
    "reopened Q{quarter} {year}: {reason}": "переоткрыт {quarter} кв. {year}: {reason}",
    "Q{quarter} {year} was closed by somebody else at the same moment": (
        "{quarter} кв. {year} в тот же момент закрыл кто-то другой"
    ),
    "closed Q{quarter} {year}": "закрыт {quarter} кв. {year}",
    "year {year} has no frozen allocation yet": "у {year} года ещё нет зафиксированного распределения",
    "there is no claim {number}": "заявки {number} нет",
    "claim {number} was changed by somebody else since you opened it; nothing was changed": (
        "заявку {number} изменил кто-то другой, пока она была открыта у вас; ничего не изменено"
    ),
    # -- mockups --------------------------------------------------------------------------------------
    "{reference} is not an activity of the {year} plan": "{reference} — не мероприятие плана {year} года",
    "{reference} is not in the frozen {year} plan (the agency dropped it)": (
        "{reference} нет в зафиксированном плане {year} года (агентство его исключило)"
    ),
    "there is no stored attachment {value}": "вложения {value} нет",
    "{value} is in the future (today is {today})": "{value} — дата в будущем (сегодня {today})",
    "submitted on": "дата подачи",
    "decided on": "дата решения",
    "submitting a mockup": "подача макета",
    "mockup for {reference}": "макет к мероприятию {reference}",
    "mockup {number} (id {id}, submitted {submitted}) is still waiting for a decision": (
        "макет {number} (id {id}, подан {submitted}) ещё ждёт решения"
    ),
    "{reference}: somebody else submitted a mockup at the same moment": (
        "{reference}: в тот же момент макет подал кто-то другой"
    ),
    "mockup {number} for {reference} submitted on {day}": "макет {number} к мероприятию {reference} подан {day}",
    "mockup {number} for {reference} submitted on {day}: {title}": (
        "макет {number} к мероприятию {reference} подан {day}: {title}"
    ),
    "other brands": "другие бренды",
    "must be a whole number from 0 to {top}, got {value}": "должно быть целым числом от 0 до {top}, а не {value}",
    "say why the mockup is {status}": "укажите причину (статус макета: «{status}»)",
    "there is no mockup {id}": "макета {id} нет",
    "deciding on a mockup": "решение по макету",
    "mockup {number} of {reference}": "макет {number} к мероприятию {reference}",
    "{mockup} was changed by somebody else; reload it": "{mockup}: изменён кем-то другим; обновите",
    "is {status}, not waiting for a decision": "статус «{status}», решения не ждёт",
    "{day} is before the submission ({submitted})": "{day} — раньше подачи ({submitted})",
    "mockup {number} of {reference} {status} on {day}": "макет {number} к мероприятию {reference}: {status} {day}",
    "mockup {number} of {reference} {status} on {day} ({rate})": (
        "макет {number} к мероприятию {reference}: {status} {day} ({rate})"
    ),
    "mockup {number} of {reference} {status} on {day}: {comment}": (
        "макет {number} к мероприятию {reference}: {status} {day}: {comment}"
    ),
    "mockup {number} of {reference} {status} on {day} ({rate}): {comment}": (
        "макет {number} к мероприятию {reference}: {status} {day} ({rate}): {comment}"
    ),
    # -- dealers and scores ---------------------------------------------------------------------------
    "name": "название",
    "region": "регион",
    "email": "эл. почта",
    "city": "город",
    "legal name": "юридическое название",
    "phone": "телефон",
    "code": "код",
    "{value} is not an e-mail address": "{value} — не адрес электронной почты",
    "{value} must be a letter then 1–15 letters or digits, e.g. D014": (
        "{value}: код — буква и затем 1–15 букв или цифр, например D014"
    ),
    "a dealer with this code exists already": "дилер с таким кодом уже есть",
    "dealer {code} could not be registered (duplicate code)": (
        "дилера {code} не удалось зарегистрировать (код уже занят)"
    ),
    "registered dealer {code} {name}": "зарегистрирован дилер {code} {name}",
    "is not a dealer field": "не является полем дилера",
    "dealer {code}: {field}": "дилер {code}: {field}",
    "dealer {code} was changed by somebody else since you opened it; reload it": (
        "дилера {code} изменил кто-то другой, пока карточка была открыта у вас; обновите её"
    ),
    "edited dealer {code}: {fields}": "изменён дилер {code}: {fields}",
    "recording scores": "внесение баллов",
    "year {year}: the allocation is frozen; scores can no longer change": (
        "год {year}: распределение зафиксировано; баллы больше менять нельзя"
    ),
    "dealer {code}, criterion {name}": "дилер {code}, критерий {name}",
    "names the same criterion twice": "один критерий указан дважды",
    "is not a criterion of {year} ({criteria})": "не критерий {year} года ({criteria})",
    "points must be a number, got {value}": "баллы должны быть числом, а не {value}",
    "points must be from 0 to {top}, got {value}": "баллы должны быть от 0 до {top}, а не {value}",
    "scored dealer {code} for {year}": "внесены баллы дилера {code} за {year} год",
    "not an active dealer": "не активный дилер",
    # -- allocation -----------------------------------------------------------------------------------
    "score S = {score}, coefficient k = S / S_max = {k}": "балл S = {score}, коэффициент k = S / S_max = {k}",
    "cap = {cap} (k below the threshold {threshold} gives 0; otherwise "
    "{floor} + (k − {threshold}) / (1 − {threshold}) × ({ceiling} − {floor}), rounded down to 100)": (
        "лимит = {cap} (при k ниже порога {threshold} — 0; иначе "
        "{floor} + (k − {threshold}) / (1 − {threshold}) × ({ceiling} − {floor}), с округлением вниз до 100)"
    ),
    "request = {base} × Σ cost of included activities = {request} (cents down)": (
        "запрос = {base} × Σ стоимость включённых мероприятий = {request} (копейки вниз)"
    ),
    "demand = min(request, cap) = {demand}": "потребность = min(запрос, лимит) = {demand}",
    "total demand {demand} fits the budget {budget}: every dealer gets its demand → {amount}": (
        "общая потребность {demand} укладывается в бюджет {budget}: каждый дилер получает свою потребность → {amount}"
    ),
    "total demand {demand} exceeds the budget {budget}: shared by k (water-filling); "
    "this dealer reaches its demand → {amount}": (
        "общая потребность {demand} превышает бюджет {budget}: делится по k (water-filling); "
        "этот дилер получает свою потребность полностью → {amount}"
    ),
    "total demand {demand} exceeds the budget {budget}: shared in proportion to k "
    "(λ × k, cents down, leftover cents by largest remainder) → {amount}": (
        "общая потребность {demand} превышает бюджет {budget}: делится пропорционально k "
        "(λ × k, копейки вниз, остаток копеек по наибольшим остаткам) → {amount}"
    ),
    "is not an active dealer": "не является активным дилером",
    "{name} is not a criterion": "{name} — не критерий",
    "dealer {code}, {criterion}": "дилер {code}, {criterion}",
    "points must be 0–{top}": "баллы должны быть от 0 до {top}",
    "year {year} was changed or frozen by somebody else since you looked; reload it": (
        "год {year} изменил или зафиксировал кто-то другой, пока вы смотрели; обновите"
    ),
    "freezing the allocation": "фиксация распределения",
    "year {year} has no consolidated plan to allocate": "у {year} года нет консолидированного плана для распределения",
    "year {year}: mockups or claims already rest on the frozen allocation": (
        "год {year}: на зафиксированном распределении уже основаны макеты или заявки"
    ),
    "year {year}: somebody else froze an allocation at the same moment": (
        "год {year}: в тот же момент распределение зафиксировал кто-то другой"
    ),
    "froze the {year} allocation: {total} of {budget} to {count} dealers": (
        "зафиксировано распределение {year} года: {total} из {budget} на {count} дилер(а/ов)"
    ),
    "froze the {year} allocation: {total} of {budget} to {count} dealers (replacing the earlier one)": (
        "зафиксировано распределение {year} года: {total} из {budget} на {count} дилер(а/ов) (вместо прежнего)"
    ),
    # -- plans ----------------------------------------------------------------------------------------
    "recording a dealer draft": "приём черновика дилера",
    "dealer {code} is inactive and takes no part in {year}": "дилер {code} неактивен и не участвует в {year} году",
    "dealer {code}, activity {number}": "дилер {code}, мероприятие {number}",
    "channel {channel} is not one of: {channels}": "канал {channel} не из списка: {channels}",
    "month must be 1–12, got {value}": "месяц должен быть от 1 до 12, а не {value}",
    "{where} (planned cost)": "{where} (плановая стоимость)",
    "draft v{number} of {code} for {year}: {count} activities, {total}": (
        "черновик v{number} дилера {code} на {year} год: мероприятий — {count}, {total}"
    ),
    "draft v{number} of {code} for {year}: {count} activities, {total} (replaces v{previous})": (
        "черновик v{number} дилера {code} на {year} год: мероприятий — {count}, {total} (заменяет v{previous})"
    ),
    "{field} {old} → {new}": "{field} {old} → {new}",
    "channel": "канал",
    "month": "месяц",
    "cost": "стоимость",
    "idea": "идея",
    "importing the consolidated plan": "импорт консолидированного плана",
    "{reference} is not an activity of a current draft for {year}": (
        "{reference} — не мероприятие текущего черновика на {year} год"
    ),
    "{reference} appears twice (first at {first})": "{reference} встречается дважды (впервые: {first})",
    "{where} (costed amount)": "{where} (сумма по смете)",
    "{where} (placement)": "{where} (размещение)",
    "{where} (vendor)": "{where} (подрядчик)",
    "consolidated plan (agency)": "консолидированный план (агентство)",
    "consolidated plan (source)": "консолидированный план (файл)",
    "consolidated plan": "консолидированный план",
    "has no row for: {references}": "нет строки для: {references}",
    "consolidated plan v{number} for {year}: {kept} of {count} activities included": (
        "консолидированный план v{number} на {year} год: включено {kept} из {count} мероприятий"
    ),
    "year {year} has no consolidated plan yet": "у {year} года ещё нет консолидированного плана",
    # -- evaluation -----------------------------------------------------------------------------------
    "importing efficiency results": "импорт результатов эффективности",
    "name the evaluating agency (set it in the year's settings)": (
        "укажите агентство, оценивающее эффективность (в настройках года)"
    ),
    "{agency} consolidated the plans; the evaluation must come from another agency": (
        "{agency} консолидировало планы; оценку должно проводить другое агентство"
    ),
    "{reference} appears twice": "{reference} встречается дважды",
    "reach": "охват",
    "leads": "лиды",
    "sales": "продажи",
    "{field} must be a whole number ≥ 0, got {value}": "{field}: должно быть целым числом ≥ 0, а не {value}",
    "{where} (sales amount)": "{where} (сумма продаж)",
    "efficiency report": "отчёт об эффективности",
    "efficiency results for {year} from {agency}: {count} activities ({replaced} replaced)": (
        "результаты эффективности за {year} год ({agency}): мероприятий — {count} (заменено: {replaced})"
    ),
    # -- attachments ----------------------------------------------------------------------------------
    "attachment {name}": "вложение {name}",
    "attachment {id}": "вложение {id}",
    "the file is empty": "файл пуст",
    "is larger than the limit of {size} MB": "больше допустимых {size} МБ",
    "is not a PDF, PNG, JPEG, TIFF or WEBP file (judged by its content)": (
        "не является файлом PDF, PNG, JPEG, TIFF или WEBP (по содержимому)"
    ),
    "stored {name} ({media_type}, {size} bytes)": "сохранён файл {name} ({media_type}, {size} байт)",
    "cannot be read: {reason}": "не читается: {reason}",
    "is not a regular file (a folder, a device or a pipe)": "— не обычный файл (папка, устройство или канал)",
    "mockup": "макет",
    "give either a stored attachment or a file, not both": "укажите либо сохранённое вложение, либо файл, но не оба",
    "there is no attachment {id}": "вложения {id} нет",
    "its file is missing from {folder}": "его файла нет в папке {folder}",
    "the stored file does not match its checksum": "сохранённый файл не совпадает с контрольной суммой",
    # -- statements, reports, summary -----------------------------------------------------------------
    "dealer {code} has no line in the frozen {year} allocation": (
        "у дилера {code} нет строки в зафиксированном распределении {year} года"
    ),
    "year {year}: the allocation is not frozen; commitment letters follow the freeze": (
        "год {year}: распределение не зафиксировано; письма-обязательства готовятся после фиксации"
    ),
    "cost per sale limit": "предельная стоимость продажи",
    "allocated {allocated} is above the budget {budget}": "распределено {allocated} — больше бюджета {budget}",
    "the dealers' approved amounts do not add up to the total": "одобренные суммы дилеров не сходятся с итогом",
    "the quarters' approved amounts do not add up to the total": "одобренные суммы кварталов не сходятся с итогом",
    "{code}: allocated {allocated} is above the cap {cap}": "{code}: распределено {allocated} — больше лимита {cap}",
    "{code}: approved {approved} is above the allocation {allocated}": (
        "{code}: одобрено {approved} — больше распределённого {allocated}"
    ),
    "{code}: paid {paid} is above what was approved {approved}": (
        "{code}: выплачено {paid} — больше одобренного {approved}"
    ),
    # -- users and signing in -------------------------------------------------------------------------
    "user name or password is wrong": "неверное имя пользователя или пароль",
    "this is a shared database: sign in with --user NAME (password from COOP_DESK_PASSWORD or the prompt)": (
        "это общая база: войдите с --user ИМЯ (пароль из COOP_DESK_PASSWORD или по запросу)"
    ),
    "there are no users yet: the PostgreSQL role that owns the database must create the first owner with "
    "`coop-desk db init --admin-user ROLE --owner NAME`": (
        "пользователей пока нет: первого владельца создаёт роль PostgreSQL, которой принадлежит база, командой "
        "`coop-desk db init --admin-user РОЛЬ --owner ИМЯ`"
    ),
    "the password must have at least {count} characters": "в пароле должно быть не меньше {count} символов",
    "a user name is 1 to 80 printable characters without spaces": (
        "имя пользователя — от 1 до 80 печатных символов без пробелов"
    ),
    "unknown role {role} (one of: {roles})": "неизвестная роль {role} (возможные: {roles})",
    "the first user must be a programme owner (--role owner)": (
        "первый пользователь должен быть владельцем программы (--role owner)"
    ),
    "user {name} exists already": "пользователь {name} уже есть",
    "added user {name} ({role})": "добавлен пользователь {name} ({role})",
    "{name} is the last active programme owner and cannot be disabled": (
        "{name} — последний активный владелец программы, его нельзя отключить"
    ),
    "disabled user {name}": "отключён пользователь {name}",
    "set the password of {name}": "задан пароль пользователя {name}",
    "{name} is disabled; ask a programme owner": "пользователь {name} отключён; обратитесь к владельцу программы",
    "{name} is locked after {count} failed sign-ins until {time} UTC": (
        "пользователь {name} заблокирован после {count} неудачных попыток входа до {time} UTC"
    ),
    "sign-in refused: {reason}": "вход отклонён: {reason}",
    "{name} locked for {minutes} minutes after {count} failed sign-ins": (
        "пользователь {name} заблокирован на {minutes} мин. после {count} неудачных попыток входа"
    ),
    "{name} is now locked for {minutes} minutes": "пользователь {name} теперь заблокирован на {minutes} мин.",
    "there is no user {name}": "пользователя {name} нет",
    "cannot sign in as {name}: {reason}": "нельзя войти как {name}: {reason}",
    # -- the programme year and its stages ------------------------------------------------------------
    "base_rate": "базовая ставка",
    "budget": "бюджет",
    "cap_floor": "нижний лимит",
    "cap_ceiling": "верхний лимит",
    "threshold": "порог",
    "claim_deadline_days": "срок подачи заявок (дней)",
    "language": "язык",
    "channels": "каналы",
    "consolidating_agency": "консолидирующее агентство",
    "evaluating_agency": "оценивающее агентство",
    "stage dates": "даты этапов",
    "must be an exact decimal number, got {value}": "должно быть точным десятичным числом, а не {value}",
    "must be above 0 and at most 0.5 (the dealer pays at least half), got {value}": (
        "должна быть больше 0 и не больше 0,5 (дилер платит не меньше половины), а не {value}"
    ),
    "must be at least the floor ({floor}), got {value}": "должен быть не меньше нижнего лимита ({floor}), а не {value}",
    "must be from 0 up to (not including) 1, got {value}": "должен быть от 0 до 1 (не включая 1), а не {value}",
    "must be a whole number of days from 0 to 366, got {value}": (
        "должен быть целым числом дней от 0 до 366, а не {value}"
    ),
    "must be a three-letter ISO code such as EUR, got {value}": (
        "должна быть трёхбуквенным кодом ISO, например EUR, а не {value}"
    ),
    "must be ru or en": "должен быть ru или en",
    "needs at least one channel and no empty names": "нужен хотя бы один канал, без пустых названий",
    "names a channel twice": "один канал указан дважды",
    "must not be the consolidating agency (the evaluation is independent)": (
        "не может совпадать с консолидирующим агентством (оценка независима)"
    ),
    "must follow the order of the stages": "должны идти в порядке этапов",
    "year": "год",
    "must be between 2000 and 2100, got {value}": "должен быть между 2000 и 2100, а не {value}",
    "is not a programme setting": "не является настройкой программы",
    "programme year {year} exists already": "программный год {year} уже есть",
    "created programme year {year}": "создан программный год {year}",
    "year {year} is closed: its settings cannot change": "{year} год закрыт: его настройки менять нельзя",
    "year {year}: the allocation is frozen, so {settings} cannot change (re-open the allocation stage first)": (
        "год {year}: распределение зафиксировано, поэтому {settings} менять нельзя "
        "(сначала вернитесь на этап распределения)"
    ),
    "changed settings of {year}: {settings}": "изменены настройки {year} года: {settings}",
    "criterion {number}": "критерий {number}",
    "needs a name": "нужно название",
    "weight must be a positive decimal, got {value}": "вес должен быть положительным десятичным числом, а не {value}",
    "max points must be a whole number from 1 to 1000, got {value}": (
        "максимум баллов должен быть целым числом от 1 до 1000, а не {value}"
    ),
    "criteria": "критерии",
    "at least one criterion is needed": "нужен хотя бы один критерий",
    "two criteria have the same name": "у двух критериев одинаковое название",
    "year {year}: the allocation is frozen; criteria cannot change": (
        "год {year}: распределение зафиксировано; критерии менять нельзя"
    ),
    "set {count} scoring criteria for {year}": "заданы критерии оценки на {year} год: {count}",
    "year {year} is closed: there is no later stage": "{year} год закрыт: следующего этапа нет",
    "year {year} → {stage}": "год {year} → {stage}",
    "confirm to move on anyway (--confirm-missing)": "подтвердите, чтобы всё же перейти дальше (--confirm-missing)",
    "year {year}: {before} → {after}": "год {year}: {before} → {after}",
    "year {year}: {before} → {after} (confirmed missing: {missing})": (
        "год {year}: {before} → {after} (подтверждено, несмотря на: {missing})"
    ),
    "re-opening a stage needs a reason": "для возврата на этап нужна причина",
    "year {year} is at {stage}: only an earlier stage can be re-opened": (
        "год {year} на этапе «{stage}»: вернуться можно только на более ранний этап"
    ),
    "year {year} re-opened: {before} → {after}: {reason}": "год {year} возвращён: {before} → {after}: {reason}",
    "year {year} has closed quarters ({quarters}): reopen them before going back to {stage}": (
        "у {year} года есть закрытые кварталы ({quarters}): переоткройте их, прежде чем возвращаться на этап «{stage}»"
    ),
    "year {year} was changed by somebody else since you opened it; reload it": (
        "год {year} изменил кто-то другой, пока он был открыт у вас; обновите"
    ),
    "no dealer draft has been received yet": "ещё не получено ни одного черновика дилера",
    "{count} dealer(s) sent no draft: {dealers}": "не прислали черновик ({count}): {dealers}",
    "no consolidated plan has been imported yet": "консолидированный план ещё не импортирован",
    "quarters not closed yet: {quarters}": "не закрыты кварталы: {quarters}",
    "{count} claim(s) are still waiting for a decision": "заявок, ещё ждущих решения: {count}",
    "the efficiency report has not been imported yet": "отчёт об эффективности ещё не импортирован",
    # -- backups --------------------------------------------------------------------------------------
    "is a folder; name the backup file to write": "это папка; укажите файл резервной копии",
    "is the database itself; choose another file": "это сама база данных; выберите другой файл",
    "its folder {folder} does not exist": "папки {folder} не существует",
    "there is no database file to back up": "нет файла базы данных для резервного копирования",
    "backing up a {backend} database is not supported (only SQLite files and PostgreSQL)": (
        "резервное копирование базы {backend} не поддерживается (только файлы SQLite и PostgreSQL)"
    ),
    "cannot be backed up: {reason}": "не удалось скопировать: {reason}",
    "{name} was not found on PATH: install the PostgreSQL client tools, or back up the server database on the server": (
        "{name} не найден в PATH: установите клиентские утилиты PostgreSQL или сделайте копию базы на сервере"
    ),
    "{what} failed: {reason}": "{what}: ошибка: {reason}",
    "exit code {code}": "код завершения {code}",
    "cannot be written: {reason}": "не удалось записать: {reason}",
    "holds a member with an unsafe name: {name}": "содержит элемент с небезопасным именем: {name}",
    "is not a CoopDesk backup (no manifest.json)": "это не резервная копия CoopDesk (нет manifest.json)",
    "is incomplete: {member} is missing": "неполная: нет {member}",
    "is not a readable CoopDesk backup: {reason}": "нечитаемая резервная копия CoopDesk: {reason}",
    "is a backup of an unknown format (written by a newer CoopDesk?)": (
        "резервная копия неизвестного формата (сделана более новой версией CoopDesk?)"
    ),
    "names an unknown database kind {kind}": "неизвестный вид базы данных {kind}",
    "{file} is a {kind} backup; it cannot be restored into a {target} database": (
        "{file} — резервная копия {kind}; её нельзя восстановить в базу {target}"
    ),
    "the database {database} already holds data; restore with --replace to overwrite it": (
        "в базе {database} уже есть данные; чтобы перезаписать их, восстанавливайте с --replace"
    ),
    "cannot be restored: {reason}": "не удалось восстановить: {reason}",
    "its database does not open: {reason}": "её база данных не открывается: {reason}",
    "its database is damaged: {reason}": "её база данных повреждена: {reason}",
    "is not a CoopDesk backup: its manifest is not a JSON object": (
        "это не резервная копия CoopDesk: её manifest.json — не объект JSON"
    ),
    "its manifest names no schema revision": "в её manifest.json не указана ревизия схемы",
    "its manifest has no row counts (a table name and a whole number for each table)": (
        "в её manifest.json нет числа строк (имя таблицы и целое число для каждой таблицы)"
    ),
    "(a newer version)": "(более новой версии)",
    "was made by CoopDesk {version} at schema revision {revision}, which this version ({ours}) does not know; "
    "restore it with CoopDesk {version} or newer": (
        "сделана CoopDesk {version} с ревизией схемы {revision}, которой эта версия ({ours}) не знает; "
        "восстановите её в CoopDesk {version} или новее"
    ),
    "is not a file; a restore replaces only a CoopDesk database file": (
        "это не файл; восстановление заменяет только файл базы данных CoopDesk"
    ),
    "is not a CoopDesk database ({reason}); a restore does not overwrite it": (
        "это не база данных CoopDesk ({reason}); восстановление её не перезаписывает"
    ),
    "is not a CoopDesk database (it holds {tables}); a restore does not overwrite it": (
        "это не база данных CoopDesk (в ней {tables}); восстановление её не перезаписывает"
    ),
    "its database is not a CoopDesk database (no schema revision)": (
        "её база данных — не база CoopDesk (нет ревизии схемы)"
    ),
    "its database is at schema revision {found}, but its manifest says {revision}": (
        "её база данных имеет ревизию схемы {found}, а в manifest.json указана {revision}"
    ),
    "its database is not the schema that CoopDesk's migrations create at revision {revision} "
    "(+ extra, - missing, ~ changed: {differences}); it was not restored": (
        "её база данных не совпадает со схемой, которую миграции CoopDesk создают для ревизии {revision} "
        "(+ лишнее, - недостающее, ~ изменённое: {differences}); она не восстановлена"
    ),
    "its database's row counts differ from its manifest (table: rows / manifest: {tables}); it was not restored": (
        "число строк в её базе данных не совпадает с manifest.json (таблица: строк / по manifest.json: {tables}); "
        "она не восстановлена"
    ),
    "its database has rows that refer to missing rows ({tables}); it was not restored": (
        "в её базе данных есть строки со ссылками на отсутствующие строки ({tables}); она не восстановлена"
    ),
    "cannot be replaced: {reason}": "не удалось заменить: {reason}",
    "is open in another CoopDesk window or program; close it there, then restore again (nothing was changed)": (
        "открыта в другом окне CoopDesk или другой программе; закройте её там и восстановите снова (ничего не изменено)"
    ),
    # -- opening a database (models.db.SchemaRefused, coop_desk.backup.schema_refusal) ----------------
    "is not a SQLite database ({detail}); CoopDesk opens only its own database files": (
        "это не база данных SQLite ({detail}); CoopDesk открывает только свои файлы баз данных"
    ),
    "is not a CoopDesk database: it holds other tables ({tables}) and no CoopDesk schema revision; "
    "CoopDesk does not add its tables to another application's database": (
        "это не база данных CoopDesk: в ней другие таблицы ({tables}) и нет ревизии схемы CoopDesk; "
        "CoopDesk не добавляет свои таблицы в базу другой программы"
    ),
    "was written by a newer CoopDesk: its schema revision {revision} is not one that this version "
    "({version}) knows; open it with the version that wrote it, or a newer one": (
        "записана более новой версией CoopDesk: её ревизии схемы {revision} эта версия ({version}) не знает; "
        "откройте её той версией, что её записала, или более новой"
    ),
    "the schema upgrade to revision {revision} was stopped because it would leave rows that refer to "
    "missing rows ({detail}); the database stays at its previous revision": (
        "обновление схемы до ревизии {revision} остановлено: после него остались бы строки со ссылками на "
        "отсутствующие строки ({detail}); база данных осталась на прежней ревизии"
    ),
    # -- the command line (coop_desk/commands) ------------------------------------------------------
    "{path} is a file; name a folder": "{path} — файл; укажите папку",
    "{path} is a folder; name the file to write": "{path} — папка; укажите файл для записи",
    "{path} must end in .xlsx": "{path}: имя должно оканчиваться на .xlsx",
    'give points as "Criterion=points" or --points N=points': (
        'укажите баллы как "Критерий=баллы" или --points N=баллы'
    ),
    "is not a dealer field (one of: {fields})": "не является полем дилера (возможные: {fields})",
    "must be at least 1, got {value}": "должно быть не меньше 1, а не {value}",
    "must be yes or no, got {value}": "должно быть yes или no, а не {value}",
    "names the same criterion as {other}": "указывает тот же критерий, что и {other}",
    "the position must be 1–{count} (see year show)": "номер должен быть от 1 до {count} (см. year show)",
    "{database} already holds programme year(s) {years}; "
    "the demo does not touch an existing programme (use --replace to overwrite it)": (
        "в {database} уже есть программные годы {years}; "
        "демо не трогает существующую программу (чтобы перезаписать её, укажите --replace)"
    ),
    "give at least one document option (e.g. --act and --act-date)": (
        "укажите хотя бы один параметр документа (например, --act и --act-date)"
    ),
    "needs REF;reach;leads;sales[;sales_amount;comment]": "нужно REF;охват;лиды;продажи[;сумма_продаж;комментарий]",
    "sales amount: {reason}": "сумма продаж: {reason}",
    "cost: {reason}": "стоимость: {reason}",
    "dealer {code} has no draft for {year}": "у дилера {code} нет черновика на {year} год",
    "is given twice": "указано дважды",
    "is not an activity of a current draft": "не мероприятие текущего черновика",
    "month must be 1–12 or jan–dec, got {value}": "месяц должен быть от 1 до 12 или jan–dec, а не {value}",
    "needs channel;month;cost[;idea]": "нужно канал;месяц;стоимость[;идея]",
    "not in the {year} allocation": "нет в распределении {year} года",
    "say --include-all to include every activity as planned, or change some with "
    "--drop/--cost/--vendor/--placement (the others are then included as planned)": (
        "укажите --include-all, чтобы включить все мероприятия как запланировано, или измените некоторые "
        "через --drop/--cost/--vendor/--placement (остальные тогда включаются как запланировано)"
    ),
    "the activity is also dropped": "это мероприятие к тому же исключено",
    "the channel is empty": "канал не указан",
    "year {year}: the allocation is not frozen yet (try allocation whatif)": (
        "год {year}: распределение ещё не зафиксировано (попробуйте allocation whatif)"
    ),
    "no password for {name}: set {env} or run in a terminal": (
        "нет пароля для {name}: задайте {env} или запустите в терминале"
    ),
    "no password to sign in as {name}: set {env} or run in a terminal": (
        "нет пароля для входа как {name}: задайте {env} или запустите в терминале"
    ),
    "the two passwords differ; nothing was changed": "пароли не совпадают; ничего не изменено",
    # -- amounts typed by people (coop_desk/amounts.py) ---------------------------------------------
    '"{text}" is not taken: expected {expected}': "«{text}» не принято: ожидается {expected}",
    "an amount with one reading only: it could be {first} or {second}": (
        "сумма, которую можно прочитать только одним способом: здесь это может быть {first} или {second}"
    ),
    "a number with one reading only: it could be {first} or {second}": (
        "число, которое можно прочитать только одним способом: здесь это может быть {first} или {second}"
    ),
    "an amount with one reading only: it could be {first} or {second} (write {write_first} or {write_second})": (
        "сумма, которую можно прочитать только одним способом: здесь это может быть {first} или {second} "
        "(напишите {write_first} или {write_second})"
    ),
    "a number with one reading only: it could be {first} or {second} (write {write_first} or {write_second})": (
        "число, которое можно прочитать только одним способом: здесь это может быть {first} или {second} "
        "(напишите {write_first} или {write_second})"
    ),
    "a number with at most {places} decimals": "число не более чем с {places} знаками после запятой",
    "an amount in {currency}, the programme's currency (this one is in {named})": (
        "сумма в {currency}, валюте программы (здесь {named})"
    ),
    # -- a shared PostgreSQL database: its roles, db init/grant/upgrade (coop_desk/pg_roles.py) --------------
    "no password for the PostgreSQL role {role}: set {env} or run in a terminal": (
        "нет пароля роли PostgreSQL {role}: задайте {env} или запустите в терминале"
    ),
    "{what} connects as the PostgreSQL role that owns the database: give --admin-user ROLE "
    "(its password from {env} or the prompt)": (
        "{what}: нужно подключение от имени роли PostgreSQL, которой принадлежит база: укажите --admin-user РОЛЬ "
        "(пароль из {env} или по запросу)"
    ),
    "back up the database": "делать резервную копию базы",
    "restore a backup": "восстанавливать резервную копию",
    "run the demo programme": "запускать демонстрационную программу",
    "restoring a backup": "восстановление резервной копии",
    "granting privileges": "выдача прав",
    "setting up the database": "подготовка базы",
    "upgrading the schema": "обновление схемы",
    "replacing the database": "замена базы",
    "name the application role with --app-role ROLE": "укажите роль приложения: --app-role РОЛЬ",
    "no password for the new role {role}: set {env} or run in a terminal (or create it yourself)": (
        "нет пароля для новой роли {role}: задайте {env} или запустите в терминале (или создайте её сами)"
    ),
    "the database {database} has {count} user(s) already: a programme owner signs in and adds people with "
    "`coop-desk users add`": (
        "в базе {database} уже есть пользователи ({count}): владелец программы входит и добавляет людей командой "
        "`coop-desk users add`"
    ),
    "{what} is for a shared PostgreSQL database; a personal SQLite file needs no set-up (its user is its owner)": (
        "{what} — только для общей базы PostgreSQL; личному файлу SQLite подготовка не нужна (его пользователь — "
        "его владелец)"
    ),
    "cannot replace {database} as {role}: {reason}": "не удалось заменить {database} от имени {role}: {reason}",
    "PostgreSQL refused to grant the privileges: {reason}": "PostgreSQL отказал в выдаче прав: {reason}",
    "cannot connect to {database} as {role}: {reason}": "не удалось подключиться к {database} как {role}: {reason}",
    "cannot connect to {database}: {reason}": "не удалось подключиться к {database}: {reason}",
    "cannot create the role {role}: {reason}; ask the server's administrator to run CREATE ROLE {role} LOGIN "
    "PASSWORD '…', then run `coop-desk db grant` again": (
        "не удалось создать роль {role}: {reason}; попросите администратора сервера выполнить CREATE ROLE {role} "
        "LOGIN PASSWORD '…', затем снова запустите `coop-desk db grant`"
    ),
    "the database is at revision {revision}, this CoopDesk needs {head}: run `coop-desk db upgrade --admin-user "
    "ROLE` with the database owner's credentials": (
        "схема базы — ревизия {revision}, этой версии CoopDesk нужна {head}: запустите `coop-desk db upgrade "
        "--admin-user РОЛЬ` с учётными данными владельца базы"
    ),
    "the database {database} holds no CoopDesk schema yet: the PostgreSQL role that owns it sets it up with "
    "`coop-desk db init --admin-user ROLE --owner NAME`": (
        "в базе {database} ещё нет схемы CoopDesk: её создаёт роль PostgreSQL, которой принадлежит база, командой "
        "`coop-desk db init --admin-user РОЛЬ --owner ИМЯ`"
    ),
    "the database {database} is at revision {revision}, which this CoopDesk does not know (a newer CoopDesk "
    "wrote it): use that version": (
        "схема базы {database} — ревизия {revision}, неизвестная этой версии CoopDesk (её записала более новая "
        "версия): используйте ту версию"
    ),
    "there is no role {role} (or no CoopDesk schema: run `coop-desk db init` first)": (
        "роли {role} нет (или нет схемы CoopDesk: сначала запустите `coop-desk db init`)"
    ),
    "{role} does not own the database {database} (its owner is {owner}): give the owner's credentials with "
    "--admin-user": (
        "{role} не владеет базой {database} (её владелец — {owner}): укажите учётные данные владельца в --admin-user"
    ),
    "{role} is a superuser: PostgreSQL lets it do anything, so it cannot be the application role": (
        "{role} — суперпользователь: PostgreSQL разрешает ему всё, поэтому он не может быть ролью приложения"
    ),
    "{role} owns the database or its tables (or is a member of their owner): the application role must be "
    "another role": (
        "{role} владеет базой или её таблицами (или входит в роль их владельца): ролью приложения должна быть "
        "другая роль"
    ),
    # --- claim documents (issue 13) ---
    "attach claim documents": "прикреплять документы к заявкам",
    "attaching a claim document": "прикрепление документа к заявке",
    "take documents off claims": "откреплять документы от заявок",
    "taking a document off a claim": "открепление документа от заявки",
    "claim {number}: {kind} attached ({name})": "заявка {number}: прикреплён документ «{kind}» ({name})",
    "claim {number}: {kind} taken off ({name})": "заявка {number}: откреплён документ «{kind}» ({name})",
    "is {status}: documents are attached to a claim before it is decided": (
        "в статусе «{status}»: документы прикрепляют к заявке до решения по ней"
    ),
    "kind": "вид",
    "only a proof of performance carries a date; the {kind}'s date is a field of the claim": (
        "дату несёт только подтверждение выхода рекламы; дата документа «{kind}» — поле заявки"
    ),
    "proof date": "дата подтверждения",
    "there is no claim document {id}": "документа заявки {id} нет",
    "{value} is not a kind of claim document; one of: {kinds}": "{value} — не вид документа заявки; допустимо: {kinds}",
    "the file {name} is the {kind} of claim {number} of dealer {dealer}: a document can be shared only among the "
    "claims of one dealer": (
        "файл {name} — документ «{kind}» заявки {number} дилера {dealer}: общий документ возможен только "
        "у заявок одного дилера"
    ),
    "the file {name} was claimed already: duplicate of claim {number} (filed {filed_on}, there as its {kind})": (
        "файл {name} уже заявлен: дубликат заявки {number} (подана {filed_on}, там как «{kind}»)"
    ),
    "invoice": "счёт",
    "airplay certificate": "эфирная справка",
    "dated photos of the sites": "фотоотчёт по конструкциям с датами",
    "list of participants": "список участников",
    "other proof": "иное подтверждение",
    "photos in the shop": "фото в торговом зале",
    "photos of the event": "фото мероприятия",
    "platform statistics": "статистика площадки",
    "printed page": "полоса издания",
    "screenshots": "скриншоты",
    "the date of the {kind}": "дата документа «{kind}»",
    "the {kind} is dated {date}, outside the time the ad could run: from the mockup's approval ({approved_on}) "
    "to the acceptance act ({act}) (R7)": (
        "документ «{kind}» датирован {date} — вне срока, когда реклама могла выходить: от утверждения макета "
        "({approved_on}) до акта приёмки ({act}) (R7)"
    ),
    "has no {items}, which its channel requires: attach it and complete the claim, or return the claim": (
        "не содержит документа «{items}», обязательного для её канала: прикрепите его и дополните заявку "
        "или верните заявку"
    ),
    "is not a channel of the year": "— не канал этого года",
    "must be a table of channels and their proofs": "должно быть таблицей каналов и их подтверждений",
    "names {kind} twice": "«{kind}» указано дважды",
    "proofs": "подтверждения выхода рекламы",
    "{setting} ({channel})": "{setting} ({channel})",
    "{value} is not a proof of performance": "{value} — не подтверждение выхода рекламы",
    # reopening a claim decision, reversing a payment (issue 13)
    "reopen claim decisions": "пересматривать решения по заявкам",
    "reopening a claim decision": "пересмотр решения по заявке",
    "reverse payments": "сторнировать выплаты",
    "reversing a payment": "сторно выплаты",
    "claim {number} for {reference}: the decision ({status}) reopened: {reason}": (
        "заявка {number} по {reference}: решение («{status}») пересмотрено: {reason}"
    ),
    "is paid or part-paid ({payments}): a payment rests on its amount; reverse the payment first "
    "(coop-desk payment reverse ID --reason TEXT)": (
        "оплачена полностью или частично ({payments}): на её сумму опирается выплата; сначала сторнируйте "
        "выплату (coop-desk payment reverse ID --reason TEXT)"
    ),
    "is returned and still incomplete ({reason}): complete it instead (coop-desk claim complete {number})": (
        "возвращена и всё ещё не полна ({reason}): дополните её (coop-desk claim complete {number})"
    ),
    "is {status}: there is no decision to reopen": "статус «{status}»: пересматривать нечего",
    "payment {number} of {paid_on}": "выплата {number} от {paid_on}",
    "say why the decision is reopened": "укажите, почему решение пересматривается",
    "is itself the reversal of payment {original}: record the payment again instead": (
        "это само сторно выплаты {original}: вместо этого внесите выплату заново"
    ),
    "must be a payment number, got {value}": "должен быть номер выплаты, а не {value}",
    "payment": "выплата",
    "payment {number}": "выплата {number}",
    "payment {number} was reversed by somebody else at the same moment": (
        "выплату {number} в тот же момент сторнировал кто-то другой"
    ),
    "reversed on": "дата сторно",
    "reversed payment {number} of {amount} {currency} to {dealer} (paid on {paid_on}) on {day}: {reason}": (
        "сторнирована выплата {number} на {amount} {currency} дилеру {dealer} (от {paid_on}) датой {day}: {reason}"
    ),
    "say why the payment is reversed": "укажите, почему выплата сторнируется",
    "there is no payment {number}": "выплаты {number} нет",
    "was reversed already on {day} by {who} (reversal {number}): a payment is reversed once": (
        "уже сторнирована {day}, {who} (сторно {number}): выплату можно сторнировать только один раз"
    ),
    "{day} is before the payment it reverses ({paid_on})": "{day} — раньше сторнируемой выплаты ({paid_on})",
    "{day} is in Q{quarter} {year}, which is closed: a reversal counts in the quarter of its date and nothing "
    "changes a closed quarter (date it in an open quarter, or the programme owner can reopen Q{quarter})": (
        "{day} — это {quarter} кв. {year}, который закрыт: сторно учитывается в квартале своей даты, а закрытый "
        "квартал не меняется (укажите дату в открытом квартале или попросите владельца программы переоткрыть "
        "{quarter} кв.)"
    ),
    # the review desk (issue 13)
    "reopen mockup decisions": "пересматривать решения по макетам",
    "reopening a mockup decision": "пересмотр решения по макету",
    "undo mockup decisions": "отменять решения по макетам",
    "undoing a mockup decision": "отмена решения по макету",
    "claim {id} (invoice {invoice}, {status})": "заявка {id} (счёт {invoice}, {status})",
    "claims rest on it: {claims}; its decision stays as it is": (
        "на нём основаны заявки: {claims}; решение остаётся в силе"
    ),
    "is waiting for a decision: there is no decision to take back": "ждёт решения: отменять нечего",
    "mockup {number} of the same activity (id {id}) is waiting for a decision: decide it first": (
        "макет {number} того же мероприятия (id {id}) ждёт решения: сначала решите по нему"
    ),
    "was decided by {who}: only they can undo it (the programme owner can reopen it)": (
        "решение принял(а) {who}: отменить его может только он(а) (владелец программы может его пересмотреть)"
    ),
    "was decided more than {minutes} minutes ago: it can no longer be undone (the programme owner can reopen it)": (
        "решение принято больше {minutes} мин назад: отменить его уже нельзя (владелец программы может "
        "его пересмотреть)"
    ),
    "{mockup}: the decision ({status}) was reopened: {reason}": "{mockup}: решение ({status}) пересмотрено: {reason}",
    "{mockup}: the decision ({status}) was undone; it waits for a decision again": (
        "{mockup}: решение ({status}) отменено; макет снова ждёт решения"
    ),
    "in {days} day(s), on {date}": "через {days} дн., {date}",
    "today, {date}": "сегодня, {date}",
    "{days} day(s) ago, on {date}": "{days} дн. назад, {date}",
    "Drafts due {when}: {count} dealer(s) sent none: {dealers}": (
        "Черновики — срок {when}: не прислали дилеров: {count}: {dealers}"
    ),
    "{count} mockup(s) waiting for review since {date}": "Макетов ждут проверки с {date}: {count}",
    "Claims of Q{quarter} due by {date}: {count} submitted or returned": (
        "Заявки за {quarter} кв. — срок до {date}: подано или возвращено: {count}"
    ),
    "Q{quarter}: its filing deadline {date} has passed; close the quarter": (
        "{quarter} кв.: срок подачи {date} прошёл; закройте квартал"
    ),
    "Move to {stage} due {date}; missing: {missing}": "Переход к этапу «{stage}» — {date}; не хватает: {missing}",
    "Move to {stage} due {date}: ready": "Переход к этапу «{stage}» — {date}: всё готово",
    # coop_desk/connection_errors.py: a database server that cannot be used, in one sentence
    "Cannot reach the server {server} — is it running?": "Не удаётся связаться с сервером {server} — он запущен?",
    "There is no server named {host} — is the address right?": "Сервер {host} не найден — адрес указан верно?",
    "The server {server} refused the user name or password of {user}.": (
        "Сервер {server} не принял имя пользователя или пароль {user}."
    ),
    "The server {server} asks for the password of {user}.": "Сервер {server} требует пароль пользователя {user}.",
    "The server {server} has no database {database}.": "На сервере {server} нет базы данных {database}.",
    "The server {server} does not let {user} connect from here.": (
        "Сервер {server} не разрешает пользователю {user} подключаться с этого компьютера."
    ),
    "Cannot connect to the server {server}: {reason}": "Не удаётся подключиться к серверу {server}: {reason}",
    # dealers: deactivating and reactivating (issue 14.2)
    "deactivate dealers": "деактивировать дилеров",
    "reactivate dealers": "возвращать дилеров в работу",
    "claim {id} ({status}, {year} Q{quarter})": "заявка {id} ({status}, {quarter} кв. {year})",
    "deactivated dealer {code}": "дилер {code} деактивирован",
    "reactivated dealer {code}": "дилер {code} возвращён в работу",
    "is active already": "уже активен",
    "is inactive already": "уже неактивен",
    "channel_names": "названия каналов",
    "must be a table of channels and their Russian and English names": (
        "должно быть таблицей каналов с русскими и английскими названиями"
    ),
    "needs a Russian and an English name": "нужно русское и английское название",
    "a name is at most 120 characters": "название не длиннее 120 символов",
    "{name} already names the channel {other}": "«{name}» уже называет канал {other}",
    # dealer requisites (coop_desk.rules_requisites)
    "INN": "ИНН",
    "KPP": "КПП",
    "OGRN": "ОГРН",
    "legal address": "юридический адрес",
    "bank": "банк",
    "BIC": "БИК",
    "settlement account": "расчётный счёт",
    "correspondent account": "корреспондентский счёт",
    "must be 10 digits (a company) or 12 (an individual entrepreneur), got {value}": (
        "нужно 10 цифр (организация) или 12 (ИП), введено {value}"
    ),
    "{value}: the check digits do not match; mistyped?": "{value}: не сходятся контрольные цифры; опечатка?",
    "must be 9 characters (e.g. 773601001), got {value}": ("нужно 9 знаков (например, 773601001), введено {value}"),
    "only a company has a KPP: it needs a 10-digit INN": "КПП бывает только у организации: нужен ИНН из 10 цифр",
    "must be 13 digits (OGRN) or 15 (OGRNIP), got {value}": ("нужно 13 цифр (ОГРН) или 15 (ОГРНИП), введено {value}"),
    "{value}: the check digit does not match; mistyped?": "{value}: не сходится контрольная цифра; опечатка?",
    "a 10-digit INN goes with a 13-digit OGRN, a 12-digit INN with a 15-digit OGRNIP": (
        "к ИНН из 10 цифр относится ОГРН из 13 цифр, к ИНН из 12 цифр — ОГРНИП из 15 цифр"
    ),
    "must be 9 digits, got {value}": "нужно 9 цифр, введено {value}",
    "must be 20 digits, got {value}": "нужно 20 цифр, введено {value}",
    "a correspondent account starts with 301, got {value}": "корреспондентский счёт начинается с 301, введено {value}",
    "needs the bank's BIC to be checked": "для проверки нужен БИК банка",
    "{value} does not match the BIC {bic} (control key); mistyped?": (
        "{value} не сходится с БИК {bic} (контрольный ключ); опечатка?"
    ),
    "is given twice (as an option and as FIELD=VALUE)": "указано дважды (параметром и как ПОЛЕ=ЗНАЧЕНИЕ)",
    "give FIELD=VALUE or a requisite option (--inn, --bic, …)": "укажите ПОЛЕ=ЗНАЧЕНИЕ или реквизит (--inn, --bic, …)",
    # criterion names (issue 14.5)
    "criterion_names": "названия критериев",
    "{setting} ({criterion})": "{setting} ({criterion})",
    "must be a table of criteria and their Russian and English names": (
        "должно быть таблицей критериев с русскими и английскими названиями"
    ),
    "is not a scoring criterion of the year": "— не критерий оценки этого года",
    "a name is at most 200 characters": "название не длиннее 200 символов",
    "{name} already names the criterion {other}": "«{name}» уже называет критерий {other}",
    "rename the scoring criteria": "переименовывать критерии оценки",
    "renamed scoring criteria of {year}: {criteria}": "переименованы критерии оценки {year}: {criteria}",
}
