"""A name that names a thing: "Vera Lynn records", "Peppa Pig stickers", "a Chelsea keyring", "a Thomas splint";
"Young Carers Action Day", "Baby Loss Awareness Week"; "a Colin the Caterpillar", "Thomas the Tank Engine"; a quoted
title after a word for singing, playing or a film ('playing "Tom Hark"').

Rule: a name-like span right before a lower-case word of ``thing_after`` (recognizers/person.yaml: songs and
records, a character's merchandise, a device named after its inventor) is the thing's name, not a person's.
So is a span opening a run of two or more capitalised words that ends on a day, week, fortnight or month: the
name of an awareness or action day (NHS England and charity awareness calendars).
A first name, "the" and a capitalised ordinary word after "a", or two or more such words, name a character or a
product ("a Colin the Caterpillar" cake, "Thomas the Tank Engine"), not a job ("Mary the Ward Clerk").
A name given to an animal is a pet's, not a person's: right after an animal word ("a collie called Bill", "her cat
Marley", "a goose named Gertrude") or before one ("Bella the Labrador", "Percy, our new resident tortoise").
A span right before a capitalised "Night" names the night ("Burns Night", "Bonfire Night").
Source: NHS social-media posts (singalongs, children's wards, equipment, awareness days, therapy animals and
patients' pets). Avoids: a possessive
("Gran's cake" is hers: the check reads the word right after the span, and "'s" is a person's), a capitalised
next word; "Priya Day" (one word after the name is a surname, not an event's name).
"""

from __future__ import annotations

import regex as re

from phiscrub.text.person.around import Around
from phiscrub.text.person.context import Context
from phiscrub.text.recognizers.spoken import DIGIT_WORD
from phiscrub.text.titles import quoted_title

NEXT_LOWER = re.compile(r"[ \t]([a-z][a-z-]*)\b")
# pets and therapy animals, the kinds and breeds UK posts name most (PDSA Animal Wellbeing report's pet kinds; the
# Kennel Club's most registered breeds)
_ANIMAL = (r"(?:dog|puppy|pup|pooch|cat|kitten|moggy|collie|spaniel|cocker|springer|labrador|retriever|terrier|"
           r"cockapoo|cavapoo|poodle|dachshund|sausage[ \t]+dog|greyhound|whippet|lurcher|staffie|pug|husky|beagle|"
           r"alsatian|bulldog|tortoise|rabbit|bunny|hamster|guinea[ \t]+pig|budgie|parrot|goose|duck|hen|chicken|horse|"
           r"pony|donkey|goat|alpaca|llama|sheep|lamb|goldfish|snake|gecko|ferret|teddy|teddy[ \t]+bear|cuddly[ \t]+toy)s?")
# ("Dog is called "Fenella"": the verb and a quote between)
ANIMAL_BEFORE = re.compile(rf"(?i:\b{_ANIMAL})(?:[ \t]+(?:(?i:is|was)[ \t]+)?(?:called|named))?(?:[ \t]+|[ \t]*\([ \t]*)"
                           r"(?:(?:Mr|Mrs|Miss|Ms)\.?[ \t]+)?[\"“'‘]?\Z")
# ... the animal word not naming a person's job or a thing: "Sue, our dog handler", "Bev, the duck pond volunteer"; nor
# one the person has with them: "mr Greaves, the one with the dog"
ANIMAL_AFTER = re.compile(rf",?[ \t]+(?:the|our|my|his|her|their|a)[ \t]+(?:(?!with\b)[\w-]+[ \t]+){{0,4}}?(?i:{_ANIMAL})\b"
                          r"(?![ \t]*-|[ \t]+(?:handler|walker|owner|keeper|trainer|groomer|technician|manager|lead|"
                          r"nurse|doctor|vet|team|volunteer|pond|party|scan|show|sitter|lady|man)s?\b)")
# a character or a product named "<Name> the <Noun>": after "a" ("a Colin the Caterpillar" cake), or with two or more
# capitalised ordinary words ("Thomas the Tank Engine"); not "Dave the Porter", "Mary the Ward Clerk" (a job)
CHARACTER_AFTER = re.compile(r"[ \t]+the[ \t]+(?P<noun>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)*)\b")
A_BEFORE = re.compile(r"(?<![\w])(?i:a|an)[ \t]+\Z")
# ... or an animal or a creature after "the" ("Colin the Caterpillar", "Percy the Pig"), never a job ("Jim the Farmer")
CREATURE = re.compile(rf"(?i:{_ANIMAL}|caterpillar|bear|frog|dragon|dinosaur|unicorn|elephant|mouse|monkey|tiger|lion|owl|"
                      r"snail|snowman|reindeer|penguin|hedgehog|squirrel|fox|badger|giraffe|zebra)")
