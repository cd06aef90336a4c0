"""One exception tree. Every message says what to do next."""


class PhiscrubError(Exception):
    """Base class of every error phiscrub raises on purpose."""


class ConfigError(PhiscrubError):
    """A configuration value or a recognizer YAML file is invalid (phiscrub never falls back to defaults)."""


class ModelNotInstalledError(PhiscrubError):
    """A model that a stage needs is not installed; the message carries the install command."""


class InputError(PhiscrubError):
    """An input (file, text) cannot be read as asked."""


class PatternTimeoutError(ConfigError):
    """A recognizer's regex ran past its time limit on one text (catastrophic backtracking)."""


class ImageError(PhiscrubError):
    """A photo cannot be read or fully processed: it is failed closed (no safe copy is written)."""
