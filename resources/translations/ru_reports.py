"""Russian for the sentences the reports make (``coop_desk.text.Text`` templates), keyed by the English template.

Placeholders (``{name}``) must stay exactly as in the template; build.py fills these into coopdesk_ru.ts
(context "Service").
"""

RU: dict[str, str] = {}
