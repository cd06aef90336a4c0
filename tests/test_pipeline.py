"""The pipeline's steps one by one, and its guarantees end to end."""

import threading

import pytest

from conftest import found as found_in
from phiscrub import ConfigError, Finding, Scrubber, ScrubConfig
from phiscrub.text.allow import allowed_spans, drop_allowed
from phiscrub.text.normalise import normalise
from phiscrub.text.redact import MASK, redact
from phiscrub.text.resolve import resolve_overlaps

DRAFT = ("Huge thanks to Mrs Marjorie Flint (DOB 21/08/1943) of 14 Station Road, EX2 7LB. "
         "NHS no 943 476 5919, ring 07700 900123 — Ward 7 at Derriford 💙 #NHS")


def F(start, end, entity="PERSON", score=0.8):
    return Finding(start, end, entity, score, "test")


@pytest.mark.parametrize("findings,expected", [
    ([], []),
    ([F(0, 5), F(10, 12)], [(0, 5, "PERSON"), (10, 12, "PERSON")]),
    ([F(0, 5), F(3, 9)], [(0, 9, "PERSON")]),                                   # same type: union
    ([F(0, 10, "STREET_ADDRESS", 0.6), F(0, 4, "PERSON", 0.6)], [(0, 10, "STREET_ADDRESS")]),  # longer wins
    ([F(0, 4, "PHONE_NUMBER", 0.5), F(0, 4, "NHS_NUMBER", 0.9)], [(0, 4, "NHS_NUMBER")]),     # higher score wins
    ([F(0, 4, "PERSON", 0.8), F(0, 4, "NHS_NUMBER", 0.8)], [(0, 4, "NHS_NUMBER")]),           # tie: priority
    ([F(5, 8), F(0, 3)], [(0, 3, "PERSON"), (5, 8, "PERSON")]),                  # sorted
])
def test_resolve_overlaps(findings, expected):
    out = resolve_overlaps(findings)
    assert [(f.start, f.end, f.entity_type) for f in out] == expected
    assert all(a.end <= b.start for a, b in zip(out, out[1:], strict=False))


def test_a_cut_piece_never_opens_on_what_closed_the_piece_cut_away():
    text = "NI WP 19 86 42 A. Resubmitting (Saira"
    ni, name = text.index("WP"), text.index("A. ")
    out = resolve_overlaps([F(ni, name + 1, "NI_NUMBER", 0.9), F(name, len(text) - 7, "PERSON", 0.7)], text)
    assert [text[f.start:f.end] for f in out] == ["WP 19 86 42 A", "Resubmitting"]


def test_normalise_keeps_length_and_folds():
    text = "07700\u00a0900123 \u2013 ９４３\u200b"
    out = normalise(text)
    assert len(out) == len(text)
    assert out == "07700 900123 - 943 "


