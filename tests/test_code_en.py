"""The English side: same coder, same contract, spaCy underneath."""
from __future__ import annotations

import pytest
from tests.conftest import assert_events_found, code_sentence

from gestae.analyze.dispatch import detect_language
from gestae.records import Document

# written for these tests: (sentence, publication date, [(source, target, code prefix)])
CASES = [
    ("German Chancellor Olaf Scholz met with Chinese President Xi Jinping in Beijing on Tuesday.",
     "2022-11-04", [("DEU", "CHN", "04")]),
    ("The Kremlin condemned the new US sanctions against Russian banks.", "2022-03-01", [("RUS", "USA", "11")]),
    ("The Israeli embassy in Amman was attacked by protesters on Sunday.", "2023-10-10", [("JOR", "ISR", "1")]),
    ("Prime Minister Narendra Modi will visit Moscow next month, the Kremlin said.", "2024-06-20", [("IND", "RUS", "036")]),
    ("France and Germany signed a defence cooperation agreement in Paris.", "2023-05-05",
     [("FRA", "DEU", "057"), ("DEU", "FRA", "057")]),
    ("Japan's Foreign Minister Yoshimasa Hayashi held a phone call with his South Korean counterpart Park Jin.",
     "2023-03-02", [("JPN", "KOR", "041")]),
    ("Lithuania expelled a Russian diplomat on Friday.", "2022-04-04", [("LTU", "RUS", "16")]),
    ("The European Union imposed new sanctions on Belarus.", "2021-06-24", [("IGOEUREEC", "BLR", "16")]),
    ("UN Secretary-General Antonio Guterres urged Russia to withdraw its troops.", "2022-03-01", [("IGOUNO", "RUS", "02")]),
    ("Ukraine's defence minister said that Russian troops shelled Kharkiv.", "2024-05-01", [("UKR", "RUS", "112")]),
    ("Russian troops shelled Kharkiv on Monday, the Ukrainian defence ministry said.", "2024-05-01",
     [("RUS", "UKR", "19")]),
    ("At the initiative of the Turkish side, President Vladimir Putin held a phone call with President Recep Tayyip Erdogan.",
     "2023-07-14", [("TUR", "RUS", "041")]),
    # a wire dateline is not part of the sentence: the city is not the subject
    ("WASHINGTON (Reuters) - Israel and Bahrain signed an agreement on Tuesday.", "2024-03-01",
     [("ISR", "BHR", "057"), ("BHR", "ISR", "057")]),
    # an investigation is the setting its questioners take part in
    ("Turkish police questioned the mayor of Istanbul for six hours on Monday in a corruption investigation.",
     "2024-03-01", [("TUR", "TUR", "09")]),
    ("A Russian citizen was arrested in Thailand on Friday.", "2024-03-01", [("THA", "RUS", "173")]),
    # object control: the one prompted acts
    ("The protests prompted Serbia to recall its ambassador from Montenegro.", "2024-03-01", [("SRB", "MNE", "161")]),
    # an event noun with no doer points back to the last act reported
    ("North Korea launched a ballistic missile on Sunday. South Korea condemned the launch.", "2024-03-01",
     [("KOR", "PRK", "111")]),
    ("The United States imposed tariffs on imports from Vietnam.", "2024-03-01", [("USA", "VNM", "163")]),
    # a list of countries misparsed as an apposition is still a list
    ("Saudi Arabia, the United Arab Emirates, Egypt and Bahrain cut diplomatic ties with Qatar on Monday.", "2017-06-05",
     [("SAU", "QAT", "161"), ("ARE", "QAT", "161"), ("EGY", "QAT", "161"), ("BHR", "QAT", "161")]),
    # a pronoun points back, never forward
    ("Democratic Republic of Congo said on Sunday it was severing diplomatic ties with Rwanda.", "2024-03-01",
     [("COD", "RWA", "161")]),
    # a warning with no one named answers the last other party; a show of force faces the other country named
    ("Iran's Revolutionary Guards seized a British tanker, and British Foreign Secretary Jeremy Hunt warned of "
     "serious consequences.", "2019-07-20", [("GBR", "IRN", "13")]),
    ("Japan's military raised its alert level after China sent warships near the disputed islands.", "2024-03-01",
     [("JPN", "CHN", "15")]),
    # Hong Kong is coded apart, as in ISO 3166 and CAMEO
    ("Hong Kong police arrested three pro-democracy activists on Tuesday.", "2024-03-01", [("HKG", "HKG", "173")]),
    ("A Turkish convoy came under fire from Syrian government forces on Monday.", "2024-03-01", [("SYR", "TUR", "19")]),
    # a reciprocal object: the joint subject acts on itself both ways, whatever the code
    ("Armenia and Azerbaijan accused each other of shelling border villages on Tuesday.", "2024-03-01",
     [("ARM", "AZE", "112"), ("AZE", "ARM", "112")]),
    # a city visited gives its host country; the place one came from does not
    ("Barack Obama on Friday became the first sitting U.S. president to visit Hiroshima.", "2016-05-27",
     [("USA", "JPN", "042")]),
    # force as the means of a verb
    ("Israel responded with air strikes on Lebanon.", "2024-03-01", [("ISR", "LBN", "19")]),
    # 'would' in reported speech is the report's future: an intent
    ("Russia said it would send troops to Syria.", "2015-09-30", [("RUS", "SYR", "03")]),
    # a participle on a statement or a letter is the deed of whoever sent it
    ("Japan sent a letter urging China to release the detained diplomats.", "2024-03-01", [("JPN", "CHN", "025")]),
    # an attack with no doer named comes from where it was launched; that place is not its target
    ("A rocket fired from Gaza struck Israel on Monday.", "2024-03-04", [("PSE", "ISR", "19")]),
    ("Rockets were fired from Lebanon at Israel.", "2024-03-04", [("LBN", "ISR", "19")]),
    # an event noun's prepositions name its doers: 'between' each party, 'by' and (for words) 'from'
    ("Talks between Iran and the United States resumed in Geneva on Monday.", "2024-03-04",
     [("IRN", "USA", "046"), ("USA", "IRN", "046")]),
    ("Threats by North Korea against Japan have grown.", "2024-03-04", [("PRK", "JPN", "13")]),
    # 'of' is the patient where the entry lists it first: Israel is criticised, not criticising
    ("Criticism of Israel from Turkey grew on Monday.", "2024-03-04", [("TUR", "ISR", "111")]),
    # 'two' with no earlier event to point back to is a count, not 'the two sides'
    ("Two congressmen urged President Reagan to call a summit.", "1987-10-19", [("USA", "USA", "02")]),
    # repeating, renewing, reaffirming a stance passes the subject to it like any support verb
    ("China reiterated its support for Pakistan on Monday.", "2024-03-04", [("CHN", "PAK", "05")]),
    ("Iran renewed its threats against Israel.", "2024-03-04", [("IRN", "ISR", "13")]),
    # 'each side ... the other' are the two parties of the last event, both ways
    ("Kyrgyz and Tajik border guards exchanged fire on Wednesday, and each side blamed the other for starting the clash.",
     "2022-09-14", [("KGZ", "TJK", "112"), ("TJK", "KGZ", "112")]),
    # the accused is the subject of the that-clause of an accusation
    ("The United States imposed duties on Japanese goods, alleging that Japan had violated the agreement.",
     "1987-04-17", [("USA", "JPN", "112")]),
    # a political actor's claim of force is its accusation, even when the claim names no target
    ("Ukraine said that Russian troops had shelled the plant.", "2024-03-04", [("UKR", "RUS", "112")]),
    # every country of a coordination in the measure's object is its target
    ("Japan imposed tariffs on imports from Brazil and Mexico.", "2024-03-04",
     [("JPN", "BRA", "163"), ("JPN", "MEX", "163")]),
    # an infinitive completing a decision is the deed of whoever decided, the host verb's subject;
    # an announced measure is a threat of it (CAMEO 13)
    ("The European Union announced its decision to impose sanctions on Iran.", "2024-03-04",
     [("IGOEUREEC", "IRN", "1312")]),
    # an arrest with no agent named is the act of the authorities where it happened (CAMEO 'state-act')
    ("A French citizen was arrested in Thailand on Monday.", "2024-03-04", [("THA", "FRA", "173")]),
    # an infinitive under a verb of intent or a vote is its content, however the parser attaches it
    ("Turkey offered on Tuesday to mediate between Russia and Ukraine.", "2024-03-04",
     [("TUR", "RUS", "039"), ("TUR", "UKR", "039")]),
    ("The UN Human Rights Council voted on Thursday to launch an investigation into Iran's crackdown on protesters.",
     "2024-03-04", [("IGOUNOHRI", "IRN", "09")]),
    # a sum in any currency, in wire abbreviations too, is money given (the &CURRENCY set)
    ("West Germany provided 300 mln marks to Bolivia.", "1987-03-24", [("DEU", "BOL", "071")]),
    # countries joined by a hyphen are the parties: both act, or the other is the target
    ("US-China talks resumed in Geneva.", "2024-03-04", [("USA", "CHN", "046"), ("CHN", "USA", "046")]),
    ("Sino-Japanese talks resumed in Geneva.", "2024-03-04", [("CHN", "JPN", "046"), ("JPN", "CHN", "046")]),
    ("Britain signed a deal on China-UK tourism.", "2005-01-21", [("GBR", "CHN", "057")]),
    # naming with a quoted epithet is a verdict on the one named; 'the move' is the deed reported before
    ('Iran expelled two IAEA inspectors. The agency chief Rafael Grossi called the move "a very serious blow".',
     "2024-03-01", [("IGOUNOIAE", "IRN", "111")]),
    ('Tokayev rejected talks with the protesters, whom he called "bandits and terrorists".', "2022-01-07",
     [("KAZ", "KAZ", "111")]),
    # 'whom' stands for the noun it follows
    ("The summit was attended by Emmanuel Macron, whom Germany criticised.", "2024-03-01", [("DEU", "FRA", "111")]),
    # a setting is when the appeal was made, not what it asked for; its doer is the one appealing
    ("Blinken urged Netanyahu to protect civilians during a visit to Tel Aviv on Thursday.", "2024-03-01",
     [("USA", "ISR", "020"), ("USA", "ISR", "042")]),
    ("UN Secretary-General Antonio Guterres urged Iran to free the detained activists during talks with "
     "President Masoud Pezeshkian in Tehran.", "2024-10-01", [("IGOUNO", "IRN", "0253"), ("IGOUNO", "IRN", "04")]),
    # the first person is the speaker: who said the last words reported, or, for a quotation
    # standing alone, the person named before it
    ('Rishi Sunak said on Monday that the talks had gone well. "My visit to China will take place in June."',
     "2023-03-04", [("GBR", "CHN", "036")]),
    ('Prime Minister Rishi Sunak visited Kyiv on Monday. "We will send more tanks to Ukraine."', "2023-03-04",
     [("GBR", "UKR", "0332")]),
    # a lower-case word after a word starts no sentence: the parser split the subject after a dateline
    ("BISHKEK (Reuters) - Kyrgyz and Tajik border guards exchanged fire along the disputed frontier on Wednesday.",
     "2022-09-14", [("KGZ", "TJK", "19"), ("TJK", "KGZ", "19")]),
    # a visit that sets the scene is the main verb's subject's, even where parsed under an infinitive
    ("U.S. Secretary of State Antony Blinken defended Israel's right to defend itself on Thursday during a "
     "visit to Tel Aviv.", "2023-10-12", [("USA", "ISR", "052"), ("USA", "ISR", "042")]),
    # a possessive state does the deed whose 'of' names the patient; a possessive person undergoes it
    ("Iraq's invasion of Kuwait began in August 1990.", "1990-08-03", [("IRQ", "KWT", "19")]),
    ("Russia's mobilisation alarmed Ukraine.", "2022-09-22", [("RUS", "UKR", "15")]),
    # a reporter named with the outlet they work for is that outlet's country's media
    ("Russia's Federal Security Service said it had detained Wall Street Journal reporter Evan Gershkovich.",
     "2023-03-31", [("RUS", "USA", "173")]),
    # an event noun under a verb of promising does the promiser's deed; a refused deed stays its author's
    ("Euro zone finance ministers agreed on Sunday to a 110 billion euro rescue package for Greece.", "2010-05-02",
     [("IGOEUREEC", "GRC", "07")]),
    ("Maduro rejected an ultimatum from Spain to call a new presidential election.", "2019-02-03",
     [("VEN", "ESP", "12")]),
    # 'after meeting X' is a clause of the sentence's subject
    ("Tedros Adhanom Ghebreyesus praised China's handling of the outbreak on Tuesday after meeting President "
     "Xi Jinping in Beijing.", "2020-01-28", [("IGOUNOHLHWHO", "CHN", "051"), ("IGOUNOHLHWHO", "CHN", "04")]),
    # a policy with no author named, judged from outside the state, is its own government's
    ("The British Medical Association welcomed the new targets on waiting lists.", "2005-03-01",
     [("GBR", "GBR", "051")]),
    # a reaction is aimed at whoever did what drew it
    ("Orban's visit to Moscow drew sharp criticism from Ukraine.", "2024-07-05", [("UKR", "HUN", "111")]),
    # being ready for talks is an intent to negotiate
    ("Iran said it was ready for talks with the United States.", "2024-03-01", [("IRN", "USA", "036")]),
    # ending a state of emergency is easing it at home
    ("Turkey ended a two-year state of emergency on Thursday.", "2018-07-19", [("TUR", "TUR", "0814")]),
    # a court ruling that a state violated rights finds that state liable
    ("The European Court of Human Rights ruled that Russia had violated the rights of Navalny.", "2023-09-11",
     [("IGOEURCOE", "RUS", "116")]),
    # an arms ban on a country is an embargo
    ("The EU imposed its arms ban on China in 1989.", "2005-03-01", [("IGOEUREEC", "CHN", "163")]),
    # showing solidarity or understanding is approval
    ("Poland showed solidarity with Ukraine.", "2022-03-01", [("POL", "UKR", "051")]),
    # organisations coordinated inside one phrase are each a party
    ("Ghana's finance minister met World Bank and International Monetary Fund officials in Washington.",
     "2024-03-01", [("GHA", "IGOUNODEVWBK", "04"), ("GHA", "IGOBUSIMF", "04")]),
    # leaving a country is a withdrawal whether or not the troops are named; an organisation is no place
    ("Israel withdrew from Gaza in 2005.", "2024-03-01", [("ISR", "PSE", "087")]),
    ("The Netherlands announced its withdrawal from Iraq.", "2024-03-01", [("NLD", "IRQ", "087")]),
    ("The United States withdrew from the World Health Organization.", "2025-01-21", [("USA", "IGOUNOHLHWHO", "16")]),
    # a state that no longer exists resolves in its own years
    ("Soviet troops withdrew from Afghanistan in February.", "1989-03-01", [("SUN", "AFG", "087")]),
]

