"""The Russian coder on sentences written for these tests: who did what to whom."""
from __future__ import annotations

import pytest
from tests.conftest import assert_events_found, code_sentence

# sentence, publication date, events that must be there as (source country, target country, code prefix)
CASES = [
    ("Министр иностранных дел России Сергей Лавров встретился в Анкаре с турецким коллегой Хаканом Фиданом.",
     "2024-02-01", [("RUS", "TUR", "04")]),
    ("Президент Франции Эмманюэль Макрон осудил удары России по гражданской инфраструктуре Украины.",
     "2023-01-10", [("FRA", "RUS", "11")]),
    ("Премьер-министр Японии осудил визит на острова президента России.", "2010-11-02", [("JPN", "RUS", "11")]),
    ("Правительство Японии выразило протест России в связи с учениями на Курилах.",
     "2022-03-12", [("JPN", "RUS", "11")]),
    ("Канцлер Германии Ангела Меркель провела телефонный разговор с президентом США Бараком Обамой.",
     "2014-03-03", [("DEU", "USA", "041")]),
    ("Китай и Россия подписали соглашение о поставках газа.", "2014-05-21", [("CHN", "RUS", "057"), ("RUS", "CHN", "057")]),
    ("Евросоюз ввел новые санкции против Ирана.", "2023-05-22", [("IGOEUREEC", "IRN", "16")]),
    ("Президент Украины Владимир Зеленский поблагодарил Великобританию за военную помощь.",
     "2023-06-01", [("UKR", "GBR", "051")]),
    ("Президент Казахстана Касым-Жомарт Токаев посетит Китай с государственным визитом.",
     "2024-06-20", [("KAZ", "CHN", "036")]),
    ("Израиль нанес авиаудар по позициям «Хезболлы» на юге Ливана.", "2024-03-05", [("ISR", "LBN", "19")]),
    ("Министр иностранных дел Ирана призвал США вернуться к ядерной сделке.", "2021-02-10", [("IRN", "USA", "02")]),
    ("Литва выслала российского дипломата.", "2022-04-04", [("LTU", "RUS", "16")]),
    ("Министр обороны Украины заявил, что российские войска обстреляли Харьков.", "2024-05-01",
     [("UKR", "RUS", "112")]),
    ("Российские войска обстреляли Харьков.", "2024-05-01", [("RUS", "UKR", "19")]),
    ("По инициативе турецкой стороны состоялся телефонный разговор президента России Владимира Путина "
     "с президентом Турции Реджепом Тайипом Эрдоганом.", "2023-07-14", [("TUR", "RUS", "041")]),
    # an act of state with no agent named belongs to the authorities of the place it happened in
    ("Гражданин России был арестован в Таиланде.", "2024-03-01", [("THA", "RUS", "173")]),
    # a person the knowledge base does not know is a civilian of the place named
    ("Суд в Казахстане приговорил Ивана Петровского к пяти годам лишения свободы.", "2024-03-01",
     [("KAZ", "KAZ", "17")]),
    # criticising 'this detention' targets whoever detained
    ("Власти Таиланда задержали гражданина Германии. МИД Германии раскритиковал это задержание.", "2024-03-01",
     [("THA", "DEU", "173"), ("DEU", "THA", "111")]),
    # protests held in a named place are that country's opposition against its rulers
    ("В Киеве проходят массовые акции протеста сторонников оппозиции.", "2024-01-10", [("UKR", "UKR", "14")]),
    # a region inside the phrase gives the detainee a country, and the detention to its authorities
    ("По факту поджога был задержан 27-летний житель одного из сёл Киевской области.", "2024-01-10",
     [("UKR", "UKR", "173")]),
    # lexicon rows flagged 'passive': the subject undergoes what the slot's actor does
    ("Украинский военный попал в плен к российским военным.", "2024-03-01", [("RUS", "UKR", "181")]),
    # a passive subject is the object the entry requires ('предъявлены обвинения')
    ("Бывшему министру обороны Украины предъявлены обвинения в коррупции.", "2024-03-01", [("UKR", "UKR", "173")]),
    ("Армения и Азербайджан обвинили друг друга в обстрелах приграничных сёл.", "2024-03-01",
     [("ARM", "AZE", "112"), ("AZE", "ARM", "112")]),
    # the one instructed acts
    ("Президент поручил правительству Казахстана подписать соглашение с Китаем.", "2024-03-01", [("KAZ", "CHN", "057")]),
    # an impersonal plural is the act of the institution its locative names
    ("В Кремле осудили действия Киева.", "2024-03-01", [("RUS", "UKR", "111")]),
    # a participle on a statement is the deed of whoever issued it
    ("МИД России распространил заявление, осуждающее действия Израиля.", "2024-03-01", [("RUS", "ISR", "111")]),
    ("Совет Безопасности ООН принял резолюцию, призывающую Израиль прекратить огонь.", "2024-03-01",
     [("IGOUNO", "ISR", "02")]),
    # rows rendered from PETRARCH2's verb blocks: hosting, dispatch, receiving from, withdrawal, ratification
    ("Президент Казахстана Касым-Жомарт Токаев принял в Астане премьер-министра Индии.", "2024-07-03",
     [("KAZ", "IND", "043")]),
    ("Турция направила делегацию в Ирак.", "2024-03-14", [("TUR", "IRQ", "042")]),
    ("Украина получила кредит от МВФ.", "2023-03-31", [("IGOBUSIMF", "UKR", "071")]),
    ("Франция выводит миротворцев из Мали.", "2022-02-17", [("FRA", "MLI", "1661")]),
    ("Парламент Армении проголосовал за ратификацию соглашения с Россией.", "2024-04-10", [("ARM", "RUS", "057")]),
    ("Путин направил поздравительную телеграмму премьер-министру Индии.", "2024-06-09", [("RUS", "IND", "051")]),
    # an event noun's prepositions name its doers: 'между' each party, 'со стороны' the one acting
    ("Переговоры между Россией и Украиной прошли в Стамбуле.", "2022-03-29", [("RUS", "UKR", "046"), ("UKR", "RUS", "046")]),
    ("Критика со стороны Польши в адрес Украины усилилась.", "2024-03-04", [("POL", "UKR", "111")]),
    ("Китай повторил призыв к США прекратить огонь.", "2024-03-04", [("CHN", "USA", "02")]),
    # a nominative 'который' is the subject even where the parser calls it the object
    ("Помощник Хиллари Клинтон, который в среду посетил Белград, заявил, что дверь для Сербии не закрыта.",
     "2010-10-15", [("USA", "SRB", "042")]),
    ("Киев утверждает, что Россия обстреляла станцию.", "2024-03-04", [("UKR", "RUS", "112")]),
    # a denial with no accuser named answers the country its charge concerns
    ("Министр иностранных дел Сербии отверг обвинения в причастности к беспорядкам в Черногории.", "2024-03-04",
     [("SRB", "MNE", "016")]),
    # an infinitive completing an intention or decision: 'своём' is the clause's subject; the
    # announced measure is a threat of it (CAMEO 13)
    ("Правительство Грузии объявило о своём намерении ввести санкции против России.", "2024-03-04",
     [("GEO", "RUS", "1312")]),
    ("Евросоюз принял решение ввести санкции против Ирана.", "2024-03-04", [("IGOEUREEC", "IRN", "1312")]),
    # a sum in any currency is money given (the &CURRENCY set): 'млн марок', 'млрд иен'
    ("Япония предоставила Индонезии 5 млрд иен.", "2024-03-04", [("JPN", "IDN", "071")]),
    # a person named only by a common noun is a civilian of the place; a later 'его' points back to them
    ("В Москве полиция задержала актёра.", "2024-03-04", [("RUS", "RUS", "173")]),
    ("В Москве актёр пытался проникнуть в чужую квартиру, однако полиция его задержала.", "2024-03-04",
     [("RUS", "RUS", "173")]),
    # countries joined in one word are the parties of what it modifies
    ("В Пекине прошли российско-китайские переговоры.", "2024-03-04", [("RUS", "CHN", "046"), ("CHN", "RUS", "046")]),
    ("Франко-германские консультации прошли в Париже.", "2024-03-04", [("FRA", "DEU", "04"), ("DEU", "FRA", "04")]),
    # naming with a quoted epithet is a verdict: disapproval, or praise for a word of praise;
    # 'этот шаг' is the deed reported before, and condemning it targets its doer
    ("Сирийские самолёты нанесли удары по Ливану. США назвали этот шаг «опасной эскалацией».", "2024-03-04",
     [("SYR", "LBN", "19"), ("USA", "SYR", "111")]),
    ("Путин назвал переговоры с Си Цзиньпином «историческими».", "2024-03-04", [("RUS", "CHN", "051")]),
    # 'мы' in a quotation is the one who spoke last: 'заявил Байден' the sentence before
    ("Джо Байден заявил журналистам о новых мерах. «Мы введём санкции против Ирана».", "2024-03-04",
     [("USA", "IRN", "13")]),
    # a full stop inside «...» ends no sentence: the place at its end still sets the arrest
    ("В посёлке задержан преступник, похитивший картину «Ай-Петри. Крым» из галереи в Москве.", "2019-01-28",
     [("RUS", "RUS", "173")]),
    # a policy with no author named, judged from outside the state, is its own government's
    ("Российская оппозиция резко раскритиковала законодательную инициативу.", "2013-01-10", [("RUS", "RUS", "111")]),
    # a reaction is aimed at whoever did what drew it
    ("Визит Орбана в Москву вызвал резкую критику со стороны Киева.", "2024-07-05", [("UKR", "HUN", "111")]),
    # being ready for talks is an intent to negotiate, binding only the one ready
    ("В Кремле заявили, что Россия готова к переговорам с Украиной.", "2024-03-01", [("RUS", "UKR", "036")]),
    # 'X должен' in reported speech is the speaker's demand, also after 'но' parsed as a new root
    ("Помощник госсекретаря США сказал, что дверь Евросоюза для Сербии не закрыта, но Белград должен решить "
     "вопрос о Косово.", "2010-03-01", [("USA", "SRB", "10")]),
    # paying tribute is praise, as our Russian gold codes it
    ("Президент Украины отдал дань уважения венгерским солдатам.", "2019-06-12", [("UKR", "HUN", "051")]),
    # lifting a state of emergency eases at home; 'режим' of a state names no regime
    ("Власти Казахстана сняли режим чрезвычайного положения в Алма-Ате.", "2022-01-19", [("KAZ", "KAZ", "0814")]),
    # rescue teams sent abroad are humanitarian aid
    ("МЧС России направило спасателей в Турцию.", "2023-02-06", [("RUS", "TUR", "073")]),
    # speaking out against someone's deed is criticism of its doer
    ("Китай выступает против вмешательства США во внутренние дела Гонконга.", "2024-03-01", [("CHN", "USA", "111")]),
    # good wishes are praise, like a congratulation
    ("Путин пожелал Токаеву крепкого здоровья.", "2024-05-17", [("RUS", "KAZ", "051")]),
    # a bare title points back to the one named in full earlier: 'Суд' is the court of Vienna
    ("Земельный суд Вены отказал прокуратуре в ходатайстве. Суд освободил украинского бизнесмена Дмитрия Фирташа.",
     "2014-04-30", [("AUT", "UKR", "0841")]),
    # leaving a post is a resignation at home; a decree enacts what it is about, signed by its author
    ("Премьер-министр Италии покинул пост главы правительства.", "2024-03-01", [("ITA", "ITA", "083")]),
    ("Путин подписал указ о награждении фигуристки Алины Загитовой орденом Дружбы.", "2024-03-01",
     [("RUS", "RUS", "051")]),
    # leaving a country is a withdrawal; a state that no longer exists resolves in its years
    ("Советские войска ушли из Афганистана в феврале 1989 года.", "1989-03-01", [("SUN", "AFG", "087")]),
]

