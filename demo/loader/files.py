"""Reading the content files under demo/content/ (YAML, see demo/content/README.md)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

CONTENT = Path(__file__).resolve().parent.parent / "content"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NUMBERED = re.compile(r"^(\d+)-.+\.yaml$")


def read(relative: str):
    """The data of one content file, e.g. read("pages/home.yaml")."""
    path = CONTENT / relative
    with path.open(encoding="utf-8") as handle:
        try:
            return yaml.load(handle, Loader=_Loader)
        except yaml.YAMLError as error:
            raise ValueError(f"demo/content/{relative}: {error}") from None


def exists(relative: str) -> bool:
    return (CONTENT / relative).is_file()


def numbered(folder: str) -> list:
    """The data of a folder's numbered files ("1-behov.yaml", "2-...") in the order of their numbers."""
    found = [(int(m.group(1)), path.name) for path in (CONTENT / folder).iterdir() if (m := _NUMBERED.match(path.name))]
    return [read(f"{folder}/{name}") for _number, name in sorted(found)]
