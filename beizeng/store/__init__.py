"""The warehouse: the DuckDB file, its schema and models (``sql/``), the indicator catalogue
(``sql/catalogue.toml``) and sessions (the writer lock, read-only and published copies, backups).
It knows nothing of Excel: intake writes into it, ops and publish read from it.
"""
