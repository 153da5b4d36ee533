"""claimtab: quantitative claims of ML paper abstracts, as one normalized table.

    >>> import claimtab
    >>> df = claimtab.extract(["Our model reaches 83.1% top-1 accuracy on ImageNet."])
"""
__version__ = "0.1.0"

from claimtab.claim import BOUNDS, COLUMNS, KINDS, Claim  # noqa: E402
from claimtab.api import extract, extract_all, extract_claims, extract_papers  # noqa: E402
from claimtab.outputs.writers import read_table  # noqa: E402

__all__ = ["Claim", "COLUMNS", "KINDS", "BOUNDS", "extract", "extract_all", "extract_claims",
           "extract_papers", "read_table", "__version__"]
