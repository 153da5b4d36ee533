"""claimtab on a Dask cluster: the extractor is a pure function from a DataFrame of papers to a
DataFrame of claims, so it runs partition by partition.

    import dask.dataframe as dd, claimtab.dask
    claims = claimtab.dask.extract(dd.read_parquet("papers/")).compute()

    import dask.bag as db, json                       # JSON lines of papers, gzipped or not
    claims = claimtab.dask.extract(db.read_text("papers/*.jsonl.gz").map(json.loads)).compute()
"""
from __future__ import annotations

import pandas as pd

from claimtab.api import extract as _extract
from claimtab.outputs.table import claims_frame


def _partition(papers: pd.DataFrame, id_col: str, title_col: str, text_col: str) -> pd.DataFrame:
    return _extract(papers, id_col=id_col, title_col=title_col, text_col=text_col)


def _bag_partition(records, id_col: str, title_col: str, text_col: str) -> pd.DataFrame:
    return _extract(list(records), id_col=id_col, title_col=title_col, text_col=text_col)


def extract(papers, id_col: str = "id", title_col: str = "title", text_col: str = "abstract"):
    """A lazy dask DataFrame of claims (the columns and dtypes of claimtab.extract) for a dask DataFrame
    of papers, or a dask Bag of paper dicts or abstracts; every partition is extracted on its own worker."""
    import dask.bag
    import dask.dataframe as dd

    meta = claims_frame([])
    if isinstance(papers, dask.bag.Bag):
        parts = [dask.delayed(_bag_partition)(part, id_col, title_col, text_col) for part in papers.to_delayed()]
        with dask.config.set({"dataframe.convert-string": False}):  # the claims table's own dtypes, as below
            return dd.from_delayed(parts, meta=meta, verify_meta=False)
    return papers.map_partitions(_partition, id_col, title_col, text_col, meta=meta)
