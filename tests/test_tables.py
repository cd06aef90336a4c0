"""Tables: a column holds one kind of value (``phiscrub.text.tables``). Every example is invented."""

import pytest

from phiscrub.text.table_cells import blocks
from phiscrub.text.tables import propagate
from phiscrub.types import Finding


def _found(scrubber, text):
    return {(text[f.start:f.end], f.entity_type) for f in scrubber.analyze_text(text).findings}


def _values(scrubber, text, kind):
    return {v for v, t in _found(scrubber, text) if t == kind}


THEATRE = ("Trauma list, theatre 4 this afternoon:\n"
           "1. MARCH, Kelechi   T4471902   ORIF ankle\n"
           "2. SUMMER, Agnieszka   T0392281   washout\n"
           "3. HEATH, Imogen   T5520934   MUA finger")


def test_month_and_word_surnames_in_a_list_column_are_names(scrubber):
    names = _values(scrubber, THEATRE, "PERSON")
    for surname, first in (("MARCH", "Kelechi"), ("SUMMER", "Agnieszka"), ("HEATH", "Imogen")):
        assert any(surname in n for n in names), names
        assert any(first in n for n in names), names


def test_an_unlabelled_number_column_beside_names_is_hospital_numbers(scrubber):
    assert _values(scrubber, THEATRE, "HOSPITAL_NUMBER") == {"T4471902", "T0392281", "T5520934"}
    assert not any("ORIF" in v or "washout" in v for v, _ in _found(scrubber, THEATRE))


def test_a_column_of_seven_digit_numbers_is_no_date_column(scrubber):
    """"4410728" is no date run together ("4/41/0728"): beside a name in every row, a hospital number."""
    board = ("CCU BOARD – NIGHTS\n1 · FERNANDES Joaquim · 4410728 · STEMI day 1\n2 · MAHMOOD Tariq · 4395116 · CHB\n"
             "3 · (empty – awaiting admission)\n4 · NOWAK Ewa · 4401937 · NSTEMI, for angio")
    assert _values(scrubber, board, "HOSPITAL_NUMBER") == {"4410728", "4395116", "4401937"}


def test_a_number_column_under_a_staff_number_header_is_no_hospital_number(scrubber):
    hr = ("New starters – payroll check\nEmp No,Surname,Forename,Start,Band\n30118842,Adeyemi,Sunday,04/01/2027,Band 5\n"
          "30118857,Przybylska,Aleksandra,04/01/2027,Band 3\n30118871,Mahamud,Hodan,11/01/2027,Band 2")
    assert _values(scrubber, hr, "HOSPITAL_NUMBER") == set()
    assert "Adeyemi" not in scrubber.scrub_text(hr).text  # the names are still names
    mrn = hr.replace("Emp No", "MRN")  # the same column under a patient identifier's header
    assert _values(scrubber, mrn, "HOSPITAL_NUMBER") == {"30118842", "30118857", "30118871"}


CLINIC = ("Fracture clinic Tues\n"
          "10:00   BALOGUN, Ifeoma        G 402 7718   new\n"
          "10:15   DAWSON, Grace          G 118 0926   f/u\n"
          "10:30   HOLLY, June            G 660 3145   f/u")


def test_a_name_never_takes_the_next_cells_letter_and_the_column_is_numbers(scrubber):
    found = _found(scrubber, CLINIC)
    assert not any(t == "PERSON" and "G" in v.split() for v, t in found), found
    assert _values(scrubber, CLINIC, "HOSPITAL_NUMBER") == {"G 402 7718", "G 118 0926", "G 660 3145"}
    names = _values(scrubber, CLINIC, "PERSON")
    assert {"HOLLY", "June"} <= {w.strip(",") for n in names for w in n.split()}, names


def test_tab_separated_surname_and_forename_cells_are_two_names_and_the_sex_stays(scrubber):
    text = "AMU bay D\nD1\tKOWALCZYK\tMarta\tF 58\tcellulitis\nD2\tBRIGHT\tOwen\tM 81\tfall"
    names = _values(scrubber, text, "PERSON")
    assert {"KOWALCZYK", "Marta", "Owen"} <= names, names
    assert not any("\t" in n or n.endswith(("F", "M")) for n in names), names


