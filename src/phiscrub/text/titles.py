"""A quoted title: a song's, film's or book's name in quotes after a word for singing, playing, a song or a film
('playing "Tom Hark"', 'the words to "Daisy Bell"', 'we all murdered "Sweet Caroline"', 'sang "You'll Never Walk
Alone"', "a worn copy of 'Sweet Caroline'", "one of our patients gave us 'Danny Boy'"). Its words are neither a person (``person.things``) nor a place
(``mentions.place``). A quoted nickname has no such word before it ('Reg "Nan" Bradford', 'calls himself "Ghost"').
Source: NHS social-media posts (singalongs, ward DJs, dementia cafés, karaoke).
"""

from __future__ import annotations

import regex as re

# a quoted title after a word for singing, playing, a song or a film: "playing "Tom Hark"", "the words to "Daisy
# Bell"", "we all murdered "Sweet Caroline""; a quoted nickname has none ('Reg "Nan" Bradford', 'calls himself "Ghost"')
TITLE_BEFORE = re.compile(r"\b(?i:play(?:s|ed|ing)?|sang|sing(?:s|ing)?|song|songs|tune|hymn|carol|anthem|karaoke|"
                          r"words?[ \t]+(?:to|of)|lyrics|danc(?:e|ed|ing)[ \t]+to|listen(?:s|ed|ing)?[ \t]+to|album|single|"
                          r"track|film|movie|musical|poem|book|novel|rendition[ \t]+of|murder(?:ed|ing)?|belt(?:ed|ing)?[ \t]+out|"
                          r"request(?:s|ed)?|cop(?:y|ies)[ \t]+of|cover[ \t]+of|version[ \t]+of|records?|"
                          r"(?:gave|give|gives|giving)[ \t]+us|treated[ \t]+us[ \t]+to)(?:[ \t]+(?:\w+)){0,3}[ \t]+[\"“‘'](?:\p{Lu}[\w'’-]*[ \t]+){0,3}\Z")
TITLE_CLOSES = re.compile(r"[^\"”’'\n]{0,30}[\"”’']")


def quoted_title(before: str, after: str) -> bool:
    """Whether a span with ``before`` and ``after`` around it lies inside a quoted title (the capitalised words
    of the title before the span are allowed: "murdered "Sweet | Caroline"")."""
    return TITLE_BEFORE.search(before) is not None and TITLE_CLOSES.match(after) is not None
