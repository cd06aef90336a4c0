"""Names known from their role in the line, and words that only look like names there (issue 9, tenth session):
each rule with a positive and a negative row."""

from __future__ import annotations

import pytest


def _found(scrubber, text, entity="PERSON"):
    return [text[f.start:f.end] for f in scrubber.analyze_text(text).findings if f.entity_type == entity]


@pytest.mark.parametrize("text, name", [
    ("Emergency contact: wife Ngozi, 07700 900141", "Ngozi"),
    ("Emergency contact: husband Rommel - same address", "Rommel"),  # a name that is a dictionary word
    ("Thanks for looking after wor lass Shona on Ward 7", "Shona"),  # Geordie "our lass": a wife or daughter
    ("Next of kin named as 'Bash', number on file", "Bash"),
])
def test_a_relative_or_contact_named_after_its_cue_is_a_name(scrubber, text, name):
    assert name in _found(scrubber, text)


def test_an_emergency_contact_with_no_name_finds_nothing(scrubber):
    assert _found(scrubber, "Emergency contact: husband, same address. Lass was fine after.") == []


@pytest.mark.parametrize("text, name", [
    ("Please process the overtime claim for May. Lorraine, HR Advisor", "Lorraine"),
    ("Swap approved: Carol (Band 7) - ring the ward if stuck", "Carol"),
    ("Verbal handover typed up for Comfort (nights) - Ward 26", "Comfort"),  # the shift she works
])
def test_a_first_name_signed_with_a_job_or_a_staff_band_is_a_name(scrubber, text, name):
    assert name in _found(scrubber, text)


def test_an_ordinary_word_before_a_comma_and_a_job_stays(scrubber):
    assert _found(scrubber, "Any questions, ask at reception. Advice, HR Advisor") == []


@pytest.mark.parametrize("text, name, word", [
    ("Lovely shout. Crewmates Dai and Cerys were ace.", "Dai", "Crewmates"),  # a relation word is no forename
    ("Mentors Kowalczyk and Reid signed off the book", "Kowalczyk", "Mentors"),
])
def test_a_relation_word_before_a_surname_is_no_part_of_the_name(scrubber, text, name, word):
    found = _found(scrubber, text)
    assert any(name in f for f in found) and not any(word in f for f in found), found


def test_a_dictionary_noun_opening_a_rota_line_before_a_surname_is_its_forename(scrubber):
    text = "Swaps approved:\nRaf Wiśniewski ↔ Jas Dhillon (Fri)\nBen Cole ↔ Mo Farah (Sat)"
    assert "Raf Wiśniewski" in _found(scrubber, text)  # "RAF" is a dictionary word; half of the name was left


def test_an_adjective_opening_a_line_before_a_surname_stays_readable(scrubber):
    found = _found(scrubber, "Handover:\nUrgent Wiśniewski review before 5")
    assert not any("Urgent" in f for f in found), found


@pytest.mark.parametrize("text", [
    "Stack: 40 calls waiting. Prioritise Cat 1 and Cat 2. HALO at the Royal.",  # a category before a full stop
    "Transferred from Royal Bournemouth, hosp no RDZ7761234, stable",  # a hospital named for its town
    "Signposted by Maya (Social Prescriber), Kirklees ICB",  # an NHS body's acronym
])
def test_what_names_a_category_a_hospital_or_an_nhs_body_is_no_person(scrubber, text):
    found = _found(scrubber, text)
    assert not any(w in f for f in found for w in ("Cat", "Bournemouth", "Kirklees")), found


def test_a_person_from_a_town_with_no_royal_before_it_is_still_found(scrubber):
    assert "Cat Bournemouth" in _found(scrubber, "Thanks to Cat Bournemouth, 45, for the cake")


@pytest.mark.parametrize("text, whole", [
    ("List:\n1. SMITH, John 77M\n2. NG, Mei 54F\n3. OKAFOR, Ada 31F", "NG"),  # a two-letter Chinese surname
    ("Ward round: Mr Ip and Mrs Ko both for discharge", "Ip"),
])
def test_short_east_asian_surnames_are_names(scrubber, text, whole):
    assert whole in " ".join(_found(scrubber, text)), _found(scrubber, text)