def test_a_row_of_numbered_beds_takes_its_names_from_one_found_name(scrubber):
    text = "WARD 14\nBAY C ¦ 9 KOWALSKA ¦ 10 HOPE ¦ 11 — ¦ 12 Mrs T. O'NEILL\nBAY D ¦ 13 closed ¦ 14 closed"
    names = _values(scrubber, text, "PERSON")
    assert {"KOWALSKA", "HOPE"} <= names, names
    assert not any("closed" in n for n in names)


def test_a_column_under_a_name_header_even_where_the_names_are_words(scrubber):
    text = "Bed\tName\tPlan\n1\tFrank Chance\tTTO today\n2\tRobin Wren\tCT head\n3\tEMPTY\t-"
    names = _values(scrubber, text, "PERSON")
    assert {"Frank Chance", "Robin Wren"} <= names, names
    assert not any("EMPTY" in n or "TTO" in n or "CT" in n for n in names)


@pytest.mark.parametrize("text", [
    "Bed\tPlan\tObs\n1\tTTO today\tNEWS 2\n2\tCT head\tNEWS 0",  # no name anywhere
    "Ward\tBeds\tOpen\nLarch\t24\tyes\nRowan\t18\tno",  # wards, counts
    "Mon\tTue\tWed\nEarly\tLate\tNight\nLong day\tOff\tEarly",  # a rota's shifts
])
def test_tables_without_identifiers_stay_readable(scrubber, text):
    assert not scrubber.analyze_text(text).findings


def test_blocks_skip_borders_and_end_at_prose():
    text = "│ 1 │ A │\n├───┼───┤\n│ 2 │ B │\nThat was the list for today."
    rows = next(iter(blocks(text)))
    assert [[text[c.start:c.end] for c in row] for row in rows] == [["1", "A"], ["2", "B"]]
    assert list(blocks("one line  only")) == []


def test_the_layout_types_nothing_the_caller_does_not_want():
    text = "1. MARCH, Kelechi   T4471902\n2. SUMMER, Agnieszka   T0392281"
    names = [Finding(text.index(w), text.index(w) + len(w), "PERSON", 0.6, "x")
             for w in ("MARCH", "Kelechi", "SUMMER", "Agnieszka")]
    wanted = propagate(text, names, None, frozenset({"PERSON", "HOSPITAL_NUMBER"}))
    assert {text[f.start:f.end] for f in wanted if f.entity_type == "HOSPITAL_NUMBER"} == {"T4471902", "T0392281"}
    assert propagate(text, names, None, frozenset({"PERSON"})) == names


@pytest.mark.parametrize("text, town", [
    ("Discharged to 12 Quay Lane, Keith, AB55 5AA tomorrow", "Keith"),
    ("Visit list: 9 Mill Brae, Stanley, DH9 0AA at 10", "Stanley"),
])
def test_a_name_between_a_street_address_and_its_postcode_is_the_town(scrubber, text, town):
    at = text.index(town)
    findings = scrubber.analyze_text(text).findings
    assert not any(f.start <= at < f.end for f in findings), [(text[f.start:f.end], f.entity_type) for f in findings]
    assert {f.entity_type for f in findings} >= {"STREET_ADDRESS", "POSTCODE"}


def test_a_postcode_whose_halves_a_wide_gap_parts_stays_whole(scrubber):
    text = "Addresses on file:\nLS6    2QT\nHX1    5AB"
    found = {text[f.start:f.end] for f in scrubber.analyze_text(text).findings if f.entity_type == "POSTCODE"}
    assert found == {"LS6    2QT", "HX1    5AB"}


