"""Whether a candidate name is part of a longer place name (``filters``' "part-of-place" check; the NER gate asks
it too): "Kirkby Stephen", "Alder Hey", "King's Lynn", "Marks & Spencer", a place named after two people ("Robert
Jones and Agnes Hunt"), one begun before the span ("Sue Ryder| Thorpe Hall"), or named in the possessive ("at
Maggie's Oldham").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.around import Around


def part_of_place(res, a: Around) -> bool:
    """``_part_of_place`` with the word lists alone (the NER gate asks it too: ``phiscrub.text.gate``)."""
    if any(res.is_place(p) for p in a.joined) or _possessive_place(res, a):
        return True
    words = a.span.split()
    ok = [res.may_be_place_word(w) for w in words]
    inner = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1) if all(ok[i:j]))
    if not (ok and ok[0]):
        return any(res.is_place(p) for p in inner)  # no longer place can run through a first word of no place
    before = _place_run(res, reversed(a.before.rsplit("\n", 1)[-1].split()[-3:]))[::-1]
    opening = (" ".join(before[len(before) - i:] + words[:j])  # a place begun before the span: "Sue Ryder| Thorpe Hall"
               for i in range(1, len(before) + 1) for j in range(1, len(words)) if all(ok[:j]))
    return (any(res.is_place(p) for p in inner) or any(res.is_place(p) for p in opening)
            or (all(ok) and any(res.is_place(p) for p in _around_phrases(before, res, a))))


_POSSESSIVE_NEXT = re.compile(r"['’]s(?:[ \t]+(?P<next>\p{Ll}+))?")


def _possessive_place(res, a: Around) -> bool:
    """A place named in the possessive ("at Maggie's Oldham", "Noble's for surviving", "Tommy's has great info")
    unless a noun follows, as after a person's name ("Maggie's birthday", "Maggie's family")."""
    m = _POSSESSIVE_NEXT.match(a.after)
    if not m or not res.is_place(a.span + "'s"):
        return False
    nxt = m["next"]
    return not (nxt and res.is_common(nxt) and nxt not in res.non_noun_words and not res.is_stop(nxt))


def _around_phrases(before: List[str], res, a: Around) -> List[str]:
    """The span with up to three words either side on its line (``before``: those before it), for a
    place named after two people; only words that may be part of a place name (``may_be_place_word``)."""
    after = _place_run(res, a.after.split("\n", 1)[0].split()[:3], closing=True)
    return [" ".join(before[len(before) - i:] + [a.span] + after[:j])
            for i in range(len(before) + 1) for j in range(len(after) + 1) if i + j >= 2]


def _place_run(res, words, closing: bool = False) -> List[str]:
    """The leading words of ``words`` that may be part of a place name; with ``closing``, a word that ends a
    sentence or a clause ("Gura mie ayd!") is the run's last, without its mark."""
    out = []
    for w in words:
        core = w.rstrip(".,!?;:") if closing else w
        if not core or not res.may_be_place_word(core):
            break
        out.append(core)
        if core != w:
            break
    return out
