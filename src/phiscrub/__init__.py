"""phiscrub: remove what identifies a patient from NHS staff social-media drafts, offline."""

from phiscrub.api import Scrubber
from phiscrub.config import ScrubConfig
from phiscrub.errors import ConfigError, InputError, ModelNotInstalledError, PhiscrubError
from phiscrub.types import ENTITY_TYPES, Finding, TextResult

__version__ = "0.1.0"

__all__ = [
    "ENTITY_TYPES",
    "ConfigError",
    "Finding",
    "InputError",
    "ModelNotInstalledError",
    "PhiscrubError",
    "ScrubConfig",
    "Scrubber",
    "TextResult",
    "__version__",
]
