"""The cue anchors (``phiscrub.text.person.anchors``) and the place-word test
(``Resources.may_be_place_word``): both skip work only where no match can come
from, so every text a cue regex or a place name matches must pass them."""

from __future__ import annotations

import pytest

from phiscrub.resources import build_resources, data_dir
from phiscrub.text.person.anchors import Anchors, anchor_set, may_match, text_words
from phiscrub.text.person.vocab import default_vocab, read_lists


@pytest.fixture(scope="module")
def vocab():
    return default_vocab()


@pytest.fixture(scope="module")
def lists():
    return read_lists(data_dir() / "person.yaml")


def _variants(word: str):
    """A list word as drafts write it: capitalised, in capitals, plural, after "great-", run on."""
    yield word
    yield word.capitalize()
    yield word.upper()
    yield word + "s"
    yield "great-" + word
    yield "greatgreat" + word
    yield word.replace(" ", "  ")


# the frames put each word where its cue reads it; a cue regex matching any of them must pass its anchors
_FRAMES = ("{w} Reg Holloway", "my {w} Reg", "thanks to our {w}: Reg", "{w} 4 - Reg Holloway",
           "{w} is called Reg", "Best wishes, {w}\nReg", "ok {w}, Reg x\n", "{w}! Reg!", "(ok) {w} reg 63")


@pytest.mark.parametrize("key", ["titles", "honorifics", "fields", "relations", "kin_labels", "naming", "thanks",
                                 "sign_off", "bed_cues", "cheers_on", "roles"])
def test_every_list_word_that_makes_a_cue_match_passes_its_anchors(vocab, lists, key):
    failures = []
    for cue, anchors in vocab.anchors.items():
        rx = getattr(vocab, cue)
        for word in lists[key]:
            for variant in _variants(word):
                for frame in _FRAMES:
                    text = frame.format(w=variant)
                    if rx.search(text) and not may_match(anchors, text):
                        failures.append((cue, text))
    assert not failures, failures[:5]


def test_shapes_beyond_the_lists_pass_their_anchors(vocab):
    for cue, text in [("thanks_cue", "Shoutouts to Reg"), ("thanks_cue", "shout-out to Reg"),
                      ("thanks_cue", "Happy 40th birthday to Reg"), ("thanks_cue", "& Reg"),
                      ("sign_off_cue", "XXX\nReg"), ("naming_cue", "Mr&Mrs Holloway"),
                      ("pronoun_cue", "Its Reg from pharmacy"), ("closing_cue", "thx Reg\n")]:
        if getattr(vocab, cue).search(text):
            assert may_match(vocab.anchors[cue], text), (cue, text)


def test_a_text_with_none_of_a_cue_s_words_is_not_scanned(vocab):
    text = "Lovely shift on ward 5 today, the team were brilliant."
    assert not may_match(vocab.anchors["kin_cue"], text)
    assert not may_match(vocab.anchors["title_cue"], text)
    assert may_match(vocab.anchors["kin_cue"], "Her grandson Reg visited")
    assert may_match(None, text)  # a cue with no anchors always runs


def test_text_words_reads_plurals_great_prefixes_kisses_and_case_folding():
    words = text_words("Sons and GREATGRANDMAS xxx Stra\u017fe \u212aelly")
    assert {"son", "sons", "grandma", "grandmas", "x", "strase", "kelly"} <= words


def test_anchor_sets_fall_back_to_always_running_and_keep_symbols():
    assert anchor_set(["2nd cousin"]) is None  # a word opening with a digit: no anchor, always scanned
    anchors = anchor_set(["thanks to", "&"])
    assert anchors == Anchors(frozenset({"thanks"}), ("&",))
    assert may_match(anchors, "Reg & Joan") and not may_match(anchors, "Reg and Joan")


def test_a_place_name_passes_the_place_word_test_whatever_its_spelling():
    res = build_resources()
    for phrase in ("Blaenau Ffestiniog", "blaenau-ffestiniog", "KING'S LYNN", "Kirkby Stephen"):
        assert res.is_place(phrase)
        assert all(res.may_be_place_word(w) for w in phrase.split())
    assert not res.may_be_place_word("Bisoprolol")
