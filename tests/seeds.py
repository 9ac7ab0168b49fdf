"""The source documents the content was written from: ../shared/seeds/ beside the checkout, on a
developer's machine as in CI (which clones the repository next to shared/). A missing folder fails
the tests that need it, with a message saying where it was looked for: it is never skipped."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
RUN = 12  # no run of this many words may be shared with a source


def seed_files() -> list[Path]:
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        raise AssertionError(
            f"The source documents are missing: expected ../shared/seeds/*.txt beside the checkout ({SEEDS})."
        )
    return files


@cache
def seed_text() -> str:
    return "\n".join(path.read_text() for path in seed_files())


def words(text: str) -> list[str]:
    """Lower-case words without punctuation or markup: 'Ekstremisme,' and 'ekstremisme' are the same word."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("\u00ad", "")  # soft hyphens
    return re.findall(r"[0-9a-zæøåéäöü§]+", text.lower())


@cache
def seed_runs() -> frozenset[tuple[str, ...]]:
    runs = set()
    for path in seed_files():
        found = words(path.read_text())
        runs.update(tuple(found[i:i + RUN]) for i in range(len(found) - RUN + 1))
    return frozenset(runs)


@cache
def official_names() -> list[list[str]]:
    """Official names that may be quoted as they are (tests/source_names.txt), longest first."""
    lines = (Path(__file__).with_name("source_names.txt")).read_text().splitlines()
    names = [words(line) for line in lines if line.strip() and not line.startswith("#")]
    return sorted(names, key=len, reverse=True)


def without_names(found: list[str]) -> list[list[str]]:
    """The word list cut into pieces at every official name (the name itself left out)."""
    pieces, start, i = [], 0, 0
    while i < len(found):
        for name in official_names():
            if found[i:i + len(name)] == name:
                pieces.append(found[start:i])
                i += len(name)
                start = i
                break
        else:
            i += 1
    pieces.append(found[start:])
    return pieces


def shared_runs(text: str) -> list[str]:
    """The runs of RUN words that `text` shares with a source, as text (official names excepted)."""
    runs = seed_runs()
    return [
        " ".join(piece[i:i + RUN])
        for piece in without_names(words(text))
        for i in range(len(piece) - RUN + 1)
        if tuple(piece[i:i + RUN]) in runs
    ]
