"""The Excel workbook reviewers open: Claims, Papers, Results, Datasets, Chart, Issues and About sheets.

Written in openpyxl's write-only (streaming) mode, so memory stays flat however many claims there are.
"""
from __future__ import annotations

import datetime as dt
import warnings
from collections import Counter, defaultdict

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference, ScatterChart, Series
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from claimtab import __version__
from claimtab.claim import BOUNDS, KINDS
from claimtab.outputs.links import paper_link
from claimtab.outputs.review import CHECKS, REVIEW_COLUMNS
from claimtab.outputs.safety import EXCEL_MAX_ROWS, excel_text
from claimtab.outputs.table import plain

COUNT_FORMAT = '[>=1000000000]0.0,,,"B";[>=1000000]0.0,,"M";#,##0.###'
UNIT_FORMATS = {"%": '0.00"%"', "pp": '0.00" pp"', "x": '0.00"x"', "s": '0.000###" s"', "J": '0.000###" J"',
                "W": '0.000###" W"', "FPS": '0.0" FPS"', "dB": '0.00" dB"'}
COUNT_UNITS = {"parameters", "FLOPs", "MACs", "tokens", "samples", "images", "B"}
WIDTHS = {"paper_id": 16, "title": 40, "sentence": 70, "text": 22, "kind": 12, "unit": 11, "bound": 7,
          "metric": 20, "dataset": 18, "model": 18, "baseline": 18, "rule": 30, "start": 7, "end": 7,
          "value": 12, "low": 12, "high": 12}
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")
COLUMN_HELP = {
    "paper_id": "the paper: the source's id, else arXiv:<id>, else doi:<doi>, else a hash of the title",
    "title": "the paper's title", "sentence": "the sentence the claim is in",
    "start": "offset of the claim's first character in the abstract as given",
    "end": "offset one past its last character: abstract[start:end] == text",
    "text": "the claim as written", "kind": "what the number is (see Kinds)",
    "value": "the number in the canonical unit (empty for a range)", "low": "a range's lower end",
    "high": "a range's upper end", "unit": "canonical unit: % pp x parameters FLOPs MACs tokens samples images s B J W FPS dB, or the counted noun",
    "bound": "= exact, <= at most, >= at least, ~ about", "metric": "the metric the number is in",
    "dataset": "the dataset it is measured on", "model": "the system it belongs to",
    "baseline": "the system it is compared with", "rule": "the rules that produced the row",
}
KIND_HELP = {
    "score": "a metric value reached", "improvement": "a gain in a quality metric over something",
    "speedup": "a speed or throughput ratio", "reduction": "a decrease of a cost or size",
    "parameters": "a model size", "compute": "FLOPs, MACs, GPU hours", "data_size": "an amount of data",
    "time": "latency, runtime", "memory": "memory or storage", "energy": "energy or power",
    "throughput": "an absolute rate", "count": "a count of datasets, tasks ...", "setting": "a configuration",
    "context": "a background fact", "other": "any other quantity",
}
BOUND_HELP = {"=": "as stated", "<=": "up to, at most, less than", ">=": "over, at least, more than",
              "~": "about, around, nearly"}


