"""PERSON: names of patients, relatives, the public and staff.

Rule: spaCy's NER PERSON entities, plus what a small general model misses in
this domain, each a named rule over the same tokens (cue rules are the table
``person_cues.CUE_RULES``: a new cue is one row; the word lists are there too):

* titles: "Mrs Marjorie Flint", "Dr Okafor", "Sister Jones", "dr okafor";
* field labels: "Patient: Reg Holloway", "SURNAME: HOLLOWAY", "Forename: reg";
* cue phrases: relationships ("my grandad Reg", "her husband Tony"), naming
  ("pt is marjorie flint", "called Sam") and thanks ("Big thanks to Priya and
  Sam");
* first names from a gazetteer (``gender-guesser``'s nam_dict) standing alone
  mid-sentence ("Priya was amazing"), and lower-case names that are not
  ordinary English words;
* shapes: chat openers ("kemi can u…"), initials ("J. Bloggs"), a name before
  an age or DOB ("Tariq Mahmood 34M"), possessives of kin ("Nkechi's family"),
  ward allocations ("rui in charge");
* then over all names found: list siblings ("Lerato, Magdalena and Emeka"),
  bracketed nicknames, and every repeat of a name in the same text.

``prepare`` runs the rules (no NER needed); ``complete`` adds the NER's names,
drops rule names the NER places inside a place, and runs the steps over all.

Source: NHS social-media policies (names of patients, relatives, and of staff
without consent); gazetteers as in ``phiscrub.resources``.
Avoids: capitalised ordinary words ("Ring", "Bay", "Obs", "Ref"), roles and
wards ("Sister" alone, "Ward 7"), eponymous conditions ("Parkinson's",
"Down's syndrome"), hashtags and @handles, place and organisation names that
spaCy labels as such, field labels themselves.
"""

from __future__ import annotations

from typing import List, Optional, Tuple

import regex as re

from phiscrub.config import DEFAULT_MODEL
from phiscrub.resources import Resources, build_resources, fold_accents, stop_words
from phiscrub.text.recognizers import person_cues as cues
from phiscrub.text.recognizers.base import Pattern, PhiRecognizer
from phiscrub.types import Finding


