"""Jigsaw risk by setting: advice put to the reader, first aid at a named event or stadium, an A&E attendance,
a hospital that serves a town its name does not hold, a rarity the post states. Drafts written for these tests."""

import pytest

from phiscrub.risk.figures import figures

FIG = figures()


@pytest.fixture(scope="module")
def risk(scrubber):
    return lambda text: scrubber.scrub_post(text).risk_before


def _factor(r, kind):
    return [f for f in r.factors if f.kind == kind]


def _of(r, kind, role=None):
    return [f for f in r.factors if f.kind == kind and (role is None or f.role == role)]


@pytest.mark.parametrize("text", [
    "Snow and ice in Keswick tonight. If you have a fall and can't get up, call 999; otherwise think pharmacy.",
    "If you're a lad in Hull struggling tonight, text SHOUT to 85258. You're not a burden.",
    "If you or someone you know in Oban is in their 80s and lonely this Christmas, ring our line.",
    # an appeal to the public, and a question to the reader then what to do
    "Lifeboat volunteers in Cornwall are asking walkers to check tide times this summer. Cut off by the tide? Call 999.",
])
def test_advice_to_the_reader_describes_no_one(risk, text):
    r = risk(text)
    assert r.level == "low"
    assert any("advice to the reader" in f.note for f in r.factors)


def test_advice_beside_a_patient_still_describes_the_patient(risk):
    r = risk("If you saw the man in his 70s who fell on Fore Street in Looe this morning, please call us.")
    assert r.level == "high"
    assert not any("advice to the reader" in f.note for f in r.factors)
    walker = risk("A walker was cut off by the tide at Bude last night. Cut off? Call 999 and ask for the Coastguard.")
    assert walker.level == "high"


def test_a_stadium_crowd_is_the_pool_of_its_first_aid_room(risk):
    r = risk("First aid room at the Principality Stadium on Saturday: a man in his 50s came over faint at half time.")
    crowd = [f for f in r.factors if f.kind == "PLACE" and f.grain == "event"]
    assert crowd and crowd[0].value == 74_500
    assert r.level == "medium"  # 74,500 x 0.14 x 0.49 x 0.005 (seen by its first aiders): a few dozen


def test_common_incidents_at_an_event_first_aid_tent_do_not_narrow_its_crowd(risk):
    common = risk("First aid tent at the Royal Welsh Show this week: wasp stings, blisters, and a lady in her 70s "
                  "who came over faint in the heat.")
    assert not [f for f in common.factors if f.role == "rate" and f.value > 0.0015]
    assert [f.value for f in common.factors if f.kind == "FIRST_AID"] == [0.005]  # the first aiders' share only
    assert common.k > 10
    arrest = risk("First aid tent at the Royal Welsh Show this week: a man in his 70s had a cardiac arrest, CPR "
                  "and the defib brought him back.")
    assert arrest.k < common.k / 100  # a specific incident still narrows it


def test_a_clock_hour_at_an_event_keeps_that_hours_share_of_its_crowd(risk):
    """The crowd is everyone over the event's days; "at 3pm" keeps one of its open hours (12 a day), a day does not
    narrow it (the crowd is counted as those there that day)."""
    base = "Medical tent at the Royal Welsh Show: a man in his 50s fainted by the sheep pens"
    crowd = _factor(risk(base + " today."), "PLACE")
    days = [f.band[0] for f in crowd if f.grain == "event"][0]
    hour = risk(base + " at 3pm.")
    shares = [f.value for f in _factor(hour, "TIME") if f.role == "share"]
    assert shares == [pytest.approx(1 / (days * 12))]
    assert hour.k == pytest.approx(risk(base + " today.").k * shares[0], rel=1e-6)
    assert not [f for f in _factor(risk(base + " on Saturday."), "TIME") if f.role == "share"]


def test_an_a_and_e_attendance_counts_walk_ins_unless_an_ambulance_came(risk):
    walked = risk("Raigmore ED this week: a woman in her 60s drove herself in with chest pain rather than "
                  "bother the ambulance. Please call 999.")
    rates = {f.value for f in walked.factors if f.role == "rate"}
    assert 0.44 in rates and FIG.ambulance_rate not in rates
    brought = risk("Raigmore ED this week: a woman in her 60s brought in by ambulance with chest pain.")
    assert FIG.ambulance_rate in {f.value for f in brought.factors if f.role == "rate"}
    assert brought.k < walked.k


@pytest.mark.parametrize("text, town", [
    ("A young man in our ED at the RVI tonight", "newcastle upon tyne"),
    ("Lovely lady in her 80s on a ward at the QEUH today", "glasgow"),
    ("A man in his 40s at Raigmore this week", "inverness"),
])
def test_a_hospital_known_by_another_name_is_its_town(risk, text, town):
    from phiscrub.resources.places import place_populations

    places = [f for f in risk(text).factors if f.kind == "PLACE" and f.grain == "hospital"]
    assert places and places[0].value == place_populations()[town]


def test_a_rarity_the_post_states_is_the_share(risk):
    r = risk("Walking for one of our patients in Larne, a lad of 23 living with a rare genetic condition that "
             "affects 1 in 2 million people.")
    shares = [f.value for f in _factor(r, "CONDITION") if f.role == "share"]
    assert shares == [pytest.approx(5e-7)]
    assert r.level == "high"
    common = risk("1 in 4 of us will have a mental health problem. Our patient in his 40s with depression is home.")
    assert not [f for f in _factor(common, "CONDITION") if f.role == "share"]  # a share that common narrows nothing


def test_one_of_only_a_few_is_one_person_not_statistics(risk):
    r = risk("Our little fighter in Wick has a condition so rare she is one of only 30 children in the UK with it.")
    assert not any(f.group == "statistics" for f in r.factors)
    assert r.level == "high"