NO_EVENTS = [
    ("Эксперты считают, что отношения России и Китая выйдут на новый уровень.", "2024-01-01"),
    ("Может ли Москва договориться с Вашингтоном?", "2024-01-01"),
    ("В Астане прошел международный форум по вопросам энергетики.", "2024-01-01"),
    ("Если Минск откажется платить, Россия может ограничить поставки газа.", "2024-01-01"),
    # an indirect question asserts nothing
    ("Депутат спросил, передала ли Германия Украине ракеты Taurus.", "2024-03-01"),
    # a joint subject whose object names no known actor does not act on itself
    ("Иран и Венесуэла поддержали эту инициативу.", "2024-03-01"),
    # 'принять закон' is no hosting
    ("Парламент Грузии принял закон, предложенный президентом страны.", "2024-05-14"),
    # a company's country guessed from the place it left is no party against that place
    ("Компания ушла из России весной.", "2024-05-14"),
]


@pytest.mark.parametrize("text, day, expected", CASES)
def test_code_ru_finds_the_event(pipeline, text, day, expected):
    assert_events_found(code_sentence(pipeline, text, day), expected)


@pytest.mark.parametrize("text, day", NO_EVENTS)
def test_code_ru_commentary_and_hypotheses_give_nothing(pipeline, text, day):
    assert code_sentence(pipeline, text, day) == []


