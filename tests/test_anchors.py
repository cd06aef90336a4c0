"""The cue anchors (``phiscrub.text.person.anchors``) and the place-word test
(``Resources.may_be_place_word``): both skip work only where no match can come
from, so every text a cue regex or a place name matches must pass them."""

from __future__ import annotations

import pytest

from phiscrub.resources import build_resources, data_dir
from phiscrub.text.person import addressing, letter_initials, surnames
from phiscrub.text.person.anchors import Anchors, anchor_set, holds_any, may_match, text_words
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
           "{w} is called Reg", "Best wishes, {w}\nReg", "ok {w}, Reg x\n", "{w}! Reg!", "(ok) {w} reg 63", "Reg {w} the obs")


@pytest.mark.parametrize("key", ["titles", "honorifics", "fields", "relations", "kin_labels", "naming", "thanks",
                                 "sign_off", "bed_cues", "cheers_on", "roles", "addressing_after"])
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


def test_holds_any_reads_text_as_a_case_blind_regex_does():
    assert holds_any("TRANSCRIBED BY: ab", ("transcribed",))
    assert holds_any("tranſcribed: ab", ("transcribed",))  # the long s a case-blind regex reads as "s"
    assert holds_any("retyped", ("typed",))  # inside a word too
    assert not holds_any("dictation pending", ("dictated", "typed"))


# each rule's gate must pass every text one of its regexes matches (the gate only skips scans that find nothing)
_GATED = [
    (letter_initials.LETTER_INITIALS, lambda t: holds_any(t, letter_initials.LABEL_PARTS),
     ["Dictated: EKH   Typed: sjw", "TRANSCRIBED BY ab"]),
    (letter_initials.SIGNER_INITIALS, lambda t: holds_any(t, letter_initials.LABEL_PARTS),
     ["Checked by: KW", "countersigned   AB   date", "Authorized: JR\n", "Vetted: RJ (SpR)"]),
    (letter_initials.LETTER_REFERENCE, lambda t: holds_any(t, letter_initials.LABEL_PARTS),
     ["Typed 12/03. RR/kl", "Our ref: JM/sd", "retyped RR/kl"]),
    (letter_initials.ENGRAVED, lambda t: holds_any(t, letter_initials.LABEL_PARTS),
     ['engraved "R.H.W."', "Inscribed with the initials J.M."]),
    (letter_initials.LINE_INITIALS, lambda t: letter_initials.CAPITAL_DOT.search(t) is not None,
     ["• D.W.   clinic no 4", "2. T.O. (\"Tobi\") – s3", "R.McG. – informal"]),
    (surnames.QUOTED_AFTER, lambda t: surnames.QUOTED_CAPITAL.search(t) is not None,
     ['by the lodger ("Gaz", surname unknown)', "mum's partner ('Big Mick')"]),
    (surnames.QUOTED_NAMING, lambda t: surnames.QUOTED_CAPITAL.search(t) is not None,
     ['Call me "JJ"', '("Daisy" to everyone)', 'Ravi Chandrasekaran, or "Chandy",']),
    (surnames.QUOTED_ITEM, lambda t: surnames.QUOTED_CAPITAL.search(t) is not None,
     ['4 – "Bob" from the bus stop', '2. "Big T"']),
    (addressing.REPLY, lambda t: not text_words(t).isdisjoint(addressing.REPLY_WORDS),
     ["(yes chloe, anonymise everything)", "NOPE jo, it's tuesday", "Okay  dev!"]),
]


@pytest.mark.parametrize("rx,gate,texts", _GATED)
def test_every_text_a_gated_regex_matches_passes_the_gate(rx, gate, texts):
    for text in texts:
        assert rx.search(text), text  # the example is one the regex reads
        assert gate(text), text
    assert not gate("Lovely shift, thank you all")  # and the gate does skip a text with none of it
