"""What leaves the warehouse for people: the summary workbook (outputs, overview), the report
draft (report, its wording in ``report_phrases.toml``), the period's outputs together (period), the
templates sent to senders, query results as CSV/xlsx (tabular).  Reads the store and ops, never intake.
"""