def test_an_ultra_rare_condition_has_its_published_count(risk):
    r = risk("A lad in his 20s in Larne living with FOP, a condition that turns muscle into bone.")
    assert [f.value for f in _factor(r, "CONDITION")] == [pytest.approx(50 / FIG.uk_population)]


def test_a_service_named_for_what_it_treats_and_an_event_of_vehicles_describe_no_one(risk):
    service = risk("Our sexual assault service in Leeds is open over Christmas. You can self-refer. We will believe you.")
    assert service.level == "low" and not [f for f in service.factors if f.role == "rate" and f.start >= 0]
    run = risk("£9,000 raised at the Brecon Christmas tractor run for the hospice. Thank you to every driver!")
    assert run.level == "low"
    crash = risk("Hit by a tractor on the B4353 near Borth this morning, a man in his 60s")
    assert any(f.group == "vehicle" and f.role == "share" for f in crash.factors)  # someone's vehicle still counts


def test_ms_after_a_word_of_having_is_multiple_sclerosis(risk):
    r = risk("Met a lady in her 40s from Wembley in clinic who has MS and has just started running again.")
    assert [f.value for f in _factor(r, "CONDITION")] == [pytest.approx(150_000 / FIG.uk_population)]
    assert not _factor(risk("Ms Okafor, in her 40s, from Wembley came to clinic"), "CONDITION")


def test_a_county_that_is_also_a_first_name_is_the_county_in_a_list_of_places(scrubber):
    text = "Every pound means care at home for families across Tyrone and Fermanagh."
    assert not scrubber.analyze_text(text).findings
    named = "Thanks to Tyrone and Jade for the cake"
    assert {named[f.start:f.end] for f in scrubber.analyze_text(named).findings} == {"Tyrone", "Jade"}


def test_a_newborn_aged_in_weeks_is_one_weeks_births(risk):
    weeks = risk("Checked on a 6-week-old in Hexham: feeding well and gaining.")
    share = [f.value for f in _factor(weeks, "AGE") if f.role == "share"]
    assert share and share[0] == pytest.approx(FIG.age_share(0, 0) * 7 / 365)
    months = risk("Checked on an 8-month-old in Hexham: feeding well and gaining.")
    assert [f.value for f in _factor(months, "AGE") if f.role == "share"] == [pytest.approx(FIG.age_share(0, 0))]


@pytest.mark.parametrize("text", [
    "Weighed a toddler in Oldham today who's thriving after a rocky start.",
    "Popped in on a lady of 100 in Edinburgh today who still does her own ironing.",
])
def test_a_weigh_in_or_a_home_visit_is_routine_care(risk, text):
    r = risk(text)
    assert not [f for f in r.factors if f.group == "assumed"]  # no emergency assumed, so the day narrows nothing


def test_every_one_of_a_count_is_no_one_singled_out(risk):
    r = risk("Our air ambulance: just over 600 callouts this year. Every one of them flew because of you. "
             "Thank you, Northern Ireland")
    assert r.level == "low" and any(f.group == "statistics" for f in r.factors)
    assert not any(f.role == "direct" for f in r.factors)  # the nation thanked is no one's name


@pytest.mark.parametrize("text, place", [
    ("One of our ladies in her 90s knitted 112 hats this year. Lyme Regis's finest!", "Lyme Regis's"),
    ("Truro's finest: a lady in her 90s", "Truro's"),
])
def test_a_town_in_the_possessive_is_the_town(scrubber, text, place):
    places = [text[m.start:m.end] for m in scrubber.analyze_text(text).mentions if m.kind == "PLACE"]
    assert place in places


def test_a_condition_named_after_a_place_in_the_possessive_is_no_place(scrubber):
    text = "One of our patients with Huntington's disease asked me to share this"
    assert not [m for m in scrubber.analyze_text(text).mentions if m.kind == "PLACE"]


def test_a_cuppa_with_someone_is_a_visit_not_an_emergency(risk):
    r = risk("Had a cuppa with a lady in her 80s in Wales today who has never been admitted to hospital.")
    assert not [f for f in r.factors if f.group == "assumed"] and r.level == "low"


def test_the_posters_half_century_is_their_age(risk):
    own = risk("Half a century this month 🎉 and I've just done my 1,000th home visit on the district.")
    assert any(f.kind == "SELF_AGE" for f in own.factors) and own.level == "medium"
    assert not any(f.kind == "SELF_AGE" for f in risk("Half a century of the NHS this year").factors)


@pytest.mark.parametrize("text", [
    "Born the day the NHS was founded, and today I retire after 45 years as a nurse at Morriston. Thank you all.",
    "Our lovely Doris on Ward 6 was born on the same day as the NHS and still does the crossword in pen.",
    "Born the night of the moon landing and still on nights at 55 🌙",
])
def test_born_on_a_day_history_dates_is_a_date_of_birth(risk, text):
    r = risk(text)
    assert [f.value for f in _factor(r, "BIRTH_DATE")] == [1]
    assert r.level == "high"


def test_a_day_history_dates_without_a_birth_dates_no_one(risk):
    r = risk("We had a party on the ward for the day the NHS was founded, cake for everyone on Ward 6.")
    assert not _factor(r, "BIRTH_DATE")


@pytest.mark.parametrize("text, unique", [
    ("First twins on my caseload in three years! Both gaining weight beautifully 💕", True),
    ("Our first home birth in the village in a decade, mum and baby doing well", True),
    ("Twins on the unit this week, both gaining weight beautifully 💕", False),
])
def test_the_first_in_years_is_one_of_a_kind(risk, text, unique):
    assert bool([f for f in _factor(risk(text), "UNIQUE") if f.value == 1]) is unique


