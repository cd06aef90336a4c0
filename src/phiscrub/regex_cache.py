"""phiscrub's own compiled regular expressions, kept between runs so a cold start need not compile them again.

The ``regex`` package compiles a pattern in Python (parse, then code generation): about 440 built-in patterns take
0.45 s of a 1.7 s ``phiscrub text`` cold start. A compiled pattern's plain data (``Pattern._pickled_data``: the
pattern, its flags, code bytes and group tables; what ``regex`` itself pickles) is enough for ``_regex.compile`` to
rebuild the pattern object without parsing. This module keeps that data in one ``marshal`` file (plain data: loading
it runs no code) under ``resources.cache_dir()``, named after the ``regex`` and Python versions so an upgrade starts
a new file, and looks every compile up there first.

Only phiscrub's own patterns are written: those compiled by a phiscrub module's top-level code, and those compiled
inside ``recording()`` (the build of the built-in recognizers; never a user's YAML files). A pattern compiled while
a draft is analysed is never recorded: one made from a draft's name or an allow-list must not reach the disk.
A missing, unreadable or stale file only means compiling as usual; a read-only cache folder, not saving.
``PHISCRUB_REGEX_CACHE=0`` turns the cache off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, Optional, Tuple

_PACKAGE = str(Path(__file__).resolve().parent) + os.sep
_Key = Tuple[str, int, int]
_lock = threading.Lock()
_state = {"installed": False, "scopes": 0, "path": None, "loaded": 0, "hits": 0}
_stored: Dict[_Key, tuple] = {}  # compiled data read from the file
_new: Dict[_Key, tuple] = {}  # phiscrub's own patterns compiled in this process, not yet in the file
_built: Dict[_Key, object] = {}  # pattern objects rebuilt from stored data, once each


def cache_file() -> Path:
    import regex

    from phiscrub.resources.cache import cache_dir

    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    return cache_dir() / f"regex-{regex.__version__}-py{version}.marshal"


def install() -> None:
    """Read the cache file and look every ``regex`` compile up in it first (once per process)."""
    if _state["installed"] or os.environ.get("PHISCRUB_REGEX_CACHE", "1") == "0":
        return
    import regex
    import regex._main as main

    if not callable(getattr(main, "_compile", None)) or not hasattr(main.Pattern, "_pickled_data"):
        return  # another regex release: compile as usual
    _state["installed"] = True
    path = cache_file()
    _state["path"] = path
    try:
        with open(path, "rb") as fh:
            data = marshal.load(fh)
        if isinstance(data, dict):
            _stored.update(data)
            _state["loaded"] = len(data)
    except (OSError, EOFError, ValueError, TypeError):
        pass  # no file yet, or a damaged one: it is rewritten on save
    original = main._compile

    def _compile(pattern, flags, ignore_unused, kwargs, cache_it):
        if kwargs or not cache_it or type(pattern) is not str:
            return original(pattern, flags, ignore_unused, kwargs, cache_it)
        key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
        found = _built.get(key)
        if found is None and key in _stored:
            found = _rebuild(key, main)
        if found is not None:
            _state["hits"] += 1
            return found
        compiled = original(pattern, flags, ignore_unused, kwargs, cache_it)
        if not (int(flags) | compiled.flags) & (main.LOCALE | main.DEBUG) and (_state["scopes"] or _module_level()):
            with _lock:
                _new[key] = compiled._pickled_data
        return compiled

    main._compile = _compile
    atexit.register(save)


def _rebuild(key: _Key, main) -> Optional[object]:
    try:
        pattern = main._regex.compile(*_stored[key])
    except Exception:  # data another build wrote differently: compile it afresh
        _stored.pop(key, None)
        return None
    _built[key] = pattern
    return pattern


def _module_level() -> bool:
    """Whether the compile runs in a phiscrub module's top-level code (directly or through its helpers), where
    no draft can be."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if "regex" + os.sep in name and not name.startswith(_PACKAGE):
            frame = frame.f_back  # inside the regex package itself
            continue
        if not name.startswith(_PACKAGE):
            return False
        if frame.f_code.co_name == "<module>":
            return True
        frame = frame.f_back
    return False


@contextmanager
def recording() -> Iterator[None]:
    """Record the patterns compiled inside (phiscrub's built-in parts only; never anything from a draft or a user's
    file), then save them."""
    with _lock:
        _state["scopes"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["scopes"] -= 1
        save()


def save() -> None:
    """Write the stored and newly recorded patterns, through a temporary file and a rename (two processes never
    read half a file); nothing when nothing is new or the folder is read-only."""
    path = _state["path"]
    with _lock:
        if not _new or path is None:
            return
        data = {**_stored, **_new}
        _stored.update(_new)
        _new.clear()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as fh:
            marshal.dump(data, fh)
        tmp.replace(path)
    except (OSError, ValueError):
        pass


def stats() -> Dict[str, int]:
    """Patterns read from the file, compiles answered from it, and patterns recorded but not yet saved."""
    return {"loaded": _state["loaded"], "hits": _state["hits"], "pending": len(_new)}