@pytest.mark.parametrize("text, address", [
    ("SSP query, home address Flat 2, 17 Tooting Bec, SW17 8BW. Thanks", "Flat 2, 17 Tooting Bec"),
    ("Moved to Apartment 9 14 Harbour Road last week", "Apartment 9 14 Harbour Road"),
    ("Mrs Le Page, Les Chênes, Rue de la Croix au Prêtre, St Peter Port", "Rue de la Croix au Prêtre"),
    ("Pick-up: Fl at 3, Ash H0use, Mill Lane\nPostcode: DN4 8QX", "Fl at 3, Ash H0use, Mill Lane"),  # OCR's "Fl at"
])
def test_an_address_keeps_its_flat_number_and_its_whole_french_street(scrubber, text, address):
    assert any(address in f for f in _found(scrubber, text, "STREET_ADDRESS")), _found(scrubber, text, "STREET_ADDRESS")


def test_a_bed_number_before_a_street_is_no_flat(scrubber):
    assert _found(scrubber, "Bed 4, 12 Mill Road", "STREET_ADDRESS") == ["12 Mill Road"]


def test_a_first_name_that_is_a_stop_word_with_its_job_after_it_is_a_name(scrubber):
    text = "Thanks to nights, and to Will the HCA who kept bringing tea. Will never forget it. Will said he'd be back."
    found = [(f.start, f.end) for f in scrubber.analyze_text(text).findings if f.entity_type == "PERSON"]
    starts = [text.find("Will the"), text.find("Will said")]
    assert all((s, s + 4) in found for s in starts), found
    assert (text.find("Will never"), text.find("Will never") + 4) not in found  # the modal verb opening a sentence


def test_a_modal_opening_a_question_before_a_job_stays(scrubber):
    assert _found(scrubber, "Will the nurse ring me back?") == []


@pytest.mark.parametrize("text, name", [
    ("Happy 100th birthday to Mrs Morwenna Pengelly of St Just, born 1926", "Morwenna Pengelly"),
    ("Brought in from the course on Saturday, Mr Juan Quayle of Ballamoar Cottage, Ballamoar Road", "Juan Quayle"),
])
def test_a_full_name_and_where_the_person_is_from_is_a_name(scrubber, text, name):
    assert name in _found(scrubber, text)


def test_an_organisation_of_a_place_named_for_no_one_stays(scrubber):
    assert _found(scrubber, "Thanks to the Friends of Bude Hospital for the cake") == []


def test_a_jobs_list_row_opening_on_a_surname_before_its_bed_is_a_name(scrubber):
    text = "FY1 jobs list\n• Pereira bed 4 – chase CT\n• Dlamini bed 12 – DNACPR\n• Bloods bed 15 – repeat K+"
    found = _found(scrubber, text)
    assert {"Pereira", "Dlamini"} <= set(found) and "Bloods" not in found, found


def test_a_numbered_unit_after_a_list_items_surname_is_where_not_who(scrubber):
    found = _found(scrubber, "SHO handover\n- Fairweather-Smythe, Ward 5 12: Na 118\n- PORTER, MAY 91 – falls")
    assert "Fairweather-Smythe" in found and "MAY" in found and not any("Ward" in f for f in found), found


def test_a_role_word_in_brackets_after_a_name_is_no_nickname(scrubber):
    found = _found(scrubber, "Carer notes 07:15 – Mrs Dora Keast, 11 Mill Road\nLeft the alarm on. Precious (Carer)")
    assert "Precious" in found and not any("Carer" in f for f in found), found


def test_a_lower_case_nickname_adjective_joins_a_lower_case_first_name(scrubber):
    assert "big dave" in _found(scrubber, "scanner is behind the commodes where big dave left it")
    assert _found(scrubber, "the old bob is broken again") == []  # no first name found to join


def test_a_west_country_barton_is_a_house_before_its_street(scrubber):
    found = _found(scrubber, "He farmed at Trewartha Barton, Penhale Lane for sixty years", "STREET_ADDRESS")
    assert "Trewartha Barton, Penhale Lane" in found, found