@pytest.mark.parametrize("text, expected", [
    ("DOB O3.1O.1957 on the label", "DOB 03.10.1957 on the label"),  # OCR read zeros as the letter O
    ("Unit no RTX0O81234", "Unit no RTX0081234"),  # between two digits
    ("d.o.b 2o/o4/1988", "d.o.b 20/04/1988"),
    ("O2 shop, SO23 9LX, plate BO19 XYZ, room 1O", "O2 shop, SO23 9LX, plate BO19 XYZ, room 1O"),  # letters stay
    ("D0B: 2l/O9/l947", "D0B: 21/09/1947"),  # a lower-case l read for a one
    ("Name: MARGAR0T  B1SHOP", "Name: MARGAROT  BISHOP"),  # a zero or a one inside a word of four letters or more
    ("2  0'NEILL P   IVAB d2", "2  O'NEILL P   IVAB d2"),  # an Irish O' read as a zero
    ("Bay 3 - 0LUWASEUN, Ade0la", "Bay 3 - OLUWASEUN, Adeola"),
    ("SE1 7EH, SW1A 0AA, T1DM, HbA1c, NEWS2, B1, CO2", "SE1 7EH, SW1A 0AA, T1DM, HbA1c, NEWS2, B1, CO2"),  # codes stay
    ("Return to EC1A1BB or W1A0AX", "Return to EC1A1BB or W1A0AX"),  # a postcode written without its space
    # two or three digits read for letters in a word of capitals (5 for S); a lower-case l beside digits
    ("BED 2  0KONKW0, D0R0THY", "BED 2  OKONKWO, DOROTHY"),
    ("BED 5  McC0RMACK  E    KSW", "BED 5  McCORMACK  E    KSW"),  # after "Mc"
    # a short word in capitals right after a title (and its initial) as a board reads it; a code stays
    ("B2  Mr J. M0SS   Dr K0HL", "B2  Mr J. MOSS   Dr KOHL"),
    ("Mrs SW10 0AB / Dr 0AK", "Mrs SW10 0AB / Dr 0AK"),
    # a three-letter word with its zero right before a longer word read the same way; a postcode's district stays
    ("TUE  R0N H0LLINGW0RTH   insulin", "TUE  RON HOLLINGWORTH   insulin"),
    ("Croydon CR0 4AB, CR0 FLAT", "Croydon CR0 4AB, CR0 FLAT"),
    # a labelled plate's letters and digits each in its place; unlabelled it stays
    ("Vehicle reg: 0U65 KHY / Car reg: WP1S RZ0 / reg: 0U65 KHY", "Vehicle reg: OU65 KHY / Car reg: WP15 RZO / reg: 0U65 KHY"),
    # an S read for a 5 in a labelled NHS or phone number; not in words after the labels
    ("NHS N0: 4S1 O23 2l37 / Te1: O161 496 O5S8 / NHS trust SOS", "NHS N0: 451 023 2137 / Te1: 0161 496 0558 / NHS trust SOS"),
    ("Nati0nal lnsurance N0: WL 3O 81 74 C", "National lnsurance N0: WL 30 81 74 C"),  # OCR in the NI label too
    ("BED 3  5ZYMAN5KI, TADEU5Z", "BED 3  SZYMANSKI, TADEUSZ"),
    ("NHS N0: 412 57l 9963, l4 Mill Lane, LS2l 3HN", "NHS N0: 412 571 9963, 14 Mill Lane, LS21 3HN"),
    ("COVID19 H5N1 AB51 ABC give 2l", "COVID19 H5N1 AB51 ABC give 2l"),  # adjacent digits, codes, a dose stay
    ("moved to 3 dale view l36 4yt, l9 stays", "moved to 3 dale view l36 4yt, 19 stays"),  # a lower-case postcode's l
    ("Forename(s): Danie1 Osei", "Forename(s): Daniel Osei"),  # a final 1 after a vowel read for an l
    # a labelled phone number's and postcode's OCR letters where digits stand; unlabelled, a name, GIR 0AA stay
    ("Contact: O77OO 9OO 225 / Te1: 01632 960 44l", "Contact: 07700 900 225 / Te1: 01632 960 441"),
    ("Postcode: SPl0 3PX", "Postcode: SP10 3PX"),
    ("TEL: O77OO 9OO 46l", "TEL: 07700 900 461"),  # four digits, the rest a whole number's OCR letters
    ("GP: Dr T. 0b0d0, Mill R0ad", "GP: Dr T. Obodo, Mill Road"),  # a lower-case word's zeros are Os
    ("ADDRESS: 9 Mill Lane, Norwich NRl 3HZ", "ADDRESS: 9 Mill Lane, Norwich NR1 3HZ"),  # a postcode ending an address
    ("Adress: 9 Mill Lane, Wakefield WF1O 2AB", "Adress: 9 Mill Lane, Wakefield WF10 2AB"),  # a misspelt label too
    ("Postcode: LS2S 3QN / Postcode: SW1A 1AA", "Postcode: LS25 3QN / Postcode: SW1A 1AA"),  # an S read for a 5, not in London
    ("Postcode: PO5 2SH / postcode GIR 0AA / bay O7OOO OOO 225 / phone: Oliver", "Postcode: PO5 2SH / postcode GIR 0AA / bay O7OOO OOO 225 / phone: Oliver"),
    # unlabelled, a whole UK number's eleven places from a 0 with five digits or more: "son Gary O77OO 9OO 623"
    ("NOK: son Gary O77OO 9OO 623", "NOK: son Gary 07700 900 623"),
    ("Ward1 Bay1 Room1 Zone 1", "Ward1 Bay1 Room1 Zone 1"),  # not after a consonant or a y
    ("Addr: 27 Mo0r Lane, 3 Bay1 Rd", "Addr: 27 Moor Lane, 3 Bay1 Rd"),  # a digit between lower-case letters
    ("NHS 6O8 O91 3739", "NHS 608 091 3739"),  # an NHS number's groups with Os read for zeros
    ("NHS N0: 4I1 37l 4154", "NHS N0: 411 371 4154"),  # and Is or ls read for ones
    ("Forename: 0lamide, 0mg, 0ml", "Forename: Olamide, 0mg, 0ml"),  # a zero opening four lower-case letters
    ("call 0O1 OOO OOOO", "call 001 OOO OOOO"),  # six digits or more, or the groups keep their Os
    ("NI N0: KA 5l 67 O3 B / NINO QQ l2 34 56 C", "NI N0: KA 51 67 03 B / NINO QQ 12 34 56 C"),  # an NI number's digits
    ("NI stock: KA 5l 67 O3 B", "NI stock: KA 51 67 O3 B"),  # no NI label: the O stays (the l by a digit is a one)
    # a hospital number's digit places after its label, OCR's "N0" and "N o" in the label too; the letters before stay
    ("Hosp N0: Kl2O4478 / Ho5p N0: PCH00l7738", "Hosp N0: K1204478 / Ho5p N0: PCH0017738"),
    ("Hosp N o: A 0447 l92", "Hosp N o: A 0447 192"),
    ("Hosp N0: KlOOOOOO / Bay: Kl234478", "Hosp N0: KlOOOOOO / Bay: Kl234478"),  # three digits or fewer; no label
])
def test_normalise_reads_ocr_zeros_in_numbers(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a system export's JSON pairs read as labelled fields, a name's carets as spaces (same length)
    ('{"PatientName":"OKAFOR^GRACE^^MRS","PatientID":"K1204478"}', '{ PatientName:  OKAFOR GRACE  MRS , PatientID:  K1204478 }'),
    ("PID|1||K1204478^^^RXX^MR||OKAFOR^GRACE^^^MRS||19410607|F", "PID|1||K1204478^^^RXX^MR||OKAFOR GRACE   MRS||19410607|F"),
    ('WCC 10^9/L, x^2, "ok": 1, Thomas "Tommo" Reid', 'WCC 10^9/L, x^2, "ok": 1, Thomas "Tommo" Reid'),  # no name's carets, no pair
])
def test_normalise_reads_system_exports_as_fields(text, expected):
    assert normalise(text) == expected


