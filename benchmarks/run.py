"""Speed and memory of claimtab beside its floor and its best-known peer, measured in one run.

    python benchmarks/run.py [--sizes 10000 100000] [--peer-sample 2000] [--jobs 1] [--corpus FILE.jsonl]
                             [--vary]

Corpora are built by repeating the example abstracts (examples/abstracts.jsonl), or the abstracts of
--corpus (any JSONL with an `abstract` field: more varied text gives spaCy's tokenizer cache less to
reuse, so the floor is more realistic). With --vary each copy gets figures of its own (the digits of its
numbers redrawn) and a code URL of its own, as real papers do: no cache can serve a repeat and the
vocabulary grows with the corpus, which is what peak RSS on a real corpus depends on.
Each measurement runs in its own process (peak RSS is per process):
  claimtab   `claimtab extract CORPUS -o OUT.jsonl --jobs 1 --quiet` (read -> extract -> write, streaming)
  tokenizer  a bare spacy.blank("en") tokenizer pass over the same texts: no rule engine can beat it
  quantulum3 quantulum3's parser over a sample of the texts (when installed; it is much slower)
  floor      the tokenizer pass that also reads each record and writes the rows claimtab writes for it
             (worked out off the clock): what any extractor that writes this table must spend, with no
             rule work at all (not with --vary, where every copy is new)
Reports abstracts per second and peak RSS, and the ratios claimtab/tokenizer and claimtab/quantulum3.
"""
from __future__ import annotations

import argparse
import json
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "abstracts.jsonl"

CLAIMTAB = """
import resource, sys, time
t = time.perf_counter()
from claimtab.cli import main
code = main(["extract", sys.argv[1], "-o", sys.argv[2], "--jobs", sys.argv[3], "--quiet"])
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
TOKENIZER = """
import json, resource, sys, time
t = time.perf_counter()
import spacy
nlp = spacy.blank("en")
texts = (json.loads(line)["abstract"] for line in open(sys.argv[1], encoding="utf-8"))
for doc in nlp.tokenizer.pipe(texts, batch_size=256):
    pass
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
QUANTULUM = """
import json, resource, sys, time, warnings
warnings.simplefilter("ignore")
t = time.perf_counter()
from quantulum3 import parser
n = int(sys.argv[2])
with open(sys.argv[1], encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i >= n:
            break
        parser.parse(json.loads(line)["abstract"])
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
FLOOR = """
import json, resource, sys, time
t = time.perf_counter()
import spacy
nlp = spacy.blank("en")
encode = json.JSONEncoder(ensure_ascii=False).encode
rows = {}  # claimtab's rows for each distinct abstract, worked out off the clock
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        rec = json.loads(line)
        nlp.tokenizer(rec["abstract"])
        key = (rec.get("title"), rec["abstract"])
        if key not in rows:
            pause = time.perf_counter()
            from claimtab.api import process
            from claimtab.outputs.stream import _record  # a claim as the JSONL stream writes it
            rows[key] = [_record(c) for _, claims in process([dict(rec)]) for c in claims]
            t += time.perf_counter() - pause
        for row in rows[key]:
            row["paper_id"] = rec["id"]
            out.write(encode(row) + "\\n")
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
STARTUP = """
import time
t = time.perf_counter()
import claimtab
from claimtab.extractor.pipeline import get_nlp
get_nlp()("It reaches 83.1% accuracy.")
print(time.perf_counter() - t, 0)
"""


SPACY_STARTUP = """
import time
t = time.perf_counter()
import spacy
spacy.blank("en")("It reaches 83.1% accuracy.")
print(time.perf_counter() - t, 0)
"""
STARTUP_RUNS = 5  # start-up is a fraction of a second: one run says more about the machine than the code


NUMBER = re.compile(r"(?<![\w.-])\d+(?:\.\d+)?")  # a figure, not a digit inside a name ("ResNet-50")


def build_corpus(path: Path, n: int, source: Path = EXAMPLE, vary: bool = False) -> None:
    recs = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(0)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            rec = dict(recs[i % len(recs)], id=f"bench-{i}")
            if vary:
                rec["abstract"] = _varied(rec["abstract"], rng)
            f.write(json.dumps(rec) + "\n")


