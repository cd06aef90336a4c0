"""``phiscrub risk`` and ``phiscrub post``: exit codes (0 low, 1 medium or high, 2 errors), the table,
JSON with no values, files written safely, history folders."""

import json

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image

from phiscrub.cli import main

RISKY = "Called out at 3am to a 102-year-old former lifeboatman in Appledore. Mrs Ottoline Quarrie sends thanks.\n"
CALM = "A man in his 60s in Birmingham popped in to our health bus.\n"


@pytest.fixture(scope="module")
def run():
    runner = CliRunner()
    return lambda *args: runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture()
def files(tmp_path):
    (tmp_path / "risky.txt").write_text(RISKY, "utf-8")
    (tmp_path / "calm.txt").write_text(CALM, "utf-8")
    return tmp_path


def test_risk_exit_codes_and_table(run, files):
    r = run("risk", files / "risky.txt")
    assert r.exit_code == 1
    assert "after redaction: HIGH" in r.output and "what to change" in r.output
    assert "Ottoline" not in r.output and "[PERSON]" in r.output  # a direct identifier only by its type
    assert run("risk", files / "calm.txt").exit_code == 0


def test_risk_json_has_no_words_of_the_post(run, files):
    r = run("risk", files / "risky.txt", "--format", "json")
    data = json.loads(r.output)
    assert data["risk_after"]["level"] == "high" and data["risk_before"]["factors"]
    for word in ("Appledore", "lifeboatman", "Ottoline", "Quarrie", "3am"):
        assert word not in r.output


def test_risk_history_folder_combines_posts(run, files):
    hist = files / "earlier"
    hist.mkdir()
    (hist / "1.txt").write_text("Visited a lady in Bude today.", "utf-8")
    (hist / "2.txt").write_text("She turned 98 this week!", "utf-8")
    (files / "now.txt").write_text("Home now after her fall, doing brilliantly.", "utf-8")
    alone = json.loads(run("risk", files / "now.txt", "--format", "json").output)["risk_after"]
    combined = json.loads(run("risk", files / "now.txt", "--history", hist, "--format", "json").output)["risk_after"]
    assert combined["k"] < alone["k"] / 100
    empty = files / "empty"
    empty.mkdir()
    assert run("risk", files / "now.txt", "--history", empty).exit_code == 2


def test_post_writes_safe_text_and_photo_and_refuses_to_overwrite(run, files):
    Image.fromarray(np.full((64, 96, 3), 180, np.uint8)).save(files / "team.jpg")
    out = files / "out"
    r = run("post", files / "risky.txt", files / "team.jpg", "--out", out)
    assert r.exit_code == 1
    text = (out / "risky.txt").read_text("utf-8")
    assert "Ottoline" not in text and "[NAME]" in text
    assert (out / "team.safe.jpg").exists()
    again = run("post", files / "risky.txt", "--out", out)
    assert again.exit_code == 2 and "exists" in again.output + (again.stderr if again.stderr_bytes else "")
    assert run("post", files / "risky.txt", "--out", out, "--overwrite").exit_code == 1


def test_post_does_not_write_a_photo_it_cannot_read(run, files):
    (files / "broken.jpg").write_bytes(b"\xff\xd8\xff not really a jpeg")
    out = files / "out2"
    r = run("post", files / "calm.txt", files / "broken.jpg", "--out", out)
    assert r.exit_code == 2
    assert (out / "calm.txt").exists() and not (out / "broken.safe.jpg").exists()


def test_risk_reads_standard_input(run):
    from click.testing import CliRunner

    r = CliRunner().invoke(main, ["risk", "-", "--format", "json"], input=RISKY, catch_exceptions=False)
    assert r.exit_code == 1 and json.loads(r.output)["risk_after"]["level"] == "high"


def test_serve_refuses_a_short_token_before_loading_anything(run):
    r = run("serve", "--token", "short")
    assert r.exit_code == 2 and "16 characters" in r.output