class _Sheet:
    """A write-only sheet with a styled header, widths, frozen header and an Excel table over its rows."""

    def __init__(self, wb: Workbook, name: str, header: list[str], notes: list[dict], widths=None):
        self.wb, self.name, self.header, self.notes = wb, name, header, notes
        self.ws = wb.create_sheet(name)
        self.ws.freeze_panes = "A2"
        _print_setup(self.ws)
        for i, col in enumerate(header, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = (widths or {}).get(col, WIDTHS.get(col, 14))
        self.ws.append([self._header_cell(h) for h in header])
        self.rows = 1

    def _header_cell(self, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value=text)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        return cell

    def cell(self, value, number_format: str | None = None, wrap: bool = False, comment: str | None = None,
             link: str | None = None) -> WriteOnlyCell:
        value = "; ".join(map(str, value)) if isinstance(value, list) else plain(value)
        if isinstance(value, str):
            value, notes = excel_text(value)
            for note in notes:
                self.notes.append({"file": f"sheet {self.name}", "line": self.rows + 1, "reason": note})
        cell = WriteOnlyCell(self.ws, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever the text starts with
        if number_format:
            cell.number_format = number_format
        if wrap:
            cell.alignment = WRAP
        if comment:
            cell.comment = Comment(excel_text(comment)[0][:2000], "claimtab")
        if link:
            cell.hyperlink = link
            cell.font = Font(color="0563C1", underline="single")
        return cell

    def height(self, lines: int) -> None:
        """The next row's height, for `lines` lines of wrapped text (LibreOffice does not fit rows itself)."""
        if lines > 1:
            self.ws.row_dimensions[self.rows + 1].height = min(409, 15 * lines)

    def append(self, cells: list) -> None:
        self.ws.append(cells)
        self.rows += 1

    def close(self, table_name: str) -> None:
        if self.rows < 2:
            return
        ref = f"A1:{get_column_letter(len(self.header))}{self.rows}"
        table = Table(displayName=table_name, ref=ref)
        table._initialise_columns()
        for col, name in zip(table.tableColumns, self.header):
            col.name = str(name)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        with warnings.catch_warnings():  # the columns were named above, as write-only mode asks
            warnings.simplefilter("ignore", UserWarning)
            self.ws.add_table(table)


def _print_setup(ws) -> None:
    """Landscape, one page wide, the header row repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"


def _value_format(unit) -> str | None:
    if unit in COUNT_UNITS:
        return COUNT_FORMAT
    return UNIT_FORMATS.get(unit)


def _claims_sheets(wb, claims: pd.DataFrame, notes: list[dict]) -> None:
    """Claims, with the reviewer's `check` (a list: ok / wrong / fixed) and `note` columns at the end."""
    header = [c for c in claims.columns if c not in REVIEW_COLUMNS] + list(REVIEW_COLUMNS)
    part, sheet = 1, None
    for rec in claims.to_dict("records"):
        if sheet is None or sheet.rows >= EXCEL_MAX_ROWS:
            if sheet is not None:
                _close_claims(sheet, part)
                part += 1
            sheet = _claims_sheet(wb, "Claims" if part == 1 else f"Claims {part}", header, notes)
        fmt = _value_format(rec.get("unit"))
        sheet.height(max(_lines(rec.get("sentence"), WIDTHS["sentence"]), _lines(rec.get("title"), WIDTHS["title"])))
        sheet.append([sheet.cell(rec.get(c), number_format=fmt if c in ("value", "low", "high") else None,
                                 wrap=c in ("sentence", "title", "note")) for c in header])
    if sheet is None:
        sheet = _claims_sheet(wb, "Claims", header, notes)
    _close_claims(sheet, part)


def _claims_sheet(wb, name: str, header: list[str], notes) -> "_Sheet":
    sheet = _Sheet(wb, name, header, notes, widths={"check": 9, "note": 30})
    checks = DataValidation(type="list", formula1=f'"{",".join(CHECKS)}"', allow_blank=True,
                            promptTitle="check", prompt="ok, wrong, or fixed (you corrected the row)")
    letter = get_column_letter(header.index("check") + 1)
    checks.add(f"{letter}2:{letter}{EXCEL_MAX_ROWS}")
    sheet.ws.data_validations.append(checks)
    return sheet


def _close_claims(sheet: "_Sheet", part: int) -> None:
    sheet.close("Claims" if part == 1 else f"Claims{part}")


def _lines(text, width: float) -> int:
    """How many lines a wrapped cell of this column width takes (about 1.1 characters a width unit)."""
    if not isinstance(text, str) or not text:
        return 1
    per_line = max(10, int(width * 1.1))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _papers_sheet(wb, papers: pd.DataFrame, claims: pd.DataFrame, notes) -> None:
    by_kind = claims.groupby(["paper_id", "kind"]).size() if len(claims) else pd.Series(dtype="int64")
    kinds = [k for k in KINDS if len(claims) and (claims["kind"] == k).any()]
    header = ["paper_id", "title", "link", "date", "datasets", "method", "n_claims"] + \
             [f"n_{k}" for k in kinds] + ["n_seen", "authors", "venue"]
    sheet = _Sheet(wb, "Papers", header, notes, widths={"link": 32, "datasets": 30, "authors": 30})
    for p in papers.to_dict("records"):
        url, search = paper_link(p)
        link_cell = sheet.cell(f"(search) {url}" if search else url, link=url) if url else sheet.cell(None)
        authors = p.get("authors")
        cells = [sheet.cell(p["paper_id"]), sheet.cell(p.get("title"), wrap=True), link_cell,
                 sheet.cell(p.get("date")), sheet.cell(p.get("datasets")), sheet.cell(p.get("method")),
                 sheet.cell(p.get("n_claims"))]
        cells += [sheet.cell(int(by_kind.get((p["paper_id"], k), 0))) for k in kinds]
        cells += [sheet.cell(p.get("n_seen")), sheet.cell(authors), sheet.cell(p.get("venue"))]
        sheet.height(_lines(p.get("title"), WIDTHS["title"]))
        sheet.append(cells)
    sheet.close("Papers")


def results_matrix(claims: pd.DataFrame) -> tuple[list[tuple], list[tuple], dict]:
    """The leaderboard: rows (paper_id, title, model), columns (dataset, metric), cells (value, sentence)."""
    scores = claims[(claims["kind"] == "score") & claims["value"].notna() & claims["metric"].notna()]
    cells: dict[tuple, tuple] = {}
    rows, cols = {}, {}
    for r in scores.itertuples(index=False):
        row = (r.paper_id, r.title, r.model)
        col = (r.dataset or "", r.metric)
        rows.setdefault(row, None)
        cols.setdefault(col, None)
        cells.setdefault((row, col), (r.value, r.sentence, r.unit))
    col_order = sorted(cols, key=lambda c: (-sum(1 for k in cells if k[1] == c), c))
    return list(rows), col_order, cells


def _results_sheet(wb, claims: pd.DataFrame, notes) -> None:
    rows, cols, cells = results_matrix(claims)
    header = ["paper_id", "title", "model"] + [f"{d} | {m}" if d else m for d, m in cols]
    sheet = _Sheet(wb, "Results", header, notes, widths={h: 16 for h in header[3:]})
    for row in rows:
        sheet.height(_lines(row[1], WIDTHS["title"]))
        out = [sheet.cell(row[0]), sheet.cell(row[1], wrap=True), sheet.cell(row[2])]
        for col in cols:
            hit = cells.get((row, col))
            out.append(sheet.cell(hit[0], number_format=_value_format(hit[2]), comment=hit[1]) if hit
                       else sheet.cell(None))
        sheet.append(out)
    sheet.close("Results")


def _datasets_sheet(wb, papers: pd.DataFrame, claims: pd.DataFrame, notes) -> None:
    """Which benchmarks the corpus uses: each dataset with the papers naming it and their claims."""
    n_papers, named_by = Counter(), defaultdict(list)
    for p in papers.to_dict("records"):
        for d in p.get("datasets") or []:
            n_papers[d] += 1
            named_by[d].append(p["paper_id"])
    n_claims = claims["dataset"].value_counts() if len(claims) else {}
    header = ["dataset", "n_papers", "n_claims", "papers"]
    sheet = _Sheet(wb, "Datasets", header, notes, widths={"papers": 60})
    for d, n in sorted(n_papers.items(), key=lambda kv: (-kv[1], kv[0])):
        sheet.height(_lines("; ".join(named_by[d]), 60))
        sheet.append([sheet.cell(d), sheet.cell(n), sheet.cell(int(n_claims.get(d, 0))),
                      sheet.cell(named_by[d], wrap=True)])
    sheet.close("Datasets")


def chart_points(claims: pd.DataFrame, min_points: int = 3):
    """For the most frequent (dataset, metric) pair: (pair, size kind, [(size, score, label)]) where the
    same paper and model also states a parameter count (else compute)."""
    scores = claims[(claims["kind"] == "score") & claims["value"].notna() & claims["metric"].notna()]
    for size_kind in ("parameters", "compute"):
        sizes = claims[(claims["kind"] == size_kind) & claims["value"].notna()]
        size_of = {}
        for r in sizes.itertuples(index=False):
            size_of.setdefault((r.paper_id, r.model), r.value)
        pairs = Counter()
        points = defaultdict(list)
        for r in scores.itertuples(index=False):
            size = size_of.get((r.paper_id, r.model))
            if size is not None:
                pair = (r.dataset or "", r.metric)
                pairs[pair] += 1
                points[pair].append((size, r.value, r.model or r.paper_id))
        for pair, n in pairs.most_common():
            if n >= min_points:
                return pair, size_kind, points[pair]
    return None


def overview_tables(papers: pd.DataFrame, claims: pd.DataFrame) -> list[tuple[str, str, list[tuple]]]:
    """The Overview's tables, each (title, value heading, [(label, number)]): claims by kind, papers by
    dataset (the 15 most used), and the most-reported metric's best value per dataset. A table with no
    rows is left out."""
    tables = []
    by_kind = claims["kind"].value_counts() if len(claims) else {}
    tables.append(("Claims by kind", "claims", [(k, int(by_kind[k])) for k in KINDS if k in by_kind]))
    n_papers = Counter(d for ds in papers.get("datasets", []) for d in (ds or []))
    tables.append(("Papers by dataset", "papers", n_papers.most_common(15)))
    scores = claims[(claims["kind"] == "score") & claims["value"].notna() & claims["metric"].notna()] \
        if len(claims) else claims
    if len(scores):
        metric = scores["metric"].value_counts().index[0]
        best = scores[scores["metric"] == metric].groupby(scores["dataset"].fillna("(no dataset)"))["value"]
        best = best.min() if rules_direction(metric) == "lower" else best.max()
        tables.append((f"Best {metric} per dataset", metric, sorted(best.items(), key=lambda kv: -kv[1])[:15]))
    return [t for t in tables if t[2]]


def rules_direction(metric: str) -> str:
    """'higher' or 'lower': which way the metric is better (rules/metrics.tsv), 'higher' when unknown."""
    from claimtab import rules
    return next((d for canon, d in rules.metrics().values() if canon == metric), "higher")


def _overview_sheet(wb, papers: pd.DataFrame, claims: pd.DataFrame, notes) -> bool:
    """Charts that tell something for any corpus with claims; False when there is nothing to chart."""
    tables = overview_tables(papers, claims)
    if not tables:
        return False
    ws = wb.create_sheet("Overview", 0)
    _print_setup(ws)
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 34, 12
    row, anchors = 1, []
    for title, heading, items in tables:
        ws.append([_text(ws, title, bold=True), _text(ws, heading, bold=True)])
        first = row + 1
        for label, number in items:
            ws.append([_text(ws, str(label)), number])
        anchors.append((title, heading, first, first + len(items) - 1))
        ws.append([])
        row = first + len(items)
    for n, (title, heading, first, last) in enumerate(anchors):
        chart = BarChart()
        chart.type, chart.title, chart.legend = "bar", title, None
        chart.add_data(Reference(ws, min_col=2, min_row=first, max_row=last), titles_from_data=False)
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
        chart.y_axis.title = heading
        chart.height, chart.width = 7 + 0.35 * (last - first), 16
        ws.add_chart(chart, f"D{2 + 18 * n}")
    return True


def _chart_sheet(wb, claims: pd.DataFrame, notes) -> None:
    found = chart_points(claims)
    if not found:
        return False
    (dataset, metric), size_kind, points = found
    x_name = "parameters" if size_kind == "parameters" else "FLOPs/MACs"
    sheet = _Sheet(wb, "Chart", [x_name, metric, "model"], notes)
    for size, score, label in sorted(points):
        sheet.append([sheet.cell(size, number_format=COUNT_FORMAT), sheet.cell(score), sheet.cell(label)])
    chart = ScatterChart()
    chart.title = f"{metric} vs {x_name}" + (f" on {dataset}" if dataset else "")
    chart.style = 13
    chart.x_axis.title, chart.y_axis.title = x_name, metric
    series = Series(Reference(sheet.ws, min_col=2, min_row=2, max_row=sheet.rows),
                    Reference(sheet.ws, min_col=1, min_row=2, max_row=sheet.rows), title=metric)
    series.marker.symbol = "circle"
    series.graphicalProperties.line.noFill = True
    chart.series.append(series)
    chart.height, chart.width = 9, 16
    sheet.ws.add_chart(chart, "E2")
    sheet.close("ChartData")
    return True


def _issues_sheet(wb, issues: pd.DataFrame, notes) -> None:
    sheet = _Sheet(wb, "Issues", ["file", "line", "reason"], notes, widths={"file": 50, "reason": 70})
    for rec in list(issues.to_dict("records")) + notes:
        line = rec.get("line")
        sheet.append([sheet.cell(rec.get("file")), sheet.cell(None if pd.isna(line) else int(line)),
                      sheet.cell(rec.get("reason"))])
    sheet.close("Issues")


SHEET_HELP = {
    "Overview": "charts: claims by kind, papers by dataset, the most-reported metric's best value per dataset",
    "Claims": "one row per claim; 'check' (ok / wrong / fixed) and 'note' are yours to fill, and carried over "
              "by 'claimtab extract ... --reviewed THIS.xlsx'",
    "Papers": "every input paper, with a link to it (a search link where the input gave none)",
    "Results": "scores by paper and model (rows) and dataset | metric (columns), the sentence in each cell's comment",
    "Datasets": "the benchmarks the papers use",
    "Chart": "score against model size",
    "Issues": "records that could not be read, ids renamed, duplicates merged, cells that had to be changed",
}


def _about_sheet(wb, command: str | None) -> None:
    ws = wb.create_sheet("About")
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 18, 100
    lines: list[tuple] = [("claimtab", f"version {__version__}"), ("command", command or "claimtab (Python API)"),
                          ("written", dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")), (),
                          ("Claims columns",)]
    lines += list(COLUMN_HELP.items()) + [(), ("Kinds",)] + [(k, KIND_HELP[k]) for k in KINDS]
    lines += [(), ("Bounds",)] + [(b, BOUND_HELP[b]) for b in BOUNDS] + [()]
    present = [ws.title for ws in wb.worksheets]
    lines += [("Sheets",)] + [(name, SHEET_HELP[name]) for name in SHEET_HELP if name in present]
    headings = {"claimtab", "Claims columns", "Kinds", "Bounds", "Sheets"}
    for line in lines:
        ws.append([_text(ws, v, bold=i == 0 and v in headings) for i, v in enumerate(line)])


def _text(ws, text: str, bold: bool = False) -> WriteOnlyCell:
    """A cell that holds text as text ('=' in the Bounds table must not become a formula)."""
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    if bold:
        cell.font = Font(bold=True)
    return cell


def write_workbook(path: str, claims: pd.DataFrame, papers: pd.DataFrame, issues: pd.DataFrame | None = None,
                   command: str | None = None) -> None:
    """Write the reviewer's workbook to `path`."""
    wb = Workbook(write_only=True)
    notes: list[dict] = []
    _claims_sheets(wb, claims, notes)
    _papers_sheet(wb, papers, claims, notes)
    _results_sheet(wb, claims, notes)
    _datasets_sheet(wb, papers, claims, notes)
    _chart_sheet(wb, claims, notes)
    _overview_sheet(wb, papers, claims, notes)
    _issues_sheet(wb, issues if issues is not None else pd.DataFrame(columns=["file", "line", "reason"]), notes)
    _about_sheet(wb, command)
    wb.save(path)
