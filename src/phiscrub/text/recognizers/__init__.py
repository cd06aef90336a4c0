"""One recognizer per module; ``RECOGNIZERS`` is the registry.

A new recognizer is one new file (a ``PhiRecognizer`` subclass, constructed as
``cls(resources)``) plus one line in ``RECOGNIZERS``; a new Trust format is a
YAML file (listed in ``BUNDLED_YAML`` when it ships with phiscrub, or passed by
the user). PERSON is not here: names are found by ``phiscrub.text.person``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, List, Sequence

from phiscrub.errors import ConfigError
from phiscrub.resources import Resources, data_dir
from phiscrub.text.recognizers.base import PhiRecognizer
from phiscrub.text.recognizers.date_of_birth import DateOfBirthRecognizer
from phiscrub.text.recognizers.email import EmailAddressRecognizer
from phiscrub.text.recognizers.hospital_number import HospitalNumberRecognizer
from phiscrub.text.recognizers.house_name_address import HouseNameAddressRecognizer
from phiscrub.text.recognizers.labelled_address import LabelledAddressRecognizer
from phiscrub.text.recognizers.nhs_number import NhsNumberRecognizer
from phiscrub.text.recognizers.ni_number import NiNumberRecognizer
from phiscrub.text.recognizers.phone import PhoneNumberRecognizer
from phiscrub.text.recognizers.postcode import PostcodeRecognizer
from phiscrub.text.recognizers.street_address import StreetAddressRecognizer
from phiscrub.text.recognizers.vehicle_reg import VehicleRegRecognizer
from phiscrub.text.recognizers.yaml_recognizer import load_yaml_recognizers
from phiscrub.types import ENTITY_TYPES

RECOGNIZERS = (
    NhsNumberRecognizer,
    PostcodeRecognizer,
    DateOfBirthRecognizer,
    PhoneNumberRecognizer,
    EmailAddressRecognizer,
    NiNumberRecognizer,
    StreetAddressRecognizer,
    HouseNameAddressRecognizer,
    LabelledAddressRecognizer,
    HospitalNumberRecognizer,
    VehicleRegRecognizer,
)

# Recognizer files shipped in recognizers/ (keep.yaml is the keep-list, not recognizers).
BUNDLED_YAML = ("hospital_numbers.yaml",)


def build_recognizers(
    resources: Resources, recognizer_files: Iterable[Path] = (), entities: Sequence[str] = ENTITY_TYPES
) -> List[PhiRecognizer]:
    """Every built-in recognizer (constructed as ``cls(resources)``), the bundled YAML recognizers
    (``BUNDLED_YAML``) and the user's YAML files, restricted to ``entities``.

    Every YAML file is loaded and checked even when none of its entities is wanted:
    a broken file is an error whatever the options (fail closed).
    """
    wanted = set(entities)
    unknown = wanted - set(ENTITY_TYPES)
    if unknown:
        raise ConfigError(f"unknown entity types {sorted(unknown)}: use {', '.join(ENTITY_TYPES)}")
    out: List[PhiRecognizer] = [cls(resources) for cls in RECOGNIZERS if cls.ENTITY in wanted]
    for path in [data_dir() / name for name in BUNDLED_YAML] + [Path(p) for p in recognizer_files]:
        out += [r for r in load_yaml_recognizers(path, resources) if r.entity in wanted]
    return out


__all__ = ["BUNDLED_YAML", "RECOGNIZERS", "build_recognizers"] + [cls.__name__ for cls in RECOGNIZERS]
