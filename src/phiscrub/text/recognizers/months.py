"""The month names a date of birth is written with: English (``calendar``), Welsh and Irish.

``MONTH_NUMBER`` maps each lower-case name and abbreviation to its month's number; ``FULL_MONTHS`` is the English
full names' alternation (a full name takes no full stop: the stop ends the sentence).
"""

from __future__ import annotations

import calendar

# Month names from ``calendar`` (the C locale's unless ``locale.setlocale`` ran), and "Sept", the UK one it lacks
MONTH_NUMBER = {
    **{calendar.month_name[i].lower(): i for i in range(1, 13)},
    **{calendar.month_abbr[i].lower(): i for i in range(1, 13)},
    "sept": 9,
}
# Welsh month names (NHS Wales forms and bilingual posts: "ganwyd 3 Mawrth 1950")
MONTH_NUMBER.update({m: i + 1 for i, m in enumerate(
    "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr".split())})
# Irish month names (HSE bilingual forms, Irish-language posts: "born on 28 Samhain 2026"; "_" joins a two-word name)
MONTH_NUMBER.update({m.replace("_", " "): i + 1 for i, m in enumerate(
    "eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa meán_fómhair deireadh_fómhair samhain nollaig".split())})
FULL_MONTHS = "|".join(calendar.month_name[i].lower() for i in range(12, 0, -1))
