"""Reading the reference tables in places/data/ (98 municipalities, 12 police districts).

Used by the data migration that loads them; the files are facts copied from ../shared/data/
(see places/data/SOURCES.md for where every column comes from)."""

from __future__ import annotations

import csv
from pathlib import Path

from django.utils.text import slugify

DATA_DIR = Path(__file__).resolve().parent / "data"

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def danish_slug(text: str) -> str:
    """'Ringkøbing-Skjern' -> 'ringkoebing-skjern', the transliteration politi.dk uses (æ→ae, ø→oe, å→aa)."""
    return slugify(text.translate(_DANISH))


def read_police_districts() -> list[dict]:
    with open(DATA_DIR / "police_districts.csv", encoding="utf-8", newline="") as fh:
        return [
            {"slug": row["slug"], "name": row["name"], "dagi_code": int(row["dagi_code"])}
            for row in csv.DictReader(fh)
        ]


def read_municipalities() -> list[dict]:
    with open(DATA_DIR / "municipalities.csv", encoding="utf-8", newline="") as fh:
        return [
            {
                "code": int(row["code"]),
                "name": row["name"],
                "short_name": row["short_name"],
                "slug": danish_slug(row["short_name"]),
                "region": row["region"],
                "police_district_code": int(row["police_district_code"]),
            }
            for row in csv.DictReader(fh)
        ]


def load(PoliceDistrict, Municipality) -> None:
    """Create or update the rows (idempotent). Takes the model classes so a migration can pass
    its historical models."""
    districts = {}
    for data in read_police_districts():
        district, _ = PoliceDistrict.objects.update_or_create(
            dagi_code=data["dagi_code"], defaults={"slug": data["slug"], "name": data["name"]}
        )
        districts[district.dagi_code] = district
    for data in read_municipalities():
        data = dict(data)
        district = districts[data.pop("police_district_code")]
        Municipality.objects.update_or_create(
            code=data.pop("code"), defaults={**data, "police_district": district}
        )
