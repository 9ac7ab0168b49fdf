#!/usr/bin/env python
"""Build the committed front-end files under site/ from their sources (see docs/frontend.md).

    .venv/bin/python scripts/build_frontend.py           # write site/css/*.css and site/fonts/*.woff2
    .venv/bin/python scripts/build_frontend.py --check   # build into a temporary folder and fail if
                                                         # anything committed differs (run by scripts/test.sh)

- CSS: site/scss/<name>.scss → site/css/<name>.css with npm `sass` (compressed), loading only the
  DKFDS partials each entry names; site/css/<name>-rtl.css is the same sheet mirrored by npm `rtlcss`
  for right-to-left (Arabic) pages, site-rtl.css plus site/scss/rtl-extra.scss (the Arabic font faces).
  site/img/ gets the DKFDS images the CSS refers to.
- Fonts: IBM Plex Sans as shipped by npm `dkfds` and IBM Plex Sans Arabic from npm
  `@fontsource/ibm-plex-sans-arabic`, subset with fontTools to the characters below, woff2.

The built files are committed so `make run` needs no Node.js; node_modules comes from `npm ci`
(package-lock.json pins every version).
"""

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from fontTools import subset

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
SASS = NODE_MODULES / ".bin" / "sass"
RTLCSS = NODE_MODULES / ".bin" / "rtlcss"
SCSS = ROOT / "site" / "scss"

# Sass entry points compiled to site/css/<name>.css (plans-pdf.css is hand-written for WeasyPrint).
ENTRIES = ["site", "plans", "overview"]

# Danish and English text: Basic Latin, Latin-1 (æøå, é, ü, «», §, ½ ...), Œœ, dashes, quotes,
# bullet, ellipsis, single guillemets, euro, arrows.
LATIN = "U+0020-007E,U+00A0-00FF,U+0152-0153,U+2010-2014,U+2018-201E,U+2022,U+2026,U+2039-203A,U+20AC,U+2190-2193"
# Arabic letters, marks, Arabic-Indic digits and punctuation, tatweel, joiners and direction marks.
ARABIC = "U+060C,U+061B,U+061F,U+0621-065F,U+0660-066D,U+0670,U+200C-200F"
PLEX = NODE_MODULES / "dkfds" / "src" / "fonts" / "IBMPlexSans" / "complete" / "ttf"
PLEX_ARABIC = NODE_MODULES / "@fontsource" / "ibm-plex-sans-arabic" / "files"
# (output name, source file, unicode ranges). Two weights each: 400 for text, 600 for headings,
# labels and buttons (DKFDS's 500 and 700 fall back to these).
FONTS = [
    ("ibm-plex-sans-400.woff2", PLEX / "IBMPlexSans-Regular.ttf", LATIN),
    ("ibm-plex-sans-600.woff2", PLEX / "IBMPlexSans-SemiBold.ttf", LATIN),
    ("ibm-plex-sans-arabic-400.woff2", PLEX_ARABIC / "ibm-plex-sans-arabic-arabic-400-normal.woff2", ARABIC),
    ("ibm-plex-sans-arabic-600.woff2", PLEX_ARABIC / "ibm-plex-sans-arabic-arabic-600-normal.woff2", ARABIC),
]


def ensure_node_modules():
    if not (SASS.exists() and RTLCSS.exists() and PLEX.exists() and PLEX_ARABIC.exists()):
        subprocess.run(["npm", "ci", "--silent", "--no-audit", "--no-fund"], cwd=ROOT, check=True)


