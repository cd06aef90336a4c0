"""STREET_ADDRESS: a house number or house name + street name + street type; flats.

Rule: "14 Station Road", "22a Fore St", "6 quay court", "Flat 2, 118 Station
Road", "Flat 6 Quay Court", "Rose Cottage, Mill Lane", "14 Stonegate"; one to
three street-name words, any case, ending in a street type (Road, Street,
Lane, Close, Way, Avenue, Court, Grove, View, Hill, Crescent, Drive,
Terrace, Gardens …). Source: Royal Mail PAF thoroughfare descriptors and
BS 7666 street naming.
Avoids: a street with no number or house ("Station Road" alone is a
quasi-identifier), road numbers ("the A38"), durations and measures that
happen to precede a street-type word ("40 minute drive", "3 hours down the
lane": the first street word is never one of those or a spaCy stop word, taken
from ``resources`` when the recognizer is built), "Derriford Road roundabout"
(no number).
"""

from functools import lru_cache
from typing import FrozenSet, List, Sequence

from phiscrub.resources import stop_words
from phiscrub.text.recognizers.base import Pattern, PhiRecognizer

_TYPES = (
    r"road|rd|street|st|lane|ln|close|cl|way|avenue|ave|av|court|ct|grove|gr|view|hill|crescent|cres"
    r"|drive|terrace|terr|tce|gardens|gdns|garden|place|pl|square|sq|park|parade|mews|rise|row|walk"
    r"|green|meadows?|fields?|croft|mount|vale|villas|wharf|quay|yard|hollow|heights|boulevard|approach"
    r"|parkway|promenade|esplanade|bank|brow|chase|circus|dale|end|gate|glade|lea|path|wynd|brae|loan"
    r"|heol|ffordd|stryd|cottages|buildings|estate|wood|orchard|precinct"
)
# Words that precede a street type in prose but never name a street; spaCy's stop words are
# added when the recognizer is built (``street_patterns``), so importing this module reads no file.
_NOT_STREET_WORDS = (
    r"minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|months?|years?|yrs?|miles?|mph|km|metres?|meters?"
    r"|times?|units?|patients?|people|calls?|jobs?|shifts?|nights?|beds?|bays?|wards?|more|less|the|a|an|and|or"
    r"|of|to|in|on|at|by|for|from|with|into|up|down|off|over|very|so|too|just|only|our|my|his|her|their|your|its"
    r"|this|that|these|those|is|was|were|are|be|been|mg|ml|mcg|litres?|doses?|tablets?|steps?|laps?|k|car|cars"
    r"|take|takes|took|taking|make|made|get|got|go|goes|went|come|came|let|pm|am|x"
)
_STOP_WORDS_HERE = "(?#stop words)"  # a regex comment: the patterns are valid before it is filled
_NOT_STREET = rf"(?:{_NOT_STREET_WORDS}{_STOP_WORDS_HERE})"
# A number after these words is a level, bed or count, not a house number.
_NOT_HOUSE = r"(?<!\b(?:level|floor|ward|bay|bed|room|band|step|page|item|table|no|number|gate|platform|junction|exit|theatre|clinic|pod|zone|area|block|car|cars|x)\.?\s)"
_WORD = rf"(?!{_NOT_STREET}\b)[A-Za-z][A-Za-z'’.-]*"
_NEXT_WORD = r"(?!(?:the|a|an|and|or|of|to|in|on|at|by|for|from|with|is|was|will|be)\b)[A-Za-z][A-Za-z'’.-]*"
_HOUSE_NO = r"\d{1,4}[A-Za-z]?(?:\s?-\s?\d{1,4}[A-Za-z]?)?"
_BUILDING = r"(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s(?:house|court|lodge|mansions|tower|point|heights|building|buildings|block|place|view|apartments)"
_FLAT = rf"(?:flat|apartment|apt|unit|room)\s*\d{{1,4}}[A-Za-z]?(?:/\d{{1,3}})?,?\s+(?:{_BUILDING},?\s+)?"
_HOUSE_NAME = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:Cottage|House|Farm|Lodge|Barn|Villa|Hall|Manor|Mill|Croft|Bungalow|Cottages|Farmhouse|Grange|Rectory|Vicarage)"
_STREET = rf"{_WORD}(?:\s+{_NEXT_WORD}){{0,2}}\s+(?:{_TYPES})\b\.?"
# After a house name the street is written in capitals: "Ivy Cottage, Back Lane" (where "Back" is a stop word).
_CAP_STREET = rf"(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{0,2}})\s+(?i:{_TYPES})\b\.?"


class StreetAddressRecognizer(PhiRecognizer):
    ENTITY = "STREET_ADDRESS"
    PREFILTER = r"\d|cottage|house|farm|lodge|barn|villa|hall|manor|mill|croft|bungalow|grange|rectory|vicarage"
    PATTERNS = [
        Pattern(
            "number + street",
            rf"(?<![\w/.:£$-]){_NOT_HOUSE}(?P<id>(?:{_FLAT})?{_HOUSE_NO},?\s+{_STREET})",
            0.6,
        ),
        Pattern("flat + street", rf"(?<![\w])(?P<id>{_FLAT}{_STREET})", 0.6),
        Pattern(
            "number + Welsh or French-order street",
            rf"(?<![\w/.:£$-]){_NOT_HOUSE}(?P<id>{_HOUSE_NO},?\s+(?:heol|ffordd|stryd|lôn|lon|rhodfa|cilgant|maes|parc)\s+(?:y\s+|yr\s+)?{_WORD}(?:\s+(?-i:[A-Z])[\w'’-]+)?)",
            0.6,
        ),
        Pattern(
            "house name + street",
            rf"(?<![\w])(?P<id>(?-i:{_HOUSE_NAME}),?\s+(?:{_STREET}|{_CAP_STREET}))",
            0.6,
        ),
        Pattern(
            "number + one-word street",
            r"(?<![\w/.:£$-])(?P<id>\d{1,4}[A-Za-z]?\s+(?-i:[A-Z][a-z]+(?:gate|way|hay|side|field|gardens|street|lane)))(?![\w])",
            0.5,
        ),
    ]
    CONTEXT = [r"lives?\s+(?:at|on)", r"address", r"home", r"house", r"property", r"outside", r"flat", r"attended"]
    CONTEXT_BEFORE = 30
    CONTEXT_BOOST = 0.2


    def __init__(self, resources=None, **kwargs):
        words = resources.stop_words if resources is not None else stop_words()
        kwargs.setdefault("patterns", with_stop_words(self.PATTERNS, frozenset(words)))
        super().__init__(resources, **kwargs)


def with_stop_words(patterns: Sequence[Pattern], words: FrozenSet[str]) -> List[Pattern]:
    """``patterns`` with ``words`` added to the words that never start a street name."""
    fill = _stop_word_alternation(words)
    return [Pattern(p.name, p.regex.replace(_STOP_WORDS_HERE, fill), p.score) for p in patterns]


@lru_cache(maxsize=4)
def _stop_word_alternation(words: FrozenSet[str]) -> str:
    return "".join("|" + w for w in sorted((w for w in words if w.isalpha()), key=lambda w: (-len(w), w)))
