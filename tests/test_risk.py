"""Jigsaw risk: the figures, the arithmetic of k, the levels, the suggestions, history and photos,
and that no result carries the post's words. Drafts here are written for these tests."""

import io
import json
import math

import numpy as np
import pytest
from PIL import Image

from phiscrub.risk.estimate import estimate
from phiscrub.risk.figures import figures
from phiscrub.risk.places import CATCHMENT
from phiscrub.risk.scorer import PhotoEvidence, RiskScorer
from phiscrub.risk.times import DAY, HOUR
from phiscrub.risk.types import Detail, level_of

FIG = figures()


def d(kind, role, value, group, start=0, end=1, band=()):
    return Detail(kind, start, end, "draft", role, value, "test", group, band)


# -- figures ------------------------------------------------------------------------------------------

def test_figures_match_the_published_totals():
    assert FIG.uk_population == 67_026_292
    assert FIG.age_share(0, 105) == pytest.approx(1.0, abs=0.001)  # single years and the very old agree
    assert FIG.age_share(90, 99) == pytest.approx(0.0087, rel=0.02)
    assert FIG.sex_share("male", 102, 102) < 0.2 < FIG.sex_share("female", 102, 102)  # the very old are mostly women
    assert FIG.district("ex39") == FIG.district("EX39") > 10_000
    assert FIG.ambulance_rate == pytest.approx(0.159)


def test_an_age_above_105_is_in_the_105_plus_group():
    assert 0 < FIG.age_share(107, 107) == FIG.age_share(105, 105) < 0.0001


def test_condition_prevalences_are_people_over_the_uk_or_a_share_of_births():
    assert FIG.conditions["epilepsy"] == pytest.approx(600_000 / 67_026_292)
    assert FIG.conditions["t1d"] == FIG.conditions["type 1 diabetes"] == pytest.approx(400_000 / 67_026_292)
    assert FIG.conditions["cleft palate"] == pytest.approx(1 / 700, rel=0.01)  # per birth, no head count
    assert FIG.conditions["type 2 diabetes"] == FIG.conditions["diabetes"] == pytest.approx(4_300_000 / 67_026_292)
    assert all(0 < share < 0.1 for share in FIG.conditions.values())  # published: under 1 in 10 (asthma 0.08)


def test_county_populations_agree_with_the_postcode_areas_that_cover_them():
    """Each county figure (transcribed from ONS, NRS and NISRA) within a factor of two of the 2011 Census residents
    of the postcode areas or districts that roughly cover it: a guard against a mistyped figure."""
    import csv
    from importlib.resources import files

    rows = list(csv.DictReader(files("phiscrub.risk").joinpath("data/uk-region-populations.csv").open(encoding="utf-8")))
    checked = 0
    for r in rows:
        codes = r["postcode_areas"].split()
        if not codes:
            continue
        covered = sum(n for d, n in FIG.districts.items()
                      if any(d == c or (c.isalpha() and d.rstrip("0123456789") == c) for c in codes))
        assert 0.5 < int(r["population"]) / covered < 2, r["region"]
        checked += 1
    assert checked >= 8
    assert FIG.region("the Borders") == FIG.region("Scottish Borders") == 116_000
    assert FIG.region("Highlands") == FIG.region("highland") and FIG.region("Narnia") is None


def test_every_county_figure_names_a_place_the_text_finds():
    from phiscrub.text.mentions.wordlists import _load, mentions_dir

    regions = {p.lower() for wl in _load(str(mentions_dir() / "places.yaml")) if wl.name == "regions" for p in wl.phrases}
    assert set(FIG.regions) <= regions | {"scottish borders"}, set(FIG.regions) - regions


# -- the estimate -------------------------------------------------------------------------------------

def test_k_is_place_times_shares_times_rate_and_window():
    age = FIG.age_share(63, 63)
    est = estimate([d("PLACE", "place", 700, "place"), d("AGE", "share", age, "age", band=(63, 63)),
                    d("TIME", "window", HOUR, "time"), d("INCIDENT", "rate", FIG.ambulance_rate, "incident")], FIG)
    assert est.k == pytest.approx(700 * age * FIG.ambulance_rate * HOUR)
    assert est.level == "high"
    assert est.bits == pytest.approx(math.log2(FIG.uk_population / est.k))


