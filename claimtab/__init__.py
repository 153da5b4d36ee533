"""claimtab: quantitative claims of ML paper abstracts, as one normalized table.

    >>> import claimtab
    >>> df = claimtab.extract(["Our model reaches 83.1% top-1 accuracy on ImageNet."])
"""
__version__ = "0.1.0"

from claimtab.claim import BOUNDS, COLUMNS, KINDS, Claim  # noqa: E402

# The API is imported on first use (PEP 562), so that `claimtab extract` to JSONL never imports
# pandas or openpyxl: start-up is a third shorter.
_LAZY = {name: "claimtab.api" for name in ("SPARK_SCHEMA", "extract", "extract_all", "extract_batches",
                                           "extract_claims", "extract_papers", "ReadWarning")}
_LAZY["read_table"] = "claimtab.outputs.writers"


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'claimtab' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = ["Claim", "COLUMNS", "KINDS", "BOUNDS", "extract", "extract_all", "extract_claims",
           "extract_papers", "extract_batches", "read_table", "ReadWarning", "SPARK_SCHEMA", "__version__"]