@pytest.mark.parametrize("text, level", [
    ("Burns, crush injuries and a hanging, all before 11am! Only the regional major trauma study day in Leeds 😅", "low"),
    ("Simulation session on Ward 9 today: our manikin arrested twice and we got him back both times.", "low"),
    ("After the study day in Leeds I stopped for a man in his 70s who had collapsed on Briggate at 6pm. "
     "He's in the LGI now.", "high"),  # a person singled out still counts
])
def test_a_study_day_s_topics_describe_no_one(risk, text, level):
    assert risk(text).level == level


@pytest.mark.parametrize("text, level", [
    ("Our renal unit at Morriston looked after 6 patients with Fabry disease this year. Rare, not forgotten 💜", "high"),
    ("Our neuro ward looked after 38 patients with motor neurone disease this year 💜", "medium"),
    ("Our renal unit looked after 1,400 patients this year, thank you to every one of our team 💜", "low"),
])
def test_statistics_on_very_small_numbers_are_not_anonymous(risk, text, level):
    """PII-SPEC: "statistical analyses which have very small numbers within a small population" identify."""
    assert risk(text).level == level


def test_one_ferry_crossing_is_the_pool_of_someone_taken_unwell_on_board(risk):
    r = risk("Met the 7am boat at Oban: a woman in her 60s who'd come over faint on the crossing from Craignure. "
             "Checked over at the Lorn and Islands, all well.")
    crossing = [f for f in _factor(r, "PLACE") if f.grain == "crossing"]
    assert [f.value for f in crossing] == [1000]
    assert not [f for f in r.factors if f.role == "rate" and f.group in ("assumed", "incident")]
    assert r.level == "medium"  # 1,000 x 0.12 (60s) x 0.51: a few dozen
    birth = risk("A baby girl born on the overnight ferry to Rosslare last night! Mum and baby both doing well.")
    assert birth.level == "high"  # a birth still narrows the crossing's passengers


@pytest.mark.parametrize("text, level", [
    ("Get well soon to one of the GPs at the Hartland surgery, who broke her wrist on the ice this week.", "high"),
    ("Get well soon to one of our volunteers, who broke her wrist on the ice this week.", "low"),
])
def test_one_of_a_named_practice_s_staff_is_one_of_a_handful(risk, text, level):
    r = risk(text)
    assert r.level == level
    assert bool([f for f in r.factors if f.kind == "GROUP" and f.value == 6]) is (level == "high")


def test_the_time_beside_an_incident_is_its_window(risk):
    """"had a stroke last year … back at work this week": the stroke's year, not the week he went back to work."""
    text = "Back at work this week: a man in his 50s from Sheffield who had a stroke last year and was told he might not walk."
    r = risk(text)
    windows = [f for f in r.factors if f.role == "window" and f.bits > 0]
    assert [text[f.start:f.end] for f in windows] == ["last year"]
    assert r.level == "medium"
    alone = risk("A man in his 50s from Sheffield had a stroke this week.")
    assert alone.level == "high"  # the week is the stroke's own


@pytest.mark.parametrize("text", [
    "Frost and snow across Powys from Friday. If you've an older neighbour, knock, and check they've got heat and food.",
    "Heatwave in Norwich this week: if you have an elderly relative, pop round and make sure they're drinking.",
    # a public warning, then what to do
    "Yellow ice warning for Caithness tonight. Grit your path, look in on older neighbours, only ring 999 in a real emergency.",
    "Heat-health alert for Bedford this weekend: check on elderly relatives and keep curtains closed.",
])
def test_advice_to_look_in_on_someone_describes_no_one(risk, text):
    r = risk(text)
    assert r.level == "low"
    assert any("advice to the reader" in f.note for f in r.factors)


def test_a_role_one_or_two_hold_at_a_named_event_is_its_pool(risk):
    ref = risk("Get well soon to the assistant referee who collapsed at Villa Park last night. Thanks to the fans.")
    roles = _factor(ref, "ROLE")
    assert [f.value for f in roles] == [2] and ref.level == "high"
    fan = risk("Get well soon to the fan who collapsed at Villa Park last night. Thanks to everyone who helped.")
    assert not _factor(fan, "ROLE")
    assert fan.k > ref.k * 100


def test_a_gathering_is_a_highland_games_crowd(risk):
    r = risk("Busy day at the Cowal Gathering: a 38-year-old piper dislocated his shoulder. Ice and a sling.")
    assert [f.value for f in r.factors if f.grain == "event"] == [3000]
    family = risk("Busy day at a family gathering in Dunoon: a 38-year-old piper dislocated his shoulder.")
    assert not [f for f in family.factors if f.grain == "event"]


def test_routine_care_of_a_rescue_services_own_crew_is_no_call_out(risk):
    jab = risk("Flu jabs this morning for the volunteer crew from Wells lifeboat, one of them a man in his 30s.")
    assert not [f for f in jab.factors if f.kind == "INCIDENT"]
    shout = risk("The volunteer crew from Wells lifeboat rescued a man in his 30s from the sandbanks this morning.")
    assert [f.note for f in shout.factors if f.kind == "INCIDENT"] == [
        "a call-out of a lifeboat: about 0.00014 per resident a year"]
    assert shout.k < jab.k / 100


def test_sleeping_rough_is_a_small_share_of_a_towns_people(risk):
    rough = risk("Outreach tonight: a man in his 50s who sleeps rough by the bus station in Kendal has a bad chest.")
    assert [f.kind for f in rough.factors if f.group == "rarity"] == ["RARITY"] and rough.level == "high"
    housed = risk("Outreach tonight: a man in his 50s who lives by the bus station in Kendal has a bad chest.")
    assert not [f for f in housed.factors if f.group == "rarity"]
    assert housed.k > rough.k * 1000


