"""Instructions executed per abstract, claimtab beside a bare tokenizer, counted by valgrind's callgrind.

Timings on a shared machine move by 10-30% from one run to the next; instruction counts do not (the same
count twice, whatever else the machine is doing), so a change of a few percent can be seen and kept or
dropped with confidence. Start-up is excluded: each process warms up on other abstracts first, then
counting is switched on (callgrind_control) for the measured pass only.

    python benchmarks/instructions.py [--corpus FILE.jsonl] [--n 300] [--tree OTHER_CHECKOUT ...]

--tree adds another checkout of claimtab (a worktree of an older commit, say) measured on the same
texts: an A/B of two versions of the code. Needs valgrind (Debian's package). Not part of the tests.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import site
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import build_corpus  # the benchmark's own corpus builder

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "benchmarks" / "seed-dev" / "abstracts.jsonl"

# run inside valgrind: warm up, count the measured pass only
CHILD = r"""
import json, os, subprocess, sys
mode, warm, measured = sys.argv[1:4]
def toggle(state):
    subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], capture_output=True, check=True)
texts = lambda path: [json.loads(line)["abstract"] for line in open(path, encoding="utf-8")]
if mode == "tokenizer":
    import spacy
    nlp = spacy.blank("en")
    for text in texts(warm):
        nlp.make_doc(text)
    toggle("on")
    for _ in nlp.tokenizer.pipe(texts(measured), batch_size=256):
        pass
else:
    from claimtab.api import extract_claims
    from claimtab.cli import main
    for text in texts(warm):
        extract_claims(text)
    toggle("on")
    main(["extract", measured, "-o", sys.argv[4], "--jobs", "1", "--quiet"])
toggle("off")
"""


def count(mode: str, tree: Path, warm: Path, measured: Path, out: Path) -> int:
    """Instructions callgrind collected for one measured pass."""
    # the real interpreter runs under valgrind, so a virtual environment's packages are passed by path
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tree), *site.getsitepackages()])}
    cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
           os.path.realpath(sys.executable), "-c", CHILD, mode, str(warm), str(measured), str(out)]
    run = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, check=False)
    found = re.search(r"Collected\s*:\s*(\d+)", run.stderr)
    if run.returncode != 0 or not found:
        raise SystemExit(f"valgrind run failed ({mode}, {tree}):\n{run.stderr[-2000:]}")
    return int(found.group(1))


def corpus_parts(corpus: Path, n: int, folder: Path) -> tuple[Path, Path]:
    """A warm-up file and a measured file of n abstracts each, built as `run.py --vary` builds its
    corpora (every copy with figures and a code URL of its own), so that neither spaCy's tokenizer cache
    nor claimtab's word memos can serve the measured pass from the warm-up."""
    both = folder / "both.jsonl"
    build_corpus(both, 2 * n, source=corpus, vary=True)
    rows = both.read_text(encoding="utf-8").splitlines()
    warm, measured = folder / "warm.jsonl", folder / "measured.jsonl"
    warm.write_text("\n".join(rows[n:]) + "\n", encoding="utf-8")
    measured.write_text("\n".join(rows[:n]) + "\n", encoding="utf-8")
    return warm, measured


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS if DEFAULT_CORPUS.exists()
                    else ROOT / "examples" / "abstracts.jsonl")
    ap.add_argument("--n", type=int, default=300, help="abstracts in the measured pass")
    ap.add_argument("--tree", type=Path, action="append", default=[],
                    help="another claimtab checkout to measure on the same texts")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        warm, measured = corpus_parts(args.corpus, args.n, folder)
        floor = count("tokenizer", ROOT, warm, measured, folder / "out.jsonl")
        print(f"corpus: {args.n} abstracts of {args.corpus.name}, repeated, each copy with figures and a code URL "
              f"of its own (after a warm-up on {args.n} others)")
        print("| code | instructions per abstract | / tokenizer |\n| --- | ---: | ---: |")
        print(f"| spacy.blank('en') tokenizer | {floor / args.n:,.0f} | 1.00 |")
        for tree in [ROOT, *args.tree]:
            total = count("claimtab", tree.resolve(), warm, measured, folder / "out.jsonl")
            print(f"| claimtab ({tree}) | {total / args.n:,.0f} | {total / floor:.2f} |")


if __name__ == "__main__":
    main()