PASTED_LIST = ("Clinic list – pasted from the spreadsheet\n"
               "Name\tDOB\tAddress\tSeen\n"
               "Tomasz Grabowski\t14.02.1941\t9 Quarry Bank Lane\t02/12/2026\n"
               "Efe Okonedo\t3 Sep 1936\t204 Hollins Walk\t03/12/2026\n"
               "Ruth Mallender\t1929-07-30\tFlat 5, Larkspur House\t03/12/2026")


def test_a_column_headed_dob_makes_every_date_in_it_a_date_of_birth_and_leaves_other_dates(scrubber):
    dobs = _values(scrubber, PASTED_LIST, "DATE_OF_BIRTH")
    assert {"14.02.1941", "3 Sep 1936", "1929-07-30"} <= dobs, dobs
    assert not any(v.endswith("2026") for v, _ in _found(scrubber, PASTED_LIST))  # the visit dates stay


def test_a_date_under_another_header_of_a_table_with_a_dob_column_is_no_date_of_birth(scrubber):
    """In a CSV export the "dob" header is near every date of the first rows; the column decides."""
    export = ("ref,date_raised,surname,forename,dob,school\n"
              "SG-101,2025-09-14,Doherty,Kian,2016-03-29,St Aidan PS\n"
              "SG-102,2025-09-15,Yilmaz,Elif,2019-12-02,Hope Nursery")
    dobs = _values(scrubber, export, "DATE_OF_BIRTH")
    assert dobs == {"2016-03-29", "2019-12-02"}, dobs
    # a row narrower than the header (a missing cell shifts the columns): nothing is dropped
    ragged = "ref,date_raised,surname,forename,dob\nSG-103,2025-09-16,Doherty,2016-03-29"
    assert "2016-03-29" in _values(scrubber, ragged, "DATE_OF_BIRTH")


def test_a_column_headed_address_makes_every_numbered_cell_an_address(scrubber):
    addresses = _values(scrubber, PASTED_LIST, "STREET_ADDRESS")
    assert {"9 Quarry Bank Lane", "204 Hollins Walk", "Flat 5, Larkspur House"} <= addresses, addresses


def test_an_address_column_leaves_cells_without_a_number_and_a_dob_column_leaves_words():
    text = ("Surname\tDOB\tAddress\n"
            "QUILLER\t12/03/1950\tNFA\n"
            "BRANNIGAN\tunknown\tHostel – see notes\n"
            "ODUYA\t7/7/1977\t18 Fenwick Row")
    names = [Finding(text.index(n), text.index(n) + len(n), "PERSON", 0.6, "t", "t")
             for n in ("QUILLER", "BRANNIGAN", "ODUYA")]
    types = frozenset({"PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"})
    added = {(text[f.start:f.end], f.entity_type) for f in propagate(text, names, lambda w: 1, types)} - \
        {(text[f.start:f.end], f.entity_type) for f in names}
    added = {(v, t) for v, t in added if t != "PERSON"}
    assert added == {("12/03/1950", "DATE_OF_BIRTH"), ("7/7/1977", "DATE_OF_BIRTH"),
                     ("18 Fenwick Row", "STREET_ADDRESS")}, added


def test_a_date_column_under_another_header_is_no_date_of_birth():
    text = "Name\tAdmitted\nGRAYLING\t01/12/2026\nPOTTINGER\t30/11/2026"
    names = [Finding(text.index(n), text.index(n) + len(n), "PERSON", 0.6, "t", "t") for n in ("GRAYLING", "POTTINGER")]
    found = propagate(text, names, lambda w: 1, frozenset({"PERSON", "DATE_OF_BIRTH"}))
    assert {f.entity_type for f in found} == {"PERSON"}


def test_a_town_that_is_also_a_name_is_a_name_in_a_name_column(scrubber):
    text = ("Name\tDOB\tRoom\n"
            "Rhiannon Gallacher\t02/02/1940\t4\n"
            "Kent Ashworth\t11/09/1936\t7\n"
            "Temperance Oyelowo\t30/05/1944\t9")
    names = _values(scrubber, text, "PERSON")
    assert "Kent Ashworth" in names, names
    assert "Kent" in scrubber.scrub_text("Kent Community Health team visited Ward 3").text  # in prose: the county


