"""claimtab: quantitative claims of ML paper abstracts, as one normalized table.

    >>> import claimtab
    >>> df = claimtab.extract(["Our model reaches 83.1% top-1 accuracy on ImageNet."])
"""
__version__ = "0.1.0"

from claimtab.claim import BOUNDS, COLUMNS, KINDS, Claim  # noqa: E402
from claimtab.api import (SPARK_SCHEMA, extract, extract_all, extract_batches, extract_claims,  # noqa: E402
                          extract_papers)
from claimtab.outputs.writers import read_table  # noqa: E402

__all__ = ["Claim", "COLUMNS", "KINDS", "BOUNDS", "extract", "extract_all", "extract_claims",
           "extract_papers", "extract_batches", "read_table", "SPARK_SCHEMA", "__version__"]
