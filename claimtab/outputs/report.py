"""Reports for people: a Markdown results table and a self-contained HTML page that shows each abstract
with its claims highlighted by kind and a printed table of their values under it, plus two small plots."""
from __future__ import annotations

import html
from collections import Counter

import pandas as pd

from claimtab import __version__
from claimtab.claim import KINDS
from claimtab.outputs.workbook import chart_points, results_matrix

COLOURS = {"score": "#8ecae6", "improvement": "#95d5b2", "speedup": "#ffd166", "reduction": "#f4a261",
           "parameters": "#cdb4db", "compute": "#bde0fe", "data_size": "#e9c46a", "time": "#ffafcc",
           "memory": "#a2d2ff", "energy": "#f28482", "throughput": "#84a59d", "count": "#dddddd",
           "setting": "#e5e5e5", "context": "#f1f1f1", "other": "#eeeeee"}


def _md_cell(value) -> str:
    if value is None or isinstance(value, float) and value != value:
        return ""
    if isinstance(value, float):
        text = f"{value:,.0f}" if abs(value) >= 1e4 and value == int(value) else f"{value:g}"
    else:
        text = str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(claims: pd.DataFrame) -> str:
    """The Results matrix (paper, model) x (dataset | metric) as a Markdown table, then all claims by kind."""
    rows, cols, cells = results_matrix(claims)
    out = ["# claimtab results", ""]
    if rows:
        header = ["paper", "model"] + [f"{d} / {m}" if d else m for d, m in cols]
        out += ["| " + " | ".join(_md_cell(h) for h in header) + " |", "|" + " --- |" * len(header)]
        for row in rows:
            values = [_md_cell(cells[(row, c)][0]) if (row, c) in cells else "" for c in cols]
            out.append("| " + " | ".join([_md_cell(row[1] or row[0]), _md_cell(row[2])] + values) + " |")
        out.append("")
    out += ["## Claims", "", "| paper | kind | text | value | unit | metric | dataset | model | baseline |",
            "|" + " --- |" * 9]
    for r in claims.itertuples(index=False):
        value = r.value if r.value == r.value else f"{r.low:g}–{r.high:g}" if r.low == r.low else None
        out.append("| " + " | ".join(_md_cell(v) for v in (r.title or r.paper_id, r.kind, r.text, value, r.unit,
                                                            r.metric, r.dataset, r.model, r.baseline)) + " |")
    return "\n".join(out) + "\n"


def _svg_bars(counts: Counter) -> str:
    kinds = [k for k in KINDS if counts.get(k)]
    if not kinds:
        return ""
    top, bar_h, width = max(counts.values()), 18, 260
    parts = [f'<svg class="plot" width="{width + 130}" height="{len(kinds) * (bar_h + 4) + 8}" '
             'role="img" aria-label="claims by kind">']
    for i, k in enumerate(kinds):
        y, w = 4 + i * (bar_h + 4), max(2, int(width * counts[k] / top))
        parts.append(f'<text x="0" y="{y + 13}" font-size="12">{k}</text>'
                     f'<rect x="90" y="{y}" width="{w}" height="{bar_h}" fill="{COLOURS[k]}"/>'
                     f'<text x="{94 + w}" y="{y + 13}" font-size="12">{counts[k]}</text>')
    return "".join(parts) + "</svg>"


def _svg_scatter(claims: pd.DataFrame) -> str:
    found = chart_points(claims)
    if not found:
        return ""
    (dataset, metric), size_kind, points = found
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    sx = lambda x: 50 + 300 * ((x - x0) / (x1 - x0) if x1 > x0 else 0.5)  # noqa: E731
    sy = lambda y: 170 - 150 * ((y - y0) / (y1 - y0) if y1 > y0 else 0.5)  # noqa: E731
    dots = "".join(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="4" fill="#1f4e78"><title>'
                   f'{html.escape(str(label))}: {y:g} at {x:,.0f}</title></circle>' for x, y, label in points)
    title = html.escape(f"{metric} vs {size_kind}" + (f" on {dataset}" if dataset else ""))
    return (f'<svg class="plot" width="380" height="200" role="img" aria-label="{title}">'
            f'<text x="50" y="14" font-size="12">{title}</text>'
            '<line x1="50" y1="175" x2="360" y2="175" stroke="#999"/><line x1="45" y1="20" x2="45" y2="175" '
            f'stroke="#999"/>{dots}</svg>')


