"""Write claimtab/rules/datasets_suites.tsv: the benchmarks two public evaluation suites for language and
multimodal models list, the ones recent abstracts report on (GPQA, MathVista, Video-MME, ...).

    python tools/suite_datasets.py PATH/TO/opencompass PATH/TO/lmms-eval   (checkouts or bare clones, read at HEAD)

- OpenCompass (github.com/open-compass/opencompass, Apache-2.0): the `name` of each entry of dataset-index.yml.
- lmms-eval (github.com/EvolvingLMMs-Lab/lmms-eval, MIT): the top-level linked names of docs/advanced/current_tasks.md.

A suite's grouping before ' / ' ('SuperGLUE / BoolQ') and a parenthesis ('InfiniteBench (∞Bench)') are dropped;
'_' is written '-' ('MMMU_Pro'). Names already in datasets.tsv, datasets_public.tsv or datasets_pwc.tsv keep
their entry there; the same tests as tools/pwc_datasets.py decide what is usable and what is an ordinary
word (a 'context' alias, matched only in a dataset context), except that a name with a capital after a
small letter inside ('MathVista') is no ordinary word, while one whose letters alone spell a word
('MultiPL-E') may be. NOT_BENCHMARKS are entries of the lists that
name a capability, a training corpus or a model rather than a benchmark."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pwc_datasets import RULES, _key, ordinary, usable  # noqa: E402

NOT_BENCHMARKS = {"Capability", "K12", "Ferret", "OpenHermes", "LLM Compression", "Open ASR", "Mix Evals",
                  "Anthropics Evals", "OpenAI Math", "Biology Instructions", "SmolInstruct", "Mol-Instructions",
                  "InternSandbox", "Alpaca Audio", "Step2 Audio Paralinguistic", "Multi-Crit", "py150", "DINGO",
                  "Government Report Dataset", "Kaleidoscope", "Capability", "PerspectiveGap", "Earth-Silver"}
LINKED = re.compile(r"^- \[([^\]]+)\]\(")
PARENTHESIS = re.compile(r"\s*\([^()]*\)")
CAMEL = re.compile(r"[a-z][A-Z]")  # 'MathVista', 'BigCodeBench': no ordinary word is written so


def _show(repo: str, path: str) -> str:
    return subprocess.run(["git", "-C", repo, "show", f"HEAD:{path}"], capture_output=True, text=True,
                          check=True).stdout


def opencompass_names(repo: str) -> list[str]:
    return [line.split("name:", 1)[1].strip().strip("'\"") for line in _show(repo, "dataset-index.yml").splitlines()
            if line.strip().startswith("name:")]


def lmms_eval_names(repo: str) -> list[str]:
    return [m[1] for line in _show(repo, "docs/advanced/current_tasks.md").splitlines() if (m := LINKED.match(line))]


def clean(name: str) -> str:
    """'SuperGLUE / BoolQ' -> 'BoolQ', 'InfiniteBench (∞Bench)' -> 'InfiniteBench', 'MMMU_Pro' -> 'MMMU-Pro'."""
    name = PARENTHESIS.sub("", name.rsplit(" / ", 1)[-1]).replace("_", "-")
    return re.sub(r"\s+", " ", name).strip()


def _plain(name: str) -> bool:
    """A name a sentence could hold as ordinary words: matched only as written, in a dataset context. Its
    letters alone may spell a word, since an 'any' alias matches case-, space- and hyphen-blind
    ('MultiPL-E' is 'multiple')."""
    return ordinary(name) and not CAMEL.search(name) or _key(name).isalpha() and any(c in name for c in " -")


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    known = set()
    for f in ("datasets.tsv", "datasets_public.tsv", "datasets_pwc.tsv"):
        for line in (RULES / f).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                known.add(_key(line.split("\t")[0]))
    body, seen = [], set(known)
    for name in map(clean, opencompass_names(argv[1]) + lmms_eval_names(argv[2])):
        key = _key(name)
        if not key or key in seen or name in NOT_BENCHMARKS or not usable(name, known):
            continue
        seen.add(key)
        body.append(f"{name}\t{name}\tsuite\t{'context' if _plain(name) else 'any'}")
    header = [
        "# alias\tcanonical name\tarea\tmatch",
        "# Benchmarks of two public evaluation suites for language and multimodal models, in the format of",
        "# datasets.tsv (which this file extends). Sources: OpenCompass dataset-index.yml",
        "# (github.com/open-compass/opencompass, Apache-2.0) and lmms-eval docs/advanced/current_tasks.md",
        "# (github.com/EvolvingLMMs-Lab/lmms-eval, MIT). Written by tools/suite_datasets.py; names in datasets.tsv,",
        "# datasets_public.tsv and datasets_pwc.tsv are not repeated; ordinary words are 'context' aliases.",
    ]
    (RULES / "datasets_suites.tsv").write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{len(body)} benchmark names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
