"""PERSON candidate rules: what a small general NER misses in this domain. ``RULES``, the table the recognizer runs in
order, holds a rule id and a function ``(ctx, text) -> findings`` a row; cue rules (``CUE_RULES``: a cue a name follows)
are rows too. A finding's ``rule`` is its row's; ``key`` tells rows of one rule apart; each rule's docstring, what it avoids.

Source: NHS social-media policies (patients', relatives', unconsenting staff's names); ``phiscrub.resources``' lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Callable, FrozenSet, List, Tuple

import regex as re

from phiscrub.text.person import (
    board_rows,
    boards,
    chat_lines,
    handles,
    initials,
    inverted_items,
    kin_word_name,
    letter_initials,
    lower_names,
    name_in_bed,
    record_cells,
    roles,
    shift_lines,
    spelled,
    surnames,
)
from phiscrub.text.person.addressing import ROLE_SKIP, from_addressing
from phiscrub.text.person.anchors import cue_matches
from phiscrub.text.person.apposition import from_apposition
from phiscrub.text.person.asked_by_name import from_asked_by_name
from phiscrub.text.person.bed_lines import from_bed_lines
from phiscrub.text.person.bed_run import from_bed_run
from phiscrub.text.person.before_phone import from_before_email, from_before_phone
from phiscrub.text.person.bracket_forename import from_bracket_forename, from_script_name
from phiscrub.text.person.bracketed import from_bracketed_relation
from phiscrub.text.person.chat import (
    from_bleep_holder,
    from_called_initials,
    from_chat_subject,
    from_self_introduction,
    from_signature_block,
)
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.couple import from_couple
from phiscrub.text.person.cue_checks import KISSES, THANKING, header_row, misread_cue, remark, thing_label
from phiscrub.text.person.endearment import from_endearment
from phiscrub.text.person.eponyms import eponym, phenotype
from phiscrub.text.person.filters import KIN_SKIP, all_but, not_a_person
from phiscrub.text.person.flagged import from_flagged
from phiscrub.text.person.from_team import from_team
from phiscrub.text.person.gazetteer import SUBJECT_VERB, from_gazetteer
from phiscrub.text.person.in_office import from_in_office
from phiscrub.text.person.kin_unknown import from_kin_unknown
from phiscrub.text.person.month_names import from_month_name
from phiscrub.text.person.name_age import from_birthday, from_child_age, from_home_news, from_name_age
from phiscrub.text.person.name_the_role import from_name_the_role
from phiscrub.text.person.owner import from_owner
from phiscrub.text.person.pairs import PAIR_RULES, from_glued_possessive, from_lower_list, from_lower_pairs, from_pairs
from phiscrub.text.person.parity import from_parity
from phiscrub.text.person.presence import from_presence_question
from phiscrub.text.person.roles import ends_line, from_possessive_relation, from_rota, from_vocative, not_named_by_role
from phiscrub.text.person.rota_grid import from_rota_grid
from phiscrub.text.person.surnames import from_name_before_id, from_nickname, from_surname_pair
from phiscrub.text.person.tokens import ScanOptions, scan
from phiscrub.text.words import PARTICLE
from phiscrub.types import Finding

WORDS = re.compile(r"(?<![\w])[^\W\d_][\w'’\-]*")
# after a thanked lower-case word, a determiner: it was a preposition (Scots "cheers tae the crew", "thanks fae a' the")
DETERMINER_NEXT = re.compile(r"[ \t]+(?:the|a|a['’]|an|our|yer|your|all|every\w*)\b", re.IGNORECASE)


# what a cue outranks: a title or field label any place context but a longer place ("Dr Gray's"), a field label not an
# organisation word ("GP: Mount Pleasant Surgery"); a closing or a cheer an ordinary-word or eponym reading ("Go on Bell!")
# after a signature's name, its role: "Sam Okafor, Ward Manager", "Ruth – NIC"
SIGNATURE_ROLE = re.compile(r"[ \t]*(?:,|[–—]|-[ \t])")
ROLE_AFTER = re.compile(r"[ \t]*\([^()\n]{2,40}\)[^\w\n]*(?:\n|$)")  # "Precious (care co-ordinator) 🎄"
TITLE_SKIP = all_but("part-of-place", "organisation", "pet")  # "her cat Mr Whiskers": a title names no pet a person
FIELD_SKIP = all_but("part-of-place", "organisation", "spoken-digits")
NOT_THANKED = ScanOptions(as_list=True)


@dataclass(frozen=True)
class CueRule:
    """A cue after which a name follows: the scan starts where the cue ends.

    ``cue``: the ``Vocab`` attribute holding the cue's regex; ``skip``: the checks of
    ``filters.NOT_A_PERSON`` the cue outranks (a title before "Chester" makes a person);
    ``line_end``: the name must end the line or come before "!" or kisses (a closing or
    a cheer: "ta Jem x", "Go on Reg!"); ``lower_only``: only names written in lower case.
    """

    rule: str
    variant: str
    cue: str
    score: float
    scan: ScanOptions
    skip: FrozenSet[str] = frozenset()
    line_end: bool = False
    lower_only: bool = False
    kissed: bool = False  # one first name of the gazetteer, kisses after it

    @property
    def key(self) -> str:
        return f"{self.rule}/{self.variant}" if self.variant else self.rule


_ROLE = ScanOptions(role=True, lower=True)
CUE_RULES: Tuple[CueRule, ...] = (
    # "Mrs Marjorie Flint", "Dr Okafor", "Sister Jones", "Dr A.K. Shah"
    CueRule("title", "", "title_cue", 0.85, ScanOptions(strong=True), TITLE_SKIP),
    # "nurse bex sorting it", "ask sister priya", "new HCA tendai starts": a lower-case first name of the gazetteer
    CueRule("title", "lower", "title_cue", 0.65, ScanOptions(lower=True, first_name=True), TITLE_SKIP, lower_only=True),
    # "link nurse bola xx": a lower-case first name that is also a word, signing off after the writer's role
    CueRule("title", "kissed", "title_cue", 0.65, ScanOptions(lower=True, strong=True, first_name=True), TITLE_SKIP,
            line_end=True, lower_only=True, kissed=True),
    # "mr hughes", "dr okafor": lower-case chat
    CueRule("title", "honorific", "honorific_cue", 0.85, ScanOptions(lower=True, strong=True), TITLE_SKIP),
    # "Patient: Reg Holloway", "SURNAME: HOLLOWAY", "Forename: reg"
    CueRule("field", "", "field_cue", 0.85, ScanOptions(lower=True, strong=True), FIELD_SKIP),
    # "my grandad Reg", "her husband tony", "our kids Alfie and Mia"
    CueRule("relation", "", "kin_cue", 0.75, ScanOptions(lower=True, strong=True, as_list=True, kin=True), KIN_SKIP),
    # "Daughter Alison:", "Dad (Ken Marsh"
    CueRule("relation", "label", "kin_label_cue", 0.7, ScanOptions(strong=True)),
    # "mum chantelle is 19", "husband vasile keeps ringing": a first name of the gazetteer
    CueRule("relation", "bare", "bare_kin_cue", 0.65, ScanOptions(lower=True, first_name=True), KIN_SKIP),
    # "son is callum", "her daughter was Karen"
    CueRule("relation", "is", "kin_is_cue", 0.7, ScanOptions(lower=True, as_list=True)),
    # "pt is marjorie flint", "called Sam", "bleeped Priya"
    CueRule("naming", "", "naming_cue", 0.7, ScanOptions(lower=True, as_list=True)),
    # "He's Desmond", "she's Hope": a first name after "he's"/"she's" (not "He's English")
    CueRule("naming", "pronoun", "pronoun_cue", 0.65, ScanOptions(first_name=True)),
    # "ask for Sandy", "hand over to Dawn Heath", "cc Amber Wood"
    CueRule("role", "", "role_cue", 0.65, ScanOptions(role=True, lower=True, as_list=True)),
    CueRule("role", "slot", "slot_cue", 0.65, ScanOptions(first_name=True, as_list=True)),  # "Mon pm Hope + Faith"
    # "Big thanks to Priya and Sam"
    CueRule("thanks", "", "thanks_cue", 0.6, ScanOptions(as_list=True, thanked=True)),
    # "thank u tamsin for", "thanks kemi and jo": lower-case chat, a first name of the gazetteer
    CueRule("thanks", "lower", "thanks_cue", 0.6, ScanOptions(lower=True, first_name=True, as_list=True), lower_only=True),
    # "Kind regards,\nSue"
    CueRule("sign-off", "", "sign_off_cue", 0.7, ScanOptions(thanked=True), line_end=True),
    # "ta Jem x", "cheers, Bern", "Thanks, Dawn x": a closing, then a name ending the line
    CueRule("closing", "", "closing_cue", 0.65, _ROLE, ROLE_SKIP, line_end=True),
    # "love gemma xx", "ta jem x": a lower-case first name that is also a word, between a closing and kisses
    CueRule("closing", "kissed", "closing_cue", 0.65, ScanOptions(role=True, lower=True, strong=True, first_name=True),
            ROLE_SKIP, line_end=True, lower_only=True, kissed=True),
    # "Go on Reg!", "Nice one Bern!"
    CueRule("cheer", "", "cheer_cue", 0.65, _ROLE, ROLE_SKIP, line_end=True),
    # a signature alone on the last line
    CueRule("last-line", "", "last_line", 0.55, ScanOptions()),
)


PREPOSITION_CUE = re.compile(r"(?i:from|with|by)[ \t]*$")


def _unknown_after_preposition(ctx: Context, cue: str, words: List[str]) -> bool:
    """After "from", "with" or "by", words that open on neither a first name of the gazetteer nor a surname that is
    no word or place, with only names after it: a place, a group or a thing more often than a person ("from
    Thornaby", "moving from Musgrave Park to the Ulster", "donors from Black, Asian ...", "a Band 5 from Kingston",
    "with Sweet Caroline on repeat"); "flowers from Doreen", "double up with Marta Nowak", "seen with OKONKWO" stay
    (a title's name is the title rule's: "from Mrs Smith")."""
    res, first = ctx.res, words[0].rstrip(".")
    return bool(PREPOSITION_CUE.search(cue)) and not (res.is_first_name(first) or (
        res.is_surname(first) and not res.is_common(first) and not res.is_place(first)
        and all(res.is_name(w) and w.lower() not in ctx.vocab.place_after for w in words[1:])))


def from_cue(rule: CueRule, ctx: Context, text: str) -> List[Finding]:
    """Names scanned after each match of the rule's cue; eponyms dropped, and context the cue does
    not outrank (``rule.skip``); after a role cue, words no role makes a name (``roles``)."""
    out = []
    for m in cue_matches(ctx.vocab, rule.cue, text):
        opts = NOT_THANKED if rule.rule == "thanks" and rule.scan.thanked and not THANKING.search(m.group()) else rule.scan
        for s, e in scan(ctx, text, m.end(), opts):  # a quoted name too: 'calls himself "Ghost"'
            words = text[s:e].split()
            if _not_lower_name(rule, m.group().strip(), text, s, e) or eponym(ctx, text, e, words[-1]) or (
                    rule.line_end and not (ends_line(text, e) or ROLE_AFTER.match(text, e))) or (
                    rule.kissed and not _kissed(ctx, text, e, words)):
                continue  # a closing's name ends the line, or a bracketed role does: "Love, Precious (care co-ordinator)"
            if rule.rule == "last-line" and (not (ends_line(text, e) or SIGNATURE_ROLE.match(text, e))
                                             or ctx.vocab.relation_word.fullmatch(words[0].lower()) or remark(ctx, text, e, words)):
                continue  # "Hope this helps.": a sentence on the last line, not a signature; "Mum's mob:" a kin word; "Fair."
            before = text[max(0, m.start() - 20):m.start()]
            if (rule.scan.role and not_named_by_role(ctx, words)) or misread_cue(
                    ctx, rule.rule, m.group(), words, text[e:e + 4], before):
                continue
            if rule.cue == "field_cue" and (thing_label(text, m.start()) or (
                    ":" not in m.group() and "=" not in m.group() and header_row(ctx, words))
                    or (len(words) == 1 and ctx.res.is_common(words[0]) and not ctx.res.is_name(words[0]))):
                continue  # a thing's label ("Team name:"), a header row ("NAME   POST"), one word ("To: Audiology")
            if not_a_person(ctx, text, s, e, rule.skip) or (opts is NOT_THANKED and _unknown_after_preposition(
                    ctx, m.group(), words)):
                continue
            out.append(finding(s, _lower_surname_after(ctx, text, e) if rule.lower_only else e, rule.score, rule.rule))
    return out


def _kissed(ctx: Context, text: str, e: int, words: List[str]) -> bool:
    """One first name of the gazetteer before kisses; not a verb no English speaker is named ("the nurse said x")."""
    w = words[0]
    return len(words) == 1 and ctx.res.is_first_name(w) and bool(KISSES.match(text, e)) and not (
        w in ctx.res.non_noun_words and not ctx.res.anglo_first_names.get(w))


def _not_lower_name(rule: CueRule, cue: str, text: str, s: int, e: int) -> bool:
    """For a lower-case-only row: a word not in lower case, or one before a determiner (Scots "tae the crew"); after
    a capitalised title, a writer who capitalises it would capitalise a name ("am Nain mor dyner": Welsh words)."""
    return rule.lower_only and (not text[s:e].islower() or DETERMINER_NEXT.match(text, e) is not None
                                or (rule.cue == "title_cue" and cue.istitle()))


LOWER_NEXT = re.compile(r"[ \t]+(?P<w>\p{Ll}[\p{Ll}'’-]+)")


def _lower_surname_after(ctx: Context, text: str, end: int) -> int:
    """"congratulations nusrat brook on …", "from kofi english today": after a lower-case first name, a surname of the
    gazetteer (as either name) in lower case is taken too, even one that is also a word or a town (a half name is worse
    than none)."""
    m = None if SUBJECT_VERB.match(text, end) else LOWER_NEXT.match(text, end)  # "tomasz said": the verb
    w = m["w"] if m else ""
    return m.end() if m and ctx.res.is_name(w) and not (ctx.is_stop(w) or PARTICLE.fullmatch(w)
                                                           or ctx.vocab.relation_word.fullmatch(w)) else end


@dataclass(frozen=True)
class Rule:
    """One row of the candidate table: a unique key, the finding's rule id, and the function."""

    key: str
    rule: str
    find: Callable[[Context, str], List[Finding]]