def test_a_pasted_export_has_its_name_date_of_birth_and_number_found(scrubber):
    text = 'Order failed: {"PatientName":"OKAFOR^GRACE^^MRS","PatientBirthDate":"19410607","PatientID":"K1204478"}'
    found = {text[f.start:f.end]: f.entity_type for f in scrubber.analyze_text(text).findings}
    assert found == {"OKAFOR^GRACE": "PERSON", "19410607": "DATE_OF_BIRTH", "K1204478": "HOSPITAL_NUMBER"}


@pytest.mark.parametrize("text, value, entity", [
    ("Full name: Des Okoro\nDate of b1rth: 3O/O6/1985", "3O/O6/1985", "DATE_OF_BIRTH"),  # OCR's birth label
    ("Dat e of B irth: 09/12/1958\nWard 4", "09/12/1958", "DATE_OF_BIRTH"),
    ("Date of birh: 23 - 10 - 1985", "23 - 10 - 1985", "DATE_OF_BIRTH"),  # a typo
    ("Patient: Mrs Vera Dobbs\nHosp N0: Kl2O4478", "Kl2O4478", "HOSPITAL_NUMBER"),
])
def test_an_ocr_label_still_names_its_value(scrubber, text, value, entity):
    found = [text[f.start:f.end] for f in scrubber.scrub_text(text).findings if f.entity_type == entity]
    assert found == [value]


def test_a_date_under_no_birth_label_stays(scrubber):
    assert not scrubber.scrub_text("Date of b1rth: see notes\nAdmitted: 28/11/2026").findings


def test_an_ocr_zero_date_is_found_and_redacted_in_the_original(scrubber):
    text = "Mr Colin Reeve  DOB O7.O2.1949  ward 4"
    found = [f for f in scrubber.scrub_text(text).findings if f.entity_type == "DATE_OF_BIRTH"]
    assert [text[f.start:f.end] for f in found] == ["O7.O2.1949"]


def test_finding_rejects_bad_spans_and_types():
    with pytest.raises(ValueError):
        Finding(5, 5, "PERSON", 0.5, "x")
    with pytest.raises(ValueError):
        Finding(0, 3, "NAME", 0.5, "x")


def test_finding_repr_and_dict_carry_no_value():
    f = F(3, 9)
    assert set(f.to_dict()) == {"start", "end", "entity_type", "score"}


def test_text_outside_findings_is_kept_byte_for_byte(scrubber):
    result = scrubber.scrub_text(DRAFT)
    assert result.findings
    pieces, pos = [], 0
    for f in result.findings:
        pieces.append(DRAFT[pos:f.start])
        pos = f.end
    pieces.append(DRAFT[pos:])
    rest = result.text
    for piece in pieces:  # every kept piece appears, in order, unchanged
        i = rest.find(piece)
        assert i >= 0
        rest = rest[i + len(piece):]
    for keep in ("Ward 7", "Derriford", "#NHS", "💙"):
        assert keep in result.text


def test_findings_sorted_non_overlapping_and_typed(scrubber):
    result = scrubber.scrub_text(DRAFT)
    types = {f.entity_type for f in result.findings}
    assert {"PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS", "POSTCODE", "NHS_NUMBER", "PHONE_NUMBER"} <= types
    assert all(a.end <= b.start for a, b in zip(result.findings, result.findings[1:], strict=False))


@pytest.mark.parametrize("mode,check", [
    ("tag", lambda t: "[NAME]" in t and "[NHS NUMBER]" in t and "[POSTCODE]" in t and "[DOB]" in t),
    ("mask", lambda t: MASK * len("943 476 5919") in t and "[" not in t),
    ("generalise", lambda t: "EX2" in t and "7LB" not in t and "[DOB]" in t and "[ADDRESS]" in t),
])
def test_modes(mode, check):
    s = Scrubber(mode=mode)
    out = s.scrub_text(DRAFT).text
    assert "Marjorie" not in out and "943 476 5919" not in out
    assert check(out)


def test_generalise_keeps_an_eircodes_routing_key():
    out = Scrubber(mode="generalise").scrub_text("Transfer from Gort an Choirce, Co. Donegal F92 X2K7 today").text
    assert "F92" in out and "X2K7" not in out


def test_mask_keeps_length():
    s = Scrubber(mode="mask")
    assert len(s.scrub_text(DRAFT).text) == len(DRAFT)


def test_redact_is_pure():
    assert redact("call Sam now", [F(5, 8)], "tag") == "call [NAME] now"


def test_allow_list(scrubber):
    text = "Big thanks to Priya and Sam on nights"
    allowed = Scrubber(allow=["Priya"]).scrub_text(text)
    assert "Priya" in allowed.text and "Sam" not in allowed.text
    assert "Priya" not in scrubber.scrub_text(text).text


def test_allow_list_partial_overlap_stays_redacted():
    spans = allowed_spans("Priya Patel came", ["Priya"])
    assert drop_allowed([F(0, 11)], spans) == [F(0, 11)]
    assert drop_allowed([F(0, 5)], spans) == []


def test_scrub_texts_matches_scrub_text_in_order(scrubber):
    drafts = [DRAFT, "nothing here at all", "pt is marjorie flint", ""] * 3
    batch = scrubber.scrub_texts(iter(drafts))
    assert [r.text for r in batch] == [scrubber.scrub_text(d).text for d in drafts]
    assert [r.text for r in scrubber.iter_texts(drafts)] == [r.text for r in batch]