CSV_EXPORT = ('Ward 9 list export\n'
              'bed,surname,forename,dob,hosp_no,plan\n'
              '"3","HALLORAN","Ifeoma","12/07/1961","QX3301182","echo today, Bay 1"\n'
              '"7","TRẦN","Văn Minh","1987-10-30","QX4478205","day 5, drain out"\n'
              '9,BROOK,April,03/03/1950,QX1102938,home')


def test_a_csv_export_is_a_table_whose_header_names_its_columns(scrubber):
    found = _found(scrubber, CSV_EXPORT)
    for value, kind in (("HALLORAN", "PERSON"), ("Ifeoma", "PERSON"), ("TRẦN", "PERSON"), ("BROOK", "PERSON"),
                        ("12/07/1961", "DATE_OF_BIRTH"), ("1987-10-30", "DATE_OF_BIRTH"), ("03/03/1950", "DATE_OF_BIRTH"),
                        ("QX3301182", "HOSPITAL_NUMBER"), ("QX1102938", "HOSPITAL_NUMBER")):
        assert any(value in v and k == kind for v, k in found), (value, kind, found)
    assert not any("drain" in v or "echo" in v for v, _ in found)


def test_a_semicolon_export_is_a_csv_table_too(scrubber):
    text = ("Bed list export\nBED;SURNAME;FORENAME;HOSP_NO;DOB;CONS\n"
            "09-01;HALLORAN;Ifeoma;QX3301182;1961-07-12;MARSH\n09-02;;;;;\n09-03;BROOK;Hazel;QX1102938;1950-03-03;PATEL")
    found = _found(scrubber, text)
    for value in ("HALLORAN", "Ifeoma", "MARSH", "BROOK", "Hazel", "PATEL"):
        assert (value, "PERSON") in found, (value, found)


def test_a_board_typed_with_slashes_is_a_table_past_the_sentence_before_its_header(scrubber):
    text = ("Copied off the whiteboard for nights. Surname/Forename/Hosp no/Plan\n"
            "OYELARAN/Funmi/RX72214093/IV abx, review 10:00\nDRISCOLL/Maeve/RX72203318/home if mobile")
    found = _found(scrubber, text)
    for value, kind in (("OYELARAN", "PERSON"), ("Funmi", "PERSON"), ("DRISCOLL", "PERSON"), ("Maeve", "PERSON"),
                        ("RX72203318", "HOSPITAL_NUMBER")):
        assert (value, kind) in found, (value, kind, found)


def test_a_header_after_a_sentence_with_a_digit_still_names_its_columns(scrubber):
    text = ("Ward 3 (Stroke) – copied off the board. Surname/first name/hosp no/notes\n"
            "HUGHES/Gwen/B1129984/thrombolysed 02:10\nGRAY/Ann/B0877452/AF\nPRICE/Grace/B1198020/for ESD\nempty/empty/—/—")
    found = _found(scrubber, text)  # (the empty bed's row leaves the column no majority of names found elsewhere)
    for value in ("HUGHES", "GRAY", "PRICE"):
        assert (value, "PERSON") in found, (value, found)


def test_slashes_in_web_addresses_dates_and_prose_make_no_row():
    assert list(blocks("see https://www.nhs.uk/conditions/flu/ and\nhttps://www.gov.uk/a/b/c for more")) == []
    assert list(blocks("seen 12/03/2025/am/pm then\n14/03/2025/am/pm again")) == []
    assert list(blocks("his/her/their choice and/or\nyes/no maybe")) == []


def test_prose_with_semicolons_is_no_csv_row():
    assert list(blocks("bloods; obs; fluids done\nthen; bed; rest")) == []


def test_prose_with_commas_is_no_csv_row():
    text = "Thanks to the team, the porters, and the cleaners\nwe had a great time, honestly, really"
    assert list(blocks(text)) == []


