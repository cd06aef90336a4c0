"""The prefix-tree alternation finds exactly what the flat one finds (phiscrub.text.wordtrie)."""

import regex as re
from hypothesis import given, settings
from hypothesis import strategies as st

from phiscrub.text.wordtrie import flat_alternation, tree_alternation

WORDS = ["patient", "patient name", "pt", "pt name", "pts", "next of kin", "nok", "name", "nan", "nana", "st. john",
         "a+b", "Dr", "dr", "doctor"]


def _spans(pattern, text):
    return [(m.span(), m.groups()) for m in re.finditer(pattern, text, re.IGNORECASE)]


def test_the_tree_prefers_the_longest_word_as_the_list_does():
    tree = tree_alternation(["pt", "pt name", "patient", "patient name"])
    assert re.fullmatch(rf"(?:{tree})", "patient name")
    assert re.match(rf"(?:{tree})", "pt name: Jo").group() == "pt name"
    assert re.match(rf"(?:{tree})", "pt nam").group() == "pt"
    # backtracks to a shorter word when the rest of the pattern needs it, as the flat list does
    assert re.match(rf"(?:{tree}) name", "pt name name").group() == "pt name name"
    assert re.match(rf"(?:{tree}):", "pt:").group() == "pt:"


def test_words_are_escaped_and_shapes_come_first():
    tree = tree_alternation(["a+b", "st. john"], shapes=(r"\d+",))
    assert tree.startswith(r"\d+|")
    assert re.fullmatch(rf"(?:{tree})", "a+b") and not re.fullmatch(rf"(?:{tree})", "aab")
    assert re.fullmatch(rf"(?:{tree})", "st.   john") and not re.fullmatch(rf"(?:{tree})", "stX john")
    assert tree_alternation([]) == "" and tree_alternation([], shapes=("x",)) == "x"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8, unique=True),
       st.lists(st.sampled_from(WORDS + [" ", ": ", "x", ", ", "\n", "John"]), max_size=12))
def test_tree_and_flat_alternations_match_the_same_spans(words, pieces):
    text = "".join(pieces)
    for template in (r"\b(?:{})\b", r"(?:{})[ \t]*:?[ \t]+(?=\S)", r"(?:{})s?"):
        flat = template.format(flat_alternation(words))
        tree = template.format(tree_alternation(words))
        assert _spans(flat, text) == _spans(tree, text), (words, text, template)
