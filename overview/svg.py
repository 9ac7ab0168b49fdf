"""Server-rendered SVG charts for the national overview, as pure functions over plain data.

Every chart is an ``<svg role="img">`` labelled by its own ``<title>`` and ``<desc>`` (through
``aria-labelledby``), drawn with presentation attributes only (no inline styles, no scripts), so it
prints, works without JavaScript and survives a strict Content-Security-Policy. Plan status never
relies on colour alone: a public plan is a solid tile, a staff-only plan a hatched one, a
municipality without a plan an empty tile with a dashed outline; every tile carries its label.
The page pairs each chart with a table holding the same figures.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, ngettext

from overview.figures import (
    STATUS_LABELS,
    STATUS_NONE,
    STATUS_PUBLIC,
    STATUS_STAFF_ONLY,
)

TILES_CSV = Path(__file__).resolve().parent / "data" / "tiles.csv"

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
INK = "#1a1a1a"
MUTED = "#4d4d4d"
PUBLIC_FILL = "#0b6148"  # white text on it: 7.4:1
HATCH_BACKGROUND = "#e4eef8"
HATCH_LINE = "#2f5f8f"  # tile outline; against white: 6.6:1
HATCH_STRIPE = "#8fb0d3"
NONE_FILL = "#ffffff"
NONE_STROKE = "#595959"  # against white: 7:1
TRACK_FILL = "#f2f2f2"
TRACK_STROKE = "#767676"

TILE = 40  # tile size in SVG units
GAP = 4


@lru_cache(maxsize=1)
def load_tiles(path: Path = TILES_CSV) -> dict[str, dict]:
    """The tile layout: municipality code -> {"col", "row", "abbr", "short_name"}."""
    tiles = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for line in csv.DictReader(handle):
            tiles[line["code"]] = {
                "col": int(line["col"]),
                "row": int(line["row"]),
                "abbr": line["abbr"],
                "short_name": line["short_name"],
            }
    return tiles


def _attrs(**values) -> str:
    """Render attributes; a trailing underscore is dropped and other underscores become hyphens."""
    parts = []
    for name, value in values.items():
        if value is None:
            continue
        name = name.rstrip("_").replace("_", "-")
        if isinstance(value, float):
            value = int(value) if value.is_integer() else round(value, 2)
        parts.append(f'{name}="{escape(str(value))}"')
    return " ".join(parts)


def _hatch_pattern(pattern_id: str) -> str:
    return (
        f'<pattern {_attrs(id=pattern_id, width=8, height=8, patternUnits="userSpaceOnUse", patternTransform="rotate(45)")}>'
        f'<rect {_attrs(width=8, height=8, fill=HATCH_BACKGROUND)}/>'
        f'<line {_attrs(x1=0, y1=0, x2=0, y2=8, stroke=HATCH_STRIPE, stroke_width=3)}/>'
        "</pattern>"
    )


def _status_shape_attrs(status: str, hatch_id: str) -> dict:
    if status == STATUS_PUBLIC:
        return {"fill": PUBLIC_FILL, "stroke": PUBLIC_FILL, "stroke_width": 1}
    if status == STATUS_STAFF_ONLY:
        return {"fill": f"url(#{hatch_id})", "stroke": HATCH_LINE, "stroke_width": 1.5}
    return {"fill": NONE_FILL, "stroke": NONE_STROKE, "stroke_width": 1.5, "stroke_dasharray": "4 3"}


def _text_colour(status: str) -> str:
    return "#ffffff" if status == STATUS_PUBLIC else INK


def _open_svg(id_prefix: str, width: int, height: int, title: str, desc: str, css_class: str) -> str:
    title_id, desc_id = f"{id_prefix}-title", f"{id_prefix}-desc"
    # direction="ltr": the layout is drawn left to right, so text anchors must not flip on a
    # right-to-left (Arabic) page; Arabic labels are still shaped and ordered right to left.
    return (
        f'<svg {_attrs(xmlns="http://www.w3.org/2000/svg", viewBox=f"0 0 {width} {height}", role="img", aria_labelledby=f"{title_id} {desc_id}", class_=css_class, id=id_prefix, font_family=FONT, direction="ltr")}>'
        f'<title id="{title_id}">{escape(title)}</title>'
        f'<desc id="{desc_id}">{escape(desc)}</desc>'
    )


def _legend(x: int, y: int, hatch_id: str) -> str:
    parts = []
    for status in (STATUS_PUBLIC, STATUS_STAFF_ONLY, STATUS_NONE):
        parts.append(
            f'<g class="legend-item" data-status="{status}">'
            f'<rect {_attrs(x=x, y=y, width=22, height=22, rx=3, **_status_shape_attrs(status, hatch_id))}/>'
            f'<text {_attrs(x=x + 30, y=y + 16, font_size=15, fill=INK)}>{escape(STATUS_LABELS[status])}</text>'
            "</g>"
        )
        x += 30 + 9 * len(STATUS_LABELS[status]) + 28
    return "".join(parts)


def tile_map_svg(
    municipalities: Sequence[Mapping],
    tiles: Mapping[str, Mapping] | None = None,
    *,
    id_prefix: str = "tilemap",
    title: str | None = None,
    desc: str | None = None,
) -> SafeString:
    """A tile map of Denmark: one square per municipality at its place in the layout, drawn by status.

    ``municipalities`` are dicts with ``code``, ``name`` and ``status``; ``tiles`` maps each code to
    ``{"col", "row", "abbr"}`` (default: overview/data/tiles.csv). Every municipality needs a tile.
    Texts are in the active language."""
    tiles = load_tiles() if tiles is None else tiles
    missing = [str(m["code"]) for m in municipalities if str(m["code"]) not in tiles]
    if missing:
        raise ValueError(f"Ingen felt i kortets layout for kommunekode(r): {', '.join(missing)}.")
    hatch_id = f"{id_prefix}-hatch"
    step = TILE + GAP
    cols = max((tiles[str(m["code"])]["col"] for m in municipalities), default=0) + 1
    rows = max((tiles[str(m["code"])]["row"] for m in municipalities), default=0) + 1
    width = cols * step + GAP
    map_height = rows * step + GAP
    height = map_height + 48
    if title is None:
        title = gettext("Danmarks kommuner efter planstatus")
    if desc is None:
        counts = {status: 0 for status in STATUS_LABELS}
        for m in municipalities:
            counts[m["status"]] += 1
        total = len(municipalities)
        desc = ngettext(
            "Kort med et felt for hver af %(total)s kommune, placeret groft som på et danmarkskort. "
            "%(public)s har en offentlig plan (udfyldt felt), %(staff_only)s en plan kun for kommunens "
            "medarbejdere (skraveret felt) og %(none)s ingen offentliggjort plan (tomt felt med stiplet kant). "
            "Tabellen under kortet viser det samme som tekst.",
            "Kort med et felt for hver af %(total)s kommuner, placeret groft som på et danmarkskort. "
            "%(public)s har en offentlig plan (udfyldt felt), %(staff_only)s en plan kun for kommunens "
            "medarbejdere (skraveret felt) og %(none)s ingen offentliggjort plan (tomt felt med stiplet kant). "
            "Tabellen under kortet viser det samme som tekst.",
            total,
        ) % {
            "total": total,
            "public": counts[STATUS_PUBLIC],
            "staff_only": counts[STATUS_STAFF_ONLY],
            "none": counts[STATUS_NONE],
        }
    out = [_open_svg(id_prefix, width, height, title, desc, "chart chart--tilemap")]
    out.append(f"<defs>{_hatch_pattern(hatch_id)}</defs>")
    out.append('<g class="tiles">')
    for m in sorted(municipalities, key=lambda m: (tiles[str(m["code"])]["row"], tiles[str(m["code"])]["col"])):
        tile = tiles[str(m["code"])]
        x = GAP + tile["col"] * step
        y = GAP + tile["row"] * step
        status = m["status"]
        label = f'{m["name"]}: {STATUS_LABELS[status].lower()}'
        out.append(
            f'<g {_attrs(class_=f"tile tile--{status}", data_code=m["code"], data_status=status)}>'
            f"<title>{escape(label)}</title>"
            f'<rect {_attrs(class_="tile-shape", x=x, y=y, width=TILE, height=TILE, rx=4, **_status_shape_attrs(status, hatch_id))}/>'
            + (
                # A plate under the label keeps it legible on the stripes.
                f'<rect {_attrs(x=x + 3, y=y + 11, width=TILE - 6, height=18, rx=2, fill="#ffffff")}/>'
                if status == STATUS_STAFF_ONLY
                else ""
            )
            + f'<text {_attrs(x=x + TILE / 2, y=y + TILE / 2 + 5, font_size=14, font_weight=600, text_anchor="middle", fill=_text_colour(status))}>'
            f'{escape(tile["abbr"])}</text>'
            "</g>"
        )
    out.append("</g>")
    out.append(_legend(GAP, map_height + 14, hatch_id))
    out.append("</svg>")
    return mark_safe("".join(out))


def _wrap(text: str, max_chars: int) -> list[str]:
    """Break a label into lines of at most ``max_chars`` characters at spaces (SVG text does not wrap)."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > max_chars:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines or [""]