class PersonRecognizer(PhiRecognizer):
    ENTITY = "PERSON"
    USES_NER = True
    PATTERNS = [Pattern("spaCy NER + title, field, cue and gazetteer rules", r"(?!)", 0.85)]

    def __init__(self, lexicon: Optional[Resources] = None, **kwargs):
        super().__init__(**kwargs)
        self.lexicon = lexicon or build_resources(DEFAULT_MODEL)

    # -- token tests ----------------------------------------------------------
    @staticmethod
    def _is_stop(w: str) -> bool:
        return w in stop_words()

    def _token_ok(self, word: str, allow_lower: bool, strong: bool) -> bool:
        """Whether one word can be part of a name in this position."""
        w = word.lower().rstrip(".")
        lex = self.lexicon
        if cues.CONTRACTION.search(w):
            return False
        if strong and word[:1].isupper() and lex.never_name(w) and lex.is_first_name(w) and not word.isupper():
            return True  # "my grandad Reg", "Sister May": a name that is also a keep-list word
        if len(w) < 2 or cues.INITIALS.fullmatch(word + "."):
            return word.isupper() and strong  # initials after a title: "Dr E. Fitzgerald", "Dr A.K. Shah"
        if lex.never_name(w) or self._is_stop(w):
            return False
        if word[0].isupper():
            if word.isupper() and len(w) <= 3 and not lex.is_name(w):
                return False  # acronyms: ED, HCA, GCS
            if strong:
                return True
            return lex.is_name(w) or not lex.is_common(w)
        if not allow_lower:
            return False
        if lex.is_name(w):
            return not lex.is_common(w) or strong
        # after a strong cue ("mr", "pt is") a lower-case noun-like word is a surname: "mr hughes"
        return strong and len(w) >= 3 and w not in lex.non_noun_words

    def _scan(self, text: str, pos: int, allow_lower: bool, strong: bool, as_list: bool) -> List[Tuple[int, int]]:
        """Name spans starting at ``pos``: up to 3 tokens each; a list with ``as_list``."""
        spans: List[Tuple[int, int]] = []
        while True:
            start = end = None
            i = pos
            for k in range(3):
                m = cues.TOKEN.match(text, i)
                if not m:
                    break
                word = m.group()
                wend = m.end()
                if word.endswith(("'s", "’s")):
                    word, wend = word[:-2], wend - 2
                if word.endswith("."):
                    word, wend = word[:-1], wend - 1
                if not word:
                    break
                # the first word of a name in lower case needs a name gazetteer hit unless strong
                if not self._token_ok(m.group().rstrip("."), allow_lower, strong or k > 0 and start is not None and text[start].isupper()):
                    break
                if k > 0 and text[i - 1] == "\n":
                    break
                if start is None:
                    start = m.start()
                end = wend
                initial = (len(word) == 1 and m.group().endswith(".")) or bool(cues.INITIALS.fullmatch(m.group()))
                if initial:
                    end = m.end()
                elif wend != m.end():
                    break  # possessive or trailing full stop ends the name
                nxt = cues.GAP.match(text, end, end + 3)
                if not nxt:
                    break
                i = nxt.end()
            if start is None:
                break
            if end - start == 1:
                break  # a lone letter ("I", the "M" of "61M") is never a name by itself
            spans.append((start, end))
            if not as_list:
                break
            sep = cues.LIST_SEP.match(text, end, end + 12)
            if not sep:
                break
            pos = sep.end()
        return spans

    @staticmethod
    def _in_blocked(pos: int, blocked: List[Tuple[int, int]]) -> bool:
        return any(s <= pos < e for s, e in blocked)

    def _blocked_by_ner(self, text: str, f: Finding, blocked) -> bool:
        """A rule finding that starts where the NER sees a place: dropped unless a title or field
        label named it, or (outside the gazetteer rule) its first word is a known name."""
        if not blocked or not self._in_blocked(f.start, blocked):
            return False
        rule = f.recognizer.rpartition(":")[2]
        if rule in cues.TRUSTED_RULES:
            return False
        return rule == "gazetteer" or not self.lexicon.is_name(text[f.start:f.end].split()[0])

    # -- rules ----------------------------------------------------------------
    def _from_ner(self, text: str, ents) -> List[Finding]:
        out = []
        for ent in ents:
            if ent.label != "PERSON":
                continue
            toks = [(s, e) for s, e in ent.tokens if any(ch.isalnum() for ch in text[s:e]) and text[s:e] not in ("'s", "’s")]
            while toks and (self._edge_junk(text[toks[0][0]:toks[0][1]]) or cues.TITLE_WORD.fullmatch(text[toks[0][0]:toks[0][1]].rstrip("."))):
                head = text[toks[0][0]:toks[0][1]]
                if (len(toks) > 1 and head.istitle() and self.lexicon.is_first_name(head)
                        and (len(head) <= 3 or not self.lexicon.is_common(head)) and not cues.TITLE_WORD.fullmatch(head)):
                    break  # "Ed Sheeran": a first name that is also a keep-list word ("ED")
                toks = toks[1:]
            while toks and self._edge_junk(text[toks[-1][0]:toks[-1][1]]):
                toks = toks[:-1]
            if not toks:
                continue
            start, end = toks[0][0], toks[-1][1]
            words = [text[a:b] for a, b in toks]
            if start > 0 and text[start - 1] == "#":
                continue
            if start > 0 and text[start - 1] == "@" and not self.lexicon.is_first_name(words[0]):
                continue  # @corporate handles stay; "@Zainab" is a person
            span = text[start:end]
            if any(ch.isdigit() or ch in "@#/" for ch in span):
                continue
            if all(w.lower() in self.lexicon.common_words and not self.lexicon.is_name(w) for w in words):
                continue
            if len(words) == 1 and words[0].isupper() and len(words[0]) <= 4 and not self.lexicon.is_name(words[0]):
                continue
            if span.islower() and not (
                all(self.lexicon.is_name(w) for w in words)
                and (
                    any(not self.lexicon.is_common(w) for w in words)
                    or self.lexicon.anglo_first_names.get(words[0], 0) >= 6
                )
            ):
                continue  # the small model tags lower-case phrases ("grey hair") as PERSON
            if len(words) == 1 and self.lexicon.is_common(words[0]) and cues.BREAK_BEFORE.search(text[max(0, start - 40):start]):
                continue  # "Frank discussion at …": a capitalised ordinary word opening a sentence
            if self._eponym(text, end, words[-1]) or self._not_a_person(text, start, end):
                continue
            out.append(Finding(start, end, self.entity, 0.85 if len(words) > 1 else 0.7, "PersonRecognizer:ner"))
        return out

    def _edge_junk(self, word: str) -> bool:
        w = word.lower()
        return (
            (not any(ch.isalpha() for ch in word)) or self.lexicon.never_name(w) or self._is_stop(w)
            or "'" in w or "’" in w or bool(cues.RELATION_WORD.fullmatch(w))
        )

    def _not_a_person(self, text: str, start: int, end: int) -> bool:
        """Context that makes a capitalised span a place, label or thing: "St Luke's",
        "Russell Ward", "Addr:", "Tamar Lakes"."""
        before = text[max(0, start - 40):start]
        after = text[end:end + 40]
        span = text[start:end]
        if cues.SAINT_BEFORE.search(before) or before.endswith("#"):
            return True
        if cues.SAINT_START.match(span):
            return True  # St Luke's, St Michael's: churches, hospices, hospitals
        last = span.split()[-1].lower()
        if last in cues.PLACE_AFTER:
            return True  # "Alma Road", "Dartmoor Rescue Group"
        first = span.split()[0]
        if cues.VERSUS.search(before) or cues.VERSUS_AFTER.match(after) or cues.VERSUS_INSIDE.search(span):
            return True  # "Linfield v Glentoran", "Celtic vs Hearts": fixtures, not people
        if cues.NAMED_THING_BEFORE.search(before):
            return True  # "the Reg", "Royal Alexandra", "Storm Éowyn", "Ysbyty Gwynedd"
        if self.lexicon.is_place(span) and (" " in span or self.lexicon.anglo_first_names.get(first.lower(), 0) < 3):
            return True  # "Ballymena", "Newton Abbot"; "Shirley" and "Stanley" stay names
        prev = cues.PREV_WORD.search(before)
        nxt_word = cues.NEXT_WORD.match(after)
        if (prev and self.lexicon.is_place(f"{prev.group(1)} {span}")) or (
            nxt_word and self.lexicon.is_place(f"{span} {nxt_word.group(1)}")
        ):
            return True  # part of a longer place: "Kirkby Stephen", "Alder Hey", "Marie Curie"
        if nxt_word and self.lexicon.is_common(first) and " " not in span:
            following = nxt_word.group(1)
            if following.islower() and self.lexicon.is_common(following) and following not in self.lexicon.non_noun_words:
                return True  # a name-word used as a noun modifier: "Carol service", "Rose bush"
        if " " not in span and cues.POSSESSIVE.sub("", first.lower()) in self.lexicon.eponyms and not self.lexicon.is_surname(first):
            return True  # "Apgar", "Heimlich", "Ménière's"
        if not self.lexicon.is_first_name(first):
            if cues.LOCATIVE_BEFORE.search(before) or cues.STREET_BEFORE.search(before) or cues.POSTCODE_AFTER.match(text, end):
                return True  # "near Bude", "Mill Lane, Crediton", "Hexham NE46 3RT": places
        if cues.LABEL_COLON.match(after) and " " not in span and not self.lexicon.is_name(span):
            return True  # a field label such as "Addr:" or "Hosp:"
        nxt = cues.NEXT_WORD.match(after)
        if nxt and nxt.group(1).lower() in cues.PLACE_AFTER and (
            nxt.group(1)[0].isupper() or not self.lexicon.is_first_name(span.split()[0])
        ):
            return True
        return False

    def _eponym(self, text: str, end: int, last_word: str) -> bool:
        if last_word.lower() not in self.lexicon.eponyms:
            return False
        after = text[end:end + 30].lower()
        if after.startswith(("'s", "’s", "s'")):
            return True
        nxt = cues.CONDITION_NEXT.match(after)
        return bool(nxt and nxt.group(1) in cues.CONDITION_WORDS)

    @staticmethod
    def _non_person_spans(ents) -> List[Tuple[int, int]]:
        return [(e.start, e.end) for e in ents if e.label in cues.NON_PERSON_LABELS]

    def _from_rule(self, text: str, rule: cues.CueRule) -> List[Finding]:
        out = []
        for m in rule.cue.finditer(text):
            for s, e in self._scan(text, m.end(), rule.lower, rule.strong, rule.as_list):
                if self._eponym(text, e, text[s:e].split()[-1]):
                    continue
                if not rule.trusted and self._not_a_person(text, s, e):
                    continue
                out.append(Finding(s, e, self.entity, rule.score, f"PersonRecognizer:{rule.name}"))
        return out

    def _from_gazetteer(self, text: str) -> List[Finding]:
        out = []
        lex = self.lexicon
        for m in cues.TOKEN.finditer(text):
            word = m.group().rstrip(".")
            w = word.lower()
            if w.endswith(("'s", "’s")):
                w, word = w[:-2], word[:-2]
            if m.start() > 0 and text[m.start() - 1] in "#_/.":
                continue
            if not lex.is_first_name(w) or lex.never_name(w) or self._is_stop(w) or len(w) < 3:
                continue
            sentence_start = bool(cues.BREAK_BEFORE.search(text[max(0, m.start() - 40):m.start()]))
            anglo = max(lex.anglo_first_names.get(w, 0), lex.anglo_first_names.get(fold_accents(w), 0))
            common = lex.is_common(w)
            if word[0].isupper() and not word.isupper():
                if common and (sentence_start or anglo < 5) and not self._unknown_surname_follows(text, m.end()):
                    continue  # "Grace period", "Will you"; but "Jade Ogunleye" is a name
                score = 0.5 if sentence_start else 0.6
            elif word.islower():
                if common or anglo < 4:
                    continue
                score = 0.45
            else:  # UPPER CASE
                if common or anglo < 4:
                    continue
                score = 0.5
            spans = self._scan(text, m.start(), word.islower(), True, False)
            if spans and spans[0][0] == m.start():
                s, e = spans[0]
            else:
                s, e = m.start(), m.start() + len(word)
            if self._eponym(text, e, text[s:e].split()[-1]) or self._not_a_person(text, s, e):
                continue
            out.append(Finding(s, e, self.entity, score, "PersonRecognizer:gazetteer"))
        return out

    def find(self, text: str, ents=()) -> List[Finding]:
        """``ents``: the NER entities of ``text`` (``phiscrub.text.ner.Entity``); rules run without them too."""
        return self.complete(text, ents, self.prepare(text))

    def _unknown_surname_follows(self, text: str, end: int) -> bool:
        """A capitalised word after ``end`` that is no ordinary word, place or keep word: a surname."""
        m = cues.NEXT_WORD.match(text, end)
        if not m or not m.group(1)[0].isupper() or m.group(1).isupper():
            return False
        w = m.group(1).lower()
        return (not self.lexicon.is_common(w) or self.lexicon.is_surname(w)) and not (
            self.lexicon.never_name(w) or self.lexicon.is_place(w) or w in cues.PLACE_AFTER
        )

    def _from_rota(self, text: str) -> List[Finding]:
        """Ward chat allocations: "kai and precious on bays, tash in charge, rui on the floor"."""
        out = []
        for m in cues.ROTA.finditer(text):
            word = m.group("name")
            w = word.lower()
            if self.lexicon.never_name(w) or self._is_stop(w) or len(w) < 2:
                continue
            if not self.lexicon.is_first_name(w):
                continue  # "paeds on call", "ortho on call": specialties, not people
            out.append(Finding(m.start("name"), m.end("name"), self.entity, 0.6, "PersonRecognizer:rota"))
        return out

    def prepare(self, text: str) -> List[Finding]:
        """The rule findings: they do not depend on the NER, so the pipeline computes them once."""
        out: List[Finding] = []
        for rule in cues.CUE_RULES:
            out += self._from_rule(text, rule)
        out += self._from_addressing(text)
        out += self._from_initial_surname(text)
        out += self._from_gazetteer(text)
        out += self._from_name_age(text)
        out += self._from_possessive_relation(text)
        out += self._from_rota(text)
        return out

    def complete(self, text: str, ents, prepared: List[Finding]) -> List[Finding]:
        """Rule findings checked against the NER's places, plus NER names, then the steps over all names."""
        blocked = self._non_person_spans(ents or ())
        out = self._from_ner(text, ents or ())
        out += [f for f in prepared if not self._blocked_by_ner(text, f, blocked)]
        out += self._from_lists(text, out)
        out += self._nicknames(text, out)
        out += self._repeats(text, out)
        return self._outside_handles(text, out)

    def _repeated_parts(self, text: str, found: List[Finding]) -> List[Finding]:
        """Each capitalised part of a full name, written the same way elsewhere: "Ivy Sutcliffe … Ivy had"."""
        parts = set()
        for f in found:
            words = text[f.start:f.end].split()
            if f.score >= 0.6 and len(words) > 1:
                parts.update(w for w in words if len(w) >= 3 and w[0].isupper() and not self.lexicon.never_name(w))
        out = []
        for part in parts:
            for m in re.finditer(rf"(?<![\w@#]){re.escape(part)}(?![\w])", text):
                if not self._not_a_person(text, m.start(), m.end()):
                    out.append(Finding(m.start(), m.end(), self.entity, 0.55, "PersonRecognizer:repeat"))
        return out

    def _repeats(self, text: str, found: List[Finding]) -> List[Finding]:
        """A name found once is a name wherever else it stands in the same text."""
        names = {text[f.start:f.end].lower() for f in found if f.score >= 0.5 and f.end - f.start >= 3}
        out = self._repeated_parts(text, found)
        lowered = text.lower()
        for name in names:
            at = lowered.find(name)
            while at >= 0:
                end = at + len(name)
                before = lowered[at - 1] if at else " "
                after = lowered[end] if end < len(lowered) else " "
                if not (before.isalnum() or before in "_@#") and not (after.isalnum() or after == "_"):
                    out.append(Finding(at, end, self.entity, 0.6, "PersonRecognizer:repeat"))
                at = lowered.find(name, at + 1)
        return out

    def _outside_handles(self, text: str, found: List[Finding]) -> List[Finding]:
        """Drop names inside #hashtags and @handles, unless an @handle is a person's name ("@Zainab")."""
        handles = [m.span() for m in cues.HANDLE.finditer(text)]
        if not handles:
            return found
        out = []
        for f in found:
            inside = next(((s, e) for s, e in handles if s <= f.start < e), None)
            personal = (
                inside is not None and text[inside[0]] == "@" and f.start == inside[0] + 1 and f.end >= inside[1]
                and self.lexicon.is_first_name(cues.CAMEL_HEAD.match(text, f.start).group())
                and sum(ch.isupper() for ch in text[inside[0]:inside[1]]) <= 2  # "@DevonAirAmbulance" is an organisation
            )
            if inside is None or personal:
                out.append(f)
        return out

    def _from_possessive_relation(self, text: str) -> List[Finding]:
        """"collecting for Nkechi's family", "Dave's wife": only people have families."""
        out = []
        for m in cues.POSSESSIVE_RELATION.finditer(text):
            w = m.group("name").lower()
            if self.lexicon.never_name(w) or self._is_stop(w) or self.lexicon.is_place(w):
                continue
            if self.lexicon.is_common(w) and not self.lexicon.is_name(w):
                continue
            out.append(Finding(m.start("name"), m.end("name"), self.entity, 0.65, "PersonRecognizer:possessive"))
        return out

    def _nicknames(self, text: str, found: List[Finding]) -> List[Finding]:
        """A quoted or bracketed word right after a name is its nickname: "Obinna Eze ('Obi')"."""
        out = []
        for f in found:
            m = cues.NICKNAME.match(text, f.end)
            if m and not self.lexicon.never_name(m.group("nick")):
                out.append(Finding(m.start("nick"), m.end("nick"), self.entity, 0.6, "PersonRecognizer:nickname"))
        return out

    def _from_initial_surname(self, text: str) -> List[Finding]:
        """"J. Bloggs", "A.K. Shah": initials then a capitalised surname."""
        out = []
        for m in cues.INITIAL_SURNAME.finditer(text):
            surname = m.group("surname")
            w = surname.lower()
            if self.lexicon.never_name(w) or (self.lexicon.is_common(w) and not self.lexicon.is_surname(w)):
                continue
            out.append(Finding(m.start(), m.end(), self.entity, 0.6, "PersonRecognizer:initials"))
        return out

    def _from_addressing(self, text: str) -> List[Finding]:
        """"kemi can u do the bloods", "Mo ur pt in bed 3": a message opening on a name."""
        out = []
        for m in cues.ADDRESSING.finditer(text):
            s, e = m.span("name")
            word = m.group("name")
            w = word.lower()
            if self.lexicon.never_name(w) or self._is_stop(w) or len(w) < 2 or cues.CONTRACTION.search(w):
                continue
            if self.lexicon.is_common(w) and not self.lexicon.is_first_name(w):
                continue
            if self.lexicon.is_common(w) and cues.IMPERATIVE_NEXT.match(text, e):
                continue  # "Mark your diaries", "Will you…": a verb, not an address ("Mark, your shift")
            out.append(Finding(s, e, self.entity, 0.6, "PersonRecognizer:addressing"))
        return out

    def _from_name_age(self, text: str) -> List[Finding]:
        """"Tariq Mahmood 34M", "marjorie flint, 84F": a name right before an age and sex."""
        out = []
        for m in cues.NAME_AGE.finditer(text):
            head = text[max(0, m.start() - 60):m.start()]
            words = cues.WORDS.findall(head)[-3:]
            if not words or not head.rstrip().endswith(words[-1]):
                continue
            picked = []
            for word in reversed(words):
                if self.lexicon.never_name(word) or self._is_stop(word.lower()):
                    break
                if word[0].islower():
                    if not self.lexicon.is_name(word):
                        break
                elif not self._token_ok(word, False, True):
                    break
                picked.insert(0, word)
            if not picked or not any(self.lexicon.is_first_name(w) or w[0].isupper() or not self.lexicon.is_common(w) for w in picked):
                continue
            end = max(0, m.start() - 60) + len(head.rstrip())
            start = end - len(" ".join(picked)) if head.rstrip().endswith(" ".join(picked)) else end - len(picked[-1])
            out.append(Finding(start, end, self.entity, 0.7, "PersonRecognizer:name-age"))
        return out

    def _from_lists(self, text: str, found: List[Finding]) -> List[Finding]:
        """Siblings in a list with a name: "Lerato, Magdalena, Emeka, Siân, Callum and Yui"."""
        out: List[Finding] = []
        seen = {(f.start, f.end) for f in found}
        frontier = [f for f in found if f.score >= 0.5]
        while frontier:
            f = frontier.pop()
            cands = []
            m = cues.LIST_SEP.match(text, f.end, f.end + 12)
            seed_lower = text[f.start:f.end].islower()
            if m:
                cands += self._scan(text, m.end(), seed_lower, False, False)
                if seed_lower:  # "kai and precious on bays": a lower-case list of names
                    nxt = cues.TOKEN.match(text, m.end())
                    if nxt and nxt.group().islower() and self.lexicon.is_first_name(nxt.group()) \
                            and not self._edge_junk(nxt.group()):
                        cands.append((nxt.start(), nxt.end()))
            m = cues.LIST_BEFORE.search(text[max(0, f.start - 40):f.start])
            if m:
                st = max(0, f.start - 40) + m.start(1)
                cands += [(st, st + len(m.group(1)))] if self._token_ok(m.group(1), False, False) else []
            for s, e in cands:
                if (s, e) in seen or self._not_a_person(text, s, e):
                    continue
                seen.add((s, e))
                g = Finding(s, e, self.entity, 0.55, "PersonRecognizer:list")
                out.append(g)
                frontier.append(g)
        return out