def test_a_hotel_housing_people_seeking_asylum_is_the_pool(risk):
    hotel = risk("Health checks at the hotel in Skegness today: a 16-year-old boy seeking asylum asked about school.")
    assert [f.value for f in hotel.factors if f.kind == "PLACE" and f.grain == "venue"] == [125]
    assert hotel.level == "high"
    holiday = risk("Health checks at the hotel in Skegness today: a 16-year-old boy on holiday asked about school.")
    assert not [f for f in holiday.factors if f.value == 125]


def test_someone_seeking_asylum_housed_anywhere_is_a_share_of_residents(risk):
    one = risk("Health visiting in Leeds: a mum in her 20s seeking asylum got her baby weighed today.")
    assert [f.kind for f in one.factors if f.group == "rarity"] == ["RARITY"] and one.level == "high"
    plain = risk("Health visiting in Leeds: a mum in her 20s got her baby weighed today.")
    assert plain.k > one.k * 100 and plain.level == "low"
    service = risk("Our drop-in for people seeking asylum in Wrexham opens on Tuesdays from next week.")
    assert not [f for f in service.factors if f.group == "rarity"] and service.level == "low"  # no one singled out


def test_a_capitalised_show_is_a_county_show_crowd_and_a_listed_show_keeps_its_own(risk):
    local = risk("Busy at the Black Isle Show today: a man in his 60s kicked by a bull in the cattle lines.")
    assert [f.value for f in local.factors if f.grain == "event"] == [25_000]
    listed = risk("Busy at the Royal Welsh Show today: a man in his 60s kicked by a bull in the cattle lines.")
    assert [f.value for f in listed.factors if f.grain == "event"] == [240_000]
    tv = risk("Busy at the shops today: a man in his 60s told us he had been on a quiz show.")
    assert not [f for f in tv.factors if f.grain == "event"]


def test_an_island_sharing_its_postcode_district_counts_its_own_residents(risk):
    unst = risk("Weighed a 5-week-old on Unst today, home visits up here come with a ferry.")
    assert [f.value for f in unst.factors if f.kind == "PLACE"] == [632]  # NRS Census 2011, not ZE2's 14,209
    assert unst.level == "high"
    skye = risk("Weighed a 5-week-old on Skye today, home visits up here come with a bridge.")
    assert [f.value for f in skye.factors if f.kind == "PLACE"] == [FIG.island("Skye")] and FIG.island("Skye") > 9_000


def test_a_death_at_a_given_age_has_that_ages_death_rate():
    assert 0.04 < FIG.death_rate(80, 89) < 0.1 and FIG.death_rate(30, 39) < 0.002
    assert FIG.death_rate(100, 105) > FIG.death_rate(90, 99) > FIG.death_rate(80, 89)


def test_the_death_of_someone_in_their_80s_is_one_of_the_many_at_that_age(risk):
    old = risk("Bereavement office, Bristol: an hour with a daughter whose dad, in his 80s, died this month.")
    assert old.level == "medium"  # about 6 in 100 people in their 80s die in a year, not the 1 in 100 of all ages
    young = risk("Bereavement office, Bristol: an hour with a daughter whose dad, in his 40s, died this month.")
    assert young.level == "high"


def test_one_of_a_group_of_an_occupation_is_that_works_share_of_the_place(risk):
    r = risk("Huge thanks to one of the fishermen in Whitby who has helped at our hospice for six years.")
    assert not [f for f in r.factors if f.kind == "GROUP"]  # not a group of 100 with the work's share again
    jobs = [f.value for f in r.factors if f.group == "occupation" and f.role == "share"]
    town = [f.value for f in r.factors if f.kind == "PLACE"]
    assert jobs and town and abs(r.k - town[0] * jobs[0]) < 1e-6 * r.k
    crew = risk("Huge thanks to one of our choir who has helped at our hospice for six years.")
    assert [f.value for f in crew.factors if f.kind == "GROUP"] == [100]  # a group that is no occupation


@pytest.mark.parametrize("short, full", [("Newcastle", "Newcastle upon Tyne"), ("Stoke", "Stoke-on-Trent")])
def test_a_citys_everyday_short_name_is_the_city(risk, short, full):
    said = [f.value for f in risk(f"A man in his 60s from {short} fell today.").factors if f.kind == "PLACE"]
    written = [f.value for f in risk(f"A man in his 60s from {full} fell today.").factors if f.kind == "PLACE"]
    assert said == written and said[0] > 200_000  # not Newcastle, County Down (7,444)


def test_a_performer_at_a_named_event_is_one_of_a_small_share_of_its_people(risk):
    piper = risk("First aid tent at the Cowal Gathering: patched up a piper who tripped marching with the massed bands.")
    assert [f.value for f in piper.factors if f.kind == "ROLE"] == [0.02] and piper.level == "high"
    crowd = risk("First aid tent at the Cowal Gathering: patched up plenty of blisters and a few wasp stings.")
    assert not [f for f in crowd.factors if f.kind == "ROLE"] and crowd.level == "low"


def test_a_question_put_to_the_reader_opening_the_post_is_advice(risk):
    r = risk("Over 75 in Truro? Your shingles jab is free this winter. Ask your GP surgery or pharmacy.")
    assert r.level == "low" and any("advice to the reader" in f.note for f in r.factors)
    patient = risk("Over 75 in Truro? A lady in her 80s fell at home today. Ask your GP surgery about falls.")
    assert patient.level != "low"


