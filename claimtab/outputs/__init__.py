"""Tables and writers: the claims and papers tables, written as JSONL, CSV or an Excel workbook."""
