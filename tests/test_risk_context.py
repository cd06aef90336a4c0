"""What the words around the quasi-identifiers say (``phiscrub.risk.context``): each rule with a row that
moves the level and a row beside it that must not. Drafts are written for these tests."""

import pytest

from phiscrub.risk.birthday import birthday_days
from phiscrub.risk.context import many_people
from phiscrub.risk.details import details_of
from phiscrub.risk.figures import figures
from phiscrub.risk.poster_age import poster_age
from phiscrub.types import Mention

FIG = figures()

ROWS = [
    # a time narrows the pool only through an incident: a crew's call has the ambulance rate, a visit none
    ("incident", "Called out this morning to a lady in her 80s in Exeter who had fallen in the garden.", (), "high"),
    ("incident", "Home visit this morning to a lady in her 80s in Exeter: she made us scones.", (), "low"),
    # a long-term condition's specialist team is routine care: its day dates a contact, not an incident
    ("incident", "Our epilepsy nurses cover all of Powys, and today a man in his 30s showed me he is driving again.", (),
     "medium"),
    ("incident", "Powys today: a man in his 30s showed me he is driving again.", (), "high"),
    # an outreach team's round and the dressing it does are routine care
    ("incident", "Street health round in Leeds last night: dressed the feet of a man in his 40s. Be kind.", (), "low"),
    ("incident", "In Leeds last night: a man in his 40s. Be kind.", (), "high"),
    ("incident", "On Tuesday we took a man in his 60s from Ripon to A&E. He argued about the football all the way.",
     (), "high"),
    ("incident", "On Tuesday we met a man in his 60s from Ripon at our clinic. He argued about the football.", (),
     "medium"),
    # a post that names neither an emergency nor routine care is taken as an emergency: the safe side
    ("incident", "On Tuesday a man in his 60s from Ripon argued with us about the football.", (), "high"),
    # an emergency and what befell someone: a patient, with no age or sex given
    ("befallen", "Our crew went out to Clovelly at 4am after a fall. Teamwork!", (), "high"),
    ("befallen", "Thanks to our crews in Clovelly tonight at the lifeboat day, what a team.", (), "low"),
    ("incident", "A 12-year-old girl thrown from her pony at Bodmin on Sunday, query broken wrist.", (), "high"),
    ("incident", "A 12-year-old girl showed us her pony at Bodmin on Sunday, a lovely clinic.", (), "medium"),
    # primary care is routine care: its afternoon dates a consultation
    ("incident", "A patient with Huntington's disease spent twenty minutes this afternoon teaching me. Grateful to work "
     "in Stoke-on-Trent primary care.", (), "medium"),
    ("incident", "A patient with Huntington's disease spent twenty minutes this afternoon teaching me. Grateful to work "
     "in Stoke-on-Trent.", (), "high"),
    # a unit named for a condition: its patients have it already, no share of them again
    ("unit-condition", "Singalong on the dialysis unit in Derry this afternoon: one of our patients, a man, gave us Danny "
     "Boy.", (), "medium"),
    ("unit-condition", "Singalong on Ward 9 in Derry this afternoon: one of our patients, a man on dialysis, gave us "
     "Danny Boy.", (), "high"),
    # "the same fell" is the hill, a noun: no fall
    ("incident", "Home visit this morning to a man in his 80s in Keswick who still walks up the same fell every Sunday.",
     (), "medium"),
    ("incident", "Home visit this morning to a man in his 80s in Keswick who fell on the stairs.", (), "high"),
    # a plural counts a group; "one of my ladies" picks one out again
    ("group", "Our Leeds midwives delivered 180 babies since Monday. Proud!", (), "low"),
    ("group", "One of my ladies in her 90s in Hawes turned out to be a champion knitter.", (), "high"),
    # gatherings and weather say when, not what happened to whom
    ("occasion", "What a party at the Truro parkrun this morning, see you next week!", (), "low"),
    # "a <town> school" is one school of many: the town decides
    ("venue", "A boy at a Leeds primary school showed our nurse his loose tooth today.", (), "low"),
    # a role one person holds in one place is a pool of one
    ("role", "Get well soon to the harbour master of Port Isaac, who we took to Treliske on Friday.", (), "high"),
    ("role", "Get well soon to a harbour worker from Plymouth, who is on the mend.", (), "low"),
    ("role", "Best wishes to our village vicar, on the mend after his op.", (), "high"),
    # a pre-op assessment is routine care: its day dates a contact, not an incident
    ("incident", "Pre-op chat today with a 58-year-old woman from Norwich who corrected our leaflets.", (), "medium"),
    ("incident", "Today a 58-year-old woman from Norwich corrected our leaflets.", (), "high"),
    # a unit with no beds (screening, outpatients, imaging) is no ward's patients: its town is the pool
    ("unit-size", "A woman of 53 came to our screening unit in Birmingham today and left laughing. Book yours.", (), "low"),
    ("unit-size", "A woman of 53 left our stroke unit in Birmingham today, laughing.", (), "medium"),  # a ward's 28 beds
    # a club's first-team goalkeeper is one person; a goalkeeper of no named club is one of many
    ("role", "Strapped up Buckie Thistle's first-team goalkeeper in clinic this week. No catching for him!", (), "high"),
    ("role", "Strapped up a goalkeeper in clinic this week. No catching for him!", (), "low"),
    # a club's mascot is one person; "not every day" counts no one; the longest-serving patient of a unit is one
    ("role", "Not every day you treat the club mascot for heat exhaustion. Thanks to the stewards yesterday.", (),
     "high"),
    ("role", "Not every day you treat a football fan for heat exhaustion. Thanks to the stewards yesterday.", (), "low"),
    ("role", "Congratulations to the longest-serving patient on our Llanelli dialysis unit!", (), "high"),
    ("role", "Congratulations to the longest-registered patient of our practice in Crickhowell!", (), "high"),
    # a birthday opening the post, with no one named for it, is the poster's own: with their career age, their DOB
    ("own birthday", "Birthday today 🎂 and the radiology lot brought me doughnuts.",
     ("Qualified as a radiographer at 22 in 2003 and never looked back",), "high"),
    ("own birthday", "Birthday on nights today 🎂 the crew sang over the radio.",
     ("Started on the road when I was 21 and that was fifteen years ago this spring",), "high"),
    ("own birthday", "Birthday on nights today 🎂 the crew sang over the radio.",
     ("Started on the road fifteen years ago this spring",), "medium"),
    # a few people named together are each described; an item of a list of calls is a tally
    ("few", "Rough night in Leeds. Three lads with stab wounds outside a club just after 2am.", (), "high"),
    ("few", "Rough night in Leeds: chest pains, falls, three lads with stab wounds and a lost tourist. Every call counts.",
     (), "low"),
    # a birth aboard a ferry, a plane or a train is one of a handful a year
    ("born aboard", "Welcome, little one! Born on the ferry to Stornoway this year, mum and baby doing well.", (), "high"),
    ("born aboard", "Welcome, little one! Born in Stornoway this year, mum and baby doing well.", (), "medium"),
    # "our twins" are a pair of twins (the unit's), not the poster's own twin
    ("twins", "Our twins went home from the neonatal unit in Leeds today after a long, long stay.", (), "medium"),
    ("twins", "My twin ran the Leeds marathon today, so proud.", (), "high"),
    # a passenger, a walker or a runner singled out by the incident is a person, with no age or sex given; not one
    # spoken of in general ("how strong a swimmer you are", "if a passenger collapses")
    ("someone", "Thanks to the crew of the Aberdeen–Lerwick ferry who helped us with a passenger who collapsed last night.",
     (), "high"),
    ("someone", "Thanks to the crew of the Aberdeen–Lerwick ferry: if a passenger collapses, they know what to do.", (),
     "low"),
    # a national-team player or an Olympian is one of a few thousand, not one of the many who play
    ("elite", "A former Wales rugby captain from Bridgend had his knee scoped with us this year. Legend.", (), "high"),
    ("elite", "A former rugby player from Bridgend had his knee scoped with us this year. Legend.", (), "medium"),
    # a traditional craft a few thousand practise (a thatcher, a farrier) narrows a county; a builder does not
    ("craft", "One of my longest-standing patients, a former thatcher from Wiltshire, taught me all about reed.", (),
     "medium"),
    ("craft", "One of my longest-standing patients, a former builder from Wiltshire, taught me all about bricks.", (),
     "low"),
    # a role's holder needs a capital place after "the dentist of/at/for" ("putting off the dentist because of the drill"
    # is anyone's dentist)
    ("role holder", "A woman in her 20s from Leeds told us at our stand that she's been putting off the dentist because "
     "of the drill.", (), "low"),
    ("role holder", "The dentist of the village of Kettlewell came in with chest pain today.", (), "high"),
    # a role one person holds in a named place ("the lollipop man" of a village school) is that one person
    ("single holder", "Drop-in at a primary school in Swindon today. The lollipop man showed me the scar from his new "
     "knee.", (), "high"),
    ("single holder", "Drop-in at a primary school in Swindon today. A dad showed me the scar from his new knee.", (),
     "low"),
    # a neonatal unit's patients are all babies: "a baby boy" narrows them by sex only, not again by age 0
    ("neonatal", "After three months with us, a tiny baby boy went home from our neonatal unit in Leeds today.", (),
     "medium"),
    ("neonatal", "After three months with us, a tiny baby boy went home from our surgical unit in Leeds today.", (),
     "high"),
    # a rescue service's own people ("the mountain rescue lot", "lifeboat training") are no call-out
    ("rescue people", "Spent my birthday this month camping on a training weekend with the mountain rescue lot. "
     "Nobody got hypothermia!", (), "low"),
    ("rescue people", "Spent my birthday this month on a mountain rescue call-out in Snowdonia: a walker with a broken "
     "ankle.", (), "high"),
    # money raised for a rescue service is no call-out of it
    ("rescue people", "Sponsored sit-down-a-thon at Bryn Awel in Llangefni raised £412 for the air ambulance! Special "
     "mention to one of our gents, who did the whole six hours.", (), "medium"),
    ("rescue people", "The air ambulance came for one of our gents in Llangefni this afternoon.", (), "high"),
    # "New Year's Day" is one day, not a year
    ("named day", "A lad in his 20s from Tenby broke his leg at the sea swim on New Year's Day.", (), "high"),
    ("named day", "A lad in his 20s from Tenby broke his leg at the sea swim this year.", (), "medium"),
    # a home birth with no time is a birth over a year, not an event word of the same rate that a year does not count
    ("home birth", "Another lovely home birth for our community midwives in Swansea! Mum and baby boy doing well.", (),
     "medium"),
    ("home birth", "Another lovely morning for our community midwives in Swansea! Mum and baby boy doing well.", (), "low"),
    # a later visit's day is not the incident's: "came back with a card", "came back to fracture clinic … to show us"
    ("came back", "Last month a lad in his 20s came into our ED in Glasgow after a fight. Yesterday he came back with a "
     "card for the night staff.", (), "medium"),
    ("came back", "Last month a lad in his 20s came into our ED in Glasgow after a fight. Yesterday he came back with a "
     "stab wound.", (), "high"),  # a new incident
    ("came back", "A boy of 7 in Edinburgh broke his arm on a trampoline this summer and came back to fracture clinic "
     "today to show us his cast.", (), "medium"),
    ("came back", "A man in his 70s in Derby we picked up after a fall earlier this year waved us down in the street "
     "today to tell us he is walking again.", (), "low"),  # a later contact in the street
    ("came back", "A man in his 70s in Derby we picked up after a fall earlier this year waved at us in the street "
     "today.", (), "high"),
    # an earlier post's road is the poster's commute where the draft names its own place; with none it may be the scene
    ("history road", "Earlier this year a man in his 30s had a cardiac arrest at his gym in Birmingham. Staff did CPR, and "
     "today he walked into our station to say thank you.",
     ("Ten years on the road this month. Still hate the M4 at rush hour.",), "medium"),
    ("history road", "Earlier this year a man in his 30s had a cardiac arrest at his gym. Staff did CPR, and today he "
     "walked into our station to say thank you.", ("Ten years on the road this month. Still hate the M4 at rush hour.",),
     "high"),
    # sepsis someone was treated for has its own rate (about 245,000 a year in the UK); an awareness post's has none
    ("sepsis", "A woman in her 50s from Derby who we treated for sepsis last year popped in today with a cake.", (),
     "medium"),
    ("sepsis", "A woman in her 50s from Derby who we treated for a chest infection last year popped in today with a "
     "cake.", (), "low"),
    ("sepsis", "Sepsis can affect anyone, from a newborn to a 90-year-old. Could it be sepsis?", (), "low"),
    # a midwife's tally is a birth; on a delivery suite over a week, one of that week's mothers (the ward's pool is its
    # births, no birth rate of them again)
    ("tally", "Baby number 500 for me this week! Calmest mum I have ever met.",
     ("Twenty years a midwife in Leeds.", "St James delivery suite, nights again."), "medium"),
    ("tally", "Baby number 500 for me this week! Calmest mum I have ever met.", (), "low"),  # the UK's week of births
    # the poster's own career, the "I" dropped: "Started as a student on …" is no patient's job
    ("own job", "20 years a nurse today. Started as a student on the stroke ward at Pinderfields, still here.", (), "low"),
    ("own job", "20 years on the stroke ward at Pinderfields today. A student on placement still here.", (), "high"),
    # an emergency dated before in an earlier sentence: today's thank-you visit does not date it
    ("dated before", "Earlier this year a man in his 30s had a cardiac arrest at his gym in Manchester. Staff did CPR and "
     "used the defib, and today he walked into our station to say thank you.", (), "medium"),
    ("dated before", "A man in his 30s had a cardiac arrest at his gym in Manchester. Staff did CPR and used the defib, "
     "and today he walked into our station to say thank you.", (), "high"),
    # babies that arrived or were delivered are a birth, at the birth's rate
    ("arrived", "Twin girls arrived this month, both home and feeding well.",
     ("Community midwife for Ballymena and the villages round it.",), "high"),
    ("arrived", "Twin girls visited this month, both home and feeding well.",
     ("Community midwife for Ballymena and the villages round it.",), "medium"),
    # an assessment under the Mental Health Act has its own rate, even at a clinic (an assessment is routine there)
    ("mha", "Spent the afternoon at the Wick clinic with a young lad who needed a Mental Health Act assessment.", (),
     "high"),
    ("mha", "Spent the afternoon at the Wick clinic with a young lad who needed his exam certificates.", (), "medium"),
    ("mha", "Proud of a woman in her 30s in Nottingham who was detained under section 3 earlier this year.", (), "medium"),
    ("own birthday", "Birthday today for our longest-serving porter, 40 years in the job.",
     ("Qualified as a radiographer at 22 in 2003 and never looked back",), "medium"),
    # a care setting named after a condition: its patient has the condition ("Eating disorders unit: one of our girls")
    # (61,011 x 1.86% x 0.5 x age 15's 1.14% = 6.5; without the condition 350)
    ("care setting", "Eating disorders unit today: one of our girls, 15, went home to her family in Bangor after four "
     "months.", (), "high"),
    ("care setting", "Eating disorders awareness week: one of our girls, 15, went home to her family in Bangor after "
     "four months.", (), "medium"),
    ("care setting", "Eating disorders unit today: one of our girls went home to her family in Bangor after four months.",
     (), "medium"),
    # a town called "... Bay" is the town, a beach's bay a venue
    ("venue", "Urgent treatment centre in Herne Bay this week: a boy who trapped his finger in a door.", (), "medium"),
    ("venue", "Lifeguards at Woolacombe Bay this week: a boy who trapped his finger in a door.", (), "high"),
    # the poster's own age leaves two birth years of 365 days; a quoted age is someone else's
    ("poster age", "I'm 45 and still loving nights on the ambulance.", (), "medium"),
    # after a colon too: "podiatry room: turning 40 soon" is the poster's age
    ("poster age", "Big news from the podiatry room: turning 40 soon, feet already a disgrace.", (), "medium"),
    ("poster age", "My 45th today and on nights on the ambulance.", (), "high"),  # the age and its day
    ("poster age", "Turning 45 on Saturday and working the whole weekend.", (), "high"),
    # after an emoji, a capital opens the diary line; in mid-sentence the emoji leaves the subject before it
    ("poster age", "Life begins at 30? Mine began in the sluice 😂 Turned 30 this summer and the ward threw a party.", (),
     "medium"),
    ("poster age", "Our patient 🙏 turned 30 this summer and the ward threw a party.", (), "low"),
    ("poster age", "Hit the big four-oh this month and celebrated with a 14-hour shift. Living the dream.", (), "medium"),
    # a care home's resident singled out: its residents are the pool
    ("someone", "One of our residents at our care home in Oban beat the whole staff team at darts today.", (), "medium"),
    ("poster age", "His dad hit the big four-oh this month and celebrated with a 14-hour shift.", (), "low"),
    ("poster age", '"I\'m 68 and never been in an ambulance," said a patient from Leeds. Be kind.', (), "low"),
    ("poster age", "Born on Bonfire Night, so of course my 40th falls on a night shift this Thursday.", (), "high"),
    # a birthday in the draft and an age in an earlier post: the date of birth
    ("poster age", "Cake in the crew room for my birthday today!", ("Uni reunion: 21 then, 44 now.",), "high"),
    ("poster age", "Cake in the crew room for my birthday today!", (), "medium"),
    # a reading is no age: "sats 88 and still dropping", "HR 110, 72 now"
    ("poster age", "Bed 4 sats 88 and still dropping, HR 110, 72 now. Long night.", (), "low"),
    ("poster age", "40 today 🥳 and on a long day in theatres. Send cake!", (), "high"),  # age and its day
    ("poster age", "Busy one. 12 today! and more to come", (), "low"),  # a count of jobs, no adult's age
    ("poster age", "Thanks for the flowers and the card — 60 and thriving 🎉", (), "medium"),  # after a dash too
    ("poster age", "Thanks for the flowers and the card — fab and thriving 🎉", (), "low"),
    # a birth has the birth rate; a stroke is counted over a year with no time given
    ("rates", "This week a first-time mum in her 30s from Kendal gave birth at home. Welcome, little one!", (), "high"),
    ("rates", "Yesterday a mum-to-be from Keswick gave birth in our ambulance bay. Welcome, little one!", (), "high"),
    # with no time, a birth or a death is counted over a year (samples/risk/README.md: the 1-year default)
    ("rates", "A mum-to-be from Keswick gave birth in our ambulance bay. Welcome, little one!", (), "medium"),
    ("rates", "A mum-to-be from Leeds gave birth in our ambulance bay. Welcome, little one!", (), "low"),
    # a midwife "welcomed" a baby: a birth and its rate, not an ambulance call-out
    ("rates", "Welcomed a wee girl this morning in Leeds. Mum is sitting up with a bacon roll.", (), "high"),
    ("rates", "Welcomed a new member of staff to the ward this morning in Leeds.", (), "low"),
    # ... and so did one who "caught" it
    ("rates", "Caught my first baby girl as a newly qualified midwife this week in Leeds. Mum was a legend.", (), "medium"),
    ("rates", "Caught my first train as a newly qualified midwife this week in Leeds. Mum was a legend.", (), "low"),
    # a consultation, a recheck or a refresher course is routine care: no incident rate; a 999 call is one
    ("routine care", "A taxi driver in his 40s in Derby came to see me this week about his cholesterol. Tablets and a "
     "recheck in a month.", (), "medium"),
    ("routine care", "A taxi driver in his 40s in Derby rang 999 this week about his chest pain. Tablets and a recheck in "
     "a month.", (), "high"),
    ("routine care", "Epipen refresher this afternoon at a Leeds primary for an eight-year-old girl with a severe peanut "
     "allergy.", (), "medium"),
    ("routine care", "Epipen given this afternoon at a Leeds primary to an eight-year-old girl with a severe peanut "
     "allergy.", (), "high"),
    # a fall taken is an emergency, whatever routine words follow it
    ("incident", "A woman in her 70s in Whitby took a nasty fall this week and let me look at her hip.", (), "high"),
    ("incident", "A woman in her 70s in Whitby finally let me look at her hip this week.", (), "medium"),
    # asking how one becomes a paramedic is a hoped-for job, no call-out
    ("hoped-job", "A Year 9 boy in Bradford came to my drop-in today to ask how you become a paramedic. Future "
     "colleague!", (), "low"),
    ("hoped-job", "A Year 9 boy in Bradford came to my drop-in today and we had to call a paramedic. Future colleague!",
     (), "high"),
    ("rates", "We helped a man in his 60s die at home in Ebbw Vale, as he wished.", (), "medium"),
    ("rates", "We helped a man in his 60s get home to Ebbw Vale, as he wished.", (), "low"),
    ("rates", "Lovely to see a man in his 60s from Swansea back at work after a stroke.", (), "medium"),
    ("rates", "Lovely to see a man in his 60s from Swansea back at work after a holiday.", (), "low"),
    ("rates", "Strokes aren't only an older person's illness: this year we cared for a woman in her 40s from Swansea.",
     (), "medium"),  # "strokes" has the stroke rate, not the ambulance rate
    # CPR given to someone is a cardiac arrest (its rate); CPR learned is no one's incident
    ("rates", "Yesterday I talked a woman through eight minutes of CPR on her neighbour until the crew arrived.", (),
     "medium"),
    ("rates", "Yesterday I talked a woman through eight minutes of first aid on her neighbour until the crew arrived.",
     (), "low"),
    ("rates", "A grandad in his 60s in Leeds learned CPR at a village hall course. Book yours!", (), "low"),
    # a heart restarted is a cardiac arrest too; a clinic restarted is no one's
    ("rates", "A man in his 60s from Leeds whose heart we restarted last year came back to the station today.", (),
     "medium"),
    ("rates", "A man in his 60s from Leeds whose car we jump-started last year came back to the station today.", (),
     "low"),
    # a mother-to-be at routine care is a pregnancy, no birth; on the way to the maternity unit, a birth
    ("rates", "Antenatal clinic in Leeds this morning and a mum-to-be brought us a box of biscuits.", (), "low"),
    # ... but being pregnant now is a share of residents (births over nine months): in a town it narrows to ~100
    ("pregnancy", "Antenatal clinic in Penrith this morning and a mum-to-be brought us a box of biscuits.", (), "medium"),
    ("pregnancy", "At the school drop-in in Penrith, a girl told me she's just found out she's pregnant.", (), "medium"),
    ("pregnancy", "Flu jabs at our Penrith clinic if you're pregnant or over 65. Walk in!", (), "low"),  # no one person
    ("rates", "This week we helped a mum-to-be in Penrith reach the birth centre just in time.", (), "high"),
    # a named condition with a published prevalence takes its share; a common one with none narrows nothing
    ("prevalence", "A man in his 30s from Derry with Down's syndrome came for his annual review today.", (), "high"),
    ("prevalence", "A man in his 30s from Derry with hay fever came for his annual review today.", (), "low"),
    # a county or council area has its own residents, not an assumed million
    ("region", "A man in his 40s from the Borders with Down's syndrome came for his annual review today.", (), "high"),
    ("region", "A man in his 40s from Yorkshire with Down's syndrome came for his annual review today.", (), "medium"),
    # a title one person holds, and the first case of a disease somewhere, are a pool of one
    ("title", "Patched up a man in Leeds today: the reigning British darts champion.", (), "high"),
    ("title", "Patched up a man in Leeds today: a keen darts player.", (), "medium"),
    ("title", "We've confirmed our first ever case of mpox in Yorkshire this year.", (), "high"),
    ("title", "We've confirmed a case of mpox in Yorkshire this year.", (), "medium"),
    ("title", "Not something you see twice in a career: a patient on our renal ward in Leeds with a condition the team had "
              "only read about.", (), "high"),  # a case seen once in a working life
    ("title", "A patient on our renal ward in Leeds with a condition the team had only read about.", (), "low"),
    ("title", "Our new falls clinic in Tobermory ran yesterday. One person came, and we'll be back next month.", (),
     "high"),  # the one person at a session
    ("title", "Our new falls clinic in Tobermory ran yesterday. Twelve people came, and we'll be back next month.", (),
     "low"),
    # veterans are about 3 in 100 residents; a lighthouse keeper a few hundred people
    ("job share", "Op Courage drop-in at Ulverston this week: a veteran in his 60s came in at last.", (), "medium"),
    ("job share", "Op Courage drop-in at Ulverston this week: a lighthouse keeper in his 60s came in at last.", (),
     "high"),
    # a place's name is no one's job ("Bishop Auckland"); a breed named after a place is not where anyone is
    ("place name", "Armed Forces Day: in Bishop Auckland we can help with hearing and fast-track referrals.", (), "low"),
    ("place name", "Armed Forces Day: a bishop in Bishop Auckland told us he needs help with his hearing.", (),
     "medium"),
    ("place name", "A woman from Leeds in her 40s was thrown by her Shetland pony this week.", (), "medium"),
    ("place name", "A woman from Shetland in her 40s was thrown by her pony this week.", (), "high"),
    # a condition of a group, of an awareness week or a hashtag describes no one; one of them is someone again
    ("condition group", "People with a learning disability across Swansea still die 20 years earlier. Book a check!", (),
     "low"),
    ("condition group", "It's Learning Disability Week in Swansea: book your annual health check. #autism", (), "low"),
    ("condition group", "One of our young men with a learning disability from Ballyclare passed his theory test today.",
     (), "medium"),
    # news of a milestone is no incident: its day narrows nothing
    ("milestone", "A young man in Ballyclare passed his driving theory test today at the third go!", (), "medium"),
    ("milestone", "A young man in Ballyclare was hurt on the Antrim road today.", (), "high"),
    # the poster's age worked out from their career, in an earlier post, dates their birthday
    ("career age", "My birthday today and the clinic team surprised me with a cake.",
     ("Qualified as a midwife at 21 in 2004 and I've loved every day since.",), "high"),
    ("career age", "Birthday today and the ward got me a cake shaped like a syringe.",
     ("Qualified at 23, way back in 2011, and theatres is still home.",), "high"),  # the year after a comma
    ("career age", "Birthday today and the ward got me a cake shaped like a syringe.",
     ("Qualified as an ODP in 2013, aged 24, and theatres is still home.",), "high"),  # the year, then "aged"
    ("career age", "Birthday today, on nights in Paisley. The team covered the station in my baby photos.",
     ("Fun fact: I started my training in 2009, straight out of sixth form at 18.",), "high"),  # the age later on
    ("career age", "Birthday today and I'm on a late in the acute unit. Someone has hidden cake in the sluice.",
     ("Joined the service in 2004, the year I turned thirty. Never looked back.",), "high"),  # the year it turned
    ("career age", "Birthday today and I'm on a late in the acute unit. Someone has hidden cake in the sluice.",
     ("I turned 30 in 2004 and joined the service that summer.",), "high"),
    ("career age", "My birthday today and the clinic team surprised me with a cake.",
     ("Started at 18 straight out of school, and 10 years a dental nurse this month!",), "high"),
    ("career age", "Birthday today and the night team made me a hedgehog cake.",
     ("Began my paramedic science degree in October 2011, the oldest in my year at 29.",), "high"),  # the month too
    ("career age", "My birthday today and the clinic team surprised me with a cake.",
     ("Qualified as a midwife in Pembrokeshire and I've loved every day since.",), "medium"),
    ("career age", "My birthday today and the clinic team surprised me with a cake.",
     ("A lady who qualified as a nurse at 21 in 1950 came to our clinic.",), "medium"),  # not the poster
    # a hospital named after its town has that town's people, not an assumed catchment
    ("hospital town", "A man in his 70s was admitted to Wrexham Maelor with a stroke this year.", (), "high"),
    ("hospital town", "A man in his 70s was admitted to the Queen Elizabeth Hospital with a stroke this year.", (),
     "medium"),
    ("rare", "Dressing day with a 6-year-old boy in Leeds living with epidermolysis bullosa.", (), "high"),
    # a job a few hundred people hold (a lifeboat's coxswain, a lock keeper) narrows a city to a handful
    ("rare", "One of our patients, a retired lock keeper from Leeds, told us canal stories all afternoon.", (), "high"),
    ("rare", "One of our patients, a retired teacher from Leeds, told us school stories all afternoon.", (), "low"),
    # a common condition with a published prevalence narrows by its share (diagnosed diabetes 0.066, dementia 0.014)
    ("common condition", "A man in his 70s from Kendal with type 2 diabetes came to clinic today.", (), "medium"),
    ("common condition", "A man in his 70s from Kendal came to clinic today.", (), "low"),
    ("common condition", "A man in his 70s from Ulverston with dementia came to clinic today.", (), "high"),
    # the poster's age "at 58" in a sentence of their own, not an age then ("started running at 40")
    ("self age", "Night shifts at 58 are not the same sport they were when I qualified.", (), "medium"),
    ("self age", "I started running at 40 and never looked back.", (), "low"),
    # a minor ailment, teeth, a prison's healthcare: routine care, no emergency assumed
    ("routine care", "A woman in her 30s in Bradford came in this morning sneezing: hay fever season is here.", (),
     "low"),
    ("routine care", "A woman in her 30s in Bradford came in this morning.", (), "high"),
    # a dispensary's delivery, a club people come to, a health check by another name: care, no emergency
    ("routine care", "Our dispenser drove out to a gent in his 70s near Bakewell on Tuesday with his tablets.", (),
     "medium"),
    ("routine care", "Veterans' breakfast club in Colchester this morning: a woman in her 30s came for the first time.",
     (), "low"),
    # a condition tested for names no one's illness; its patients in the plural are a group
    ("condition group", "New arrivals clinic in Glasgow this week: TB screening and interpreters for everyone.", (),
     "low"),
    ("condition group", "Working my birthday today on the renal unit at the Royal Stoke: the dialysis patients sang.",
     (), "medium"),
    ("routine care", "A man in his 70s at HMP Berwyn asked me today to help him write a letter.", (), "medium"),
    # a medical, a group, a wellbeing service, a call to a team, a return to work: a contact, not an incident
    ("routine care", "Dock medicals this morning in Fleetwood: a man in his 50s who has never had a day off sick.", (),
     "low"),
    ("routine care", "Proud of our Preston group tonight: a woman in her 60s has walked every day this month.", (),
     "low"),
    ("routine care", "A lad in his 20s from Wigan saw our wellbeing service this week: he couldn't sleep.",
     (), "low"),
    # a role with no article heading the post is the poster's; a patient's role narrows
    ("poster's role", "Volunteer driving today: took an 89-year-old gent from Aberystwyth to his eye clinic.", (),
     "medium"),
    ("poster's role", "Took an 89-year-old gent from Aberystwyth to his eye clinic today: a retired volunteer.", (),
     "high"),
    ("poster's role", "Shepherd in his 70s came in for his jab this morning at our surgery in Kirkby Stephen.", (),
     "high"),  # a terse post's patient: the job, then his age
    ("unusual event", "A toddler in Leeds swallowed a button battery this year.", (), "high"),
    ("unusual event", "A toddler in Leeds swallowed a coin this year.", (), "low"),
    # a bereavement happens as often as a death
    ("bereavement", "A man in his 50s from Belfast who lost his wife this year comes to our group.", (), "medium"),
    ("bereavement", "A man in his 50s from Belfast who moved house this year comes to our group.", (), "low"),
    # a birthday dated only by "this month" leaves the month's days
    ("birthday window", "Turned 30 this month and the team sang me happy birthday on a night shift.", (), "medium"),
    ("birthday window", "Turned 30 today and the team sang me happy birthday on a night shift.", (), "high"),
    ("birthday window", "40 today, and I spent it in theatres at Hereford with the best team going.", (), "high"),
    ("birthday window", "12 today, in theatres at Hereford with the best team going.", (), "low"),
    # a named event's crowd replaces its town; a pool the post states is the pool; its first aiders see about 1 in
    # 200 of a crowd (a common incident's rate adds nothing)
    ("event crowd", "Medical tent at Glastonbury Saturday: sunburn on a woman in her 20s who'd only been in the sun "
     "an hour.", (), "medium"),
    ("event crowd", "Sunburn on a woman in her 20s from Glastonbury who'd only been in the sun an hour, Saturday.", (),
     "high"),
    ("event crowd", "First aid at the Westmorland County Show: a 9-year-old girl kicked by a pony.", (), "high"),
    ("event crowd", "Our first aiders saw 600 people at the carnival. My favourite: a teenage girl who cut her foot "
     "dancing.", (), "medium"),
    ("event crowd", "Our first aiders saw 600 people at the carnival. Thank you all for your kindness!", (), "low"),
    ("event crowd", "Cheltenham Festival done for another year! Patient of the day: a lady who sprained her ankle "
     "dancing on a table.", (), "medium"),  # the event's patient: one its medics saw
    ("event crowd", "Cheltenham Festival done for another year! A lady sprained her ankle dancing on a table.", (), "low"),
    # a thing named for a day is no date ("a Christmas card"); a service named for a relation is no relative
    ("day as thing", "One of the men we took to hospital this year in Colchester sent the station a Christmas card.",
     (), "low"),
    ("day as thing", "We took a man in Colchester to hospital on Christmas Day.", (), "medium"),
    ("relation as service", "Our children's continence team in Leeds saw a girl of 9 at clinic this year.", (), "low"),
    ("relation as service", "Our children saw a girl of 9 at clinic in Leeds this year.", (), "high"),
    # "Royal <town>" is a hospital in that town
    ("royal hospital", "A woman in her 60s at Royal Preston whose husband died this month asked me to his funeral.",
     (), "medium"),
    ("royal hospital", "A woman in her 60s whose husband died this month asked me to his funeral.", (), "low"),
    # an age band in the plural is a group ("the over-65s"); "first job" is crew slang, not "her first job offer"
    ("age group", "Flu clinic for the over-65s all day Saturday at our Dartmouth surgery. Walk-ins welcome!", (), "low"),
    ("age group", "A man in his 70s came to our Dartmouth surgery flu clinic on Saturday.", (), "medium"),
    ("first job", "A young woman from Settle got her first job offer today!", (), "medium"),
    ("first job", "A young woman from Settle was our first job today.", (), "high"),
    # teachers are about 1 in 110 residents, not the 1 in 500 of other public roles; someone from the poster's past
    # ("my old headmaster") is one of a handful
    ("occupation", "Lovely morning at our falls class in Ballymena: a retired teacher in her 70s beat us all at the "
     "balance test.", (), "medium"),
    ("occupation", "Changed the dressing of a gentleman in Bradford this week who turned out to be my old headmaster.",
     (), "high"),
    # an occupation owned by someone else ("her teacher") is not the patient's
    ("occupation", "A 14-year-old boy from Kendal said he was too shy to ask his teacher for help.", (), "medium"),
    # a student is one of 2.9 million (HESA), not a job's few in a thousand
    ("occupation", "A university student in her 20s came to our drop-in clinic in Leeds today to ask about registering "
     "with a GP.", (), "low"),
    ("occupation", "A 14-year-old boy from Kendal, a Saturday butcher, said he was too shy to ask for help.", (), "high"),
    # an age phrase with "his" or "her" gives the sex
    ("sex", "A cyclist in her 30s came off on the hill in Swansea today.", (), "high"),
    ("sex", "A cyclist aged 30-39 came off on the hill in Swansea today.", (), "medium"),
    # a time still to come dates no incident; a named day's weekend is the whole weekend
    ("time", "A lady in her 80s from Kendal will be back with us tomorrow after her fall.", (), "medium"),
    ("time", "A lady in her 80s from Kendal was back with us today after her fall.", (), "high"),
    ("time", "A woman in her 40s in Exeter ate a whole simnel cake over the Easter weekend and rang us with chest pain.",
     (), "medium"),
    ("time", "A woman in her 40s in Exeter ate a whole simnel cake on Easter Monday and rang us with chest pain.", (),
     "high"),
    # the day of a follow-up (a visit, a discharge) is not the day of the incident
    ("follow-up", "A man from Taunton had a cardiac arrest at the gym; today he walked out of Musgrove Park.", (),
     "medium"),
    ("follow-up", "A man from Taunton had a cardiac arrest at the gym today; we got him to Musgrove Park.", (), "high"),
    # leaving a unit today dates the discharge, not the stroke
    ("follow-up", "A 41-year-old man left our rehab unit today after his stroke. Strokes hit the young too.", (),
     "medium"),
    ("follow-up", "A 41-year-old woman had a stroke today and is walking and talking.", (), "high"),
    # a later contact's day or week (a call, a photo, a visit to say thanks, going home) is not the incident's; in an
    # emergency's sentence the call is the emergency's own
    ("follow-up", "Infant feeding in Hull: a new mum rang us in tears last week and today she sent a photo of a sleepy "
     "baby.", (), "low"),
    ("follow-up", "Remember the man in his 60s we did CPR on in Leeds earlier this year? He walked into the station today "
     "to say thank you.", (), "medium"),
    ("follow-up", "A man in his 60s had a cardiac arrest in Leeds today and we did CPR.", (), "high"),
    ("follow-up", "A man collapsed in cardiac arrest and a bystander kept him going. He went home from hospital this "
     "week.", (), "low"),
    ("follow-up", "A man in his 80s collapsed in Bude at 3am, his wife rang us in a panic.", (), "high"),
    ("follow-up", "A man in his 60s from Derby who came in unable to speak after his stroke walked out to his car on "
     "his own this week.", (), "medium"),
    # a time of day with no day, beside a longer window, is some day of it
    ("time", "My favourite memory from this year on Ward 7 at Glan Clwyd? A lady in her 80s who taught the night shift to "
     "waltz at 3am.", (), "medium"),
    ("time", "Yesterday on Ward 7 at Glan Clwyd a lady in her 80s taught the night shift to waltz at 3am.", (), "high"),
    # a detention said as "had to detain"; a patient living with a condition is no emergency
    ("incident", "A woman in her 40s our crisis team in Hull had to detain this year came back to see us.", (),
     "medium"),
    ("routine care", "My patient with MND told me a very rude joke through his new app today.", (), "low"),
    # widowed is a state, not a death in the post's window; a chat is a contact, no incident
    ("widowed", "Had a long chat today with a gentleman in his 70s in Ripon who hasn't been out since his wife died.", (),
     "medium"),
    ("widowed", "A gentleman in his 70s in Ripon died at home today.", (), "high"),
    # a burn or a scald is an incident with its own rate, named in a clinic's post too
    ("burns", "Burns clinic this year: a teenage lad from Cardiff with a scald from a kettle. Healing well.", (), "medium"),
    ("burns", "Burns clinic this year: a teenage lad from Tenby with a scald from a kettle. Healing well.", (), "high"),
    # the poster's age in an earlier post ("Only 30 and my knees …") with a birthday today: their date of birth
    ("poster age", "It's my birthday today and the ward made me a card.", ("Only 30 and my knees already creak after nights.",),
     "high"),
    ("poster age", "It's my birthday today and the ward made me a card.", ("Thirty-six and still doing nights.",), "high"),  # words
    ("poster age", "It's my birthday today and the ward made me a card.", ("Forty-two and finally a registered nurse!",),
     "high"),
    ("poster age", "It's my birthday today and the ward made me a card.", ("Forty-two beds and finally a new ward!",),
     "medium"),
    # "Care home" opening a sentence names no home: the town is the pool; a named home is one of 40 residents
    ("care home", "One of our residents, in her 90s, won the bingo today. Care home activities, Pitlochry style", (),
     "medium"),
    ("care home", "One of our residents, in her 90s, won the bingo today. Birchwood Care Home activities, Pitlochry "
     "style", (), "high"),
    # everyone of a kind ("every teacher") is no one's occupation
    ("occupation", "A teenage girl from Kendal has eczema, and every teacher at school now knows where her cream is.",
     (), "low"),
    # a season's or an event's figures describe no one, unless one person (or one family) is picked out among them
    ("statistics", "Our Padstow lifeboat had 52 shouts this season: surfers, anglers and two lost dogs. Thanks to every "
     "volunteer!", (), "low"),
    ("statistics", "Our Padstow lifeboat had 52 shouts this season, one for a surfer in his 80s. Thanks to every "
     "volunteer!", (), "high"),
    ("statistics", "Our unit's year in numbers: 4,200 babies, 61 sets of twins and one set of triplets in Carlisle.", (),
     "high"),
    ("statistics", "A record year for Wasdale Mountain Rescue: every call answered by a volunteer. Thank you all.", (),
     "low"),  # a record year is a count
    # "some rare disease" is one person in seventeen: a statistic describes no one
    ("rare", "Rare Disease Day: 1 in 17 of us will live with a rare condition. Our Cardiff team is here.", (), "low"),
    # a vet is no NHS colleague: the occupation narrows
    ("occupation", "Our crisis team has been supporting a vet from Kendal who asked us to share this.", (), "medium"),
    ("occupation", "Our crisis team has been supporting a man from Kendal who asked us to share this.", (), "low"),
    # one member of a small group (a choir, a class year, a squad) is one of about a hundred, not of the town
    ("group", "One of our choristers fainted at Evensong in Ely Cathedral. He is fine now. #SchoolNurse", (), "medium"),
    ("group", "Our choristers sang at Evensong in Ely Cathedral. Beautiful. #SchoolNurse", (), "low"),
    ("group", "One of our patients from Leeds made the whole clinic laugh at her appointment.", (), "low"),
    # a school year's girls are a small group; "our girls" and the people a crew took to hospital are a caseload
    ("group", "One of our Year 10 girls in Sheffield was diagnosed with epilepsy this term. #SchoolNurse", (), "high"),
    ("group", "One of our girls in Sheffield was diagnosed with epilepsy this term. #SchoolNurse", (), "low"),
    ("group", "One of the drivers we took to hospital this year in Ipswich sent us a card.", (), "low"),
    # routine services, named in the draft or in an earlier post, date a visit or a session, not an incident
    ("service", "Phlebotomy this morning for a gent in his 80s from Kendal, who brought us mince pies.", (), "medium"),
    ("service", "This morning a gent in his 80s from Kendal brought us mince pies.", (), "high"),
    ("service", "Bloods round in Kendal this morning: a gent in his 80s gave me a pot of jam.", (), "medium"),
    # the poster the youngest or oldest somewhere "at 61" in an earlier post: with a birthday, their date of birth
    ("self-age", "It's my birthday today, cake in the staff room!", ("Still the oldest on the ward at 61 and loving it",),
     "high"),
    ("self-age", "It's my birthday today, cake in the staff room!", ("Our Jo is the oldest on the ward at 61",), "medium"),
    ("self-age", "Birthday today, and the team at Airedale made me a cake!", ("Still working nights at 58. Send coffee.",),
     "high"),  # still at work at an age: the poster's
    ("self-age", "Birthday today, and the team at Airedale made me a cake!", ("Still on nights at the Airedale.",), "medium"),
    ("self-age", "Birthday today, and the team at Airedale made me a cake!",
     ("Fifty-two this year and I've just booked my first skydive.",), "high"),
    ("self-age", "Birthday today, and the team at Airedale made me a cake!",
     ("41 and still the oldest HCA on the unit. Send biscuits.",), "high"),
    ("service", "Out in Kendal this morning: a gent in his 80s gave me a pot of jam.", (), "high"),
    ("service", "My 80-something gent showed me today his secret is a pint of mild.",
     ("Proud to be a district nurse in Kendal.",), "medium"),
    ("service", "My 80-something gent showed me today his secret is a pint of mild.",
     ("Proud to be a paramedic in Kendal.",), "high"),
    ("service", "A gent in his 80s from Kendal showed me today his secret is a pint of mild. #DistrictNurse", (), "medium"),
    ("service", "A gent in his 80s from Kendal showed me today his secret is a pint of mild. #NightShift", (), "high"),
    # an earlier post with no routine service named adds no incident of its own to the draft's time
    ("service", "Had a lady in clinic today who halved her HbA1c. All her own work.",
     ("Proud of our diabetes team in Belfast.",), "low"),
    # a condition or an age that names a service describes no one: "a stroke ward", "elderly care"
    ("service", "Twenty years an OT this week. I started on a stroke ward in Hereford.", (), "low"),
    ("service", "Twenty years an OT this week. I met a man after a stroke in Hereford.", (), "high"),
    ("service", "Our elderly care team in Hawes had a lovely Christmas lunch today.", (), "low"),
    ("service", "An elderly man in Hawes had a lovely Christmas lunch with us today.", (), "high"),
    # "a gentleman of 97" is an age; a prison named by its prefix is a venue, not its city
    ("age", "A gentleman of 97 walked to our Hawes surgery through the snow for his jab.", (), "high"),
    ("venue", "At HMP Wakefield a man in his 50s had a seizure in the yard. Officers were brilliant.", (), "medium"),
    ("venue", "In Wakefield a man in his 50s had a seizure in the yard. Officers were brilliant.", (), "low"),
    # an island's residents are its postcode districts' (Skye about 10,000), not a region's million
    ("place", "Home visit to a lady in her 80s on Skye: she has never left the island.", (), "medium"),
    ("place", "Home visit to a lady in her 80s in Scotland: she has never left the country.", (), "low"),
    # a new mum is a birth this year: the birth rate over a year
    ("rates", "Sat with a new mum in Lisburn last week who felt alone. Please talk to someone.", (), "medium"),
    ("rates", "Sat with a mum in Lisburn last week who felt alone. Please talk to someone.", (), "low"),
    # a one-letter postcode area alone after "in": "a home visit in E2"
    ("place", "Home visit in E2 to a woman in her 90s who will stay in her flat.", (), "medium"),
    ("place", "Home visit to a woman in her 90s who will stay in her flat.", (), "low"),
    # routine care named inside a hashtag ("#CervicalScreening") or as a smear: the day dates a screening, not an incident
    ("hashtag", "Saw a lovely woman of 64 in Ludlow today. So brave! #CervicalScreening", (), "medium"),
    ("hashtag", "Saw a lovely woman of 64 in Ludlow today. So brave! #TeamLudlow", (), "high"),
    ("hashtag", "Did her first smear today: a woman of 64 in Ludlow. So brave!", (), "medium"),
    # a school year before a child is her age: one school year ("a Year 9 girl" is 13 or 14)
    ("age", "Epipen training at the Matlock secondary this afternoon for the teachers of a Year 8 boy with a nut allergy.",
     (), "high"),
    ("age", "Epipen training at the Matlock secondary this afternoon for the teachers of a boy with a nut allergy.",
     (), "medium"),
    # a year's figures with a share of them ("one in ten casualties was a child") describe no one
    ("group", "Our lifeboat volunteers launched 80 times from Tenby this year and one in ten casualties was a child.", (),
     "low"),
    ("group", "Our crew flew a child from Tenby to Cardiff this morning after a fall.", (), "high"),
    # a rescue service's call-outs have their own rate: the coastguard's is about 1 in 350 of the ambulance rate
    ("service", "The coastguard winched a man in his 30s off the rocks in Cornwall this summer. #Coastguard", (), "high"),
    ("service", "Our crew treated a man in his 30s on the rocks in Cornwall this summer. #999", (), "low"),
    # dental, optical and hearing care are routine: the day dates an appointment, not an incident
    ("service", "New hearing aids for a gent in his 80s from Whitby today, and he can hear the kettle again", (), "medium"),
    ("service", "A gent in his 80s from Whitby showed me today he can hear the kettle again", (), "high"),
    ("service", "Did a filling this morning for a woman in her 40s in Buxton. #dentist", (), "low"),
    # a nurse's care of someone already in her care, or a foot or annual check, is no incident: the day counts for nothing
    ("service", "Looked after a gent in his 80s from Whitby today, the gentlest man on the ward.", (), "medium"),
    ("service", "Cared for a gent in his 80s from Whitby all week; he taught me three card tricks.", (), "medium"),
    ("service", "Annual foot check this morning for a gent in his 80s from Whitby: no new sores.", (), "medium"),
    # an uncommon condition (1 in 100 to 1 in 2,000: a stammer, a stoma) narrows the pool; a common one does not
    ("uncommon", "A woman in her 40s from Swindon who has a stammer chaired her first work meeting this week, no blocks.", (),
     "high"),
    ("uncommon", "A woman in her 40s from Swindon who has eczema chaired her first work meeting this week, no blocks.", (),
     "medium"),
    # a sexually transmitted infection has its rarity: syphilis is rare (9,500 diagnoses a year in England), chlamydia not
    ("sti", "Diagnosed syphilis in a man in his 70s from Ludlow at our clinic this week.", (), "high"),
    ("sti", "Diagnosed chlamydia in a man in his 70s from Ludlow at our clinic this week.", (), "medium"),
    # a likeness is no job: "looks like a real scientist"; a scientist is one
    ("likeness", "Eye test for a girl of 7 from Ripon: in her new glasses she says she looks like a real scientist", (),
     "medium"),
    ("likeness", "Eye test for a woman of 37 from Ripon, a scientist, who loves her new glasses", (), "high"),
    # a birth on a labour ward: the town's births over the window, not the ward's beds; "baby … arrived" is a birth
    ("labour ward", "Baby number 500 of the year arrived on our labour ward at Liverpool Women's today! Cake for the "
                    "midwives.", (), "medium"),
    ("labour ward", "Baby number 500 of the year arrived at 04:12 on our labour ward at Liverpool Women's today! Cake for "
                    "the midwives.", (), "high"),
    # a new HIV diagnosis is an incident with its published rate; living with HIV is common
    ("hiv", "This month our clinic in Worthing made a new HIV diagnosis in a woman in her 60s who had never been tested.",
     (), "high"),
    ("hiv", "This month our clinic in Worthing saw a woman in her 60s with HIV for her yearly review.", (), "low"),
    # at a birth, a child's age is a sibling's: no share of the baby's
    ("sibling", "One for the home birth team in Doncaster this year: a mum had her baby at home on the sofa, her toddler "
                "fast asleep upstairs.", (), "medium"),
    ("sibling", "One for the home birth team in Doncaster this year: a mum in her 40s had her baby at home on the sofa, her "
                "toddler fast asleep upstairs.", (), "high"),  # the mother's age narrows
    # someone living with a long-term condition: its prevalence narrows the pool, no emergency is assumed
    ("living with", "Proud to be part of the care of a man in his 60s living with MND in Scotland this year.", (), "medium"),
    ("living with", "A man in his 60s with MND was rushed in from Scotland this year.", (), "high"),
    # what a child hopes to be is no job; what someone used to be is one
    ("aspiration", "Eye test for a boy of 6 from Ripon today: he is going to be a vet when he grows up", (), "medium"),
    ("aspiration", "Eye test for a man of 86 from Ripon today: he used to be a vet, and still reads the journals", (),
     "high"),
    # "90 years young" is an age
    ("age", "Sad to say goodbye to a client of ours in Hawes, 90 years young and still gardening.", (), "high"),
    # someone a community team supports over months: the day of their news dates no incident
    ("caseload", "A young man we support in Omagh took his first bus journey on his own today. Massive!", (), "low"),
    ("caseload", "A young man in Omagh took his first bus journey on his own today. Massive!", (), "high"),
    # a team's or a service's age is its anniversary, no one's age
    ("body-age", "Our learning disability team in Omagh is 25 years old this month. Cake!", (), "low"),
    ("body-age", "A woman in Omagh is 25 years old this month. Cake!", (), "high"),
    # a birth before a midwife or crew arrived is about 1 in 200 births; the baby's age 0 is the birth itself
    ("before-arrival", "A baby boy was born in the back of a taxi on the way in this week. Mum and baby doing well!", (),
     "medium"),
    ("before-arrival", "Baby girl born this week, in a hurry. Mum and baby doing well!", (), "low"),
    # a person's own farm is their work: a farmer's share of a small town
    ("farm", "A gentleman in his 80s from Bala went home today, back to his farm and his dogs.", (), "high"),
    ("farm", "A gentleman in his 80s from Bala went home today, back to his flat and his dogs.", (), "medium"),
    # the poster's age in words on its day is their date of birth
    ("self-words", "Sixty today 🎂 Thank you to the porters who sang to me in the corridor this morning", (), "high"),
    ("self-words", "Sixty and loving it. Thank you to the porters who sang to me in the corridor this morning", (), "low"),
    # a birthday wished to oneself is posted on the day: with the age, the poster's date of birth
    ("self-wish", "Happy 40th to me! Night shift in Resus, but there is cake", (), "high"),
    ("self-wish", "Happy 40th to our Resus! Night shift, but there is cake", (), "low"),
    ("self-big", "The big 5-0 today and I'm stuck on a long day", (), "high"),
    ("self-big", "The big shop today and I'm stuck on a long day", (), "low"),
    ("self-older", "Another year older today, thanks team for the cake", (), "medium"),
    ("self-older", "Another year at the Trust today, thanks team for the cake", (), "low"),
    # someone else's birthday: one a year each, so its day is 1 in 365 of the pool (no emergency assumed)
    ("birthday", "Happy 100th birthday today to one of our residents! The King's card arrived", (), "medium"),
    ("birthday", "Happy 100th birthday to one of our residents! The King's card arrived", (), "low"),  # no day said
    # "one of our residents" picks one out of the residents: an age after it is one person's
    ("one-of-group", "One of our residents turned 100 today! Card from the King", (), "medium"),
    ("one-of-group", "Our residents turned out in force today! Cards for the King", (), "low"),
    # the poster's age opening a diary line: "45 and I've just started ..."
    ("self-and", "52 and I've just started my nursing degree in Wrexham. Flashcards everywhere.", (), "medium"),
    ("self-and", "52 new starters on my nursing degree in Wrexham. Flashcards everywhere.", (), "low"),
    # a birthday in a post that singles no one else out is the poster's; "April birthday" leaves the month
    ("own-birthday", "Walked in to a birthday cake at handover today and a card from the whole of ED", (), "medium"),
    ("own-birthday", "April birthday means cake at handover every year and a card from the whole of ED", (), "low"),
    # a rare condition with its published share (albinism about 1 in 17,000; schizophrenia about 220,000 treated)
    ("published-share", "One of our girls at Crail Primary, who has albinism, helped me teach sun safety", (), "high"),
    ("published-share", "One of our girls at Crail Primary, who has freckles, helped me teach sun safety", (), "medium"),
    # the bride: the one person a wedding is for
    ("bride", "Our crew looked after the bride after she slipped at her reception at Caernarfon Castle", (), "high"),
    ("bride", "Our crew looked after a guest after she slipped at a reception at Caernarfon Castle", (), "low"),
    # a midwife's delivery is a birth: its rate over the day ("Delivered my 300th baby yesterday in Leeds")
    ("delivered", "Delivered my 300th baby yesterday at the maternity unit in Leeds. Welcome, wee one!", (), "medium"),
    ("delivered", "Delivered my 300th talk yesterday at the maternity unit in Leeds. Welcome, wee one!", (), "low"),
    # a crisis response is an emergency: its time is the incident's
    ("crisis", "Our street triage team in Carlisle last night: two hours with a young man on a bridge. This is mental "
     "health nursing", (), "high"),
    ("crisis", "Our memory clinic team in Carlisle last night: two hours with a young man on a bridge. This is mental "
     "health nursing", (), "low"),
    # the poster's age in words: "turning forty" with the birthday from an earlier post
    ("self-words", "Turning forty this year and still on nights in the lodge", ("Birthday on Burns Night again 🎂",),
     "high"),
    ("self-words", "Turning out again this year and still on nights in the lodge", ("Birthday on Burns Night again 🎂",),
     "medium"),
    # someone who said something on a ward this week: one of its patients that week
    ("someone", "Someone on Ward 12 this week told me I have kind eyes 😂", (), "medium"),
    ("someone", "Everyone on Ward 12 this week tells me I have kind eyes 😂", (), "low"),
    ("someone", "Someone asked me today what the hardest part of this job is. The drive home.",
     ("Nights on the rapid response car in Cardiff this week",), "low"),  # a conversation, somewhere
    ("someone", "Someone in Cardiff asked me today what the hardest part of this job is. The drive home.",
     ("Nights on the rapid response car in Cardiff this week",), "low"),  # ... in a city: no incident, its people
    ("someone", "Boat to Fetlar today for a home visit: sunshine and otters", (), "medium"),  # an islander's home
    ("someone", "Boat to Fetlar today for a day off: sunshine and otters", (), "low"),
    # what recurs ("every month we see ...") describes no one
    ("recurs", "Every month our teams across Wales see toddlers who've swallowed magnets. Keep them away!", (), "low"),
    ("recurs", "This month our team in Wales saw a toddler who'd swallowed magnets. Keep them away!", (), "high"),
    # a role one person holds in a town: "our town's retired GP"; the GP surgery is no person
    ("role", "Lovely to see our town's retired GP walking his dog again after his hip op", (), "high"),
    ("role", "Lovely to see our town's GP surgery open again after the flood", (), "low"),
    # a relative who gave the poster something is the poster's life, no patient
    ("giver", "Still wearing the fob watch my grandad gave me on every shift at Treliske.", (), "low"),
    ("giver", "Still wearing the fob watch on every shift at Treliske since my grandad was on ICU there last week.", (),
     "high"),
    # idiopathic pulmonary fibrosis: about 32,500 people in the UK (British Lung Foundation)
    ("pulmonary-fibrosis", "My gentleman in his 70s with pulmonary fibrosis in Enniskillen is such a character.", (), "high"),
    ("pulmonary-fibrosis", "My gentleman in his 70s with a bad chest in Enniskillen is such a character.", (), "medium"),
    # the poster's younger self in a career post is no patient
    ("younger-self", "30 years a porter at Raigmore this week 🎉 Started as a skinny lad with hair.", (), "low"),
    ("younger-self", "30 years a porter at Raigmore this week 🎉 Carried a skinny lad in his 20s with a broken leg today.", (),
     "high"),
    # a shout-out is thanks, no ambulance job; a guide dog's owner is about 1 in 13,000
    ("guide-dog", "Shout-out to the guide dog who naps under the chairs in our Leeds eye clinic every Tuesday", (),
     "medium"),
    ("guide-dog", "Shout-out to the therapy dog who naps under the chairs in our Leeds eye clinic every Tuesday", (),
     "low"),
    # the poster's own job is no patient's ("since I started as a hospital chaplain")
    ("own-job", "Ten years today since I started as a hospital chaplain in Cardiff.", (), "low"),
    ("own-job", "Ten years today since a chaplain in Cardiff started visiting us.", (), "medium"),
    # where the poster's career began: "From a porter on Ward 4 to ..." is the poster's path, no patient's job
    ("own-job", "Fifteen years qualified this week. From a hairdresser on Ward 4 to running the theatre team!", (),
     "low"),
    ("own-job", "Fifteen years qualified this week. A hairdresser on Ward 4 went home to her salon today!", (), "high"),
    # an overdose (poisoning admissions, HES) is a specific incident: counted over a year when no time is given
    ("overdose", "Spent a long time with a dad in his 30s in Glasgow after an overdose. Ask people how they are doing.",
     (), "medium"),
    ("overdose", "Spent a long time with a dad in his 30s in Glasgow after a chat. Ask people how they are doing.",
     (), "low"),
    # a bride at her wedding is one person; a first seizure and a home birth have published rates
    ("bride", "Looked after a bride in Manchester who slipped at her wedding. Get well soon!", (), "high"),
    ("bride", "Looked after a guest in Manchester who slipped at a wedding. Get well soon!", (), "low"),
    ("first-seizure", "A Year 9 girl at one of my schools in Coleraine had her first ever seizure in assembly this "
     "morning. Her friends were brilliant.", (), "high"),
    ("first-seizure", "A Year 9 girl at one of my schools in Coleraine did her first ever reading in assembly this "
     "morning. Her friends were brilliant.", (), "medium"),
    ("home-birth", "Nothing like a home birth in the Highlands: wood burner going, collie asleep. Privileged.", (), "medium"),
    ("home-birth", "Nothing like a home visit in the Highlands: wood burner going, collie asleep. Privileged.", (), "low"),
    # quadruplets written "quads": a set or two a year
    ("quads", "Nothing prepares you for your first quads visit. Four car seats and a St Helier flat with no lift!",
     (), "high"),
    ("quads", "Nothing prepares you for leg day: my quads are done in. St Helier gym, no lift!", (), "low"),
    # who helped at a crash is no casualty of it
    ("helped-at", "Shout-out to a nurse from Newcastle who stopped to help at a crash on her way home 💙", (), "low"),
    ("helped-at", "Get well soon to a nurse from Newcastle who was hurt in a crash on her way home 💙", (), "medium"),
    # a likeness is no event: "felt like she was drowning" befell no one
    ("figurative", "A year ago a woman in Swansea told us she felt like she was drowning. Today she volunteers with us.",
     (), "medium"),
    ("figurative", "A year ago a woman in Swansea was drowning off the pier. Today she volunteers with us.", (), "high"),
    # whom to marry is no one's job: "never marrying a farmer" says nothing of the lady's work
    ("marry", "A lady of 84 in Omagh says the secret to a long life is never marrying a farmer 😂", (), "medium"),
    ("marry", "A lady of 84 in Omagh, a retired farmer, says the secret to a long life is whiskey 😂", (), "high"),
    # the home and one of its residents apart in the post: the home's residents are the pool
    ("the-home", "Activity session at the home today and one of our ladies showed us how she used to jive in Norwich "
     "in the 50s!", (), "medium"),
    ("the-home", "Activity session at the library today and one of our ladies showed us how she used to jive in "
     "Norwich in the 50s!", (), "low"),
    # a job's word as a verb is no one's job: "we won't judge"
    ("as-verb", "Dental phobia is real. A patient in her 40s in Luton came in shaking. If that's you, we won't judge.",
     (), "low"),
    ("as-verb", "Dental phobia is real. A judge in her 40s in Luton came in shaking. If that's you, we're here.", (),
     "medium"),
    # a call at reception is a visit, no incident: the day dates no emergency
    ("reception", "To the gentleman in his 70s from Bushmills who dropped shortbread into reception on Friday: thank you!",
     (), "medium"),
    ("reception", "To the gentleman in his 70s from Bushmills who we took to hospital on Friday: thank you!", (), "high"),
    # a station named by its town: the crew's patch is the town's residents, not a venue's crowd
    ("station", "This month I've been to a young lad who came off his mountain bike, his helmet in three pieces.",
     ("Proud to work out of the Fort William station. Ben Nevis on the doorstep!",), "medium"),
    ("station", "This month I've been to a young lad who came off his mountain bike, his helmet in three pieces.",
     ("Proud to work out of the Fort William gym. Ben Nevis on the doorstep!",), "high"),
    # a street vendor's pitch is held by one badged vendor
    ("role-holder-pitch", "Everyone at Exeter bus station knows the Big Issue seller outside the station with the collie. "
     "He came into our ED last night with a chest infection.", (), "high"),
    ("role-holder-pitch", "Exeter bus station: bought a Big Issue seller a coffee tonight. He came into our ED last night "
     "with a chest infection.", (), "medium"),
    # a superlative someone is quoted saying is their view, not a fact that picks them out
    ("quoted-superlative", "Torbay MND nurses: one of my patients said I'm 'the only nurse who explains things'. Made my "
     "day.", (), "low"),
    ("quoted-superlative", "Torbay MND nurses: one of my patients is the only woman on the Brixham lifeboat crew. Made my "
     "day.", (), "high"),
    # a mother who delivered with the unit: a birth in the year, not an emergency this week; a saint's hospital in its
    # town ("St Luke's, Bradford") is the town's
    ("delivered-with-us", "A mum in her 20s who delivered with us last year popped back this week with her little boy. "
     "St Luke's, Bradford.", (), "medium"),
    ("delivered-with-us", "A mum in her 20s who we took to hospital last year popped back this week with her little boy. "
     "Bradford.", (), "low"),
    # coming back in to bring the team something is a later visit: its day dates no incident
    ("came-back-to-bring", "Leeds A&E: the lady in her 80s who came back in on Diwali to bring the night team a box of "
     "sweets. Best treat ever.", (), "low"),
    ("came-back-to-bring", "Leeds A&E: the lady in her 80s who came in on Diwali with a fall. She brought the night team "
     "a box of sweets.", (), "medium"),
    # a street's words in quotes are a song's or a title's, not where anyone lives
    ("quoted-street", "A gentleman in his 80s from Leeds serenaded us with Sinatra all the way. My crewmate now has "
     "'My Way' stuck in his head.", (), "low"),
    ("quoted-street", "A gentleman in his 80s from Leeds serenaded us with Sinatra all the way. My crewmate now has "
     "My Way stuck in his head.", (), "high"),
    # the poster's own job on a unit is their workplace, no patient's ward (and a first job is news, no incident)
    ("workplace", "Went back to uni in my 40s with three kids under ten, and today I got my first band 5 job on the "
     "renal unit in Hull.", (), "low"),
    ("workplace", "Went back to uni in my 40s with three kids under ten, and today one of them was admitted to the "
     "renal unit in Hull.", (), "high"),
    # a unit's mums are its patients, new mothers: a birth, not the poster's own mother
    ("our-mums", "Lovely week at the Wrexham birth centre. One of our mums said her birth was calmer than her wedding!",
     (), "medium"),
    ("our-mums", "Lovely week at the Wrexham birth centre. One of our staff said her shift was calmer than her wedding!",
     (), "low"),
    # "born this month" is a birth
    ("born-this", "Welcome to the newest wee one in Orkney, born this month. First home visit done.", (), "medium"),
    ("born-this", "Welcome to the newest wee one in Orkney. First home visit done.", (), "low"),
    # meeting the crew a year on is a follow-up: its day dates no incident
    ("meet-crew", "A man in his 40s from Manchester who had a cardiac arrest at his gym last year came back today to meet "
     "the crew.", (), "medium"),
    ("meet-crew", "A man in his 40s from Manchester had a cardiac arrest at his gym today.", (), "high"),
    # a gift sent to the whole unit, and a visit back to the team's base, date the later contact, not an incident
    ("sent-gift", "A mum from Whitby whose twins we delivered this year sent the whole unit a hamper today.", (), "medium"),
    ("sent-gift", "A mum from Whitby whose twins we delivered this year was back in today with sepsis.", (), "high"),
    ("team-base", "A young man from Derry we have supported through years of psychosis came back to the team base today "
                  "to tell us he has started university.", (), "low"),
    ("team-base", "A young man from Derry we have supported through years of psychosis was brought to the team base "
                  "today by police.", (), "high"),
    ("brought-in-to-see", "A man in his 30s from Settle whose baby I delivered years ago brought his own son in to see "
                          "me today.", (), "medium"),
    ("brought-in-to-see", "A man in his 30s from Settle whose baby I delivered years ago was brought in by ambulance "
                          "today.", (), "high"),
    # what a patient asked or told the poster is a conversation, no incident: its day is no window
    ("conversation", "A gent in his 80s from Leeds asked me today whether I was old enough to be a nurse. I am keeping "
                     "him.", (), "low"),
    ("conversation", "A gent in his 80s from Leeds was brought in today. I am keeping him.", (), "high"),
    # the poster's best friend is one or two people, a friend one of many
    ("best-friend", "On the ward today the lady in bay 2 turned out to be my best friend from school.", (), "high"),
    ("best-friend", "On the ward today the lady in bay 2 turned out to be an old friend from school.", (), "medium"),
    # a relative named inside someone's quoted words is theirs, not the poster's
    ("quoted", "Took a lady in her 80s to the ward who told me I had 'kind hands, like my husband's'.", (), "low"),
    ("quoted", "Took a lady in her 80s to the ward who reminded me of my husband.", (), "high"),
    # a home's champion at a game is one person
    # a hospital's first ever treatment of a kind has one patient; the poster's own first is no patient's
    ("first-ever", "Milestone: our haematology team at Singleton gave its first ever CAR-T cell therapy this month, to a dad "
                   "from Swansea.", (), "high"),
    ("first-ever", "Milestone: my first ever CAR-T cell therapy shift this month, looking after a dad from Swansea.", (), "low"),
    # the poster's birth year ("a 1988 baby") is a self-disclosure of 365 dates of birth, no infant patient
    ("birth-year", "As a 1988 baby, I have now been a midwife for half my life.", (), "medium"),
    ("birth-year", "As a new baby, she has been feeding well at home.", (), "low"),
    # "fight me" is a verb, no incident: the history's town and a routine weigh leave a pool; a fight that happened is one
    ("fight-verb", "Weighed a little girl at clinic today; she's thriving.",
     ("Community nursing in Hexham: best patch in Northumberland, fight me.",), "low"),
    ("fight-verb", "Weighed a little girl at clinic today; she's thriving.",
     ("A fight broke out outside the pub in Hexham last night.",), "high"),
    # an earlier post's time is its own story's: the draft's hour is the incident's window; with none, the post's own
    ("history-time", "4am call: a lady in her 80s who had tripped over the cat in the hall. Bruised but staying home.",
     ("Three years on the Isle of Wight this month and the ferry still gives me a thrill.",), "high"),
    ("history-time", "A lady in her 80s tripped over the cat in the hall. Bruised but staying home.",
     ("Three years on the Isle of Wight this month and the ferry still gives me a thrill.",), "medium"),
    # the age a career began and "half my life" since: the poster's age, and with a birthday today their date of birth
    ("career-half", "Birthday shift today and the team hid balloons in the sluice.",
     ("Qualified as a nurse at 23 and this spring I passed half my life on the wards.",), "high"),
    ("career-half", "Birthday shift today and the team hid balloons in the sluice.",
     ("I passed half my life on the wards this spring.",), "medium"),
    # born in the week history dates: seven dates of birth (the Ashes date no one week)
    ("born-week", "Born the week of the moon landing and still doing nights on the stroke unit.", (), "high"),
    ("born-week", "Born the week the Ashes came home and still doing nights on the stroke unit.", (), "low"),
    ("champion", "We said goodbye to our dominoes champion this week. Sleep tight.", (), "high"),
    ("champion", "Dominoes afternoon at the home this week: everyone got a medal.", (), "low"),
    # the stated size of the poster's unit (beds, dialysis chairs, a roll of pupils) is the pool, often told earlier
    ("unit-size", "One of our gents, 88, walked to the day room with his frame today.",
     ("Our 10-bed rehab unit in Preston: the best physios going",), "high"),
    ("unit-size", "One of our gents, 88, walked to the day room with his frame today.",
     ("Proud to be a physio in Preston: the best team going",), "medium"),
    ("unit-size", "A lady in her 80s on our unit celebrated 10 years with us today.",
     ("Our satellite unit in Ludlow in numbers: 10 chairs, two sessions a day",), "high"),
    ("unit-size", "A lady in her 80s on our unit celebrated 10 years with us today.",
     ("Proud to be a renal nurse in Ludlow, Monday to Saturday, two sessions a day",), "medium"),
    ("unit-size", "A Year 7 boy fainted at the jab clinic this morning.",
     ("Our little school in Llanidloes: 90 pupils and one very old caretaker",), "high"),
    # an occupation naming a service is no one's work; a tally in the plural describes no one
    ("service-for", "Twenty years at the student health centre today and the kettle still leaks.", (), "low"),
    ("service-for", "Twenty years today since a student from Keele came to us with meningitis.", (), "high"),
    ("tally", "Sports day on the Lleyn today: lots of grazes, a couple of nosebleeds, one proud nurse.", (), "low"),
    ("tally", "Sports day on the Lleyn today: a boy of 9 with a nosebleed, one proud nurse.", (), "medium"),
    # what befell someone "since her stroke" had its own day: the post's day is the milestone's
    ("since-their", "Physio session today: a lady in her 70s from Hull walked to the door for the first time since "
     "her stroke.", (), "medium"),
    ("since-their", "Physio session today: a lady in her 70s from Hull walked to the door, then had a stroke.", (), "high"),
    # a dialysis unit's patient is on dialysis (about 27,000 people in the UK)
    ("dialysis", "One of our gents from Norwich brought the whole dialysis unit a tin of biscuits this morning.", (),
     "medium"),
    ("dialysis", "One of our gents from Norwich brought the whole day unit a tin of biscuits this morning.", (), "low"),
    # journeys and visits counted are a tally
    ("tally", "Our transport crews did 900 journeys across Devon last week: dialysis, chemo, outpatients.", (), "low"),
    ("tally", "Our transport crews took a man across Devon last week for dialysis.", (), "high"),
    # "one of our gents at <a named home>": the home's residents are the pool; at a town, the town's people
    ("unit-size", "One of our gents at Rowan Lodge has taken up watercolours, look at this heron!", (), "medium"),
    ("unit-size", "One of our gents in Leeds has taken up watercolours, look at this heron!", (), "low"),
    # "the Horton in Banbury" is a building named after a village, inside the town: the town counts
    ("the-x-in", "A gent in his 70s brought us a cake today. #phlebotomy",
     ("Mondays = blood clinic at the Horton in Banbury",), "low"),
    ("the-x-in", "A gent in his 70s brought us a cake today. #phlebotomy",
     ("Mondays = blood clinic at Horton near Banbury",), "medium"),
    # "the stroke unit at Furness General": one ward's patients (not a birth unit's: the birth rate counts those)
    ("unit-size", "A woman of 34 walked out of here today after her stroke.",
     ("Ten years on the stroke unit at Furness General this month.",), "high"),
    ("unit-size", "A woman of 34 walked out of here today after her stroke.",
     ("Ten years as a stroke nurse in Barrow this month.",), "medium"),
    ("unit-size", "Our midwife-led unit at the Royal Gwent this month: a first-time mum in her 40s. Now she has a son.",
     (), "medium"),
    # the year the poster left school, or years that are "half my life", with their birthday: their date of birth
    ("school-year", "Cake for my birthday today, thank you all!",
     ("Class of '98 school reunion tonight, some of you haven't changed a bit",), "high"),
    ("school-year", "Cake for my birthday today, thank you all!",
     ("Class of '98 nursing cohort reunion tonight, some of you haven't changed a bit",), "medium"),
    ("half-my-life", "Cake for my birthday today!", ("20 years a midwife this week. That's half my life!",), "high"),
    ("half-my-life", "Cake for my birthday today!", ("20 years a midwife this week. Where did it go!",), "medium"),
    # a count with a tally word after it is the people seen, not the unit's size
    ("unit-size", "A Year 7 boy fainted at the jab clinic this morning.",
     ("Our little school in Llanidloes saw 90 pupils jabbed today",), "medium"),
    # who was born, with no verb before it, is a birth ("Twins born at …"); "born at under 28 weeks" is one and its kind
    ("born-who", "Twins born at Raigmore were the first set our new student midwife has helped with. Welcome to Inverness, "
     "wee ones!", (), "medium"),
    ("born-who", "Twins at Raigmore were the first set our new student midwife has helped with. Welcome to Inverness, "
     "wee ones!", (), "low"),
    ("born-under", "One of our smallest, born at under 28 weeks in Swansea, went home this week after three months with us.",
     (), "medium"),
    ("born-under", "One of our smallest, born in Swansea, went home this week after three months with us.", (), "low"),
    # a jockey at a race meeting is one of its riders (about 40); the named race or fence narrows them
    ("race-rider", "Proud of the amateur rider who came down at the last at Cartmel races, back riding within a month.", (),
     "high"),
    ("race-rider", "Proud of the racegoer who tripped on the steps at Cartmel races, back walking within a month.", (),
     "low"),
    # the poster being someone's first ("I was the first person she had seen") picks out no one; the patient's own
    # first does
    ("poster-first", "A lady in her 80s in Leeds told me today I was the first person she had seen all week. Community "
     "nursing is more than dressings.", (), "low"),
    ("poster-first", "A lady in her 80s in Leeds told me today she was the first person in her street to get a telly. "
     "Community nursing is more than dressings.", (), "high"),
    # "I was born …" is the poster's own birth, long ago: no birth in the post's window
    ("poster-born", "I was born the week England won the Ashes, so cricket is in the blood. Nights in ED in Derby tonight.",
     (), "low"),
    ("poster-born", "Our son was born the week England won the Ashes, so cricket is in the blood. Nights in ED in Derby "
     "tonight.", (), "high"),
    # the poster's own neighbours are a pool the incident and its day narrow: of about ten, the one who collapsed
    ("own-pool", "Off duty on Sunday when one of my neighbours collapsed in the street. First responders there in six "
     "minutes. Learn CPR.", (), "high"),
    ("own-pool", "One of my neighbours came to our flu jab clinic on Sunday. Lovely to see her.", (), "medium"),
    # someone an incident befell is one person, with no age or sex given; advice about anyone is not
    ("someone-befell", "Saturday night in Swansea city centre. Someone fell down the steps outside a club and split their "
     "head; two strangers kept pressure on it until we arrived.", (), "medium"),
    ("someone-befell", "Saturday night in Swansea city centre. If someone falls down the steps outside a club, keep "
     "pressure on the wound until we arrive.", (), "low"),
    # a casualty cut out of a car is a road casualty
    ("cut-out", "Still think of the woman we cut out of a car on the A55 near Bangor last year. She sent a card today.",
     (), "medium"),
    ("cut-out", "Still think of the woman we sat with on the A55 near Bangor last year. She sent a card today.", (), "low"),
    # a small group told whole, then one of them picked out: the group is the pool
    ("all-of", "Flu clinic on Sanday done: all five of our over-90s jabbed today, and one of them cycled there.", (),
     "high"),
    ("all-of", "Flu clinic on Sanday done: all five of our over-90s jabbed today. Brilliant turnout.", (), "low"),
    # a match told by its minutes: the goalkeeper is one of two, however unnamed the ground
    ("match-role", "First aid at the club ground on Saturday: the away goalkeeper went down in the 80th minute with a "
     "knee and was stretchered off.", (), "high"),
    ("match-role", "First aid at the club ground on Saturday: a fan went down near the tea hut with a knee and was "
     "stretchered off.", (), "low"),
    # what a child hopes to be is no emergency's crew
    ("hoped-job", "Visited a nursery in Leeds this morning and a five-year-old girl told me she is going to be a "
     "paramedic.", (), "low"),
    ("hoped-job", "Visited a nursery in Leeds this morning and a five-year-old girl told me the paramedic crew had been "
     "to her house.", (), "high"),
    # helped off a named Ben: a hill rescue
    ("hill-rescue", "A man we helped off Ben Lomond with a broken wrist this summer sent the team a card.", (), "medium"),
    # a hill rescue told in words is a mountain rescue call-out, not any ambulance incident
    ("hill-rescue", "Stretcher lower off Crib Goch yesterday for a man in his 60s with a broken wrist.", (), "high"),
    ("hill-rescue", "Took a man in his 60s with a broken wrist off Crib Goch yesterday.", (), "low"),
    # "stretchered him down" a hill, at an event's medical cover (which is no routine medical)
    ("hill-rescue", "Medical cover at the Three Peaks fell race on Sunday: a man in his 60s twisted a knee on the descent "
     "and we stretchered him down to the road.", (), "high"),
    ("hill-rescue", "Medical cover at the Three Peaks fell race on Sunday: a man in his 60s twisted a knee on the descent "
     "and we strapped it at the road.", (), "low"),
]