def test_a_service_named_for_children_and_a_comparative_are_no_ones(risk):
    ed = risk("Our children's ED in Leeds has seen 40+ scooter injuries this summer. Helmets, please.")
    assert not [f for f in ed.factors if f.group == "relationship"]
    van = risk("Our new electric ambulance on its first shift in Hull today: quieter, cleaner, and warm.")
    assert not [f for f in van.factors if f.group == "occupation"]
    job = risk("Our cleaner in Hull, a lady in her 60s, retired today after 30 years.")
    assert [f for f in job.factors if f.group == "occupation"]


@pytest.mark.parametrize("text, group", [
    ("One of our cardiac arrest survivors, a man from Leeds, came in today to meet the crew.", False),
    ("One of our blood donors, a man from Leeds, came in today with cake.", False),
    ("One of our bellringers, a man from Leeds, came in today with cake.", True),
])
def test_former_patients_donors_and_supporters_are_no_small_group(risk, text, group):
    assert bool([f for f in risk(text).factors if f.kind == "GROUP"]) is group


def test_the_poster_as_the_only_person_is_no_superlative_of_the_patient(risk):
    poster = risk("A lady in her 80s told me I'm the only person she sees all week. Please look in on your neighbours.")
    assert not [f for f in poster.factors if f.group == "unique"] and poster.level == "low"
    record = risk("Today we cared for the oldest man in Settle, who turns 104 next week.")
    assert [f for f in record.factors if f.group == "unique"]


def test_a_village_bands_conductor_is_a_role_one_holds(risk):
    band = risk("Our district nurses in Hawes are caring for the retired conductor of the village silver band.")
    assert [f for f in band.factors if f.group == "unique"] and band.level == "high"
    train = risk("The conductor said our train to Leeds was late, so a lady in her 80s waited in the cold.")
    assert not [f for f in train.factors if f.group == "unique"]


def test_twins_who_turn_an_age_today_have_that_age(risk):
    r = risk("Our day centre in Larne is full of balloons: twin brothers who come every Tuesday turn 95 today.")
    ages = [f for f in r.factors if f.kind == "AGE"]
    assert ages and ages[0].band == (95, 95) and r.level == "high"


def test_thanking_every_role_in_a_list_describes_no_one(risk):
    r = risk("Over Easter our crews across Merseyside attended 3,870 incidents. Thank you to every call handler, "
             "paramedic and volunteer.")
    assert not [f for f in r.factors if f.kind == "OCCUPATION" and f.role == "share"]
    assert r.level == "low"


def test_a_warning_before_you_set_off_is_advice(risk):
    warn = risk("The Lindisfarne causeway floods twice a day. Every summer drivers are stranded by the tide: check the "
                "tide tables before you set off.")
    assert warn.level == "low" and any("advice to the reader" in f.note for f in warn.factors)
    lad = risk("Thinking of the young lad who was cut off by the tide at Lindisfarne yesterday afternoon. Please check "
               "the tide tables before you set off.")
    assert not any("advice to the reader" in f.note for f in lad.factors)


def test_a_rare_conditions_service_names_its_patients_condition(risk):
    one = risk("Our Scottish MND service is so proud of a man in his 40s who has just finished the Kiltwalk.")
    assert [f for f in one.factors if f.kind == "CONDITION" and f.role == "share"]
    news = risk("Our Scottish MND service is ten years old this week: thank you to all our families.")
    assert not [f for f in news.factors if f.kind == "CONDITION" and f.role == "share"]


def test_a_fellow_nurse_as_a_patient_has_her_trade(risk):
    fellow = risk("Special thanks to a fellow nurse, a woman in her 30s from Wigan, who we looked after on nights.")
    assert [f for f in fellow.factors if f.kind == "OCCUPATION"]
    staff = risk("Special thanks to a nurse on nights who looked after a woman in her 30s from Wigan.")
    assert not [f for f in staff.factors if f.kind == "OCCUPATION"]


def test_a_birth_she_had_is_a_birth(risk):
    r = risk("Proud midwife moment at the Ulster Hospital this week: a mum who was so anxious had the water birth "
             "she wanted, a baby boy.")
    assert [f for f in r.factors if f.group == "birth"]
    plan = risk("Our midwives in Lisburn can talk through your birth plan: we had the birth plan clinic on Monday.")
    assert not [f for f in plan.factors if f.group == "birth"]


def test_a_hospice_patient_is_one_of_its_in_patients(risk):
    patient = risk("Our hospice in Perth 💜 A lady in her 80s asked for a proper fish tea, so one of our nurses fetched one.")
    wards = [f for f in patient.factors if f.kind == "PLACE" and f.grain == "ward"]
    assert wards and "hospice" in wards[0].note
    dog = risk("Our therapy dog visits the hospice in Perth every Friday and our patients adore him.")
    assert not [f for f in dog.factors if f.kind == "PLACE" and f.grain == "ward"]
    volunteer = risk("Thanks to a retired teacher in Perth who has volunteered at our hospice for ten years.")
    assert not [f for f in volunteer.factors if f.kind == "PLACE" and f.grain == "ward"]


def test_one_of_our_ladies_at_our_home_is_one_of_a_care_homes_residents(risk):
    r = risk("One of our ladies at our home in Bude went for her first paddle in years today. Thanks to the volunteers!")
    homes = [f for f in r.factors if f.kind == "PLACE" and "care home" in f.note]
    assert homes and homes[0].value == 40
    assert not [f for f in r.factors if f.kind == "INCIDENT"]  # a care home's day out: routine, no emergency


def test_a_named_gp_surgery_is_its_registered_list(risk):
    r = risk("A man in his 60s came into our Swaledale surgery this week for a blood pressure check.")
    assert [f.value for f in r.factors if f.kind == "PLACE" and "GP practice" in f.note] == [10_000]


