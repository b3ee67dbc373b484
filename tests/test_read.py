"""read_paths: .txt, .jsonl, directories and stdin -> Document; bad input -> InputError, never a raise."""
from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from gestae.errors import InputError
from gestae.read import read_paths
from gestae.records import Document

TEN_MB = 10 * 1024 * 1024


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def read(*paths: Path | str, stdin: str | None = None) -> list[Document | InputError]:
    return list(read_paths([str(p) for p in paths], stdin=io.StringIO(stdin) if stdin is not None else None))


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# --- .txt ------------------------------------------------------------------------------------

@pytest.mark.parametrize("content, expected_date, expected_text", [
    ("date 2024-03-14\nТокаев провёл переговоры.", date(2024, 3, 14), "Токаев провёл переговоры."),
    ("date 2024-03-14\r\nТокаев провёл переговоры.", date(2024, 3, 14), "Токаев провёл переговоры."),
    # inline, as in shared/seed/000_07774b7a0f65133f.txt
    (" date 2026-01-12 Телефонный разговор Токаева и Нетаньяху.", date(2026, 1, 12),
     "Телефонный разговор Токаева и Нетаньяху."),
    ("\ufeffdate 2025-06-24\nВан И прибыл в Москву.", date(2025, 6, 24), "Ван И прибыл в Москву."),
    ("Ван И прибыл в Москву.", None, "Ван И прибыл в Москву."),
    # "date" not at the start is text, not a header
    ("Ван И прибыл в Москву, date 2025-06-24.", None, "Ван И прибыл в Москву, date 2025-06-24."),
])
def test_read_txt_date_header(tmp_path, content, expected_date, expected_text):
    [doc] = read(write(tmp_path, "article.txt", content))
    assert isinstance(doc, Document)
    assert (doc.id, doc.date, doc.text) == ("article", expected_date, expected_text)
    assert doc.origin == str(tmp_path / "article.txt")


def test_read_txt_seed_article(need_shared):
    [doc] = read(need_shared / "seed" / "000_07774b7a0f65133f.txt")
    assert isinstance(doc, Document)
    assert doc.date == date(2026, 1, 12)
    assert doc.text.startswith("Телефонный разговор Касым-Жомарта Токаева")
    assert "date" not in doc.text[:20]


# --- .jsonl ----------------------------------------------------------------------------------

def test_read_jsonl_fields(tmp_path):
    path = write(tmp_path, "wire.jsonl", jsonl(
        {"id": "w1", "text": "Макрон провёл разговор с Эрдоганом.", "date": "2024-09-12", "lang": "ru",
         "title": "Макрон и Эрдоган", "url": "https://example.org/w1"},
        {"text": "Лавров принял Ван И.", "doc_date": "2025-06-24T10:00:00"},
    ))
    first, second = read(path)
    assert (first.id, first.text, first.date, first.lang, first.title, first.url) == (
        "w1", "Макрон провёл разговор с Эрдоганом.", date(2024, 9, 12), "ru", "Макрон и Эрдоган",
        "https://example.org/w1")
    assert first.origin == f"{path}:1"
    assert (second.id, second.date, second.lang, second.title, second.url) == (
        "wire-2", date(2025, 6, 24), None, None, None)


def test_read_jsonl_blank_lines_keep_numbering(tmp_path):
    path = write(tmp_path, "wire.jsonl", "\n" + jsonl({"text": "Первый."}) + "\n   \n" + '{"text": 1}\n')
    doc, error = read(path)
    assert doc.origin == f"{path}:2" and doc.id == "wire-2"
    assert isinstance(error, InputError) and f"{path}:5" in str(error)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_read_jsonl_unicode_line_separator_inside_text(tmp_path, separator):
    text = f"Первый абзац.{separator}Второй абзац."
    path = write(tmp_path, "wire.jsonl", jsonl({"id": "u1", "text": text}, {"id": "u2", "text": "Два."}))
    results = read(path)
    assert [(r.id, r.text) for r in results] == [("u1", text), ("u2", "Два.")]
    assert results[1].origin == f"{path}:2"


# --- directories and stdin -------------------------------------------------------------------

def test_read_directory_recursive(tmp_path):
    write(tmp_path, "a.txt", "date 2024-01-01\nПервый текст.")
    write(tmp_path, "sub/b.jsonl", jsonl({"id": "b1", "text": "Второй текст."}, {"id": "b2", "text": "Третий."}))
    write(tmp_path, "sub/deeper/c.txt", "Четвёртый текст.")
    write(tmp_path, "sub/notes.md", "не документ")
    write(tmp_path, "sub/data.csv", "id,text\n1,нет")
    results = read(tmp_path)
    assert all(isinstance(r, Document) for r in results)
    assert [r.id for r in results] == ["a", "b1", "b2", "c"]


def test_read_empty_directory(tmp_path):
    assert read(tmp_path) == []


@pytest.mark.parametrize("stdin, expected", [
    ("date 2024-03-14\nТокаев провёл переговоры.", [("stdin", date(2024, 3, 14), "Токаев провёл переговоры.")]),
    ("Токаев провёл переговоры.", [("stdin", None, "Токаев провёл переговоры.")]),
    (jsonl({"id": "s1", "text": "Один.", "date": "2024-01-02"}, {"id": "s2", "text": "Два."}),
     [("s1", date(2024, 1, 2), "Один."), ("s2", None, "Два.")]),
])
def test_read_stdin(stdin, expected):
    results = read("-", stdin=stdin)
    assert [(d.id, d.date, d.text) for d in results] == expected
    assert all(d.origin.startswith("<stdin>") for d in results)


