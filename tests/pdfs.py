"""PDFs made for the tests with fpdf2, in the layouts papers come in: one and two columns, an 'Abstract'
heading or a small-capitals 'ABSTRACT', a run-in 'Abstract—', a word hyphenated at a line end."""
from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _pdf(font: str = "Helvetica") -> FPDF:
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    if font == "DejaVu":
        pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.set_font(font, size=10)
    return pdf


def paper(path: Path, title: str, abstract: str, *, columns: int = 1, heading: str = "Abstract",
          run_in: bool = False, stamp: str | None = None, font: str = "Helvetica", hyphenate: str | None = None,
          section: str = "1 Introduction", sideways: bool = False) -> Path:
    """A first page: stamp, title in large type, authors, the abstract under its heading, a section."""
    pdf = _pdf(font)
    if stamp and sideways:  # as arXiv prints it: up the left margin
        pdf.set_font(font, size=18)
        with pdf.rotation(90, x=10, y=200):
            pdf.text(10, 200, stamp)
    elif stamp:
        pdf.set_font(font, size=8)
        pdf.cell(0, 5, stamp, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, size=17)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, size=10)
    pdf.cell(0, 6, "Ada Lovelace, Alan Turing", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    width = (pdf.epw - 8) / 2 if columns == 2 else pdf.epw
    top = pdf.get_y()
    if not run_in:
        pdf.set_font(font, size=8 if heading.isupper() else 11)  # small capitals: a smaller ABSTRACT
        pdf.cell(width, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(font, size=10)
    text = f"{heading}. {abstract}" if run_in else abstract
    if hyphenate:  # a word broken over two lines by a hyphen, as TeX sets it
        head, tail = hyphenate.split("-")
        before, after = text.split(head + tail, 1)
        pdf.multi_cell(width, 5, before + head + "-", new_x="LMARGIN", new_y="NEXT")
        text = tail + after
    pdf.multi_cell(width, 5, text, new_x="LMARGIN", new_y="NEXT")
    if columns == 2:
        pdf.set_xy(pdf.l_margin + width + 8, top)
        pdf.set_font(font, size=11)
        pdf.cell(width, 6, section, new_x="LEFT", new_y="NEXT")
        pdf.set_font(font, size=10)
        pdf.multi_cell(width, 5, "Deep networks are everywhere. " * 12)
    else:
        pdf.ln(3)
        pdf.set_font(font, size=11)
        pdf.cell(0, 6, section, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(font, size=10)
        pdf.multi_cell(0, 5, "Deep networks are everywhere. " * 12)
    pdf.output(str(path))
    return path


def scan(path: Path) -> Path:
    """A page with no text layer: only drawn shapes, as a scanned page's image."""
    pdf = FPDF()
    pdf.add_page()
    for n in range(20):
        pdf.rect(20, 20 + n * 10, 150, 4, style="F")
    pdf.output(str(path))
    return path


def encrypted(path: Path, abstract: str) -> Path:
    pdf = _pdf()
    pdf.multi_cell(0, 5, "Abstract\n" + abstract)
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.output(str(path))
    return path
