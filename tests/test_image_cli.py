"""The photo half end to end: Scrubber.scrub_image with every detector, and the two commands."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from phiscrub import Scrubber
from phiscrub.errors import ImageError

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "images"
BIN = Path(sys.executable).parent / "phiscrub"


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber()


def test_scrub_image_covers_a_wristband_and_carries_no_values(scrubber):
    result = scrubber.scrub_image(SAMPLES / "wristband_plain.jpg")
    kinds = result.counts()
    assert kinds.get("text", 0) >= 3 and kinds.get("barcode", 0) >= 1
    assert {"PERSON", "DATE_OF_BIRTH", "NHS_NUMBER"} <= set(result.findings)
    assert not result.image.info and result.image.size == Image.open(SAMPLES / "wristband_plain.jpg").size
    assert "Thomas" not in repr(result.regions) and "638" not in json.dumps([r.to_dict() for r in result.regions])


@pytest.mark.parametrize("name", ["wristband_plain.jpg", "cars_rot20.jpg"])
def test_two_lanes_find_the_same_regions_as_one(scrubber, name):
    from phiscrub import ScrubConfig

    lanes = Scrubber(ScrubConfig(image_threads=2)).scrub_image(SAMPLES / name)
    assert lanes.regions == scrubber.scrub_image(SAMPLES / name).regions and lanes.regions


def test_scrub_image_fails_closed_on_a_corrupt_photo(scrubber, tmp_path):
    bad = tmp_path / "bad.jpg"
    bad.write_bytes((SAMPLES / "wristband_plain.jpg").read_bytes()[:500])
    with pytest.raises(ImageError):
        scrubber.scrub_image(bad)


def _run(*args):
    return subprocess.run([str(BIN), *map(str, args)], capture_output=True, text=True, timeout=300)


def test_image_command_writes_a_safe_copy_and_refuses_to_overwrite(tmp_path):
    out = tmp_path / "safe.jpg"
    first = _run("image", SAMPLES / "notices_plain.jpg", "-o", out, "--format", "json")
    assert first.returncode in (0, 1) and out.exists()
    data = json.loads(first.stdout)
    assert set(data) == {"out", "regions", "findings"}
    again = _run("image", SAMPLES / "notices_plain.jpg", "-o", out)
    assert again.returncode == 2 and "exists" in again.stderr


def test_images_command_mirrors_a_folder_and_lists_failures(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "ward").mkdir(parents=True)
    shutil.copy(SAMPLES / "wristband_small.jpg", src / "ward" / "band.jpg")
    shutil.copy(SAMPLES / "notices_small.jpg", src / "notice.jpg")
    (src / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    done = _run("images", src, "--out", out, "--workers", "2")
    assert done.returncode == 2  # one photo failed
    assert (out / "ward" / "band.jpg").exists() and (out / "notice.jpg").exists() and not (out / "broken.png").exists()
    report = json.loads((out / "phiscrub-report.json").read_text())
    statuses = {p["path"]: p["status"] for p in report["photos"]}
    assert statuses["broken.png"] == "failed" and statuses["ward/band.jpg"] == "redacted"
    # photos finish in any order (the largest start first); the report lists them in the folder's order
    assert [p["path"] for p in report["photos"]] == ["broken.png", "notice.jpg", "ward/band.jpg"]
    assert "failed" in done.stdout and "broken.png" in done.stderr
    inside = _run("images", src, "--out", src / "safe")
    assert inside.returncode == 2 and "must not be the input folder" in inside.stderr