def test_scrub_texts_rejects_a_bare_string_and_non_strings(scrubber):
    from phiscrub import InputError

    with pytest.raises(InputError):
        scrubber.scrub_texts("one text")
    with pytest.raises(InputError):
        scrubber.scrub_texts(["ok", 42])


def test_allow_accepts_a_single_string():
    assert "Priya" in Scrubber(allow="Priya").scrub_text("Thanks Priya and Sam").text


def test_empty_and_whitespace(scrubber):
    assert scrubber.scrub_text("").text == ""
    assert scrubber.scrub_text("  \n").findings == ()


def test_threads_share_one_scrubber():
    s = Scrubber()  # not warmed: the lazy build itself must be thread-safe
    results, errors = [], []

    def work():
        try:
            results.append(s.scrub_text(DRAFT).text)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(set(results)) == 1


@pytest.mark.parametrize("kwargs", [{"mode": "blur"}, {"threshold": 1.5}, {"entities": ("NAME",)}])
def test_config_rejects_bad_values(kwargs):
    with pytest.raises(ConfigError):
        ScrubConfig(**kwargs)


def test_entities_restricts_types():
    s = Scrubber(ScrubConfig(entities=("POSTCODE",)))
    r = s.scrub_text(DRAFT)
    assert {f.entity_type for f in r.findings} == {"POSTCODE"}


def test_drop_allowed_is_one_sweep_over_sorted_spans():
    spans = [(0, 5), (3, 20), (40, 45)]
    findings = [F(1, 4), F(6, 19), F(18, 22), F(41, 44), F(50, 55)]
    kept = drop_allowed(findings, spans)
    assert [(f.start, f.end) for f in kept] == [(18, 22), (50, 55)]


def test_analyze_then_redact_touches_findings_only(scrubber):
    text = "Mrs Edna Pollard, 84F, from Appledore, fell at 3am; DOB 02/03/1940, NHS no 943 476 5919"
    analysis = scrubber.analyze_text(text)
    assert {f.entity_type for f in analysis.findings} >= {"PERSON", "DATE_OF_BIRTH", "NHS_NUMBER"}
    assert {"AGE", "PLACE", "TIME"} <= set(analysis.mention_counts())
    redacted = scrubber.redact(text, analysis)
    assert redacted == scrubber.scrub_text(text).text
    for m in analysis.mentions:  # a mention outside every finding stays readable, byte for byte
        if not any(f.start < m.end and m.start < f.end for f in analysis.findings):
            assert text[m.start:m.end] in redacted
    # a DOB is a finding, never also a DATE mention
    dob = next(f for f in analysis.findings if f.entity_type == "DATE_OF_BIRTH")
    assert not any(m.kind == "DATE" and m.start < dob.end and dob.start < m.end for m in analysis.mentions)


def test_mentions_carry_no_values(scrubber):
    text = "a 102-year-old former lifeboatman in Appledore at 3am"
    analysis = scrubber.analyze_text(text)
    assert analysis.mentions
    for m in analysis.mentions:
        surface = text[m.start:m.end]
        assert surface not in repr(m.to_dict()) or not surface.strip()
        assert all(v != surface for _, v in m.attributes)


def test_mentions_can_be_turned_off():
    analysis = Scrubber(ScrubConfig(mentions=False)).analyze_text("a 102-year-old in Appledore at 3am")
    assert analysis.mentions == ()


def test_analyze_texts_streams_in_order(scrubber):
    drafts = ["pt is marjorie flint", "nothing here", DRAFT]
    assert [a.findings for a in scrubber.analyze_texts(iter(drafts))] == \
        [scrubber.analyze_text(d).findings for d in drafts]


@pytest.mark.parametrize("bad", [None, 42, "one string"])
def test_scrub_texts_rejects_non_iterables(scrubber, bad):
    from phiscrub import InputError

    with pytest.raises(InputError):
        scrubber.scrub_texts(bad)


def test_worker_processes_give_the_same_analyses(scrubber):
    drafts = [DRAFT, "nothing here", "pt is marjorie flint 84f", "a 102-year-old in Appledore at 3am"] * 20
    with Scrubber(ScrubConfig(workers=2, batch_size=8)) as parallel:
        assert list(parallel.analyze_texts(drafts)) == list(scrubber.analyze_texts(drafts))


@pytest.mark.parametrize("workers", [0, -1, 1.5])
def test_workers_must_be_a_positive_whole_number(workers):
    with pytest.raises(ConfigError):
        ScrubConfig(workers=workers)


def test_vocabulary_keeps_words_below_the_cap_and_frees_them_above_it(scrubber, monkeypatch):
    from phiscrub.text import ner

    nlp = scrubber._text.nlp
    vocab = nlp().vocab
    ner.run_ner(nlp, ["seen zqvx1 and zqvx2 today"], 8)
    assert "zqvx1" in vocab and "zqvx2" in vocab  # below the cap, kept for the next batch
    monkeypatch.setattr(ner, "VOCAB_CAP", 0)
    ner.run_ner(nlp, ["seen wkpy1 and wkpy2 today"], 8)
    assert "wkpy1" not in vocab and "wkpy2" not in vocab  # above it, a memory zone frees them