NIGHT_AFTER = re.compile(r"[ \t]+Night\b")
EVENT_AFTER = re.compile(r"(?P<run>(?:[ \t]+(?:&|and|of|for)?[ \t]*\p{Lu}[\p{L}'’-]*){1,4}?)[ \t]+(?:Day|Week|Fortnight|Month)\b")


def pet(ctx: Context, a: Around) -> bool:
    """An animal or toy word names the span as a pet or a teddy ("her cat Mr Whiskers", "the cat (Mr Biscuits)", "a
    teddy called Mr Snuggles", "Grace (the dog)"): a title does not make it a person."""
    return ANIMAL_BEFORE.search(a.before) is not None or ANIMAL_AFTER.match(a.after) is not None


def thing_after(ctx: Context, a: Around) -> bool:
    """Whether the word right after the span (no possessive between) makes it a thing's name, or the run after it
    ends on an awareness day's word and holds no name ("Carers Action Day"; not "Smith Day shift")."""
    m = NEXT_LOWER.match(a.after)
    if m and m.group(1) in ctx.vocab.thing_after:
        return True
    if quoted_title(a.before, a.after):
        return True  # a song's, film's or book's title in quotes
    tail = a.span[len(a.span.split()[0]):] if " the " in a.span else ""  # the NER's "Gordon the Big Engine"
    c = CHARACTER_AFTER.match(tail + a.after)
    if c and all(ctx.res.is_common(w) and not ctx.vocab.title_word.fullmatch(w.lower()) for w in c["noun"].split()):
        if A_BEFORE.search(a.before) or len(c["noun"].split()) > 1 or CREATURE.fullmatch(c["noun"]):
            return True  # "a Colin the Caterpillar", "Thomas the Tank Engine", "hid Colin the Caterpillar": a character
    if NIGHT_AFTER.match(a.after):
        return True  # a night named for a poet, a festival or what it holds: "Burns Night", "Bonfire Night"
    e = EVENT_AFTER.match(a.after)
    return e is not None and not any(ctx.res.is_name(w) for w in e["run"].split() if w[0].isupper())


# a word run together from two words, the second capitalised: a brand, service or app ("StreetLink", "ChatHealth",
# "GoodSAM", "JustGiving"), not a name written so ("JoAnne", "LaToya", "McKenzie", "MaryBeth", "MacDonald")
CAMEL = re.compile(r"(?P<head>\p{Lu}\p{Ll}{2,})(?P<tail>\p{Lu}[\p{L}]+)")


def camel_brand(ctx: Context, a: Around) -> bool:
    """One word made of two ordinary words or a word and an acronym ("Street" + "Link", "Good" + "SAM"), the first
    no first name: a brand or a service, not a person."""
    m = CAMEL.fullmatch(a.span) if a.single else None
    if m is None:
        return False
    head, tail, res = m["head"].lower(), m["tail"], ctx.res
    return (res.is_common(head) and not res.is_first_name(head) and (tail.isupper() or (res.is_common(tail.lower())
                                                                               and not res.is_surname(tail.lower()))))


DEGREE_CAPS = re.compile(r"(?-i:MD|MA|BA)")
GRADE_CODE = re.compile(r"\p{Lu}{1,4}\d")  # a grade or a code, no name word: "FY1s and FY2s", "ST3"
SPOKEN_DIGITS = re.compile(rf"(?i:{DIGIT_WORD})[ \t,]+(?i:{DIGIT_WORD})\b")


def degree_or_code(ctx: Context, a: Around) -> bool:
    """A degree after a name ("Dr Rana Okafor, MD") or a grade's code ("FY1s")."""
    return DEGREE_CAPS.fullmatch(a.span) is not None or GRADE_CODE.match(a.span) is not None


def spoken_digits(ctx: Context, a: Around) -> bool:
    """The first of a number's digits read out, even after a field's label ("Caller: oh seven seven double oh …")."""
    return a.single and SPOKEN_DIGITS.match(a.span + a.after) is not None