def test_code_ru_event_carries_evidence(pipeline):
    text = "Президент России Владимир Путин 5 марта 2024 года провёл телефонный разговор с президентом Казахстана Касым-Жомартом Токаевым."
    events = code_sentence(pipeline, text, "2024-03-06")
    call = next(e for e in events if e.source == "RUSGOV" and e.target == "KAZGOV")
    assert call.code == "041" and call.date == "2024-03-05" and call.date_source == "explicit"
    assert text[call.trigger_start:call.trigger_end] == call.trigger == "телефонный разговор"
    assert call.quad_class == 1 and call.goldstein == 1.0 and call.plover == "CONSULT"
    assert call.rule.startswith("ru") and call.source_reason and call.target_reason


def test_code_ru_meeting_criticism_is_being_criticised_not_a_meeting(pipeline):
    events = code_sentence(pipeline, "Министр обороны Израиля встретил критику со стороны главы МИД Франции.", "2024-05-14")
    assert [(e.source_country, e.target_country, e.code[:3]) for e in events] == [("FRA", "ISR", "111")]


def test_code_ru_event_ids_are_stable(pipeline):
    text = "Литва выслала российского дипломата."
    first = [e.event_id for e in code_sentence(pipeline, text, "2022-04-04")]
    assert first and first == [e.event_id for e in code_sentence(pipeline, text, "2022-04-04")]


