"""Compiled patterns kept between runs (``phiscrub.regex_cache``): the same findings from a warm start, only
phiscrub's own patterns on disk (never one made from a draft, an allow-list or a user's file), a damaged file
ignored, and the cache off when asked."""

import json
import marshal
import os
import subprocess
import sys

import pytest
import regex

from phiscrub import regex_cache
from phiscrub.text.allow import allow_regex

DRAFT = "Thanks to Bartholomew Quigglesworth (NHS 943 476 5919) and his wife Ada, 12 Mill Lane, TR1 3LJ. ZQXW123456"
RUN = """
import json, sys
from phiscrub import Scrubber, ScrubConfig, regex_cache
files = tuple(sys.argv[2:])
s = Scrubber(ScrubConfig(allow=("Ada",), recognizer_files=files))
found = [(f.start, f.end, f.entity_type) for f in s.scrub_text(sys.argv[1]).findings]
print(json.dumps({"found": found, "stats": regex_cache.stats()}))
"""
TRUST_YAML = """
recognizers:
  - name: zqxw-number
    entity: HOSPITAL_NUMBER
    patterns:
      - {name: "ZQXW + 6 digits", regex: '(?<![\\w])ZQXW\\d{6}(?![\\w])', score: 0.9}
"""


def _run(cache_home, *args, **env):
    environ = dict(os.environ, XDG_CACHE_HOME=str(cache_home), **env)
    out = subprocess.run([sys.executable, "-c", RUN, DRAFT, *map(str, args)], env=environ, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _cached_patterns(cache_home):
    files = list((cache_home / "phiscrub").glob("regex-*.marshal"))
    assert len(files) == 1
    with open(files[0], "rb") as fh:
        return [key[0] for key in marshal.load(fh)]


@pytest.fixture(scope="module")
def cache_home(tmp_path_factory):
    return tmp_path_factory.mktemp("xdg")


def test_a_second_start_rebuilds_the_patterns_from_the_file_with_the_same_findings(cache_home):
    cold = _run(cache_home)
    warm = _run(cache_home)
    assert cold["stats"]["loaded"] == 0 and cold["stats"]["hits"] == 0
    assert warm["stats"]["loaded"] > 300  # the built-in recognizers' and rules' patterns
    assert warm["stats"]["hits"] >= warm["stats"]["loaded"]
    assert warm["found"] == cold["found"] and len(cold["found"]) >= 4


def test_patterns_from_a_draft_an_allow_list_or_a_users_file_never_reach_the_disk(cache_home, tmp_path):
    trust = tmp_path / "trust.yaml"
    trust.write_text(TRUST_YAML)
    result = _run(cache_home, trust)
    assert [f for f in result["found"] if f[2] == "HOSPITAL_NUMBER"]  # the user's recognizer ran
    patterns = "\n".join(_cached_patterns(cache_home))
    assert "ZQXW" not in patterns and "Quigglesworth" not in patterns
    assert allow_regex(("Ada",)).pattern not in _cached_patterns(cache_home)
    assert result["stats"]["pending"] == 0


def test_a_damaged_file_is_ignored_and_written_again(tmp_path):
    first = _run(tmp_path)
    [path] = (tmp_path / "phiscrub").glob("regex-*.marshal")
    path.write_bytes(b"\x00not marshal data")
    again = _run(tmp_path)
    assert again["stats"]["loaded"] == 0 and again["found"] == first["found"]
    assert len(_cached_patterns(tmp_path)) > 300


def test_the_cache_is_off_when_asked(tmp_path):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path), PHISCRUB_REGEX_CACHE="0")
    subprocess.run([sys.executable, "-c", "import phiscrub.text.recognizers"], env=env, check=True)
    assert not list(tmp_path.glob("phiscrub/regex-*"))
    env["PHISCRUB_REGEX_CACHE"] = "1"
    subprocess.run([sys.executable, "-c", "import phiscrub.text.recognizers"], env=env, check=True)
    assert list(tmp_path.glob("phiscrub/regex-*"))  # a module's own patterns are kept


@pytest.mark.parametrize("pattern, flags, text", [
    (r"(?<=\b(?:Mr|Mrs|Dr)\.?\s+)(?P<name>\p{Lu}[\p{L}'’-]+)", 0, "Seen by Dr Ní Bhriain and Mrs O'Neill-Smith."),
    (r"\b(?:(?-i:From)|went\s+from)\s+an?\s+\w+", regex.IGNORECASE, "From a porter. FROM A porter. went from a cleaner"),
    (r"(?P<n>\d{1,3})\s?(?:yo|y/o)(?![a-z])|(?P<s>[MF])\b", 0, "84yo F, 7 y/o M, 3yoyo"),
    (r"(?i)café|straße", regex.FULLCASE, "CAFÉ and STRASSE and Straße"),
])
def test_a_rebuilt_pattern_matches_as_a_freshly_compiled_one(pattern, flags, text):
    fresh = regex.compile(pattern, flags)
    rebuilt = regex._regex.compile(*marshal.loads(marshal.dumps(fresh._pickled_data)))
    assert [m.groupdict() or m.group() for m in rebuilt.finditer(text)] == \
        [m.groupdict() or m.group() for m in fresh.finditer(text)]
    assert [m.span() for m in rebuilt.finditer(text)] and rebuilt.flags == fresh.flags


def test_the_cache_file_is_named_after_the_regex_and_python_versions():
    name = regex_cache.cache_file().name
    assert regex.__version__ in name and f"py{sys.version_info[0]}{sys.version_info[1]}" in name