def test_a_time_with_no_incident_narrows_nothing():
    # a routine visit "this morning" has no rate: the window is reported, not multiplied
    age = FIG.age_share(63, 63)
    est = estimate([d("PLACE", "place", 700, "place"), d("AGE", "share", age, "age", band=(63, 63)),
                    d("TIME", "window", HOUR, "time")], FIG)
    assert est.k == pytest.approx(700 * age)
    assert [f.bits for f in est.factors if f.kind == "TIME"] == [0]


def test_a_stroke_counts_over_a_year_without_a_time_and_a_common_incident_does_not():
    stroke = estimate([d("PLACE", "place", 600_000, "place"), d("CONDITION", "rate", 0.0015, "condition")], FIG)
    fall = estimate([d("PLACE", "place", 600_000, "place"), d("EVENT", "rate", 0.01, "event")], FIG)
    assert stroke.k == pytest.approx(600_000 * 0.0015)
    assert fall.k == 600_000


def test_nested_places_count_once_the_finest():
    town, village = d("PLACE", "place", 50_000, "place", 0, 5), d("PLACE", "place", 700, "place", 10, 15)
    est = estimate([town, village, d("AGE", "share", 0.01, "age", 20, 25)], FIG)
    assert est.k == pytest.approx(700 * 0.01)
    bits = {f.start: f.bits for f in est.factors}
    assert bits[0] == 0 and bits[10] > 0


def test_a_ward_sets_its_patients_by_the_window_and_takes_no_incident_rate():
    day = estimate([d("PLACE", "place", -28, "place"), d("SEX", "share", 0.5, "sex"), d("DATE", "window", DAY, "time")],
                   FIG)
    year = estimate([d("PLACE", "place", -28, "place"), d("SEX", "share", 0.5, "sex")], FIG)
    small = estimate([d("PLACE", "place", -7, "place"), d("SEX", "share", 0.5, "sex"), d("DATE", "window", DAY, "time")],
                     FIG)  # a ward's value is minus its beds
    assert day.k == pytest.approx(28 * (1 + 1 / 7) * FIG.sex_share("female"), rel=0.05)
    assert year.k > 40 * day.k
    assert small.k == pytest.approx(day.k / 4, rel=0.01)


def test_a_post_that_describes_no_person_is_low_and_a_readable_identifier_high():
    assert estimate([d("PLACE", "place", 700, "place"), d("TIME", "window", HOUR, "time")], FIG).level == "low"
    assert estimate([d("PLACE", "place", CATCHMENT, "place"), d("NHS_NUMBER", "direct", 1, "direct")],
                    FIG).level == "high"


def test_a_relative_of_the_poster_is_a_pool_the_other_details_narrow():
    est = estimate([d("AGE", "share", 0.1, "age"), d("RELATIONSHIP", "count", 1, "relationship")], FIG)
    assert est.k == pytest.approx(0.1) and est.level == "high"  # of the poster's one father, in his 70s
    ten = estimate([d("AGE", "share", 0.1, "age"), d("RELATIONSHIP", "count", 10, "relationship")], FIG)
    assert ten.k == pytest.approx(1.0)


@pytest.mark.parametrize("k, level", [(0.5, "high"), (9.9, "high"), (10, "medium"), (999, "medium"), (1000, "low")])
def test_levels(k, level):
    assert level_of(k) == level


# -- whole posts --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def post(scrubber):
    return scrubber.scrub_post


def test_a_centenarian_in_a_village_at_night_is_high_and_suggestions_lift_it(post):
    r = post("Called out at 2am to a 101-year-old retired coxswain in Appledore who had fallen. What a man!")
    risk = r.risk_after
    assert risk.level == "high"
    ks = [s.k_after for s in risk.suggestions]
    assert ks == sorted(ks) and ks[-1] > risk.k * 1000
    assert risk.suggestions[-1].level_after != "high"
    assert {s.replacement for s in risk.suggestions} <= {"", "an older patient", "an adult", "a young person",
                                                        "locally", "recently", "an accident", "an illness",
                                                        "a local road", "one of our wards", "our hospital",
                                                        "a local venue", "our area"}