def test_the_ner_runs_on_one_blas_thread_and_restores_the_setting(scrubber):
    import os

    threadpoolctl = pytest.importorskip("threadpoolctl")
    from phiscrub.text import ner

    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: BLAS has one thread anyway")
    real = scrubber._text.nlp()
    seen = []

    import cv2  # noqa: F401  (OpenCV brings its own OpenBLAS, which a photo on another thread may be using)

    def numpy_blas(numpy=True):  # the library the model's matrix products run on, or the others
        return {i["num_threads"] for i in threadpoolctl.threadpool_info()
                if i["user_api"] == "blas" and ("numpy" in i["filepath"]) == numpy}

    class Watching:  # the real model, noting BLAS's threads while it runs
        vocab = real.vocab

        def pipe(self, texts, batch_size):
            for doc in real.pipe(texts, batch_size=batch_size):
                seen.append((numpy_blas(), numpy_blas(numpy=False)))
                yield doc

    with threadpoolctl.threadpool_limits(2, user_api="blas"):
        others = numpy_blas(numpy=False)
        (ents,) = ner.run_ner(Watching, ["Seen by Priya Raman in Leeds today"], 8)
        after = numpy_blas()
    assert seen == [({1}, others)]  # numpy's BLAS on one thread, any other (OpenCV's) untouched
    assert after == {2}
    assert any(e.label == "PERSON" for e in ents)


@pytest.mark.parametrize("draft,kept,gone", [
    # eponymous legal tests, vaccines, county short forms, mountains, places typed without an apostrophe
    ("Aged 15 and judged Fraser competent, so she consented herself.", "Fraser", None),
    ("Thanks to everyone who came: Year 9 MenACWY and Td/IPV all done.", "MenACWY and Td/IPV", None),
    ("Herts and Cambs teams meet on Friday.", "Herts and Cambs", None),
    ("Sponsored walk up Helvellyn and Skiddaw for the neonatal unit!", "Helvellyn and Skiddaw", None),
    ("Drivers needed for the clinic in Bishops Castle, Tuesdays.", "Bishops Castle", None),
    # a date of death beside a date of birth: only the birth is the identifier
    ("Card for the family of Mrs Ottoline Brack (born 02/05/1931, died 09/11/2026).", "09/11/2026", "02/05/1931"),
    # a lone particle is no name, but particles before a capitalised name are taken whole
    ("essay on a lady with Guillain-Barré, do you think that's ok", "Guillain-Barré, do", None),
    ("Thanks van der Berg, Tomasz x", None, "van der Berg"),
    ("Gate C. It's locked after 8pm.", "Gate C. It's", None),
    # greetings, number labels, keep-word compounds and charity forms are no names
    ("hiya, could you ring Mrs Ostrowska back", "hiya", "Ostrowska"),
    ("Drop-in Mon–Thu 9–5 at the hub", "Mon–Thu", None),
    ("Issue: underpaid enhancements Jan-Mar. Payroll have it", "Jan-Mar", None),  # a range of months' short forms
    # a department's mailbox, faith's words and days, a greeting, an author, a GP system
    ("From: Payroll Services <payroll.services@nhs.net>\nTo: Kaya, Emre", "Payroll Services", "Emre"),
    ("The prayer room on Level 2 is open 24/7 during Ramadan. Iftar times are on the door, ask Mr Idris", "Ramadan",
     "Idris"),
    ("Gool Piran lowen! Love from Kerensa on Ward 4", "Gool Piran", "Kerensa"),
    ("Olive knows every favourite Agatha Christie on the trolley", "Agatha Christie", "Olive"),
    # a monitor's brand, and the wartime leader a care home dresses up as (full name only)
    ("Ward 7 borrowed our Dinamap again, ask Kacper", "Dinamap", "Kacper"),
    ("VE Day party: our manager came as Winston Churchill and Mrs Okafor sang", "Winston Churchill", "Okafor"),
    ("Welcome Maricel and Jun-Jun to Ward 31!", "Ward 31", "Jun-Jun"),  # a doubled short form is a nickname
    # a contraction and a stop word open a clause, and a plus joins two of a list: no name across them
    ("[08:12] Shabana: morning all, I'll do Farnworth + Kearsley\n[08:14] Becky B: can someone do mr fletcher",
     "I'll do", "Shabana"),
    ("[08:12] Shabana: morning all, I'll do Farnworth + Kearsley\n[08:14] Becky B: can someone do mr fletcher",
     "Farnworth + Kearsley", "Becky B"),
    ("Reception, Tel 0113 496 0000 for bookings", "Tel", "0113 496 0000"),
    ("Gift Aid forms are at the desk", "Gift Aid", None),
    # a service's name and a bilingual label are no names; "en route" is no street
    ("From: PALS Royal Cornwall\nTo: the family", "PALS Royal Cornwall", None),
    ("Ambulance 14 en route, ETA 9 min. Diogelwch / Security informed", "14 en route, ETA 9 min. Diogelwch", None),
    # post-nominal letters after a clinician's name are no name
    ("Letter signed by Dr Ifeoma Nnadi, MBChB MRCPsych, Consultant", "MBChB MRCPsych, Consultant", "Ifeoma Nnadi"),
    # medicines named by brand, and a department written as a name
    ("please don't double up with Calpol Six Plus. Will update at 10.", "Calpol", None),
    ("Swap Creon for Nutrizym 22 as per pharmacy, and Fortisip twice a day", "Nutrizym 22 as per pharmacy, and Fortisip", None),
    # the pioneers hospitals and hospices are named after are no patients; a patient beside them is
    ("Moved to the Cicely Saunders unit on Tuesday, Mrs Arkwright settled well", "Cicely Saunders", "Arkwright"),
    # towns by their Welsh and Gaelic names are places
    ("Diwrnod agored yn Abertawe a Chaerdydd; then Steòrnabhagh on Friday with Dorota", "Steòrnabhagh", "Dorota"),
    # a city's districts are places, and the town after a street address stays readable
    ("Referrals for Levenshulme and Moss Side now go to the south team, ask Dorota", "Levenshulme and Moss Side",
     "Dorota"),
    ("Home visit: Mr Osei, 14 Clarendon Road, Hartcliffe, at 10", "Hartcliffe", "14 Clarendon Road"),
    # a living public figure is a person like any other (a celebrity patient is the breach IG fears most): the
    # user allow-lists one with consent (PII-SPEC section 1); a song is no one
    ("Ed Sheeran was on Ward 4 last night, lovely man", "Ward 4", "Ed Sheeran"),
    # a singer who has died is a song to play (by full name only); the patient singing along is a person
    ("Memory café sang Vera Lynn and Jim Reeves with Elsie Hughes on Ward 4", "Vera Lynn and Jim Reeves",
     "Elsie Hughes"),
    ("Vera Hughes sang along on Ward 4", "Ward 4", "Vera Hughes"),
    # children's characters and ward songs are no one's names; a child named beside them is
    ("A visit from Santa and Fireman Sam today for Kacper on Ward 4!", "Santa and Fireman Sam", "Kacper"),
    ("The whole day unit sang Calon Lân and Auld Lang Syne with Mrs Prydderch", "Calon Lân and Auld Lang Syne",
     "Prydderch"),
    ("From: Deepa\nTo: Medical Records\nSubject: notes request", "Medical Records", "Deepa"),
    # a kin word or a hand-over cue outranks the model's place ("Hodan", "Taz")
    ("Sagal Warsame (6), her mum Hodan on 07700 900 318, seen in minors", "minors", "Hodan"),
    ("Clinic runs Tuesday. Speak to Taz at the desk if you want a chat.", "Clinic runs Tuesday", "Taz"),  # a hand-over cue
    # "SURNAME, Forename" after a label or a dash inside a line, not an acronym and a word
    ("Fwd: complaint – MBATHA, Lindiwe", "complaint", "MBATHA Lindiwe"),
    ("Post held: RMN, Ward 9 (nights)", "RMN, Ward 9", None),
    # a pet's or a therapy animal's name is no person's; a dog walker is a person
    ("Our therapy dog Rosie came to see the kids on Ward 4 today", "Rosie", None),
    ("Meet Alfie, our new ward cat, who sleeps on the nurses' station", "Alfie", None),
    ("Mrs Dunmore asked about her cat Tilly every morning", "Tilly", "Dunmore"),
    ("Her dog walker Susan Pryce found her on the landing", "dog walker", "Susan Pryce"),
    ("Thanks to Maureen, our dog handler, and Bella the Labrador", "Bella", "Maureen"),
    # a title after the animal word, or the animal's name in brackets after it, names no person either
    ("Mr Oduya's cat Mr Pickles sat on the dressing pack", "Mr Pickles", "Oduya"),
    ("Practising my obs on the cat (Mrs Fluffington) tonight", "Fluffington", None),
    ("Found: a brown teddy called Mr Buttons in the ED waiting room", "Mr Buttons", None),
])
def test_readable_things_stay_and_identifiers_go(scrubber, draft, kept, gone):
    safe = scrubber.scrub_text(draft).text
    if kept:
        assert kept in safe, safe
    if gone:
        assert gone not in safe and all(w not in safe for w in gone.split() if w[0].isupper()), safe


