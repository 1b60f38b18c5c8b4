#!/usr/bin/python3
"""Derives the territory files that are not byte copies (see app/src/main/resources/reference/PROVENANCE.md).

Run once by a developer with Debian's iso-codes package installed and ../shared beside the project:
    /usr/bin/python3 scripts/reference-data/derive.py /work/shared/data
The application never runs this; it reads the files this writes.
"""
import csv
import json
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
out = "app/src/main/resources/reference/territories/"

# ISO 3166-1 countries: alpha-2, alpha-3, numeric, English short name (iso-codes 4.15.0, LGPL-2.1+).
countries = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
with open(out + "iso3166_1_countries.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["alpha2", "alpha3", "numeric", "name", "common_name"])
    for c in sorted(countries, key=lambda c: c["alpha_2"]):
        w.writerow([c["alpha_2"], c["alpha_3"], c["numeric"], c["name"], c.get("common_name", "")])

# ISO 3166-2 regions of Tanzania (31, including Songwe TZ-31).
subdivisions = json.load(open("/usr/share/iso-codes/json/iso_3166-2.json", encoding="utf-8"))["3166-2"]
with open(out + "tz_regions_iso3166_2.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["code", "name", "type"])
    for s in sorted((s for s in subdivisions if s["code"].startswith("TZ-")), key=lambda s: s["code"]):
        w.writerow([s["code"], s["name"], s["type"]])

# US counties: the source is Windows-1252 with one mis-encoded name (Doña Ana County, NM, 35013); re-encode as UTF-8.
with open(shared + "/classifications/us_county_fips_master_kjhealy.csv", encoding="cp1252") as f:
    text = f.read().replace("Do\u00d0a Ana", "Do\u00f1a Ana")
with open(out + "us_county_fips_master_kjhealy.csv", "w", encoding="utf-8", newline="") as f:
    f.write(text)
