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
