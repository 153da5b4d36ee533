"""Rewrite the golden output of the example file after an intended change: python tests/update_golden.py"""
from pathlib import Path

from claimtab.cli import main

HERE = Path(__file__).parent
main(["extract", str(HERE.parent / "examples" / "abstracts.jsonl"), "-o",
      str(HERE / "data" / "golden_example_claims.jsonl")])
