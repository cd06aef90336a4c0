"""A candidate span with the text around it, as every ``filters`` check reads it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Callable, FrozenSet, List, Optional, Sequence, Tuple

import regex as re

from phiscrub.text.person.context import Context

POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# words of one phrase are one space apart; two or more spaces or a tab separate the cells of a
# flattened form or board ("PT: Kayode   UNIT NO: 566"), so no check reads across them
NEXT_WORD = re.compile(r"(?:'s|’s)?[ \t]{1,2}([A-Za-z]+)")  # double-spaced text too: "Queen  Elizabeth  Hospital"
# a word joined to the span as in a multi-word place: "King's Lynn", "Marks & Spencer", "Dr Gray's"
PREV_JOINED = re.compile(r"[A-Za-z][\w'’-]*(?: (?:&|and) | )$")
NEXT_JOINED = re.compile(r"(?:['’]s)?(?: (?:&|and) | )[A-Za-z][\w'’-]*")


@dataclass(frozen=True)
class Around:
    """A candidate span and the text around it (40 characters each side)."""

    text: str
    start: int
    end: int
    before: str
    after: str
    span: str
    first: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Around":
        span = text[start:end]
        return cls(text, start, end, text[max(0, start - 40):start], text[end:end + 40], span, span.split()[0])

    @property
    def single(self) -> bool:
        return " " not in self.span

    def next_word(self) -> Optional[str]:
        m = NEXT_WORD.match(self.after)
        return m.group(1) if m else None

    @cached_property
    def joined(self) -> List[str]:
        """The span with the word before or after it, as a multi-word place is written."""
        out = []
        prev = PREV_JOINED.search(self.before)
        if prev:
            out.append(prev.group() + self.span)
            if POSSESSIVE_AFTER.match(self.after):
                out.append(prev.group() + self.span + self.after[:2])
        nxt = NEXT_JOINED.match(self.after)
        if nxt:
            out += [self.span + nxt.group(), f"{self.span} {nxt.group().split()[-1]}"]
        return out


Check = Callable[[Context, Around], bool]

_SPANS_KEPT = 512  # spans whose verdicts are kept: more than one text's candidates


def any_check(ctx: Context, text: str, start: int, end: int, checks: Sequence[Tuple[str, Check]],
              skip: FrozenSet[str]) -> bool:
    """Whether one of ``checks`` (name, check) not named in ``skip`` holds for the span ``text[start:end]``.

    Rules find the same span again and again (a name after a title is also a gazetteer name and one of a
    pair), so each check's verdict is kept per span: it runs once (half the calls on the corpora). Kept
    per ``ctx`` (a check reads its word lists) and per thread; the oldest spans go past ``_SPANS_KEPT``."""
    memo = getattr(ctx.span_verdicts, "spans", None)
    if memo is None:
        memo = ctx.span_verdicts.spans = {}
    key = (text, start, end)
    hit = memo.get(key)
    if hit is None:
        if len(memo) >= _SPANS_KEPT:
            del memo[next(iter(memo))]
        hit = memo[key] = (Around.of(text, start, end), {})
    around, seen = hit
    for name, check in checks:
        if name not in skip:
            verdict = seen.get(name)
            if verdict is None:
                verdict = seen[name] = bool(check(ctx, around))
            if verdict:
                return True
    return False
