"""Write claimtab/rules/datasets_pwc.tsv: the dataset names of the Papers-with-Code leaderboards, as the
SOTA? corpus (github.com/jd-coderepos/sota, CC BY-SA 4.0) keeps them for its training papers.

    python tools/pwc_datasets.py PATH/TO/sota   (a checkout, or a bare clone: read at HEAD with git)

Only the training split is read (the test splits stay unseen); the first word that two or more names share is
a name too ('Hub5'00' of 'Hub5'00 SwitchBoard' and 'Hub5'00 CallHome'). A leaderboard names a dataset with its split
('DAVIS 2017 (val)', 'COCO test-dev'): the split is dropped, since a claim's dataset is the benchmark.
Names already in datasets.tsv or datasets_public.tsv keep their entry there. A name that is an ordinary
word or words ('Kinetics', 'Natural Questions') is a 'context' alias, matched only as written in a dataset
context; a name with digits or capitals inside ('FB15k-237', 'WN18RR') matches case-blind ('any')."""
from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

RULES = Path(__file__).resolve().parent.parent / "claimtab" / "rules"
SPLIT = re.compile(r"(?:\s*\((?:[^()]*)\))+$|\s+(?:test-dev|test-std|test|val|valid|validation|dev|minival|"
                   r"test set|val set|dev set|full|split)$", re.I)
MAX_WORDS = 5
AMOUNT = re.compile(r"^\d+(?:\.\d+)?\s*[A-Za-z]{1,2}$")
RESOLUTION = re.compile(r"^\d+[x×]\d+$")
HEAD = re.compile(r"\s+(?:dataset|data set|benchmark|corpus)$", re.I)
TASKS_AND_KINDS = {line.strip() for line in (RULES / "generic_systems.txt").read_text(encoding="utf-8").splitlines()
                   if line.strip() and not line.startswith("#")}


def leaderboard_names(repo: Path) -> Counter:
    """Dataset names of the training papers' leaderboard tuples, with how many tuples give each."""
    git = ["git", "-C", str(repo)]
    files = subprocess.run(git + ["ls-tree", "-r", "--name-only", "HEAD", "dataset/train"],
                           capture_output=True, text=True, check=True).stdout.split()
    wanted = "".join(f"HEAD:{f}\n" for f in files if f.endswith("annotations.json"))
    out = subprocess.run(git + ["cat-file", "--batch"], input=wanted.encode(), capture_output=True, check=True).stdout
    names: Counter = Counter()
    pos = 0
    while pos < len(out):
        head_end = out.index(b"\n", pos)
        size = int(out[pos:head_end].split()[2])
        body = out[head_end + 1:head_end + 1 + size].decode("utf-8", "replace")
        pos = head_end + 1 + size + 1
        for item in _tuples(body):
            board = item.get("LEADERBOARD", item)
            if isinstance(board, dict) and isinstance(board.get("Dataset"), str):
                names[board["Dataset"].strip()] += 1
    return names


def _tuples(body: str) -> list:
    if body.strip() == "unanswerable":
        return []
    for parse in (ast.literal_eval, json.loads):
        try:
            found = parse(body)
            return found if isinstance(found, list) else []
        except (ValueError, SyntaxError):
            continue
    return []


def family_heads(names: Counter) -> Counter:
    """The first word two or more leaderboard names share ('Hub5'00 SwitchBoard', 'Hub5'00 CallHome' ->
    'Hub5'00'): the benchmark a family of leaderboards splits."""
    heads = Counter(name.split()[0] for name in names if len(name.split()) >= 2)
    return Counter({head: n for head, n in heads.items() if n >= 2 and not ordinary(head)})  # not 'Brain', 'CNN'


def benchmark_name(name: str) -> str:
    """The benchmark a leaderboard's dataset entry names, without its split."""
    prev = None
    while prev != name:
        prev, name = name, HEAD.sub("", SPLIT.sub("", name)).strip(" -,:")
    return name


