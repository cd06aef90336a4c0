"""The CLI: output, exit codes (0 clean, 1 found, 2 error), and no values in machine output."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from phiscrub.cli import main

DRAFT = "Thanks to Mrs Marjorie Flint, NHS no 943 476 5919, EX2 7LB\n"


@pytest.fixture(scope="module")
def run():
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


def test_redacts_stdin_and_exits_1(run):
    r = run("text", "-", input=DRAFT)
    assert r.exit_code == 1
    assert "Marjorie" not in r.output and "[NAME]" in r.output and "[NHS NUMBER]" in r.output


def test_clean_text_exits_0_and_is_unchanged(run, tmp_path):
    p = tmp_path / "clean.txt"
    p.write_text("Proud of Ward 7 at Derriford today #NHS\n")
    r = run("text", str(p))
    assert r.exit_code == 0
    assert r.output == "Proud of Ward 7 at Derriford today #NHS\n"


def test_json_has_offsets_types_scores_and_no_values(run):
    r = run("text", "--format", "json", "-", input=DRAFT)
    data = json.loads(r.output)
    assert set(data) == {"text", "findings"}
    assert all(set(f) == {"start", "end", "entity_type", "score"} for f in data["findings"])
    raw = json.dumps(data["findings"])
    for value in ("Marjorie", "Flint", "943 476 5919", "EX2 7LB"):
        assert value not in raw and value not in data["text"]


def test_show_prints_a_table_without_values_in_it(run):
    r = run("text", "--show", "-", input=DRAFT)
    table = r.output.split("\n\n", 1)[1]
    assert "PERSON" in table and "NHS_NUMBER" in table
    assert "Marjorie" not in table and "5919" not in table


@pytest.mark.parametrize("mode,expected", [("mask", "█"), ("generalise", "EX2")])
def test_modes(run, mode, expected):
    r = run("text", "--mode", mode, "-", input=DRAFT)
    assert expected in r.output and "7LB" not in r.output


def test_allow_and_allow_file(run, tmp_path):
    allow = tmp_path / "allow.txt"
    allow.write_text("# consented\nSam\n")
    text = "Big thanks to Priya and Sam\n"
    r = run("text", "--allow", "Priya", "--allow-file", str(allow), "-", input=text)
    assert r.output == text and r.exit_code == 0


def test_threshold_one_finds_less(run):
    low = run("text", "--format", "json", "--threshold", "0.1", "-", input=DRAFT)
    high = run("text", "--format", "json", "--threshold", "1.0", "-", input=DRAFT)
    assert len(json.loads(high.output)["findings"]) < len(json.loads(low.output)["findings"])


@pytest.mark.parametrize("setup,message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d, "is a directory"),
])
def test_input_errors_exit_2(run, tmp_path, setup, message):
    r = CliRunner().invoke(main, ["text", str(setup(tmp_path))])
    assert r.exit_code == 2
    assert message in r.output


def test_binary_file_exits_2(tmp_path):
    p = tmp_path / "photo.jpg"
    p.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    r = CliRunner().invoke(main, ["text", str(p)])
    assert r.exit_code == 2 and "binary" in r.output


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Café visit with Mrs Marjorie Flint".encode("latin-1"))
    r = CliRunner().invoke(main, ["text", str(p)])
    assert r.exit_code == 1
    assert "not valid UTF-8" in r.output
    assert "Marjorie" not in r.output


def test_bad_threshold_is_a_usage_error(run):
    r = CliRunner().invoke(main, ["text", "--threshold", "7", "-"], input="x")
    assert r.exit_code == 2


def test_bad_recognizer_file_exits_2_with_message(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("recognizers: [{name: x, entity: NAME, patterns: [{regex: 'a'}]}]")
    r = CliRunner().invoke(main, ["text", "--recognizers", str(bad), "-"], input="hello")
    assert r.exit_code == 2 and "entity must be one of" in r.output


def test_help_loads_no_model():
    code = ("import sys; from phiscrub.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "assert 'spacy' not in sys.modules and 'presidio_analyzer' not in sys.modules, 'loaded a model stack'\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "text" in out.stdout


def test_console_script_runs(tmp_path):
    p = tmp_path / "d.txt"
    p.write_text(DRAFT)
    exe = [sys.executable, "-m", "phiscrub.cli", "text", str(p)]
    out = subprocess.run(exe, capture_output=True, text=True)
    assert out.returncode == 1 and "[NAME]" in out.stdout


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_bom_files_are_read(tmp_path, encoding):
    """Notepad's "Unicode" (UTF-16 LE with BOM) and "UTF-8 with BOM" drafts are scrubbed like UTF-8."""
    p = tmp_path / "draft.txt"
    p.write_bytes(DRAFT.encode(encoding) if encoding != "utf-16-be" else b"\xfe\xff" + DRAFT.encode("utf-16-be"))
    r = CliRunner().invoke(main, ["text", str(p)])
    assert r.exit_code == 1, r.output
    assert "[NAME]" in r.output and "Marjorie" not in r.output and "\ufeff" not in r.output


