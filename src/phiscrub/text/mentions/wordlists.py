"""Word lists of the mention finders: schema-checked YAML under ``recognizers/mentions/``.

A file holds one key, ``lists``; each entry is

    - name: rare                      # unique in the file; some finders read a list by name
      source: "where the words come from"
      attributes: {rarity: rare}      # value-free attributes every match of this list carries
      phrases: [motor neurone disease, progeria]
      case_sensitive: false           # optional (acronyms: true)
      after: [my, his, her]           # optional: counts only right after one of these words
                                      # ("'s" stands for any possessive: "my son's coach")

Loading is strict and fails closed: an unknown or missing key, a value that is
not a string (YAML reads a bare ``yes`` as a boolean: quote it), an attribute
key the finder does not declare or a value outside its vocabulary stops
phiscrub with the file, list and key named. Files are read when a finder is
built (``MentionFinders(resources)``), never at import, and cached per path.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import FrozenSet, Mapping, Sequence, Tuple

import yaml

from phiscrub.errors import ConfigError
from phiscrub.resources import data_dir
from phiscrub.resources.keep import safe_load

NUMBER = "<number>"  # vocabulary marker: the value is a whole number written in digits
_REQUIRED = ("name", "source", "attributes", "phrases")
_OPTIONAL = ("case_sensitive", "after")


@dataclass(frozen=True)
class WordList:
    name: str
    source: str
    attributes: Tuple[Tuple[str, str], ...]
    phrases: Tuple[str, ...]
    case_sensitive: bool = False
    after: FrozenSet[str] = frozenset()


def mentions_dir() -> Path:
    return data_dir() / "mentions"


def _strings(value, where: str, key: str) -> Tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise ConfigError(f"{where}: '{key}' must be a non-empty list of strings")
    for v in value:
        if not isinstance(v, str) or not v.strip():
            raise ConfigError(f"{where}: '{key}' holds {type(v).__name__} {v!r}, not a non-empty string (quote it)")
    return tuple(v.strip() for v in value)


def _attributes(value, where: str) -> Tuple[Tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: 'attributes' must be a mapping of strings, e.g. {{rarity: rare}}")
    for k, v in value.items():
        if not isinstance(k, str) or not isinstance(v, str):
            raise ConfigError(f"{where}: attribute {k!r} must map a string to a string (quote {v!r})")
    return tuple(value.items())


def _entry(entry, path: Path, index: int) -> WordList:
    if not isinstance(entry, dict):
        raise ConfigError(f"{path}: list #{index} must be a mapping with keys {', '.join(_REQUIRED)}")
    where = f"{path}: list {entry.get('name', f'#{index}')!r}"
    unknown = sorted(set(map(str, entry)) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}; allowed: {', '.join(_REQUIRED + _OPTIONAL)}")
    for key in _REQUIRED:
        if key not in entry:
            raise ConfigError(f"{where}: missing key {key!r}")
    for key in ("name", "source"):
        if not isinstance(entry[key], str) or not entry[key].strip():
            raise ConfigError(f"{where}: '{key}' must be a non-empty string")
    case = entry.get("case_sensitive", False)
    if not isinstance(case, bool):
        raise ConfigError(f"{where}: 'case_sensitive' must be true or false")
    after = _strings(entry["after"], where, "after") if "after" in entry else ()
    return WordList(
        name=entry["name"].strip(),
        source=entry["source"].strip(),
        attributes=_attributes(entry["attributes"], where),
        phrases=_strings(entry["phrases"], where, "phrases"),
        case_sensitive=case,
        after=frozenset(a.lower() for a in after),
    )


@lru_cache(maxsize=None)
def _load(path: str) -> Tuple[WordList, ...]:
    p = Path(path)
    try:
        data = safe_load(p.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read mention word list {p}: {exc}; fix the file or reinstall phiscrub") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{p}: expected a mapping with one key 'lists'")
    unknown = sorted(set(map(str, data)) - {"lists"})
    if unknown:
        raise ConfigError(f"{p}: unknown key {unknown[0]!r}; the file holds only 'lists'")
    if not isinstance(data.get("lists"), list) or not data["lists"]:
        raise ConfigError(f"{p}: missing key 'lists' (a non-empty list of word lists)")
    lists = tuple(_entry(e, p, i) for i, e in enumerate(data["lists"]))
    names = [wl.name for wl in lists]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ConfigError(f"{p}: list name {dupes[0]!r} is used twice")
    return lists


def load_lists(path, vocabulary: Mapping[str, Sequence[str]], required: Sequence[str] = ()) -> Tuple[WordList, ...]:
    """The lists of one file (a name under ``recognizers/mentions/`` or a path), checked against a finder.

    ``vocabulary``: attribute key -> allowed values (``NUMBER``: digits) the
    finder declares; ``required``: list names the finder reads by name.
    """
    p = Path(path)
    if not p.is_absolute() and p.parent == Path("."):
        p = mentions_dir() / p
    lists = _load(str(p))
    for wl in lists:
        for key, value in wl.attributes:
            allowed = vocabulary.get(key)
            if allowed is None:
                raise ConfigError(f"{p}: list {wl.name!r}: unknown attribute key {key!r}; "
                                  f"allowed: {', '.join(sorted(vocabulary))}")
            if not (value in allowed or (NUMBER in allowed and value.isdigit())):
                raise ConfigError(f"{p}: list {wl.name!r}: attribute {key!r} is {value!r}; "
                                  f"allowed: {', '.join(a for a in allowed if a != NUMBER)}")
    missing = [n for n in required if n not in {wl.name for wl in lists}]
    if missing:
        raise ConfigError(f"{p}: missing list {missing[0]!r} (the finder reads it by name)")
    return lists