def test_ms_after_a_possessive_is_multiple_sclerosis(risk):
    r = risk("Lovely to help a woman in her 40s in Preston get her MS medication delivered at home.")
    assert [f for f in r.factors if f.kind == "CONDITION" and f.role == "share"]
    title = risk("Lovely to help Ms Jones's daughter in Preston this week.")
    assert not [f for f in title.factors if f.kind == "CONDITION"]


def test_a_festival_not_listed_is_a_crowd_of_tens_of_thousands(risk):
    tent = risk("Medical tent at the Tarbert Seafood Festival: a teenage girl with sunstroke and a long chat about water.")
    assert [f.value for f in tent.factors if f.grain == "event"] == [20000]
    at = risk("Festival first aid at Kelburn this weekend: a teenage girl with sunstroke.")
    assert [f.value for f in at.factors if f.grain == "event"] == [20000]
    braemar = risk("Medical tent at the Braemar Gathering: an older gent went wobbly after the caber.")
    assert [f.value for f in braemar.factors if f.grain == "event"] == [16000]
    ward = risk("A teenage girl with sunstroke on Ward 3 at Wishaw General this weekend.")
    assert not [f for f in ward.factors if f.grain == "event"]


def test_a_place_geonames_does_not_list_is_a_small_place_and_the_uk_is_the_nation(risk):
    unlisted = risk("Seen at the harbour in Porthgwarra: a deckhand in his 30s with a nasty hand injury from a winch.")
    assert [f.value for f in _factor(unlisted, "PLACE")] == [10000]
    short = risk("A man in his 60s in Merthyr fell off a ladder this month.")  # Merthyr Tydfil, by its short name
    assert [f.value for f in _factor(short, "PLACE")] == [43820]
    nation = risk("In the UK, about 1 in 50 people has a learning disability.")
    assert [f.value for f in _factor(nation, "PLACE")] == [67026292]


@pytest.mark.parametrize("text, level", [
    ("Picture a woman of 61. Works shifts, smokes, hasn't had a smear since 2012. She isn't real, but there are "
     "hundreds like her in Grimsby. Book your screening.", "low"),  # an invented example, said to be
    ("A woman of 61 from Grimsby, a shift worker, came in with a lump today. She's in good hands.", "high"),
])
def test_an_invented_example_describes_no_one(risk, text, level):
    assert risk(text).level == level


def test_a_count_in_words_is_statistics(risk):
    r = risk("Last night forty of our patients waited over twelve hours for a bed, some of them in their 80s. "
             "My team were brilliant. The system wasn't.")
    assert r.level == "low"
    assert any("statistics describe no individual" in f.note for f in r.factors)


def test_care_homes_in_the_plural_are_no_one_venue(scrubber):
    text = "Care homes team, Torquay: a lady in her 90s video-called her grandson today."
    places = [text[m.start:m.end] for m in scrubber.analyze_text(text).mentions if m.kind == "PLACE"]
    assert places == ["Torquay"]
    one = "Visited a lady in her 90s at a care home in Torquay today."
    assert "care home" in [one[m.start:m.end] for m in scrubber.analyze_text(one).mentions if m.kind == "PLACE"]


def test_a_later_visit_dates_no_emergency_dated_before(risk):
    """The day of a visit to say thanks is not the day of an arrest the post dates a year before."""
    r = risk("A man in his 60s who had a cardiac arrest at a parkrun in Swansea last year walked into our station "
             "today with a cake for the crew who saved him.")
    assert not [f for f in r.factors if f.kind == "DATE" and f.grain == "relative" and f.bits > 0 and f.value < 0.01]
    same_day = risk("A man in his 60s had a cardiac arrest at a parkrun in Swansea today and walked into our station.")
    assert [f for f in same_day.factors if f.kind == "DATE" and f.bits > 0]


def test_a_rate_of_calls_is_statistics(risk):
    r = risk("New Year's Eve across Wales: our control room took a call every 40 seconds from 8pm until 3am. "
             "Thank you to every crew.")
    assert r.level == "low"
    assert any("statistics describe no individual" in f.note for f in r.factors)


@pytest.mark.parametrize("text", [
    "Going home today: born on our unit at the Royal Jubilee at 23 weeks back in May, our boy is now 3kg.",
    "A mum who had her triplets with us this year brought them back to the birth centre at Ninewells today.",
])
def test_a_birth_told_without_born_right_before_its_weeks(risk, text):
    """The gestation later in the sentence ("born on our unit … at 23 weeks") and "had her triplets" are births."""
    r = risk(text)
    assert [f for f in r.factors if f.role == "rate" and "birth" in f.note], [f.note for f in r.factors]


def test_a_warning_beside_a_patient_still_describes_the_patient():
    from phiscrub.risk.appeals import addressed_to_reader

    assert addressed_to_reader("Flood warning for Appleby: keep off the roads and check on neighbours.")
    assert not addressed_to_reader("Flood warning for Appleby: a man in his 80s was lifted from his car. Check on neighbours.")


def test_an_age_word_before_people_in_the_plural_is_a_groups_age(risk):
    group = risk("Sleet in Wick all week: elderly neighbours may not get out, and the crews are busy.")
    assert not _of(group, "AGE", "share")
    one = risk("One of our elderly residents in Wick, 97, danced at the party.")
    assert _of(one, "AGE", "share")


@pytest.mark.parametrize("text", [
    "The dementia day centre in Bude: one of our gents, 88, turned out to be a wonderful pianist.",
    "Our learning-disability community team in Larne: one of our lads, 52, passed his driving theory test!",
])
def test_a_patient_of_a_service_with_a_qualifier_has_its_condition(risk, text):
    r = risk(text)
    cond = _of(r, "CONDITION", "share")
    assert cond and "patient of its" in cond[0].note
    assert _of(r, "AGE", "share")  # "one of our lads, 52,"


