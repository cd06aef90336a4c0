"""The cache folder and the one helper that reads and writes it.

Derived word lists (first names, ordinary words, places) are cached as plain
text in ``platformdirs.user_cache_dir("phiscrub")``: ``$XDG_CACHE_HOME/phiscrub``
(else ``~/.cache/phiscrub``) on Linux, the platform's own cache folder
elsewhere. A warm start reads a few small files and imports neither spaCy nor
its model. File names carry the source package's version, so an upgrade
rebuilds the list instead of reading a stale one.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, List, Optional

from platformdirs import user_cache_dir


def cache_dir() -> Path:
    """Where derived lists are cached (read on every call, so a changed ``XDG_CACHE_HOME`` is honoured)."""
    return Path(user_cache_dir("phiscrub", appauthor=False))


def dist_version(name: str) -> Optional[str]:
    """The installed version of distribution ``name`` (``_`` or ``-`` spelling), or None: a cache-file tag."""
    from importlib.metadata import PackageNotFoundError, version

    for candidate in (name, name.replace("_", "-")):
        try:
            return version(candidate)
        except PackageNotFoundError:
            continue
    return None


def cached_lines(name: str, build: Callable[[], List[str]]) -> List[str]:
    """Lines of a derived list, cached as text under ``cache_dir()`` (built and written when missing).

    The write goes through a temporary file and a rename, so two processes never
    read half a list; a read-only home only means the list is rebuilt next time.
    """
    cache = cache_dir() / name
    try:
        return cache.read_text("utf-8").split("\n")
    except OSError:
        pass
    lines = build()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text("\n".join(lines), "utf-8")
        tmp.replace(cache)
    except OSError:
        pass
    return lines