def _varied(text: str, rng: random.Random) -> str:
    """The text with every digit of its numbers redrawn and a code URL of its own."""
    text = NUMBER.sub(lambda m: "".join(str(rng.randrange(10)) if c.isdigit() else c for c in m.group()), text)
    names = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randrange(5, 11))) for _ in "ab"]
    return f"{text} Code is available at https://github.com/{names[0]}/{names[1]}."


def measure(script: str, *args) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one fresh process."""
    out = subprocess.run([sys.executable, "-c", script, *map(str, args)], capture_output=True, text=True,
                         check=True)
    seconds, rss_kb = out.stdout.strip().splitlines()[-1].split()
    return float(seconds), float(rss_kb) / 1024


def has_quantulum() -> bool:
    return subprocess.run([sys.executable, "-c", "import quantulum3"], capture_output=True, check=False).returncode == 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--peer-sample", type=int, default=2000, help="abstracts given to quantulum3")
    ap.add_argument("--jobs", type=int, default=1, help="claimtab worker processes (the targets are for 1)")
    ap.add_argument("--corpus", type=Path, default=EXAMPLE, help="abstracts to repeat (default: the examples)")
    ap.add_argument("--vary", action="store_true", help="each copy with figures and a code URL of its own")
    a = ap.parse_args()
    print(f"machine: {platform.platform()}, Python {platform.python_version()}, {platform.processor() or '?'}")
    n_source = sum(1 for line in a.corpus.read_text(encoding="utf-8").splitlines() if line.strip())
    print(f"corpus: {n_source} abstracts of {a.corpus.name}, repeated"
          + (", each copy with figures and a code URL of its own" if a.vary else ""))
    ours = sorted(measure(STARTUP)[0] for _ in range(STARTUP_RUNS))
    bare = sorted(measure(SPACY_STARTUP)[0] for _ in range(STARTUP_RUNS))
    print(f"start-up (import + rule compile + first doc): {statistics.median(ours):.2f} s, median of "
          f"{STARTUP_RUNS} ({ours[0]:.2f}-{ours[-1]:.2f}); a blank spaCy pipeline: {statistics.median(bare):.2f} s "
          f"({bare[0]:.2f}-{bare[-1]:.2f})")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        rows = []
        for n in a.sizes:
            corpus = tmp / f"corpus_{n}.jsonl"
            build_corpus(corpus, n, a.corpus, a.vary)
            ct_s, ct_mb = measure(CLAIMTAB, corpus, tmp / f"out_{n}.jsonl", a.jobs)
            tk_s, tk_mb = measure(TOKENIZER, corpus)
            fl_s = None if a.vary else measure(FLOOR, corpus, tmp / f"floor_{n}.jsonl")[0]
            rows.append((n, n / ct_s, ct_mb, n / tk_s, tk_mb, fl_s and n / fl_s))
        peer = None
        if has_quantulum():
            corpus = tmp / f"corpus_{a.sizes[0]}.jsonl"
            q_s, q_mb = measure(QUANTULUM, corpus, min(a.peer_sample, a.sizes[0]))
            peer = (min(a.peer_sample, a.sizes[0]) / q_s, q_mb)
    print("\n| abstracts | claimtab abs/s | claimtab peak MB | tokenizer abs/s | tokenizer peak MB |"
          " claimtab / tokenizer |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for n, ct, ct_mb, tk, tk_mb, _ in rows:
        print(f"| {n:,} | {ct:,.0f} | {ct_mb:,.0f} | {tk:,.0f} | {tk_mb:,.0f} | {tk / ct:.1f}x slower |")
    if not a.vary:
        print("\nfloor: the tokenizer pass that also reads each record and writes claimtab's rows for it")
        print("| abstracts | floor abs/s | floor / tokenizer | claimtab / floor |")
        print("| ---: | ---: | ---: | ---: |")
        for n, ct, _, tk, _, fl in rows:
            print(f"| {n:,} | {fl:,.0f} | {tk / fl:.1f}x slower | {fl / ct:.1f}x slower |")
    if peer:
        best = rows[0][1]
        print(f"\nquantulum3 on {min(a.peer_sample, a.sizes[0]):,} abstracts: {peer[0]:,.1f} abs/s, peak {peer[1]:,.0f} MB;"
              f" claimtab is {best / peer[0]:.0f}x faster")
    else:
        print("\nquantulum3 is not installed: pip install quantulum3 to compare")


if __name__ == "__main__":
    main()