def test_a_birthday_in_a_season_is_a_quarter_of_the_years_days(risk):
    r = risk("My birthday is in the summer and I've worked it six years running. Not this year: Porthcawl beach for me.")
    own = [f for f in r.factors if f.group == "self_disclosure"]
    assert own and own[0].value == pytest.approx(91 * 50)
    month = risk("My birthday is in March and I've worked it six years running. Not this year!")
    assert [f.value for f in month.factors if f.group == "self_disclosure"] == [pytest.approx(30 * 50)]


def test_a_named_days_baby_is_the_posters_birthday_not_an_age(risk):
    r = risk("Being a New Year's Day baby means I always volunteer for nights on the 1st. Trifle in the cab in Larne.")
    assert [f for f in r.factors if f.group == "self_disclosure"]
    assert not _of(r, "AGE", "share")
    assert not _of(r, "OCCUPATION")  # "I always volunteer": a verb


def test_a_joint_exercise_with_a_pretend_casualty_describes_no_one(risk):
    r = risk("Joint exercise with the Cromer lifeboat crew tonight: a volunteer 'casualty' in a drysuit was superb.")
    assert r.level == "low"


def test_a_classic_scooter_is_a_distinctive_vehicle(risk):
    r = risk("To the lad on the orange 1960s Lambretta who came off near Bala last night: mend well.")
    assert [f for f in r.factors if f.group == "vehicle" and f.role == "share"]


def test_one_of_our_patients_at_the_hospice_is_one_of_its_beds(risk):
    r = risk("One of our patients at the hospice in Omagh has spent this month teaching the night staff chess.")
    assert [f for f in r.factors if f.kind == "PLACE" and "hospice" in f.note]
    assert r.level == "medium"


def test_a_towns_half_marathon_is_its_runners_not_the_town(risk):
    r = risk("Medical tent at the Bristol half this morning: a woman in her 30s with heat exhaustion.")
    assert [f for f in r.factors if f.kind == "PLACE" and f.value == 12000]
    shift = risk("Second half of the shift was calmer: a man in his 40s with chest pain in Leeds.")
    assert not [f for f in shift.factors if f.kind == "PLACE" and "event crowd" in f.note]


def test_a_numbers_home_is_no_care_home(risk):
    r = risk("Got a lady of 88 home on the last boat tonight after her hip replacement.")
    assert _of(r, "AGE", "share")
    care = risk("Our elderly care ward in Bude had a lovely day.")
    assert not _of(care, "AGE", "share")


def test_a_venue_named_after_the_is_named(risk):
    r = risk("So proud of our street triage team last night: two hours talking with a young man on the Foyle Bridge until "
             "he was ready.")
    assert [f for f in r.factors if f.kind == "PLACE" and f.role == "place" and "venue" in f.note]
    costume = risk("A young lad dressed as the Easter Bunny in Cardiff broke his ankle.")
    assert not [f for f in costume.factors if f.kind == "PLACE" and "venue" in f.note and f.role == "place"]


def test_someone_at_a_sexual_health_clinic_is_one_of_its_consultations(risk):
    r = risk("To the 16-year-old lad who came to our Thurso sexual health drop-in on Tuesday by himself: that took guts.")
    assert [f for f in r.factors if f.kind == "INCIDENT" and f.value == pytest.approx(0.07)]
    assert r.level == "high"
    service = risk("Our sexual health clinic in Leeds is open over Christmas. You can self-refer.")
    assert service.level == "low" and not _of(service, "INCIDENT")


def test_burns_night_is_no_burn_and_the_practice_is_routine_care(risk):
    """A Burns supper is Scotland's feast for its poet, not a burn; a patient "at the practice" is general practice."""
    supper = risk("Burns supper at the day centre in Hawick last night: a man in his 80s read every verse of Tam o' Shanter.")
    assert not [f for f in supper.factors if "burns and scalds" in f.note]
    scald = risk("A toddler with burns from a kettle came into resus in Hawick last night.")
    assert [f for f in scald.factors if "burns and scalds" in f.note]
    practice = risk("So proud of one of our patients at the practice in Omagh who ran his first 10k today.")
    assert not [f for f in practice.factors if f.kind == "INCIDENT"]
    assert [f for f in risk("So proud of one of our patients in Omagh who ran his first 10k today.").factors
            if f.kind == "INCIDENT"]  # no care named: taken as an emergency


def test_a_rider_who_came_off_is_a_road_casualty(risk):
    r = risk("Female cyclist came off on the B6265 near Pateley Bridge, walking wounded. Take care on the gravel.")
    assert [f for f in r.factors if "road casualties" in f.note]


@pytest.mark.parametrize("text", [
    "First aid at the Highland League match in Keith today: my only patient was the referee, a split lip.",
    "Our captain played his first full game since his knee op in May. Proudest physio in Galloway.",
])
def test_a_teams_captain_or_a_matchs_referee_is_one_person(text, risk):
    assert [f for f in risk(text).factors if f.kind == "UNIQUE"]


def test_a_prisons_population_is_already_of_one_sex(risk):
    """A man in a men's prison: his sex narrows nothing, the prison's population is the pool; elsewhere it halves it."""
    inside = risk("Eye clinic at HMP Dartmoor this morning: a man of 34 got his first glasses.")
    outside = risk("Eye clinic at Dartmoor Medical Centre this morning: a man of 34 got his first glasses.")
    sex_in = [f for f in inside.factors if f.kind == "SEX"]
    assert sex_in and sex_in[0].value == 1.0 and sex_in[0].bits == 0.0
    assert [f.value for f in outside.factors if f.kind == "SEX"] == [0.5]
    released = risk("Eye clinic at Dartmoor Medical Centre this morning: a man of 34, released from prison last month, got "
                    "his first glasses.")
    assert [f.value for f in released.factors if f.kind == "SEX"] == [0.5]  # out of prison: no longer its pool