def _number(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 1e4 and v == int(v) else f"{v:g}"


def _value(r) -> str:
    if r.value == r.value and r.value is not None:
        return _number(r.value)
    return f"{_number(r.low)}–{_number(r.high)}" if r.low == r.low and r.low is not None else ""


def _highlight(abstract: str, rows: list) -> str:
    """The abstract with each claim marked by its kind and numbered; the numbers lead to the table below."""
    out, pos = [], 0
    for n, r in enumerate(sorted(rows, key=lambda r: r.start), 1):
        if r.start < pos:
            continue
        tip = " | ".join(f"{k}: {v}" for k, v in (("kind", r.kind), ("value", _value(r)), ("unit", r.unit),
                                                 ("bound", r.bound), ("metric", r.metric), ("dataset", r.dataset),
                                                 ("model", r.model), ("baseline", r.baseline)) if v)
        out.append(html.escape(abstract[pos:r.start]))
        out.append(f'<mark class="k-{r.kind}" title="{html.escape(tip)}">{html.escape(abstract[r.start:r.end])}'
                   f'<sup>{n}</sup></mark>')
        pos = r.end
    out.append(html.escape(abstract[pos:]))
    return "".join(out)


def _claims_table(rows: list) -> str:
    """The claims of one paper as a printed table: what a hover shows on screen, kept on paper and in PDF."""
    if not rows:
        return ""
    head = "".join(f"<th>{h}</th>" for h in ("#", "claim", "kind", "value", "unit", "metric", "dataset", "model",
                                            "baseline"))
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v)) if v not in (None, '') and v == v else ''}</td>"
                         for v in (n, r.text, r.kind, ("" if r.bound == "=" else r.bound) + _value(r), r.unit,
                                   r.metric, r.dataset, r.model, r.baseline)) + "</tr>"
        for n, r in enumerate(sorted(rows, key=lambda r: r.start), 1))
    return f'<table class="claims"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'





def html_report(claims: pd.DataFrame, papers: pd.DataFrame, abstracts: dict[str, str]) -> str:
    """A self-contained page (no network): legend, plots, then every paper with its claims marked."""
    style = "".join(f".k-{k}{{background:{c}}}" for k, c in COLOURS.items())
    legend = "".join(f'<span class="key k-{k}">{k}</span>' for k in KINDS)
    by_paper = {pid: list(g.itertuples(index=False)) for pid, g in claims.groupby("paper_id", sort=False)} \
        if len(claims) else {}
    sections = []
    for p in papers.to_dict("records"):
        pid = p["paper_id"]
        rows = by_paper.get(pid, [])
        title = html.escape(p.get("title") or pid)
        link = p.get("url")
        head = f'<a href="{html.escape(link)}">{title}</a>' if isinstance(link, str) and link.startswith("http") \
            else title
        meta = " · ".join(html.escape(str(v)) for v in (p.get("method"), "; ".join(p.get("datasets") or []) or None,
                                                        f"{len(rows)} claims") if v)
        body = _highlight(abstracts.get(pid, ""), rows) if pid in abstracts else ""
        sections.append(f'<section><h2>{head}</h2><p class="meta">{meta}</p><p>{body}</p>{_claims_table(rows)}</section>')
    counts = Counter(claims["kind"]) if len(claims) else Counter()
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>claimtab report</title>
<style>
body{{font-family:system-ui,-apple-system,Segoe UI,sans-serif;max-width:980px;margin:24px auto;padding:0 16px;color:#222}}
h1{{font-size:22px}} h2{{font-size:17px;margin:18px 0 4px}} .meta{{color:#666;font-size:13px;margin:0}}
mark{{padding:1px 3px;border-radius:3px;cursor:help}} .key{{display:inline-block;padding:2px 6px;margin:2px;border-radius:3px;font-size:12px}}
.plots{{display:flex;gap:24px;flex-wrap:wrap;margin:12px 0}} section{{border-top:1px solid #eee}} {style}
mark sup{{font-size:9px;color:#555;margin-left:1px}} table.claims{{border-collapse:collapse;font-size:12px;margin:6px 0 14px}}
table.claims th,table.claims td{{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}}
table.claims th{{background:#f4f6f8}} @media print{{mark{{-webkit-print-color-adjust:exact;print-color-adjust:exact}}}}
</style></head><body>
<h1>claimtab report</h1>
<p class="meta">{len(papers)} papers · {len(claims)} claims · claimtab {__version__}. Each highlighted claim is numbered; the table under its abstract gives its value, unit, metric, dataset, model and baseline (hover shows them too).</p>
<div>{legend}</div>
<div class="plots">{_svg_bars(counts)}{_svg_scatter(claims)}</div>
{''.join(sections)}
</body></html>
"""