def test_a_list_of_patient_numbers_one_per_line_takes_its_type_from_one_found_number(scrubber):
    text = "Handover (hosp nos only)\nK4410932 – AKI, repeat U&E\nK4410877 – new AF\nK 441 0655 – fall, CTH clear"
    found = {text[f.start:f.end]: f.entity_type for f in scrubber.scrub_text(text).findings}
    assert found.get("K4410877") == found.get("K 441 0655") == "HOSPITAL_NUMBER", found


def test_a_bulleted_list_of_clinic_numbers_with_their_year_takes_its_type_from_one_found(scrubber):
    text = ("Results callbacks — do not leave details on voicemail\n• GU25-00412 — ring after 6\n"
            "• GU25-00419 — text only\n• GU25-00433 — no contact number, pt to ring us")
    found = {text[f.start:f.end]: f.entity_type for f in scrubber.scrub_text(text).findings}
    assert all(found.get(n) == "HOSPITAL_NUMBER" for n in ("GU25-00412", "GU25-00419", "GU25-00433")), found
    other = "Results callbacks\n• GU25-00412 — ring after 6\n• GU2500419 — text only\n• GU25-00433 — pt to ring us"
    found = {other[f.start:f.end] for f in scrubber.scrub_text(other).findings if f.rule == "leading-id-list"}
    assert "GU2500419" not in found, found  # another shape: hyphens count in a shape


def test_a_bulleted_clinic_list_of_one_number_shape_is_hospital_numbers(scrubber):
    text = "Leg ulcer clinic Thurs\n- J7730215 venous ulcer, compression\n- J7729904 sutures out\n- J7731188 review"
    found = {text[f.start:f.end]: f.entity_type for f in scrubber.scrub_text(text).findings}
    assert all(found.get(n) == "HOSPITAL_NUMBER" for n in ("J7730215", "J7729904", "J7731188")), found
    two = "Orders\n- J7730215 gloves\n- J7729904 aprons"  # two lines are no list of patients
    assert [f for f in scrubber.scrub_text(two).findings if f.rule == "leading-id-list"] == []


def test_a_clinic_list_number_of_five_digits_after_its_letters_follows_the_found_one(scrubber):
    text = "GUM callbacks\nGU/40917 – ring after 6\nGU/40933 – text only\nGU/40951 – no voicemail"
    found = {text[f.start:f.end] for f in scrubber.scrub_text(text).findings if f.entity_type == "HOSPITAL_NUMBER"}
    assert {"GU/40917", "GU/40933", "GU/40951"} <= found, found
    times = "Handover (hosp nos only)\nK4410932 – AKI\n08305 – obs due"  # five digits alone: no letters
    assert [f for f in scrubber.scrub_text(times).findings if f.rule == "leading-id-list"] == []


@pytest.mark.parametrize("text", [
    "Visits:\n083015 – Mrs Hale's bloods\n093045 – dressing",  # no found number: no anchor
    "Handover (hosp nos only)\nK4410932 – AKI\n\nK4410877 – new AF",  # a blank line ends the list
    "Handover (hosp nos only)\nK4410932 – AKI\nB12 – empty bed",  # another shape
])
def test_a_numbers_list_needs_an_anchor_and_one_shape(scrubber, text):
    found = [f for f in scrubber.scrub_text(text).findings if f.rule == "leading-id-list"]
    assert found == []


def test_a_letter_spaced_name_on_a_board_survives_the_cell_cut(scrubber):
    text = "B2 - EMPTY\nB3 - Mrs O l w e n   P r y c e    NBM  08:00\nB4 - EMPTY"
    found = [text[f.start:f.end] for f in scrubber.scrub_text(text).findings if f.entity_type == "PERSON"]
    assert "O l w e n" in found and "P r y c e" in found, found


DASHED = ("MAU BOARD 08:00\n"
          "BED - NAME - DOB - PLAN\n"
          "1 - FROST, Ottilie - 04/05/1936 - home\n"
          "2 - MAY, Cornelius - 19/10/1941 - ?echo\n"
          "3 - empty\n"  # one dash: a row of the dashed table it continues
          "4 - HOPE, Rainer - 02/02/1950 - Weds")


