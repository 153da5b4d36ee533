"""Peak memory of exporting a large run: N synthetic claims (default 200,000) to the workbook.

    python benchmarks/export_memory.py [N] [OUT.xlsx]

Prints the peak resident set size of the process; the target is under 1 GB for 200,000 claims.
"""
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimtab.outputs.table import claims_frame, papers_frame  # noqa: E402
from claimtab.outputs.workbook import write_workbook  # noqa: E402


def synthetic(n: int):
    sentence = "Our model reaches 83.1% top-1 accuracy on ImageNet with 16.3M parameters, 1.6x faster than ResNet-50."
    for i in range(n):
        kind = ("score", "parameters", "speedup")[i % 3]
        value, unit = ((83.1, "%"), (16.3e6, "parameters"), (1.6, "x"))[i % 3]
        yield {"paper_id": f"p{i // 3}", "title": f"Paper {i // 3}", "sentence": sentence, "start": 18,
               "end": 23, "text": "83.1%", "kind": kind, "value": value, "low": None, "high": None, "unit": unit,
               "bound": "=", "metric": "top-1 accuracy", "dataset": "ImageNet", "model": f"Net{i % 50}",
               "baseline": "ResNet-50", "rule": "digits+unit|kind:cue:reaches"}


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    out = sys.argv[2] if len(sys.argv) > 2 else str(Path(tempfile.mkdtemp()) / "big.xlsx")
    claims = claims_frame(synthetic(n))
    papers = papers_frame({"id": f"p{i}", "title": f"Paper {i}", "n_claims": 3} for i in range((n + 2) // 3))
    t = time.time()
    write_workbook(out, claims, papers, None)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n} claims -> {out}: {time.time() - t:.1f} s, peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
