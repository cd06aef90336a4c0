"""Name lists: first names from gender-guesser's ``nam_dict.txt``, surnames from ``recognizers/names``.

* first names: Jörg Michael's ``nam_dict.txt`` (GFDL), shipped by the PyPI
  package ``gender-guesser``: ~45,000 names with a frequency per country.
  Parsed once and cached as a TSV (see ``cache.py``).
* surnames: ``recognizers/names/surnames.txt`` (compiled for phiscrub, sources
  in its header).
* more first names: ``recognizers/names/first_names.txt``, names the main list
  lacks (West and southern African, Filipino, South Asian; sources in its header).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import FrozenSet

from phiscrub.errors import ConfigError, ModelNotInstalledError
from phiscrub.resources.cache import cached_lines, dist_version

# nam_dict.txt country columns (see the file's header): 0 Great Britain, 1 Ireland, 2 USA
ANGLO_COLUMNS = (0, 1, 2)
_INSTALL = "the first-name list is missing: pip install gender-guesser==0.4.0"


@lru_cache(maxsize=1)
def first_names() -> tuple:
    """(every name -> max frequency, GB/IE/US name -> frequency), from nam_dict.txt (cached)."""
    tag = dist_version("gender-guesser")
    if tag is None:
        raise ModelNotInstalledError(_INSTALL)
    every: dict = {}
    anglo: dict = {}
    for line in cached_lines(f"first-names-{tag}.tsv", _parse_nam_dict):
        if line:
            name, e, a = line.split("\t")
            every[name] = int(e)
            if a != "0":
                anglo[name] = int(a)
    return every, anglo


def _parse_nam_dict() -> list:
    """nam_dict.txt's fixed-width lines as ``name<TAB>max frequency<TAB>GB/IE/US frequency``."""
    try:
        text = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise ModelNotInstalledError(_INSTALL) from exc
    every: dict = {}
    anglo: dict = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#=" or len(line) < 31 or line[29] == "+":
            continue
        name = line[2:29].strip().replace("+", " ")
        freqs = [int(c, 16) if c not in " $" else 0 for c in line[30:-1]]
        if not name or not freqs:
            continue
        key = name.lower()
        every[key] = max(every.get(key, 0), max(freqs))
        a = max((freqs[i] for i in ANGLO_COLUMNS if i < len(freqs)), default=0)
        if a:
            anglo[key] = max(anglo.get(key, 0), a)
    return [f"{k}\t{v}\t{anglo.get(k, 0)}" for k, v in sorted(every.items())]


def word_file(path: Path) -> FrozenSet[str]:
    """A one-word-per-line list (``#`` comments), lower case; missing is a ConfigError."""
    if not path.exists():
        raise ConfigError(f"missing word list {path}: reinstall phiscrub (pip install -e .)")
    return frozenset(
        line.strip().lower()
        for line in path.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


def surnames(path: Path) -> FrozenSet[str]:
    """Lower-case surnames from ``path`` (``recognizers/names/surnames.txt``)."""
    return word_file(path)
