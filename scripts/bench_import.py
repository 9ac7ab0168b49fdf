"""How long the Word import takes on a long plan: builds a ~40-page plan (.docx, python-docx) with the
template's sections, long text, the centre's text blocks word for word, goals, a 30-row intervention table
and an appendix, then times reading and mapping it (plans.word.mapping.map_document), and the whole import
with the new draft revision saved (plans.word.apply.save_import, rolled back afterwards).
Goal: under 3 s. Run against a loaded demo database (make run, or manage.py load_demo_content):

    .venv/bin/python scripts/bench_import.py
"""

import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402
from docx import Document  # noqa: E402

from places.models import Municipality  # noqa: E402
from plans.word.apply import save_import  # noqa: E402
from plans.word.mapping import block_units, known_text_blocks, map_document  # noqa: E402
from plans.word.vocabulary import sections  # noqa: E402

FILLER = ("Kommunen arbejder på tværs af forvaltninger med at forebygge, opspore og håndtere bekymringer for "
          "ekstremisme. Fagpersoner i skoler, klubber, jobcentre og socialforvaltningen kender deres rolle, og "
          "infohuset koordinerer med politiet, så en bekymring bliver vurderet hurtigt og kvalificeret. ")
WORDS_PER_PAGE = 450


def build_plan(municipality, pages=40) -> bytes:
    document = Document()
    document.add_paragraph(f"Handlingsplan mod ekstremisme for {municipality.name}", style="Title")
    document.add_paragraph("Politisk godkendt: 8. april 2025")
    blocks = known_text_blocks(municipality)
    paragraph_words = len(FILLER.split()) * 2
    parts = [s for s in sections() if s.number and not s.group and not s.aimed_at]
    paragraphs_per_part = max(1, pages * WORDS_PER_PAGE // paragraph_words // len(parts))
    for n, part in enumerate(parts):
        document.add_heading(f"{part.number} {part.headings[0]}", level=2)
        if part.key == "goals":
            for goal in range(5):
                document.add_paragraph(f"Mål nummer {goal + 1}: alle fagpersoner kender proceduren", style="List Bullet")
            continue
        if part.key == "interventions":
            table = document.add_table(rows=1, cols=5)
            for cell, text in zip(table.rows[0].cells, ["Indsats", "Formål", "Niveau", "Målgruppe", "Rettet mod"], strict=True):
                cell.text = text
            for row in range(30):
                values = [f"Indsats {row + 1}", FILLER[:120], ["Opbyggende", "Foregribende", "Indgribende"][row % 3],
                          "Unge 12-25 år", ["Borgeren", "Pårørende", "Fagprofessionelle"][row % 3]]
                for cell, text in zip(table.add_row().cells, values, strict=True):
                    cell.text = text
        for _ in range(paragraphs_per_part):
            document.add_paragraph(FILLER * 2)
        if blocks and n % 3 == 0:  # a text block word for word now and then
            block = blocks[(n // 3) % len(blocks)]
            for unit in block_units(block.text_block.body, normalised=False):
                document.add_paragraph(unit.replace("[KOMMUNE]", municipality.name).replace(
                    "[POLITIKREDS]", municipality.police_district.name))
    document.add_heading("Bilag 1: Organisationsdiagram", level=1)
    for _ in range(10):
        document.add_paragraph(FILLER)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main():
    municipality = Municipality.objects.select_related("police_district").get(slug="odense")
    content = build_plan(municipality)
    words = sum(len(p.text.split()) for p in Document(io.BytesIO(content)).paragraphs)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        result = map_document(content, municipality)
        times.append(time.perf_counter() - start)
    print(f"document: {len(content) / 1024:.0f} KB, {words} words in paragraphs (~{words / WORDS_PER_PAGE:.0f} pages), "
          f"{len(result.parts)} parts, {len(result.interventions)} interventions, "
          f"{result.text_block_count()} text blocks recognised")
    print(f"import (read + map, nothing saved): median {statistics.median(times):.2f} s, "
          f"max {max(times):.2f} s over {len(times)} runs (goal < 3 s)")
    saved = []
    for _ in range(5):
        with transaction.atomic():
            start = time.perf_counter()
            save_import(map_document(content, municipality), municipality)
            saved.append(time.perf_counter() - start)
            transaction.set_rollback(True)
    print(f"import (read + map + save a draft revision): median {statistics.median(saved):.2f} s, "
          f"max {max(saved):.2f} s over {len(saved)} runs (goal < 3 s)")


if __name__ == "__main__":
    main()
