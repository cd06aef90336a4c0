"""PERSON cue vocabularies, context patterns and the cue-rule table.

Data for ``person.py``: which words introduce a name ("Mrs", "my grandad",
"thanks to", "Patient:"), which context makes a capitalised word a place or a
thing ("St Luke's", "Alma Road", "near Bude"), and the tokeniser for names.
A new cue is one row in ``CUE_RULES``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

TITLES = (
    r"mr|mrs|ms|miss|mx|dr|doctor|prof|professor|sister|sr|nurse|matron|rev|revd|reverend|father|fr"
    r"|sir|dame|lady|lord|capt|captain|cllr|councillor|auntie|aunty|aunt|uncle|nanna|nana|nan|grandma"
    r"|granny|grandad|grandpa|gran|nanny|grampy|gramps|granda|nain|taid|bampy|mamgu|master|pc|sgt|sergeant"
    r"|dc|insp|inspector|paramedic|midwife|porter|hca|clerk"
)
# Capitalised relation words used like titles in notes: "Daughter Alison:", "Dad (Ken Marsh"
CAP_RELATIONS = r"(?-i:Daughter|Son|Husband|Wife|Partner|Mum|Mother|Dad|Father|Brother|Sister|Niece|Nephew|Grandson|Granddaughter|Carer|Neighbour|Friend|NOK|Next of kin)"
# Honorifics that are followed by a name even in lower-case chat ("mr hughes", "dr okafor");
# other titles ("Sister", "Nurse", "Porter") take a capitalised name only.
HONORIFICS = r"mr|mrs|ms|miss|mx|dr|mstr"
RELATIONS = (
    r"grand(?:ad|dad|pa|father|ma|mother|son|daughter|child)|nan(?:na|a)?|granny|gran|mum|mom|mam|mummy|mother"
    r"|dad|daddy|father|son|daughter|husband|hubby|wife|missus|partner|brother|sister|uncle|aunt|auntie|aunty"
    r"|cousin|nephew|niece|friend|neighbour|neighbor|boyfriend|girlfriend|fianc[eé]e?|step(?:dad|mum|son|daughter)"
    r"|carer|baby|little\s+one|lad|colleague|crewmate|mate|bestie|patient|pt|lady|gentleman|gent|man|woman"
    r"|boy|girl|twins?|kids?|children|child|parents?"
)
NAMING = (
    r"called|named|name\s+is|name'?s|known\s+as|aka|pt\s+is|patient\s+is|this\s+is|meet|say\s+hello\s+to"
    r"|welcome|welcoming|introducing|goes\s+by|pt|patient|mr\.?\s*&\s*mrs|and\s+wife|and\s+husband"
    r"|name\s+of|hi|hiya|hey|hello|dear|morning|evening|afternoon|oi|ta|cc|ask|asked|tell|told|paging"
    r"|bleep|bleeped|page|paged|ring|rang|call|called|phone|phoned|text|texted|message|messaged"
)
# Closings at the end of a message, then the sender's name on the next line.
SIGN_OFF = (
    r"thanks|thank\s+you|many\s+thanks|best(?:\s+wishes)?|regards|kind\s+regards|warm\s+regards|best\s+regards"
    r"|cheers|love|lots\s+of\s+love|ta|diolch|yours(?:\s+(?:sincerely|faithfully|truly))?|speak\s+soon|x+|sent\s+by"
)
# Words after a capitalised candidate that make it a place, team or thing, not a person.
PLACE_AFTER = {
    "ward", "wards", "unit", "hospital", "hospitals", "hospice", "street", "road", "lane", "park", "lakes", "lake",
    "practice", "surgery", "crew", "team", "station", "centre", "center", "house", "school", "church", "court",
    "building", "wing", "suite", "theatre", "theatres", "clinic", "trust", "university", "college", "avenue",
    "close", "drive", "way", "hill", "bay", "beach", "village", "estate", "green", "square", "place", "bridge",
    "medical", "health", "healthcare", "care", "nhs", "day", "award", "awards", "foundation", "fund", "appeal",
    "syndrome", "disease", "scale", "score", "ambulance", "air", "fire", "police", "building", "block", "tower",
    "retail", "shopping", "leisure", "sports", "football", "rugby", "cricket", "golf", "club", "arms", "inn",
    "group", "rescue", "services", "service", "association", "charity", "society", "partnership", "network",
    "alliance", "council", "department", "dept", "ltd", "limited", "plc", "company", "practice", "pharmacy",
    "rd", "st", "ave", "crescent", "terrace", "gardens", "grove", "mews", "parade", "row", "walk", "rise",
    "hall", "centre", "library", "museum", "market", "airport", "harbour", "quay", "cross", "moor", "valley",
    "area", "region", "coast", "peninsula", "forest", "river", "island", "isle", "county", "borough", "city",
    "town", "united", "rovers", "wanderers", "athletic", "albion", "fc", "rfc",
}
THANKS = (
    r"thanks?(?:\s+you)?(?:\s+so\s+much)?(?:\s+to)?|thankyou|ty|shout\s*-?\s*outs?\s+to|shout\s*-?\s*outs?\s+for|cheers"
    r"|kudos\s+to|well\s+done(?:\s+to)?|congrats(?:\s+to)?|congratulations(?:\s+to)?|big\s+up|hats\s+off\s+to"
    r"|goodbye\s+to|farewell\s+to|happy\s+(?:\d+(?:st|nd|rd|th)\s+)?birthday(?:\s+to)?|happy\s+retirement(?:\s+to)?|rip|in\s+memory\s+of"
    r"|love\s+to|thoughts\s+(?:are\s+)?with|praying\s+for|looked\s+after\s+by|cared\s+for\s+by|with|by|from|and|&"
)
FIELDS = (
    r"(?:patient|pt|client|resident|service\s+user)(?:'?s)?\s+name|full\s+name|name|surname|last\s+name|family\s+name"
    r"|forenames?|first\s+name|given\s+names?|christian\s+name|patient|pt|nok|next\s+of\s+kin|carer|contact"
    r"|mother|father|husband|wife|son|daughter|gp|consultant|named\s+nurse|from|to|attn|dear"
)
ADDRESSING = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?–—-][ \t])|(?<=\b(?:omg|hi|hey|hiya|oi|sorry|morning|evening|ok|okay|right|so|guys|urgent|pls|please|also|and|but|then)[ \t,]))[ \t]*@?(?P<name>[^\W\d_][\w'’\-]*)[ \t]*(?:,|-|:)?[ \t]+(?=(?:can|could|would|will|u|ur|pls|please|plz|are|r|have|did|do|you|your|when|where|if|any|just|thank|thanks|ty|sorry|hope|i|im|i'm|let|remember|dont|don't|need|x)\b)",
    re.IGNORECASE,
)
NAME_AGE = re.compile(
    r"[ \t]*[,(–-]?[ \t]*(?:\(?(?<!\d)\d{1,3}[ \t]?(?:m|f|yo|y/o|yrs?|years?\s+old)\b|aged\s+\d{1,3}\b"
    r"|(?:dob|d\.o\.b\.?|nhs\s*(?:no|number)?|hosp(?:ital)?\s*no|mrn|born)\b"
    r"|,[ \t]*\d{1,3}[ \t]*(?=,|\)|;|$)|\([ \t]*\d{1,2}[ \t]*\))",
    re.IGNORECASE,
)
GAP = re.compile(r"[ \t]+")
LIST_SEP = re.compile(r"[ \t]*(?:,|&|\+|/|\band\b|\bn\b)[ \t]*(?:\band\b[ \t]*)?", re.IGNORECASE)
LIST_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’\-]*)(?:[ \t]*(?:,|&|\+|/)[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$", re.IGNORECASE)
RELATION_WORD = re.compile(rf"(?:{RELATIONS})s?", re.IGNORECASE)
TITLE_WORD = re.compile(rf"(?:{TITLES})", re.IGNORECASE)
SAINT_BEFORE = re.compile(r"(?:\bst\.?|\bsaint)\s*$", re.IGNORECASE)
SAINT_START = re.compile(r"(?:st\.?|saint)\s", re.IGNORECASE)
LABEL_COLON = re.compile(r"[ \t]*:(?!\))")
NEXT_WORD = re.compile(r"(?:'s|’s)?[ \t]+([A-Za-z]+)")
CAMEL_HEAD = re.compile(r"[A-Za-z][a-z'’-]*")
POSSESSIVE = re.compile(r"(?:['’]s?)$")
IMPERATIVE_NEXT = re.compile(r"[ \t]+(?:you|your|yours|yourself|i|we|it|this|that|the|a|an)\b", re.IGNORECASE)
PREV_WORD = re.compile(r"([A-Za-z]+)[ \t]+$")
CONDITION_NEXT = re.compile(r"[\s'’s]*([a-z]+)")
WORDS = re.compile(r"(?<![\w])[^\W\d_][\w'’\-]*")
CONTRACTION = re.compile(r"['’](?:t|ve|m|re|ll|d)$")
TOKEN = re.compile(r"(?-i:[A-Z]\.){2,4}|[^\W\d_](?:[\w'’\-]*[^\W\d_])?\.?")
INITIALS = re.compile(r"(?:[A-Z]\.)+")
ROTA = re.compile(
    r"\b(?P<name>[^\W\d_][\w'’-]*)[ \t]+(?:is[ \t]+|will[ \t]+be[ \t]+|'s[ \t]+)?"
    r"(?:in[ \t]+charge|on[ \t]+(?:the[ \t]+)?(?:floor|bays?|breaks?|obs|meds|drugs|drug[ \t]+round|resus|majors|minors"
    r"|triage|the[ \t]+desk|desk|nights|lates|earlies|long[ \t]+days?|bleep|call|scrub|theatre)|coordinating|co-?ordinating)\b",
    re.IGNORECASE,
)
POSSESSIVE_RELATION = re.compile(
    rf"(?<![\w@#'’])(?P<name>[A-Z][a-z][\w'’-]*)['’]s[ \t]+(?:(?:late|little|lovely|new|baby)[ \t]+)?"
    rf"(?:family|{RELATIONS})s?\b"
)
NICKNAME = re.compile(r"[ \t]*[(\[][ \t]*['\"‘“]?(?P<nick>[A-Z][a-z]+)['\"’”]?[ \t]*[)\]]")
INITIAL_SURNAME = re.compile(r"(?<![\w.@#])(?:[A-Z]\.[ \t]?){1,3}[ \t]*(?P<surname>[A-Z][a-z][\w'’\-]*)")
BREAK_BEFORE = re.compile(r"(?:^|[.!?:;\n\"“(…—–]|\s-)\s*$")
# spaCy's small model labels many lone first names ORG, so ORG does not block a name.
# Other labels are as often wrong on names (WORK_OF_ART, NORP) and never block.
NON_PERSON_LABELS = {"GPE", "LOC", "FAC"}
LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:near|in|at|into|towards?|outside|via|around|through|past|nr|ysbyty|hospital)\s+(?:the\s+)?)$", re.IGNORECASE
)
NAMED_THING_BEFORE = re.compile(r"(?:\b(?:the|royal|storm|ysbyty|hurricane|hms|rnli|operation|project|team)\s+)$", re.IGNORECASE)
VERSUS = re.compile(r"[A-Z][\w'’-]*[ \t]+v(?:s)?\.?[ \t]+$")
VERSUS_INSIDE = re.compile(r"[ \t]v(?:s)?\.?[ \t]")
VERSUS_AFTER = re.compile(r"[ \t]+v(?:s)?\.?[ \t]+[A-Z]")
HANDLE = re.compile(r"[#@][\w]+")
LAST_LINE = re.compile(r"(?:\n|[.!?][ \t]{2,})[ \t]*(?=[^\W\d_][^\n]{0,40}\s*$)")
POSTCODE_AFTER = re.compile(r"[ \t]*,?[ \t]*[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b", re.IGNORECASE)
STREET_BEFORE = re.compile(
    r"\b(?:road|rd|street|st|lane|close|way|avenue|court|grove|view|hill|crescent|drive|terrace|gardens|place"
    r"|square|park|parade|mews|rise|row|walk|green|bank|cottage|house|farm)\.?\s*,\s*$",
    re.IGNORECASE,
)
CONDITION_WORDS = {"syndrome", "disease", "palsy", "fracture", "scale", "score", "sign", "test", "lymphoma", "dementia", "chorea", "phenomenon", "cyst", "ulcer"}


@dataclass(frozen=True)
class CueRule:
    """A cue after which a name follows: the scan starts where ``cue`` ends.

    ``lower``: names may be written in lower case here; ``strong``: the cue is
    sure enough that any capitalised (or, with ``lower``, noun-like) word is
    taken; ``as_list``: "Priya, Sam and Jo" all count; ``trusted``: the cue
    outranks place and thing context (a title before "Chester" makes a person).
    """

    name: str
    cue: "re.Pattern"
    score: float
    lower: bool = False
    strong: bool = False
    as_list: bool = False
    trusted: bool = False


CUE = r"[ \t]*[:,-]?[ \t]+(?=\S)"
TRUSTED_RULES = {"title", "field"}
CUE_RULES = (
    CueRule("title", re.compile(rf"\b(?<![@#])(?:{TITLES})\.?\s+(?=\S)", re.IGNORECASE), 0.85, strong=True, trusted=True),
    CueRule("title", re.compile(rf"\b(?<![@#])(?:{HONORIFICS})\.?[ \t]+(?=\S)", re.IGNORECASE), 0.85,
            lower=True, strong=True, trusted=True),
    CueRule("field", re.compile(rf"\b(?<![@#])(?:{FIELDS})[ \t]*[:=][ \t]*(?=\S)", re.IGNORECASE), 0.85,
            lower=True, strong=True, trusted=True),
    CueRule("relation", re.compile(
        rf"\b(?<![@#])(?:my|our|his|her|their|your|the|a|pt'?s|patient'?s|whose|nok|next\s+of\s+kin:?|nok:)\s+"
        rf"(?:(?:late|dear|lovely|beloved|little|elderly|old|new|best|big|baby|younger|older|eldest|youngest)\s+)?"
        rf"(?:great-?)*(?:{RELATIONS})s?[ \t]*,?[ \t]+(?=\S)", re.IGNORECASE), 0.75, lower=True, strong=True, as_list=True),
    CueRule("relation", re.compile(rf"\b(?<![@#]){CAP_RELATIONS}[ \t]*[(:,-]?[ \t]*(?=[A-Z])"), 0.7),
    CueRule("naming", re.compile(rf"\b(?<![@#])(?:{NAMING}){CUE}", re.IGNORECASE), 0.7, lower=True, as_list=True),
    CueRule("thanks", re.compile(rf"(?<![\w@#])(?:{THANKS})[ \t]*[,:]?[ \t]+(?=\S)", re.IGNORECASE), 0.6, as_list=True),
    CueRule("sign-off", re.compile(rf"(?<![\w@#])(?:{SIGN_OFF})[ \t]*[,!.]?[ \t]*\n\s*(?=\S)", re.IGNORECASE), 0.7),
    CueRule("last-line", LAST_LINE, 0.55),
)
