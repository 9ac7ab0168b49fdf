"""The Nu Html Checker (npm `vnu-jar`, run with Java) over rendered pages: one JVM for all files.

Used by tests/test_html_valid.py (pages rendered by Django's test client) and scripts/check_html.py
(pages fetched from a running site). Only errors count; warnings and info are left out.
"""

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parent.parent
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def file_name(name):
    """A safe file name for a page's HTML, from its check name (e.g. 'planpage-da')."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", name).strip("_") + ".html"


def write_pages(pages, directory):
    """Write [(name, html bytes)] into `directory`; return the files in the same order."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    files = []
    for name, html in pages:
        target = directory / file_name(name)
        target.write_bytes(html)
        files.append(target)
    return files


def check_files(files):
    """Run vnu once over `files`; return its errors as [{'file', 'line', 'message', 'extract'}]."""
    java = shutil.which("java")
    if not java:
        raise RuntimeError("java is missing: run scripts/system-deps.sh (Debian: default-jre-headless)")
    if not VNU_JAR.exists():
        raise RuntimeError("vnu.jar is missing: run `npm ci` (scripts/test.sh does)")
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True, text=True, timeout=600,
    )
    # vnu writes its JSON report to stderr.
    try:
        report = json.loads(result.stderr or result.stdout)
    except json.JSONDecodeError as error:
        raise RuntimeError(f"vnu gave no JSON report: {result.stderr[-2000:]}") from error
    errors = []
    for message in report["messages"]:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        errors.append({
            "file": Path(unquote(urlparse(message.get("url", "")).path)).name,
            "line": message.get("lastLine", message.get("firstLine", 0)),
            "message": message.get("message", ""),
            "extract": (message.get("extract") or "").replace("\n", " "),
        })
    return errors


def format_errors(errors, urls=None):
    """One line per error (file:line, the page's URL when `urls` maps file names to it, the message)."""
    urls = urls or {}
    lines = [f"vnu found {len(errors)} error(s):"]
    for error in errors:
        where = f"{error['file']}:{error['line']}"
        if error["file"] in urls:
            where += f" ({urls[error['file']]})"
        lines.append(f"  {where}: {error['message']}")
        if error["extract"]:
            lines.append(f"      {error['extract'].strip()}")
    return "\n".join(lines)


def count_by_file(errors):
    counts = {}
    for error in errors:
        counts[error["file"]] = counts.get(error["file"], 0) + 1
    return counts
