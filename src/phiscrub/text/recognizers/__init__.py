"""One recognizer per module; this table is the registry (a new recognizer is one file plus one line here)."""

from phiscrub.text.recognizers.date_of_birth import DateOfBirthRecognizer
from phiscrub.text.recognizers.email import EmailAddressRecognizer
from phiscrub.text.recognizers.hospital_number import HospitalNumberRecognizer
from phiscrub.text.recognizers.house_name_address import HouseNameAddressRecognizer
from phiscrub.text.recognizers.nhs_number import NhsNumberRecognizer
from phiscrub.text.recognizers.ni_number import NiNumberRecognizer
from phiscrub.text.recognizers.person import PersonRecognizer
from phiscrub.text.recognizers.phone import PhoneNumberRecognizer
from phiscrub.text.recognizers.postcode import PostcodeRecognizer
from phiscrub.text.recognizers.street_address import StreetAddressRecognizer
from phiscrub.text.recognizers.vehicle_reg import VehicleRegRecognizer

# Recognizers built without a lexicon; PERSON and vehicle registrations take one.
PATTERN_RECOGNIZERS = (
    NhsNumberRecognizer,
    PostcodeRecognizer,
    DateOfBirthRecognizer,
    PhoneNumberRecognizer,
    EmailAddressRecognizer,
    NiNumberRecognizer,
    StreetAddressRecognizer,
    HouseNameAddressRecognizer,
    HospitalNumberRecognizer,
)
LEXICON_RECOGNIZERS = (PersonRecognizer, VehicleRegRecognizer)

__all__ = [c.__name__ for c in PATTERN_RECOGNIZERS + LEXICON_RECOGNIZERS]