@pytest.fixture(scope="module")
def post(scrubber):
    return scrubber.scrub_post


@pytest.mark.parametrize("rule, text, history, level", ROWS)
def test_row(post, rule, text, history, level):
    assert post(text, history=list(history)).risk_before.level == level


def test_every_rule_has_a_row_that_moves_the_level_and_one_that_does_not():
    by_rule = {}
    for rule, _, _, level in ROWS:
        by_rule.setdefault(rule, set()).add(level)
    assert all(len(levels) > 1 for rule, levels in by_rule.items() if rule not in ("group", "occasion", "venue", "rare",
                                                                                 "age")), by_rule


def test_a_plural_is_a_group_unless_one_of_them_is_picked_out():
    text = "one of my ladies and the ladies"
    assert not many_people(text, Mention(11, 17, "SEX", (("sex", "female"),)))
    assert many_people(text, Mention(26, 32, "SEX", (("sex", "female"),)))
    assert not many_people("in her 80s", Mention(0, 10, "AGE", (("form", "decade"),)))


def test_a_birthday_month_leaves_thirty_days():
    assert birthday_days("Birthday month! 🎉") == 30 and birthday_days("Birthday today! 🎉") == 1


def test_the_poster_age_is_not_a_patient_age_share():
    text = "I'm 45 and still loving nights."
    assert poster_age(text) is not None
    details = details_of(text, [Mention(0, 6, "AGE", (("form", "exact"), ("age_low", "45"), ("age_high", "45")))],
                         "draft", FIG)
    assert [(d.kind, d.role, d.value) for d in details if d.kind != "INCIDENT"] == [("SELF_AGE", "count", 730)]