def test_a_column_headed_by_a_role_is_a_name_column(scrubber):
    board = ("Bed\tPatient\tCons\tPlan\n1\tMBEKI, Thandi\tOKAFOR\tTTO today\n"
             "2\tLLOYD, Gareth\tVARGHESE\tIV abx\n3\tHUGHES, Nia\tOKAFOR\tOT assess")
    out = scrubber.scrub_text(board).text
    assert "OKAFOR" not in out and "VARGHESE" not in out and "Thandi" not in out
    assert "TTO today" in out and "OT assess" in out and "Cons" in out


def test_a_drawn_board_row_redacts_the_name_and_keeps_its_specialty(scrubber):
    out = scrubber.scrub_text("Bed 6 │ OLAWALE, Bisi │ 71 │ Gen Surg │ hernia repair").text
    assert "Gen Surg" in out and "OLAWALE" not in out and "Bisi" not in out
    out = scrubber.scrub_text("Claf newydd, rhif GIG 943 476 5919, yn y gwely").text  # Welsh: "NHS number", no plate
    assert "GIG" in out and "5919" not in out


@pytest.mark.parametrize("text, kept", [
    ("Talk tonight: Alzheimer's and Lewy body dementia, all welcome", "Lewy"),  # an eponymous condition
    ("Bake sale tomorrow: three Victoria sponges and a lemon drizzle", "Victoria"),  # a cake named after a queen
    ("Mam-gu and Tad-cu came in to meet the new baby today", "Mam-gu"),  # Welsh: grandfather, grandmother
    ("Everyone welcome at the chapel Carol service on the 19th", "Carol"),
    ("Ward 6 are missing their Sara Stedy again", "Sara Stedy"),  # a standing aid named like a person
    ("Bonfire night reminder: pin Catherine wheels to a post", "Catherine"),
])
def test_eponyms_cakes_and_welsh_kin_words_stay_readable(scrubber, text, kept):
    assert kept in scrubber.scrub_text(text).text