def test_code_ru_office_holder_as_of_the_event_date(pipeline):
    before = code_sentence(pipeline, "Нурсултан Назарбаев встретился с Владимиром Путиным.", "2018-05-01")
    after = code_sentence(pipeline, "Нурсултан Назарбаев встретился с Владимиром Путиным.", "2021-05-01")
    assert any(e.source == "KAZGOV" for e in before)
    assert not any(e.source == "KAZGOV" for e in after)


def test_code_ru_headline_line_is_its_own_sentence(pipeline):
    """A headline without a full stop does not join the lead: its words give neither actors nor dates."""
    text = "Протесты в Тбилиси\nПолиция Грузии задержала десять активистов 5 мая 2024 года."
    events = code_sentence(pipeline, text, "2024-05-06")
    arrest = next(e for e in events if e.code == "173")
    assert arrest.sentence.startswith("Полиция Грузии") and arrest.date == "2024-05-05"


def test_code_ru_setting_war_is_no_event_of_the_subject(pipeline):
    """'поддерживают в этой войне X': the supporters do not fight X, and do not act on each other."""
    events = code_sentence(pipeline, "Россия и Сирия поддерживают в этой войне правительство Судана.", "2024-03-01")
    assert {(e.source_country, e.target_country) for e in events} <= {("RUS", "SDN"), ("SYR", "SDN")}
    assert not [e for e in events if e.root in ("18", "19", "20")]


