"""The NER gate (``phiscrub.text.gate``): which words the model is asked about, and that asking
about fewer words finds the same names as reading every word."""

from __future__ import annotations

import pytest

from phiscrub import Scrubber
from phiscrub.config import ScrubConfig
from phiscrub.text.gate import ASK, EXPLAINED, INSIDE_SENTENCE, NEAR_NAME, WINDOW, doubtful, windows
from phiscrub.text.ner import run_ner
from phiscrub.types import Finding


@pytest.fixture(scope="module")
def resources(scrubber):
    return scrubber._text.parts.resources


@pytest.mark.parametrize("word, answer", [
    ("Zelphine", ASK),        # a word no list knows
    ("Priya", ASK),           # a first name
    ("Hope", ASK),            # a word that is also a common first name here
    ("zainab", ASK),          # a lower-case first name that is no word
    ("tea", EXPLAINED),       # a lower-case word that is also a first name
    ("Don't", EXPLAINED),     # a first name with n't is a verb
    ("St", EXPLAINED),        # two letters and no name
    ("Quetiapine", EXPLAINED),  # a drug by its INN stem
    ("Li", INSIDE_SENTENCE),  # two letters and a name (and a word)
    ("Kendal", NEAR_NAME),    # a town that is a rare first name
    ("Florence", ASK),        # a town that is a common first name
    ("nguyen", ASK),          # a lower-case surname that is no word
    ("al-Hashimi", ASK),      # a capital after a particle and hyphen
    ("WEI", ASK),             # a first name in block capitals is no acronym
    ("bill", EXPLAINED),      # a lower-case first name that is also a verb
    ("gold", EXPLAINED),      # a lower-case surname that is also a word
    ("The", EXPLAINED),       # a stop word
    ("He's", EXPLAINED),      # a stop word with a clitic
    ("Emergency", EXPLAINED),  # an ordinary word, never a name
    ("Truro", EXPLAINED),     # a town, never a name
    ("RTC", EXPLAINED),       # a short acronym
    ("table", EXPLAINED),     # a lower-case ordinary word
    ("Park", NEAR_NAME),      # a surname that is also a word
    ("Long", INSIDE_SENTENCE),  # a rare first name that is also a word
    ("Dot", INSIDE_SENTENCE),
    ("Yep", EXPLAINED),       # chat's yes and no: a keep word, never a name
    ("Nah", EXPLAINED),
    ("Yup", EXPLAINED),       # also a first name of the lists
])
def test_doubtful_words(resources, word, answer):
    assert doubtful(word, resources) == answer


def _name(text: str, words: str, rule: str = "gazetteer") -> Finding:
    start = text.index(words)
    return Finding(start, start + len(words), "PERSON", 0.6, "PersonRecognizer", rule=rule)


def test_a_text_the_rules_explain_needs_no_model(resources):
    text = "The RTC on the A30 near Truro was cleared. Emergency crews did brilliantly."
    assert windows(text, [], resources) == []


def test_a_doubtful_word_is_sent_with_words_either_side_inside_its_line(resources):
    words = [f"w{i}" for i in range(30)]
    line = " ".join(words[:15] + ["Zelphine"] + words[15:])
    text = "first line\n" + line + "\nlast line"
    (start, end), = windows(text, [], resources)
    sent = text[start:end].split()
    assert sent.index("Zelphine") == WINDOW and len(sent) == 2 * WINDOW + 1
    assert "\n" not in text[start:end]


def test_windows_that_touch_are_merged(resources):
    text = "Zelphine and Chidinma were both on the ward today with the rest of the team."
    (start, end), = windows(text, [], resources)  # one window: Zelphine's and Chidinma's overlap
    assert start == 0 and text[start:end].split() == text.split()[:2 + WINDOW + 1]


def test_a_word_inside_a_found_identifier_or_name_is_not_asked_about(resources):
    text = "Thanks to Zelphine today"
    found = _name(text, "Zelphine", rule="thanks")
    assert windows(text, [found], resources, vetoable=lambda t, f: False) == []
    # unless an NER place there would drop the name: then the model is asked
    assert windows(text, [found], resources, vetoable=lambda t, f: True) != []
    postcode = Finding(10, 18, "POSTCODE", 0.9, "x")
    assert windows(text, [postcode], resources) == []


def test_a_surname_that_is_a_word_is_asked_about_only_beside_a_name(resources):
    rota = "MON    Baker / Nguyen / bank"
    assert windows(rota, [_name(rota, "Nguyen")], resources) != []
    street = "Parking on Baker Street is free."
    assert windows(street, [], resources) == []


def test_a_rare_first_name_that_is_a_word_is_asked_about_inside_a_sentence_only(resources):
    assert windows("Long day on the unit.", [], resources) == []
    assert windows("The ward will not be the same without Dot after forty years.", [], resources) != []


@pytest.mark.parametrize("text", ["Parking for R. Baker is free", "Pt T. van der Berg, 84F, bay 3",
                                  'ta Reg "Nan" Bradford'])
def test_a_capitalised_word_after_an_initial_or_a_particle_is_asked_about(resources, text):
    assert windows(text, [], resources) != []
    assert windows(text.replace("R. ", "").replace("T. van der ", "").replace('Reg "Nan" ', ""), [], resources) == []


def test_a_word_of_a_known_place_name_is_explained(resources):
    text = "Well done from all at Hywel Dda today."  # a health board of the keep list
    assert windows(text, [], resources) == []


def test_the_model_is_not_loaded_when_no_part_needs_it():
    def never():
        raise AssertionError("the model was loaded")

    assert run_ner(never, ["no doubt here", "nor here"], 8, [[], []]) == [(), ()]


def test_run_ner_offsets_are_into_the_whole_text(scrubber):
    text = "The shift went well. Then Zelphine Thorncroft-Vane walked unaided."
    start = text.index("Then")
    (ents,) = run_ner(scrubber._text.nlp, [text], 8, [[(start, len(text))]])
    assert any(text[e.start:e.end].startswith("Zelphine") for e in ents)


DRAFTS = [
    "Huge thanks to Zelphine Thorncroft-Vane and the team on Ward 7 for looking after my dad.",
    "MON    Baker / Nguyen / HCA bank\nTUE    Okonjo / Sandhu / Lovely",
    "Thanks to the nurses from Kottayam who joined us this spring",
    "btw zainab in rm 4 refused her meds again, dr aware",
    "Lovely to see Chiamaka back on the unit after her leave, we missed her.",
    "Drove through Kendal and Grasmere on the way to the Penrith call.",
    "The ward will not be the same without Dot after forty years.",
]


def test_gated_and_ungated_engines_find_the_same_names(scrubber):
    """The gate saves time only: on drafts where the model matters, the same findings either way."""
    everything = Scrubber(ScrubConfig(ner_gate=False))
    for text in DRAFTS:
        gated = [(f.start, f.end, f.entity_type) for f in scrubber.analyze_text(text).findings]
        full = [(f.start, f.end, f.entity_type) for f in everything.analyze_text(text).findings]
        assert gated == full, text
