"""House names: whether the words before a numbered street ("Hillcrest, 4 Manse Brae") name the house or a person
("Mr Ivor Rowse, 18 Passage Lane", "DANIEL J FORSYTHE, 11 Mercer Row"). Read by ``street_address`` and
``house_name_address``.
"""

from __future__ import annotations

import regex as re

# Welsh house-name elements ("Tŷ Gwyn", "Bryn Awel", "Pen y Bryn", "Llys Onnen") and Gaelic "Taigh": a name
# opening on one is a house even when its words are also first names. Source: common elements of Welsh
# house and farm names (Welsh Language Commissioner, place-name standardisation guidance).
HOUSE_ELEMENTS = frozenset("tŷ ty bryn pen llys hafod maes cae bron glan nant coed plas bod tan min gwel ael erw fron "
                            "dol ddol cwm rhos pant taigh tigh chy".split())  # Cornish "chy" (house): "Chy an Mor"
TITLES = frozenset("mr mrs ms miss mx dr prof sir dame lady lord rev revd".split())
BUILDING_WORDS = re.compile(
    r"(?:cottage|house|farm|lodge|barn|villa|hall|manor|mill|croft|bungalow|cottages|farmhouse|grange|rectory"
    r"|vicarage|home|court|mansions|flats|towers?|residence|manse"
    # words that end a street's name, ending a name before a numbered street: a house's ("Atlantic View, 2 …")
    r"|view|views|rise|heights|haven|mount|vale|lea|garth|mead|dene|end|knowe|brae|glade|bank)\Z", re.IGNORECASE)


def first_or_initial(words, w: str) -> bool:
    """An initial ("J", "J.") or a first name of the gazetteer: before a word, that word is a surname."""
    return len(w.rstrip(".")) == 1 or words is None or words.is_first_name(w)


def person_like(words, name: str) -> bool:
    """"Mr Ivor Rowse", "Joan Smith", "Joan": a person's name, kept whole as the PERSON it is (a quoted nickname
    first too: "'Paddy' Patrick McGinley")."""
    parts = _unquoted_parts(name)
    if parts[0].rstrip(".").lower() in TITLES or words is None:
        return True
    return words.is_first_name(parts[0]) and (len(parts) == 1 or _surname(words, parts[-1]))


def _unquoted_parts(name: str) -> list:
    """The words of ``name`` without quotes: "'Paddy' Patrick McGinley" opens on a quoted nickname."""
    return [p.strip("'\"‘’“”") for p in name.split()]


def _surname(words, word: str) -> bool:
    """A name of the lists, or a double-barrelled one of them: "Entwistle-Barnes", or a Gaelic patronymic's
    ("NicIllFhinnein", "MacAoidh": son or daughter of)."""
    return words.is_name(word) or all(words.is_name(p) for p in word.split("-")) or _PATRONYMIC.match(word) is not None


_PATRONYMIC = re.compile(r"(?:Mac|Nic|Mhic)\p{Lu}\p{Ll}")


def is_house_name(words, name: str) -> bool:
    """"Rowan Lodge Care Home" (a building word last), "The Old Forge", "Pen y Bryn" (a Welsh house-name
    element first), "Hillcrest" (one coined word); never "Joan", "Joan Smith", "Exeter" or "Newton Abbot"
    (``words``: the shared word lists; without them only the first three shapes count)."""
    parts = _unquoted_parts(name)
    if parts[0].rstrip(".").lower() in TITLES:
        return False  # "Mr Ivor Rowse, 18 Passage Lane": the person, then the address
    if BUILDING_WORDS.search(name) or parts[0] == "The" or parts[0].lower() in HOUSE_ELEMENTS:
        return True
    if words is None:
        return False
    if len(parts) > 1:  # a double-barrelled surname of names is a person's too: "Dorothy Entwistle-Barnes"
        person = words.is_first_name(parts[0]) and _surname(words, parts[-1])
        return not (person or words.is_place(name) or all(words.is_common(w) for w in parts))
    return not (words.is_first_name(name) or words.is_surname(name) or words.is_place(name) or words.is_common(name))