NO_EVENTS = [
    "Analysts believe relations between Russia and China will improve.",
    "Could Moscow and Washington ever agree on arms control?",
    "Iran did not comment on the report.",
    # not yet done
    "Hungary and Slovakia have yet to signal their support for the sanctions against Russia.",
    # a passive's subject names who undergoes it: its agents do not act on each other
    "Her call was backed by the French president and the German chancellor.",
    # the state judging a policy may judge anyone's: no guess at its author
    "Russia criticised the plans.",
    # a company's country guessed from the place it left is no party against that place
    "The company withdrew from Russia in March.",
]


@pytest.mark.parametrize("text, day, expected", CASES)
def test_code_en_finds_the_event(pipeline, text, day, expected):
    assert_events_found(code_sentence(pipeline, text, day), expected)


@pytest.mark.parametrize("text", NO_EVENTS)
def test_code_en_commentary_gives_nothing(pipeline, text):
    assert code_sentence(pipeline, text) == []


def test_code_en_same_contract_as_russian(pipeline):
    text = CASES[0][0]
    [event, *_] = [e for e in code_sentence(pipeline, text, "2022-11-04") if e.source == "DEUGOV"]
    assert event.lang == "en" and event.rule.startswith("en")
    assert text[event.trigger_start:event.trigger_end] == event.trigger
    assert event.sentence == text and event.plover == "CONSULT"