def test_random_bytes_without_nul_are_refused_as_binary(tmp_path):
    import random

    rng = random.Random(3)
    data = bytes(rng.choice([b for b in range(1, 256) if b != 0]) for _ in range(4000))
    p = tmp_path / "noise.bin"
    p.write_bytes(data)
    r = CliRunner().invoke(main, ["text", str(p)])
    assert r.exit_code == 2 and "binary" in r.output


def test_mentions_table_has_kinds_and_counts_but_no_values(run):
    text = "Mrs Edna Pollard, a 102-year-old former lifeboatman from Appledore, fell at 3am\n"
    r = run("text", "--mentions", "-", input=text)
    assert r.exit_code == 1
    body, table = r.output.split("quasi-identifiers", 1)
    assert "Pollard" not in body and "Appledore" in body  # places stay readable in the text
    assert "AGE" in table and "PLACE" in table and "TIME" in table
    for value in ("Appledore", "102", "3am", "lifeboatman", "Pollard"):
        assert value not in table


def test_json_mentions_carry_offsets_kinds_and_attributes_only(run):
    text = "a 102-year-old from Appledore at 3am"
    data = json.loads(run("text", "--format", "json", "--mentions", "-", input=text).output)
    assert data["mentions"] and all(set(m) == {"start", "end", "kind", "attributes", "score"} for m in data["mentions"])
    assert "Appledore" not in json.dumps(data["mentions"])


def test_misspelt_top_level_key_in_a_recognizer_file_exits_2(tmp_path):
    bad = tmp_path / "trust.yaml"
    bad.write_text("recognisers:\n  - name: x\n    entity: HOSPITAL_NUMBER\n    patterns: [{regex: 'ACM\\d{6}'}]\n")
    r = CliRunner().invoke(main, ["text", "--recognizers", str(bad), "-"], input="hello")
    assert r.exit_code == 2 and "recognisers" in r.output


def test_a_large_file_is_streamed_and_matches_the_api(tmp_path, scrubber, monkeypatch):
    from phiscrub import textio
    from phiscrub.text import segments

    monkeypatch.setattr(textio, "BLOCK_BYTES", 1000)
    monkeypatch.setattr(segments, "SEGMENT_CHARS", 1500)
    monkeypatch.setattr(segments, "MARGIN_CHARS", 200)
    text = "".join(f"Bed {i}: pt is marjorie flint, NHS no 943 476 5919, EX2 7LB, Ward 7\n" for i in range(120))
    p = tmp_path / "export.txt"
    p.write_text(text)
    r = CliRunner().invoke(main, ["text", str(p)])
    assert r.exit_code == 1
    assert r.output == scrubber.scrub_text(text).text
    assert "flint" not in r.output and "5919" not in r.output


def test_defaults_come_from_scrub_config():
    from phiscrub import ScrubConfig

    params = {p.name: p.default for p in main.commands["text"].params}
    assert params["threshold"] == ScrubConfig().threshold and params["mode"] == ScrubConfig().mode
    assert params["model"] == ScrubConfig().model


def test_no_ner_flag_scrubs_with_the_rules(run):
    r = run("text", "--no-ner", "-", input=DRAFT)
    assert r.exit_code == 1 and "Marjorie" not in r.output and "[NHS NUMBER]" in r.output
