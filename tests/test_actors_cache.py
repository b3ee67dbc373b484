"""The compiled knowledge base is cached between processes, keyed by its sources."""
from __future__ import annotations

from gestae.actors.cache import cache_key, cached_kb


def test_cache_second_load_reads_the_pickle_and_matches(tmp_path):
    first = cached_kb(tmp_path)
    [pickle] = list((tmp_path / "cache").glob("kb-*.pickle"))
    second = cached_kb(tmp_path)
    assert second is not first and len(second.index) == len(first.index)
    assert list((tmp_path / "cache").glob("kb-*.pickle")) == [pickle]


def test_cache_a_new_user_row_changes_the_key(tmp_path):
    before = cache_key(tmp_path)
    user = tmp_path / "actors" / "user"
    user.mkdir(parents=True)
    (user / "mine.tsv").write_text("phrase\tlang\tcode\tstart\tend\tsource\nИван Петров\tru\tRUSOPP\t\t\ttest\n",
                                   encoding="utf-8")
    assert cache_key(tmp_path) != before
    assert cached_kb(tmp_path).lookup(("иван", "петров"))


def test_cache_a_broken_pickle_is_rebuilt(tmp_path, caplog):
    kb = cached_kb(tmp_path)
    [pickle] = list((tmp_path / "cache").glob("kb-*.pickle"))
    pickle.write_bytes(b"not a pickle")
    again = cached_kb(tmp_path)
    assert len(again.index) == len(kb.index) and "unreadable" in caplog.text


def test_cache_keeps_a_view_per_language_beside_the_whole_base(tmp_path):
    whole, russian = cached_kb(tmp_path), cached_kb(tmp_path, "ru")
    names = sorted(p.name for p in (tmp_path / "cache").glob("kb-*.pickle"))
    assert len(names) == 2 and names[0].endswith("-all.pickle") and names[1].endswith("-ru.pickle")
    assert len(russian.index) < len(whole.index) / 2
    assert cached_kb(tmp_path, "ru").lookup(("токаев",))


def test_language_view_keeps_names_quoted_in_any_script_and_drops_foreign_office_holders(tmp_path):
    from gestae.actors.kb import phrase_keys
    russian = cached_kb(tmp_path, "ru")
    # 'Pussy Riot' in Russian news: an undated Phoenix name, quoted in Latin letters
    assert [e.key for e in russian.lookup(phrase_keys("Pussy Riot", "en"))] == ["imported:en:pussy riot"]
    # 'Ronald Reagan' in Latin letters is the English base's: Russian texts write 'Рональд Рейган'
    assert russian.lookup(phrase_keys("Ronald Reagan", "en")) == []
    assert cached_kb(tmp_path).lookup(phrase_keys("Ronald Reagan", "en"))
