"""Recognizers declared as data: a Trust's own identifier formats.

A YAML file has two top-level keys, both optional: ``not_names`` (words never a
PERSON, merged into the keep-list by ``phiscrub.resources``) and a list under
``recognizers:``; each entry is

    - name: rh-mrn                 # unique in the file, shown in findings' ``recognizer``
      entity: HOSPITAL_NUMBER      # one of phiscrub's entity types
      patterns:                    # regexes; a (?P<id>...) group narrows the span
        - {name: "RH + 7 digits", regex: '\\bRH\\d{7}\\b', score: 0.5}   # name: findings' ``rule``
      context: ["mrn", "hosp no"]  # regex fragments, matched before the number
      requires_context: false
      context_boost: 0.35          # a number in 0..1
      context_before: 35           # characters, a whole number
      context_after: 0             # characters after the match where context also counts

Loading is strict: an unknown key at any level, a bad regex (pattern or
context), an unknown entity type, a score outside 0..1 or a non-numeric
number stops phiscrub with the file, entry and field named (fail closed: a
Trust's format silently ignored would leave its numbers in posts). A Trust's
regex runs under a time limit (``MATCH_TIMEOUT`` seconds per pattern per text,
the ``regex`` package's ``timeout=``): a pattern that backtracks
catastrophically raises ``PatternTimeoutError`` naming it, instead of hanging.
"""

from __future__ import annotations

from pathlib import Path
from typing import List

import regex as re

from phiscrub.errors import ConfigError
from phiscrub.resources.keep import read_user_file
from phiscrub.text.recognizers.base import Pattern, PhiRecognizer
from phiscrub.types import ENTITY_TYPES

_KEYS = ("name", "entity", "patterns", "context", "requires_context", "context_boost", "context_before",
         "context_after")
_PATTERN_KEYS = ("name", "regex", "score")


class YamlRecognizer(PhiRecognizer):
    """A PhiRecognizer whose attributes come from one YAML entry."""

    MATCH_TIMEOUT = 1.0

    def __init__(self, entry: dict, source: str, resources=None):
        self.source = source
        where = f"{source}: recognizer {entry.get('name', '?')!r}"
        unknown = sorted(set(entry) - set(_KEYS), key=str)
        if unknown:
            raise ConfigError(f"{where}: unknown keys {unknown}; allowed: {', '.join(_KEYS)}. "
                              "Fix the spelling or remove them")
        entity = entry.get("entity")
        if entity not in ENTITY_TYPES:
            raise ConfigError(f"{where}: entity must be one of {', '.join(ENTITY_TYPES)}")
        self.REQUIRES_CONTEXT = _flag(entry, "requires_context", where)
        self.CONTEXT_BOOST = _number(entry, "context_boost", PhiRecognizer.CONTEXT_BOOST, where, 0.0, 1.0)
        self.CONTEXT_BEFORE = int(_number(entry, "context_before", PhiRecognizer.CONTEXT_BEFORE, where, 0, 1000,
                                          whole=True))
        self.CONTEXT_AFTER = int(_number(entry, "context_after", PhiRecognizer.CONTEXT_AFTER, where, 0, 1000, whole=True))
        super().__init__(resources, patterns=_patterns(entry.get("patterns"), where),
                         context=_context(entry.get("context"), where), name=str(entry["name"]), entity=entity)

    def describe(self) -> str:
        return f"{self.source}: recognizer {self.name!r}"


def _patterns(raw, where: str) -> List[Pattern]:
    if not isinstance(raw, list) or not raw:
        raise ConfigError(f"{where}: needs at least one pattern, e.g. patterns: [{{name: my-id, regex: 'X\\d{{6}}'}}]")
    out: List[Pattern] = []
    for i, p in enumerate(raw, 1):
        if not isinstance(p, dict) or "regex" not in p:
            raise ConfigError(f"{where}: bad pattern #{i}: write it as {{name: ..., regex: '...', score: 0.5}}")
        unknown = sorted(set(p) - set(_PATTERN_KEYS), key=str)
        if unknown:
            raise ConfigError(f"{where}: bad pattern #{i}: unknown keys {unknown}; allowed: {', '.join(_PATTERN_KEYS)}")
        name = str(p.get("name", f"pattern {i}"))
        try:
            re.compile(str(p["regex"]), PhiRecognizer.REGEX_FLAGS)
        except re.error as exc:
            raise ConfigError(f"{where}: bad pattern {name!r}: {exc}; fix the regex (quote it in single quotes)") from exc
        score = _number(p, "score", 0.5, f"{where}: pattern {name!r}", 0.0, 1.0)
        if score == 0:
            raise ConfigError(f"{where}: pattern {name!r}: score must be in (0, 1]; 0 would never be reported")
        if any(q.name == name for q in out):
            raise ConfigError(f"{where}: two patterns are named {name!r}; give each pattern its own name")
        out.append(Pattern(name, str(p["regex"]), score))
    return out


def _context(raw, where: str) -> List[str]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(t, str) for t in raw):
        raise ConfigError(f"{where}: context must be a list of strings (regex fragments), e.g. context: ['mrn']")
    for term in raw:
        try:
            re.compile(term, re.IGNORECASE)
        except re.error as exc:
            raise ConfigError(f"{where}: bad context regex {term!r}: {exc}; fix it or escape it") from exc
    return list(raw)


def _flag(entry: dict, key: str, where: str) -> bool:
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: {key} must be true or false, not {value!r}")
    return value


def _number(entry: dict, key: str, default: float, where: str, low: float, high: float,
            whole: bool = False) -> float:
    """``entry[key]`` as a number in ``low..high`` (a whole number when ``whole``); else a ConfigError."""
    value = entry.get(key, default)
    kind = "a whole number" if whole else "a number"
    try:
        if isinstance(value, bool):
            raise ValueError
        number = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: {key} must be {kind} in {low:g}..{high:g}, not {value!r}") from None
    if not low <= number <= high or (whole and not number.is_integer()):
        raise ConfigError(f"{where}: {key} must be {kind} in {low:g}..{high:g}, not {value!r}")
    return number


def load_yaml_recognizers(path: Path, resources=None) -> List[YamlRecognizer]:
    """The recognizers of one YAML file (bundled or the user's); any mistake is a ConfigError naming it."""
    data = read_user_file(Path(path))
    entries = data.get("recognizers", [])
    if entries is None:
        entries = []
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: 'recognizers' must be a list of entries, each starting '  - name: ...'")
    out: List[YamlRecognizer] = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise ConfigError(f"{path}: every recognizer needs a name (text): start each entry with '  - name: my-format'")
        if any(r.name == str(entry["name"]) for r in out):
            raise ConfigError(f"{path}: two recognizers are named {entry['name']!r}; rename one")
        out.append(YamlRecognizer(entry, str(path), resources))
    return out

