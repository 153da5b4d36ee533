"""claimtab on a Dask cluster: the extractor is a pure function from a DataFrame of papers to a
DataFrame of claims, so it runs partition by partition.

    import dask.dataframe as dd, claimtab.dask
    claims = claimtab.dask.extract(dd.read_parquet("papers/")).compute()
"""
from __future__ import annotations

import pandas as pd

from claimtab.api import extract as _extract
from claimtab.outputs.table import claims_frame


def _partition(papers: pd.DataFrame, id_col: str, title_col: str, text_col: str) -> pd.DataFrame:
    return _extract(papers, id_col=id_col, title_col=title_col, text_col=text_col)


def extract(ddf, id_col: str = "id", title_col: str = "title", text_col: str = "abstract"):
    """A lazy dask DataFrame of claims (the columns and dtypes of claimtab.extract) for a dask DataFrame
    of papers; every partition is extracted on its own worker."""
    return ddf.map_partitions(_partition, id_col, title_col, text_col, meta=claims_frame([]))