@pytest.mark.parametrize("text, kept", [
    ("Diolch i bawb ar ward 3. Mae hi adre rŵan ac yn gwella 💚", "Mae"),  # Welsh "is", then a pronoun
    ("Apêl: Mae Heddlu Gogledd Cymru yn chwilio am dyst", "Mae"),  # then a word the keep-list knows
    ("Neges i'r tîm nos: cofiwch y bins", "Neges"),  # Welsh for "message"
    ("Gwaith caled heddiw, diolch tîm!", "Gwaith"),  # "work"
    ("Daeth côr yr ysgol i ganu carolau", "Daeth"),  # "came"
])
def test_welsh_words_that_open_a_sentence_stay_readable(scrubber, text, kept):
    assert kept in scrubber.scrub_text(text).text


@pytest.mark.parametrize("text, kept", [
    ("Teaching today: Charles Bonnet syndrome in the eye clinic", "Charles Bonnet"),  # a name before "syndrome"
    ("Audit of Lou Gehrig disease referrals", "Lou Gehrig"),  # before "disease"
    ("Transfer letter To: Ashgrove Nursing Home, Dungannon", "Ashgrove"),  # "Home" is a surname, a care home not
])
def test_conditions_and_care_homes_named_like_people_stay_readable(scrubber, text, kept):
    assert kept in scrubber.scrub_text(text).text


def test_a_possessive_or_a_title_before_disease_still_names_a_person(scrubber):
    for text, name in (("Mrs Quennell disease is advancing", "Quennell"),
                       ("Derek Amory's disease has progressed", "Derek Amory")):
        assert name not in scrubber.scrub_text(text).text, text


def test_mae_is_still_a_name_when_no_welsh_clause_follows(scrubber):
    found = [f for f in scrubber.analyze_text("Lovely to see Mae and Ted Corrigan on the ward today").findings]
    assert any(f.entity_type == "PERSON" and "Mae" in "Lovely to see Mae and Ted Corrigan"[f.start:f.end]
               for f in found), found


def test_layout_rules_outrank_an_ner_place(scrubber):
    """A child's age in brackets, a chat sender and a signature name a person even where the NER sees a place."""
    assert "Ubah" not in scrubber.scrub_text("Mahad is at home with Ubah (3) this week.").text


def test_a_hospital_numbers_shape_passes_in_a_patients_record_only(scrubber):
    kinds = {f.entity_type for f in scrubber.analyze_text("5\nIBRAHIM, Sahra\nRXQ 4410986\nfor scope").findings}
    assert "HOSPITAL_NUMBER" in kinds  # on the line after the name: the record is its context
    assert not scrubber.analyze_text("we had an RTA 4410986 on the M5 tonight").findings  # alone: a shape only
    far = "IBRAHIM, Sahra\n\nThe RXQ 4410986 coach leaves at 9 from the car park"
    assert "HOSPITAL_NUMBER" not in {f.entity_type for f in scrubber.analyze_text(far).findings}  # a blank line apart


def test_a_hospital_numbers_shape_passes_further_along_its_list_row(scrubber):
    """A list row divided into cells is the patient's record from the name to the row's end."""
    row = "Theatre list\n3 · Mrs Hollis · 71F · lap chole, diabetic, first on list · K2290417"
    assert ("K2290417", "HOSPITAL_NUMBER") in {(row[f.start:f.end], f.entity_type) for f in scrubber.analyze_text(row).findings}
    prose = "Mrs Hollis rang about the parking again and gave us her new permit K2290417 for the office"
    assert "K2290417" not in {prose[f.start:f.end] for f in scrubber.analyze_text(prose).findings}  # no cells, far


def test_a_hospital_numbers_shape_right_before_a_name_is_the_patients(scrubber):
    """A list that opens each line on the clinic's number, then the patient's name: the number is the record's."""
    text = "Results to give\nGU-412208 Kacper – CT pos\nGU-412277 Aaliyah – neg"
    found = {(text[f.start:f.end], f.entity_type) for f in scrubber.analyze_text(text).findings}
    assert {("GU-412208", "HOSPITAL_NUMBER"), ("GU-412277", "HOSPITAL_NUMBER")} <= found
    apart = "Boxes GU-412208 to come. Kacper can help"  # words between: no record
    assert "GU-412208" not in {apart[f.start:f.end] for f in scrubber.analyze_text(apart).findings}


@pytest.mark.parametrize("text, number", [
    ("pls add Tamsin Rowe A/661204 to Friday's scope list", "A/661204"),  # letters set off by a slash
    ("Tamsin Rowe, K6612049, for bloods at 10", "K6612049"),  # a letter and seven digits, no label
])
def test_a_local_number_right_after_a_name_is_the_patients(scrubber, text, number):
    found = {(text[f.start:f.end], f.entity_type) for f in scrubber.analyze_text(text).findings}
    assert (number, "HOSPITAL_NUMBER") in found
    alone = text.replace("Tamsin Rowe", "the porter")
    assert number not in {alone[f.start:f.end] for f in scrubber.analyze_text(alone).findings}


