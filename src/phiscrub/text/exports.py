"""System exports pasted into a draft, read as the labelled fields they are (each character to one: offsets kept).

An order-comms or PAS error, a DICOM header or an HL7 message copied into chat or a ticket writes a record's fields
as JSON (``{"PatientName":"AMANKWAH^VIOLET^^MRS","PatientBirthDate":"19360722","PatientID":"B04472291"}``) and a
person's name as its components joined by carets (family^given^middle^prefix, DICOM PN and HL7 XPN). Read as the
recognizers read a form:

- the quotes around a JSON key and its string value are spaces, the key's colon right after it ("PatientID:
  B04472291"), so the key is a field's label and the value its field;
- a caret between the letters of a name's components is a space, and a run of them a wider gap ("AMANKWAH VIOLET
  MRS": the prefix past a cell's gap), so the family and given names read as words of one name.

Avoids: carets beside digits ("10^9/L", "x^2"), quotes that are no JSON pair ('Thomas "Tommo" Reid').
"""

from __future__ import annotations

import regex as re

# a JSON pair with a string value: "Key":"value" (a key of letters, digits and underscores)
_JSON_PAIR = re.compile(r'"(?P<k>[A-Za-z_][\w]{1,40})"[ \t]*:[ \t]*"(?P<v>[^"\n]{0,200})"')
# a name's components joined by carets: letters on both sides of the first caret
_CARET_NAME = re.compile(r"(?<![\w^])\p{L}[\p{L}'’-]*(?:\^+[\p{L}'’-]*)*\^+\p{L}[\p{L}'’-]*(?:\^+[\p{L}'’-]*)*")


def _pair(m: "re.Match") -> str:
    colon = m.string[m.end("k") + 1:m.start("v") - 1]  # the colon and any spaces between the quotes
    return f" {m['k']}{colon}  {m['v']} "  # the key's closing quote after its colon: "Key:  value"


def read_exports(text: str) -> str:
    """``text`` with JSON pairs' quotes and the carets of names read as spaces (same length)."""
    if '":' in text:
        text = _JSON_PAIR.sub(_pair, text)
    if "^" in text:
        text = _CARET_NAME.sub(lambda m: m.group().replace("^", " "), text)
    return text
