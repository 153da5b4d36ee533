"""The command line: `claimtab extract INPUTS... -o OUT.(jsonl|csv|xlsx) [--papers PAPERS]`."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from claimtab import __version__
from claimtab.outputs.atomic import Staging, clashes
from claimtab.readers import FORMATS, RECORD_LIMIT, Columns, Intake, ReadProblem, expand


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="claimtab", description="Quantitative claims of paper abstracts, as a table.")
    ap.add_argument("--version", action="version", version=f"claimtab {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract claims from files of abstracts")
    ex.add_argument("inputs", nargs="+", metavar="INPUT",
                    help="JSONL, JSON, CSV, TSV, Parquet, Excel, BibTeX, RIS, CSL-JSON, arXiv Atom, OpenAlex or "
                         "Semantic Scholar JSON, Scopus/Web of Science/PubMed/Zotero exports, PDFs, GROBID TEI, "
                         "daily-papers pages or plain text; a folder for every file in it ('-' for stdin)")
    ex.add_argument("-o", "--output", required=True,
                    help="output file: .xlsx (workbook), .jsonl, .json, .csv, .parquet, .md or .html (report)")
    ex.add_argument("--papers", metavar="PATH", help="also write the papers table (.jsonl or .csv)")
    ex.add_argument("--issues", metavar="PATH", help="also write the records that could not be read (.jsonl or .csv)")
    ex.add_argument("--reviewed", metavar="OLD.xlsx",
                    help="a workbook you reviewed: its check/note marks (and the corrected fields of rows marked "
                         "'fixed') are carried over to the same claims of this run (same paper id and span); "
                         "marked claims no longer found are listed in Issues. Needs an .xlsx output")
    ex.add_argument("--input-format", choices=FORMATS, help="read every input in this format")
    ex.add_argument("-j", "--jobs", type=_at_least_one, default=None,
                    help="worker processes, 1 or more (default: all cores); the output is the same for any number")
    ex.add_argument("--max-record-mb", type=_positive_mb, default=RECORD_LIMIT // (1024 * 1024), metavar="MB",
                    help="the most one record (a line; a whole JSON, BibTeX or RIS file) may take, in MB of "
                         "characters (default: %(default)s); a longer one is reported and skipped, so no input "
                         "can exhaust memory. Abstracts of any length under it are read in pieces")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar (the summary line stays)")
    ex.add_argument("--id-col", default="id", help="column holding the paper id (default: id)")
    ex.add_argument("--title-col", default="title", help="column holding the title (default: title)")
    ex.add_argument("--text-col", default="abstract", help="column holding the abstract (default: abstract)")
    return ap


def _bounded(convert, ok, need: str):
    """An argparse type: `convert` the text, refused with `need` said when not `ok`."""
    def parse(text: str):
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r}: give {need}") from None
        if not ok(value):
            raise argparse.ArgumentTypeError(f"{text}: give {need}")
        return value
    return parse


_at_least_one = _bounded(int, lambda n: n >= 1, "a whole number of workers, 1 or more")
_positive_mb = _bounded(float, lambda mb: mb > 0, "a size above 0")


def run_extract(args) -> int:
    problem = _output_problem(args)
    if problem:  # found before hours of extraction, and before any output is opened
        _say(problem)
        return 2
    staging = Staging()  # every output is written beside its target and renamed into place at the end
    try:
        code = _extract_staged(args, staging)
        if code == 0:
            staging.commit()
        return code
    finally:
        staging.discard()


def _extract_staged(args, staging: Staging) -> int:
    from claimtab.outputs.stream import PaperStream, claim_stream, table_suffix

    stream = paper_stream = None
    try:
        stream = claim_stream(staging.path(args.output))
        paper_stream = PaperStream(staging.path(args.papers)) if stream and args.papers and \
            table_suffix(args.papers) in PaperStream.STREAMABLE else None
    except (OSError, ValueError) as err:
        if stream:
            stream.close()
        _say(f"cannot write {args.output!r}: {getattr(err, 'strerror', None) or err}")
        return 2
    keep_papers = not stream or bool(args.papers) and not paper_stream  # streamed runs keep no papers
    intake = Intake(args.inputs, args.input_format, Columns(args.id_col, args.title_col, args.text_col),
                    on_problem=lambda p: _say(f"{p}"), keep_papers=keep_papers, keep_repeats=bool(paper_stream),
                    limit=int(args.max_record_mb * 1024 * 1024))
    try:
        n_papers, n_claims, claims, papers, abstracts = _extract_all(args, intake, stream, paper_stream, keep_papers)
        if not n_papers:
            _say(f"no paper could be read from {', '.join(args.inputs)}")
            _say(intake.summary())
            return 1
        try:
            if paper_stream:
                paper_stream.close(intake.repeats)
            if not stream or (args.papers and not paper_stream) or args.issues:
                _write_tables(args, staging, stream, claims, papers, intake.problems, abstracts,
                              write_papers=not paper_stream)
        except (OSError, ValueError) as err:
            _say(str(err))
            return 2
    finally:
        if paper_stream:
            paper_stream.discard()  # the spool never outlives the run (close() has removed it already)
    _say(f"{intake.summary()}; {n_claims} claims -> {args.output}")
    return 0


def _output_problem(args) -> str | None:
    """Why the outputs asked for cannot be written (suffix, compression, missing or read-only folder), if so."""
    from claimtab.outputs.stream import COMPRESSIBLE, COMPRESSORS, TEXT_TABLES, WRITABLE, table_suffix

    if args.reviewed and table_suffix(args.output) != ".xlsx":
        return f"--reviewed carries marks into a workbook: write one (-o OUT.xlsx), not {args.output!r}"
    if args.reviewed and not os.path.isfile(args.reviewed):
        return f"cannot read the reviewed workbook {args.reviewed!r}: no such file"
    clash = clashes({role: path for role, path in (("output", args.output), ("papers", args.papers),
                                                     ("issues", args.issues)) if path}, expand(args.inputs))
    if clash:
        return f"refusing to run: {clash}"
    wanted = [(args.output, WRITABLE)] + [(path, TEXT_TABLES) for path in (args.papers, args.issues) if path]
    for path, allowed in wanted:
        suffix = table_suffix(path)
        if suffix not in allowed:
            return (f"cannot write {path!r}: unknown suffix (use one of {', '.join(allowed)}; "
                    f"the text tables also compressed, as .jsonl.gz)")
        if suffix not in COMPRESSIBLE and Path(path).suffix.lower() in COMPRESSORS:
            return f"cannot write {path!r}: only .jsonl, .csv and .json tables are written compressed"
        folder = Path(path).resolve().parent
        if not folder.is_dir():
            return f"cannot write {path!r}: no folder {str(folder)!r}"
        if not os.access(folder, os.W_OK):
            return f"cannot write {path!r}: the folder {str(folder)!r} is not writable"
    return None


def _extract_all(args, intake, stream, paper_stream, keep_papers):
    """Run the extractor over every paper, streaming what can be streamed; the rest is returned."""
    from claimtab import parallel

    claims, papers, abstracts = [], [], {}
    n_papers = 0
    keep_text = args.output.lower().endswith(".html")  # the report shows each abstract
    jobs = args.jobs if args.jobs else parallel.default_jobs()
    for paper, found in _progress(parallel.run(intake.papers(), jobs), args.quiet, intake):
        text = paper.pop("abstract")  # the paper dict itself is kept: later duplicates still count in n_seen
        if paper.get("error"):
            intake.report(paper.get("source") or paper["id"], f"extraction failed: {paper.pop('error')}")
        if keep_text:
            abstracts[paper["id"]] = text
        n_papers += 1
        if keep_papers:
            papers.append(paper)
        elif paper_stream:
            paper_stream.add(paper)
        if stream:
            stream.add(found)
        else:
            claims.extend(found)
    if stream:
        stream.close()
    return n_papers, (stream.count if stream else len(claims)), claims, papers, abstracts


def _write_tables(args, staging: Staging, stream, claims, papers, problems, abstracts, write_papers=True) -> None:
    """The tables built at the end of a run (pandas and the writers are imported only here)."""
    from claimtab.outputs.table import claims_frame, issues_frame, papers_frame
    from claimtab.outputs.writers import write_output, write_table

    claims_df = claims_frame(claims) if not stream else None
    if args.reviewed and claims_df is not None:
        from claimtab.outputs.review import apply_marks, read_marks

        marks, problems_now = read_marks(args.reviewed)
        claims_df, missing = apply_marks(claims_df, marks, args.reviewed)
        problems = list(problems) + [ReadProblem(**p) for p in problems_now + missing]
        _say(f"{len(marks) - len(missing)} reviewed claims carried over from {args.reviewed}"
             + (f", {len(missing)} no longer found (listed in Issues)" if missing else ""))
    papers_df, issues_df = papers_frame(papers), issues_frame(problems)
    if not stream:
        write_output(staging.path(args.output), claims_df, papers_df, issues_df, abstracts, command=_command_line())
    if args.papers and write_papers:
        write_table(papers_df, staging.path(args.papers), "papers")
    if args.issues:
        write_table(issues_df, staging.path(args.issues), "issues")


def _say(text: str) -> None:
    print(f"claimtab: {text}", file=sys.stderr)


def _progress(items, quiet: bool, intake=None):
    """A progress bar on stderr for people watching; nothing when stderr is not a terminal or --quiet.
    Over input files it measures bytes read of their total size, so a long run shows when it will end
    (a paper count alone cannot); over standard input, papers done."""
    if quiet or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    total = intake.size() if intake is not None else None
    if not total:
        return tqdm(items, unit=" papers", file=sys.stderr, mininterval=0.5)
    return _by_bytes(items, intake, tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024,
                                         file=sys.stderr, mininterval=0.5))


def _by_bytes(items, intake, bar):
    n = 0
    with bar:
        for n, item in enumerate(items, 1):
            bar.update(intake.position() - bar.n)
            if n % 256 == 0:
                bar.set_postfix_str(f"{n:,} papers", refresh=False)
            yield item
        bar.set_postfix_str(f"{n:,} papers", refresh=False)
        bar.update(bar.total - bar.n)


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