# Narrow on purpose: the chart scales to the screen, and on a phone 480 units keep 16-unit text legible.
BAR_WIDTH = 400
CHART_WIDTH = 480
LABEL_CHARS = 46


def bar_chart_svg(
    bars: Sequence[Mapping],
    *,
    id_prefix: str,
    title: str,
    desc: str,
) -> SafeString:
    """Horizontal bars, one per item, each labelled above the bar with its percentage beside it.

    ``bars`` are dicts with ``label``, ``percent`` (0-100 or None for "no data") and ``note`` (for
    example "12 af 40 planer", shown as the bar's tooltip; the table beside the chart has the
    counts). A bar may be split in a solid and a hatched part with ``segments``:
    ``[{"percent": 50, "status": "public"}, {"percent": 25, "status": "staff_only"}]``."""
    hatch_id = f"{id_prefix}-hatch"
    rows = []
    y = 8
    for bar in bars:
        lines = _wrap(str(bar["label"]), LABEL_CHARS)
        rows.append((y, lines, bar))
        y += 20 * len(lines) + 34
    height = y + 4
    out = [_open_svg(id_prefix, CHART_WIDTH, height, title, desc, "chart chart--bars")]
    out.append(f"<defs>{_hatch_pattern(hatch_id)}</defs>")
    for y, lines, bar in rows:
        out.append(f'<g class="bar" {_attrs(data_key=bar.get("key"))}>')
        if bar.get("note"):
            out.append(f"<title>{escape(bar['label'])}: {escape(bar['note'])}</title>")
        for index, line in enumerate(lines):
            out.append(f'<text {_attrs(x=0, y=y + 15 + 20 * index, font_size=17, fill=INK)}>{escape(line)}</text>')
        bar_y = y + 20 * len(lines) + 4
        out.append(
            f'<rect {_attrs(class_="bar-track", x=0, y=bar_y, width=BAR_WIDTH, height=18, fill=TRACK_FILL, stroke=TRACK_STROKE, stroke_width=1)}/>'
        )
        value = bar.get("percent")
        segments = bar.get("segments") or ([{"percent": value, "status": STATUS_PUBLIC}] if value is not None else [])
        x = 0.0
        for segment in segments:
            if not segment["percent"]:
                continue
            seg_width = BAR_WIDTH * segment["percent"] / 100
            out.append(
                f'<rect {_attrs(class_="bar-value", x=x, y=bar_y, width=seg_width, height=18, **_status_shape_attrs(segment["status"], hatch_id))}/>'
            )
            x += seg_width
        text = gettext("ingen data") if value is None else f"{value} %"
        out.append(
            f'<text {_attrs(x=8 if value is None else BAR_WIDTH + 8, y=bar_y + 14, font_size=16, font_weight=600, fill=INK)}>{escape(text)}</text>'
        )
        out.append("</g>")
    out.append("</svg>")
    return mark_safe("".join(out))
