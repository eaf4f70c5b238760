#!/usr/bin/env python3
"""Counts of title and entry faults an editor would strike, over built timelines (figures only, no thresholds).

Usage: python3 benchmarks/bench_titles.py [TIMELINE.yaml ...]   (with no file: the CASES only)

Build the timelines first, e.g. for the five development topics:
    for T in LibyaWar_reuters LibyaWar_cnn H1N1_bbc MJ_bbc bpoil_guardian; do
        .venv/bin/timeline build ../shared/data/timeline17/$T/InputDocs -o /tmp/ev-$T.yaml -q; done
    python3 benchmarks/bench_titles.py /tmp/ev-*.yaml

It also reads CASES, real sentences of the development topics with the title an editor would print for the
event of one date phrase, and prints how many titles come out as that (and the ones that do not): a measure of
title quality on real news that needs no build. Cases are not copied into the rule tables' examples.

Per file (and in total) it prints how many entries there are and how many have a title that (the checks of
timeline.merge.title_choice, the ones the merge weighs to choose an entry's title; the title is read against the
entry's first source)
- pronoun: opens with a pronoun ("He", "It", "Its", "They") instead of a name;
- role: opens with an unnamed role ("The company", "The singer");
- no_subject: opens with a verb form ("Overthrew Gaddafi", "Had collected", "Is still full"), not a name that reads
  as one ("Ahmed Bani", "United Nations");
- dangling: ends with a preposition, article, conjunction or auxiliary ("... east of", "... and the"), not a
  particle that completes its verb ("took over");
- stray: opens with punctuation or a bullet ("* NATO said", "- Libya's new rulers"), or holds a headline in
  capitals ("ALL THOSE WHO VOTED NO ...");
- question: comes from a question (a quote ending with "?");
- long: has more than 30 words (too long to read as a line);
- cut: stops mid-phrase: its last two words stand in the first quote followed by more words of the same
  phrase (not by punctuation, the end, or a word that opens a new clause such as "and", "which", "said");
- fragment: is a fragment none of the above names ("Local time": timeline.events.titles.is_incomplete);
- unnamed: opens with "The" and a common noun subject that holds no name ("The judge was criticised");
- no_verb: has no finite verb, one noun phrase ("A congressional hearing in Louisiana");
- agreement: a past form where "did" or a modal wants the base form ("did not immediately took");
- quote: holds a colon, a quotation or lead-in run in ("Hayward also said: To put it simply");
- future: tells its happening as a plan ("Tony Hayward will be grilled"; counted for every entry here, while the
  merge counts it only for an entry a member's article saw happen);
- wrapper: opens with a reporting wrapper ("Says Daniel J. Weiss ...", "BP says it capped the well", "According to");
(no_subject also counts a gerund opening its own clause, "Having resumed work there"; pronoun an object pronoun of
the main clause, "Propofol killed him"; stray a double space, an unbalanced bracket or a loose opener, "Even ...")
and `flagged`, how many entries have any of these faults (the titles the choice avoids where it can).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from timeline.merge.title_choice import FAULTS, title_faults  # noqa: E402


def faults(entry: dict) -> set[str]:
    """The faults of the entry's title, read against its first source's sentence (timeline.merge.title_choice)."""
    title = str(entry.get("title", ""))
    if not title.split():
        return {"empty"}
    first = (entry.get("sources") or [{}])[0]
    return set(title_faults(title, str(first.get("quote", "")), str(first.get("expression", ""))))


KINDS = FAULTS


# (published, sentence, date phrase, the title an editor would print): real sentences of Timeline17 development
# topics, each a failure kind of titles (cut, no subject, glued clause, dropped words, a caption run in, ...)
CASES: list[tuple[str, str, str, str]] = [
    ("2011-03-26", "Coalition planes flew 164 sorties Friday in Operation Odyssey Dawn and coalition leaders reported "
     "damage to Gadhafi's ground forces.", "Friday", "Coalition planes flew 164 sorties in Operation Odyssey Dawn"),
    ("2011-02-25", "In mid-January, autocratic Tunisian President Zine El Abidine Ben Ali fled the country and an "
     "interim government took over.", "mid-January",
     "Autocratic Tunisian President Zine El Abidine Ben Ali fled the country"),
    ("2011-07-20", "The United States on July 15 recognized the rebel movement based in Benghazi as Libya's rightful "
     "government.", "July 15",
     "The United States recognized the rebel movement based in Benghazi as Libya's rightful government"),
    ("2011-02-22", "About 250 protesters stormed into the Libyan Embassy in Kuala Lumpur, Malaysia, on Tuesday, "
     "chanting and calling for Gadhafi to step down, a counselor at the embassy said.", "Tuesday",
     "About 250 protesters stormed into the Libyan Embassy in Kuala Lumpur, Malaysia"),
    ("2011-02-24", "Obama spoke Thursday with the leaders of France, Italy and the United Kingdom on coordinating an "
     "international response to the crisis in the north African nation.", "Thursday",
     "Obama spoke with the leaders of France, Italy and the United Kingdom on coordinating an international "
     "response to the crisis in the north African nation"),
    ("2011-04-18", "He said 23 people were killed and 104 were injured in shelling Sunday in Misrata.", "Sunday",
     "23 people were killed and 104 were injured in shelling in Misrata"),
    ("2010-09-08", "BP admitted today its managers on the Deepwater Horizon missed key warning signs in the hours "
     "before the explosion aboard the oil rig, but an internal investigation put much of the blame on other "
     "companies involved in the well.", "today",
     "BP admitted its managers on the Deepwater Horizon missed key warning signs"),
    ("2010-06-23", "Interbrand stripped billions from BP's brand value, which last year was calculated at $3.7 bn, "
     "ranking the company 83rd, and instead promoted rival oil company Shell to 81st place, at $4bn.", "last year",
     "BP's brand value was calculated at $3.7 bn"),
    ("2010-08-04", "No new oil has entered the Gulf since July 15 when a BP crew fitted a new cap over the well.",
     "July 15", "A BP crew fitted a new cap over the well"),
    ("2010-09-08", "There is no evidence that the significant modifications to the blowout preventer (BOP), which "
     "were carried out in China in 2005, caused the equipment to fail.", "2005",
     "The significant modifications to the blowout preventer (BOP) were carried out in China"),
    ("2011-10-25", "Under rules drawn up by revolutionary forces who overthrew Gaddafi in September, the fall of Sirte "
     "will lead to an official declaration that Libya is liberated, which will set in motion a process toward "
     "democratic elections.", "September", "Revolutionary forces overthrew Gaddafi"),
    ("2011-03-10", "(ID: nLDE7291FA) European Union foreign ministers were meeting in Brussels on Thursday and EU "
     "leaders are due to meet there on Friday, in part to discuss Libya.", "Thursday",
     "European Union foreign ministers were meeting in Brussels"),
    ("2011-02-21", "Sudanese President Omar al-Bashir says he will not run for re-election four years from now, a "
     "senior member of the country's ruling National Congress Party announced Monday.", "Monday",
     "Sudanese President Omar al-Bashir says he will not run for re-election, a senior member of the country's "
     "ruling National Congress Party announced"),
    ("2010-01-05", "Dr Murray denies any wrongdoing On 8 February, 2010, Dr Murray appeared in court in Los Angeles "
     "and pleaded not guilty to the charge of involuntary manslaughter.", "8 February, 2010",
     "Dr Murray appeared in court in Los Angeles and pleaded not guilty to the charge of involuntary manslaughter"),
    ("2009-04-30", "Officials are inspecting all imported pigs across the country (about 420 pigs were imported in "
     "2008).", "2008", "About 420 pigs were imported"),
    ("2009-05-23", "That's how the Presbyterian Moderator, Dr Donald Patton (pictured), responded to last night's "
     "decision by Scotland's national church to approve the appointment of an openly gay minister.", "last night",
     "Dr Donald Patton responded to the decision by Scotland's national church to approve the appointment of an "
     "openly gay minister"),
    ("2009-05-01", "The swine flu (H1N1) virus first emerged in Mexico in April and has since spread to 74 countries.",
     "April", "The swine flu (H1N1) virus first emerged in Mexico"),
    ("2009-04-30", "The man from Barnet caught the virus during a recent visit to Mexico and was admitted to the Royal "
     "Free Hospital in Hampstead on Wednesday.", "Wednesday",
     "The man from Barnet caught the virus during a recent visit to Mexico and was admitted to the Royal Free "
     "Hospital in Hampstead"),
    ("2011-10-01", "The 8 October gig at the Millennium Stadium was announced by producers Global Live Events on "
     "Monday.", "The 8 October",
     "The gig at the Millennium Stadium was announced by producers Global Live Events"),
    ("2011-09-28", "Mr Martinez, who interviewed Dr Murray two days after Jackson's death on 25 June 2009, said the "
     "doctor told him the singer had stopped breathing shortly after 1100.", "25 June 2009", "Jackson died"),
    ("2009-06-15", "Jacqueline Fleming, 38, from Glasgow, died on Sunday at the Royal Alexandra Hospital in Paisley.",
     "Sunday", "Jacqueline Fleming, 38, from Glasgow, died at the Royal Alexandra Hospital in Paisley"),
    ("2011-03-26", "Al-Obeidy received worldwide attention on March 26, when she burst into the Rixos Hotel in "
     "Tripoli while journalists staying there were having breakfast.", "March 26",
     "Al-Obeidy burst into the Rixos Hotel in Tripoli"),
    ("2011-09-28", "He said he had sat with Jackson, checking his vital signs until he believed the effects of the "
     "sedative had worn off, before moving to an adjacent room at 11:20 am.", "11:20 am",
     "Dr Murray moved to an adjacent room"),
    ("2011-03-21", "Libyan state TV reported Friday that NATO had attacked targets in the city of Gharyan, south of "
     "the capital, Tripoli.", "Friday",
     "Libyan state TV reported that NATO had attacked targets in the city of Gharyan"),
    # the audits of 2026-12-05 (2944e4f, 2c52fc5): a title that kept a background or subordinate clause and lost
    # the date's own event, a cut mid-phrase, a garbled join, a stray context word
    ("2011-02-26", "Jalil was in Gadhafi's government through February 21, when he quit to protest the \u201cbloody "
     "situation\u201d and \u201cuse of excessive force\u201d against unarmed protesters, according to Libyan newspaper "
     "Quryna.", "February 21",
     "Jalil quit to protest the bloody situation and use of excessive force against unarmed protesters"),
    ("2011-07-05", "He replaced Ahmed Aboul Gheit, who had been foreign minister since 2004.", "2004",
     "Ahmed Aboul Gheit became foreign minister"),
    ("2010-07-19", "Yesterday, officials said the cap was holding and continuing to prevent oil spewing into the gulf "
     "for the first time since the rig exploded in April, killing 11 workers.", "Yesterday",
     "Officials said the cap was holding and continuing to prevent oil spewing into the gulf for the first time "
     "since the rig exploded in April"),
    ("2011-02-18", "Electricity was lost in parts of the city but had been restored by late Friday, when the city was "
     "quiet, he said.", "Friday", "Electricity was lost in parts of the city but had been restored"),
    ("2011-08-30", "A nurse who treated Jackson in 2009 will also be allowed to testify.", "2009",
     "A nurse treated Jackson"),
    ("2011-11-30", "30 September 2011 Paramedics tell the court that, as they tried to revive Jackson, Dr Murray "
     "failed to inform them that he had given the star propofol.", "30 September 2011",
     "Paramedics tell the court that Dr Murray failed to inform them that he had given the star propofol"),
    ("2009-08-25", "Earlier this month, Dr Murray - who was employed as Michael Jackson's personal physician for a "
     "series of concerts in London scheduled for July - posted a video message on YouTube to thank his supporters.",
     "Earlier this month", "Dr Murray posted a video message on YouTube to thank his supporters"),
    ("2011-11-11", "Dr Murray did not give evidence during his six-week trial, which ended on Monday when a jury ruled "
     "he had given Jackson a fatal overdose of propofol.", "Monday",
     "Dr Murray's six-week trial ended"),
    ("2011-04-21", "An unknown gunman killed Mohammed al-Nabbous, founder of the online Libya Al-Hurra TV, as the "
     "journalist was streaming live audio from a battle in Benghazi on March 19.", "March 19",
     "An unknown gunman killed Mohammed al-Nabbous, founder of the online Libya Al-Hurra TV"),
    ("2011-04-15", "Most nations have banned their use through the Convention on Cluster Munitions, which became "
     "international law in August.", "August", "The Convention on Cluster Munitions became international law"),
    ("2010-07-15", "Straw accepted in an interview that he had decided in 2007 to drop his plan to exclude Megrahi "
     "from a prisoner transfer agreement (PTA) which was being negotiated with Libya.", "2007",
     "Straw had decided to drop his plan to exclude Megrahi from a prisoner transfer agreement (PTA)"),
    ("2009-06-27", "Thriller, released in 1982, is the biggest-selling album of all time, shifting 65m copies, "
     "according to the Guinness Book of World Records.", "1982", "Thriller was released"),
    ("2011-11-08", "It says the UK Border Agency, formed in 2008, has instead continued the chaos by another name.",
     "2008", "The UK Border Agency was formed"),
    ("2009-05-05", "Speaking on Mexican TV late on Monday evening President Felipe Calderon praised the country's "
     "precautions against swine flu and said children would soon begin returning to schools closed at the height "
     "of the scare.", "Monday evening",
     "President Felipe Calderon praised the country's precautions against swine flu"),
    ("2010-06-07", "At a congressional hearing in Louisiana yesterday, members of Congress held up full page newspaper "
     "ads from BP with scorn.", "yesterday",
     "Members of Congress held up full page newspaper ads from BP with scorn"),
    ("2010-09-08", "Outgoing BP chief exec Tony Hayward also said today: \u201cTo put it simply, there was a bad cement "
     "job.\u201d", "today", "Outgoing BP chief exec Tony Hayward said there was a bad cement job"),
    # the blind reading of 2026-12-05 (e4d9416): a date phrase cut out of its own phrase, pieces run together
    ("2010-06-13", "Meanwhile, people in the oil-affected hamlet of Grand Isle, Louisiana, spent a gray Saturday at "
     "the beach, listening to music.", "Saturday",
     "People in the oil-affected hamlet of Grand Isle, Louisiana, spent a gray Saturday at the beach"),
    ("2010-06-20", "\"Last year, Mr Hayward enjoyed a splendid 41% pay raise even as BP's profits dropped 45%.",
     "Last year", "Mr Hayward enjoyed a splendid 41% pay raise"),
    ("2011-05-01", "Distant explosions shook windows in central Tripoli for more than an hour during the raid, "
     "launched about 1 a.m. Sunday.", "about 1 a.m. Sunday",
     "Distant explosions shook windows in central Tripoli for more than an hour during the raid"),
    ("2010-06-17", "The BP boss says the only knowledge he had of the Macondo well was in mid-April, when he was "
     "informed by the head of the company's exploration division that BP had made an oil discovery.", "mid-April",
     "The BP boss says the only knowledge he had of the Macondo well was in mid-April"),
    ("2010-05-17", "Yet according to an eyewitness report broadcast on Sunday on 60 Minutes, BP managers made the "
     "decision to decrease pressure in the well column by removing drilling mud before the cement had solidified "
     "in three plugs Halliburton had poured.", "Sunday",
     "An eyewitness report broadcast on 60 Minutes said BP managers made the decision to decrease pressure in the "
     "well column by removing drilling mud"),
    ("2011-11-08", "\u201cDr Murray simply never told investigators that he found Michael Jackson at 11am not "
     "breathing.", "11am", "Dr Murray simply never told investigators that he found Michael Jackson not breathing"),
    ("2011-11-08", "Michael Jackson died in June 2009 after suffering a cardiac arrest Jackson's mother filed the "
     "lawsuit in September 2010 on behalf of herself and the star's three children, Prince Michael, Michael Junior "
     "and Paris-Michael Katherine.", "September 2010",
     "Jackson's mother filed the lawsuit on behalf of herself and the star's three children"),
    # the blind reading of 2026-12-05 (0a0892f): cut at an adverbial after "that", at a comma in a list, a long
    # opening adverbial left in, a participle aside read as the sentence subject's own verb
    ("2011-10-01", "In the courtroom in Los Angeles on Tuesday, prosecutor David Walgren said that when Dr Murray "
     "realized the singer had died, he ordered a security guard to collect medical paraphernalia and other items "
     "before having him call the authorities.", "Tuesday",
     "Prosecutor David Walgren said that Dr Murray ordered a security guard to collect medical paraphernalia and "
     "other items"),
    ("2011-11-30", "29 September 2011 Jackson's bodyguard, Alberto Alvarez, testifies that on the night Jackson died, "
     "Dr Murray ordered him to pick up vials of medicine before phoning for an ambulance.", "29 September 2011",
     "Jackson's bodyguard, Alberto Alvarez, testifies that Dr Murray ordered him to pick up vials of medicine"),
    ("2011-07-15", "At the start of the latest round of fighting on Thursday, Ibrahim accused the NATO alliance of "
     "coordinating with rebels to mount a land, sea and air attack.", "Thursday",
     "Ibrahim accused the NATO alliance of coordinating with rebels to mount a land, sea and air attack"),
    ("2010-06-30", "Hurricane Alex, upgraded from tropical storm status late last night and expected to hit the coasts "
     "of Mexico and Texas later today, is expected to interrupt the company's efforts for several days to come.",
     "late last night", "Hurricane Alex was upgraded from tropical storm status"),
    ("2010-06-11", "The original wording of the executive summary, sent to the White House for review late on the "
     "night of May 26, mentioned the drilling ban ordered by the interior secretary, Ken Salazar, on the first page.",
     "May 26", "The original wording of the executive summary was sent to the White House for review"),
    ("2010-05-14", "Since becoming severed from BP's destroyed offshore rig on 30 April, a broken drilling pipe known "
     "as a \u201criser\u201d, which carries oil from an underground seam through the ocean floor, has been kinked "
     "downwards in the water.", "30 April",
     "A broken drilling pipe became severed from BP's destroyed offshore rig"),
    ("2011-11-08", "Dr Conrad Murray was hired by Jackson after becoming friends in 2006 When Michael Jackson died on "
     "25 June 2009, Dr Conrad Murray was at the hospital for the pop superstar, who had hired him as his personal "
     "physician and considered him a friend.", "2006", "Jackson and Dr Conrad Murray became friends"),
    # a date that is its verb's object or its clause's subject, or that a clause of time gives to a "when" clause
    ("2010-05-03", "Tony Hayward spent today on a charm offensive, meeting officials from the Obama administration and "
     "using US news networks to explain how the company is hoping to stem the flow of 5,000 barrels of oil a day.",
     "today", "Tony Hayward spent today on a charm offensive"),
    ("2011-06-30", "About 50 rebel fighters spent Thursday at an observation post 2 km outside the town of Bir "
     "al-Ghanam, using binoculars to try to assess the position of Gaddafi's forces.", "Thursday",
     "About 50 rebel fighters spent Thursday at an observation post 2 km outside the town of Bir al-Ghanam"),
    ("2011-02-19", "Saturday brought 19 killings, including a patrolman killed by a driver whom he'd just given a "
     "citation.", "Saturday", "Saturday brought 19 killings"),
    ("2011-03-16", "Wednesday ended with no agreement on a draft resolution, but several diplomats expressed optimism "
     "that a vote would come soon.", "Wednesday", "Wednesday ended with no agreement on a draft resolution"),
    ("2010-08-18", "BP said it was winding down its claims operation, and that today would be the last day it would "
     "consider claims from anyone suffering economic losses through the spill.", "today",
     "BP said it was winding down its claims operation, and that today would be the last day it would consider "
     "claims from anyone suffering economic losses through the spill"),
    ("2011-11-08", "It had just gone 11am on the ninth floor of the courthouse in downtown Los Angeles when the three "
     "buzzes were heard.", "11am", "The three buzzes were heard"),
    # a participle after a noun that only the date completed goes with it
    ("2010-06-05", "Unemployed people are being used in Alabama, Mississippi and Florida in the clean-up operation in "
     "a new scheme launched on Saturday.", "Saturday",
     "Unemployed people are being used in Alabama, Mississippi and Florida in the clean-up operation in a new scheme"),
    # the blind audit of e721bb5: a fragment made of the opening phrase that holds the date, a verb's particle lost
    # with the date, a linking adverb left at the end, page text glued before the sentence
    ("2011-03-25", "Under an agreement reached Thursday, NATO forces will be able to close Libyan air space to all "
     "flights except humanitarian ones and will be able to use force in self-defense.", "Thursday",
     "NATO forces will be able to close Libyan air space to all flights except humanitarian ones"),
    ("2010-05-04", "In lawsuits filed yesterday, three workers say they were kept floating at sea for more than 10 "
     "hours, while the rig burned uncontrollably.", "yesterday",
     "Three workers say they were kept floating at sea for more than 10 hours"),
    ("2010-09-08", "cents Transocean has struck back this afternoon however, accusing BP of trying to conceal its own "
     "failings in the report.", "this afternoon", "Transocean has struck back"),
    ("2010-07-13", "co. uk Engineers will today begin testing a new sealing cap on BP's gushing wellhead in the Gulf of "
     "Mexico as hopes rise of containing the oil spill during the looming hurricane season.", "today",
     "Engineers will begin testing a new sealing cap on BP's gushing wellhead in the Gulf of Mexico"),
    # a verbless "The <event noun> of X" told as a clause (no_verb titles of the e721bb5 builds)
    ("2011-03-30", "According to Benotman, AQIM decided to start infiltrating Libya after the fall of the Tunisian "
     "regime in January, after years of avoiding the country because of Gadhafi's intimidating security apparatus.",
     "January", "The Tunisian regime fell"),
    ("2011-10-12", "But the problem with sticking to a script, is that the Libyan conflict hasn t really progressed "
     "with any sort of predictable narrative since the fall of Tripoli on the night of August 23rd.", "August 23rd",
     "Tripoli fell"),
    # cut mid-clause at the comma after a reported subject (the aside before its verb), and a present-tense verb
    # the fragment check did not know
    ("2011-03-23", "President Barack Obama on Tuesday expressed hope that Libya's opposition movement, given new "
     "protection by a U.S.-led military mission, can organize itself to revive broad enthusiasm for political change "
     "and oust Moammar Gadhafi from power.", "Tuesday",
     "President Barack Obama expressed hope that Libya's opposition movement can organize itself to revive broad "
     "enthusiasm for political change and oust Moammar Gadhafi from power"),
    ("2009-05-04", "On Monday night, it emerged another school, Dolphin School in Battersea, London, had also been "
     "closed as a precaution - the fifth in the UK.", "Monday night",
     "Another school, Dolphin School in Battersea, London, had been closed"),
    ("2009-05-31", "Some conservatives on the floor of the house pointed out that the Assembly's decision, on "
     "Saturday evening, to sustain a call from a parish in Aberdeen to a gay minister, the Reverend Scott Rennie, "
     "left open two possible legal challenges before any installation could take place.", "Saturday evening",
     "The Assembly's decision to sustain a call from a parish in Aberdeen to a gay minister left open two possible "
     "legal challenges"),
    ("2011-11-30", "24 October 2011 After a short break in the trial, Dr Murray's lawyers call their first "
     "witnesses.", "24 October 2011", "Dr Murray's lawyers call their first witnesses"),
    # the audits of 2026-12-06: a restrictive "who" whose antecedent was lost, two predicates run together where
    # a date after "and" was dropped, a participle aside before a present verb cut to "The text adopted"
    ("2011-10-02", "Aid workers from the International Committee of the Red Cross (ICRC) who brought medical supplies "
     "into Sirte Saturday could not reach the hospital because of shooting.", "Saturday",
     "Aid workers from the International Committee of the Red Cross (ICRC) brought medical supplies into Sirte"),
    ("2011-08-24", "The 57-year-old former soldier has repeatedly accused Western powers of fuelling the conflict to "
     "steal Libya's oil and on Tuesday said they were waging a \u201cdogs' war.\u201d", "Tuesday",
     "The 57-year-old former soldier said they were waging a dogs' war"),
    ("2011-02-27", "The text, adopted on Saturday, includes a freeze on Muammar Gaddafi's assets and travel ban and "
     "refers his regime's brutal crackdown to the International Criminal Court.", "Saturday", "The text was adopted"),
    # a report whose content is the quote before it (was "The report found")
    ("2010-05-02", "\u201cThe Texas City disaster was caused by organisational and safety deficiencies at all levels "
     "of the BP corporation,\u201d the 2007 report found.", "2007",
     "The Texas City disaster was caused by organisational and safety deficiencies at all levels of the BP "
     "corporation, the report found"),
]


# (published, article text up to the sentence, date phrase, the title an editor would print): real sentences of the
# development topics whose subject or participant is named only by the article's earlier sentences (the blind
# audits of 2026-12-05: "It", "His songs", "The singer", "The company", "the city", a wrong antecedent, "had
# traveled" on a dated line). The text is the article's, cut to the sentences the name needs.
CONTEXT_CASES: list[tuple[str, str, str, str]] = [
    ("2011-06-07", "Lloyd's said a lawyer for AEG Live submitted a claim, along with Jackson's death certificate, "
     "within days of the singer's death. The insurer said a required medical examination was never carried out. It "
     "also claimed it had sought information from the promoter about Jackson's personal doctor, Conrad Murray, since "
     "December 2009.", "December 2009",
     "Lloyd's also claimed it had sought information from the promoter about Jackson's personal doctor, Conrad Murray"),
    ("2010-08-03", "BP hopes its “static kill” method will seal it once and for all. Static kill is similar to the top "
     "kill method that BP attempted to use back in May. The company will conduct an “injectivity test” this morning. "
     "Finally, sealing the well would represent an enormous relief for beleaguered BP executives. The flow of oil was "
     "first stemmed on 15 July, when the company fitted a cap to the blow-out preventer.", "15 July",
     "BP fitted a cap to the blow-out preventer"),
    ("2010-06-13", "BP shares have fallen by 40% since the explosion and could be hit again if the company decides to "
     "suspend its quarterly dividend payout. The company is the biggest dividend-payer in the UK. The company "
     "reiterated yesterday that no decision had been made on the dividend.", "yesterday",
     "BP reiterated that no decision had been made on the dividend"),
    ("2011-04-21", "Hider said he was at a hospital and saw Hetherington die in a triage tent. The journalists, "
     "including Hetherington, had traveled Saturday by boat from Benghazi to Misrata, enjoying jokes and making "
     "sandwiches for refugees, Hider said.", "Saturday",
     "The journalists, including Hetherington, traveled by boat from Benghazi to Misrata"),
    ("2010-02-09", "Raised by his maternal grandparents, Dr Murray proved a hard-working student. He graduated three "
     "years later with a degree in pre-medicine. He continued his medical studies in Nashville, Tennessee. In 2000, "
     "he opened his own practice in Las Vegas, expanding with a second clinic in Houston in 2006.", "2000",
     "Dr Murray opened his own practice in Las Vegas"),
    ("2009-06-28", "Los Angeles police investigating the death of Michael Jackson say they have carried out a second "
     "interview with his doctor. There has also been a huge surge in demand for Jackson's music with the star "
     "dominating sales at music retailers and download sites across the world. Earlier on Sunday his songs topped "
     "Apple's iTunes download charts in every country except Japan.", "Sunday",
     "Jackson's songs topped Apple's iTunes download charts in every country except Japan"),
    ("2009-08-29", "Michael Jackson's death was homicide, primarily caused by the powerful anesthetic Propofol. "
     "Jackson's family welcomed the coroner's findings. The singer will be buried on Thursday at the Forest Lawn "
     "Memorial Park in Glendale, a suburb of Los Angeles, in a private ceremony.", "Thursday",
     "Michael Jackson will be buried at the Forest Lawn Memorial Park in Glendale"),
    ("2011-08-05", "Over the last week, rebel commanders claimed to have captured parts of Zlitan after advancing west "
     "from Misrata. The combined NATO and rebel offensive have clearly taken their toll on Zlitan. On Thursday, the "
     "city's streets were mostly deserted and most of the shops were closed.", "Thursday",
     "Zlitan's streets were mostly deserted and most of the shops were closed"),
    # the blind reading of 0a0892f (seed 9703): "The mercurial leader", "The four" unnamed; "Walker" a wrong
    # reading of "It" (Walker is a governor named two sentences before; "it" is the violence in Ciudad Juarez)
    ("2011-04-07", "Just a few years before becoming embroiled in fighting a rebellion, Moammar Gadhafi was spending "
     "millions of dollars a year to wage a PR campaign to burnish his global image as a statesman and a reformer, "
     "confidential documents show. The mercurial leader hired The Monitor Group, a Boston-based consulting firm, to "
     "execute a public relations strategy that included paying think-tank analysts and former government officials "
     "to take a free trip to Libya for lectures, discussions and even personal meetings with Gadhafi starting in "
     "2006.", "2006", "Moammar Gadhafi hired The Monitor Group, a Boston-based consulting firm"),
    ("2011-05-21", "Libyan rebels released four French nationals detained in Benghazi since May 11. "
     "The four traveled to Egypt on Saturday, where they were taken in by French consular authorities, the French "
     "Foreign Ministry said.", "Saturday", "The four French nationals traveled to Egypt"),
    ("2011-02-21", "Gov. Scott Walker, however, is not retreating. Walker has said powerful public employee unions are behind the blocking of the bill. It was one "
     "of the bloodiest 72 hours in recent memory, authorities said after 53 people, including four policeman, were "
     "killed in Ciudad Juarez, Mexico. It began Thursday when 14 people were killed.", "Thursday",
     "It began when 14 people were killed"),
]


def run_cases(cases: list[tuple[str, str, str, str]] | None = None) -> tuple[int, list[str]]:
    """How many cases (CASES unless given) come out with the title an editor would print, and a line for each that
    does not."""
    from timeline.events import extract
    from timeline.model import Article

    cases = CASES if cases is None else cases
    misses = []
    for published, sentence, phrase, expected in cases:
        events = extract(Article(id="case", body=sentence, published=published))
        got = [e.title for e in events if e.source.expression.rstrip(".") == phrase]
        if got != [expected]:
            misses.append(f"  {phrase!r}: {got or '(no event)'} != {expected!r}")
    return len(cases) - len(misses), misses


def print_cases() -> None:
    for name, cases in (("cases", CASES), ("context cases", CONTEXT_CASES)):
        good, misses = run_cases(cases)
        print(f"{name}: {good}/{len(cases)} titles as an editor would print them")
        for line in misses:
            print(line)


def main(paths: list[str]) -> int:
    if not paths:
        print_cases()
        return 0
    total = {k: 0 for k in ("entries", "flagged", *KINDS)}
    print(f"{'file':40} {'entries':>7} {'flagged':>7} " + " ".join(f"{k:>10}" for k in KINDS))
    for path in paths:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        entries = [e for e in data.get("events", []) if not e.get("rejected")]
        counts = {k: 0 for k in ("flagged", *KINDS)}
        for entry in entries:
            found = faults(entry) & set(KINDS)
            counts["flagged"] += bool(found)
            for kind in found:
                counts[kind] += 1
        total["entries"] += len(entries)
        for k in counts:
            total[k] += counts[k]
        print(f"{Path(path).name:40} {len(entries):>7} {counts['flagged']:>7} "
              + " ".join(f"{counts[k]:>10}" for k in KINDS))
    print(f"{'total':40} {total['entries']:>7} {total['flagged']:>7} " + " ".join(f"{total[k]:>10}" for k in KINDS))
    print_cases()
    return 0


def parse_args(argv: list[str]) -> list[str]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog="with no file: the CASES only")
    ap.add_argument("timelines", nargs="*", help="built timeline files to count faults in")
    return ap.parse_args(argv).timelines


if __name__ == "__main__":
    sys.exit(main(parse_args(sys.argv[1:])))
