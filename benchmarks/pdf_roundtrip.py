"""Claims from PDFs against claims from the same abstracts as text: each abstract of a JSONL file is laid
out as a paper's first page (one column, two columns, small-capitals heading, run-in heading, in turn),
read back with claimtab's PDF reader, and its claims compared with the JSONL's (text, kind, value).

    python benchmarks/pdf_roundtrip.py ../shared/benchmarks/seed-dev/abstracts.jsonl [--keep DIR]

Needs fpdf2 (the test extra) and a Unicode TrueType font (DejaVu Sans by default, --font PATH)."""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claimtab import extract_claims  # noqa: E402
from claimtab.readers import read  # noqa: E402
from tests import pdfs  # noqa: E402

LAYOUTS = [{}, {"columns": 2}, {"heading": "ABSTRACT"}, {"run_in": True, "section": "I. INTRODUCTION"}]


def claims_of(text: str) -> Counter:
    return Counter((c.text, c.kind, c.value) for c in extract_claims(text))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("abstracts")
    ap.add_argument("--keep", help="write the PDFs here (default: a temporary folder)")
    ap.add_argument("--font", default=str(pdfs.DEJAVU))
    a = ap.parse_args()
    pdfs.DEJAVU = Path(a.font)
    folder = Path(a.keep or tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    total = same = unread = 0
    for n, line in enumerate(open(a.abstracts, encoding="utf-8")):
        rec = json.loads(line)
        want = claims_of(rec["abstract"])
        path = pdfs.paper(folder / f"{n:03d}.pdf", rec.get("title") or "Untitled", rec["abstract"], font="DejaVu",
                          **LAYOUTS[n % len(LAYOUTS)])
        got_papers = [p for p in read(str(path)) if isinstance(p, dict)]
        got = claims_of(got_papers[0]["abstract"]) if got_papers else Counter()
        unread += not got_papers
        total += sum(want.values())
        same += sum((want & got).values())
    print(f"{same}/{total} claims found alike from the PDFs ({same / max(total, 1):.1%}); {unread} PDFs unread")
    return 0


if __name__ == "__main__":
    sys.exit(main())