def ordinary(name: str) -> bool:
    """A name a sentence could hold without naming a dataset: one word of letters ('Kinetics', 'GitHub',
    'BASED'), a short one ('A3D' is also 'a 3D'), or ordinary words ('Natural Questions')."""
    words = re.split(r"[\s-]+", name)
    if len(words) == 1 and name.isalpha() or len(name) <= 3:
        return True
    return len(words) <= 3 and all(w.isalpha() and not any(map(str.isupper, w[1:])) for w in words)


def usable(name: str, known: set[str]) -> bool:
    """Long enough to name something, short enough to be matched; an all-lower-case name only with a digit
    ('text8', 'enwik8': 'nodes' or 'movies' would be words); not a task's name ('NER', generic_systems.txt);
    not an amount ('300W' is also 300 watts); not a
    known name with a setting or a task after it ('ImageNet 256x256', 'CIFAR-10 Image Classification')."""
    words = re.split(r"[\s-]+", name)
    if len(name) < 3 or len(words) > MAX_WORDS or not any(c.isalpha() for c in name) or AMOUNT.match(name) \
            or name.lower().rstrip(":;,.") in ("dataset", "datasets", "benchmark", "corpus"):
        return False
    if name[0] in "([{\"'" or any(c in name for c in "\t()%,;"):
        return False
    if name in TASKS_AND_KINDS:
        return False  # a leaderboard named 'NER': '93.5 on NER' names a task, no dataset
    if " vs " in name or any(_key(" ".join(words[:n])) in known and _setting(words[n:]) for n in range(1, len(words))):
        return False  # 'CIFAR-10 vs SVHN' is a pair of datasets
    spaced = name.split()
    if any(_key(" ".join(spaced[:n])) in known and all(w.isalpha() for w in spaced[n:]) for n in range(1, len(spaced))):
        return False  # 'CIFAR-10 Image Classification': a known name and a task
    return not name.islower() or any(c.isdigit() for c in name)


def _described(name: str) -> bool:
    """A lower-case word after the first ('T1-weighted MRI', 'KITTI Eigen split'): the name may be a
    description of data as much as a dataset's name."""
    return any(w.islower() for w in re.split(r"[\s-]+", name)[1:])


def _setting(words: list[str]) -> bool:
    return all(w.islower() or w.isdigit() or RESOLUTION.match(w) for w in words)


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z+]", "", text.lower())


def rows(names: Counter, known: set[str]) -> list[tuple[str, str, str]]:
    out, seen = [], set(known)
    for raw in sorted(names):
        canon = benchmark_name(raw)
        for alias in dict.fromkeys((canon, raw)):
            key = _key(alias)
            if not key or key in seen or not usable(alias, known):
                continue
            seen.add(key)
            match = "context" if ordinary(canon) or ordinary(alias) or _described(alias) else "any"
            out.append((alias, canon, match))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    names = leaderboard_names(Path(argv[1]))
    names.update(family_heads(names))
    known = set()
    for f in ("datasets.tsv", "datasets_public.tsv"):
        for line in (RULES / f).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                known.add(_key(line.split("\t")[0]))
    header = [
        "# alias\tcanonical name\tarea\tmatch",
        "# Dataset names of the Papers-with-Code leaderboards, in the format of datasets.tsv (which this file extends).",
        "# Source: the SOTA? corpus, github.com/jd-coderepos/sota (licence CC BY-SA 4.0; this file is shared under it",
        "# too), commit c50d9173: its training split's leaderboard tuples, which it took from paperswithcode.com.",
        "# Written by tools/pwc_datasets.py: a leaderboard's split ('(val)', 'test-dev') dropped from the canonical",
        "# name; ordinary words are 'context' aliases. Names in datasets.tsv / datasets_public.tsv are not repeated.",
    ]
    body = [f"{a}\t{c}\tpwc\t{m}" for a, c, m in rows(names, known)]
    (RULES / "datasets_pwc.tsv").write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{len(body)} aliases of {len(names)} leaderboard dataset names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