def test_code_en_passive_agent_is_the_source(pipeline):
    events = code_sentence(pipeline, "The Israeli embassy in Amman was attacked by protesters on Sunday.", "2023-10-10")
    assert any(e.source_country == "JOR" and e.target_country == "ISR" for e in events)


@pytest.mark.parametrize("text, lang", [
    ("Президент России провёл переговоры.", "ru"),
    ("The president of Russia held talks with his Turkish counterpart.", "en"),
    ("Der Bundeskanzler hat am Montag den französischen Präsidenten empfangen.", "de"),
])
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_uncoded_language_is_reported_not_dropped(pipeline):
    coded = pipeline.code(Document(id="de", text="Die Regierung hat am Montag neue Sanktionen verhängt."))
    assert coded.skipped and "'de'" in coded.skipped and coded.events == []


def test_english_model_loads_by_official_or_reupload_name():
    from gestae.analyze.en import MODEL_NAMES, load_model
    nlp = load_model()
    assert MODEL_NAMES[0] == "en_core_web_sm"
    assert nlp.meta["version"].startswith("3.8") and "parser" in nlp.pipe_names


def test_code_en_origin_of_a_trip_is_no_host(pipeline):
    events = code_sentence(pipeline, "The president arrived in Kyiv by train from Poland on Monday.", "2023-02-20")
    assert not [e for e in events if e.target_country == "POL"]


