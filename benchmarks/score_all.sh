#!/usr/bin/env bash
# Extract every gold and external set with this checkout and score it: the figures a closing note quotes.
# Usage: benchmarks/score_all.sh OUTDIR   (outputs kept in OUTDIR, so two runs can be diffed byte for byte)
set -euo pipefail
out=${1:?usage: score_all.sh OUTDIR}
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$here/../shared}
b=$shared/benchmarks
mkdir -p "$out"
for set in seed-dev dev-2; do
  claimtab extract "$b/$set/abstracts.jsonl" -o "$out/$set.jsonl" --papers "$out/$set.papers.jsonl" --jobs 2 2>"$out/$set.log" || true
  python "$shared/eval/score.py" "$b/$set/gold.jsonl" "$out/$set.jsonl" --papers "$out/$set.papers.jsonl" --json > "$out/$set.score.json"
done
for ext in measeval/eval measeval/train grobid_quantities/holdout sota_pwc_abstracts/test1-few-shot sota_pwc_abstracts/with_spans.train scirex_abstracts/train nlp_tdms_abstracts/papers quantulum3/cases cqe_newsquant/cases recognizers_text_en/cases; do
  name=${ext//\//_}
  src="$b/$ext.jsonl"
  if [[ $ext == */with_spans.train ]]; then  # SOTA?'s training papers with located leaderboard scores (816 spans)
    python - "$b/sota_pwc_abstracts/with_spans.all_splits.jsonl" "$out/$name.src.jsonl" <<'PY'
import json, sys
with open(sys.argv[2], "w") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        if json.loads(line)["split"] == "train":
            out.write(line)
PY
    src="$out/$name.src.jsonl"
  fi
  if [[ $ext == */cases ]]; then  # test-case sets name their quantities 'expected' (with offsets where known)
    python - "$src" "$out/$name.src.jsonl" <<'PY'
import json, sys
with open(sys.argv[2], "w") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        r = json.loads(line)
        qs = [dict(q, value=q.get("value_parsed", q.get("value"))) for q in r.get("expected") or []
              if isinstance(q.get("start"), int) and q.get("text")]
        out.write(json.dumps({"id": r["id"], "text": r["text"], "quantities": qs}, ensure_ascii=False) + "\n")
PY
    src="$out/$name.src.jsonl"
  fi
  python "$shared/eval/ext_gold.py" "$src" "$out/$name.in.jsonl" "$out/$name.gold.jsonl" --only-annotated
  claimtab extract "$out/$name.in.jsonl" -o "$out/$name.jsonl" --jobs 2 2>"$out/$name.log" || true
  python "$shared/eval/score.py" "$out/$name.gold.jsonl" "$out/$name.jsonl" --any-kind --all-quantities --json > "$out/$name.score.json" 2>/dev/null || echo '{}' > "$out/$name.score.json"
done
# a rule that failed on some abstract leaves it without claims: say so, the figures would hide it
grep -l "extraction failed" "$out"/*.log 2>/dev/null | sed 's/^/EXTRACTION FAILED in /' || true
python - "$out" <<'PY'
import json, sys, pathlib
d = pathlib.Path(sys.argv[1])
def f(x): return "    -" if x is None else f"{x:.3f}"
for p in sorted(d.glob("*.score.json")):
    s = json.loads(p.read_text() or "{}")
    if not s:
        print(p.name[:-11], "no score"); continue
    g = lambda k: (s.get(k) or [None] * 3)[2]
    at = s.get("attachment_accuracy", {})
    print(f"{p.name[:-11]:34s} det {f(g('detection_p_r_f1'))} strict {f(g('strict_p_r_f1'))} rows {f(g('row_p_r_f1'))} "
          f"ds {f(g('datasets_p_r_f1'))} | " + " ".join(f"{k[:4]} {f(at.get(k))}" for k in ("metric", "dataset", "model", "baseline", "bound")))
PY