def test_a_role_holder_named_through_a_redacted_name_counts_only_before(post):
    r = post("Get well soon to Margaret Okafor's landlord, on the mend after a fall.")
    assert r.risk_before.level == "high"  # the name is readable: high by definition
    assert not any(f.kind == "UNIQUE" for f in r.risk_after.factors)  # "[NAME]'s landlord" names no one


def test_a_unit_size_is_a_pool_and_a_tally_is_not():
    from phiscrub.risk.units import unit_sizes
    sizes = {d.value for d in unit_sizes("Our 12-bed unit. Our practice: 1,100 patients, two GPs. 8 chairs.", "draft")}
    assert sizes == {-12, 1100, 32}  # a ward of 12 beds (the window sets its patients), a list, 8 chairs x 4
    assert unit_sizes("Busy one: 412 patients through the tent, mostly wasp stings.", "draft") == []
    assert unit_sizes("Our clinic: 400 patients yesterday.", "draft") == []
    # a size in words: "our little island school: twelve pupils", "with eight residents"
    assert {d.value for d in unit_sizes("Our little island school: twelve pupils, one teacher.", "draft")} == {12}
    assert {d.value for d in unit_sizes("A home with eight residents and a cat.", "draft")} == {8}
    # wards named by their number: that many wards' beds
    assert {d.value for d in unit_sizes("My patch is our two elderly-care wards this winter.", "draft")} == {-56}