def test_read_stdin_empty_is_an_error():
    [error] = read("-", stdin="   \n")
    assert isinstance(error, InputError)
    assert "<stdin>:1" in str(error) and "empty" in str(error)


# --- bad input: an InputError naming file and line, and the batch goes on ---------------------

BAD_INPUTS = [
    # name, content, fragments the error must contain, good documents still read from that file
    ("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)), ["binary.txt", "binary"], 0),
    ("latin1.txt", "café\n".encode("latin-1") + "Президент России".encode("cp1251"),
     ["latin1.txt", "line 1", "not UTF-8", "iconv"], 0),
    ("cp1251.txt", b"date 2024-01-01\n" + "Президент России".encode("cp1251"),
     ["cp1251.txt", "line 2", "not UTF-8"], 0),
    ("latin1.jsonl", b'{"text": "ok"}\n{"text": "caf\xe9"}\n', ["latin1.jsonl", "line 2", "not UTF-8"], 0),
    ("empty.txt", b"", ["empty.txt:1", "empty"], 0),
    ("blank.txt", b"  \n\t\r\n  ", ["blank.txt:1", "empty"], 0),
    ("header_only.txt", b"date 2024-01-01\n", ["header_only.txt:1", "empty"], 0),
    ("not_json.jsonl", (jsonl({"text": "Один."}) + "{text: 'два'\n" + jsonl({"text": "Три."})).encode(),
     ["not_json.jsonl:2", "not valid JSON"], 2),
    ("array.jsonl", (jsonl({"text": "Один."}) + '["Два."]\n').encode(), ["array.jsonl:2", "JSON object"], 1),
    ("string.jsonl", b'"just a string"\n', ["string.jsonl:1", "JSON object"], 0),
    ("no_text.jsonl", (jsonl({"id": "x", "title": "Без текста"}, {"text": "Два."})).encode(),
     ["no_text.jsonl:1", '"text"'], 1),
    ("null_text.jsonl", b'{"text": null}\n', ["null_text.jsonl:1", '"text"'], 0),
    ("empty_text.jsonl", b'{"text": "  "}\n', ["empty_text.jsonl:1", "empty"], 0),
    ("huge.txt", ("Путин провёл переговоры. " * (TEN_MB // 46)).encode(), ["huge.txt:1", "over the limit"], 0),
    ("huge.jsonl", (jsonl({"text": "Один."}, {"text": "x" * TEN_MB})).encode(), ["huge.jsonl:2", "over the limit"], 1),
]


@pytest.mark.parametrize("name, content, fragments, good_in_file", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_read_bad_input_is_an_error_not_an_exception(tmp_path, name, content, fragments, good_in_file):
    before = write(tmp_path, "before.txt", "date 2024-03-14\nТокаев провёл переговоры.")
    bad = write(tmp_path, name, content)
    after = write(tmp_path, "after.jsonl", jsonl({"id": "after", "text": "Лавров принял Ван И."}))
    results = read(before, bad, after)
    errors = [r for r in results if isinstance(r, InputError)]
    documents = [r for r in results if isinstance(r, Document)]
    assert len(errors) == 1, [str(e) for e in errors]
    message = str(errors[0])
    for fragment in fragments:
        assert fragment in message
    assert str(tmp_path) in message                    # the full path, not only the name
    assert "\n" not in message                         # one line, fit for the CLI
    assert len(message) < 300                          # never echoes the offending content
    assert len(documents) == 2 + good_in_file
    assert documents[0].id == "before" and documents[-1].id == "after"


def test_read_nonexistent_path_is_an_error(tmp_path):
    good = write(tmp_path, "good.txt", "Токаев провёл переговоры.")
    missing = tmp_path / "missing.txt"
    first, second, third = read(missing, good, tmp_path / "no_such_dir")
    assert isinstance(first, InputError) and str(missing) in str(first) and "no such file" in str(first)
    assert isinstance(second, Document) and second.id == "good"
    assert isinstance(third, InputError) and "no_such_dir" in str(third)


def test_read_directory_with_bad_files_goes_on(tmp_path):
    write(tmp_path, "a_binary.txt", b"\x00\x01\x02")
    write(tmp_path, "b_good.txt", "Токаев провёл переговоры.")
    write(tmp_path, "c_latin1.txt", "café".encode("latin-1"))
    results = read(tmp_path)
    assert [type(r).__name__ for r in results] == ["InputError", "Document", "InputError"]
    assert "a_binary.txt" in str(results[0]) and "c_latin1.txt" in str(results[2])


def test_read_errors_are_yielded_lazily(tmp_path):
    """A bad first input does not stop the generator: the caller sees it, then the next document."""
    good = write(tmp_path, "good.txt", "Текст.")
    iterator = read_paths([str(tmp_path / "missing.txt"), str(good)])
    assert isinstance(next(iterator), InputError)
    assert next(iterator).id == "good"
    with pytest.raises(StopIteration):
        next(iterator)


@pytest.mark.parametrize("name, content, where", [
    ("bad.jsonl", '{"id": "a", "text": "Путин встретился с Токаевым.", "date": "2024-13-45"}\n', "bad.jsonl:1"),
    ("a.txt", "date 2024-13-45\nПутин встретился с Токаевым.", "a.txt:1"),
])
def test_read_a_malformed_date_costs_the_date_not_the_document(tmp_path, caplog, name, content, where):
    from gestae.read import read_paths
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [doc] = list(read_paths([str(path)]))
    assert (doc.id, doc.date, doc.text) == ("a", None, "Путин встретился с Токаевым.")
    assert where in caplog.text and "2024-13-45" in caplog.text