def test_a_board_typed_with_spaced_dashes_is_a_table(scrubber):
    found = _found(scrubber, DASHED)
    assert {"19/10/1941", "02/02/1950"} <= {v for v, t in found if t == "DATE_OF_BIRTH"}, found
    assert any("HOPE" in v and t == "PERSON" for v, t in found), found
    assert not any("?echo" in v or "Weds" in v for v, _ in found), found


def test_an_ordinary_word_under_surname_is_a_name_in_a_row_with_a_date_of_birth(scrubber):
    text = "SURNAME     FORENAME    DOB\nHOLT        Amos        12.12.1934\nFEATHER     Grace       01.06.1940"
    assert ("FEATHER", "PERSON") in _found(scrubber, text)
    visits = "SURNAME     FORENAME    VISIT\nHOLT        Amos        12.12.2026\nEMPTY     -       01.06.2026"
    assert not any(v == "EMPTY" for v, _ in _found(scrubber, visits))  # a visit's date holds no record


def test_a_list_typed_with_spaced_slashes_is_a_table(scrubber):
    text = ("Flu list Year 8\nName / DOB / NHS no / consent\nKasia Wrona / 02/05/2011 / 403 019 3188 / Y\n"
            "Ruairí Doyle / 14/01/2011 / ? / form lost\nClinic: Thursday 9am")
    found = _found(scrubber, text)
    assert "14/01/2011" in {v for v, t in found if t == "DATE_OF_BIRTH"}, found  # its column's header, no NHS number
    assert not any("form lost" in v or "Thursday" in v for v, _ in found), found


def test_a_title_line_with_dashes_opens_no_table_over_the_tab_rows_below():
    text = "Caseload – Larch Practice – do not forward\nSurname\tForename\nOKAFOR\tIfeanyi\nBELL\tMorwenna"
    assert [[text[c.start:c.end] for c in row] for row in next(iter(blocks(text)))][0] == ["Surname", "Forename"]


def test_an_unheaded_column_of_earlier_dates_with_two_digit_years_is_dates_of_birth(scrubber):
    text = ("Clinic list Thurs pm\n"
            "14:00  ABARA Chidimma  S4418402  14.05.1979\n"
            "14:20  LI Qiang  S7790661  08/12/01\n"
            "14:40  DNA\n"
            "15:00  Ffion Gethin  S6650340  6/4/56")
    assert {"14.05.1979", "08/12/01", "6/4/56"} <= _values(scrubber, text, "DATE_OF_BIRTH")


def test_a_row_of_one_dash_does_not_make_a_dashed_table_of_two_rows():
    text = "bay 2 bed 1 – Ada Quist P2 LSCS day 1\nbay 2 bed 3 – Jo Macara SVD, PPH 1.2L – for iron\nbay 3 bed 2 – Lily Tran"
    assert [len(row) for row in next(iter(blocks(text)), [])] == []


def test_a_board_typed_with_double_colons_is_a_table(scrubber):
    text = ("MAU BOARD 06:00\nBed :: Pt :: Hosp No :: DOB :: Plan\nA1 :: OKORO Tobenna :: K0931111 :: 04/08/1952 :: CTPA\n"
            "A2 :: LI Mingyu :: K0592222 :: 19/01/1978 :: DKA\nA3 :: FROST Winona :: K1103333 :: 30/06/1939 :: ?UTI")
    assert {"04/08/1952", "19/01/1978", "30/06/1939"} <= _values(scrubber, text, "DATE_OF_BIRTH")
    assert any("FROST" in v for v in _values(scrubber, text, "PERSON"))


