"""HOSPITAL_NUMBER: local patient identifiers (MRN, hospital/unit/PAS number).

Rule: an identifier shape right after a patient-number label ("hosp no",
"hospital number", "MRN", "unit no", "PAS no", "patient ID", "K no", "RD&E
no"): a letter + 6-7 digits ("K1234567"), two or three letters + 6-8 digits
("RH0012345"), a three-character ODS code + digits ("RX1 2345678"), spaced digit
groups ("123 456 78") or 6-10 digits. Trust-specific shapes are data, loaded
from ``recognizers/*.yaml`` (see ``yaml_recognizer.py``), so a Trust adds its
format without code. Source: NHS Data Dictionary "LOCAL PATIENT IDENTIFIER".
Avoids: "Ward 7", "Bed 12", "Band 8a", incident/job/CAD references: no
patient-number label, so nothing is found.
"""

from phiscrub.text.recognizers.base import Pattern, PhiRecognizer

LABEL = (
    r"(?:hosp(?:ital)?\.?\s*(?:no|num|number|#|id)|mrn|m\.r\.n|medical\s+record\s+(?:no|number)"
    r"|unit\s*(?:no|num|number)|pas\s*(?:no|number|id)?|patient\s*(?:id|no|number|ref)"
    r"|pt\s*(?:id|no)|case\s*note\s*(?:no|number)|k\s*no|rd&e\s*no|local\s+(?:patient\s+)?(?:id|no|number)"
    r"|hospital\s+id|record\s+(?:no|number)|crn|rtx|trust\s+(?:no|number)|trak|epr\s*(?:no|id)?|pas\s*id)(?![^\W\d_])\.?"
)
# Up to three letters (or an ODS code), then 5-10 digits that may be grouped by single spaces
# or hyphens: K1234567, RH0012345, RX1 2345678, AB 556 1020, J 882104, 123 456 78.
ID_SHAPE = r"(?:[A-Z]{1,3}[ -]?|[A-Z0-9]{3}[ -]?)?\d(?:[ -]?\d){4,9}[A-Z]?"


class HospitalNumberRecognizer(PhiRecognizer):
    ENTITY = "HOSPITAL_NUMBER"
    PREFILTER = r"\d{3}"
    PATTERNS = [
        Pattern(
            "label + local id",
            rf"(?<![\w]){LABEL}\s*(?:is|was|=)?\s*[:#=-]?\s*(?P<id>{ID_SHAPE})(?![\w])",
            0.8,
        ),
    ]