def test_code_ru_future_passive_is_no_deed(pipeline):
    """'будет депортирован': natasha tags 'будет' present tense; it is still a plan, by the place's state."""
    events = code_sentence(pipeline, "Он будет депортирован в Россию после отбытия срока в США.", "2024-03-01")
    assert events and all(e.modality == "intent" for e in events)
    assert {e.source_country for e in events} == {"USA"}


def test_code_ru_followup_sentences_take_the_date_of_their_story(pipeline):
    """An undated event between the same two countries right after a dated one continues its story;
    one that says it happened earlier does not."""
    text = ("5 марта 2024 года президент России Владимир Путин провёл переговоры с президентом Казахстана "
            "Касым-Жомартом Токаевым. Токаев поблагодарил Путина за поддержку. "
            "Ранее Казахстан подписал с Россией соглашение о поставках газа.")
    events = code_sentence(pipeline, text, "2024-03-07")
    thanks = next(e for e in events if e.code == "051")
    signed = next(e for e in events if e.code == "057")
    assert thanks.date == "2024-03-05" and thanks.date_source == "anchored"
    assert signed.date_source == "publication"


def test_code_ru_a_weekday_with_a_future_verb_is_the_coming_one(pipeline):
    events = code_sentence(pipeline, "Президент России Владимир Путин в пятницу посетит Казахстан.", "2024-03-06")
    assert [e.date for e in events] and all(e.date == "2024-03-08" for e in events)


def test_code_ru_a_parade_is_the_scene_of_an_award_not_a_deed(pipeline):
    # the president awarded the veterans (051, civilians of the place); the parade is where, not what he did
    events = code_sentence(pipeline, "На военном параде в Минске президент Белоруссии вручил награды ветеранам.",
                           "2024-05-09")
    assert [(e.source_country, e.target_country, e.code) for e in events] == [("BLR", "BLR", "051")]


def test_code_ru_a_support_verb_names_the_target_of_its_event_noun(pipeline):
    # 'наложил на Россию штрафы': the fine is the noun's event, its target the verb's 'на'
    events = code_sentence(pipeline, "В июле ЕС наложил на Россию миллионные штрафы.", "2024-07-20")
    assert [(e.source, e.target_country, e.code) for e in events] == [("IGOEUREEC", "RUS", "172")]


def test_code_ru_keeping_in_custody_is_an_arrest(pipeline):
    events = code_sentence(pipeline, "Суд в Москве постановил держать под стражей журналиста Ивана Сафронова.", "2024-03-01")
    assert [(e.source, e.target, e.code) for e in events] == [("RUSJUD", "RUSMED", "173")]


def test_code_ru_claiming_responsibility_answers_for_the_last_act_of_force(pipeline):
    text = ("Боевики атаковали колонну американских военных в Афганистане. "
            "Ответственность за нападение взял на себя «Талибан».")
    events = code_sentence(pipeline, text, "2019-02-14")
    assert ("AFGREB", "USA", "015") in [(e.source, e.target_country, e.code) for e in events]


def test_code_ru_force_used_on_a_vehicle_is_used_on_whom_it_carries(pipeline):
    events = code_sentence(pipeline, "Боевики обстреляли автобус, перевозивший российских военных.", "2019-02-14")
    assert [(e.target, e.code[:2]) for e in events] == [("RUSMIL", "19")]
