"""Where a name ends and what a bracket after it holds: the edges that left a name half-readable or took an ordinary
word into it (issue 9), each rule with a positive and a negative row."""

from __future__ import annotations

import pytest


def _found(scrubber, text):
    return [text[f.start:f.end] for f in scrubber.analyze_text(text).findings if f.entity_type == "PERSON"]


@pytest.mark.parametrize("text, name, word", [
    ("the stroke team who got my husband Ade thrombolysed within 40 minutes", "Ade", "thrombolysed"),
    ("Hx: T1DM, found by husband Segun unrousable, BM 1.8", "Segun", "unrousable"),
])
def test_a_name_opened_on_a_capital_takes_no_lower_case_word_no_list_knows(scrubber, text, name, word):
    found = _found(scrubber, text)
    assert name in found and not any(word in f for f in found), found


@pytest.mark.parametrize("text, name", [
    ("ANAES: Dr Ch audhry\nPT: list 2", "Ch audhry"),  # OCR split one name at a letter gap
    ("Narne: Hi1da Marg aret Sowerby", "Marg aret"),
])
def test_a_lower_case_piece_that_joins_the_word_before_into_a_name_goes_on(scrubber, text, name):
    found = _found(scrubber, text)
    assert any(name in f for f in found), found


@pytest.mark.parametrize("text, whole", [
    ("BED 3 - O'DRISCOLL, PATRICK (PADDY) - 79 - UTI", "PATRICK (PADDY)"),  # a comma-inverted first name's nickname
    ("4\tSMITH, John (\"Jack\")\t71\tUTI", 'John ("Jack")'),
])
def test_a_nickname_after_a_comma_inverted_first_name_is_part_of_the_name(scrubber, text, whole):
    assert any(whole in f for f in _found(scrubber, text)), _found(scrubber, text)


@pytest.mark.parametrize("text, name, absent", [
    ("BED 4 - WALSH, MARY - 91 - DAUGHTER (FUNKE) COLLECTING 11AM", "FUNKE", "COLLECTING"),
    ("SON (DAVID) AWARE OF PLAN", "DAVID", "AWARE"),  # capitals say nothing: "AWARE" is no surname
])
def test_a_name_in_brackets_after_a_relation_in_capitals(scrubber, text, name, absent):
    found = _found(scrubber, text)
    assert name in found and not any(absent in f for f in found), found


def test_a_relation_in_capitals_before_a_bracketed_word_that_is_no_name_finds_nothing(scrubber):
    assert _found(scrubber, "DAUGHTER (AWARE) - SON (NOK)") == []


@pytest.mark.parametrize("text, name", [
    ("1. Tendai Moyo (prefers Tee) - S2 day 19", "Tee"),  # the name someone goes by, even an ordinary word
    ("Mr Okoro (known as Bunny) in bed 4", "Bunny"),
])
def test_the_name_someone_goes_by_in_brackets_is_a_name(scrubber, text, name):
    assert name in _found(scrubber, text)


def test_a_preference_in_brackets_that_is_no_name_stays(scrubber):
    assert _found(scrubber, "Joan (prefers tea) and (prefers The Archers)") == ["Joan"]


def test_a_nickname_rule_takes_no_cell_after_a_tab(scrubber):
    text = "2\tO'HARE Francis (\"Frank\")\tMED1\t?today\n3\tLI Wei\tMED3"
    found = _found(scrubber, text)
    assert not any("MED" in f for f in found), found


@pytest.mark.parametrize("text, name, contraction", [
    ("Key safe not working. Ive rung his daughter Sandra, no answer.", "Sandra", "Ive"),  # "I've" typed without its apostrophe
    ("Cant get through to her son Dominic on the phone", "Dominic", "Cant"),
])
def test_a_contraction_typed_without_its_apostrophe_is_no_name(scrubber, text, name, contraction):
    found = _found(scrubber, text)
    assert name in found and contraction not in found, found


