"""The command line: `claimtab extract INPUTS... -o OUT.(jsonl|csv|xlsx) [--papers PAPERS]`."""
from __future__ import annotations

import argparse
import sys
from typing import Iterator

from claimtab import __version__
from claimtab.readers import FORMATS, Columns, ReadProblem, read


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="claimtab", description="Quantitative claims of paper abstracts, as a table.")
    ap.add_argument("--version", action="version", version=f"claimtab {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract claims from files of abstracts")
    ex.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL, JSON, CSV, TSV or text files ('-' for stdin)")
    ex.add_argument("-o", "--output", required=True, help="output file: .jsonl, .csv or .xlsx")
    ex.add_argument("--papers", metavar="PATH", help="also write the papers table (.jsonl or .csv)")
    ex.add_argument("--input-format", choices=FORMATS, help="read every input in this format")
    ex.add_argument("--id-col", default="id", help="column holding the paper id (default: id)")
    ex.add_argument("--title-col", default="title", help="column holding the title (default: title)")
    ex.add_argument("--text-col", default="abstract", help="column holding the abstract (default: abstract)")
    return ap


def _papers(args, problems: list[ReadProblem]) -> Iterator[dict]:
    cols = Columns(args.id_col, args.title_col, args.text_col)
    for path in args.inputs:
        for item in read(path, args.input_format, cols):
            if isinstance(item, ReadProblem):
                problems.append(item)
                print(f"claimtab: {item}", file=sys.stderr)
            else:
                yield item


def run_extract(args) -> int:
    from claimtab.api import process
    from claimtab.outputs.table import claims_frame, papers_frame
    from claimtab.outputs.writers import write_claims, write_papers

    problems: list[ReadProblem] = []
    claims, papers = [], []
    for paper, found in process(_papers(args, problems)):
        papers.append(paper)
        claims.extend(found)
    if not papers:
        print(f"claimtab: no paper could be read from {', '.join(args.inputs)}", file=sys.stderr)
        return 1
    claims_df, papers_df = claims_frame(claims), papers_frame(papers)
    try:
        write_claims(claims_df, papers_df, args.output)
        if args.papers:
            write_papers(papers_df, args.papers)
    except (OSError, ValueError) as err:
        print(f"claimtab: {err}", file=sys.stderr)
        return 2
    print(f"claimtab: {len(papers)} papers, {len(claims)} claims, {len(problems)} records skipped"
          f" -> {args.output}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "extract":
        return run_extract(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