def test_code_en_purpose_infinitive_is_no_deed(pipeline):
    # 'to help fight' says what the money is for: no fighting was reported
    events = code_sentence(pipeline, "Germany will provide 300 mln marks to Bolivia to help fight its cocaine trade.",
                           "1987-03-24")
    assert [(e.source_country, e.target_country, e.code[:2]) for e in events] == [("DEU", "BOL", "03")]


def test_code_en_first_person_outside_a_quotation_is_nobody(pipeline):
    # no one is quoted: 'we' is the writer's, not the last person named
    events = code_sentence(pipeline, "Rishi Sunak visited Kyiv on Monday. We will send more tanks to Ukraine.", "2023-03-04")
    assert not any(e.code.startswith("03") for e in events)


def test_code_en_a_time_is_no_condition_word(pipeline):
    # 'on Monday' is when; 'call on' (an appeal) needs its own 'on'
    events = code_sentence(pipeline, "Biden called Netanyahu on Monday.", "2024-03-04")
    assert not any(e.code.startswith("02") for e in events)
    events = code_sentence(pipeline, "The European Union called on Belarus to release the journalist.", "2024-03-04")
    assert any(e.code.startswith("02") for e in events)


def test_code_en_one_country_in_a_compound_is_no_pair(pipeline):
    # 'Iran nuclear talks' names one party, not two: no one talks to anyone here
    assert code_sentence(pipeline, "Iran nuclear talks resumed in Vienna.", "2024-03-04") == []


def test_code_en_a_party_of_a_joint_act_acts_next_on_the_other(pipeline):
    # Abe's apology names no one: it is made to the other party of the agreement
    text = ("Japan and South Korea agreed on Monday to resolve the issue of \"comfort women\" forced to work in "
            "Japan's wartime military brothels, with Japanese Prime Minister Shinzo Abe offering his \"most sincere "
            "apologies and remorse\" and Tokyo pledging 1 billion yen for a fund to support the victims.")
    events = code_sentence(pipeline, text, "2015-12-28")
    assert ("JPN", "KOR", "055") in [(e.source_country, e.target_country, e.code) for e in events]


def test_code_en_claiming_responsibility_answers_for_the_last_act_of_force(pipeline):
    text = ("A suicide bomber killed 40 Indian policemen in Kashmir. "
            "Pakistan-based militant group Jaish-e-Mohammad claimed responsibility.")
    events = code_sentence(pipeline, text, "2019-02-14")
    assert ("015", "IND") in [(e.code, e.target_country) for e in events]