@pytest.mark.parametrize("text, whole", [
    ("Patient: Mrs Marga-\nret O'Sullivan\nDOB 30.04.1948", "Marga-\nret"),  # OCR hyphenated the name at the line's end
    ("Seen by Mrs Rose-\nmary Clarke today", "Rose-\nmary"),
])
def test_a_name_stopped_at_a_hyphen_before_a_line_break_takes_its_rest(scrubber, text, whole):
    assert any(whole in f for f in _found(scrubber, text)), _found(scrubber, text)


def test_a_hyphen_before_a_line_break_takes_no_word_that_makes_no_name(scrubber):
    text = "Patient: Mrs Jones-\nward 3 today"
    assert not any("ward" in f for f in _found(scrubber, text))


def test_parents_as_a_field_label_takes_the_whole_name(scrubber):
    text = "Parents: Inti Quispe (dad, speaks Quechua) and Catrin Hughes (mum)"
    found = _found(scrubber, text)
    assert "Inti Quispe" in found and "Catrin Hughes" in found, found
    assert _found(scrubber, "Parents: both at the bedside, aware of the plan") == []


def test_a_clinic_list_keeps_each_cell_whole(scrubber):
    text = ("Rheumatology clinic, room 6\n09:00  Akhtar, Shabana  NEW  M 0457231\n"
            "09:20  Brennan, Siobhán  FU  M 0390118  methotrexate bloods?")
    found = [(text[f.start:f.end], f.entity_type) for f in scrubber.analyze_text(text).findings]
    # a name ends where two spaces and a change of case open the next cell ("Siobhán  FU")
    assert ("Siobhán", "PERSON") in found, found
    # a letter, a space and seven digits is a hospital number's shape, the letter its own
    assert ("M 0457231", "HOSPITAL_NUMBER") in found and ("M 0390118", "HOSPITAL_NUMBER") in found, found


@pytest.mark.parametrize("text, name", [
    ("NAME:  PETRA  NOVÁKOVÁ", "PETRA  NOVÁKOVÁ"),  # a form typed with double spaces: the same case goes on
    ("Mr  K  Mensah\nFlat 9", "K  Mensah"),  # an initial changes no case
])
def test_double_spaces_inside_a_name_of_one_case_keep_it_whole(scrubber, text, name):
    assert name in _found(scrubber, text)


@pytest.mark.parametrize("text, kept", [
    ("Gent in his 90s on my list today. Told me off for driving. Fair.", "Fair"),  # a remark ending the post
    ("Singalong on the unit this afternoon: one of our patients gave us 'Danny Boy' and we all joined in.", "Danny"),
])
def test_a_closing_remark_and_a_song_given_us_are_no_names(scrubber, text, kept):
    assert not any(kept in f for f in _found(scrubber, text))


@pytest.mark.parametrize("text, name", [("Thanks for everything.\nJo.", "Jo"), ("Lovely shift. Hope.", "Hope")])
def test_a_name_signing_off_with_a_full_stop_stays_a_name(scrubber, text, name):
    assert name in _found(scrubber, text)


@pytest.mark.parametrize("text, names", [
    ("Anyone who hasn't done their Oliver McGowan training, do it on ESR by the end of the month", []),  # a training
    ("Daughter Hazel visited, brought Werther's, asked about the flu jab", ["Hazel"]),  # a brand
    ("Son Ade visited with a jug of Pimm's for the garden party", ["Ade"]),
    ("Discharged home. Says he will be up Ben Lawers by the summer!", []),  # a hill (Gaelic beinn), not Ben
    ("Call passed to SAS 999, aspirin advised, door unlocked", []),  # the Scottish Ambulance Service
])
def test_a_training_a_brand_and_a_service_are_no_names(scrubber, text, names):
    assert _found(scrubber, text) == names


def test_a_keep_phrase_leaves_its_first_word_a_name_elsewhere(scrubber):
    assert "Oliver Smith" in _found(scrubber, "Thanks to Oliver Smith for his help on nights")