def test_the_care_home_in_a_named_town_is_one_home_and_a_care_home_one_of_many(post):
    one = post("Lovely singalong with the residents at our care home in Ilfracombe, one lady is 96").risk_before
    many = post("Lovely singalong with the residents at a care home in Ilfracombe, one lady is 96").risk_before
    assert any(f.kind == "PLACE" and f.role == "place" and f.value == 40 for f in one.factors)
    assert one.k < many.k / 100 and one.level == "high"
    assert not any(f.kind == "PLACE" and f.value == 40 for f in many.factors)


def test_a_detention_under_the_mental_health_act_counts_at_its_own_rate(post):
    r = post("Long night on crisis cover, detaining a lady aged 35 from Carlisle under Mental Health Act powers").risk_before
    assert any(f.kind == "INCIDENT" and f.value == pytest.approx(0.0009) for f in r.factors)
    assert r.level != "low"
    assert not any(f.kind == "INCIDENT" and f.value < 0.001
                   for f in post("Mental Health Act refresher training for the whole team").risk_before.factors)


def test_a_first_time_mum_and_her_midwife_are_a_birth(post):
    r = post("Felt lucky being their midwife, first-time parents aged 41 and 39 from Lincoln").risk_before
    assert any(f.kind == "INCIDENT" and f.group == "birth" for f in r.factors)
    clinic = post("Antenatal clinic today, first-time parents from Lincoln with lots of questions").risk_before
    assert not any(f.group == "birth" for f in clinic.factors)


def test_the_poster_s_decade_leaves_ten_birth_years_and_their_own_day_out_dates_no_one(post):
    r = post("Took up cold-water swimming in my 50s and on Saturday I swam across Windermere!").risk_before
    assert [f.value for f in r.factors if f.kind == "SELF_AGE"] == [3650]
    assert r.k == 3650 and r.level == "low"
    patient = post("A swimmer in his 50s got into trouble crossing Windermere on Saturday").risk_before
    assert patient.k < 3650 and not any(f.kind == "SELF_AGE" for f in patient.factors)


def test_a_rider_knocked_off_is_a_road_casualty_and_knocking_off_work_is_not(post):
    r = post("Our crew helped a scooter rider who got knocked off near Taunton on Tuesday").risk_before
    assert any(f.kind == "EVENT" and f.value == pytest.approx(0.002) for f in r.factors)
    assert post("Knocked off at half six after a long day, bath and bed").risk_before.level == "low"


def test_a_vehicle_leaving_the_road_is_a_road_casualty_and_a_sting_befalls_someone(post):
    crash = post("5.10am on the A44 near Rhayader: a van driver went off the road and down a bank").risk_before
    assert any(f.kind == "EVENT" and f.value == pytest.approx(0.002) for f in crash.factors) and crash.level == "high"
    rolled = post("Overturned on the B4518 near Llanidloes at 2am, the driver is in Stoke now").risk_before
    assert any(f.kind == "EVENT" and f.value == pytest.approx(0.002) for f in rolled.factors)
    stung = post("Yesterday afternoon near Usk a pensioner was stung dozens of times").risk_before
    assert any(f.kind == "EVENT" for f in stung.factors) and stung.level == "high"
    assert not any(f.kind == "EVENT" for f in post("That feedback stung a bit. Onwards.").risk_before.factors)


def test_a_vehicle_in_someone_s_quoted_words_is_not_theirs(post):
    quoted = post("A lad of 3 in Lerwick said his first sentence in clinic today: 'Where's the tractor going?'").risk_before
    assert [f.role for f in quoted.factors if f.kind == "EVENT"] == ["none"]
    own = post("A lad of 3 from Lerwick fell off his dad's tractor today.").risk_before
    assert [f.role for f in own.factors if f.kind == "EVENT"] == ["share"]


