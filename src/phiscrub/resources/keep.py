"""The keep-list (``recognizers/keep.yaml``) and the ``not_names`` of a user's recognizer files.

Both are read strictly: an unknown top-level key ("not_name:", "recognisers:")
is a ConfigError naming the key and the allowed ones, because a misspelt key
silently ignored would drop the user's words (fail closed).

* ``keep.yaml``: ``not_names`` (words never a PERSON alone), ``eponyms``
  ("Parkinson's"), ``places`` (added to the gazetteer).
* a user's file (``--recognizers FILE``): ``recognizers`` (see
  ``phiscrub.text.recognizers.yaml_recognizer``) and ``not_names``, merged
  into the keep-list's by ``build_resources(model, extra_not_names=user_not_names(files))``.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Iterable, Sequence, Tuple

import yaml

from phiscrub.errors import ConfigError

KEEP_KEYS = ("not_names", "eponyms", "places")
USER_FILE_KEYS = ("recognizers", "not_names")
# libyaml's safe loader when PyYAML was built with it (same documents, about 10x faster to parse the
# bundled lists, which are part of every cold start); the pure-Python one otherwise.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str):
    """``yaml.safe_load``, on libyaml when available."""
    return yaml.load(text, Loader=_SAFE_LOADER)


def read_mapping(path: Path, allowed: Sequence[str], what: str) -> dict:
    """A YAML file whose top level is a mapping with only ``allowed`` keys (empty file: ``{}``)."""
    try:
        data = safe_load(Path(path).read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {what} {path}: {exc}; fix the file or the path") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(
            f"{path}: expected a mapping with the keys {', '.join(allowed)} at the top level; "
            f"write e.g. '{allowed[0]}:' followed by an indented list"
        )
    for key in data:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(
                f"{path}: unknown top-level key {key!r}{hint}; allowed keys: {', '.join(allowed)}. "
                "Fix the spelling or remove the key"
            )
    return data


def string_list(data: dict, key: str, path: Path) -> Tuple[str, ...]:
    """``data[key]`` as a tuple of strings (absent: empty); anything else is a ConfigError."""
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(
            f"{path}: '{key}' must be a list of strings, one per line as '  - word' "
            f"(write '{key}: []' for none; quote words YAML reads as numbers or booleans)"
        )
    return tuple(value)


def load_keep(path: Path) -> dict:
    """The keep-list at ``path``: a mapping with ``not_names``, ``eponyms`` and ``places`` lists of strings."""
    data = read_mapping(path, KEEP_KEYS, "keep-list")
    for key in KEEP_KEYS:
        string_list(data, key, path)
    return data


def read_user_file(path: Path) -> dict:
    """A user's recognizer YAML, top level checked (``recognizers`` is checked by its loader)."""
    data = read_mapping(path, USER_FILE_KEYS, "recognizer file")
    string_list(data, "not_names", path)
    return data


def user_not_names(paths: Iterable[Path]) -> Tuple[str, ...]:
    """The ``not_names`` of the user's recognizer files, lower case, in order, without repeats."""
    out: dict = {}
    for path in paths:
        for word in string_list(read_user_file(path), "not_names", path):
            if word.strip():
                out.setdefault(word.strip().lower(), None)
    return tuple(out)
