#!/usr/bin/env python3
"""Builds pairs.tsv: one city name in English and the same city in Arabic, Persian and Russian,
from the exemplar cities of CLDR's time zone names (the npm package cldr-dates-full).

Not every pair is one name written in two scripts: some translate a word ("Easter Island",
"о-в Пасхи"), drop one ("Casey Station", "Кейси") or use another name ("Jerusalem", "القدس").
not-transliterations.tsv lists those, judged by reading the names (not by any algorithm), and
pairs.tsv says so in its `kind` column, so that recall is measured on the transliterations.

It also builds territories.tsv the same way from CLDR's territory names (the npm package
cldr-localenames-full), with its own territories-not-transliterations.tsv: a second set that
the transliteration rules were not written against, for a held-out measure.

Run from the repository root:  python3 bench/names/build.py [path/to/unpacked/packages]
Without a path it fetches the packages with `npm pack` into a temporary directory; with one,
the directory holds cldr-dates-full/ and cldr-localenames-full/ unpacked.
"""
import json
import pathlib
import subprocess
import sys
import tarfile
import tempfile

VERSION = "48.2.0"
OTHERS = ["ar", "fa", "ru"]


def cities(package: pathlib.Path, lang: str) -> dict:
    data = json.loads((package / "main" / lang / "timeZoneNames.json").read_text("utf-8"))
    zones = data["main"][lang]["dates"]["timeZoneNames"]["zone"]
    out = {}

    def walk(path, node):
        if not isinstance(node, dict):
            return
        if "exemplarCity" in node:
            out["/".join(path)] = node["exemplarCity"]
        for key, value in node.items():
            walk(path + [key], value)

    walk([], zones)
    return out


def territories(package: pathlib.Path, lang: str) -> dict:
    data = json.loads((package / "main" / lang / "territories.json").read_text("utf-8"))
    names = data["main"][lang]["localeDisplayNames"]["territories"]
    # Regions have numeric codes; variants (`-alt-short`) are other names of the same.
    return {k: v for k, v in names.items() if not k.isdigit() and "-alt-" not in k}


def unpacked(root, name: str) -> pathlib.Path:
    if root is not None:
        return pathlib.Path(root) / name
    tmp = pathlib.Path(tempfile.mkdtemp())
    subprocess.run(["npm", "pack", f"{name}@{VERSION}"], cwd=tmp, check=True, capture_output=True)
    with tarfile.open(tmp / f"{name}-{VERSION}.tgz") as t:
        t.extractall(tmp, filter="data")
    return tmp / "package"


def judged(file: str) -> dict:
    out = {}
    for line in pathlib.Path(__file__).with_name(file).read_text("utf-8").splitlines():
        if line.strip():
            key, lang, reason = line.split("\t", 2)
            out[(key, lang)] = reason.split(" ", 1)[0]
    return out


def write(file: str, source: str, rows: list) -> None:
    out = pathlib.Path(__file__).with_name(file)
    with out.open("w", encoding="utf-8") as f:
        f.write(f"# {source}, Unicode License v3; built by bench/names/build.py\n")
        f.write("zone\tlanguage\tlatin\tname\tkind\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} pairs written to {out}")


def main() -> None:
    root = sys.argv[1] if len(sys.argv) > 1 else None
    names = unpacked(root, "cldr-localenames-full")
    english = territories(names, "en")
    marked = judged("territories-not-transliterations.tsv")
    rows = []
    for lang in OTHERS:
        for code, name in sorted(territories(names, lang).items()):
            if code in english and english[code] != name:
                rows.append((code, lang, english[code], name, marked.get((code, lang), "transliteration")))
    write("territories.tsv", f"CLDR {VERSION} territory names (npm cldr-localenames-full@{VERSION}, "
          "main/*/territories.json)", rows)

    package = unpacked(root, "cldr-dates-full")
    english = cities(package, "en")
    judged_cities = judged("not-transliterations.tsv")
    rows = []
    for lang in OTHERS:
        for zone, name in sorted(cities(package, lang).items()):
            # English leaves out a city whose name is the zone's own (America/New_York).
            latin = english.get(zone) or zone.rsplit("/", 1)[-1].replace("_", " ")
            if zone.startswith("Etc/") or latin == name:
                continue
            rows.append((zone, lang, latin, name, judged_cities.get((zone, lang), "transliteration")))
    write("pairs.tsv", f"CLDR {VERSION} exemplar cities (npm cldr-dates-full@{VERSION}, "
          "main/*/timeZoneNames.json)", rows)


if __name__ == "__main__":
    main()