def test_a_hospital_named_like_a_street_is_its_town_s_hospital(post):
    r = post("Caught my first baby at Daisy Hill this year: a little girl who came out shouting").risk_before
    assert [f.note for f in r.factors if f.kind == "PLACE"] == ["the hospital's town, 27,757 residents (GeoNames)"]


def test_a_stillbirth_and_a_very_early_birth_are_a_birth_of_a_rare_kind(post):
    still = post("Posting with permission: a baby boy stillborn in Kendal this spring").risk_before
    assert {f.group for f in still.factors} >= {"birth", "rarity"}
    assert any(f.kind == "RARITY" and f.value == pytest.approx(0.0035) for f in still.factors)
    early = post("Flew a 25-weeker from Oban to Glasgow overnight, a wee fighter").risk_before
    assert any(f.kind == "RARITY" and f.value == pytest.approx(0.005) for f in early.factors)
    assert not any(f.kind == "RARITY" for f in post("25 weeks pregnant and still doing nights").risk_before.factors)


def test_a_road_is_generalised_to_a_local_road_and_this_morning_dropped(post):
    r = post("A 19-year-old lad came off his motorbike on the B3212 near Postbridge this morning.").risk_after
    changes = {(s.kind, s.replacement) for s in r.suggestions}
    assert r.level == "high"
    assert ("TIME", "") in changes  # "this morning": dropped
    road = Detail("PLACE", 0, 5, "draft", "place", 20_000, "road", "place", grain="road")
    from phiscrub.risk.suggest import GENERALISE

    assert GENERALISE["place"](road, FIG)[1] == "a local road"


def test_a_man_in_his_sixties_in_a_big_city_is_low(post):
    assert post("Lovely chat with a man in his 60s in Birmingham about our health bus.").risk_after.level == "low"


def test_redaction_lowers_the_risk_of_a_named_patient(post):
    r = post("Thanks to the crew who helped Mrs Edna Pallister in Birmingham last month.")
    assert r.risk_before.level == "high" and "PERSON" in {f.kind for f in r.risk_before.factors}
    assert "PERSON" not in {f.kind for f in r.risk_after.factors}
    assert r.risk_after.k > r.risk_before.k or r.risk_after.level != "high"


def test_history_combines_details_across_posts(post):
    draft = "Back home now after a fall, she is doing brilliantly."
    alone = post(draft).risk_after
    combined = post(draft, history=["Visited a lady in Bude today.", "She turned 98 this week!"]).risk_after
    assert combined.k < alone.k / 100
    assert {f.source for f in combined.factors} >= {"history 1", "history 2"}


def test_the_poster_s_own_birthday_and_age_is_their_date_of_birth(post):
    assert post("It's my birthday today and I'm 40! Cake in the staff room.").risk_after.level == "high"


def test_allow_listed_text_left_readable_makes_the_post_high():
    from phiscrub import Scrubber

    r = Scrubber(allow=["Priya Raman"]).scrub_post("Well done Priya Raman on your new role!")
    assert "Priya Raman" in r.text
    assert r.risk_after.level == "high" and "ALLOWED" in {f.kind for f in r.risk_after.factors}


def test_no_words_of_the_post_in_the_json():
    from phiscrub import Scrubber

    text = "Called to a 97-year-old in Lynmouth at 4am after a fall from a ladder. Mrs Gwendolyn Sparrowhawk."
    r = Scrubber().scrub_post(text)
    blob = json.dumps([r.risk_before.to_dict(), r.risk_after.to_dict()])
    for word in ("Lynmouth", "Gwendolyn", "Sparrowhawk", "97-year-old", "ladder", "4am"):
        assert word not in blob


# -- photos -------------------------------------------------------------------------------------------

def _facts(gps=False, time=False):
    from phiscrub.image.load import PhotoFacts

    return PhotoFacts("JPEG", gps, time, 1)


def test_photo_gps_and_faces_count_before_redaction_only(scrubber):
    scorer = RiskScorer()
    text = "Lovely afternoon with a gentleman in his 80s."
    analysis = scrubber.analyze_text(text)
    photo = PhotoEvidence(_facts(gps=True, time=True), ("face",))
    before = scorer.assess(text, analysis, redacted=False, photos=[photo])
    after = scorer.assess(text, analysis, redacted=True, photos=[photo])
    kinds = {f.kind for f in before.factors}
    assert {"PHOTO_GPS", "PHOTO_TIME", "PHOTO_FACE"} <= kinds and before.level == "high"
    assert not any(f.source == "photo 1" for f in after.factors)