def build_css(out_dir):
    css_dir = out_dir / "css"
    css_dir.mkdir(parents=True, exist_ok=True)
    args = [f"{SCSS / name}.scss:{css_dir / name}.css" for name in ENTRIES]
    subprocess.run([str(SASS), "--no-source-map", "--style=compressed", "--quiet-deps",
                    "--silence-deprecation=if-function", f"--load-path={NODE_MODULES}", *args],
                   cwd=ROOT, check=True)
    # The right-to-left sheets: the same rules mirrored (DKFDS is written with physical properties);
    # site-rtl.css also gets the Arabic font faces, which only right-to-left (Arabic) pages download.
    extra = subprocess.run([str(SASS), "--no-source-map", "--style=compressed", str(SCSS / "rtl-extra.scss")],
                           cwd=ROOT, check=True, capture_output=True).stdout.strip()
    for name in ENTRIES:
        rtl = subprocess.run([str(RTLCSS), "--silent", "-"], input=(css_dir / f"{name}.css").read_bytes(),
                             cwd=ROOT, check=True, capture_output=True).stdout.strip()
        # Arabic pages set their Latin fragments (numbers, names) in the system font: the two Latin
        # faces would take an Arabic first visit over the 60 KB budget (docs/frontend.md).
        rtl = re.sub(rb'@font-face\{font-family:"IBM Plex Sans";[^}]*\}', b"", rtl)
        (css_dir / f"{name}-rtl.css").write_bytes(rtl + (extra if name == "site" else b"") + b"\n")
    # The DKFDS images the compiled CSS points to (../img/...: select arrows, details chevrons).
    for css in css_dir.glob("*.css"):
        for ref in sorted(set(re.findall(r'url\("?\.\./img/([^")]+)"?\)', css.read_text()))):
            target = out_dir / "img" / ref
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(NODE_MODULES / "dkfds" / "src" / "img" / ref, target)


def build_fonts(out_dir):
    fonts_dir = out_dir / "fonts"
    fonts_dir.mkdir(parents=True, exist_ok=True)
    for name, source, unicodes in FONTS:
        options = subset.Options()
        options.flavor = "woff2"
        options.hinting = False
        options.desubroutinize = True
        options.drop_tables += ["meta"]
        font = subset.load_font(str(source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=subset.parse_unicodes(unicodes))
        subsetter.subset(font)
        subset.save_font(font, str(fonts_dir / name), options)
    # Both families are under the SIL Open Font License, which travels with the fonts.
    shutil.copyfile(PLEX / "license.txt", fonts_dir / "OFL.txt")


# DKFDS icons the templates use, as one hidden SVG sprite included by templates/base.html
# (<svg class="icon-svg"><use href="#name"></use></svg>, as DKFDS documents).
ICONS = ["chevron-right", "chevron-left", "check", "info", "error", "warning", "success", "file-pdf",
         "file-word", "search", "arrow-forward", "print"]
ICON_DIR = NODE_MODULES / "dkfds" / "src" / "img" / "svg-icons"
SPRITE = ROOT / "templates" / "includes" / "icons.html"


def build_sprite():
    symbols = []
    for name in ICONS:
        svg = (ICON_DIR / f"{name}.svg").read_text()
        view_box = re.search(r'viewBox="([^"]+)"', svg).group(1)
        body = re.sub(r"\s*/>", "/>", re.search(r"<svg[^>]*>(.*)</svg>", svg, re.S).group(1).strip())
        symbols.append(f'<symbol id="{name}" viewBox="{view_box}">{body}</symbol>')
    return ('{# Built by scripts/build_frontend.py from npm dkfds\'s icons; do not edit. #}'
            '<svg xmlns="http://www.w3.org/2000/svg" class="icon-sprite" aria-hidden="true" focusable="false">'
            + "".join(symbols) + "</svg>\n")


def built_files(out_dir):
    return sorted(p.relative_to(out_dir) for p in out_dir.rglob("*") if p.is_file())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed files are not current")
    args = parser.parse_args()
    ensure_node_modules()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        build_css(out)
        build_fonts(out)
        sprite = build_sprite()
        sprite_stale = not SPRITE.exists() or SPRITE.read_text() != sprite
        stale = [rel for rel in built_files(out)
                 if not (ROOT / "site" / rel).exists() or not filecmp.cmp(out / rel, ROOT / "site" / rel, shallow=False)]
        if args.check:
            if stale or sprite_stale:
                names = [f"site/{rel}" for rel in stale] + ([str(SPRITE.relative_to(ROOT))] if sprite_stale else [])
                print("The built front-end files are not current: " + ", ".join(names)
                      + ".\nRun .venv/bin/python scripts/build_frontend.py and commit the result.")
                return 1
            print("Front-end build: committed CSS and fonts are current.")
            return 0
        for rel in built_files(out):
            (ROOT / "site" / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(out / rel, ROOT / "site" / rel)
        SPRITE.write_text(sprite)
        for rel in built_files(out):
            size = (ROOT / "site" / rel).stat().st_size
            print(f"site/{rel}: {size} bytes{' (changed)' if rel in stale else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