RULES: Tuple[Rule, ...] = tuple(Rule(c.key, c.rule, partial(from_cue, c)) for c in CUE_RULES) + (
    Rule("addressing", "addressing", from_addressing), Rule("initials", "initials", initials.from_initial_surname),
    Rule("gazetteer", "gazetteer", from_gazetteer), Rule("surname-pair", "surname-pair", from_surname_pair),
    Rule("nickname-name", "nickname-name", from_nickname), Rule("quoted-name", "quoted-name", surnames.from_quoted),
    Rule("quoted-surname", "nickname-name", surnames.from_quoted_surname), Rule("name-before-id", "name-before-id", from_name_before_id),
    Rule("bed-board", "bed-board", boards.from_bed_board), Rule("lower-items", "bed-board", boards.from_lower_items),
    Rule("inverted-items", "bed-board", inverted_items.from_inverted_items), Rule("personal-handle", "personal-handle", handles.from_personal_handles),
    Rule("allocation", "allocation", roles.from_allocation_lines), Rule("in-office", "in-office", from_in_office),
    Rule("shift-line", "shift-line", shift_lines.from_shift_lines), Rule("signed", "signed", roles.from_signature),
    Rule("chat-line", "chat-line", chat_lines.from_chat_lines), Rule("name-in-bed", "name-in-bed", name_in_bed.from_name_in_bed),
    Rule("lower-list", "lower-list", from_lower_list), Rule("lower-pair", "pair", from_lower_pairs),
    Rule("vocative", "vocative", from_vocative), Rule("asked-by-name", "asked-by-name", from_asked_by_name),
    Rule("name-age", "name-age", from_name_age), Rule("child-age", "child-age", from_child_age),
    Rule("birthday", "birthday", from_birthday), Rule("glued-possessive", "glued-possessive", from_glued_possessive),
    Rule("possessive", "possessive", from_possessive_relation), Rule("rota", "rota", from_rota),
    Rule("presence", "presence", from_presence_question), Rule("chat-subject", "chat-subject", from_chat_subject),
    Rule("self-intro", "self-intro", from_self_introduction), Rule("month-name", "month-name", from_month_name),
    Rule("bleep", "bleep", from_bleep_holder), Rule("family", "family", surnames.from_family),
    Rule("signature", "signature", from_signature_block), Rule("before-email", "before-email", from_before_email),
    Rule("bracketed-relation", "bracketed-relation", from_bracketed_relation), Rule("parity", "parity", from_parity),
    Rule("bed-run", "bed-run", from_bed_run), Rule("bed-lines", "bed-lines", from_bed_lines),
    Rule("caps-comma-initials", "initials", initials.from_caps_comma_initials), Rule("couple", "couple", from_couple),
    Rule("home-news", "home-news", from_home_news), Rule("rota-grid", "rota-grid", from_rota_grid),
    Rule("bracket-forename", "bracket-forename", from_bracket_forename), Rule("script-name", "script-name", from_script_name),
    Rule("flagged-name", "flagged-name", from_flagged), Rule("before-phone", "before-phone", from_before_phone),
    Rule("kin-unknown", "kin-unknown", from_kin_unknown), Rule("letter-initials", "letter-initials", letter_initials.from_letter_initials),
    Rule("record-cells", "record-cells", record_cells.from_record_cells), Rule("kin-word-name", "kin-word-name", kin_word_name.from_kin_word_name),
    Rule("endearment", "endearment", from_endearment), Rule("spelled", "spelled", spelled.from_spelled),
    Rule("lower-name", "lower-name", lower_names.from_lower_name), Rule("apposition", "apposition", from_apposition),
    Rule("caps-pair", "caps-pair", surnames.from_caps_pair), Rule("name-the-role", "name-the-role", from_name_the_role),
    Rule("called-initials", "called-initials", from_called_initials), Rule("from-team", "from-team", from_team),
    Rule("owner", "owner", from_owner), Rule("board-row", "board-row", board_rows.from_board_rows),
) + tuple(Rule(p.key, "pair", partial(from_pairs, p)) for p in PAIR_RULES)


