"""The command line: `claimtab extract INPUTS... -o OUT.(jsonl|csv|xlsx) [--papers PAPERS]`."""
from __future__ import annotations

import argparse
import sys
from typing import Iterator

from claimtab import __version__
from claimtab.readers import FORMATS, Columns, Intake


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="claimtab", description="Quantitative claims of paper abstracts, as a table.")
    ap.add_argument("--version", action="version", version=f"claimtab {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract claims from files of abstracts")
    ex.add_argument("inputs", nargs="+", metavar="INPUT",
                    help="JSONL, JSON, CSV, TSV, Parquet, Excel, BibTeX, RIS, arXiv Atom, OpenAlex or Semantic "
                         "Scholar JSON, daily-papers pages or plain text ('-' for stdin)")
    ex.add_argument("-o", "--output", required=True,
                    help="output file: .xlsx (workbook), .jsonl, .json, .csv, .parquet, .md or .html (report)")
    ex.add_argument("--papers", metavar="PATH", help="also write the papers table (.jsonl or .csv)")
    ex.add_argument("--issues", metavar="PATH", help="also write the records that could not be read (.jsonl or .csv)")
    ex.add_argument("--input-format", choices=FORMATS, help="read every input in this format")
    ex.add_argument("--id-col", default="id", help="column holding the paper id (default: id)")
    ex.add_argument("--title-col", default="title", help="column holding the title (default: title)")
    ex.add_argument("--text-col", default="abstract", help="column holding the abstract (default: abstract)")
    return ap


def run_extract(args) -> int:
    from claimtab.api import process
    from claimtab.outputs.table import claims_frame, issues_frame, papers_frame
    from claimtab.outputs.writers import write_output, write_table

    intake = Intake(args.inputs, args.input_format, Columns(args.id_col, args.title_col, args.text_col),
                    on_problem=lambda p: print(f"claimtab: {p}", file=sys.stderr))
    claims, papers, abstracts = [], [], {}
    keep_text = args.output.lower().endswith(".html")
    for paper, found in process(intake.papers()):
        text = paper.pop("abstract")  # the paper dict itself is kept: later duplicates still count in n_seen
        if keep_text:
            abstracts[paper["id"]] = text
        papers.append(paper)
        claims.extend(found)
    if not papers:
        print(f"claimtab: no paper could be read from {', '.join(args.inputs)}", file=sys.stderr)
        print(f"claimtab: {intake.summary()}", file=sys.stderr)
        return 1
    claims_df, papers_df, issues_df = claims_frame(claims), papers_frame(papers), issues_frame(intake.problems)
    try:
        write_output(args.output, claims_df, papers_df, issues_df, abstracts, command=_command_line())
        if args.papers:
            write_table(papers_df, args.papers, "papers")
        if args.issues:
            write_table(issues_df, args.issues, "issues")
    except (OSError, ValueError) as err:
        print(f"claimtab: {err}", file=sys.stderr)
        return 2
    print(f"claimtab: {intake.summary()}; {len(claims)} claims -> {args.output}", file=sys.stderr)
    return 0


def _command_line() -> str:
    """The command as the user typed it, for the workbook's About sheet."""
    return "claimtab " + " ".join(sys.argv[1:])


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "extract":
        return run_extract(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
