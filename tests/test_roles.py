"""Who a verb's subject is (events/roles.py), on real parses of written sentences."""
from __future__ import annotations

from gestae.analyze.dispatch import analyze
from gestae.events.roles import subjects
from gestae.records import Document


def subject_words(text: str, verb: str) -> list[str]:
    sentence = analyze(Document(id="t", text=text, lang="ru"), "ru")[0]
    index = next(t.index for t in sentence.tokens if t.text == verb)
    return [sentence.tokens[i].text for i in subjects(sentence, index)]


def test_roles_coordinated_verbs_share_their_subject():
    assert subject_words("Президент прилетел в Минск и провёл переговоры.", "провёл") == ["Президент"]


def test_roles_a_plural_verb_does_not_take_the_subject_of_a_singular_one():
    # 'а ... отпустили' is impersonal: whoever released Губайдулин, it was not Айдар
    text = ("С 9 августа Айдар находился в СИЗО, но через месяц суд вернул его дело в прокуратуру, "
            "а Губайдулина отпустили под подписку о невыезде.")
    assert subject_words(text, "отпустили") == []


def test_roles_a_by_phrase_makes_a_participle_passive():
    from gestae.events.roles import is_passive, passive_agent
    text = "The council voted on an inquiry, a move welcomed by activists but denounced by Tehran."
    sentence = analyze(Document(id="t", text=text, lang="en"), "en")[0]
    denounced = next(t.index for t in sentence.tokens if t.text == "denounced")
    assert is_passive(sentence, denounced)
    assert [sentence.tokens[i].text for i in passive_agent(sentence, denounced)] == ["Tehran"]