# one holder: a place's last or only craftsman, a role at a place's only venue, the poster's birthday on a named day
# with the age (their date of birth)
@pytest.mark.parametrize("text, group", [
    ("Caring this week for Barra's last cooper, in his final days on our ward.", "occupation"),
    ("Proud to have looked after the island's only blacksmith today.", "occupation"),
    ("Respect to the regulars who did CPR on the landlord of the only pub in Plockton on Friday.", "unique"),
    ("Spent my 40th on Christmas Eve doing a night shift in the control room.", "self_disclosure"),
    ("Turned 50 on Burns Night, working a late in resus.", "self_disclosure"),
])
def test_a_detail_only_one_person_has_is_high(risk, text, group):
    r = risk(text)
    assert [f for f in r.factors if f.group == group and f.role == "count" and f.value == 1]
    assert r.level == "high"


def test_a_home_visit_told_by_its_leaving_is_routine_care(risk):
    visit = risk("A lady in her 80s in Tobermory taught me three Gaelic words today and refused to let me leave until I could.")
    assert visit.level == "medium" and not _of(visit, "INCIDENT", "rate")
    fall = risk("A lady in her 80s in Tobermory fell on the ice today.")
    assert fall.level == "high"


def test_an_ambulance_shown_off_at_a_school_is_no_emergency(risk):
    r = risk("Took the ambulance to a primary school in Leeds today. A boy of 5 asked if we sleep in it. Future paramedic!")
    assert r.level == "low" and not _of(r, "INCIDENT", "rate")


def test_an_island_hospital_in_an_earlier_post_is_its_town(scrubber):
    r = scrubber.scrub_post("A 14-year-old lass came off her pony on the beach. Not one tear.",
                            history=["Another night shift at the Gilbert Bain. Wind gusting 70mph."]).risk_before
    assert [f for f in r.factors if f.kind == "PLACE" and f.value == 6760 and f.source == "history 1"]


@pytest.mark.parametrize("text, residents", [
    ("A lady in her 80s on Orkney's North Isles was unwell.", FIG.island("Orkney")),
    ("A man of 40 in Devon's countryside fell.", FIG.region("Devon")),
])
def test_an_island_or_county_in_the_possessive_counts_its_own_residents(risk, text, residents):
    assert residents and [f for f in _of(risk(text), "PLACE", "place") if f.value == residents]


@pytest.mark.parametrize("text", [
    "Car versus lamp post in Newport: woman in her 20s walked away.",
    "bike v car, lad of 19 in Truro",
])
def test_a_vehicle_versus_something_is_a_road_casualty(risk, text):
    assert [f for f in _of(risk(text), "EVENT", "rate") if "road casualties" in f.note]


def test_a_lad_of_19_is_aged_19(risk):
    assert [f for f in _of(risk("bike v car, lad of 19 in Truro"), "AGE", "share") if f.note.startswith("age 19")]


def test_deafness_in_one_ear_is_an_uncommon_condition(risk):
    r = risk("A 4-year-old in Bradford turned out to be completely deaf in one ear.")
    assert [f for f in _of(r, "CONDITION", "share") if "uncommon" in f.note] and r.level == "medium"


def test_a_new_birth_visit_is_to_a_newborn(risk):
    r = risk("New-birth visit today to twin girls in Tobermory. Mum's doing brilliantly.")
    assert [f for f in _of(r, "AGE", "share") if f.note.startswith("age 0")] and r.level == "high"


def test_plural_children_then_their_age(risk):
    assert [f for f in _of(risk("Twin boys, 6, had their jabs in Leicester today."), "AGE", "share") if f.note.startswith("age 6")]


def test_a_birthday_and_a_decade_leave_ten_dates_of_birth(risk):
    r = risk("Being a Bonfire Night baby still in my 30s, I never get a quiet birthday at work in Lewes.")
    assert [f for f in _of(r, "DATE", "count") if f.value == 10] and r.level == "medium"
    exact = risk("My birthday is Bonfire Night and I'm 34, so I'm at work in Lewes.")
    assert [f for f in _of(exact, "DATE", "count") if f.value == 1] and exact.level == "high"


def test_a_venue_of_a_past_decade_is_a_memory(risk):
    r = risk("Home visit to an 84-year-old lady in Birmingham who told me about dancing at the Locarno in the 60s.")
    assert not [f for f in _of(r, "PLACE", "place") if "venue" in f.note] and r.level == "low"


def test_a_farmer_is_a_share_of_a_rural_places_people(risk):
    r = risk("Surgery in Penrith today: a sheep farmer in his 50s with orf on his hand.")
    assert [f for f in _of(r, "OCCUPATION", "share") if f.value == 0.03] and r.level == "medium"


@pytest.mark.parametrize("text", ["Cornwall MND nurses: a lovely chat today", "our cystic fibrosis team",
                                  "the Macmillan nurses", "Sickle cell service open day"])
def test_a_long_term_conditions_specialist_team_is_routine_care(text):
    from phiscrub.risk.context import routine

    assert routine(text)


def test_the_off_islands_of_scilly_count_their_own_residents():
    """Tresco and Bryher are postcode districts of their own (TR24, TR23: 175 and 84 residents, Census 2011)."""
    from phiscrub.risk.figures import figures

    assert figures().island("Tresco") == 175 and figures().island("Bryher") == 84