def test_a_name_inside_a_street_address_grows_no_list_or_repeat():
    """The NER's "Chaolais" inside "7 Rathad a' Chaolais" would take the town after the comma as a list sibling."""
    from phiscrub import ScrubConfig
    from phiscrub.text import pipeline
    from phiscrub.text.ner import Entity

    parts = pipeline.build_parts(ScrubConfig(mentions=False))
    text = "Address: Taigh an Uillt, 7 Rathad a' Chaolais, Steòrnabhagh / Stornoway HS1 2DE"
    at = text.index("Chaolais")
    ents = (Entity(at, at + len("Chaolais"), "PERSON", ((at, at + len("Chaolais")),)),)
    found = pipeline.candidates(parts, text)
    assert any(f.entity_type == "STREET_ADDRESS" and f.start <= at < f.end for f in found)
    out = pipeline._named_and_whole(parts, text, found, pipeline.person_candidates(parts, text), ents)
    town = text.index("Steòrnabhagh")
    assert not any(f.start <= town < f.end for f in out), [(text[f.start:f.end], f.entity_type) for f in out]


@pytest.mark.parametrize("text, town, kept", [
    ("09:00 Mr Florentin Dobre, 12 Ferry Loke, Gorleston – heart failure", "Gorleston", True),
    ("Address: 14 Mill Lane, Beverley HU17 9AA", "Beverley", True),
    ("Address: 14 Mill Lane, Mrs Beverley Shaw", "Beverley", False),  # a title still makes a person
])
def test_the_town_after_a_street_address_is_no_name(scrubber, text, town, kept):
    """The NER names "Gorleston" and "Beverley" PERSON; right after a street address and its comma, before a dash,
    a postcode or the line's end, the word is the address's town and stays readable."""
    from phiscrub.text.address_town import town_of_address
    from phiscrub.types import Finding

    at = text.index(town)
    found = scrubber.analyze_text(text).findings
    assert any(f.entity_type == "STREET_ADDRESS" and f.end < at for f in found)
    assert (not any(f.start <= at < f.end for f in found)) is kept, [(text[f.start:f.end], f.entity_type) for f in found]
    streets = [(f.start, f.end) for f in found if f.entity_type == "STREET_ADDRESS"]
    weak = Finding(at, at + len(town), "PERSON", 0.7, "ner")
    assert town_of_address(text, streets, weak) is kept


@pytest.mark.parametrize("text, name", [
    ("SEAN PATRICK D.O.B 14.03.1939", "SEAN PATRICK"),
    ("Sean Patrick D.O.B. 14/03/1939", "Sean Patrick"),
    ("MARY JONES D.O.B: 1/2/1950", "MARY JONES"),
])
def test_a_dotted_dob_label_is_no_part_of_the_name_before_it(scrubber, text, name):
    """Neither the name scanner nor the trailing-initial growth reads "D.O.B" as initials: the name ends before it
    and the label stays readable whole."""
    found = {(text[f.start:f.end], f.entity_type) for f in scrubber.analyze_text(text).findings}
    assert (name, "PERSON") in found, found
    assert "D.O.B" in scrubber.scrub_text(text).text


@pytest.mark.parametrize("text", [
    "Noson brysur iawn yn Adran Achosion Brys Ysbyty Gwynedd heno 😰 Please use 111 first.",
    "Shifft nos olaf cyn y Nadolig, diolch i bawb ar y ward 💚",
])
def test_welsh_nouns_of_nhs_wales_posts_are_no_names(scrubber, text):
    assert not [f for f in scrubber.analyze_text(text).findings if f.entity_type == "PERSON"]


# -- whole names and no stray words, end to end (categories met on a blind set; examples invented here) --------------

@pytest.mark.parametrize("text, name, kept", [
    # a name in a bed chat takes no ordinary words before it
    ("who's seeing kwabena in bay 4? his wife is asking", "kwabena", "who's seeing"),
    # a full name's first name again with its possessive is the person's, even a country's name
    ("Welcome back Chad Whitworth, 24, after his fall. Posted with Chad's blessing", "Chad", "blessing"),
    # a role's abbreviation beside names is no name
    ("MW Orla / SpR Dr Bhattacharya on for the night", "Bhattacharya", "SpR"),
    # a range of days is no name
    ("Mon  LD: Adeleke\nFri–Sun on the next page", "Adeleke", "Fri–Sun"),
])
def test_names_whole_with_neighbours_kept(scrubber, text, name, kept):
    surfaces = [s for s, t in found_in(scrubber, text) if t == "PERSON"]
    assert any(name in s for s in surfaces), surfaces
    assert not any(kept in s or s in kept for s in surfaces), surfaces


def test_a_street_ending_in_side(scrubber):
    assert ("4 Mill Side", "STREET_ADDRESS") in found_in(scrubber, "Mr Pryor lives at 4 Mill Side, key safe by door")
    assert found_in(scrubber, "pain on the 2 left side of his chest", "STREET_ADDRESS") == []


def test_letters_and_a_number_in_brackets_after_a_patient_name_are_a_hospital_number(scrubber):
    text = "Dialysis transport issue. Mr Obinna Nwachukwu (REN 40772) waited 3 hours for his lift home"
    found = {text[f.start:f.end]: f.entity_type for f in scrubber.scrub_text(text).findings}
    assert found.get("REN 40772") == "HOSPITAL_NUMBER", found
    alone = "Transport issue: the service (REN 40772) ran late again"  # no name before it: no record
    assert not scrubber.scrub_text(alone).findings