def test_a_csv_row_of_empty_fields_does_not_end_the_table_or_shift_its_columns(scrubber):
    text = ("bay,surname,forename,dob,named_nurse\n"
            "C1,HALVORSEN,Ingrid,1941-02-11,OYELARAN\n"
            "C2,,,,\n"
            "C3,MACRAE,Isla,1950-09-03,OYELARAN\n"
            "C4,BRENNAN,,1962-12-30,OYELARAN")
    rows = next(iter(blocks(text)))
    assert len(rows) == 5 and [len(r) for r in rows] == [5, 5, 5, 5, 5]
    assert text[rows[4][4].start:rows[4][4].end] == "OYELARAN"  # the empty forename keeps its column
    assert text.count("OYELARAN") == sum(v == "OYELARAN" for v in _names_found(scrubber, text))


def _names_found(scrubber, text):
    return [text[f.start:f.end] for f in scrubber.analyze_text(text).findings if f.entity_type == "PERSON"]


def test_an_ordinary_word_under_a_forename_header_is_a_name_in_a_row_with_a_record(scrubber):
    text = ("ward,surname,forename,dob,nhs_no\n"
            "12,ASHWORTH,Diligence,1944-05-17,4010232137\n"
            "12,DUNMORE,Keith,1939-10-08,9434765919\n"
            "12,CLOSED,Bay,,")
    names = _names_found(scrubber, text)
    assert "Diligence" in names and not {"CLOSED", "Bay"} & set(names), names


def test_a_forms_label_beside_a_value_is_no_header_for_the_word_below_it(scrubber):
    text = ("HAEMATOLOGY REQUEST\nSURNAME  ABERNETHY       FORENAME  ROWAN\n"
            "D.O.B  02 . 11 . 71       SEX  M\nHOSP NO  RJ1 4471180       WARD  OPD 5")
    assert not {"SEX", "M"} & set(_names_found(scrubber, text))


def test_an_unheaded_column_of_one_gazetteer_name_beside_found_records_is_names(scrubber):
    text = ("AMU board 08:00\n"
            "A1 OYELARAN, Bisi · K4410923 · ?sepsis · CHAUDHRY\n"
            "A2 MCALLISTER, Ewan · K4410981 · DKA · CHAUDHRY\n"
            "A3 FERREIRA, Ana · K4411002 · PE · NWACHUKWU")
    assert _names_found(scrubber, text).count("CHAUDHRY") == 2 and "NWACHUKWU" in _names_found(scrubber, text)


def test_a_column_of_scores_beside_names_is_no_name_column(scrubber):
    text = ("Theatre list\n1 │ Yemi Ola │ W2284019 │ lap chole │ ASA 2\n2 │ Rhian Hughes │ W0117736 │ hernia │ ASA 1")
    assert not any("ASA" in v for v in _names_found(scrubber, text))


def test_a_clinic_number_column_of_five_digits_or_a_year_and_serial_takes_its_type_from_one_found(scrubber):
    text = ("Call-back list – Thursday pm\n\nclinic no ¦ name given ¦ contact\nGU-48817 ¦ \"Jamie\" ¦ text only\n"
            "GU-50203 ¦ Precious M ¦ call after 6\nGU-50311 ¦ R. Ferreira ¦ email only\nGU-49970 ¦ (declined) ¦ PN")
    found = {text[f.start:f.end]: f.entity_type for f in scrubber.scrub_text(text).findings}
    assert all(found.get(n) == "HOSPITAL_NUMBER" for n in ("GU-48817", "GU-50203", "GU-50311", "GU-49970")), found
    slashed = ("Clinic no ¦ First name ¦ Note\nSH/24/08812 ¦ Kai ¦ call\nSH/24/08830 ¦ Jo ¦ text\n"
               "SH/24/08851 ¦ Precious ¦ email")
    found = {slashed[f.start:f.end]: f.entity_type for f in scrubber.scrub_text(slashed).findings}
    assert found.get("SH/24/08851") == "HOSPITAL_NUMBER", found
    prices = "Item ¦ Code ¦ Note\nGloves ¦ GL-20 ¦ box\nAprons ¦ AP-40 ¦ roll"  # too few digits: no identifier
    assert not [f for f in scrubber.scrub_text(prices).findings if f.entity_type == "HOSPITAL_NUMBER"]
