"""phiscrub: remove what identifies a patient from NHS staff social-media drafts, offline.

The public API is what ``__all__`` lists. Names resolve on first use, so
``import phiscrub`` (and ``phiscrub --help``) loads neither spaCy nor a model.
"""

from importlib import import_module
from typing import TYPE_CHECKING

from phiscrub import regex_cache

__version__ = "0.1.0"

regex_cache.install()  # before any phiscrub module compiles its patterns

_EXPORTS = {
    "Scrubber": "phiscrub.api",
    "ScrubConfig": "phiscrub.config",
    "PhiscrubError": "phiscrub.errors",
    "ConfigError": "phiscrub.errors",
    "InputError": "phiscrub.errors",
    "ModelNotInstalledError": "phiscrub.errors",
    "Finding": "phiscrub.types",
    "TextResult": "phiscrub.types",
    "TextAnalysis": "phiscrub.types",
    "Mention": "phiscrub.types",
    "ENTITY_TYPES": "phiscrub.types",
    "MENTION_KINDS": "phiscrub.types",
    "ImageError": "phiscrub.errors",
    "ImageResult": "phiscrub.image.types",
    "Region": "phiscrub.image.types",
    "JigsawRisk": "phiscrub.risk.types",
    "PostResult": "phiscrub.risk.types",
}

__all__ = sorted(_EXPORTS) + ["__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from phiscrub.api import Scrubber  # noqa: F401
    from phiscrub.config import ScrubConfig  # noqa: F401
    from phiscrub.errors import ConfigError, ImageError, InputError, ModelNotInstalledError, PhiscrubError  # noqa: F401
    from phiscrub.image.types import ImageResult, Region  # noqa: F401
    from phiscrub.risk.types import JigsawRisk, PostResult  # noqa: F401
    from phiscrub.types import ENTITY_TYPES, MENTION_KINDS, Finding, Mention, TextAnalysis, TextResult  # noqa: F401


def __getattr__(name):
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'phiscrub' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_EXPORTS))
