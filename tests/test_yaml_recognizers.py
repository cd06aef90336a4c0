"""Trust formats as data: loaded at start, strict about mistakes (fail closed)."""

import pytest

from phiscrub import ConfigError, ScrubConfig, Scrubber
from phiscrub.resources import data_dir, load_keep
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


def test_bundled_yaml_files_load():
    files = sorted(data_dir().glob("*.yaml"))
    assert any(f.name == "hospital_numbers.yaml" for f in files)
    recognizers = load_yaml_recognizers(data_dir() / "hospital_numbers.yaml")
    assert recognizers and all(r.entity == "HOSPITAL_NUMBER" for r in recognizers)
    keep = load_keep(data_dir() / "keep.yaml")
    assert "derriford" in keep["not_names"]


def test_a_trust_adds_its_format_without_code(tmp_path):
    path = tmp_path / "acme.yaml"
    path.write_text(TRUST)
    text = "Acme record ACM123456 updated"
    plain = Scrubber().scrub_text(text)
    assert "ACM123456" in plain.text
    trust = Scrubber(ScrubConfig(recognizer_files=(path,))).scrub_text(text)
    assert "ACM123456" not in trust.text
    assert [f.recognizer for f in trust.findings] == ["acme-trust-mrn"]
    assert trust.findings[0].start == text.index("ACM123456")


@pytest.mark.parametrize("body,message", [
    ("recognizers: [{name: x, entity: NAME, patterns: [{regex: 'a'}]}]", "entity must be one of"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: '('}]}]", "bad pattern"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: 'a', score: 3}]}]", "score"),
    ("recognizers: [{name: x, entity: PERSON, patterns: []}]", "at least one pattern"),
    ("recognizers: [{name: x, entity: PERSON, patterns: [{regex: 'a'}], colour: red}]", "unknown keys"),
    ("recognizers: [{entity: PERSON}]", "needs a name"),
    ("recognizers: {a: 1}", "must be a list"),
    ("- just a list", "expected a mapping"),
    ("recognizers: [\n  - {", "cannot read"),
])
def test_bad_yaml_stops_with_a_clear_error(tmp_path, body, message):
    path = tmp_path / "bad.yaml"
    path.write_text(body)
    with pytest.raises(ConfigError, match=message):
        load_yaml_recognizers(path)


def test_bad_yaml_fails_the_scrubber_not_silently(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("recognizers: [{name: x, entity: NAME, patterns: [{regex: 'a'}]}]")
    with pytest.raises(ConfigError):
        Scrubber(ScrubConfig(recognizer_files=(path,))).scrub_text("hello")