def test_a_photo_that_cannot_be_checked_keeps_the_post_high(scrubber):
    r = scrubber.scrub_post("Our new ward garden is open!", images=[b"not a photo path", "/nonexistent/x.jpg"])
    assert r.images == (None, None) and len(r.errors) == 2 and r.risk_after.level == "high"
    r = scrubber.scrub_post("Our new ward garden is open!", images=["/nonexistent/x.jpg"])
    assert r.images == (None,) and r.errors and r.risk_after.level == "high"


def test_scrub_post_reads_exif_gps_from_a_real_file(scrubber, tmp_path):
    img = Image.fromarray(np.full((60, 80, 3), 200, np.uint8))
    exif = Image.Exif()
    exif.get_ifd(0x8825)[2] = (50.0, 22.0, 0.0)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", exif=exif.tobytes())
    path = tmp_path / "garden.jpg"
    path.write_bytes(buf.getvalue())
    r = scrubber.scrub_post("A gentleman in his 90s enjoying the sun today.", images=[str(path)])
    assert "PHOTO_GPS" in {f.kind for f in r.risk_before.factors}
    assert r.risk_before.k < r.risk_after.k


# -- the labelled corpus (samples/risk: drafts.jsonl is the tuning set; heldout only in the benchmark) --

def test_risk_corpus_is_built_from_its_source_and_valid():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, str(root / "samples/risk/build.py"), "--check"], capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_level_accuracy_floor_on_the_tuning_set(scrubber):
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "samples/risk/drafts.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    assert len(rows) >= 100 and {r["level"] for r in rows} == {"low", "medium", "high"}
    called = [(r["level"], scrubber.scrub_post(r["text"], history=r["history"]).risk_before.level) for r in rows]
    right = sum(g == p for g, p in called) / len(rows)
    high_called_low = sum(g == "high" and p == "low" for g, p in called)
    assert right >= 0.75, f"accuracy {right:.3f}"  # figures only: no draft in test output
    assert high_called_low <= 3, f"{high_called_low} high posts called low"


def test_quasi_identifiers_read_in_a_photo_count_before_and_after_redaction(scrubber):
    from pathlib import Path

    letter = Path(__file__).resolve().parents[1] / "samples" / "images" / "letter_plain.jpg"
    result = scrubber.scrub_image(str(letter))
    assert "PLACE" in {m.kind for m in result.mentions}  # the town on the letter stays readable
    r = scrubber.scrub_post("Lovely to see this today.", images=[str(letter)])
    for risk in (r.risk_before, r.risk_after):
        photo_places = [f for f in risk.factors if f.source == "photo 1" and f.kind == "PLACE"]
        assert photo_places and all(f.start == -1 for f in photo_places)


def test_an_island_is_the_sum_of_its_postcode_districts():
    fig = figures()
    assert fig.island("Isle of Arran") == fig.island("arran") == fig.district("KA27")
    assert fig.island("the Isle of Skye") == sum(fig.district(d) for d in
                                                 ("IV41 IV42 IV43 IV44 IV45 IV46 IV47 IV48 IV49 IV51 IV55 IV56".split()))
    assert fig.island("Leeds") is None


def test_in_quotes_reads_a_quotation_opened_earlier_on_its_line():
    from phiscrub.risk.quotes import in_quotes

    said = '"I\'m 68," a patient told us'
    assert in_quotes(said, 1)  # the quotation's first word
    assert not in_quotes(said, said.index("a patient"))  # closed before it
    asked = "his first sentence: 'Where's the tractor going?' Then home"
    assert in_quotes(asked, asked.index("tractor"))  # "Where's" closes nothing
    assert not in_quotes(asked, asked.index("Then"))
    assert not in_quotes("Where's the tractor?", 12)  # an apostrophe inside a word opens nothing
