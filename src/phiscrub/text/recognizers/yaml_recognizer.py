"""Recognizers declared as data: a Trust's own identifier formats.

A YAML file holds a list under ``recognizers:``; each entry is

    - name: rh-mrn                 # unique, shown in findings' ``recognizer``
      entity: HOSPITAL_NUMBER      # one of phiscrub's entity types
      patterns:                    # regexes; a (?P<id>...) group narrows the span
        - {name: "RH + 7 digits", regex: '\\bRH\\d{7}\\b', score: 0.5}
      context: ["mrn", "hosp no"]  # regex fragments, matched before the number
      requires_context: false
      context_boost: 0.35

Loading is strict: an unknown key, a bad regex, an unknown entity type or a
score outside 0..1 stops phiscrub with the file and entry named (fail closed:
a Trust's format silently ignored would leave its numbers in posts).
"""

from __future__ import annotations

from pathlib import Path
from typing import List

import regex as re
import yaml
from phiscrub.text.recognizers.base import Pattern

from phiscrub.errors import ConfigError
from phiscrub.text.recognizers.base import PhiRecognizer
from phiscrub.types import ENTITY_TYPES

_KEYS = {"name", "entity", "patterns", "context", "requires_context", "context_boost", "context_before"}


class YamlRecognizer(PhiRecognizer):
    """A PhiRecognizer whose attributes come from one YAML entry."""

    def __init__(self, entry: dict, source: str):
        where = f"{source}: recognizer {entry.get('name', '?')!r}"
        unknown = set(entry) - _KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(_KEYS)}")
        entity = entry.get("entity")
        if entity not in ENTITY_TYPES:
            raise ConfigError(f"{where}: entity must be one of {', '.join(ENTITY_TYPES)}")
        patterns = []
        for p in entry.get("patterns") or []:
            try:
                score = float(p.get("score", 0.5))
                re.compile(p["regex"])
            except (KeyError, TypeError, ValueError, re.error) as exc:
                raise ConfigError(f"{where}: bad pattern {p!r}: {exc}") from exc
            if not 0 < score <= 1:
                raise ConfigError(f"{where}: score must be in (0, 1]")
            patterns.append(Pattern(str(p.get("name", "pattern")), p["regex"], score))
        if not patterns:
            raise ConfigError(f"{where}: needs at least one pattern")
        context = entry.get("context") or []
        if not isinstance(context, list):
            raise ConfigError(f"{where}: context must be a list")
        self.REQUIRES_CONTEXT = bool(entry.get("requires_context", False))
        self.CONTEXT_BOOST = float(entry.get("context_boost", PhiRecognizer.CONTEXT_BOOST))
        self.CONTEXT_BEFORE = int(entry.get("context_before", PhiRecognizer.CONTEXT_BEFORE))
        super().__init__(patterns=patterns, context=context, name=str(entry["name"]), entity=entity)


def load_yaml_recognizers(path: Path) -> List[YamlRecognizer]:
    try:
        data = yaml.safe_load(Path(path).read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read recognizer file {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with a 'recognizers' list")
    entries = data.get("recognizers", [])
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: 'recognizers' must be a list")
    out = []
    for entry in entries:
        if not isinstance(entry, dict) or "name" not in entry:
            raise ConfigError(f"{path}: every recognizer needs a name")
        out.append(YamlRecognizer(entry, str(path)))
    return out