def find_candidates(ctx: Context, text: str) -> List[Finding]:
    """Every rule's findings, in table order (no NER needed), but those that cannot be a name (``_no_name``)."""
    return [f for rule in RULES for f in rule.find(ctx, text) if not _no_name(ctx, text, f)]


# an auxiliary before "not" is an instruction, not a name: "DO NOT give info to dad", "pt asked: do NOT leave voicemail"
_AUXILIARY, _NOT_NEXT = frozenset("do does did can could must should shall".split()), re.compile(r"[ \t]+(?i:not)\b")
# a word with a prefix's hyphen, lower case but maybe its first letter: "non-religious", "post-fall", "Non-negotiable."
_PREFIXED = re.compile(r"(?:non|pre|post|anti|self|semi|co|ex|re|sub|over|under|multi|inter|mid|well|ill|on|off)-\p{Ll}+")
# an award's title after the word: "named Perioperative Practitioner of the Year"
_AWARD_NEXT = re.compile(r"(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}[ \t]+of[ \t]+the[ \t]+(?:Year|Month|Week|Decade)\b")


def _no_name(ctx: Context, text: str, f: Finding) -> bool:
    """A finding of titles alone ("Name: Sgt (ret.) Dean": the rank, no name of its own; a title that is also a first
    name stays: "Lola"), of an auxiliary and "not", a word with a prefix, a phenotype, or before an award's title."""
    span = text[f.start:f.end]
    if _PREFIXED.fullmatch(span[:1].lower() + span[1:]) or _AWARD_NEXT.match(text, f.end) or phenotype(text, f.start, f.end):
        return True
    words = [w.lower() for w in WORDS.findall(text, f.start, f.end)]
    if not words:
        return False
    if all(ctx.vocab.title_word.fullmatch(w) and not ctx.res.is_first_name(w) for w in words):
        return True
    return words[0] in _AUXILIARY and (words[1:] == ["not"] or (len(words) == 1 and bool(_NOT_NEXT.match(text, f.end))))
