"""A link for every paper: the input's URL, else one made from its arXiv id, DOI or PMID, else a search
for its title (marked as a search, since it may find another paper)."""
from __future__ import annotations

from urllib.parse import quote_plus

SEARCH = "https://www.semanticscholar.org/search?q="


def paper_link(paper: dict) -> tuple[str | None, bool]:
    """(url, is_search) of a paper row (paper_id, title, url)."""
    url = paper.get("url")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        return url, False
    pid = str(paper.get("paper_id") or paper.get("id") or "")
    kind, _, rest = pid.partition(":")
    made = {"arXiv": f"https://arxiv.org/abs/{rest}", "doi": f"https://doi.org/{rest}",
            "PMID": f"https://pubmed.ncbi.nlm.nih.gov/{rest}/"}.get(kind) if rest else None
    if made:
        return made, False
    title = paper.get("title")
    if isinstance(title, str) and title.strip():
        return SEARCH + quote_plus(" ".join(title.split())), True
    return None, False
