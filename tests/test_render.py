"""The workbook as LibreOffice shows and prints it: rendered headless to PDF (LibreOffice Calc, installed by
.ci/run where missing), its text read back with pdftotext."""
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from claimtab.cli import main

EXAMPLE = Path(__file__).parent.parent / "examples" / "abstracts.jsonl"
OFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(not OFFICE or not shutil.which("pdftotext"),
                                reason="needs LibreOffice Calc and pdftotext (.ci/run installs them)")


def _render(xlsx: Path, tmp_path: Path) -> tuple[str, int]:
    env = {**os.environ, "HOME": str(tmp_path)}  # a profile of its own: no first-run dialogs, no shared state
    subprocess.run([OFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(xlsx)],
                   check=True, capture_output=True, timeout=300, env=env)
    pdf = tmp_path / (xlsx.stem + ".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    pages = text.count("\f") + (0 if text.endswith("\f") else 1)
    return text, pages


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{4,}", text)


def test_the_workbook_prints_every_sentence_whole_on_few_pages(tmp_path, capsys):
    xlsx = tmp_path / "claims.xlsx"
    assert main(["extract", str(EXAMPLE), "-o", str(xlsx), "-q"]) == 0
    text, pages = _render(xlsx, tmp_path)
    assert pages <= 12  # landscape, one page wide: not one or two columns a page
    printed = set(_words(text))
    from claimtab import read_table
    claims = read_table(str(xlsx))
    for column in ("sentence", "title"):
        for cell in set(claims[column]):  # a clipped cell loses the words of its last lines
            assert set(_words(cell)) <= printed, (column, cell)
